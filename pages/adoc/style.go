package adoc

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages in AsciiDoc.
type Style struct{}

func (Style) String() string       { return "AsciiDoc" }
func (Style) NeedsLexicon() bool   { return false }
func (Style) Extensions() []string { return []string{".adoc", ".txt"} }
func (Style) Read(src pages.Source) []pages.Block {
	return read(src)
}

// DelimitsTables marks the style as one whose tables stand between
// delimiter lines ("|==="), where a blank line is the table's own: the
// end of an implicit header row.
func (Style) DelimitsTables() {}

// Detect is certain of a page with a table between two delimiter lines
// ("|===", or ",===" and ":===" of a table of comma- or
// colon-separated values), a mark no other style writes.
func (Style) Detect(lines []string) int {
	n := 0
	for _, l := range lines {
		if isTableDelim(strings.TrimSpace(l)) {
			n++
		}
	}
	if n < 2 {
		return 0
	}
	return pages.Certain
}

// isTableDelim reports whether a line is the delimiter line of a table,
// "|===", ",===", ":===": a pipe, a comma or a colon, then three equal
// signs or more, and nothing else. It runs on every line of every page
// whose style no earlier one is certain of.
func isTableDelim(l string) bool {
	if len(l) < 4 || strings.IndexByte("|,:", l[0]) < 0 {
		return false
	}
	for i := 1; i < len(l); i++ {
		if l[i] != '=' {
			return false
		}
	}
	return true
}

// HeadingAt reports whether page line n is a heading, "== Title", a
// block title, ".Request Body", or a two-line title, its underline on
// the line after it (pages.Headed).
func (Style) HeadingAt(page []string, n int) bool {
	if n < 1 || n > len(page) {
		return false
	}
	t := strings.TrimSpace(page[n-1])
	return headingRe.MatchString(t) || blockTitleRe.MatchString(t) || underlines(page, n-1)
}
