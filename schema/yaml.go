package schema

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/docs2go/docs2go/internal/yamlpos"
)

// Load reads a schema from YAML and validates it. name is used in error
// messages, which read "name:LINE: message".
func Load(name string, data []byte) (*API, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, Diagnostics{{Pos: Pos{Page: name, Line: errorLine(err, data)}, Msg: errorText(err)}}
	}
	if len(doc.Content) == 0 {
		return nil, Diagnostics{{Pos: Pos{Page: name, Line: 1}, Msg: "empty schema"}}
	}
	if line := emptyItem(doc.Content[0]); line > 0 {
		return nil, Diagnostics{{Pos: Pos{Page: name, Line: line}, Msg: "empty list item"}}
	}
	var a API
	if err := doc.Content[0].Decode(&a); err != nil {
		var le *lineError
		if errors.As(err, &le) {
			return nil, Diagnostics{{Pos: Pos{Page: name, Line: le.line}, Msg: le.msg}}
		}
		return nil, Diagnostics{{Pos: Pos{Page: name, Line: errorLine(err, data)}, Msg: errorText(err)}}
	}
	if ds := Validate(&a, name); len(ds) > 0 {
		for i, d := range ds {
			if d.Pos.Page == name && d.Pos.Line == 0 {
				ds[i].Pos.Line = doc.Content[0].Line // a problem of the whole schema
			}
		}
		return nil, ds
	}
	return &a, nil
}

// saveHeader opens every schema file.
const saveHeader = "# Schema written by docs2go from the pages listed below. Edit the pages or\n# an overrides file, not this file: docs2go parse rewrites it.\n"

// Save writes a as YAML. Types and enums are sorted by name first; all
// other lists keep their order. The same API always gives the same bytes,
// those yaml.v3 writes with an indent of two.
func Save(a *API) ([]byte, error) {
	Sort(a)
	w := &yamlWriter{}
	w.buf.WriteString(saveHeader)
	err := w.mapping(reflect.ValueOf(a).Elem(), 0, false)
	if errors.Is(err, errUnwritable) {
		return saveYAMLv3(a)
	}
	if err != nil {
		return nil, err
	}
	return w.bytes(), nil
}

// saveYAMLv3 writes a, sorted, with yaml.v3.
//
// yaml.v3's emitter keeps every event of a document until the document
// ends: written whole, the schema of 1,000 pages would hold about a
// gigabyte of them. saveYAMLv3 writes the API without its lists of
// operations, types and enums, then each of their items as a document of
// its own, indented under its list's key: the bytes of the whole document.
func saveYAMLv3(a *API) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(saveHeader)
	head := *a
	head.Operations, head.Types, head.Enums = nil, nil, nil
	b, err := encodeYAML(&head)
	if err != nil {
		return nil, err
	}
	if len(a.Operations) > 0 {
		const empty = "operations: []\n" // the last key head has
		if !bytes.HasSuffix(b, []byte(empty)) {
			return nil, fmt.Errorf("schema: the YAML of an API without operations does not end with %q", empty)
		}
		b = b[:len(b)-len(empty)]
	}
	buf.Write(b)
	if err := writeList(&buf, "operations", a.Operations); err != nil {
		return nil, err
	}
	if err := writeList(&buf, "types", a.Types); err != nil {
		return nil, err
	}
	if err := writeList(&buf, "enums", a.Enums); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// writeList writes key and items, each item as the one-item list of a
// document of its own, indented by two spaces.
func writeList[T any](buf *bytes.Buffer, key string, items []T) error {
	if len(items) == 0 {
		return nil
	}
	buf.WriteString(key + ":\n")
	for _, it := range items {
		b, err := encodeYAML([]T{it})
		if err != nil {
			return err
		}
		for line := range bytes.Lines(b) {
			if len(line) > 1 {
				buf.WriteString("  ")
			}
			buf.Write(line)
		}
	}
	return nil
}

