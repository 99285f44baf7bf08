package pages

// StrayRow warns of line i, which a style reads as text, when its cells
// (split as a row of the style splits) are as many as those of last, the
// last table the style read before it, three at least: it is a row of
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
	if width < 3 || len(cells) != width {
		return
	}
	src.Report.Warn(At(src.Name, i+1), "line %d splits at %ss into the %d cells of the table at line %d, as a row of it does, but no header row stands over it: read as text, and what it documents is left out of the schema; if it is a row of that table, move it under the table's rows", i+1, sep, width, last.Line)
}
