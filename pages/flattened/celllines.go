package flattened

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A header whose cells run together may stand over rows written one cell
// a line, no blank line between them, as node-html-parser's
// structuredText writes a table: pages.HeaderCellLines reads them, for
// every style. Here the line right under such a header may as well be
// the first row of its cells run together; it is read one cell a line
// only where it is a row's first cell alone (cellLines).

// cellLines reads, with pages.HeaderCellLines, the rows under the header
// run together at line i where the line right under it is a row's first
// cell alone (lone), at the lines of this style's reading; nil and i+1
// where it is not, or the rows read so fit none.
func cellLines(src pages.Source, i int, lone func(string) bool) (*pages.Table, int) {
	if i+1 >= len(src.Lines) || !lone(strings.TrimSpace(src.Lines[i+1])) {
		return nil, i + 1
	}
	local := src
	local.At = nil
	return pages.HeaderCellLines(local, i)
}

// fieldCellAlone reports, of the line right under a header of fields or
// an enum's run together, cols its columns, whether it is a row's first
// cell alone: it splits as no row (splitFlat), or as one with an empty
// description, a name alone.
func fieldCellAlone(names *vocabulary, cols []pages.Column) func(string) bool {
	kind := pages.RunKind(cols)
	return func(r string) bool {
		cells := splitFlat(r, kind, cols, names)
		return r != "" && !strings.Contains(r, "  ") && (cells == nil || strings.TrimSpace(cells[len(cells)-1]) == "")
	}
}