// encodeYAML writes v as one YAML document, indented by two spaces; when v
// holds a float in exponent form, through a node tree whose floats
// plainFloats rewrites. yaml.v3 fills a node tree by writing the value out
// and parsing the text back: three times the work, done only when a float
// needs it.
func encodeYAML(v any) ([]byte, error) {
	if hasExponentFloats(reflect.ValueOf(v)) {
		var doc yaml.Node
		if err := doc.Encode(v); err != nil {
			return nil, err
		}
		plainFloats(&doc)
		v = &doc
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// hasExponentFloats reports whether v holds, in a field yaml.v3 writes, a
// float that it writes in exponent form.
func hasExponentFloats(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		return strings.ContainsAny(strconv.FormatFloat(v.Float(), 'g', -1, v.Type().Bits()), "eE")
	case reflect.Pointer, reflect.Interface:
		return !v.IsNil() && hasExponentFloats(v.Elem())
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() && hasExponentFloats(v.Field(i)) {
				return true
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if hasExponentFloats(v.Index(i)) {
				return true
			}
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			if hasExponentFloats(it.Key()) || hasExponentFloats(it.Value()) {
				return true
			}
		}
	}
	return false
}

// plainFloats rewrites floats that yaml.v3 writes in exponent form
// (-1e+06) as plain decimals (-1000000), which people read more easily.
// Floats too large to read back exactly as an integer keep their form.
func plainFloats(n *yaml.Node) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!float" && strings.ContainsAny(n.Value, "eE") {
		if f, err := strconv.ParseFloat(n.Value, 64); err == nil && math.Abs(f) < 1e15 {
			n.Value = strconv.FormatFloat(f, 'f', -1, 64)
			if !strings.Contains(n.Value, ".") {
				n.Tag = "!!int" // an integral float reads back as a float
			}
		}
	}
	for _, c := range n.Content {
		plainFloats(c)
	}
}

// Sort puts the name-keyed lists of a in name order.
func Sort(a *API) {
	sort.SliceStable(a.Types, func(i, j int) bool { return a.Types[i].Name < a.Types[j].Name })
	sort.SliceStable(a.Enums, func(i, j int) bool { return a.Enums[i].Name < a.Enums[j].Name })
}

// lineError is a decoding failure at a line of the YAML.
type lineError struct {
	line int
	msg  string
}

func (e *lineError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

// decodeNode decodes a mapping node into v (a pointer to a struct),
// refusing keys the struct does not declare, and returns the node's line.
func decodeNode(n *yaml.Node, v any) (int, error) {
	if n.Kind != yaml.MappingNode {
		return 0, &lineError{n.Line, fmt.Sprintf("expected a mapping, found %s", yamlpos.Kind(n))}
	}
	known := yamlKeys(reflect.TypeOf(v).Elem())
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if !known[k.Value] {
			return 0, &lineError{k.Line, fmt.Sprintf("unknown key %q", k.Value)}
		}
	}
	if err := n.Decode(v); err != nil {
		var le *lineError
		if errors.As(err, &le) {
			return 0, le
		}
		line, msg := yamlpos.Error(err)
		return 0, &lineError{line, msg}
	}
	return n.Line, nil
}

func yamlKeys(t reflect.Type) map[string]bool {
	keys := make(map[string]bool, t.NumField())
	for i := range t.NumField() {
		tag := t.Field(i).Tag.Get("yaml")
		name, _, _ := strings.Cut(tag, ",")
		if name != "" && name != "-" {
			keys[name] = true
		}
	}
	return keys
}

// emptyItem returns the line of the first empty (null) item of a list
// under n, or 0: no list of a schema has empty items, and decoding one
// would leave a nil node in the schema.
func emptyItem(n *yaml.Node) int {
	for _, c := range n.Content {
		if n.Kind == yaml.SequenceNode && c.Kind == yaml.ScalarNode && c.Tag == "!!null" {
			return c.Line
		}
		if line := emptyItem(c); line > 0 {
			return line
		}
	}
	return 0
}

