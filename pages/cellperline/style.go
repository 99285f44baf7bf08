package cellperline

import (
	"sync"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages copied from a wiki table one cell per line, a blank
// line between cells.
type Style struct{}

func (Style) String() string                      { return "one cell per line" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".txt"} }
func (Style) Read(src pages.Source) []pages.Block { return cellItems(src) }

// PrintsCellPerLine marks the style as the one of a page printed one cell
// per line, whose tables it reads itself.
func (Style) PrintsCellPerLine() {}

// Detect counts the header runs, with blank lines between their cells or
// without, or the header rows of a scraper's text of the page (soup.go),
// whichever are more, above a flattened page's rate and tied with as many
// rulers, which win the tie.
func (Style) Detect(lines []string) int {
	d := detectings.Get().(*detecting)
	defer detectings.Put(d)
	ts := cleanLines(lines)
	d.groups, d.lines = appendGroups(d.groups, d.lines, ts)
	gs := d.groups
	d.widths = appendHeaderWidths(d.widths, ts, gs)
	hw := d.widths
	n := 0
	for g := 0; g < len(gs); g++ {
		if w := hw[g]; w > 0 {
			n++
			g += w - 1
			continue
		}
		n += denseHeaders(ts, gs[g].lines)
	}
	d.entries = appendEntries(d.entries, ts)
	n = max(n, soupHeaders(ts, d.entries))
	if n == 0 {
		return 0
	}
	return 2 + n
}

// detecting holds the buffers Detect cuts a page into (its groups of
// lines, their lines, its header widths and its entries), reused from
// page to page: the style rates every page of a parse, which would
// allocate them anew for each.
type detecting struct {
	groups  []group
	lines   []int
	widths  []int
	entries []entry
}

// detectings are the buffers of the Detect calls not running.
var detectings = sync.Pool{New: func() any { return new(detecting) }}
