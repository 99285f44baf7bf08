package pages

import "strconv"

// numberingWords are the header cells a column of row numbers is headed
// with, lower-cased, besides none: "#", "No.", "번호" (number), "순번"
// (order).
var numberingWords = map[string]bool{
	"": true, "#": true, "no": true, "no.": true, "nr.": true, "№": true, "번호": true, "순번": true,
}

// IsNumberingCell reports whether a header cell heads a column of row
// numbers: a numbering word, or nothing.
func IsNumberingCell(c string) bool {
	n, _ := LookupLower(numberingWords, CellText(c))
	return n
}

// IsRowNumber reports whether a cell counts a row: a number of one or
// more.
func IsRowNumber(c string) bool {
	k, err := strconv.Atoi(c)
	return err == nil && k >= 1
}

// dropNumbering drops the first column of a table when it numbers the
// rows, as a wiki's "numbered rows" option or a spreadsheet's row header
// adds it: its header cell is empty or a numbering word ("#", "No."), and
// the rows' cells in it count up by one from a number of one or more.
// Such a column documents nothing: left in place, it would take the place
// of the name column every reading starts with. A column of codes (an
// enum's 1, 2, 3) is headed by its word, and stays.
func (t *Table) dropNumbering() {
	if len(t.Header) < 2 || !IsNumberingCell(t.Header[0]) || !numbered(t.Rows, t.repeatsHeader) {
		return
	}
	t.Header = t.Header[1:]
	if len(t.Cols) > 0 {
		t.Cols = t.Cols[1:]
	}
	dropFirstCells(t.Rows)
	t.Numbered = true
}

// numbered reports whether the first cells of rows, but those skip
// tells, count up by one from a number of one or more, and the rows have
// cells after them; rows without such are not numbered.
func numbered(rows []*Row, skip func(*Row) bool) bool {
	want, n := 0, 0
	for _, r := range rows {
		if skip != nil && skip(r) {
			continue
		}
		if len(r.Cells) < 2 {
			return false
		}
		k, err := strconv.Atoi(r.Cells[0])
		if err != nil || k < 1 || n > 0 && k != want {
			return false
		}
		want = k + 1
		n++
	}
	return n > 0
}

// dropFirstCells drops the first cell of each row.
func dropFirstCells(rows []*Row) {
	for _, r := range rows {
		if len(r.Cells) > 0 {
			r.Cells = r.Cells[1:]
		}
	}
}

// dropNumberingOf drops the first cell of the rows of a table without a
// header row of its own when they go on with the numbered rows of the
// table right before it, or of the one it may resume: their first cells
// counting up by one, and their widest row one cell wider than that
// one's header. The cell that numbers a row is a column of its own: a
// row narrower than the widest, its first one too, lost a cell of that
// table's columns (an empty Required cell a scrape dropped), which the
// protocol's reader tells as it does in any table, and is no less a row
// of that table's rest. It returns the table whose rows they go on
// with, or nil.
func (t *Table) dropNumberingOf(before ...*Table) *Table {
	for _, b := range before {
		if b != nil && b.Numbered && widest(t.Rows) == len(b.Header)+1 && numbered(t.Rows, nil) {
			dropFirstCells(t.Rows)
			t.Numbered = true
			return b
		}
	}
	return nil
}

// widest is the number of cells of the widest of rows.
func widest(rows []*Row) int {
	n := 0
	for _, r := range rows {
		n = max(n, len(r.Cells))
	}
	return n
}

// dropHeaderNumbering drops the first header cell of a table of a header
// row alone (a sticky header a site repeats above a table) whose other
// cells are the header of the numbered table after it: its numbering
// column's. It does nothing to a nil table.
func (t *Table) dropHeaderNumbering(after *Table) {
	if t == nil || t.Numbered || len(t.Rows) > 0 || len(t.Header) != len(after.Header)+1 ||
		!IsNumberingCell(t.Header[0]) || !sameCells(t.Header[1:], after.Header) {
		return
	}
	t.Header = t.Header[1:]
	if len(t.Cols) > 0 {
		t.Cols = t.Cols[1:]
	}
	t.Numbered = true
}
