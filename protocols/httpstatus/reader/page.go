package reader

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
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
	// secParams is "Request Parameters": the query of a GET or HEAD, the
	// body of any other method.
	secParams
	secQuery
	secBody
	secStatuses
	secResponse
	// secCodes is a code table's: "Response Code", with the detail codes
	// an answer carries beside its status.
	secCodes
	// secResponseHeaders is "Response Headers", which this reader does
	// not read.
	secResponseHeaders
	// secPathParams is "Path Parameters": the parameters the path names
	// ("/member/{playerId}").
	secPathParams
	secExampleRequest
	secExampleResponse
)

// sectionOf is the section that what a title says names.
func sectionOf(said read.TitleWords) pageSection {
	said &^= read.TitleNear
	has := said.Has
	switch {
	case has(read.TitleExample) && has(read.TitleRequest) && !has(read.TitleResponse):
		return secExampleRequest
	case has(read.TitleExample):
		return secExampleResponse
	case has(read.TitleDescription) && said&^(read.TitleDescription|read.TitleNeutral) == 0:
		return secDescription
	case has(read.TitleMethod) && said&^(read.TitleMethod|read.TitleNeutral|read.TitleRequest) == 0:
		return secMethod
	case has(read.TitleRequest) && has(read.TitleResponse):
		return secNone
	case has(read.TitleStatus) && has(read.TitleCode), has(read.TitleStatus) && said&^(read.TitleStatus|read.TitleResponse|read.TitleNeutral) == 0:
		return secStatuses
	case has(read.TitleCode):
		return secCodes
	case has(read.TitleHeaders) && has(read.TitleResponse):
		return secResponseHeaders
	case has(read.TitleURL) && has(read.TitleParams) && said&^(read.TitleURL|read.TitleParams|read.TitleRequest) == 0:
		return secQuery
	case has(read.TitleURL):
		return secNone
	case has(read.TitlePath) && said&^(read.TitlePath|read.TitleParams|read.TitleRequest) == 0:
		return secPathParams
	case has(read.TitlePath):
		return secNone
	case has(read.TitleHeaders):
		return secHeaders
	case has(read.TitleQuery):
		return secQuery
	case has(read.TitleResponse) && !has(read.TitleString):
		return secResponse
	case has(read.TitleString):
		return secNone
	case has(read.TitleBody) && !has(read.TitleParams) || has(read.TitleBody) && has(read.TitleRequest):
		return secBody
	case has(read.TitleParams), has(read.TitleRequest):
		return secParams
	}
	return secNone
}

// nearReading lists how a title's words of the shared near words are
// read, when a title word reads it by them: "Result" as "response".
func nearReading(t string) []string {
	s, near := titleRead(t)
	if head, _, ok := strings.Cut(t, ":"); s == secNone && ok {
		s, near = titleRead(head)
	}
	if s == secNone {
		return nil
	}
	return near
}

// titleSection reads a title in one language or two, the second in
// parentheses; the two must agree.
func titleSection(t string) pageSection {
	s, _ := titleRead(t)
	return s
}

// titleRead reads a title as titleSection does (read.ReadTitle), and
// lists how it read its words of the shared near words as the title word
// nearest in meaning.
func titleRead(t string) (pageSection, []string) {
	title, ok := read.ReadTitle(t)
	if !ok {
		return secNone, nil
	}
	s := sectionOf(title.Said)
	if title.HasAlt && sectionOf(title.Alt) != s {
		return secNone, nil
	}
	return s, title.Near
}

var (
	// pathHeadingRe matches an operation's heading: a bare path, or a
	// method and a path, with a query string or not
	// ("/ranking/top?leaderboardId={leaderboardId}"): its parameters are
	// evidence of the query's, no part of the path.
	pathHeadingRe = regexp.MustCompile(`^(?:(GET|POST|PUT|PATCH|DELETE)\s+)?(/[A-Za-z0-9_.{}:~/-]*)(?:\?(\S*))?$`)
	methodRe      = regexp.MustCompile(`^(?i:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$`)
	noneRe        = regexp.MustCompile(`^(?i:none|n/a|-|empty|no body|없음)\.?$`)
)

// pathHeadingOf returns pathHeadingRe's submatches of a line, or nil. The
// pattern is tried only on a line that begins as a path or a method does
// and holds the slash a path begins with: it runs on every text line of
// every page. A line that ends with a full stop ends a sentence wrapped
// before its path ("Detail codes of the custom statuses of" ⏎
// "/giftbox/send."): no heading.
func pathHeadingOf(t string) []string {
	if t == "" || strings.IndexByte("/GPD", t[0]) < 0 || strings.IndexByte(t, '/') < 0 || strings.HasSuffix(t, ".") {
		return nil
	}
	return pathHeadingRe.FindStringSubmatch(t)
}

// methodInitials are the bytes a line methodRe matches begins with: the
// first letters of its methods, in either case, which Unicode's simple
// folding pairs with no other rune. maxMethodBytes is the longest line
// it matches, in bytes: OPTIONS with its S as the long s (ſ, two bytes),
// the one rune of two bytes or more a method's letter folds to.
const (
	methodInitials = "GPDHOgpdho"
	maxMethodBytes = 8
)

// isMethodLine reports whether a line is a method alone (methodRe). The
// pattern is tried only on a line of maxMethodBytes at most that begins
// with one of methodInitials: it runs on every text line of every page.
func isMethodLine(t string) bool {
	return t != "" && len(t) <= maxMethodBytes && strings.IndexByte(methodInitials, t[0]) >= 0 && methodRe.MatchString(t)
}

