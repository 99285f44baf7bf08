package zim

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages in Zim's wiki markup.
type Style struct{}

func (Style) String() string                      { return "Zim wiki" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".zim", ".txt"} }
func (Style) Read(src pages.Source) []pages.Block { return read(src) }

// Detect is certain of a page with a heading framed by equal signs
// ("==== Method ====") and a mark of Zim's: a code block's opening line
// ("{{{code: lang=\"http\"") or a ruler of pipes under a table's header
// ("|----|----|"), which DokuWiki does not write.
func (Style) Detect(lines []string) int {
	headings, marks := 0, 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case strings.HasPrefix(t, "{{{code:") || pages.IsPipeRuler(t) && strings.HasPrefix(t, "|-"):
			marks++
		default:
			if _, ok := heading(t); ok {
				headings++
			}
		}
	}
	if headings == 0 || marks == 0 {
		return 0
	}
	return pages.Certain
}

// CellPipe is how a pipe is written in a cell's text, which parts no
// cell (pages.PipeRows).
func (Style) CellPipe() string { return `\|` }

// HeadingAt reports whether page line n is a heading, "==== Title ===="
// (pages.Headed).
func (Style) HeadingAt(page []string, n int) bool {
	if n < 1 || n > len(page) {
		return false
	}
	_, ok := heading(strings.TrimSpace(page[n-1]))
	return ok
}