// errorText is the message of a yaml.v3 error, without its line.
func errorText(err error) string {
	_, msg := yamlpos.Error(err)
	return msg
}

// errorLine is the line of a yaml.v3 error about data. yaml.v3 names no
// line for the first line, nor for bytes it cannot read: those are at the
// line of the first byte that is not UTF-8 or not a printable character
// of YAML, else at the first line.
func errorLine(err error, data []byte) int {
	if line, _ := yamlpos.Error(err); line > 0 {
		return line
	}
	line := 1
	for i, r := range string(data) {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(string(data[i:]), "\uFFFD"), !yamlPrintable(r):
			return line
		case r == '\n':
			line++
		}
	}
	return 1
}

// yamlPrintable reports whether YAML allows r in a document (c-printable).
func yamlPrintable(r rune) bool {
	switch {
	case r == '\t', r == '\n', r == '\r', r == 0x85:
		return true
	case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		return false
	case r >= 0xd800 && r < 0xe000, r == 0xfffe, r == 0xffff:
		return false
	}
	return true
}

// The UnmarshalYAML methods below record each node's line in the schema
// file, so that Validate can point at it, and refuse unknown keys.

func (a *API) UnmarshalYAML(n *yaml.Node) error {
	type plain API
	_, err := decodeNode(n, (*plain)(a))
	return err
}

func (e *Envelope) UnmarshalYAML(n *yaml.Node) error {
	type plain Envelope
	var err error
	e.Line, err = decodeNode(n, (*plain)(e))
	return err
}

func (o *Operation) UnmarshalYAML(n *yaml.Node) error {
	type plain Operation
	var err error
	o.Line, err = decodeNode(n, (*plain)(o))
	return err
}

func (s *Status) UnmarshalYAML(n *yaml.Node) error {
	type plain Status
	var err error
	s.Line, err = decodeNode(n, (*plain)(s))
	return err
}

func (d *Detail) UnmarshalYAML(n *yaml.Node) error {
	type plain Detail
	var err error
	d.Line, err = decodeNode(n, (*plain)(d))
	return err
}

func (e *Endpoint) UnmarshalYAML(n *yaml.Node) error {
	type plain Endpoint
	var err error
	e.Line, err = decodeNode(n, (*plain)(e))
	return err
}

func (h *Header) UnmarshalYAML(n *yaml.Node) error {
	type plain Header
	var err error
	h.Line, err = decodeNode(n, (*plain)(h))
	return err
}

// A number default written whole with a point (2.0) is the default 2,
// as Save writes it, so that a schema loads back to the API it holds.
func (f *Field) UnmarshalYAML(n *yaml.Node) error {
	type plain Field
	var err error
	f.Line, err = decodeNode(n, (*plain)(f))
	if d, ok := f.Default.(float64); ok && d == math.Trunc(d) && math.Abs(d) < 1<<53 {
		f.Default = int(d)
	}
	return err
}

func (t *Type) UnmarshalYAML(n *yaml.Node) error {
	type plain Type
	var err error
	t.Line, err = decodeNode(n, (*plain)(t))
	return err
}

func (e *Enum) UnmarshalYAML(n *yaml.Node) error {
	type plain Enum
	var err error
	e.Line, err = decodeNode(n, (*plain)(e))
	return err
}

func (m *Member) UnmarshalYAML(n *yaml.Node) error {
	type plain Member
	var err error
	m.Line, err = decodeNode(n, (*plain)(m))
	return err
}

func (e *Example) UnmarshalYAML(n *yaml.Node) error {
	type plain Example
	var err error
	e.Line, err = decodeNode(n, (*plain)(e))
	return err
}

func (h *ExampleHeader) UnmarshalYAML(n *yaml.Node) error {
	type plain ExampleHeader
	var err error
	h.Line, err = decodeNode(n, (*plain)(h))
	return err
}
