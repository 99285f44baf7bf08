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

// SpannedRow is a table's row as a style reads it, before
// PutSpannedTable reads its spans: its line, its text as written (Raw;
// empty for a row not written as a line, an AST's or a document's, put
// out as its cells joined as a pipe table's row), its cells, the columns
// each spans (Cols, 0 or 1 for one), the rows each spans (Rows, 0 or 1
// for one; nil when none spans more than one or the style spans them
// before), and whether the page marks it a header row.
type SpannedRow struct {
	Line   int
	Raw    string
	Cells  []string
	Cols   []int
	Rows   []int
	Header bool
}

// SpannedTable is how a style's table of SpannedRows is put out
// (PutSpannedTable): the table's line; the markup that spans columns,
// named in the warnings (ColumnSpanRow's attr); whether its first row is
// its header also when its cells name columns (CellsNameColumns), for a
// style that marks no header row or does not always; whether a row of
// one empty cell spanning the columns amid the rows is left out, no
// note; and Refused, nil or telling (and reporting) whether the row at
// an index of the rows is refused before its spans are read.
type SpannedTable struct {
	Line        int
	Markup      string
	NamedHeader bool
	DropEmpty   bool
	Refused     func(i int) bool
}

// PutSpannedTable puts a table's rows out as blocks (how tells the
// table's markup). A row whose cells span columns is read as
// ColumnSpanRow tells it, its empty spanning cells one a column
// (WidenSpans), a row it refuses left out; the rows of one cell spanning
// the columns the table begins with are titles over it, or its text
// where it has no other row (ColumnSpanTitles); a cell that spans rows
// is that cell in each of them (SpanRows); the first other row is the
// header when it is marked so (or names columns, how.NamedHeader), else
// Read decides; a row of one cell spanning the columns amid the others is
// a note after the table (TakeNotes).
func PutSpannedTable(src Source, rows []SpannedRow, how SpannedTable) []Block {
	notes := map[int]bool{}
	var kept []SpannedRow
	for i, rw := range rows {
		if how.Refused != nil && how.Refused(i) {
			continue
		}
		note, ok := ColumnSpanRow(src, rw.Line, how.Line, rw.Cells, rw.Cols, how.Markup)
		if !ok {
			continue
		}
		if !note {
			rw.Cells, rw.Rows = WidenSpans(rw.Cells, rw.Cols), WidenSpans(rw.Rows, rw.Cols)
		}
		notes[len(kept)] = note
		kept = append(kept, rw)
	}
	lead := 0
	for lead < len(kept) && notes[lead] {
		lead++
	}
	lines, texts := make([]int, lead), make([]string, lead)
	for i, rw := range kept[:lead] {
		lines[i], texts[i] = rw.Line, rw.Cells[0]
	}
	out := ColumnSpanTitles(src, lines, texts, lead == len(kept), how.Markup)
	if lead == len(kept) {
		return out
	}
	body := kept[lead:]
	cells, spans := make([][]string, len(body)), make([][]int, len(body))
	for i, rw := range body {
		cells[i], spans[i] = rw.Cells, rw.Rows
	}
	SpanRows(cells, spans)
	tb := &Table{Line: body[0].Line}
	noteRows := map[*Row]bool{}
	for i, rw := range body {
		if i == 0 && (rw.Header || how.NamedHeader && CellsNameColumns(cells[0])) {
			tb.Header = cells[0]
			tb.Cols, _ = ColumnsOf(tb.Header)
			continue
		}
		if how.DropEmpty && notes[lead+i] && cells[i][0] == "" {
			continue
		}
		raw := rw.Raw
		if raw == "" {
			raw = "| " + strings.Join(cells[i], " | ") + " |"
		}
		row := &Row{Line: rw.Line, Raw: raw, Cells: cells[i]}
		noteRows[row] = notes[lead+i]
		tb.Rows = append(tb.Rows, row)
	}
	taken := tb.TakeNotes(src, func(r *Row) bool { return noteRows[r] }, ColumnSpanNote(how.Markup))
	return append(append(out, Block{Line: tb.Line, Table: tb}), taken...)
}
