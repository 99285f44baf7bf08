package schema

import (
	"bytes"
	"encoding"
	"errors"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// The schema's YAML is written by hand, as yaml.v3 writes it with an
// indent of two, byte for byte: yaml.v3 builds an event for every node and
// analyses every scalar, a cost that made writing the schema of a large API
// take longer than parsing its pages. A scalar that is not plainly a plain
// string (a quoted, multi-line or number-like one) is written by yaml.v3
// itself; whatever the writer does not know of (a float in exponent form,
// a key without a yaml tag, a flow style) makes Save write the whole
// document with yaml.v3.

// errUnwritable is what the writer does not write as yaml.v3 would.
var errUnwritable = errors.New("schema: not written by hand")

type yamlWriter struct {
	// done holds what was written before buf, in pieces: those of the
	// parts of a list written concurrently, joined once at the end.
	done [][]byte
	buf  bytes.Buffer
}

// bytes returns what w wrote.
func (w *yamlWriter) bytes() []byte {
	if len(w.done) == 0 {
		return w.buf.Bytes()
	}
	n := w.buf.Len()
	for _, d := range w.done {
		n += len(d)
	}
	out := make([]byte, 0, n)
	for _, d := range w.done {
		out = append(out, d...)
	}
	return append(out, w.buf.Bytes()...)
}

// mapping writes the fields of struct v, its keys at column indent; the
// first key follows what the line holds already (a "- ").
func (w *yamlWriter) mapping(v reflect.Value, indent int, first bool) error {
	fields, err := yamlFieldsOf(v.Type())
	if err != nil {
		return err
	}
	wrote := false
	for _, f := range fields {
		fv := v.Field(f.index)
		if f.omitEmpty {
			zero, err := isZeroValue(fv)
			if err != nil {
				return err
			}
			if zero {
				continue
			}
		}
		if wrote || !first {
			w.indent(indent)
		}
		wrote = true
		w.buf.WriteString(f.key)
		w.buf.WriteByte(':')
		if err := w.value(fv, indent); err != nil {
			return err
		}
	}
	if !wrote {
		return errUnwritable // {}, which the schema never holds
	}
	return nil
}

// value writes v after "key:" or "-", its key or dash at column col.
func (w *yamlWriter) value(v reflect.Value, col int) error {
	if v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return errUnwritable // null
		}
	}
	switch t := v.Type(); {
	case t.Implements(marshalerType):
		out, err := v.Interface().(yaml.Marshaler).MarshalYAML()
		if err != nil {
			return err
		}
		s, ok := out.(string)
		if !ok {
			return errUnwritable
		}
		w.buf.WriteByte(' ')
		return w.str(s, col)
	case t.Implements(textMarshalerType):
		return errUnwritable
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		return w.value(v.Elem(), col)
	case reflect.String:
		w.buf.WriteByte(' ')
		return w.str(v.String(), col)
	case reflect.Bool:
		w.buf.WriteString(" " + strconv.FormatBool(v.Bool()) + "\n")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		w.buf.WriteString(" " + strconv.FormatInt(v.Int(), 10) + "\n")
	case reflect.Float64:
		s := strconv.FormatFloat(v.Float(), 'g', -1, 64)
		if strings.Trim(s, "-.0123456789") != "" {
			return errUnwritable // exponent form, which Save rewrites, or Inf, NaN
		}
		w.buf.WriteString(" " + s + "\n")
	case reflect.Struct:
		w.buf.WriteByte('\n')
		return w.mapping(v, col+2, false)
	case reflect.Slice:
		if v.Len() == 0 {
			w.buf.WriteString(" []\n")
			return nil
		}
		w.buf.WriteByte('\n')
		return w.items(v, col+2)
	default:
		return errUnwritable
	}
	return nil
}

// minPartItems is the fewest items of a part of a list written
// concurrently: a list shorter than two parts is written in one.
const minPartItems = 64

