package pages

import (
	"slices"
	"strings"
)

// StrayRow refuses line i, which a style reads as text, when its cells
// (split as a row of the style splits) are as many as those of last, the
// last table the style read before it, or of one of its rows, three at
// least: it is a row of that table, or of one like it, that no header
// stands over (a line of text cut the table, and the row is not one the
// style reads as its rest), and what it documents would be left out of
// the schema: a lost row is an error at its line, as a row no table took
// is on both protocols' pages, never a warning. sep names the separator
// its cells were split at. A line whose cell stands where each row of the
// table holds a code ("-1", "200", "4xx") and that holds none is no row
// of it: a line of text whose words happen to begin at the table's
// columns ("Edit this page on GitHub" under Name | Code | Description).
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
	if width < 3 || len(cells) < 3 || len(cells) != width && !rowWide && !merged || !codesFit(last, width, cells) {
		return
	}
	src.Report.Fail(At(src.Name, i+1), "line %d splits at %ss into %d cells, as a row of the table at line %d does, but no header row stands over it: it reads as text, and what it documents would be left out of the schema; if it is a row of that table, move it under the table's rows, or if it is text, write it as a sentence", i+1, sep, len(cells), last.Line)
}

// codesFit reports whether cells, a line's, hold a code in each column
// where every row of the table last that has width cells holds one (its
// cells the last of the row, where they are fewer).
func codesFit(last *Table, width int, cells []string) bool {
	offset := max(0, width-len(cells))
	for j, c := range cells {
		k := j + offset
		if k >= width || isCodeCell(c) {
			continue
		}
		rows := 0
		codes := true
		for _, r := range last.Rows {
			if len(r.Cells) == width {
				rows++
				codes = codes && isCodeCell(r.Cells[k])
			}
		}
		if rows > 0 && codes {
			return false
		}
	}
	return true
}

// isCodeCell reports whether a cell is a code: digits, signed or not
// ("-74001"), or a status class ("4xx").
func isCodeCell(c string) bool {
	c = strings.TrimLeft(strings.TrimSpace(c), "-+")
	return c != "" && c[0] >= '0' && c[0] <= '9' && strings.Trim(c, "0123456789xX") == ""
}
