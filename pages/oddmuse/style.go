package oddmuse

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/moin"
)

// Style reads pages in Oddmuse's wiki markup.
type Style struct{}

func (Style) String() string                      { return "Oddmuse wiki markup" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".oddmuse", ".wiki", ".txt"} }
func (Style) Read(src pages.Source) []pages.Block { return items(src) }

// Markers: every table row of Oddmuse starts with a double pipe.
func (Style) Markers() string { return "|" }

// Detect is certain of a page whose lines that start with a pipe are
// all table rows that start and end with a double pipe ("||a ||b ||"),
// two of them at least on lines one after the other, beside a heading
// framed by as many equal signs on both sides with no space inside them
// ("==Title==", as html2wiki writes one). MoinMoin, whose tables are the
// same, frames its headings with spaces ("== Title ==", and comes first);
// Confluence's wiki markup writes only its header rows with double
// pipes, and headings "h2. Title"; MediaWiki, which writes "==Title==",
// starts its table lines with "{|", "|-" or "| ", and DokuWiki its rows
// with "^" or "|" and single pipes.
func (Style) Detect(lines []string) int {
	rows, consecutive, marks := 0, false, 0
	prevRow := false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		row := strings.HasPrefix(t, "|")
		switch {
		case row && !moin.IsRow(t):
			return 0
		case row:
			rows++
			consecutive = consecutive || prevRow
		case headingLevel(t) > 0 && !strings.HasPrefix(strings.TrimLeft(t, "="), " "):
			marks++
		}
		prevRow = row
	}
	if rows < 2 || !consecutive || marks == 0 {
		return 0
	}
	return pages.Certain
}

// HeadingAt reports whether page line n is a heading, "==Title=="
// (pages.Headed).
func (Style) HeadingAt(page []string, n int) bool {
	return n >= 1 && n <= len(page) && headingLevel(strings.TrimSpace(page[n-1])) > 0
}
