// Package drawn reads pages whose tables are drawn with characters: the
// grid tables of reStructuredText (+----+ borders, | cell walls, +====+
// under the header), its simple tables (===  === rules over and under
// the header), the tables a text browser dumps with their borders
// (w3m, links: ┌─┬─┐ │ ├─┼─┤ └─┴─┘, or +-+|), the grids a converter draws
// without an outer border (Rust's html2text: ───┬─── │ ───┼─── ───┴───,
// or ---+--- |: open.go), the ASCII tables of a
// database console (MySQL), the grids of a page pandoc writes in Haddock
// markup (with its headings, code spans, links and bird tracks: haddock.go),
// and the tables pandoc draws with rules of
// dashes in plain text and Markdown (dashed.go), which TableAt reads for
// the other styles of text. Columns come from the borders and rules,
// never from the text in them.
package drawn

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages whose tables are drawn with characters.
type Style struct{}

func (Style) String() string                      { return "tables drawn with characters" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".txt", ".rst", ".haddock"} }
func (Style) Read(src pages.Source) []pages.Block { return drawnItems(src) }

// Detect counts the drawn tables (Tables), twice, above the rate of
// aligned columns (a drawn table's header is aligned too) and of the
// rulers of a page with fewer tables of pipes, and the marks of
// reStructuredText a page with drawn tables bears (rstMarks): the walls
// of a grid's rows are pipes, and a simple table's columns are aligned,
// but only reStructuredText writes its markup.
func (Style) Detect(lines []string) int {
	n := Tables(lines)
	if n == 0 {
		return 0
	}
	return 2 + 2*n + rstMarks(lines)
}

// Tables counts the drawn tables outside fenced code blocks (a line of
// tildes that underlines a title, reStructuredText's, fences no code)
// whose header
// names two columns at least (a refused grid's, one a wrap cut, by the
// text between its walls above its second rule). A drawing that names no
// columns (a diagram) counts for nothing.
func Tables(lines []string) int {
	n := 0
	code := false
	ruled := boxRuled(lines)
	for i := 0; i < len(lines); i++ {
		if pages.IsFence(strings.TrimSpace(lines[i])) && !underlines(lines, i) {
			code = !code
		}
		if code || !mayStart(lines, i, ruled) {
			continue
		}
		d, ok := tableAt(lines, i, ruled)
		if !ok {
			continue
		}
		named := 0
		for _, c := range d.header() {
			if pages.IsHeaderCell(pages.CellText(c)) {
				named++
			}
		}
		if named < 2 && len(d.refused) > 0 {
			named = namedAtTop(lines, i)
		}
		if named >= 2 {
			n++
		}
		i = d.end - 1
	}
	return n
}

// namedAtTop counts the pieces between walls of the lines of a grid whose
// top rule is line i, up to its next rule, that name a column: the
// header of a grid whose rows a wrap cut, which its walls no longer hold.
func namedAtTop(lines []string, i int) int {
	n := 0
	for j := i + 1; j < len(lines) && j < i+maxHeaderLines; j++ {
		if _, ok := gridRule(lines[j]); ok {
			break
		}
		for _, c := range strings.FieldsFunc(lines[j], func(r rune) bool { return strings.ContainsRune(walls, r) }) {
			if pages.IsHeaderCell(pages.CellText(strings.TrimSpace(c))) {
				n++
			}
		}
	}
	return n
}

// maxHeaderLines bounds the lines of a grid's header that namedAtTop
// reads.
const maxHeaderLines = 8

// HeadingAt reports whether page line n is a heading: marked as
// Markdown marks one (pages.MarkdownHeadingAt), as Haddock does ("==
// Title"), or underlined on the line after it with a line of any
// punctuation, as reStructuredText writes one (pages.Headed).
func (Style) HeadingAt(page []string, n int) bool {
	if n < 1 || n > len(page) {
		return false
	}
	return pages.MarkdownHeadingAt(page, n) || haddockHeadingRe.MatchString(page[n-1]) || n < len(page) && underlines(page, n)
}
