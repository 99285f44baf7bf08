package xwiki

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages in XWiki's syntax 2.x.
type Style struct{}

func (Style) String() string                      { return "XWiki" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".xwiki", ".txt"} }
func (Style) Read(src pages.Source) []pages.Block { return read(src) }

// Detect is certain of a page with a mark no other style writes: a row
// of header cells opening with "|=" (" |= Name |= Type", or the empty
// cells pandoc writes where a wiki kept its header in the table's body,
// "|= |= |="), a macro XWiki's syntax closes in braces ("{{/code}}",
// "{{id name=\"x\" /}}") or a group of a cell's blocks ("(((" … ")))"),
// along with an XWiki heading ("== Title ==") or link ("[[a>>b]]").
func (Style) Detect(lines []string) int {
	marks := 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case strings.HasPrefix(t, "|="):
			marks++
		case strings.Contains(t, "{{/code}}") || strings.Contains(t, "{{id name=") || strings.HasPrefix(t, "|(((") || t == ")))":
			marks++
		}
	}
	if marks == 0 {
		return 0
	}
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if headingRe.MatchString(stripped(t)) || strings.Contains(t, ">>") && strings.Contains(t, "[[") {
			return pages.Certain
		}
	}
	return 0
}

// CellPipe is how a pipe is written in a cell's text, which parts no
// cell (pages.PipeRows).
func (Style) CellPipe() string { return `~|` }

// HeadingAt reports whether page line n is a heading, "== Title =="
// (pages.Headed).
func (Style) HeadingAt(page []string, n int) bool {
	if n < 1 || n > len(page) {
		return false
	}
	_, ok := heading(strings.TrimSpace(page[n-1]))
	return ok
}
