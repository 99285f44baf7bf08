package reader

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// The lines an example HTTP message is made of.
var (
	httpStatusLineRe  = regexp.MustCompile(`^HTTP/[0-9.]+\s+([1-5][0-9][0-9])(?:\s+(.*))?$`)
	httpRequestLineRe = regexp.MustCompile(`^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(/\S*)(?:\s+HTTP/[0-9.]+)?$`)
	httpHeaderLineRe  = regexp.MustCompile("^([A-Za-z0-9!#$%&'*+.^_`~-]+):\\s*(.*)$")
	strayPipeRe       = regexp.MustCompile(`\s+\|$`)
)

// exampleMsg is an example HTTP message as a page shows it: a request
// line or a status line, headers, and a body.
type exampleMsg struct {
	line    int // of the request or status line
	comment string
	method  string
	path    string
	host    string
	code    int
	reason  string
	headers []*schema.ExampleHeader
	body    string
	// json is the body read as JSON; nil when there is no body.
	json *jsonValue
}

// schemaExample is the message as the schema keeps it.
func (m *exampleMsg) schemaExample(page string) *schema.Example {
	return &schema.Example{
		Comment: m.comment, Method: m.method, Path: m.path, Host: m.host,
		Code: m.code, Reason: m.reason, Headers: m.headers, Body: m.body,
		At: schema.Pos{Page: page, Line: m.line},
	}
}

// readExamples reads the example messages in lines[from:to]: each an
// optional "// comment" line, a request line ("POST /path HTTP/1.1") or a
// status line ("HTTP/1.1 401 Unauthorized"), header lines and a JSON body.
// Lines that belong to no message are reported as ignored; a body that is
// not JSON is an error.
func readExamples(page string, lines []string, from, to int, rep *pages.Reporter) []*exampleMsg {
	var msgs []*exampleMsg
	var cur *exampleMsg // the message whose headers or body may follow
	var comment []string
	var commentLines, ignored []int
	ignore := func(i int) {
		ignored = append(ignored, commentLines...)
		comment, commentLines = nil, nil
		ignored = append(ignored, i)
	}
	start := func(i int) *exampleMsg {
		m := &exampleMsg{line: i + 1, comment: strings.Join(comment, " ")}
		comment, commentLines = nil, nil
		msgs = append(msgs, m)
		return m
	}
	for i := from; i < to; i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "":
		case strings.HasPrefix(t, "//"):
			comment = append(comment, strings.TrimSpace(strings.TrimPrefix(t, "//")))
			commentLines = append(commentLines, i)
			cur = nil
		case httpStatusLineRe.MatchString(t):
			m := httpStatusLineRe.FindStringSubmatch(t)
			cur = start(i)
			cur.code, _ = strconv.Atoi(m[1])
			cur.reason = strings.TrimSpace(m[2])
		case httpRequestLineRe.MatchString(t):
			m := httpRequestLineRe.FindStringSubmatch(t)
			cur = start(i)
			cur.method, cur.path = m[1], m[2]
		case cur != nil && httpHeaderLineRe.MatchString(t):
			m := httpHeaderLineRe.FindStringSubmatch(t)
			value := m[2]
			if strayPipeRe.MatchString(value) {
				value = strayPipeRe.ReplaceAllString(value, "")
				rep.Warn(pages.At(page, i+1), "recovered the value of header %s in the example at line %d: dropped the stray table pipe \" |\" at its end", m[1], cur.line)
			}
			if strings.EqualFold(m[1], "Host") && cur.method != "" {
				cur.host = value
				continue
			}
			cur.headers = append(cur.headers, &schema.ExampleHeader{Name: m[1], Value: value, At: schema.Pos{Page: page, Line: i + 1}})
		case cur != nil && (t[0] == '{' || t[0] == '['):
			text := strings.Join(lines[i:to], "\n")
			v, n, err := readJSON(text, i+1)
			if err != nil {
				errLine := i + 1 + jsonErrorLine(text, err)
				if to == len(lines) && errLine >= lastTextLine(lines, i, to) {
					rep.Warn(pages.At(page, cur.line), "dropped the example at line %d: the end of the page cuts off its body at line %d (%v)", cur.line, errLine, err)
					msgs, cur, i = msgs[:len(msgs)-1], nil, to
					continue
				}
				rep.Fail(pages.At(page, errLine), "the body of the example at line %d is not JSON: %v", cur.line, err)
				return msgs
			}
			cur.body, cur.json = text[:n], v
			i += strings.Count(cur.body, "\n")
			if rest := strings.TrimSpace(strings.SplitN(text[n:], "\n", 2)[0]); rest != "" {
				rep.Warn(pages.At(page, i+1), "ignored %q after the body of the example at line %d", pages.Clip(rest), cur.line)
			}
			cur = nil
		default:
			ignore(i)
		}
	}
	ignored = append(ignored, commentLines...)
	reportIgnored(page, lines, ignored, rep)
	return msgs
}