// items writes the items of list v, each after its "-" at column col. A
// long list (a large API's operations and types) is cut in a part per
// core, each written concurrently by a writer of its own, whose pieces
// follow w's in order: the same bytes, the error of the first part that
// fails.
func (w *yamlWriter) items(v reflect.Value, col int) error {
	n := v.Len()
	parts := min(runtime.GOMAXPROCS(0), n/minPartItems)
	if parts < 2 {
		return w.itemRange(v, col, 0, n)
	}
	ws := make([]yamlWriter, parts)
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() { errs[p] = ws[p].itemRange(v, col, p*n/parts, (p+1)*n/parts) })
	}
	wg.Wait()
	w.done = append(w.done, w.buf.Bytes())
	w.buf = bytes.Buffer{}
	for p := range parts {
		if errs[p] != nil {
			return errs[p]
		}
		w.done = append(append(w.done, ws[p].done...), ws[p].buf.Bytes())
	}
	return nil
}

// itemRange writes the items from to to of list v, each after its "-"
// at column col.
func (w *yamlWriter) itemRange(v reflect.Value, col, from, to int) error {
	for i := from; i < to; i++ {
		w.indent(col)
		w.buf.WriteByte('-')
		if err := w.item(v.Index(i), col); err != nil {
			return err
		}
	}
	return nil
}

// item writes a list item after its "-" at column col.
func (w *yamlWriter) item(v reflect.Value, col int) error {
	e := v
	for e.Kind() == reflect.Pointer && !e.IsNil() {
		e = e.Elem()
	}
	if e.Kind() == reflect.Struct && !implementsMarshaler(e) {
		w.buf.WriteByte(' ')
		return w.mapping(e, col+2, true)
	}
	if e.Kind() == reflect.Slice {
		return errUnwritable
	}
	return w.value(v, col)
}

func implementsMarshaler(v reflect.Value) bool {
	t := v.Type()
	return t.Implements(marshalerType) || t.Implements(textMarshalerType)
}