// titleOf reads a section title line: "Request Body", or "Request Body:
// None" with the section's first content after the colon.
func titleOf(t string) (pageSection, string) {
	if s := titleSection(t); s != secNone {
		return s, ""
	}
	if head, rest, ok := strings.Cut(t, ":"); ok && strings.TrimSpace(rest) != "" {
		if s := titleSection(head); s != secNone {
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
	// enums are the enum tables (Name | Code | Description, in any
	// order) under a line that names them.
	enums []*typeTable
	// untitled are the enum tables the reader left out for want of a
	// line above them that names them: a type whose title was lost may
	// be documented by one (read.SettleWire).
	untitled []*pages.Table
	// placed are the header lines of the tables an overrides entry
	// placed in a section or assigned to a type.
	placed []int
	// lost are the headings of types whose section holds nothing, no
	// table and no text, up to the next heading or title: their tables
	// are lost (read.SectionLost), each its line and the type's name.
	lost []pages.Block
}

// statusOp is one operation of a page.
type statusOp struct {
	line int // of the heading
	// pathLine is the line of the path heading; 0 when the operation has
	// none (its path is the example request's).
	pathLine   int
	method     string
	methodLine int
	path       string
	// pathQuery is the query string the heading writes after its path,
	// without its "?"; its line is the heading's.
	pathQuery string
	summary   []string
	notes     []string
	headers   *pages.Table
	params    *pages.Table // "Request Parameters": query or body by the method
	// paramsIn is the section, query or body, an overrides entry places
	// the request parameters in, which settles where the example request
	// does not tell; secNone without one.
	paramsIn pageSection
	// paramsSettled is set once paramsIn settled where they go.
	paramsSettled bool
	query         *pages.Table
	// pathParams is the table of the parameters the path names.
	pathParams *pages.Table
	// pathNames are the parameters of the paths the page's text writes
	// that its example request's path fills, each its name at its line
	// (placePathNames); none for an operation with a path of its own.
	pathNames  []pages.Block
	body       *pages.Table
	noBody     bool
	noBodyLine int
	statuses   *pages.Table
	response   *pages.Table
	codes      []*pages.Table
	// bare are its code tables without a Status column, whose status
	// its status table tells (bareCodes).
	bare    []bareTable
	request *exampleMsg
	answers []*exampleMsg
	// requestTitle is the line of an "Example Request" title; 0 when the
	// operation has none.
	requestTitle int
	// ignoredRequest is the line of a table of the request's part that the
	// reader ignored; 0 when there is none.
	ignoredRequest int
	// unplacedRequest is the line of the first table of the request's
	// part that nothing placed while its body was open (a hole an
	// overrides entry fills); 0 when there is none.
	unplacedRequest int
	// bodyText is the line of a Request Body section that holds text no
	// table reads (the fields it states, as rows the reader could not
	// take); 0 when there is none.
	bodyText int
	// empty are the sections of its request, and of its response's body,
	// that hold nothing, no table and no text, up to the next title (a
	// type's heading over its own table is no text of theirs).
	empty []emptySection
}

// emptySection is a section of an operation's request, under its title,
// that holds nothing.
type emptySection struct {
	sec   pageSection
	title pages.Block
}

// documented reports whether an operation read a section that documents
// its request: its method, a table of its request, or an example
// request. A path heading after them is the next operation's, the
// operation's own heading lost (a reader-view extractor drops it): the
// heading names the operation its sections follow. A table of status or
// detail codes before the first heading may be the page's, which its
// operations share.
func (op *statusOp) documented() bool {
	return op.method != "" || op.headers != nil || op.params != nil || op.query != nil || op.body != nil || op.request != nil
}

// typeTable is a table under a heading that names the type it defines.
type typeTable struct {
	name  string
	line  int // the heading's
	table *pages.Table
}

// isStatusTable reports whether a table lists status codes: its first
// column is the status code ("Status Code", "상태 코드").
func isStatusTable(tb *pages.Table) bool {
	h := strings.ToLower(tb.Header[0])
	return len(tb.Header) >= 2 && (strings.Contains(h, "status") || strings.Contains(h, "상태")) && !tb.Has(pages.ColType)
}

// isCodeTable reports whether a table lists detail codes: "Http response
// code | detail_code | msg | Description".
func isCodeTable(tb *pages.Table) bool {
	return codeColumnsOf(tb).detail >= 0
}

// codeColumns are the columns of a code table; -1 for one it lacks.
type codeColumns struct{ status, detail, message, description int }

// codeWords are the words codeColumnsOf looks for in a header cell, as
// pages.Words splits them ("status" is "statu"): split once, not per cell.
var codeWords = struct {
	detail, code, detailCode, status, statusCode, http, statusOnly, errorWord, message, description []string
}{
	detail:      wordsOf("detail", "상세"),
	code:        wordsOf("code", "코드"),
	http:        wordsOf("http"),
	statusOnly:  wordsOf("status"),
	errorWord:   wordsOf("error", "오류", "에러"),
	detailCode:  wordsOf("상세코드"),
	status:      wordsOf("status", "http", "response", "상태", "응답"),
	statusCode:  wordsOf("상태코드", "응답코드"),
	message:     wordsOf("msg", "message", "메시지"),
	description: wordsOf("description", "설명"),
}

// headerWords are the words of a header cell, as pages.Words splits
// them: where the cell is ASCII, as most are, cut from it in its case
// into a buffer on the stack (every table of every page is asked
// whether it is a code table), not each made anew.
type headerWords struct {
	ascii bool
	// held holds the first n words of an ASCII cell; words holds the
	// words of another cell, or of one of more words than held holds.
	held  [8]string
	n     int
	words []string
}

// read reads the words of the header cell h.
func (hw *headerWords) read(h string) {
	if hw.ascii = pages.IsASCII(h); !hw.ascii {
		hw.words = pages.Words(h)
		return
	}
	ws := pages.AppendASCIIWords(hw.held[:0], h)
	if len(ws) > len(hw.held) {
		hw.words = slices.Clone(ws)
		return
	}
	hw.n = len(ws)
}

// list returns the cell's words.
func (hw *headerWords) list() []string {
	if hw.words != nil {
		return hw.words
	}
	return hw.held[:hw.n]
}

// has reports whether one of the cell's words is one of ws.
func (hw *headerWords) has(ws []string) bool {
	for _, w := range hw.list() {
		for _, x := range ws {
			if hw.ascii && pages.IsLowerOf(w, x) || !hw.ascii && w == x {
				return true
			}
		}
	}
	return false
}

// wordsOf returns the first word of each of ws, as pages.Words splits it.
func wordsOf(ws ...string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = pages.Words(w)[0]
	}
	return out
}

// codeColumnsOf finds the columns of a code table by their header
// cells, and the status and detail codes' by their rows where the header
// leaves them open. A detail code named so ("detail_code", "상세 코드") is
// the detail code's column; the status code's is named a code of a
// status or a response ("Http response code", "상태 코드"), or "HTTP
// Status", or is named "Status" alone ("상태") over status codes (200,
// "471 (custom status)", 4xx).
//
// Else the detail code's column is the one after the status code's whose
// header names a code and no status ("Code", "Error Code", "Result
// Code") and whose rows hold detail codes, told from a numbering of the
// statuses (200 | 1, 400 | 2) by the header and the rows together
// (detailColumn). The header tells it where it names the status code's
// column ("Status Code", "HTTP Status") and the detail code's a code
// alone or an error's ("Code", "Error Code": Confluence's "HTTP Status |
// Error Code | Error Message | Description"); then integers in its rows
// suffice, 301 as well. Else the rows must tell it: integers no status
// is, one signed (-73101) or under a status that repeats ("Status | Code
// | Message", 471 | 73101, 471 | 73102). A table of statuses alone has
// neither.
func codeColumnsOf(tb *pages.Table) codeColumns {
	c := codeColumns{-1, -1, -1, -1}
	statusByRows := false // the status column is told by its cells, not its header
	for i, h := range tb.Header {
		var hw headerWords
		hw.read(h)
		has := hw.has
		w := &codeWords
		// named: the header tells a detail code, a code alone or an
		// error's after a status column its header names.
		named := !statusByRows && (len(hw.list()) == 1 || len(hw.list()) == 2 && has(w.errorWord))
		switch {
		case c.detail < 0 && has(w.detail) && has(w.code), c.detail < 0 && has(w.detailCode):
			c.detail = i
		case c.status < 0 && has(w.status) && has(w.code), c.status < 0 && has(w.statusCode), c.status < 0 && has(w.http) && has(w.statusOnly):
			c.status = i
		case c.status < 0 && has(w.status) && statusColumn(tb, i):
			c.status, statusByRows = i, true
		case c.detail < 0 && c.status >= 0 && has(w.code) && !has(w.status) && detailColumn(tb, c.status, i, named):
			c.detail = i
		case c.message < 0 && has(w.message):
			c.message = i
		case c.description < 0 && has(w.description):
			c.description = i
		}
	}
	if c.status < 0 {
		c.detail = -1
	}
	return c
}

// fullRows are the rows of a table with the header's cells: a row with
// fewer, or one padded to them after its status cell, lost a cell to one
// spanning rows (pages.StatusSpanLost), its cells shifted.
func fullRows(tb *pages.Table) []*pages.Row {
	var rows []*pages.Row
	for _, r := range tb.Rows {
		if _, padded, _ := pages.StatusSpanLost(r.Cells, len(tb.Header)); len(r.Cells) >= len(tb.Header) && !padded {
			rows = append(rows, r)
		}
	}
	return rows
}

// statusColumn reports whether column i of a table holds a status code
// (200, "471 (custom status)", 4xx) in each of its full rows whose cell
// is not empty (an empty one lost its status to a cell spanning rows),
// one of them at least.
func statusColumn(tb *pages.Table, i int) bool {
	n := 0
	for _, r := range fullRows(tb) {
		cell := strings.TrimSpace(r.Cells[i])
		if cell == "" {
			continue
		}
		if _, _, _, err := statusCode(cell); err != nil {
			return false
		}
		n++
	}
	return n > 0
}

// detailColumn reports whether column i of a table holds the detail codes
// of the statuses in its column status, one full row at least (fullRows).
// Where its header tells it a detail code (named), each full row holds an
// integer. Else each holds an integer no status is (pages.IsDetailCode), and one
// is signed (-73101), or a status repeats or is left empty under a cell
// spanning rows, over several codes: codes of 1 and 2 under 200 and 400
// tell nothing, a table of statuses may number them.
func detailColumn(tb *pages.Table, status, i int, named bool) bool {
	rows := fullRows(tb)
	if len(rows) == 0 {
		return false
	}
	signed, repeats := false, len(rows) < len(tb.Rows)
	seen := map[string]bool{}
	for _, r := range rows {
		code := strings.TrimSpace(r.Cells[i])
		if _, err := strconv.Atoi(code); err != nil || !named && !pages.IsDetailCode(code) {
			return false
		}
		signed = signed || strings.HasPrefix(code, "-")
		st := strings.TrimSpace(r.Cells[status])
		repeats = repeats || st == "" || seen[st]
		seen[st] = true
	}
	return named || signed || repeats
}

// bareTable is a code table without a Status column, and its columns.
type bareTable struct {
	table *pages.Table
	cols  codeColumns
}

// bareCodeColumns finds the columns of a table of detail codes without a
// Status column, the detail codes of one status that its operation's
// status table points to ("Code | Message | Description" under a
// "Response Codes" title, the codes of "481 (custom status)"): a column
// whose header names a code and no status ("Code", "Error Code",
// "detail_code", "상세 코드"), an integer in each row, and a message or a
// description column. Unless its header names a detail code, each of its
// integers is one no status is (pages.IsDetailCode). The table stands in the
// section of the detail codes, or has a message column: a table of an
// enum's codes (Code | Name | Description) names them instead. ok is
// false for any other table: one with a Type column, with a column whose
// header names a status (codeColumnsOf reads those), or with a row wider
// than its header (a row that kept a status cell its header lost).
func bareCodeColumns(tb *pages.Table, inCodes bool) (c codeColumns, ok bool) {
	c = codeColumns{-1, -1, -1, -1}
	if len(tb.Rows) == 0 || tb.Has(pages.ColType) {
		return c, false
	}
	named := false
	for i, h := range tb.Header {
		var hw headerWords
		hw.read(h)
		has := hw.has
		w := &codeWords
		switch {
		case has(w.status) || has(w.statusCode):
			return c, false
		case c.detail < 0 && (has(w.code) || has(w.detailCode)):
			c.detail, named = i, has(w.detail) || has(w.detailCode)
		case c.message < 0 && has(w.message):
			c.message = i
		case c.description < 0 && has(w.description):
			c.description = i
		}
	}
	if c.detail < 0 || c.message < 0 && (c.description < 0 || !inCodes) {
		return c, false
	}
	for _, r := range tb.Rows {
		if len(r.Cells) <= c.detail || len(r.Cells) > len(tb.Header) {
			return c, false
		}
		code := strings.TrimSpace(r.Cells[c.detail])
		if _, err := strconv.Atoi(code); err != nil || !named && !pages.IsDetailCode(code) {
			return c, false
		}
	}
	return c, true
}

// isFieldTable reports whether a table lists members with their types.
func isFieldTable(tb *pages.Table) bool {
	return (tb.Has(pages.ColName) || tb.Has(pages.ColCode)) && tb.Has(pages.ColType)
}

// readStatusPage sorts a page's items into operations, their sections and
// type definitions, and reads the examples from the text lines under an
// example title (and the text after its colon), up to the next title,
// operation heading or table.
//
// entries are the sections an overrides file places tables of the page
// in, by their header line: taken by a table whose title does not place
// it; pdf tells that the page is a PDF's text (pages.PDFTextOf); named
// are the types it assigns tables, by their header line: taken by a
// table of fields that nothing places in a section.
func readStatusPage(page string, pdf pages.PDFText, lines []string, items []pages.Block, rep *pages.Reporter, entries map[int]pageSection, named map[int]string) *statusPage {
	r := &statusReader{sp: &statusPage{name: page}, page: page, pdf: pdf, rep: rep, filed: map[*pages.Table]*pages.Table{}, entries: entries, named: named}
	var mentions []pages.Block
	for i := 0; i < len(items); i++ {
		it := items[i]
		if it.Table != nil {
			r.table(it.Table)
			r.titled = false
			continue
		}
		for _, path := range read.ParamPaths(it.Text) {
			mentions = append(mentions, pages.Block{Line: it.Line, Text: path})
		}
		s, rest := titleOf(it.Text)
		if near := nearReading(it.Text); s != secNone && len(near) > 0 {
			rep.Warn(pages.At(page, it.Line), "read the title %q at line %d as the %s, by the words nearest in meaning to its own (%s): no title of the wiki's is written so; if it heads another section, place its table with an overrides entry (tables: with section:)", pages.Clip(it.Text), it.Line, s, strings.Join(near, ", "))
		}
		untitled := s == secNone && isMessageStart(it.Text)
		if untitled {
			rep.Warn(pages.At(page, it.Line), "read the examples from line %d, whose %q starts an example message, although no title such as \"Example Request\" or \"Example Response\" is above it", it.Line, pages.Clip(it.Text))
		}
		firstCell := s == r.sec && len(r.pending) == 0 && it.Line == r.secLine+1 && pages.HeaderColumn(strings.TrimSpace(it.Text)) != pages.ColOther
		if s != secNone && r.tabled() && (firstCell || read.HeaderCellTitle(r.pending, it)) {
			// A cell of the section's table's header row, written a
			// cell a line: one right under the section's title that
			// reads as that title again ("Status Code" under "Response
			// Status Code"), or its last ("Description"). No title: the
			// rows under it are the section's.
			r.pending = append(r.pending, it)
			continue
		}
		if s != secNone || untitled {
			r.warnTableless()
			r.endSection()
			r.sec, r.secLine, r.secTitle, r.titled = s, it.Line, it.Text, true
			if s == secExampleRequest || s == secExampleResponse || untitled {
				j := i + 1
				for j < len(items) && !endsExamples(items, j) {
					j++
				}
				blocks := items[i+1 : j]
				switch {
				case untitled:
					blocks = items[i:j]
				case rest != "":
					blocks = append([]pages.Block{{Line: it.Line, Text: rest}}, blocks...)
				}
				r.examples(readExamples(page, lines, blocks, j == len(items), knownHeaders(r.sp.headerNames()), rep), it.Line)
				if s == secExampleRequest {
					r.op.requestTitle = it.Line
				}
				r.sec = secNone
				i = j - 1
				continue
			}
			if rest != "" {
				r.pending = append(r.pending, pages.Block{Line: it.Line, Text: rest})
			}
			continue
		}
		if m := pathHeadingOf(it.Text); m != nil && len(m[2]) > 1 {
			r.warnTableless()
			r.endSection()
			r.sec, r.titled = secNone, true
			if r.op == nil || r.op.path != "" || r.op.documented() {
				r.op = &statusOp{line: it.Line}
				r.sp.ops = append(r.sp.ops, r.op)
			}
			r.op.path, r.op.pathQuery, r.op.pathLine = m[2], m[3], it.Line
			if m[1] != "" {
				r.op.method, r.op.methodLine = m[1], it.Line
			}
			continue
		}
		r.pending = append(r.pending, it)
	}
	r.warnTableless()
	r.endSection()
	r.recase()
	r.warnLostHeadings()
	r.sp.placePathNames(mentions)
	return r.sp
}

// placePathNames gives each operation without a path of its own the
// parameters of the paths the page's text writes with parameters
// (mentions, each a path at its line) that its example request's path
// fills: the path its example calls, written with the parameters the
// example fills ("/kilns/{kilnId}/charge" for "/kilns/KLN-2/charge").
// A path the example does not fit is another endpoint's.
func (sp *statusPage) placePathNames(mentions []pages.Block) {
	for _, op := range sp.ops {
		if op.pathLine > 0 || op.request == nil {
			continue
		}
		exPath, _, _ := strings.Cut(op.request.path, "?")
		for _, m := range mentions {
			if _, ok := basePath(exPath, m.Text); !ok {
				continue
			}
			for _, seg := range strings.Split(m.Text, "/") {
				if read.IsParamSegment(seg) {
					op.pathNames = append(op.pathNames, pages.Block{Line: m.Line, Text: strings.Trim(seg, "{}:")})
				}
			}
		}
	}
}

// documentedParams are the path parameters the page documents for an
// operation, each with the line that does: the rows of its Path
// Parameters table, and the parameters its text writes in a path.
func (op *statusOp) documentedParams() []string {
	var out []string
	seen := map[string]bool{}
	add := func(name string, line int) {
		if name != "" && !seen[name] {
			seen[name] = true
			out = append(out, fmt.Sprintf("{%s} (line %d)", name, line))
		}
	}
	if tb := op.pathParams; tb != nil {
		if k := slices.Index(tb.Cols, pages.ColName); k >= 0 {
			for _, row := range tb.Rows {
				if k < len(row.Cells) {
					add(strings.Trim(row.Cells[k], "{}:` "), row.Line)
				}
			}
		}
		if len(out) == 0 {
			out = append(out, fmt.Sprintf("the Path Parameters table at line %d", tb.Line))
		}
	}
	for _, m := range op.pathNames {
		add(m.Text, m.Line)
	}
	return out
}

// warnLostHeadings warns at the example request of each operation
// without a path heading on a page whose other operations have one: its
// heading was lost (a reader-view extractor drops the first), and its
// path is the example request's, which may name more than the heading
// would (a base path) or another operation's.
func (r *statusReader) warnLostHeadings() {
	i := slices.IndexFunc(r.sp.ops, func(op *statusOp) bool { return op.pathLine > 0 })
	if i < 0 {
		return
	}
	headed := r.sp.ops[i]
	for _, op := range r.sp.ops {
		if op.pathLine == 0 && op.request != nil {
			path, _, _ := strings.Cut(op.request.path, "?")
			r.rep.Warn(pages.At(r.page, op.request.line), "took the path %s of the operation at line %d from its example request at line %d: the operation has no path heading, as the page's others have (%s at line %d), so its heading was lost", path, op.line, op.request.line, headed.path, headed.pathLine)
		}
	}
}

// warnTableless warns of a section of the request's headers, parameters
// or body, or of the response's body, that ends with text and no table
// since its title, and of each line of the text: what the text lists (in
// a form no page style reads as a table) is not read, and the text is
// kept as a note. The operation's heading is warned too, since the
// operation and its endpoint go without what the section documents. Such
// a section, or one of the status or detail codes, whose text holds a
// line that begins as a row of its table does is refused at that line,
// and only there (read.TablelessSection): a table no style read, whose
// facts would leave the schema. Lines after the table
// of a section of codes that read as rows the table did not take are
// warned of (strayCodes).
func (r *statusReader) warnTableless() {
	if r.lostHeadings(true) && r.titled {
		r.emptySection()
	}
	if len(r.pending) == 0 || noneRe.MatchString(r.pending[0].Text) {
		return
	}
	if !r.titled {
		r.strayCodes()
		return
	}
	if r.tabled() && r.tableless().Refuse(r.page, r.rep) {
		return
	}
	switch r.sec {
	case secHeaders, secParams, secQuery, secBody, secResponse:
		r.rep.Warn(pages.At(r.page, r.secLine), "the %s at line %d holds no table, only text (%q at line %d): nothing it documents is read, the text is kept as a note; write what it lists as a table (Name | Type | Mandatory | Description)", r.sec, r.secLine, pages.Clip(r.pending[0].Text), r.pending[0].Line)
		if r.op != nil && r.sec == secBody {
			r.op.bodyText = r.secLine
		}
		if r.op != nil && r.op.line > 0 && r.op.line != r.secLine {
			r.rep.Warn(pages.At(r.page, r.op.line), "the operation at line %d goes without what its %s at line %d documents: the section holds no table", r.op.line, r.sec, r.secLine)
		}
		for _, l := range r.pending {
			r.rep.Warn(pages.At(r.page, l.Line), "left out of the schema what line %d documents (%q): it stands in the %s at line %d, which holds no table", l.Line, pages.Clip(l.Text), r.sec, r.secLine)
		}
	}
}

// emptySection keeps the section being read, of the request's headers,
// parameters, query or body or of the response's body, as one that
// holds nothing (statusOp.empty).
func (r *statusReader) emptySection() {
	switch r.sec {
	case secHeaders, secParams, secQuery, secBody, secResponse:
		r.op.empty = append(r.op.empty, emptySection{sec: r.sec, title: pages.Block{Line: r.secLine, Text: r.secTitle}})
	}
}

// lostHeadings keeps, as the headings of types whose table is lost
// (statusPage.lost), the pending lines that name a type as the heading
// of its table does (typeHeading) with another such line right after
// them, or, where end is set (a title or an operation's heading
// follows), at their end: no table and no text stood under them. They
// stay the section's lines (a note's, where nothing refers to the type
// they name); it reports whether they are all its lines.
func (r *statusReader) lostHeadings(end bool) bool {
	if r.op == nil {
		return false
	}
	n := 0
	for k, l := range r.pending {
		if name, ok := typeHeading(l.Text); ok && (k+1 < len(r.pending) && isHeadingLine(r.pending[k+1].Text) || k+1 == len(r.pending) && end) {
			r.sp.lost = append(r.sp.lost, pages.Block{Line: l.Line, Text: name})
			n++
		}
	}
	return n == len(r.pending)
}

// isHeadingLine reports whether a text line names a type as the heading
// of its table does (typeHeading).
func isHeadingLine(t string) bool {
	_, ok := typeHeading(t)
	return ok
}

// tabled reports whether the section being read, under its title,
// promises a table: the request's headers, parameters or body, the
// response's body, its status codes or its detail codes.
func (r *statusReader) tabled() bool {
	switch r.sec {
	case secHeaders, secParams, secQuery, secBody, secResponse, secStatuses, secCodes:
		return r.titled
	}
	return false
}

// tableless is the section being read as one that holds text alone,
// for read.TablelessSection's refusal.
func (r *statusReader) tableless() read.TablelessSection {
	s := read.TablelessSection{Title: r.sec.String(), Line: r.secLine, Columns: "Name | Type | Mandatory | Description", Text: r.pending, PDFText: r.pdf}
	switch r.sec {
	case secStatuses:
		s.Columns, s.Codes = strings.Join(statusHeader, " | "), true
	case secCodes:
		s.Columns, s.Codes = strings.Join(detailHeader, " | "), true
	}
	return s
}

// statusHeader and detailHeader are the header rows of an HTTP-status
// page's table of status codes and of its table of detail codes.
var (
	statusHeader = []string{"Status Code", "Status Code Description", "Status Code Detailed Description"}
	detailHeader = []string{"Http response code", "detail_code", "msg", "Description"}
	// codeHeader is the header row of a table of detail codes under a
	// "Response Code" title, as Confluence's pages write it.
	codeHeader = []string{"Status Code", "Code", "Message", "Description"}
)

// strayCodes refuses the lines after the table of a section of status
// codes or of codes that read as rows of such a table (read.CodeRow): a
// code alone, with a range's note or not ("4xx (custom status)"), a cell
// of a row the table did not take, as lynx prints each cell of a table
// on a line of its own and the reading of those lines stops at a cell
// that wraps; and a code, then words, where two lines do or its words
// stand apart as cells do: rows the table did not take (a header a cell
// a line over rows one space apart, a table's reading that stopped at a
// row), whose codes would be left out of the schema, and the statuses
// the examples show taken for the only ones. A lost row is an error at
// its line, as a row no table took is on both protocols' pages; a
// sentence that begins with a code is none. A row whose cells run
// together is refused wherever it stands, alone or not, by
// read.StrayRows, and not here again.
//
// Where such rows are refused, a line among them that begins with no
// code but holds one further on, outside parentheses, and a word in
// capitals after it ("River Conditions The trip cannot be logged (see
// 485 Detail Codes) 500 Internal Server Error …"), is the end of a row
// and the next row run together, as a tool that strips a page's tags
// runs a table's rows one space apart: refused at its line too, as the
// row it holds would be lost.
func (r *statusReader) strayCodes() {
	if r.sec != secStatuses && r.sec != secCodes {
		return
	}
	n := 0
	for _, l := range r.pending {
		if _, ok := read.CodeRow(l.Text); ok {
			n++
		}
	}
	refused := false
	for k, l := range r.pending {
		if _, _, run := read.RunTogetherCodeRow(l.Text); run {
			continue
		}
		text, ok := read.CodeRow(l.Text)
		if ok && text == "" && r.sec == secCodes && k+1 < len(r.pending) && startsDetail(r.pending[k+1].Text) {
			// A status code alone over rows of detail codes: the
			// status cell that spans them, set apart by the tool.
			r.rep.FailKnowing(schema.KnowsSection, pages.At(r.page, l.Line), "line %d (%q), a status code alone right above the rows of detail codes at line %d, reads as the status cell those rows share (a cell spanning rows, which the tool that wrote the page set apart from them), after the table of the %s at line %d, which did not take them: what they document would be left out of the schema; write the table a row a line, its cells set apart (two spaces or a tab between them), %s in each row's status cell", l.Line, pages.Clip(l.Text), r.pending[k+1].Line, r.sec, r.secLine, strings.TrimSpace(l.Text))
			refused = true
			continue
		}
		if ok && (text == "" || n >= 2 || strings.Contains(l.Text, "  ")) {
			r.rep.FailKnowing(schema.KnowsSection, pages.At(r.page, l.Line), "line %d (%q) reads as a row of a table of status codes (a code, then what it means, or a code alone), after the table of the %s at line %d, which did not take it (a cell a line whose reading stopped at a cell that wraps, or rows one space apart): what it documents would be left out of the schema; write the table with its cells set apart (two spaces or a tab between them, as lynx -width=200 prints it), a row a line, under its header row", l.Line, pages.Clip(l.Text), r.sec, r.secLine)
			refused = true
		}
	}
	if !refused {
		return
	}
	for _, l := range r.pending {
		if _, ok := read.CodeRow(l.Text); ok {
			continue
		}
		if row := midCodeRow(l.Text, r.sec == secStatuses); row != "" {
			r.rep.FailKnowing(schema.KnowsSection, pages.At(r.page, l.Line), "line %d (%q) holds a row of the table of status codes of the %s at line %d after the text it begins with, at %q (a code outside parentheses, then what it means): the rest of a row and the next run together one space apart, as a tool that strips a page's tags prints a table, and what it documents would be left out of the schema; write the table with its cells set apart (two spaces or a tab between them), a row a line, under its header row", l.Line, pages.Clip(l.Text), r.sec, r.secLine, pages.Clip(row))
		}
	}
}

// midCodeRow returns the part of a line of text, from its second word
// on, that begins as a row of a table of codes: a status code of three
// digits (status) or a signed detail code, outside any parentheses,
// then a word that begins with a capital letter; "" for none.
func midCodeRow(text string, status bool) string {
	words := strings.Fields(text)
	depth := 0
	for k, w := range words {
		if k > 0 && depth == 0 && k+1 < len(words) && unicode.IsUpper([]rune(words[k+1])[0]) {
			if status && statusWordRe.MatchString(w) || !status && detailWordRe.MatchString(w) {
				return strings.Join(words[k:], " ")
			}
		}
		depth = max(0, depth+strings.Count(w, "(")-strings.Count(w, ")"))
	}
	return ""
}

// startsDetail reports whether a line of text begins with a signed
// detail code.
func startsDetail(t string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(t), " ")
	return detailWordRe.MatchString(w)
}