// lastTextLine is the page line, counted from 1, of the last line of
// lines[from:to] that is not blank.
func lastTextLine(lines []string, from, to int) int {
	for i := to - 1; i > from; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			return i + 1
		}
	}
	return from + 1
}

// reportIgnored warns once for each run of ignored lines, quoting them.
func reportIgnored(page string, lines []string, ignored []int, rep *pages.Reporter) {
	for k := 0; k < len(ignored); {
		j := k + 1
		for j < len(ignored) && onlyBlankBetween(lines, ignored[j-1], ignored[j]) {
			j++
		}
		var quoted []string
		for _, i := range ignored[k:j] {
			quoted = append(quoted, fmt.Sprintf("%q", pages.Clip(strings.TrimSpace(lines[i]))))
		}
		rep.Warn(pages.At(page, ignored[k]+1), "ignored %d lines among the examples that belong to no example (no status line such as \"HTTP/1.1 200 OK\" or request line follows them): %s", j-k, strings.Join(quoted, ", "))
		k = j
	}
}

func onlyBlankBetween(lines []string, a, b int) bool {
	for i := a + 1; i < b; i++ {
		if strings.TrimSpace(lines[i]) != "" {
			return false
		}
	}
	return a < b
}

// jsonKind is the kind of a JSON value.
type jsonKind int

const (
	jsonNull jsonKind = iota
	jsonString
	jsonNumber
	jsonBool
	jsonObject
	jsonArray
)

func (k jsonKind) String() string {
	return [...]string{"null", "a string", "a number", "a boolean", "an object", "an array"}[k]
}

// jsonValue is a JSON value with its members in the order of the text and
// the line each starts on.
type jsonValue struct {
	kind    jsonKind
	line    int
	text    string // a string's value, a number's digits
	members []*jsonMember
	elems   []*jsonValue
}

type jsonMember struct {
	key   string
	line  int
	value *jsonValue
}

// integral reports whether a number is written as an integer.
func (v *jsonValue) integral() bool {
	return v.kind == jsonNumber && !strings.ContainsAny(v.text, ".eE")
}

var errEndsEarly = errors.New("it ends before its JSON value does")

// maxJSONDepth bounds the nesting of example JSON.
const maxJSONDepth = 200

// readJSON reads the JSON value text starts with, whose first line is line
// firstLine of the page, and returns it with the length of text it spans.
func readJSON(text string, firstLine int) (*jsonValue, int, error) {
	r := &jsonReader{text: text, first: firstLine, dec: json.NewDecoder(strings.NewReader(text))}
	r.dec.UseNumber()
	v, err := r.value(0)
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, 0, errEndsEarly
	}
	if err != nil {
		return nil, 0, err
	}
	return v, int(r.dec.InputOffset()), nil
}

type jsonReader struct {
	text  string
	first int
	dec   *json.Decoder
}

// line is the page line of the token just read.
func (r *jsonReader) line() int {
	off := int(r.dec.InputOffset()) - 1
	if off < 0 {
		off = 0
	}
	return r.first + strings.Count(r.text[:off], "\n")
}

func (r *jsonReader) value(depth int) (*jsonValue, error) {
	if depth > maxJSONDepth {
		return nil, fmt.Errorf("nested deeper than %d levels", maxJSONDepth)
	}
	tok, err := r.dec.Token()
	if err != nil {
		return nil, err
	}
	v := &jsonValue{line: r.line()}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			v.kind = jsonObject
			for r.dec.More() {
				k, err := r.dec.Token()
				if err != nil {
					return nil, err
				}
				key, ok := k.(string)
				if !ok {
					return nil, fmt.Errorf("object key %v is not a string", k)
				}
				m := &jsonMember{key: key, line: r.line()}
				if m.value, err = r.value(depth + 1); err != nil {
					return nil, err
				}
				v.members = append(v.members, m)
			}
		case '[':
			v.kind = jsonArray
			for r.dec.More() {
				e, err := r.value(depth + 1)
				if err != nil {
					return nil, err
				}
				v.elems = append(v.elems, e)
			}
		default:
			return nil, fmt.Errorf("unexpected %q", t)
		}
		if _, err := r.dec.Token(); err != nil {
			return nil, err
		}
	case string:
		v.kind, v.text = jsonString, t
	case json.Number:
		v.kind, v.text = jsonNumber, t.String()
	case bool:
		v.kind, v.text = jsonBool, fmt.Sprint(t)
	case nil:
		v.kind = jsonNull
	}
	return v, nil
}

// jsonErrorLine is the line, counted from 0, where a JSON error occurred
// in text.
func jsonErrorLine(text string, err error) int {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se) && int(se.Offset) <= len(text):
		return strings.Count(text[:se.Offset], "\n")
	case errors.Is(err, errEndsEarly):
		return strings.Count(strings.TrimRight(text, "\n \t"), "\n")
	}
	return 0
}