var (
	marshalerType     = reflect.TypeFor[yaml.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
	isZeroerType      = reflect.TypeFor[yaml.IsZeroer]()
)

// spaces indent a line; deeper indents than it holds are written in
// several pieces.
const spaces = "                                "

func (w *yamlWriter) indent(n int) {
	for n > len(spaces) {
		w.buf.WriteString(spaces)
		n -= len(spaces)
	}
	w.buf.WriteString(spaces[:n])
}

// str writes the string scalar s and ends its line; its key or dash is at
// column col. A plain string is written as it is; one that only an
// indicator keeps from being plain, in single quotes. Any other is
// yaml.v3's to write: written as a document of its own, the lines of a
// block scalar after the first stand two columns in, where here they stand
// two columns past col.
func (w *yamlWriter) str(s string, col int) error {
	switch {
	case s == "":
		w.buf.WriteString(`""` + "\n")
		return nil
	case simpleString(s) && !indicated(s):
		w.buf.WriteString(s)
		w.buf.WriteByte('\n')
		return nil
	case simpleString(s):
		w.buf.WriteByte('\'')
		w.buf.WriteString(strings.ReplaceAll(s, "'", "''"))
		w.buf.WriteString("'\n")
		return nil
	case strings.ContainsAny(s, "\r\u0085\u2028\u2029"):
		return errUnwritable // breaks yaml.v3 writes as they are, then indents
	}
	out, err := encodeYAML(s)
	if err != nil {
		return err
	}
	if out[0] != '|' && bytes.IndexByte(out, '\n') < len(out)-1 {
		return errUnwritable // a quoted scalar on several lines, indented by its place
	}
	for i, line := range bytes.SplitAfter(out, []byte("\n")) {
		if i > 0 && len(line) > 1 {
			w.indent(col)
		}
		w.buf.Write(line)
	}
	return nil
}

// plainString reports whether yaml.v3 writes s as it is, a plain scalar.
// It answers false for some strings yaml.v3 writes plain.
func plainString(s string) bool { return s != "" && simpleString(s) && !indicated(s) }

// simpleString reports whether yaml.v3 writes the non-empty s either
// plain or in single quotes, as it is but for its quotes: s reads back as
// a string, not a number, a bool or null; it has no character yaml.v3
// escapes, breaks a line at or cannot write in single quotes; and it does
// not start with a character (-?:.~) whose meaning depends on what
// follows. It answers false for some such strings.
func simpleString(s string) bool {
	if strings.IndexByte("-?:.~", s[0]) >= 0 {
		return false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !printableRune(r) || r == utf8.RuneError && n == 1 {
			return false
		}
		i += n
	}
	return readsAsString(s)
}

// indicated reports whether a simpleString holds what keeps yaml.v3 from
// writing it plain: a space at either end, an indicator at its start
// (#,[]{}&*!|>'"%@`), a ": " or a " #", or a ':' at its end.
func indicated(s string) bool {
	return s[0] == ' ' || s[len(s)-1] == ' ' || s[len(s)-1] == ':' ||
		strings.IndexByte("#,[]{}&*!|>'\"%@`", s[0]) >= 0 ||
		strings.Contains(s, ": ") || strings.Contains(s, " #")
}

// printableRune reports whether yaml.v3 writes r, not ASCII, as it is, and
// r breaks no line.
func printableRune(r rune) bool {
	switch {
	case r == '\ufeff' || r == '\u2028' || r == '\u2029':
		return false
	case r >= 0xa0 && r <= 0xd7ff, r >= 0xe000 && r <= 0xfffd:
		return true
	}
	return false
}

// readsAsString reports whether YAML reads the plain scalar s back as a
// string: it is none of YAML's words for true, false and null, and,
// starting with a digit or a sign, it has a character that no number, no
// sexagesimal number and no date has.
func readsAsString(s string) bool {
	switch s {
	case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "n", "N", "no", "No", "NO", "off", "Off", "OFF",
		"true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL", "<<":
		return false
	}
	if c := s[0]; c != '+' && (c < '0' || c > '9') {
		return true
	}
	digits := 0
	for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	if digits == 4 && len(s) > 4 && s[4] == '-' {
		return false // maybe a date
	}
	return strings.Trim(s, "0123456789abcdefABCDEFxXoO_+-.:") != ""
}

// isZeroValue reports whether omitempty leaves v out, as yaml.v3 decides.
func isZeroValue(v reflect.Value) (bool, error) {
	if v.Type().Implements(isZeroerType) {
		if v.Kind() == reflect.Pointer && v.IsNil() {
			return true, nil
		}
		return v.Interface().(yaml.IsZeroer).IsZero(), nil
	}
	switch v.Kind() {
	case reflect.String:
		return v.Len() == 0, nil
	case reflect.Interface, reflect.Pointer:
		return v.IsNil(), nil
	case reflect.Slice, reflect.Map:
		return v.Len() == 0, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0, nil
	case reflect.Float64:
		return v.Float() == 0, nil
	case reflect.Bool:
		return !v.Bool(), nil
	}
	return false, errUnwritable
}

// yamlField is a struct field yaml.v3 writes: its key, and whether
// omitempty leaves it out when empty.
type yamlField struct {
	index     int
	key       string
	omitEmpty bool
}

var yamlFields sync.Map // reflect.Type → []yamlField, or errUnwritable

// yamlFieldsOf lists the fields of struct type t that yaml.v3 writes, in
// order.
func yamlFieldsOf(t reflect.Type) ([]yamlField, error) {
	if fs, ok := yamlFields.Load(t); ok {
		if err, bad := fs.(error); bad {
			return nil, err
		}
		return fs.([]yamlField), nil
	}
	var fields []yamlField
	var err error
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		tag, ok := sf.Tag.Lookup("yaml")
		if tag == "-" {
			continue
		}
		key, opts, _ := strings.Cut(tag, ",")
		if !ok || key == "" || (opts != "" && opts != "omitempty") || !plainString(key) {
			err = errUnwritable // a key yaml.v3 makes of the name, inline, flow
			break
		}
		fields = append(fields, yamlField{index: i, key: key, omitEmpty: opts == "omitempty"})
	}
	if err != nil {
		yamlFields.Store(t, err)
		return nil, err
	}
	yamlFields.Store(t, fields)
	return fields, nil
}
