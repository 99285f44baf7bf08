package pages

// ColumnSpanNote is the form of the warning at a row of one cell that
// spans a table's columns amid its rows (TakeNotes), by the markup that
// spans them (attr: HTML's colspan, DocBook's namest/nameend, …).
func ColumnSpanNote(attr string) string {
	return "one cell that spans its columns (" + attr + "), a label or a note over the rows below it"
}

// ColumnSpanRow tells a table's row whose cells span several columns
// (attr names the markup: HTML's colspan, DocBook's namest/nameend or
// spanname, TEI's cols, ICML's ColumnSpan); spans are the columns each
// cell spans (0 or 1 for one). A row of one cell that spans columns is
// a label or a note, no field (note). A row of several cells one of
// which spans columns sets one text over columns whose values it does not
// tell apart (a Type and a Required merged): which is whose cannot be
// told, and the row is refused with an error at its line (ok false).
func ColumnSpanRow(src Source, line, tableLine int, cells []string, spans []int, attr string) (note, ok bool) {
	spanning := -1
	for i, n := range spans {
		if n > 1 && i < len(cells) {
			spanning = i
			break
		}
	}
	switch {
	case spanning < 0:
		return false, true
	case len(cells) == 1:
		return true, true
	}
	src.Report.Fail(At(src.Name, line), "line %d of the table at line %d holds a cell that spans %d columns (%s, %q) beside %d other cells: which of the columns it covers holds which value cannot be told; write the row with one cell a column, or set the fields of the row with fixes {object: TYPE or operation: OPERATION, field: NAME, type: TYPE} in the overrides", line, tableLine, spans[spanning], attr, Clip(cells[spanning]), len(cells)-1)
	return false, false
}

// ColumnSpanTitles reads the rows of one cell spanning its columns
// (attr names the markup) that a table begins with, above its header, as
// titles over it (TitleRow); lines and texts are the rows', an empty
// text says nothing. A table of those rows alone (alone) is a box drawn
// around text, read as its text, with a warning each.
func ColumnSpanTitles(src Source, lines []int, texts []string, alone bool, attr string) []Block {
	var out []Block
	for i, t := range texts {
		switch {
		case t == "":
		case alone:
			src.Report.Warn(At(src.Name, lines[i]), "line %d holds one cell that spans the columns of a table of no other row (%s): a box around text, no table; read as text (%q)", lines[i], attr, Clip(t))
			out = append(out, Block{Line: lines[i], Text: t})
		default:
			out = append(out, TitleRow(src, lines[i], t, "one cell that spans the columns of the table under it ("+attr+")"))
		}
	}
	return out
}
