package queryruntime

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

// queryParam is a query parameter that a page documents: its name, how
// its text stands for a JSON value, and whether it is an array and in
// which form the query sends its items. The generator writes a table of
// them per request type whose page documents a query.
type queryParam struct {
	name  string
	kind  queryKind
	array queryArray
}

// queryArray says whether a query parameter is an array, and in which
// form the query sends its items.
type queryArray int

// The forms of query parameters.
const (
	// queryOne is no array: the parameter comes once.
	queryOne queryArray = iota
	// queryRepeated is an array whose items are the parameter repeated:
	// t=a&t=b.
	queryRepeated
	// queryComma is an array whose items are one value, joined with
	// commas: t=a,b. Its empty value, t=, has no items. A comma in an item
	// cannot be sent: a server splits the value once it is unescaped, so
	// that t=a%2Cb has the items a and b too.
	queryComma
)

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
// refuses for a parameter that is none. The items of a comma-joined
// array are those of each of its values, split at the commas. Parameters
// the page does not document are left out, as a decoder skips unknown
// body members.
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
		switch {
		case p.array == queryOne && len(values) == 1:
			b = appendQueryValue(b, p.kind, values[0])
			continue
		case p.array == queryComma:
			values = commaItems(values)
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

// commaItems returns the items of the values of a comma-joined array: each
// value split at its commas, an empty value none.
func commaItems(values []string) []string {
	var items []string
	for _, v := range values {
		if v != "" {
			items = append(items, strings.Split(v, ",")...)
		}
	}
	return items
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

// encodeQuery writes v, a struct whose JSON members are the query
// parameters params documents, as a query string: the members in the
// order of the struct, which is their page's, an array as its parameter
// repeated, or as one value of its items joined with commas where params
// says so, absent and null members left out. An item of a comma-joined
// array that holds a comma, or its one item when empty, cannot be sent:
// the server would read other items.
func encodeQuery(v any, params []queryParam) (string, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var b strings.Builder
	text := func(value any) (string, bool) {
		switch value := value.(type) {
		case string:
			return value, true
		case json.Number:
			return value.String(), true
		case bool:
			return strconv.FormatBool(value), true
		}
		return "", false
	}
	add := func(name, escaped string) {
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(url.QueryEscape(name))
		b.WriteByte('=')
		b.WriteString(escaped)
	}
	comma := func(name string) bool {
		for _, p := range params {
			if p.name == name {
				return p.array == queryComma
			}
		}
		return false
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
			if s, ok := text(value); ok {
				add(name, url.QueryEscape(s))
			}
			continue
		}
		var items []string
		for d.More() {
			item, err := d.Token()
			if err != nil {
				return "", err
			}
			if s, ok := text(item); ok {
				items = append(items, s)
			}
		}
		if _, err := d.Token(); err != nil {
			return "", err
		}
		if !comma(name) {
			for _, item := range items {
				add(name, url.QueryEscape(item))
			}
			continue
		}
		if len(items) == 1 && items[0] == "" {
			return "", fmt.Errorf("query parameter %s: its one item is empty, which its form, the items joined with commas, cannot tell from no item", name)
		}
		for i, item := range items {
			if strings.Contains(item, ",") {
				return "", fmt.Errorf("query parameter %s: item %q holds a comma, which its form, the items joined with commas, cannot send", name, item)
			}
			items[i] = url.QueryEscape(item)
		}
		add(name, strings.Join(items, ","))
	}
	return b.String(), nil
}
