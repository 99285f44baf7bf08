package reader

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
)

// Pages of an API whose HTTP status codes carry the outcome (Kakao Games)
// are made of titled sections: Description, Method, Request Headers,
// Request Body, Response Status Code, Response Body, Example Request and
// Example Response. A line that is a bare path ("/auth/validation") heads
// an operation's sections; a line that is a type name heads the table that
// defines the type.

// pageSection is a titled part of an HTTP-status page.
type pageSection int

const (
	secNone pageSection = iota
	secDescription
	secMethod
	secHeaders
	secBody
	secStatuses
	secResponse
	secExampleRequest
	secExampleResponse
)

var sectionTitle = map[string]pageSection{
	"description": secDescription, "overview": secDescription, "summary": secDescription,
	"method": secMethod, "http method": secMethod,
	"request headers": secHeaders, "request header": secHeaders, "headers": secHeaders,
	"request body": secBody, "request parameters": secBody, "parameters": secBody, "request": secBody,
	"response status code": secStatuses, "response status codes": secStatuses, "status code": secStatuses,
	"status codes": secStatuses, "response codes": secStatuses, "http status codes": secStatuses,
	"response body": secResponse, "response": secResponse, "response parameters": secResponse,
	"example request": secExampleRequest, "request example": secExampleRequest, "sample request": secExampleRequest,
	"example response": secExampleResponse, "example responses": secExampleResponse,
	"response example": secExampleResponse, "response examples": secExampleResponse, "sample response": secExampleResponse,
}

var (
	// pathHeadingRe matches an operation's heading: a bare path, or a
	// method and a path.
	pathHeadingRe = regexp.MustCompile(`^(?:(GET|POST|PUT|PATCH|DELETE)\s+)?(/[A-Za-z0-9_.{}:~/-]*)$`)
	methodRe      = regexp.MustCompile(`^(?i:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$`)
	noneRe        = regexp.MustCompile(`^(?i:none|n/a|-|empty|no body)\.?$`)
)

// titleOf reads a section title line: "Request Body", or "Request Body:
// None" with the section's first content after the colon.
func titleOf(t string) (pageSection, string) {
	lower := strings.ToLower(strings.TrimSpace(t))
	if s, ok := sectionTitle[strings.TrimSuffix(lower, ":")]; ok {
		return s, ""
	}
	if head, rest, ok := strings.Cut(t, ":"); ok && strings.TrimSpace(rest) != "" {
		if s, ok := sectionTitle[strings.ToLower(strings.TrimSpace(head))]; ok {
			return s, strings.TrimSpace(rest)
		}
	}
	return secNone, ""
}

// statusPage is what a page of an HTTP-status API documents, before the
// pages are merged.
type statusPage struct {
	name  string
	ops   []*statusOp
	types []*typeTable
}

// statusOp is one operation of a page.
type statusOp struct {
	line       int // of the heading
	method     string
	methodLine int
	path       string
	summary    []string
	notes      []string
	headers    *pages.Table
	body       *pages.Table
	noBody     bool
	noBodyLine int
	statuses   *pages.Table
	response   *pages.Table
	request    *exampleMsg
	answers    []*exampleMsg
}

// typeTable is a table under a heading that names the type it defines.
type typeTable struct {
	name  string
	table *pages.Table
}

// documentsStatusCodes reports whether a page's items bear the marks of an
// API whose HTTP status codes carry the outcome: a table of status codes,
// or an example answer's status line ("HTTP/1.1 401 Unauthorized").
func documentsStatusCodes(items []pages.Block) bool {
	for _, it := range items {
		if it.Table != nil && isStatusTable(it.Table) || it.Table == nil && httpStatusLineRe.MatchString(it.Text) {
			return true
		}
	}
	return false
}

// isStatusTable reports whether a table lists status codes: its first
// column is the status code.
func isStatusTable(tb *pages.Table) bool {
	return len(tb.Header) >= 2 && strings.Contains(strings.ToLower(tb.Header[0]), "status") && !tb.Has(pages.ColType)
}

// isFieldTable reports whether a table lists members with their types.
func isFieldTable(tb *pages.Table) bool {
	return (tb.Has(pages.ColName) || tb.Has(pages.ColCode)) && tb.Has(pages.ColType)
}

// readStatusPage sorts a page's items into operations, their sections and
// type definitions, and reads the examples from the text lines under an
// example title, up to the next title, path or table.
func readStatusPage(page string, lines []string, items []pages.Block, rep *pages.Reporter) *statusPage {
	r := &statusReader{sp: &statusPage{name: page}, page: page, rep: rep}
	for i := 0; i < len(items); i++ {
		it := items[i]
		if it.Table != nil {
			r.table(it.Table)
			continue
		}
		if s, rest := titleOf(it.Text); s != secNone {
			r.endSection()
			r.sec = s
			if s == secExampleRequest || s == secExampleResponse {
				j := i + 1
				for j < len(items) && !isTitleItem(items[j]) && items[j].Table == nil && !isPathItem(items[j]) {
					j++
				}
				blocks := items[i+1 : j]
				if rest != "" {
					blocks = append([]pages.Block{{Line: it.Line, Text: rest}}, blocks...)
				}
				r.examples(readExamples(page, lines, blocks, rep), it.Line)
				r.sec = secNone
				i = j - 1
				continue
			}
			if rest != "" {
				r.pending = append(r.pending, pages.Block{Line: it.Line, Text: rest})
			}
			continue
		}
		if m := pathHeadingRe.FindStringSubmatch(it.Text); m != nil && len(m[2]) > 1 {
			r.endSection()
			r.sec = secNone
			if r.op == nil || r.op.path != "" {
				r.op = &statusOp{line: it.Line}
				r.sp.ops = append(r.sp.ops, r.op)
			}
			r.op.path = m[2]
			if m[1] != "" {
				r.op.method, r.op.methodLine = m[1], it.Line
			}
			continue
		}
		r.pending = append(r.pending, it)
	}
	r.endSection()
	return r.sp
}

