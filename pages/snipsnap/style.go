package snipsnap

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages in SnipSnap's wiki markup.
type Style struct{}

func (Style) String() string                      { return "SnipSnap wiki markup" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".snip", ".txt"} }
func (Style) Read(src pages.Source) []pages.Block { return items(src) }

// Markers: every table of SnipSnap opens with "{table}".
func (Style) Markers() string { return "{" }

// Detect is certain of a page that holds a table of SnipSnap: a line
// "{table}", rows that each hold a pipe, two at least, and a line
// "{table}" that closes them. No other style writes a table so: the
// pipes of Markdown, Confluence's and DokuWiki's wiki markup stand at
// the ends of their rows, and no line "{table}" opens them.
func (Style) Detect(lines []string) int {
	open, rows := false, 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == tableMark && open && rows >= 2:
			return pages.Certain
		case t == tableMark && open:
			open = false
		case t == tableMark:
			open, rows = true, 0
		case open && strings.Contains(t, "|"):
			rows++
		case open:
			open = false
		}
	}
	return 0
}

// HeadingAt reports whether page line n is a heading, "1.1 Title"
// (pages.Headed).
func (Style) HeadingAt(page []string, n int) bool {
	if n < 1 || n > len(page) {
		return false
	}
	_, ok := heading(strings.TrimSpace(page[n-1]))
	return ok
}
