package pages

import "slices"

// StrayRow warns of line i, which a style reads as text, when its cells
// (split as a row of the style splits) are as many as those of last, the
// last table the style read before it, or of one of its rows, three at
// least: it is a row of
// that table, or of one like it, that no header stands over (a line of
// text cut the table, and the row is not one the style reads as its
// rest), and what it documents is left out of the schema, but not
// without a word. sep names the separator its cells were split at.
func StrayRow(src Source, i int, last *Table, cells []string, sep string) {
	if last == nil {
		return
	}
	width := len(last.Header)
	if last.Header == nil && len(last.Rows) > 0 {
		width = len(last.Rows[0].Cells)
	}
	// A row of the table may have a cell fewer than its header, its
	// first under the row before it (a status cell merged over rows),
	// in a table of four columns or more, or as one of its rows has.
	rowWide := slices.ContainsFunc(last.Rows, func(r *Row) bool { return len(r.Cells) == len(cells) })
	merged := width >= 4 && len(cells) == width-1
	if width < 3 || len(cells) < 3 || len(cells) != width && !rowWide && !merged {
		return
	}
	src.Report.Warn(At(src.Name, i+1), "line %d splits at %ss into %d cells, as a row of the table at line %d does, but no header row stands over it: read as text, and what it documents is left out of the schema; if it is a row of that table, move it under the table's rows", i+1, sep, len(cells), last.Line)
}
