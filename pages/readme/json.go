package readme

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
)

// value is a JSON value of a block, with the page line it starts at.
type value struct {
	line    int
	kind    json.Delim // '{' an object, '[' an array, 0 a scalar
	scalar  any        // string, json.Number, bool or nil
	members []member   // an object's, in the order written
	items   []*value   // an array's
}

// member is a member of a JSON object, at the line of its key.
type member struct {
	key  string
	line int
	val  *value
}

// get is the member of an object named key, or nil.
func (v *value) get(key string) *member {
	if v == nil || v.kind != '{' {
		return nil
	}
	for i := range v.members {
		if v.members[i].key == key {
			return &v.members[i]
		}
	}
	return nil
}

// text is the string of the member of an object named key (str), or
// "".
func (v *value) text(key string) string {
	if m := v.get(key); m != nil {
		return m.val.str()
	}
	return ""
}

// str is the value as a string: a string's text, a number's digits, a
// boolean's word; "" for anything else.
func (v *value) str() string {
	if v == nil {
		return ""
	}
	switch s := v.scalar.(type) {
	case string:
		return s
	case json.Number:
		return s.String()
	case bool:
		return fmt.Sprint(s)
	}
	return ""
}

// decoder reads the JSON of a block, telling the page line of each
// token: lines holds the offset in the text of each page line's start,
// first the page line of the text's first byte.
type decoder struct {
	dec    *json.Decoder
	starts []int
	first  int
}

// syntaxError is malformed JSON at a page line.
type syntaxError struct {
	line int
	msg  string
}

func (e *syntaxError) Error() string { return e.msg }

// decodeJSON reads text, the JSON of a block whose first byte is on page
// line first, into a value, with the page line of the value's last byte;
// a syntaxError tells where it is malformed. Text after the value is
// malformed JSON unless trailing is set (the lines after a block whose
// closing line is lost are the page's).
func decodeJSON(text string, first int, trailing bool) (*value, int, error) {
	d := &decoder{dec: json.NewDecoder(bytes.NewReader([]byte(text))), starts: []int{0}, first: first}
	d.dec.UseNumber()
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			d.starts = append(d.starts, i+1)
		}
	}
	v, err := d.value()
	if err != nil {
		return nil, 0, d.located(err, len(text))
	}
	last := d.lineAt(max(int(d.dec.InputOffset())-1, 0))
	if trailing {
		return v, last, nil
	}
	if _, err := d.dec.Token(); err != io.EOF {
		return nil, 0, &syntaxError{line: d.lineAt(int(d.dec.InputOffset())), msg: "text after the JSON value"}
	}
	return v, last, nil
}

// lineAt is the page line of the byte at offset.
func (d *decoder) lineAt(offset int) int {
	return d.first + sort.Search(len(d.starts), func(i int) bool { return d.starts[i] > offset }) - 1
}

// located is err at its page line: a syntax error's offset, else the
// decoder's, else the end of the text (size).
func (d *decoder) located(err error, size int) error {
	var se *json.SyntaxError
	var located *syntaxError
	switch {
	case errors.As(err, &located):
		return located
	case errors.As(err, &se):
		return &syntaxError{line: d.lineAt(int(se.Offset)), msg: se.Error()}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return &syntaxError{line: d.lineAt(max(size-1, 0)), msg: "the JSON value is not closed"}
	}
	return &syntaxError{line: d.lineAt(int(d.dec.InputOffset())), msg: err.Error()}
}

// value reads the next value.
func (d *decoder) value() (*value, error) {
	tok, err := d.dec.Token()
	if err != nil {
		return nil, err
	}
	v := &value{line: d.lineAt(max(int(d.dec.InputOffset())-1, 0))}
	delim, ok := tok.(json.Delim)
	if !ok {
		v.scalar = tok
		return v, nil
	}
	switch delim {
	case '{':
		v.kind = '{'
		for d.dec.More() {
			key, err := d.dec.Token()
			if err != nil {
				return nil, err
			}
			line := d.lineAt(max(int(d.dec.InputOffset())-1, 0))
			val, err := d.value()
			if err != nil {
				return nil, err
			}
			v.members = append(v.members, member{key: key.(string), line: line, val: val})
		}
	case '[':
		v.kind = '['
		for d.dec.More() {
			item, err := d.value()
			if err != nil {
				return nil, err
			}
			v.items = append(v.items, item)
		}
	default:
		return nil, &syntaxError{line: v.line, msg: fmt.Sprintf("unexpected %q", delim)}
	}
	if _, err := d.dec.Token(); err != nil {
		return nil, err
	}
	return v, nil
}