// isTitleItem reports whether an item is a bare section title, which ends
// the examples.
func isTitleItem(it pages.Block) bool {
	if it.Table != nil {
		return false
	}
	s, rest := titleOf(it.Text)
	return s != secNone && rest == ""
}

// isPathItem reports whether an item is a bare path heading an
// operation, which ends the examples of the one before.
func isPathItem(it pages.Block) bool {
	m := pathHeadingRe.FindStringSubmatch(it.Text)
	return it.Table == nil && m != nil && m[1] == "" && len(m[2]) > 1
}

// statusReader walks a page's items.
type statusReader struct {
	sp      *statusPage
	page    string
	rep     *pages.Reporter
	op      *statusOp
	sec     pageSection
	pending []pages.Block // text lines since the last title or table
}

// current is the operation being read; sections before any heading start
// one.
func (r *statusReader) current(line int) *statusOp {
	if r.op == nil {
		r.op = &statusOp{line: line}
		r.sp.ops = append(r.sp.ops, r.op)
	}
	return r.op
}

// endSection files the text lines of the section that ends.
func (r *statusReader) endSection() {
	lines := r.pending
	r.pending = nil
	if len(lines) == 0 {
		return
	}
	if r.sec == secNone && r.op == nil {
		return // the page's title and breadcrumbs, before its first operation
	}
	op := r.current(lines[0].Line)
	switch r.sec {
	case secDescription:
		for _, l := range lines {
			op.summary = append(op.summary, l.Text)
		}
		return
	case secMethod:
		if methodRe.MatchString(lines[0].Text) {
			op.method, op.methodLine = strings.ToUpper(lines[0].Text), lines[0].Line
			lines = lines[1:]
		}
	case secBody, secResponse:
		if noneRe.MatchString(lines[0].Text) {
			if r.sec == secBody {
				op.noBody, op.noBodyLine = true, lines[0].Line
			}
			lines = lines[1:]
		}
	}
	r.note(lines)
}

// note keeps prose as one note of the current operation.
func (r *statusReader) note(lines []pages.Block) {
	if len(lines) == 0 {
		return
	}
	var texts []string
	for _, l := range lines {
		texts = append(texts, l.Text)
	}
	op := r.current(lines[0].Line)
	op.notes = append(op.notes, strings.Join(texts, "\n"))
}

// table files a table by its heading, its section and its columns.
func (r *statusReader) table(tb *pages.Table) {
	name := r.heading()
	op := r.current(tb.Line)
	switch {
	case name != "" && isFieldTable(tb):
		r.sp.types = append(r.sp.types, &typeTable{name: name, table: tb})
		return
	case r.sec == secHeaders && op.headers == nil && tb.Has(pages.ColName):
		op.headers = tb
		return
	case isStatusTable(tb) && op.statuses == nil:
		op.statuses = tb
		return
	case r.sec == secBody && op.body == nil && isFieldTable(tb):
		op.body = tb
		return
	case r.sec == secResponse && op.response == nil && isFieldTable(tb):
		op.response = tb
		return
	}
	r.rep.Warn(pages.At(r.page, tb.Line), "ignored the table at line %d with columns %s: it is not a header, status code or field table this reader expects in the %s", tb.Line, strings.Join(tb.Header, " | "), r.sec)
}

// heading takes the type name heading the table that follows, when the
// line just before the table is one (a method such as POST is none: it
// is the Method section's, whose table title was lost); the other pending
// lines are filed as the section's text.
func (r *statusReader) heading() string {
	lines := r.pending
	name := ""
	if n := len(lines); n > 0 {
		t := lines[n-1].Text
		if read.IsIdentLine(t) && unicode.IsUpper(rune(t[0])) && !noneRe.MatchString(t) && !methodRe.MatchString(t) {
			name, lines = t, lines[:n-1]
		}
	}
	r.pending = lines
	r.endSection()
	return name
}

// examples files the messages of an examples section.
func (r *statusReader) examples(msgs []*exampleMsg, line int) {
	op := r.current(line)
	for _, m := range msgs {
		switch {
		case m.method == "":
			op.answers = append(op.answers, m)
		case op.request == nil:
			op.request = m
		default:
			r.rep.Warn(pages.At(r.page, m.line), "ignored the second example request at line %d: the example at line %d is the operation's example", m.line, op.request.line)
		}
	}
}

func (s pageSection) String() string {
	switch s {
	case secDescription:
		return "Description section"
	case secMethod:
		return "Method section"
	case secHeaders:
		return "Request Headers section"
	case secBody:
		return "Request Body section"
	case secStatuses:
		return "Response Status Code section"
	case secResponse:
		return "Response Body section"
	case secExampleRequest, secExampleResponse:
		return "examples"
	}
	return "page's untitled part"
}
