package pages

import (
	"fmt"
	"strings"
)

// joinCutRow reads t, a table with no header row of its own, as the
// rest of from, the table right before it or a few text lines before
// it, when a cut fell inside from's last row: a page break, or a
// converter that parts a page into cards of a bounded size (Html2Wml
// closes the open table at the cut and opens a new one, without its
// header, in the next card), left the row's first cells in from and
// the others as t's first row. Both rows are narrower than from's
// header; the join is taken where the evidence settles it: their
// cells together are as many as from's columns, each fits its column
// (cellsFitColumns), and t's first row begins with a cell of the first
// column from's row lacks (cutRowTold). The row is then read as one,
// with a warning, and t's other rows as from's rest. Where the two may
// be one row cut in two but the evidence does not settle it, t's first
// row is refused at its line (its cells are left out) and the others
// read as from's rest. joinCutRow reports whether it read t so: t
// takes from's header, and has no rows left when its first was its
// only one.
func (t *Table) joinCutRow(src Source, prev, resumable *Table, between int) bool {
	from, how := cutFrom(prev, resumable), "right before it"
	if from != prev {
		how = fmt.Sprintf("%d text lines before it", between)
	}
	if from == nil || len(t.Rows) == 0 || len(from.Rows) == 0 || len(from.Cols) != len(from.Header) {
		return false
	}
	last, first := from.Rows[len(from.Rows)-1], t.Rows[0]
	width, k := len(from.Header), len(last.Cells)
	if k == 0 || k >= width || len(first.Cells) == 0 || len(first.Cells) >= width || isHeaderRow(first.Cells) || numberedHeader(first.Cells) {
		return false
	}
	cells := append(append([]string(nil), last.Cells...), first.Cells...)
	fit := cellsFitColumns(from.Cols, cells)
	switch {
	case len(cells) == width && fit && cutRowTold(from.Cols, cells, k):
		src.Report.Warn(At(src.Name, first.Line), "the table at line %d begins with the row %s, and the row at line %d of the table at line %d %s holds %s, short of its %d columns: together they fill its columns, each cell fits its column, and the first of that row's cells is what the other row lacks; a cut (a page break, or a converter that parts the page into cards) split one row there: read as one row, and the table as the rest of that table, cut in two", t.Line, quotedCells(first.Cells), last.Line, from.Line, how, quotedCells(last.Cells), width)
		last.Cells, last.Raw = cells, last.Raw+" | "+first.Raw
	case len(cells) == width && fit || len(cells) < width && !fitsColumn(from.Cols[0], strings.TrimSpace(first.Cells[0])):
		src.Report.Fail(At(src.Name, first.Line), "the table at line %d begins with the row %s and has no header row, and the row at line %d of the table at line %d %s holds %s, short of its %d columns: a cut (a page break, or a converter that parts the page into cards) may have split one row there, or the rows may be two, each without its cells left empty (as a converter drops them); nothing on the page tells which cell stands in which column: write the row whole, with every cell, in one table", t.Line, quotedCells(first.Cells), last.Line, from.Line, how, quotedCells(last.Cells), width)
	default:
		return false
	}
	t.Header, t.Cols, t.NoHeader, t.Rows = from.Header, from.Cols, true, t.Rows[1:]
	if from == prev {
		t.Continues = prev
	} else {
		t.Resumes = resumable
	}
	if len(t.Rows) > 0 {
		t.Line = t.Rows[0].Line
	}
	return true
}

// cellsFitColumns reports whether each cell of a row, not empty, fits
// its column of cols (fitsColumn).
func cellsFitColumns(cols []Column, cells []string) bool {
	for i, c := range cells {
		if c = strings.TrimSpace(c); c != "" && i < len(cols) && !fitsColumn(cols[i], c) {
			return false
		}
	}
	return true
}

// cutRowTold reports whether cells[k], the first cell of the rest of a
// row cut across after its first k cells, is told to be of its column
// of cols, not the first cell of a row of its own: an empty cell, which
// begins no row (the first column names its row), a requiredness under
// a Required column, a type under a Type column, a whole number under a
// Code column, or, under any other column, a text that fills no cell of
// the first column (more than one word).
func cutRowTold(cols []Column, cells []string, k int) bool {
	c := CellText(strings.TrimSpace(cells[k]))
	if c == "" {
		return true
	}
	switch cols[k] {
	case ColRequired:
		_, ok := Requiredness(c)
		return ok || IsCondition(c)
	case ColType:
		return isTypeCell(c)
	case ColCode:
		return isWholeNumber(c)
	}
	return !fitsColumn(cols[0], c)
}

// quotedCells writes cells as a message quotes them, each clipped,
// parted by " | ".
func quotedCells(cells []string) string {
	q := make([]string, len(cells))
	for i, c := range cells {
		q[i] = quoteCell(strings.TrimSpace(c))
	}
	return strings.Join(q, " | ")
}