// statusWordRe and detailWordRe match a word that is a status code and
// one that is a signed detail code.
var (
	statusWordRe = regexp.MustCompile(`^[1-5][0-9]{2}$`)
	detailWordRe = regexp.MustCompile(`^[-+][0-9]+$`)
)

// isMessageStart reports whether a text line starts an example message:
// a status line, or a request line with its HTTP version, or a message
// flattened onto one line.
func isMessageStart(t string) bool {
	return httpStatusLineRe.MatchString(t) || httpRequestLineRe.MatchString(t) && strings.Contains(t, " HTTP/") || isOneLine(t)
}

// endsExamples reports whether item j ends the examples: a table, a bare
// section title, or the heading of the page's next operation (a bare
// path, or a method and a path followed by a title, since an example
// request may be written "POST /auth/validation").
func endsExamples(items []pages.Block, j int) bool {
	it := items[j]
	if it.Table != nil {
		return true
	}
	if s, rest := titleOf(it.Text); s != secNone && rest == "" {
		return true
	}
	m := pathHeadingOf(it.Text)
	switch {
	case m == nil || len(m[2]) < 2:
		return false
	case m[1] == "":
		return true
	}
	if j+1 < len(items) && items[j+1].Table == nil {
		s, _ := titleOf(items[j+1].Text)
		return s != secNone && s != secExampleRequest && s != secExampleResponse
	}
	return false
}

