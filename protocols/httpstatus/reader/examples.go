package reader

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// The lines an example HTTP message is made of.
var (
	httpStatusLineRe  = regexp.MustCompile(`^HTTP/[0-9.]+\s+([1-5][0-9][0-9])(?:\s+(.*))?$`)
	httpRequestLineRe = regexp.MustCompile(`^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(/\S*)(?:\s+HTTP/[0-9.]+)?$`)
	httpHeaderLineRe  = regexp.MustCompile("^([A-Za-z0-9!#$%&'*+.^_`~-]+):\\s*(.*)$")
	strayPipeRe       = regexp.MustCompile(`\s+\|$`)
	// httpStatusTitleRe is a status without the protocol ("200 OK"), as
	// the title of a tab or a code block names the response it shows.
	httpStatusTitleRe = regexp.MustCompile(`^([1-5][0-9][0-9])\s+([A-Za-z][A-Za-z' -]*)$`)
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

// readExamples reads the example messages among a page's text blocks:
// each an optional "// comment" line, a request line ("POST /path
// HTTP/1.1") or a status line ("HTTP/1.1 401 Unauthorized", or a title
// "200 OK" right above a JSON body: a tab's or a code block's), header
// lines and a JSON body. A message flattened onto one line is split at
// its header names, with a warning (a request line broken over lines
// comes whole: pages.Read joins it); a label line naming the language of
// a code block ("http") is skipped. Lines that belong to no message are
// reported as ignored. A body that is not JSON is dropped with a
// warning, up to the next message, the message's start line and headers
// kept: a wrap or an edit broke it, or, when the examples end the page
// (atEnd) and the error is at their last line, the end of the page cut it
// off.
// A message whose parts a tool ran together with nothing between them
// is set apart first (unglue), with a warning; known are the header
// names the page documents, by which its headers are found.
// A body keeps the indentation its lines have on the page, when
// they are the page's lines, but the indent of its first (a block's
// under its directive, in reStructuredText: outdented).
func readExamples(page string, lines []string, blocks []pages.Block, atEnd bool, known map[string]bool, rep *pages.Reporter) []*exampleMsg {
	texts := make([]string, len(blocks))
	code := make([]string, len(blocks)) // as the page indents it
	at := make([]int, len(blocks))
	for k, b := range blocks {
		texts[k], code[k], at[k] = strings.TrimSpace(b.Text), strings.TrimSpace(b.Text), b.Line
		if b.Line <= len(lines) && strings.TrimSpace(lines[b.Line-1]) == texts[k] {
			code[k] = strings.TrimRight(lines[b.Line-1], " \t")
		}
	}
	var msgs []*exampleMsg
	var cur *exampleMsg // the message whose headers or body may follow
	var comment []string
	var commentLines, ignored []int
	ignore := func(k int) {
		ignored = append(ignored, commentLines...)
		comment, commentLines = nil, nil
		ignored = append(ignored, k)
	}
	start := func(k int) *exampleMsg {
		m := &exampleMsg{line: at[k], comment: strings.Join(comment, " ")}
		comment, commentLines = nil, nil
		msgs = append(msgs, m)
		return m
	}
	// follow puts the next message a line runs into after line k, on
	// the same page line.
	follow := func(k int, next string) {
		texts = slices.Insert(texts, k+1, next)
		code = slices.Insert(code, k+1, next)
		at = slices.Insert(at, k+1, at[k])
	}
	for k := 0; k < len(texts); k++ {
		t := texts[k]
		if spaced, next, joins := unglue(t, known); spaced != t || next != "" {
			if len(joins) > 0 {
				rep.Warn(pages.At(page, at[k]), "read the example at line %d from a line whose parts ran together with nothing between them: set them apart at %s (a request line ends at its HTTP version, a header starts at a header name the page documents or HTTP defines, the body at the JSON that runs to the end of the line or to the next example); put each part on a line of its own if they meet elsewhere", at[k], strings.Join(joins, ", "))
			}
			t, texts[k], code[k] = spaced, spaced, spaced
			if next != "" {
				follow(k, next)
			}
		}
		switch {
		case t == "" || codeLabels[strings.ToLower(t)]:
		case strings.HasPrefix(t, "//"):
			if i := runInStart(t); i > 0 {
				rep.Warn(pages.At(page, at[k]), "read the comment at line %d apart from the example run into it at %s", at[k], joinAt(t, i))
				follow(k, t[i:])
				t = t[:i]
			} else if i := flatMessageStart(t); i > 0 {
				rep.Warn(pages.At(page, at[k]), "read the comment at line %d apart from the example flattened onto its line after it, at %s (a code block printed on one line)", at[k], joinAt(t, i))
				follow(k, t[i:])
				t = strings.TrimSpace(t[:i])
			}
			comment = append(comment, strings.TrimSpace(strings.TrimPrefix(t, "//")))
			commentLines = append(commentLines, k)
			cur = nil
		case isOneLine(t):
			m := oneLineRe.FindStringSubmatch(t)
			cur = start(k)
			if m[1] != "" {
				cur.method, cur.path = m[1], m[2]
			} else {
				cur.code, _ = strconv.Atoi(m[3])
				cur.reason = strings.TrimSpace(m[4])
			}
			if cur.readOneLine(page, m[5], atEnd && k == len(texts)-1, rep) {
				cur = nil // its body was on its line
			}
		case httpStatusLineRe.MatchString(t):
			m := httpStatusLineRe.FindStringSubmatch(t)
			cur = start(k)
			cur.code, _ = strconv.Atoi(m[1])
			cur.reason = strings.TrimSpace(m[2])
		case httpStatusTitleRe.MatchString(t) && k+1 < len(texts) && texts[k+1] != "" && (texts[k+1][0] == '{' || texts[k+1][0] == '['):
			m := httpStatusTitleRe.FindStringSubmatch(t)
			cur = start(k)
			cur.code, _ = strconv.Atoi(m[1])
			cur.reason = strings.TrimSpace(m[2])
		case httpRequestLineRe.MatchString(t):
			m := httpRequestLineRe.FindStringSubmatch(t)
			cur = start(k)
			cur.method, cur.path = m[1], m[2]
		case cur != nil && httpHeaderLineRe.MatchString(t):
			m := httpHeaderLineRe.FindStringSubmatch(t)
			cur.header(page, m[1], m[2], at[k], rep)
		case cur != nil && (t[0] == '{' || t[0] == '['):
			text := strings.Join(append([]string{t}, outdented(code[k+1:], code[k])...), "\n")
			v, n, err := readJSON(text, 0)
			if err != nil {
				errAt := min(k+jsonErrorLine(text, err), len(at)-1)
				if atEnd && errAt == len(at)-1 {
					cur.dropCut(page, at[errAt], err, rep)
					return msgs
				}
				// The body goes on up to the next message, or the end.
				end := k + 1
				for end < len(texts) && !startsMessage(texts[end]) {
					end++
				}
				cur.dropBroken(page, at[min(errAt, end-1)], err, rep)
				k, cur = end-1, nil
				continue
			}
			relocate(v, at[k:])
			cur.body, cur.json = text[:n], v
			k += strings.Count(cur.body, "\n")
			if rest := strings.TrimSpace(strings.SplitN(text[n:], "\n", 2)[0]); rest != "" {
				rep.Warn(pages.At(page, at[k]), "ignored %q after the body of the example at line %d", pages.Clip(rest), cur.line)
			}
			cur = nil
		default:
			ignore(k)
		}
	}
	ignored = append(ignored, commentLines...)
	reportIgnored(page, texts, at, ignored, rep)
	return msgs
}

// codeLabels are the labels a code block shows above its text, naming
// its language.
var codeLabels = map[string]bool{"http": true, "json": true, "text": true, "plaintext": true, "plain text": true}

var (
	// oneLineRe matches a message flattened onto one line: a request line
	// or a status line, then its first header.
	oneLineRe = regexp.MustCompile(`^(?:(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(/\S*)\s+HTTP/[0-9.]+|HTTP/[0-9.]+\s+([1-5][0-9][0-9])((?:\s+\S+?)*?))\s+([A-Za-z0-9-]+:\s.*)$`)
	// inlineHeaderRe matches where a header starts in a flattened message.
	inlineHeaderRe = regexp.MustCompile(`(?:^|\s)([A-Za-z][A-Za-z0-9-]*):\s`)
	// inlineBodyRe matches where the JSON body of a flattened message
	// starts.
	inlineBodyRe = regexp.MustCompile(`\s[{\[]\s*["{}\]]`)
)

var (
	// messageStartRe matches the start of a message as far as it is sure
	// where the start line ends when a tool ran the message's parts
	// together: a request line up to its HTTP version, a status line up
	// to its code (its reason may run into the first header: "HTTP/1.1
	// 200 OKContent-Type: …").
	messageStartRe = regexp.MustCompile(`(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+/\S*\s+HTTP/[0-9]+(?:\.[0-9]+)?|HTTP/[0-9]+(?:\.[0-9]+)?\s+[1-5][0-9][0-9]`)
	// gluedStartRe is messageStartRe at the start of a line.
	gluedStartRe = regexp.MustCompile(`^(?:` + messageStartRe.String() + `)`)
)

// standardHeaders are header names HTTP defines that an example message
// may show, as HTTP writes them.
var standardHeaders = []string{"Host", "Content-Type", "Content-Length", "Content-Encoding", "Content-Language", "Content-Disposition", "Accept", "Accept-Encoding", "Accept-Language", "Accept-Charset", "Authorization", "User-Agent", "Cache-Control", "Connection", "Cookie", "Set-Cookie", "Date", "Server", "Location", "ETag", "Expires", "Last-Modified", "Pragma", "Vary", "Allow", "Transfer-Encoding", "Keep-Alive", "Origin", "Referer"}

// knownHeaders are the header names by which the headers of a message
// whose parts ran together are found: those HTTP defines and those the
// page documents.
func knownHeaders(documented []string) map[string]bool {
	known := map[string]bool{}
	for _, n := range append(slices.Clone(standardHeaders), documented...) {
		if n != "" && !strings.ContainsAny(n, " \t:") {
			known[n] = true
		}
	}
	return known
}

// unglue sets apart the parts of a message on one line that a tool ran
// together with nothing between them ("GET /a HTTP/1.1Host: h",
// "HTTP/1.1 200 OKContent-Type: application/json{"): the request line
// ends at its HTTP version, a status line's code or reason where its
// first header starts, a header starts at a known header name and a
// colon, the body at the first "{" or "[" whose JSON runs to the end of
// the line or to the next message, which is returned as next ("}//
// -74003HTTP/1.1 474…"). It returns the line with a space at each join,
// and the joins as the page writes them; a line that starts no message
// comes back as it is.
func unglue(t string, known map[string]bool) (spaced, next string, joins []string) {
	loc := gluedStartRe.FindStringIndex(t)
	if loc == nil {
		return t, "", nil
	}
	s := loc[1]
	head, body := t[s:], ""
	if p, n := flatBody(head); n > 0 {
		head, body, next = t[s:s+p], t[s+p:s+p+n], strings.TrimSpace(t[s+p+n:])
	}
	var b strings.Builder
	b.WriteString(t[:s])
	for i := 0; i < len(head); i++ {
		if i == 0 && pages.IsASCIILetter(head[0]) || i > 0 && headerRunsIn(head, i, known) {
			joins = append(joins, joinAt(t, s+i))
			b.WriteByte(' ')
		}
		b.WriteByte(head[i])
	}
	if body != "" && head != "" && !unicode.IsSpace(rune(head[len(head)-1])) {
		joins = append(joins, joinAt(t, s+len(head)))
		b.WriteByte(' ')
	}
	b.WriteString(body)
	return b.String(), next, joins
}

// headerRunsIn reports whether a known header name and its colon start
// at byte i of a message's headers, run into what comes before it with
// nothing between them: not after a space, nor inside a longer known
// name ("X-Request-Host", a documented "GameServer").
func headerRunsIn(head string, i int, known map[string]bool) bool {
	if c := head[i-1]; c == ' ' || c == '\t' || c == '-' {
		return false
	}
	colon := strings.IndexByte(head[i:], ':')
	if colon < 1 || !known[head[i:i+colon]] || i+colon+1 < len(head) && head[i+colon+1] != ' ' && head[i+colon+1] != '\t' {
		return false
	}
	from := strings.LastIndexAny(head[:i], " \t") + 1
	return !known[head[from:i+colon]]
}

// flatBody finds the JSON body of a message flattened onto one line in
// the text after its start line: at the first "{" or "[" whose JSON runs
// to the end of the text or to the next message; p is where it starts
// and n its length, 0 when there is none.
func flatBody(text string) (p, n int) {
	for p = 0; p < len(text); p++ {
		if text[p] != '{' && text[p] != '[' {
			continue
		}
		if _, n, err := readJSON(text[p:], 0); err == nil {
			rest := strings.TrimSpace(text[p+n:])
			if rest == "" || strings.HasPrefix(rest, "//") || gluedStartRe.MatchString(rest) {
				return p, n
			}
		}
	}
	return 0, 0
}

// runInStart is where a message starts that runs into the text before
// it with nothing between them (a comment's: "// -74003, Pet not
// readyHTTP/1.1 474…"); 0 when none does.
func runInStart(t string) int {
	for _, loc := range messageStartRe.FindAllStringIndex(t, -1) {
		if i := loc[0]; i > 0 && !unicode.IsSpace(rune(t[i-1])) {
			return i
		}
	}
	return 0
}

// flatMessageStart is where a message flattened onto one line (isOneLine:
// a request or status line, then a header) starts inside a comment's
// line, after a space: a tool that prints a code block's line breaks as
// spaces (html_text) runs the comment above an example and the example
// onto one line ("// -77002, Puppet unavailable HTTP/1.1 473
// Content-Type: …"). A comment that names a status alone ("// answers
// HTTP/1.1 404 when …") is followed by no header, and stays whole. 0
// when no message starts so.
func flatMessageStart(t string) int {
	for _, loc := range messageStartRe.FindAllStringIndex(t, -1) {
		if i := loc[0]; i > 0 && unicode.IsSpace(rune(t[i-1])) && isOneLine(t[i:]) {
			return i
		}
	}
	return 0
}

// joinAt quotes the text either side of byte i of t, where two parts of
// a message ran together, with a "|" between them.
func joinAt(t string, i int) string {
	from, to := max(i-8, 0), min(i+8, len(t))
	for from > 0 && !utf8.RuneStart(t[from]) {
		from--
	}
	for to < len(t) && !utf8.RuneStart(t[to]) {
		to++
	}
	return fmt.Sprintf("%q", t[from:i]+"|"+t[i:to])
}

// isOneLine reports whether a line is a message flattened onto one line.
// After a status line, the first header must be one a response starts
// with, so that a reason holding a colon ("400 Bad Request: no id") is no
// header.
func isOneLine(t string) bool {
	m := oneLineRe.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	if m[1] != "" {
		return true
	}
	name, _, _ := strings.Cut(m[5], ":")
	return strings.Contains(name, "-") || responseHeaders[strings.ToLower(name)]
}

// responseHeaders are the headers without a hyphen a response starts
// with.
var responseHeaders = map[string]bool{"date": true, "server": true, "connection": true, "vary": true, "location": true, "expires": true, "allow": true, "etag": true, "pragma": true}

// dropCut drops the body of a message that the end of the page cut off
// at line cut, with a warning: its start line and headers are whole.
func (m *exampleMsg) dropCut(page string, cut int, err error, rep *pages.Reporter) {
	what := "status line"
	if m.method != "" {
		what = "request line"
	}
	rep.Warn(pages.At(page, m.line), "dropped the body of the example at line %d: the end of the page cuts it off at line %d (%v); kept its %s and headers", m.line, cut, err, what)
}

// startsMessage reports whether a line starts an example message: a
// request or status line, flattened or not, or the comment above one.
func startsMessage(t string) bool {
	return strings.HasPrefix(t, "//") || isOneLine(t) || httpStatusLineRe.MatchString(t) || httpRequestLineRe.MatchString(t)
}

// dropBroken drops the body of a message that is not JSON, with a
// warning at the line where it fails: a mail client's wrap or an editor
// broke it, and an example is evidence, never authority. Its start line
// and headers are kept.
func (m *exampleMsg) dropBroken(page string, line int, err error, rep *pages.Reporter) {
	what := "status line"
	if m.method != "" {
		what = "request line"
	}
	rep.Warn(pages.At(page, line), "dropped the body of the example at line %d: it is not JSON (%v at line %d); kept its %s and headers", m.line, err, line, what)
}

// readOneLine reads the headers and the body of a message flattened onto
// its start line, split where a header name and a colon start; it warns
// of the split; a body that is not JSON is dropped with a warning, as
// one the page's end cut off (last) is. It reports whether the line held
// a body.
func (m *exampleMsg) readOneLine(page, rest string, last bool, rep *pages.Reporter) bool {
	headers, body := rest, ""
	if p, n := flatBody(rest); n > 0 {
		headers, body = rest[:p], strings.TrimSpace(rest[p:])
	} else if loc := inlineBodyRe.FindStringIndex(rest); loc != nil {
		headers, body = rest[:loc[0]], strings.TrimSpace(rest[loc[0]:])
	}
	starts := inlineHeaderRe.FindAllStringSubmatchIndex(headers, -1)
	var names []string
	for i, s := range starts {
		end := len(headers)
		if i+1 < len(starts) {
			end = starts[i+1][0]
		}
		name := headers[s[2]:s[3]]
		names = append(names, name)
		m.header(page, name, strings.TrimSpace(headers[s[1]:end]), m.line, rep)
	}
	what := "headers"
	if body != "" {
		what = "headers and its JSON body"
	}
	rep.Warn(pages.At(page, m.line), "read the example at line %d from one line: split its %s at the header names %s; put each header on a line of its own if a value holds \"Name: \"", m.line, what, strings.Join(names, ", "))
	if body == "" {
		return false
	}
	v, n, err := readJSON(body, m.line)
	switch {
	case err != nil && last:
		m.dropCut(page, m.line, err, rep)
		return true
	case err != nil:
		m.dropBroken(page, m.line, err, rep)
		return true
	}
	m.body, m.json = body[:n], v
	if extra := strings.TrimSpace(body[n:]); extra != "" {
		rep.Warn(pages.At(page, m.line), "ignored %q after the body of the example at line %d", pages.Clip(extra), m.line)
	}
	return true
}

// header adds a header line of the message; a request's Host is its host.
func (m *exampleMsg) header(page, name, value string, line int, rep *pages.Reporter) {
	if strayPipeRe.MatchString(value) {
		value = strayPipeRe.ReplaceAllString(value, "")
		rep.Warn(pages.At(page, line), "recovered the value of header %s in the example at line %d: dropped the stray table pipe \" |\" at its end", name, m.line)
	}
	if strings.EqualFold(name, "Host") && m.method != "" {
		m.host = value
		return
	}
	m.headers = append(m.headers, &schema.ExampleHeader{Name: name, Value: value, At: schema.Pos{Page: page, Line: line}})
}

// relocate turns the lines of a JSON value read from the texts of blocks,
// counted from 0, into the blocks' page lines.
func relocate(v *jsonValue, at []int) {
	if v.line < len(at) {
		v.line = at[v.line]
	}
	for _, m := range v.members {
		if m.line < len(at) {
			m.line = at[m.line]
		}
		relocate(m.value, at)
	}
	for _, e := range v.elems {
		relocate(e, at)
	}
}

// reportIgnored warns once for each run of ignored lines, quoting them.
func reportIgnored(page string, texts []string, at []int, ignored []int, rep *pages.Reporter) {
	sort.Ints(ignored)
	for k := 0; k < len(ignored); {
		j := k + 1
		for j < len(ignored) && ignored[j] == ignored[j-1]+1 {
			j++
		}
		var quoted []string
		for _, i := range ignored[k:j] {
			quoted = append(quoted, fmt.Sprintf("%q", pages.Clip(texts[i])))
		}
		rep.Warn(pages.At(page, at[ignored[k]]), "ignored %d lines among the examples that belong to no example (no status line such as \"HTTP/1.1 200 OK\" or request line follows them): %s", j-k, strings.Join(quoted, ", "))
		k = j
	}
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

// outdented are a body's lines after its first, first (as the page
// writes it), without the indent the first stands at (a code block's
// indent under its directive, which its lines share), where they have
// it.
func outdented(lines []string, first string) []string {
	indent := first[:len(first)-len(strings.TrimLeft(first, " \t"))]
	if indent == "" {
		return lines
	}
	out := make([]string, len(lines))
	for k, l := range lines {
		out[k] = strings.TrimPrefix(l, indent)
	}
	return out
}
