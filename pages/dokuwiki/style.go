package dokuwiki

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages in DokuWiki's markup.
type Style struct{}

func (Style) String() string                      { return "DokuWiki markup" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".txt"} }
func (Style) Read(src pages.Source) []pages.Block { return items(src) }

// Markers: every table row of DokuWiki starts with a caret or a pipe.
func (Style) Markers() string { return "^|" }

// Detect is certain of a page with a table row (a line that starts with
// "^" or "|") and a mark no other style writes: a header row of carets
// ("^ Name ^ Type ^") or a heading framed by equal signs on both sides
// ("==== Method ===="). A Markdown ruler (|---|) or an AsciiDoc table
// delimiter (|===) makes the page another style's. A line of carets
// alone ("^^^^") is no header row: its cells name nothing, and it is
// the underline of a reStructuredText section title.
func (Style) Detect(lines []string) int {
	rows, marks := 0, 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case pages.IsPipeRuler(t) || strings.HasPrefix(t, "|==="):
			return 0
		case strings.HasPrefix(t, "^"):
			if r, ok := splitRow(t); ok && len(r) >= 2 && allHeader(r) && namesSome(r) {
				rows++
				marks++
			}
		case strings.HasPrefix(t, "|"):
			if _, ok := splitRow(t); ok {
				rows++
			}
		case headingLevel(t) > 0:
			marks++
		}
	}
	if rows == 0 || marks == 0 {
		return 0
	}
	return pages.Certain
}

// namesSome reports whether a cell of a row holds text.
func namesSome(cells []cell) bool {
	for _, c := range cells {
		if strings.TrimSpace(c.text) != "" {
			return true
		}
	}
	return false
}

// CellPipe is how a pipe is written in a cell's text, which parts no
// cell (pages.PipeRows).
func (Style) CellPipe() string { return `%%|%%` }

// HeadingAt reports whether page line n is a heading, "==== Title ===="
// (pages.Headed).
func (Style) HeadingAt(page []string, n int) bool {
	return n >= 1 && n <= len(page) && headingLevel(strings.TrimSpace(page[n-1])) > 0
}
