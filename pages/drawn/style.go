// Package drawn reads pages whose tables are drawn with characters: the
// grid tables of reStructuredText (+----+ borders, | cell walls, +====+
// under the header), its simple tables (===  === rules over and under
// the header), the tables a text browser dumps with their borders
// (w3m, links: ┌─┬─┐ │ ├─┼─┤ └─┴─┘, or +-+|) and the ASCII tables of
// a database console (MySQL). Columns come from the borders and rules,
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
func (Style) Extensions() []string                { return []string{".txt", ".rst"} }
func (Style) Read(src pages.Source) []pages.Block { return drawnItems(src) }

// Detect counts the drawn tables outside fenced code blocks whose header
// names two columns at least, twice, above the rate of aligned columns
// (a drawn table's header is aligned too) and of the rulers of a page
// with fewer tables of pipes. A drawing that names no columns (a
// diagram) counts for nothing.
func (Style) Detect(lines []string) int {
	n := 0
	code := false
	for i := 0; i < len(lines); i++ {
		if pages.IsFence(strings.TrimSpace(lines[i])) {
			code = !code
		}
		if code || !mayStart(lines[i]) {
			continue
		}
		d, ok := tableAt(lines, i)
		if !ok {
			continue
		}
		named := 0
		for _, c := range d.header() {
			if pages.IsHeaderCell(pages.CellText(c)) {
				named++
			}
		}
		if named >= 2 {
			n++
		}
		i = d.end - 1
	}
	if n == 0 {
		return 0
	}
	return 2 + 2*n
}
