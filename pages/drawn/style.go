// Package drawn reads pages whose tables are drawn with characters: the
// grid tables of reStructuredText (+----+ borders, | cell walls, +====+
// under the header), its simple tables (===  === rules over and under
// the header), the tables a text browser dumps with their borders
// (w3m, links: ┌─┬─┐ │ ├─┼─┤ └─┴─┘, or +-+|) and the ASCII tables of
// a database console (MySQL). Columns come from the borders and rules,
// never from the text in them.
package drawn

import "github.com/docs2go/docs2go/pages"

// Style reads pages whose tables are drawn with characters.
type Style struct{}

func (Style) String() string                      { return "tables drawn with characters" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".txt", ".rst"} }
func (Style) Read(src pages.Source) []pages.Block { return drawnItems(src) }

// Detect counts the drawn tables whose header names two columns at
// least, above the rate of aligned columns: a drawn table's text is
// aligned too. A drawing that names no columns (a diagram) counts for
// nothing.
func (Style) Detect(lines []string) int {
	n := 0
	for i := 0; i < len(lines); i++ {
		if !mayStart(lines[i]) {
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
	return 1000 + n
}
