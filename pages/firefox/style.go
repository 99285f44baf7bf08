// Package firefox reads a page as Firefox saves it as text ("Save Page
// As…", "Text Files"): the page through Gecko's plain-text serializer,
// which sets a table's cells apart by a space and a TAB, writes <code> between
// vertical bars, follows each link with its address in angle brackets
// (a heading's permalink too, after the zero-width space a docs site
// leaves there), indents headings by their level and wraps lines at 80
// columns, inside rows and addresses alike. Its lines are read back into
// the rows of TABs the pipe-separated style reads (pipes).
package firefox

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/pipes"
)

// Style reads pages Firefox saved as text.
type Style struct{}

func (Style) String() string       { return "Firefox's text (Save Page As, Text Files)" }
func (Style) NeedsLexicon() bool   { return false }
func (Style) Extensions() []string { return []string{".txt"} }

// Markers: its rows' cells are cut by TABs.
func (Style) Markers() string { return "\t" }

// Read reads the page's lines as the serializer wrote them back into rows
// and titles (unserialized), then as pipe- or tab-separated text.
func (Style) Read(src pages.Source) []pages.Block {
	src.Lines, src.At = unserialized(src.Lines)
	return pages.ReadLocated(src, pipes.Style{}.Read)
}

// minMarks is how many rows of cells set apart by a space and a TAB, and
// how many links followed by their addresses or cells of <code> between
// bars, a page must hold to be Firefox's text.
const minMarks = 2

// Detect rates a page by the serializer's marks: rows whose cells end in
// a space before their TAB (a cell's text before it: a line indented
// with spaces and a TAB, as an editor re-indents code, is no row), and links followed by their addresses in
// angle brackets or cells of <code> between bars ("|gemId| \t"); it is
// certain of a page that holds both, which no other style writes.
func (Style) Detect(lines []string) int {
	rows, marks := 0, 0
	for _, l := range lines {
		if k := strings.Index(l, " \t"); k >= 0 && strings.TrimSpace(l[:k]) != "" {
			rows++
			if strings.IndexByte(l, '|') >= 0 && codeCellRe.MatchString(l) {
				marks++
			}
		}
		if strings.IndexByte(l, '<') >= 0 && (addressRe.MatchString(l) || openAddress(l) >= 0) {
			marks++
		}
		if rows >= minMarks && marks >= minMarks {
			return pages.Certain
		}
	}
	return 0
}