// statusReader walks a page's items.
type statusReader struct {
	sp   *statusPage
	page string
	// pdf tells that the page is a PDF's text (pages.PDFTextOf), for
	// the refusal of a section that holds no table.
	pdf     pages.PDFText
	rep     *pages.Reporter
	op      *statusOp
	sec     pageSection
	secLine int // of the section's title
	// secTitle is the section's title, as the page writes it.
	secTitle string
	pending  []pages.Block // text lines since the last title or table
	// titled is set when a title or an operation's heading stood since
	// the last table.
	titled bool
	// filed maps each table the reader filed to the table that holds its
	// rows: itself, or for the rest of a table cut in two the table it
	// continues.
	filed map[*pages.Table]*pages.Table
	// entries are the sections an overrides file places tables in.
	entries map[int]pageSection
	// named are the types an overrides file assigns tables of fields that
	// nothing places in a section.
	named map[int]string
}

// headerNames are the names of the headers the tables of the page's
// operations read so far document.
func (sp *statusPage) headerNames() []string {
	var names []string
	for _, op := range sp.ops {
		if op.headers == nil {
			continue
		}
		for _, row := range op.headers.Rows {
			names = append(names, rowName(op.headers, row))
		}
	}
	return names
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
		if s := r.sentence(lines[0], methodRe); s != "" {
			m := strings.ToUpper(s)
			if op.method != "" && op.method != m {
				r.rep.Fail(pages.At(r.page, lines[0].Line), "line %d says the method is %s, but line %d said %s for the same endpoint: if another endpoint starts here, put its path (\"/guild/join\") on a line of its own above its sections", lines[0].Line, m, op.methodLine, op.method)
			}
			op.method, op.methodLine = m, lines[0].Line
			lines = lines[1:]
		}
	case secBody, secParams, secQuery, secResponse, secCodes:
		if r.sentence(lines[0], noneRe) != "" {
			if r.sec == secBody {
				op.noBody, op.noBodyLine = true, lines[0].Line
			}
			lines = lines[1:]
		}
	}
	r.note(lines)
}

