package textile

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages in Textile.
type Style struct{}

func (Style) String() string                      { return "Textile" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".textile", ".txt"} }
func (Style) Read(src pages.Source) []pages.Block { return read(src) }

// Markers: every table row of Textile holds a pipe, and an HTML table
// a "<".
func (Style) Markers() string { return "|<" }

// Detect is certain of a page with a table row whose cell bears a
// modifier no other style writes: a header cell's "_. ", a span ("\2. ",
// "/3. "), an alignment ("=. ", "<. ", ">. ", "^. "); or of a page with a
// table row, a heading "h2. " and a mark of Textile that Confluence's
// wiki markup, whose headings and rows are Textile's too, does not
// write: a block's signature (bc., pre., notextile., p., ###., table.,
// fn1.), one of Redmine's macros alone on a line ({{toc}}), a <pre>
// block, a link "text":http…, a cell in no-textile marks
// ("==string[]=="). A plain pipe table is not Textile, and a
// Markdown ruler (|---|) makes the page another style's. An HTML table
// on lines of its own counts as a table row does: pandoc -t textile
// writes so a table whose cells Textile's rows cannot hold, and the
// page's HTML tables are read as HTML (pages.Read).
func (Style) Detect(lines []string) int {
	rows, html, cellMarks, headings, marks := 0, 0, 0, 0, 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case pages.StartsHTMLTable(t):
			html++
		case isRow(t):
			if pages.IsPipeRuler(t) {
				return 0
			}
			rows++
			switch {
			case markedCell(t):
				cellMarks++
			case strings.Contains(t, "==") && noTextileRe.MatchString(t):
				marks++
			}
		case t[0] == 'h' && headingAt(t):
			headings++
		case weakMark(t):
			marks++
		}
	}
	if rows+html == 0 || cellMarks == 0 && (headings == 0 || marks == 0) {
		return 0
	}
	return pages.Certain
}

// markModRe matches the modifiers of a cell that only Textile writes:
// a header cell's "_", a span, an alignment, each maybe among others,
// then a dot and a space.
var markModRe = regexp.MustCompile(`^(?:_|(?:\([\w\s#-]*\)|\{[^{}]*\}|\[[A-Za-z-]{2,}\])*(?:[\\/]\d{1,3}|<>|[<>=^~]))(?:[\\/]\d{1,3}|\([\w\s#-]*\)|\{[^{}]*\}|\[[A-Za-z-]{2,}\]|<>|[<>=^~-])*\.(?:[ \t]|$)`)

// markedCell reports whether a row (t, trimmed) has a cell whose
// modifiers only Textile writes (markModRe). It looks at the start of
// each cell, and tries the pattern only where a modifier's byte begins
// one: it runs on every row of every page whose style no earlier one is
// certain of.
func markedCell(t string) bool {
	for k := 0; k < len(t); k++ {
		if t[k] != '|' {
			continue
		}
		c := k + 1
		for c < len(t) && (t[c] == ' ' || t[c] == '\t') {
			c++
		}
		if c < len(t) && strings.IndexByte(`_\/<>=^~({[`, t[c]) >= 0 && markModRe.MatchString(t[c:]) {
			return true
		}
	}
	return false
}

// noTextileRe matches a cell's text in no-textile marks, "==string[]==",
// as a Redmine page writes an array type so that its brackets are no
// link.
var noTextileRe = regexp.MustCompile(`(?:^|[\s|])==[^=\s|](?:[^=|]*[^=\s|])?==(?:[\s|]|$)`)

// weakMarkRe matches a line that starts with a mark of Textile that
// Confluence's wiki markup does not write: a block's signature other
// than a heading's or a quote's, a line of Redmine's macros, a <pre>
// block; linkMarkRe a link "text":http….
var (
	weakMarkRe = regexp.MustCompile(`^(?:(?:bc|pre|notextile|p|fn\d{1,3}|###|table)` + attrs + `\.\.?(?:[ \t]|$)|\{\{[<>=]?(?:toc|child_pages|collapse)\b|(?i:<pre)[\s>])`)
	linkMarkRe = regexp.MustCompile(`"[^"]+":https?://`)
)

// weakMark reports whether a trimmed line bears a mark of weakMarkRe or
// linkMarkRe.
func weakMark(t string) bool {
	switch t[0] {
	case 'b', 'p', 'n', 'f', '#', 't', '{', '<':
		if weakMarkRe.MatchString(t) {
			return true
		}
	}
	return strings.Contains(t, `":http`) && linkMarkRe.MatchString(t)
}

// CellPipe is how a pipe is written in a cell's text, which parts no
// cell (pages.PipeRows).
func (Style) CellPipe() string { return cellPipe }

// HeadingAt reports whether page line n is a heading, "h2. Title",
// "h4(#id). Title" (pages.Headed).
func (Style) HeadingAt(page []string, n int) bool {
	return n >= 1 && n <= len(page) && headingAt(strings.TrimSpace(page[n-1]))
}
