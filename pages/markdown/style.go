package markdown

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/drawn"
)

// Style reads Markdown pages: | cell | cell | rows under a
// |---| ruler.
type Style struct{}

func (Style) String() string       { return "Markdown" }
func (Style) NeedsLexicon() bool   { return false }
func (Style) Extensions() []string { return []string{".md"} }

// Read reads a page, an outliner's blocks nested in list items and its
// property lines read first (pages.ReadOutlined), each line at its page line.
func (Style) Read(src pages.Source) []pages.Block {
	return pages.ReadOutlined(src, markdownItems)
}

// NeedsLexiconFor tells that a page that holds a table html2markdown
// wrote as text (TextHeader) is read with the pages' lexicon: its rows'
// cells may run together, split as flattened text's are.
func (Style) NeedsLexiconFor(lines []string) bool {
	for _, l := range lines {
		if TextHeader(strings.TrimSpace(l)) != nil {
			return true
		}
	}
	return false
}

// DecodesReferences tells that a Markdown page's character references
// are decoded as it is read: those a scrape left in its text before its
// lines are read, and those of its HTML blocks by the HTML reading, as
// HTML decodes them ("&lt;" in a cell of an HTML table is no tag).
func (Style) DecodesReferences() {}

// Detect counts the Markdown rulers, |---|---|, above the run-together
// headers of flattened pages, a ruler a converter glued a table's
// <colgroup> to too (tableTagsStripped). A page without one that bears Markdown's
// own marks, a heading or a code fence, and holds an HTML table on lines
// of its own (a clip whose every table a converter kept as HTML) rates
// 2: above the HTML style's rate of a text page with HTML tables, which
// would read its lines as one paragraph. A page with a heading or a
// fence of backticks (reStructuredText underlines a title with "~~~",
// which fences code in Markdown) and tables drawn with characters (pandoc -t markdown draws its tables
// with dashes, or as grids) rates above the style of drawn tables,
// which would read its markup as text. A page with a heading and no
// table but one a converter without tables printed on one line, its
// cells run together (pages.HoldsRunTogetherTable), rates 1: Read reads
// such a table in every style.
func (Style) Detect(lines []string) int {
	rulers := pages.Rulers(tableTagsStripped(lines), true)
	marked, tables, own := false, false, false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		atx := strings.HasPrefix(t, "#") && atxRe.MatchString(t)
		marked = marked || atx || pages.IsFence(t)
		own = own || atx || strings.HasPrefix(t, "```") && pages.IsFence(t)
		tables = tables || pages.StartsHTMLTable(t)
	}
	if own {
		if n := drawn.Tables(lines); n > 0 {
			return rulers + 3 + 2*n
		}
	}
	switch {
	case rulers > 0:
		return rulers
	case marked && tables:
		return 2
	case own && pages.HoldsRunTogetherTable(lines):
		return 1
	}
	return 0
}

// CellPipe is how a pipe is written in a cell's text, which parts no
// cell (pages.PipeRows).
func (Style) CellPipe() string { return `\|` }