// sentence is the sentence of a section's first line that re matches,
// read where the page sets it in a list item, a quote or bold
// (pages.Sentence), with a warning; empty when it matches none.
func (r *statusReader) sentence(l pages.Block, re *regexp.Regexp) string {
	if re.MatchString(l.Text) {
		return l.Text
	}
	s, forms := pages.Sentence(l.Text)
	if len(forms) == 0 || !re.MatchString(s) {
		return ""
	}
	pages.WarnSentence(r.rep, r.page, l.Line, s, forms)
	return s
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

// table files a table by its heading, its columns and its section. A
// field table whose section does not place it (its title is unknown, or
// it has none) is placed by an overrides entry, or by its columns and its
// place in the operation, with a warning; one that none places is a hole
// that such an entry fills.
func (r *statusReader) table(tb *pages.Table) {
	if r.continued(tb) {
		return
	}
	if r.file(tb) {
		r.filed[tb] = tb
	}
}

// file files a table that continues none, and reports whether it did
// (false for a table it ignored or could not place).
func (r *statusReader) file(tb *pages.Table) bool {
	title := r.lastPending()
	name, line := r.heading(tb.Line)
	op := r.current(tb.Line)
	switch {
	case name != "" && isFieldTable(tb):
		r.sp.types = append(r.sp.types, &typeTable{name: name, line: line, table: tb})
		return true
	case isCodeTable(tb):
		op.codes = append(op.codes, tb)
		return true
	case isStatusTable(tb) && op.statuses == nil:
		op.statuses = tb
		return true
	case name != "" && tb.Kind() == pages.KindEnum && !isStatusTable(tb):
		r.sp.enums = append(r.sp.enums, &typeTable{name: name, line: line, table: tb})
		return true
	case r.fileBare(op, tb):
		return true
	case r.foreign(op, tb, title):
		return r.placeForeign(op, tb, title)
	case r.sec == secHeaders && op.headers == nil && tb.Has(pages.ColName):
		op.headers = tb
		return true
	case !isFieldTable(tb) && read.FieldRowShaped(strings.Join(tb.Header, " ")):
		r.rep.Fail(pages.At(r.page, tb.Line), "the table at line %d has no header: its first row (%s) reads as a row of fields, a name, then a type, as the rest of a table cut in two does where a converter made the rest's first row its header (after a note, or a header row of empty cells); give the rows a header row (Name | Type | Mandatory | Description), or join them to the table they go on", tb.Line, pages.Clip(strings.Join(tb.Header, " | ")))
		return false
	case !isFieldTable(tb) || r.sec == secResponseHeaders:
		if op.ignoredRequest == 0 && op.statuses == nil && op.response == nil && r.sec != secResponseHeaders {
			op.ignoredRequest = tb.Line
		}
		why := fmt.Sprintf("it is not a header, status code, code or field table this reader expects in the %s", r.sec)
		if isStatusTable(tb) && op.statuses != nil {
			why = fmt.Sprintf("it lists status codes, and its operation already has its table of status codes, at line %d; if another operation starts between them, put its path on a line of its own above its sections", op.statuses.Line)
		}
		r.rep.Warn(pages.At(r.page, tb.Line), "ignored the table at line %d with columns %s: %s", tb.Line, strings.Join(tb.Header, " | "), why)
		if tb.Kind() == pages.KindEnum && !isStatusTable(tb) {
			r.sp.untitled = append(r.sp.untitled, tb)
		}
		if r.sec != secResponseHeaders {
			r.unread(tb)
		}
		return false
	}
	if slot := op.slot(r.sec); slot != nil && *slot == nil {
		if r.sec != secResponse && op.answered() && !tb.Has(pages.ColRequired) {
			return r.contradicted(op, tb)
		}
		*slot = tb
		if sec := r.entries[tb.Line]; r.sec == secParams && (sec == secQuery || sec == secBody) {
			op.paramsIn = sec
			r.sp.placed = append(r.sp.placed, tb.Line)
		}
		return true
	}
	return r.place(op, tb, title)
}

// fileBare files a code table without a Status column (bareCodeColumns)
// with its operation, and reports whether it is one.
func (r *statusReader) fileBare(op *statusOp, tb *pages.Table) bool {
	cols, ok := bareCodeColumns(tb, r.sec == secCodes)
	if ok {
		op.bare = append(op.bare, bareTable{tb, cols})
	}
	return ok
}

// answered reports whether the operation's answer is documented so far:
// its status codes, its code tables or its response body. A table after
// them stands on the response's side.
func (op *statusOp) answered() bool {
	return op.statuses != nil || op.response != nil || len(op.codes) > 0 || len(op.bare) > 0
}

// contradicted files a table whose title names a section of the request
// while its columns and place are the response body's: no Mandatory
// column, after the status codes. What the title says and what the
// columns and place say fit as well: an overrides entry places the
// table, else it is a hole naming both sections, its operation standing
// without it.
func (r *statusReader) contradicted(op *statusOp, tb *pages.Table) bool {
	cols := strings.Join(tb.Header, " | ")
	if sec, ok := r.entries[tb.Line]; ok {
		return r.placeAt(op, tb, sec, cols)
	}
	secs := []pageSection{r.sec}
	if op.response == nil {
		secs = append(secs, secResponse)
	}
	r.rep.SectionHole(pages.At(r.page, tb.Line), sectionNames(secs), "cannot tell what the table at line %d (%s) documents: its title %q at line %d names the %s, but its columns (no Mandatory column) and its place (after the operation's status codes or answer) are the response body's; its operation stands without it", tb.Line, cols, pages.Clip(r.secTitle), r.secLine, r.sec)
	return false
}

// unread warns at each row of a table the reader ignored, in a section
// whose facts the schema keeps, that what the row documents is not in the
// schema: a fact lost with its table is reported at its own line. That is
// a warning and not an error: the reader cannot tell whether the table
// documents facts at all (a table of notes, of examples), no override
// could give a status code or a detail code it held, and --strict makes
// each warning an error.
func (r *statusReader) unread(tb *pages.Table) {
	for _, row := range tb.Rows {
		r.rep.Warn(pages.At(r.page, row.Line), "left out of the schema what the row %q at line %d documents: its table, at line %d, was ignored", pages.Clip(row.Raw), row.Line, tb.Line)
	}
}

// continued appends the rows of a table that continues the one right
// before it (a page break cut it in two, repeating its header or leaving
// the rest without one) to the table that holds that one's rows, with a
// warning, whatever the section: headers, parameters, body, status codes,
// code table, response or type; a rest with its header and no rows is
// warned of (read.BareRest). It reports false when the table continues
// none the reader filed. The rest of the request headers with a header
// row of its own, that could as well be the request parameters, their
// title lost, is a hole that a tables: entry placing it in the request
// headers (their rest) or the request parameters settles; rows without
// one are no table of their own.
//
// A table without a header row of its own, with rows of the width of the
// table a few lines before it, resumes that one when no title, heading or
// type name stands between them: the lines between are the site's (an
// information panel, an advert, a footer).
func (r *statusReader) continued(tb *pages.Table) bool {
	from, resumed := tb.Continues, false
	if n := len(r.pending); from == nil && tb.NoHeader && tb.Resumes != nil && !r.titled && (n == 0 || !isTypeName(r.pending[n-1].Text)) {
		from, resumed = tb.Resumes, true
	}
	into := r.filed[from]
	if into == nil || len(r.pending) > 0 && !resumed {
		return false
	}
	if op := r.op; into == op.headers && op.params == nil && op.query == nil && op.body == nil && tb.Has(pages.ColRequired) && !tb.NoHeader {
		sec, placed := r.entries[tb.Line]
		switch {
		case !placed:
			r.rep.SectionHole(pages.At(r.page, tb.Line), sectionNames([]pageSection{secHeaders, secParams}), "cannot tell whether the table at line %d is the rest of the request headers at line %d, cut in two, or the request parameters whose title was lost (put the title \"Request Parameters\" or \"Request Body\" on the line above it, or join the two tables); its operation stands without it", tb.Line, into.Line)
			return true
		case sec != secHeaders:
			return false
		}
		r.sp.placed = append(r.sp.placed, tb.Line)
	}
	how := "it follows that table with its columns and no title of its own"
	if resumed && len(r.pending) > 0 {
		how = fmt.Sprintf("it has no header row, rows of that table's width, and no title of its own, with only %q between them", pages.Clip(r.pending[0].Text))
	}
	r.rep.Warn(pages.At(r.page, tb.Line), "read the table at line %d as the rest of the table at line %d, cut in two: %s", tb.Line, into.Line, how)
	read.BareRest(r.rep, r.page, into, tb)
	read.RowsUnderBareHeader(r.rep, r.page, into, tb)
	into.Rows = append(slices.Clip(into.Rows), tb.Rows...)
	r.filed[tb] = into
	return true
}

// foreign reports whether a field table stands in a section of the
// request, under a line between the section's title and the table that
// reads as a title by its shape (read.TitleShaped) and is none this
// reader knows, with rows that say it is not the section's: no row of a
// table in the request headers names a header, or every row of one in
// the request's parameters, query or body does. The section's own table
// is not on the page (a converter or a scrape cut it whole, its title
// kept): the section holds nothing, and the table is the unknown
// title's, never the section's for want of another.
func (r *statusReader) foreign(op *statusOp, tb *pages.Table, title pages.Block) bool {
	if !r.titled || title.Text == "" || title.Line == r.secLine || strings.HasSuffix(title.Text, ":") || !read.TitleShaped(title.Text) || !isFieldTable(tb) {
		return false
	}
	switch r.sec {
	case secHeaders:
		return op.headers == nil && read.HeaderRows(tb) == 0
	case secParams, secQuery, secBody:
		return *op.slot(r.sec) == nil && len(tb.Rows) > 0 && read.HeaderRows(tb) == len(tb.Rows)
	}
	return false
}

// placeForeign files a table foreign to the section it stands in: the
// section is one that holds nothing (read.SectionLost at its title,
// unless another table documents its part), and the table goes where an
// overrides entry places it, else where its rows and columns put it with
// a warning that names its unknown title: a table of fields with a
// Mandatory column, before the status codes, is the request parameters
// once the request has no other; one whose rows all name headers is the
// request headers while it has none. One that neither places is a hole
// naming the sections of the operation still without a table.
func (r *statusReader) placeForeign(op *statusOp, tb *pages.Table, title pages.Block) bool {
	op.empty = append(op.empty, emptySection{sec: r.sec, title: pages.Block{Line: r.secLine, Text: r.secTitle}})
	cols := strings.Join(tb.Header, " | ")
	if sec, ok := r.entries[tb.Line]; ok {
		return r.placeAt(op, tb, sec, cols)
	}
	rows := "none of its rows names a header"
	if r.sec != secHeaders {
		rows = "each of its rows names a header"
	}
	inRequest := !op.answered()
	var sec pageSection
	switch {
	case r.sec == secHeaders && inRequest && tb.Has(pages.ColRequired) && op.params == nil && op.query == nil && op.body == nil:
		sec = secParams
	case r.sec != secHeaders && inRequest && op.headers == nil:
		sec = secHeaders
	default:
		r.rep.SectionHole(pages.At(r.page, tb.Line), sectionNames(op.open()), "cannot tell what the table at line %d (%s) documents: it stands in the %s at line %d, under the title %q at line %d, which is not one this reader knows, and %s, so it is not the %s's; its operation stands without it", tb.Line, cols, r.sec, r.secLine, pages.Clip(title.Text), title.Line, rows, r.sec)
		return false
	}
	*op.slot(sec) = tb
	r.rep.Warn(pages.At(r.page, tb.Line), "placed the table at line %d (%s) as the %s by its columns and rows: it stands under the title %q at line %d, which is not one this reader knows, in the %s at line %d, and %s; that section holds no table of its own; if the title heads another part, title it as that part (\"Request Headers\", \"Request Body\", \"Query Parameters\")", tb.Line, cols, sectionNames([]pageSection{sec})[0], pages.Clip(title.Text), title.Line, r.sec, r.secLine, rows)
	return true
}

// namesRequestHeader returns the name of the first row of a table that
// names one of read.RequestHeaders, or "".
func namesRequestHeader(tb *pages.Table) string {
	for _, row := range tb.Rows {
		if n := rowName(tb, row); read.IsRequestHeader(n) {
			return n
		}
	}
	return ""
}

// slot is where a field table of section sec goes.
func (op *statusOp) slot(sec pageSection) **pages.Table {
	switch sec {
	case secHeaders:
		return &op.headers
	case secParams:
		return &op.params
	case secQuery:
		return &op.query
	case secPathParams:
		return &op.pathParams
	case secBody:
		return &op.body
	case secResponse:
		return &op.response
	}
	return nil
}

// place files a field table its section does not place in the section
// an overrides entry names, or as the type one names, or else by its
// columns and its place: one with a Mandatory column before the status
// codes is the request's parameters once the headers are read; one after
// them is the response, while the operation has none. One that nothing
// places is a hole naming the sections of the operation still without a
// table, or, when there is none, a hole that a tables: entry naming the
// type it documents fills.
func (r *statusReader) place(op *statusOp, tb *pages.Table, title pages.Block) bool {
	why := "it has no title"
	switch {
	case title.Text != "":
		why = fmt.Sprintf("its title %q at line %d is not one this reader knows", pages.Clip(title.Text), title.Line)
	case op.slot(r.sec) != nil:
		why = fmt.Sprintf("it has no title, and the %s already has its table", r.sec)
	}
	cols := strings.Join(tb.Header, " | ")
	if sec, ok := r.entries[tb.Line]; ok {
		return r.placeAt(op, tb, sec, cols)
	}
	if name, ok := r.named[tb.Line]; ok {
		r.sp.types = append(r.sp.types, &typeTable{name: name, line: tb.Line, table: tb})
		r.sp.placed = append(r.sp.placed, tb.Line)
		return true
	}
	inRequest := !op.answered()
	switch {
	case r.sec == secMethod && op.method != "" && title.Line == op.methodLine && tb.Has(pages.ColRequired) && op.headers == nil && op.params == nil && op.query == nil && op.body == nil && namesRequestHeader(tb) != "":
		op.headers = tb
		r.rep.Warn(pages.At(r.page, tb.Line), "placed the table at line %d (%s) as the request headers by its rows and place: it stands right under the method at line %d with no title of its own, the first table of the request, and its row %q names a header HTTP defines", tb.Line, cols, op.methodLine, namesRequestHeader(tb))
	case inRequest && tb.Has(pages.ColRequired) && op.headers != nil && op.params == nil && op.query == nil && op.body == nil:
		op.params = tb
		r.rep.Warn(pages.At(r.page, tb.Line), "placed the table at line %d (%s) as the request parameters by its columns and place, after the request headers: %s", tb.Line, cols, why)
	case !inRequest && op.response == nil:
		op.response = tb
		r.rep.Warn(pages.At(r.page, tb.Line), "placed the table at line %d (%s) as the response body by its columns and place, after the status codes: %s", tb.Line, cols, why)
	case len(op.open()) == 0:
		r.rep.TableHole(pages.At(r.page, tb.Line), nil, "cannot tell what the table at line %d (%s) documents: %s, and every section of its operation has its table already; it documents no type until one is named", tb.Line, cols, why)
		return false
	default:
		open := op.open()
		if inRequest && op.unplacedRequest == 0 && (slices.Contains(open, secBody) || slices.Contains(open, secParams)) {
			op.unplacedRequest = tb.Line
		}
		r.rep.SectionHole(pages.At(r.page, tb.Line), sectionNames(open), "cannot tell what the table at line %d (%s) documents: %s, and its columns and place fit no section left; its operation stands without it", tb.Line, cols, why)
		return false
	}
	return true
}

// placeAt files a table in the section an overrides entry names, and
// reports whether it could: the section may have its table already.
func (r *statusReader) placeAt(op *statusOp, tb *pages.Table, sec pageSection, cols string) bool {
	if slot := op.slot(sec); *slot != nil {
		r.rep.Fail(pages.At(r.page, tb.Line), "the overrides file places the table at line %d (%s) in the %s, which has its table at line %d already: give the entry the section the table documents", tb.Line, cols, sec, (*slot).Line)
		return false
	}
	*op.slot(sec) = tb
	r.sp.placed = append(r.sp.placed, tb.Line)
	return true
}

// slotSections are the sections of an operation that hold a table of
// fields, which an overrides entry may place a table in.
var slotSections = []pageSection{secHeaders, secParams, secQuery, secBody, secResponse}

// open are the sections of the operation whose table is not read yet: a
// table nothing places may document any of them. The request parameters
// are its query or its body: once they are read, neither is open, nor
// they once either is.
func (op *statusOp) open() []pageSection {
	var out []pageSection
	for _, sec := range slotSections {
		switch {
		case *op.slot(sec) != nil:
		case sec == secParams && (op.query != nil || op.body != nil):
		case (sec == secQuery || sec == secBody) && op.params != nil:
		default:
			out = append(out, sec)
		}
	}
	return out
}

// entrySection reads the section an overrides entry names, as a title
// names it ("request body", "Response Body"); ok is false for a section
// that holds no table of fields.
func entrySection(name string) (pageSection, bool) {
	sec := titleSection(name)
	return sec, slices.Contains(slotSections, sec)
}

// sectionNames are the names of sections, as an overrides entry writes
// them: "request body".
func sectionNames(secs []pageSection) []string {
	out := make([]string, len(secs))
	for i, sec := range secs {
		out[i] = strings.ToLower(strings.TrimSuffix(sec.String(), " section"))
	}
	return out
}

// lastPending is the text line just before a table, which may be its
// title.
func (r *statusReader) lastPending() pages.Block {
	if n := len(r.pending); n > 0 {
		return r.pending[n-1]
	}
	return pages.Block{}
}

// heading takes the type name heading the table that follows, when the
// line just before the table is one (a method such as POST is none: it
// is the Method section's, whose table title was lost), or a sentence
// that names it ("The Player object", read.TitleSentence), with a
// warning; the other pending lines are filed as the section's text. It
// returns the name and the line that writes it.
func (r *statusReader) heading(table int) (string, int) {
	lines := r.pending
	name, line := "", 0
	if n := len(lines); n > 0 {
		if t, ok := typeHeading(lines[n-1].Text); ok {
			name, line, lines = t, lines[n-1].Line, lines[:n-1]
		} else if t, ok := read.TitleSentence(lines[n-1].Text); ok && unicode.IsUpper(rune(t[0])) {
			name, line, lines = t, lines[n-1].Line, lines[:n-1]
			// A sentence under its type's heading repeats it.
			if h, ok := typeHeading(lastText(lines)); ok && h == t {
				lines = lines[:len(lines)-1]
			} else {
				read.WarnTitleSentence(r.rep, pages.At(r.page, r.pending[n-1].Line), r.pending[n-1].Text, t, table)
			}
		}
	}
	r.pending = lines
	switch {
	case name != "" && r.titled:
		// The section's title, then nothing or text, then the heading
		// of a type over its table: the section holds no table of its
		// own, as where a title follows.
		r.warnTableless()
	case name != "":
		r.lostHeadings(true)
	}
	r.endSection()
	return name, line
}

// lastText is the text of the last of lines, "" when there are none.
func lastText(lines []pages.Block) string {
	if len(lines) == 0 {
		return ""
	}
	return lines[len(lines)-1].Text
}

// isTypeName reports whether a text line names a type, as a heading of
// its table does, or a sentence in its place ("The Player object").
func isTypeName(t string) bool {
	_, ok := typeHeading(t)
	name, sentence := read.TitleSentence(t)
	return ok || sentence && unicode.IsUpper(rune(name[0]))
}

// typeHeading is the type a text line names as the heading of its table,
// its gloss in parentheses left out ("Term (약관)" names Term), and
// whether it names one. A method's word names a type only written as
// a type's name is, capitalised ("Post"): in capitals or in lower case
// ("POST", "post") it is a method. A callout's label ("WARNING", "Note")
// names none: the callout is text (pages.IsCalloutLabel).
func typeHeading(t string) (string, bool) {
	name, ok := read.HeadingName(t)
	if !ok || !unicode.IsUpper(rune(name[0])) || noneRe.MatchString(name) || methodRe.MatchString(name) && !isCapitalised(name) || pages.IsCalloutLabel(name) {
		return "", false
	}
	return name, true
}

// isCapitalised reports whether a word is written with a capital and
// then small letters, as a type's name is ("Post").
func isCapitalised(w string) bool {
	return len(w) > 1 && unicode.IsUpper(rune(w[0])) && w[1:] == strings.ToLower(w[1:])
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
	case secParams:
		return "Request Parameters section"
	case secQuery:
		return "Query Parameters section"
	case secCodes:
		return "Response Code section"
	case secResponseHeaders:
		return "Response Headers section (not read)"
	case secPathParams:
		return "Path Parameters section"
	case secResponse:
		return "Response Body section"
	case secExampleRequest, secExampleResponse:
		return "examples"
	}
	return "page's untitled part"
}
