package pages

import (
	"slices"
	"strings"
)

// The rest of a table cut in two may come without a column that all its
// rows leave empty: a converter drops a column none of whose cells holds
// text (pandoc's reStructuredText of an optional Required column under a
// callout), so that the rest has one cell fewer a row than the table
// before it, and no header row.

// restWithoutColumn reads rows, the rows of t, which has no header row of
// its own (its first row is among them where its style took it for one),
// as the rest of the table before it (prev, right before, else
// resumable, a few text lines before) without one of that table's
// columns: each row has one cell fewer than that table has columns
// (besides the cell that numbers it, when that table's rows are
// numbered and its count up by one), and with an empty cell put back in
// exactly one column that names nothing (not the name nor the code),
// every row, which names no columns, fits that table's columns
// (cellsFit). It puts the empty cells back, gives t that table's header
// and warns. Where more than one column would fit, the columns cannot be
// told: it refuses at t's line, but for numbered rows, which may be a
// table of codes counting up instead. It reports whether it read t as a
// rest.
func (t *Table) restWithoutColumn(src Source, prev, resumable *Table, rows []*Row) bool {
	from := cutFrom(prev, resumable)
	if from == nil || len(rows) == 0 || len(from.Cols) != len(from.Header) {
		return false
	}
	cells := make([][]string, len(rows))
	for i, r := range rows {
		cells[i] = r.Cells
	}
	numberedRows := from.Numbered && len(rows[0].Cells) == len(from.Header) && numbered(rows, nil)
	if numberedRows {
		for i := range cells {
			cells[i] = cells[i][1:]
		}
	}
	for _, c := range cells {
		if len(c) != len(from.Header)-1 || isHeaderRow(c) {
			return false
		}
	}
	fits := LostColumns(cells, from.Cols)
	switch {
	case len(fits) == 0:
		return false
	case len(fits) > 1 && numberedRows:
		return false
	case len(fits) > 1:
		var names []string
		for _, d := range fits {
			names = append(names, from.Header[d])
		}
		src.Report.Fail(At(src.Name, rows[0].Line), "the rows at line %d have %d cells, one fewer than the columns of the table at line %d (%s), and fit them without any of %s: which column they lost cannot be told; give them that table's header row, with an empty cell where a row has none", rows[0].Line, len(rows[0].Cells), from.Line, strings.Join(from.Header, " | "), strings.Join(names, ", "))
		return false
	}
	d := fits[0]
	for i, r := range rows {
		r.Cells = slices.Insert(slices.Clone(cells[i]), d, "")
	}
	src.Report.Warn(At(src.Name, rows[0].Line), "the rows at line %d have %d cells, one fewer than the columns of the table at line %d (%s), and no header row: their cells fit those columns without %s, which a converter drops where it is empty in every row; read as the rest of that table, cut in two, their %s cells empty", rows[0].Line, len(from.Header)-1, from.Line, strings.Join(from.Header, " | "), from.Header[d], from.Header[d])
	t.Header, t.Cols, t.Rows, t.Line, t.NoHeader, t.Narrowed = from.Header, from.Cols, rows, rows[0].Line, true, true
	t.Numbered = t.Numbered || numberedRows
	if from == prev {
		t.Continues = prev
	} else {
		t.Resumes = resumable
	}
	return true
}

// LostColumns returns the columns of cols (not the name nor the code)
// that rows, each a cell fewer than cols, may have lost: with that
// column taken out, every row's cells fit the columns left (cellsFit).
// One column tells the rows apart as the rest of a table of cols that a
// converter wrote without it; none, that they are no rows of it.
func LostColumns(rows [][]string, cols []Column) []int {
	var fits []int
	for d, k := range cols {
		if k == ColName || k == ColCode {
			continue
		}
		left := slices.Delete(slices.Clone(cols), d, d+1)
		if !slices.ContainsFunc(rows, func(c []string) bool { return len(c) != len(left) || !cellsFit(c, left) }) {
			fits = append(fits, d)
		}
	}
	return fits
}
