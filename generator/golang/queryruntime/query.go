package queryruntime

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strconv"
	"strings"
)

// queryParam is a query parameter that a page documents: its name, how
// its text stands for a JSON value, and whether it is an array, which the
// query repeats. The generator writes a table of them per request type
// whose page documents a query.
type queryParam struct {
	name  string
	kind  queryKind
	array bool
}

// queryKind says how the text of a query parameter stands for a JSON
// value.
type queryKind int

// The kinds of query parameters.
const (
	// queryString is a string: its text as it is.
	queryString queryKind = iota
	// queryNumber is a number, an integer or an enum's code: its text is
	// the number, as JSON writes it.
	queryNumber
	// queryBoolean is true or false.
	queryBoolean
)

// queryJSON writes the documented parameters of q as a JSON object, so
// that a query parameter is checked by the rules of a body member: each
// parameter as the JSON value its text stands for. Text that is not a
// value of its parameter's kind stays a JSON string, which a decoder
// refuses for a number or a boolean; a number keeps its text, which a
// decoder checks for an integer and for bounds as it checks a body's. A
// parameter that comes more than once is an array, which a decoder
// refuses for a parameter that is none. Parameters the page does not
// document are left out, as a decoder skips unknown body members.
func queryJSON(q url.Values, params []queryParam) []byte {
	b := []byte{'{'}
	for _, p := range params {
		values, ok := q[p.name]
		if !ok {
			continue
		}
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, p.name)
		b = append(b, ':')
		if !p.array && len(values) == 1 {
			b = appendQueryValue(b, p.kind, values[0])
			continue
		}
		b = append(b, '[')
		for i, s := range values {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendQueryValue(b, p.kind, s)
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

// appendQueryValue appends the JSON value that the text s of a parameter
// of kind k stands for.
func appendQueryValue(b []byte, k queryKind, s string) []byte {
	switch {
	case k == queryNumber && isNumber(s):
		return append(b, s...)
	case k == queryBoolean && (s == "true" || s == "false"):
		return append(b, s...)
	}
	return strconv.AppendQuote(b, s)
}

// isNumber reports whether s is a number as JSON writes it, and nothing
// else: no white space around it, which JSON would allow.
func isNumber(s string) bool {
	first, last := s != "" && (s[0] == '-' || '0' <= s[0] && s[0] <= '9'), s != "" && '0' <= s[len(s)-1] && s[len(s)-1] <= '9'
	return first && last && json.Valid([]byte(s))
}

// queryError says why the query of a request does not hold the documented
// parameters: a value of the wrong type, a repeated parameter that is no
// array, or an array item of the wrong type.
type queryError struct {
	// Err is what decoding the parameters as JSON reported.
	Err error
}

// Error says what is wrong.
func (e *queryError) Error() string {
	return "query parameters: " + strings.TrimPrefix(e.Err.Error(), "json: ")
}

// Unwrap returns what decoding the parameters reported.
func (e *queryError) Unwrap() error { return e.Err }

// decodeQuery reads the documented parameters of q into v, a struct whose
// JSON members are the parameters, from the object queryJSON makes of
// them, so that encoding/json applies the rules it applies to a body. It
// reports what encoding/json refuses as a *queryError.
func decodeQuery(q url.Values, params []queryParam, v any) error {
	if err := json.Unmarshal(queryJSON(q, params), v); err != nil {
		return &queryError{Err: err}
	}
	return nil
}

// encodeQuery writes v, a struct whose JSON members are query parameters,
// as a query string: the members in the order of the struct, which is
// their page's, an array as its parameter repeated, absent and null
// members left out.
func encodeQuery(v any) (string, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var b strings.Builder
	add := func(name string, value any) {
		var text string
		switch value := value.(type) {
		case string:
			text = value
		case json.Number:
			text = value.String()
		case bool:
			text = strconv.FormatBool(value)
		default:
			return
		}
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(url.QueryEscape(name))
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(text))
	}
	if _, err := d.Token(); err != nil {
		return "", err
	}
	for d.More() {
		key, err := d.Token()
		if err != nil {
			return "", err
		}
		name, _ := key.(string)
		value, err := d.Token()
		if err != nil {
			return "", err
		}
		if value != json.Delim('[') {
			add(name, value)
			continue
		}
		for d.More() {
			item, err := d.Token()
			if err != nil {
				return "", err
			}
			add(name, item)
		}
		if _, err := d.Token(); err != nil {
			return "", err
		}
	}
	return b.String(), nil
}
