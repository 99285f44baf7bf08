package pmwiki

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages in PmWiki's markup.
type Style struct{}

func (Style) String() string                      { return "PmWiki markup" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".pmwiki", ".txt"} }
func (Style) Read(src pages.Source) []pages.Block { return items(src) }

// Markers: every table row of PmWiki starts with a double pipe.
func (Style) Markers() string { return "|" }

// Detect is certain of a page whose lines that start with a pipe are
// all PmWiki's table lines, rows that start and end with a double pipe
// ("||a ||b ||", two of them at least on lines one after the other) or
// a table's attributes line ("||", "||border=1"), and that bears a mark
// of PmWiki beside them: a header cell ("||!Code ||"), a table opened by
// its attributes line, a heading of exclamation marks ("!! Title"), a
// monospace span ("@@x@@") or a line break in a cell ("[[<<]]").
// MoinMoin writes none of those marks (its headings are framed by equal
// signs); Confluence's wiki markup parts the cells of its other rows
// than the header with single pipes, DokuWiki starts its rows with "^"
// or "|" and parts cells with single ones, MediaWiki starts its table
// lines with "{|", "|-" or "| ".
func (Style) Detect(lines []string) int {
	rows, consecutive, marks := 0, false, 0
	prevRow, prevAttrs := false, false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		row, attrs := false, false
		switch {
		case isAttributes(t):
			attrs = true
		case isRow(t):
			row = true
			rows++
			consecutive = consecutive || prevRow
			if prevAttrs || strings.HasPrefix(t, "||!") || strings.Contains(t, "[[<<]]") {
				marks++
			}
		case strings.HasPrefix(t, "|"):
			return 0
		case headingLevel(t) > 0 && strings.HasPrefix(strings.TrimLeft(t, "!"), " ") && !strings.HasSuffix(t, "!"):
			marks++
		case strings.Count(t, "@@") >= 2:
			marks++
		}
		prevRow, prevAttrs = row, attrs
	}
	if rows < 2 || !consecutive || marks == 0 {
		return 0
	}
	return pages.Certain
}

// HeadingAt reports whether page line n is a heading, "!! Title"
// (pages.Headed).
func (Style) HeadingAt(page []string, n int) bool {
	return n >= 1 && n <= len(page) && headingLevel(strings.TrimSpace(page[n-1])) > 0
}
