package flattened

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A header whose cells run together may stand over rows written one cell
// a line, no blank line between them, as node-html-parser's
// structuredText writes a table: pages.LineForms.Blocks reads them
// before this style's tables (pages.CellLineHeaders), as pages.Read does
// for every style. Here the line right under such a header may as well
// be the first row of its cells run together; it is read one cell a
// line only where it is a row's first cell alone (cellAlone).

// cellAlone is this style's guard of the line under a header whose
// cells run together (pages.LoneCell): under a header of codes, a status
// code alone; under one of fields or an enum's, a row's first cell alone
// (fieldCellAlone).
func cellAlone(names *vocabulary) pages.LoneCell {
	return func(head []string, codes int, line string) bool {
		if codes > 0 {
			return pages.IsLoneStatusCode(line)
		}
		cols, _ := pages.ColumnsOf(head)
		return fieldCellAlone(names, cols)(line)
	}
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
