package parser_test

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser"
)

// The damage of a converter that writes nothing for one table (pandoc's
// GFM writes a table whose cell holds a line break as raw HTML, and
// cmark-gfm's plain text drops every HTML block), or a scrape that cut
// it whole: a table of fields, of headers or of an enum's codes goes,
// its header row and its rows, and its title stays, with nothing under
// it up to the next title. The parse must refuse at that title (a hole
// its overrides entry fills), or read what it lost from elsewhere with a
// warning, never read the section as documenting nothing, nor let a
// neighbour's table or an example answer stand in for it. Each table
// whose title is right above it (a request's part, a response's body,
// or a type's or an enum's name as a heading, or as a line of its own
// on a page of text) and another title right after it, one at a time,
// in every style but HTML (whose table's elements would stay).
func init() {
	defects = append(defects, lostTableDefect)
	everyStyle[lostTableDefect.class] = true
}

var lostTableDefect = defect{"field table lost whole, its title kept", func(p *scrapedPage) []int {
	if p.style == "html" {
		return nil
	}
	var out []int
	for _, t := range parser.ListTables(p.name, []byte(strings.Join(p.lines, "\n"))) {
		title := titleAbove(p.lines, t[0]-1)
		if title < 0 || !requestTitleRe.MatchString(p.lines[title]) && !responseTitleRe.MatchString(p.lines[title]) && !listTitle(p, p.lines[title]) {
			continue
		}
		if cut, ok := tableCut(p.name, p.lines, t); ok && titleAfter(p, cut, title) {
			out = append(out, title)
		}
	}
	return out
}, cutTableUnder}

// cutTableUnder cuts from the page's lines the table whose header row
// is the first line of text under the line at index at (its title or
// its endpoint's line), as tableCut does; lines as they are where no
// table stands there or none can be cut.
func cutTableUnder(p *scrapedPage, lines []string, at int) ([]string, int) {
	for _, t := range parser.ListTables(p.name, []byte(strings.Join(lines, "\n"))) {
		if titleAbove(lines, t[0]-1) != at {
			continue
		}
		if cut, ok := tableCut(p.name, lines, t); ok {
			return cut, at
		}
	}
	return lines, at
}

// titleAbove is the index of the line of text right above the line at
// index header, blank lines between them aside; -1 when none is.
func titleAbove(lines []string, header int) int {
	for k := header - 1; k >= 0; k-- {
		if strings.TrimSpace(lines[k]) != "" {
			return k
		}
	}
	return -1
}

// requestTitleRe matches the title of a part of a request, its markup
// around it ("### Request Body", "===Request Headers===", "!! Query
// Parameters", "Request Body  ").
var requestTitleRe = regexp.MustCompile(`^[^\pL]*(?:Request Headers|Request Body|Query Parameters|Request Parameters|요청 헤더|요청 본문)[^\pL]*$`)

// titleAfter reports whether the first line of text after the line at
// index title is a section's title (sectionTitleRe, requestTitleRe,
// "Response Body"'s in any markup, or a type's, listTitle): the section
// under title holds nothing.
func titleAfter(p *scrapedPage, lines []string, title int) bool {
	for _, l := range lines[title+1:] {
		if l = strings.TrimSpace(l); l != "" {
			return requestTitleRe.MatchString(l) || sectionTitleRe.MatchString(l) || responseTitleRe.MatchString(l) || listTitle(p, l)
		}
	}
	return false
}

// listTitle reports whether a line titles a type or an enum: its name
// as a heading of the page's style (typeTitle), or as a line of its own
// ("PlayerAllResponse", "GenericModels.BanItem") that names no table's
// column (a header's cell a line, "Name").
func listTitle(p *scrapedPage, line string) bool {
	if _, ok := typeTitle(p, line); ok {
		return true
	}
	t := strings.TrimSpace(line)
	return typeNameRe.MatchString(t) && !sectionNames[t] && pages.ColumnOf(t) == pages.ColOther
}

// responseTitleRe matches the title of a response's part, its markup
// around it.
var responseTitleRe = regexp.MustCompile(`^[^\pL]*(?:Response Body|Response Status Codes?|응답 본문|응답 상태 코드|200 Ok)[^\pL]*$`)

// tableCut is a page's lines without its table t (the lines of its
// header row, first row and last row): the lines from its header's
// through the fewest lines past its last row's that leave the page,
// read again, with one table of fields fewer, as far as the table's rows
// are apart (rowsCut); ok is false when no such cut does.
func tableCut(name string, lines []string, t [3]int) ([]string, bool) {
	before := len(parser.FieldTables(name, []byte(strings.Join(lines, "\n"))))
	span := t[1] - t[0]
	if t[2] > t[1] {
		span = max(span, t[2]-t[1])
	}
	for k := 1; k <= span+1; k++ {
		end := t[2] - 1 + k
		if end > len(lines) {
			break
		}
		cut := slices.Concat(lines[:t[0]-1], lines[end:])
		if len(parser.FieldTables(name, []byte(strings.Join(cut, "\n")))) == before-1 {
			return cut, true
		}
	}
	return nil, false
}
