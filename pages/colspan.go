package pages

import (
	"slices"
	"strings"
)

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
// a label or a note, no field (note). A row of several cells whose cells
// that span columns hold no text is read as that many empty cells each
// (WidenSpans), with a warning at its line: nothing can be misplaced in
// them. A row of several cells one of which spans columns with text sets
// one text over columns whose values it does not tell apart (a Type and
// a Required merged): which is whose cannot be told, and the row is
// refused with an error at its line (ok false).
func ColumnSpanRow(src Source, line, tableLine int, cells []string, spans []int, attr string) (note, ok bool) {
	spanning, texted := -1, -1
	for i, n := range spans {
		if n > 1 && i < len(cells) {
			if spanning < 0 {
				spanning = i
			}
			if texted < 0 && strings.TrimSpace(cells[i]) != "" {
				texted = i
			}
		}
	}
	switch {
	case spanning < 0:
		return false, true
	case len(cells) == 1:
		return true, true
	case texted < 0:
		src.Report.Warn(At(src.Name, line), "line %d of the table at line %d holds an empty cell that spans %d columns (%s) beside %d other cells: read as %d empty cells", line, tableLine, spans[spanning], attr, len(cells)-1, spans[spanning])
		return false, true
	}
	src.Report.Fail(At(src.Name, line), "line %d of the table at line %d holds a cell that spans %d columns (%s, %q) beside %d other cells: which of the columns it covers holds which value cannot be told; write the row with one cell a column, or %s", line, tableLine, spans[texted], attr, Clip(cells[texted]), len(cells)-1, RowFieldsFix)
	return false, false
}

// RowFieldsFix is the overrides entry that a refusal of a table's row
// prints: the fields the row would set, set by hand.
const RowFieldsFix = "set the fields of the row with fixes {object: TYPE or operation: OPERATION, field: NAME, type: TYPE} in the overrides"

// WidenSpans is a row's cells (or a value each cell carries, as the
// rows it spans) with each that spans several columns (spans, 0 or 1 for
// one) repeated once a column it spans: the empty cells of a row that
// ColumnSpanRow reads so, each at its column. A cell spanning rows too is
// repeated down at each of its columns (SpanRows).
func WidenSpans[T any](cells []T, spans []int) []T {
	if !slices.ContainsFunc(spans, func(n int) bool { return n > 1 }) {
		return cells
	}
	out := make([]T, 0, len(cells))
	for i, c := range cells {
		n := 1
		if i < len(spans) {
			n = min(max(spans[i], 1), MaxColumnSpan)
		}
		for range n {
			out = append(out, c)
		}
	}
	return out
}

// MaxColumnSpan bounds the columns a cell spans (WidenSpans repeats it
// over): a table of a reference page has a few.
const MaxColumnSpan = 100

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
