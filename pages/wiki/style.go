package wiki

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages in Confluence's wiki markup.
type Style struct{}

func (Style) String() string                      { return "Confluence wiki markup" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".txt"} }
func (Style) Read(src pages.Source) []pages.Block { return wikiItems(src) }

// Markers: every table row of wiki markup starts with a pipe.
func (Style) Markers() string { return "|" }

// Detect is certain of a page with a table (a line that starts with a
// pipe) and a mark no other style writes: a header row of double pipes
// ("||Name||Type||") or a heading "h3. ". A Markdown ruler (|---|) makes
// the page another style's.
func (Style) Detect(lines []string) int {
	rows, marks := 0, 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case pages.IsPipeRuler(t):
			return 0
		case strings.HasPrefix(t, "|"):
			rows++
			if strings.HasPrefix(t, "||") && splitRow(t).header() && len(splitRow(t).cells) >= 2 {
				marks++
			}
		case strings.HasPrefix(t, "h") && headingRe.MatchString(t):
			marks++
		}
	}
	if rows == 0 || marks == 0 {
		return 0
	}
	return pages.Certain
}

// CellPipe is how a pipe is written in a cell's text, which parts no
// cell (pages.PipeRows).
func (Style) CellPipe() string { return `\|` }

// HeadingAt reports whether page line n is a heading, "h2. Title"
// (pages.Headed).
func (Style) HeadingAt(page []string, n int) bool {
	return n >= 1 && n <= len(page) && headingRe.MatchString(strings.TrimSpace(page[n-1]))
}
