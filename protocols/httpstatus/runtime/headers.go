package runtime

import (
	"mime"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// HeaderError lists every header of a request that breaks what its page
// documents. A headers struct's Validate returns it as a *HeaderError; it
// never holds a header's value, which may be a secret.
type HeaderError struct {
	// Headers holds one entry per broken header, in the page's order.
	Headers []InvalidHeader
}

// Error lists the headers and what is wrong with each.
func (e *HeaderError) Error() string {
	var b strings.Builder
	b.WriteString("invalid headers: ")
	for i, h := range e.Headers {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(h.Header)
		b.WriteString(": ")
		b.WriteString(h.Problem.String())
	}
	return b.String()
}

// InvalidHeader is a header of a request and what is wrong with it.
type InvalidHeader struct {
	// Header is the header's name as its page writes it: "Authorization".
	Header  string
	Problem HeaderProblem
}

// HeaderProblem says what is wrong with a header.
type HeaderProblem int

// The problems Validate reports.
const (
	// A required header is absent or empty.
	HeaderMissing HeaderProblem = iota + 1
	// A header's value is not one of the values its page lists.
	HeaderNotAllowed
	// A header's value is not in the form its page documents, such as "KakaoAK
	// {ADMIN_KEY}": each placeholder stands for at least one character.
	HeaderMalformed
)

// String describes the problem in a few words.
func (p HeaderProblem) String() string {
	switch p {
	case HeaderMissing:
		return "required header is missing"
	case HeaderNotAllowed:
		return "value is not one of the documented values"
	case HeaderMalformed:
		return "value is not in the documented form"
	}
	return "HeaderProblem(" + strconv.Itoa(int(p)) + ")"
}

// headerField is a header of a headers struct, as the tags of its field
// document it: header, its name and whether a request needs it
// ("Content-Type,required"); values, the values it may take; form, the
// form its value takes ("KakaoAK {ADMIN_KEY}"). A conditional header is
// optional: its condition is prose.
type headerField struct {
	index    int
	name     string
	required bool
	values   []string
	// media is true when values are media types that compare as such
	// (Content-Type: "application/json;charset=UTF-8" is
	// "application/json; charset=utf-8").
	media bool
	// literals is the form split at its placeholders; nil when there is
	// no form, or one without placeholders, which values then holds.
	literals []string
}

// headerTables holds the table of each headers struct type, read from its
// tags at its first use.
var headerTables sync.Map

// headerTable returns the headers of the struct type t, in its fields'
// order.
func headerTable(t reflect.Type) []headerField {
	if table, ok := headerTables.Load(t); ok {
		return table.([]headerField)
	}
	var table []headerField
	for i := 0; i < t.NumField(); i++ {
		tag := t.Field(i).Tag
		name, required, _ := strings.Cut(tag.Get("header"), ",")
		hf := headerField{index: i, name: name, required: required == "required"}
		if v, ok := tag.Lookup("values"); ok {
			hf.values = splitValues(v)
		}
		if form, ok := tag.Lookup("form"); ok {
			if lits := formatLiterals(form); len(lits) > 1 {
				hf.literals = lits
			} else if len(hf.values) == 0 {
				hf.values = lits
			}
		}
		hf.media = len(hf.values) > 0 && strings.EqualFold(name, "Content-Type")
		for _, v := range hf.values {
			if _, _, err := mime.ParseMediaType(v); err != nil {
				hf.media = false
			}
		}
		table = append(table, hf)
	}
	actual, _ := headerTables.LoadOrStore(t, table)
	return actual.([]headerField)
}

// validateHeaders reports every header of h, a pointer to a headers
// struct, that breaks what its page documents, as a *HeaderError: absent
// when required, else not one of its values, else not in its form.
func validateHeaders(h any) error {
	v := reflect.ValueOf(h).Elem()
	var bad []InvalidHeader
	for _, hf := range headerTable(v.Type()) {
		var problem HeaderProblem
		switch s := v.Field(hf.index).String(); {
		case s == "":
			if hf.required {
				problem = HeaderMissing
			}
		case len(hf.values) > 0 && !hf.allows(s):
			problem = HeaderNotAllowed
		case hf.literals != nil && !fitsFormat(s, hf.literals...):
			problem = HeaderMalformed
		}
		if problem != 0 {
			bad = append(bad, InvalidHeader{Header: hf.name, Problem: problem})
		}
	}
	if len(bad) > 0 {
		return &HeaderError{Headers: bad}
	}
	return nil
}

// allows reports whether s is one of the values of hf.
func (hf *headerField) allows(s string) bool {
	for _, v := range hf.values {
		if s == v || hf.media && sameMediaType(s, v) {
			return true
		}
	}
	return false
}

// readHeaders takes the headers of h, a pointer to a headers struct, from
// those of a request. An absent header is the empty string.
func readHeaders(hdr http.Header, h any) {
	v := reflect.ValueOf(h).Elem()
	for _, hf := range headerTable(v.Type()) {
		v.Field(hf.index).SetString(hdr.Get(hf.name))
	}
}

// writeHeaders sets in hdr the headers of h, a pointer to a headers
// struct, that are not empty.
func writeHeaders(hdr http.Header, h any) {
	v := reflect.ValueOf(h).Elem()
	for _, hf := range headerTable(v.Type()) {
		if s := v.Field(hf.index).String(); s != "" {
			hdr.Set(hf.name, s)
		}
	}
}

// formatLiterals splits a documented form such as "KakaoAK {ADMIN_KEY}"
// at its placeholders (a name in braces): the text before, between and
// after them, ["KakaoAK ", ""]. A form without placeholders is one
// literal. It is the one place that knows what a placeholder is.
func formatLiterals(format string) []string {
	var lits []string
	var lit strings.Builder
	for rest := format; rest != ""; {
		if name, after, ok := placeholderAt(rest); ok && name != "" {
			lits = append(lits, lit.String())
			lit.Reset()
			rest = after
			continue
		}
		lit.WriteByte(rest[0])
		rest = rest[1:]
	}
	return append(lits, lit.String())
}

// placeholderAt reads a placeholder at the start of s: "{", a letter or
// underscore, letters, digits and underscores, "}".
func placeholderAt(s string) (name, after string, ok bool) {
	inner, after, found := strings.Cut(strings.TrimPrefix(s, "{"), "}")
	if !strings.HasPrefix(s, "{") || !found || inner == "" {
		return "", s, false
	}
	for i, r := range inner {
		letter := r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !letter && (i == 0 || r < '0' || r > '9') {
			return "", s, false
		}
	}
	return inner, after, true
}

// fitsFormat reports whether s is literals[0], then at least one character,
// then literals[1], and so on: a documented form such as
// "KakaoAK {ADMIN_KEY}", split at its placeholders, with a value in each.
func fitsFormat(s string, literals ...string) bool {
	rest, ok := strings.CutPrefix(s, literals[0])
	if !ok {
		return false
	}
	last := literals[len(literals)-1]
	for _, lit := range literals[1 : len(literals)-1] {
		// The placeholder before lit takes as few characters as it can, and
		// at least one.
		if rest == "" {
			return false
		}
		i := strings.Index(rest[1:], lit)
		if i < 0 {
			return false
		}
		rest = rest[1+i+len(lit):]
	}
	return len(rest) > len(last) && strings.HasSuffix(rest, last)
}

// sameMediaType reports whether a and b are the same media type: type,
// subtype and parameter names compare without regard to case, and so do
// parameter values (charset=UTF-8 is charset=utf-8).
func sameMediaType(a, b string) bool {
	ta, pa, err := mime.ParseMediaType(a)
	if err != nil {
		return false
	}
	tb, pb, err := mime.ParseMediaType(b)
	if err != nil || ta != tb || len(pa) != len(pb) {
		return false
	}
	for k, v := range pa {
		if w, ok := pb[k]; !ok || !strings.EqualFold(v, w) {
			return false
		}
	}
	return true
}
