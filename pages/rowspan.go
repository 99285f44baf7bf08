package pages

import (
	"slices"
	"strconv"
	"strings"
)

// maxRowspan bounds the rows a cell spans: a table cell of a reference
// page spans a few.
const maxRowspan = 100

// SpanRows repeats each cell that spans several rows (HTML's rowspan,
// DocBook's morerows, TEI's rows) in the rows below it, at its column:
// a status code merged over the rows of its detail codes is each row's
// status code. cells are the rows' cells; spans, where not nil, the
// rows each cell of a row spans (0 or 1 for one; a row whose spans are
// nil spans none), at most maxRowspan; both are changed in place.
func SpanRows[T any](cells [][]T, spans [][]int) {
	type span struct {
		col, left int
		cell      T
	}
	var open []span
	for i := range cells {
		for k, sp := range open {
			if sp.left > 0 && sp.col <= len(cells[i]) {
				cells[i] = slices.Insert(cells[i], sp.col, sp.cell)
				if sp.col <= len(spans[i]) {
					spans[i] = slices.Insert(spans[i], sp.col, 0)
				}
				open[k].left--
			}
		}
		open = slices.DeleteFunc(open, func(sp span) bool { return sp.left <= 0 })
		for col, n := range spans[i] {
			if n > 1 && col < len(cells[i]) {
				open = append(open, span{col, min(n, maxRowspan) - 1, cells[i][col]})
			}
		}
		slices.SortFunc(open, func(a, b span) int { return a.col - b.col })
	}
}

// IsDetailCode reports whether a cell is a detail code, and no status
// code: an integer outside 100-599 ("-41003", "10001").
func IsDetailCode(c string) bool {
	n, err := strconv.Atoi(c)
	return err == nil && (n < 100 || n > 599)
}

// StatusSpanLost returns the cells of a row of a table of codes (a status
// code first, its detail code second, width the header's cells) that
// lost its status cell to a cell of the row above spanning it (a
// rowspan), which a copy or a converter that ignores the span writes
// once, its cells shifted left: its first cell is a detail code
// (IsDetailCode), which no status cell is, and it has one cell fewer
// than the header, or the header's width with its last cell empty and
// its second no integer (the message, shifted under the detail code), as
// a converter that pads each row to the widest writes it (godown).
// padded tells the latter, whose empty last cell is dropped; ok is false
// for a row that has its status cell.
func StatusSpanLost(cells []string, width int) (shifted []string, padded, ok bool) {
	if len(cells) < 2 || !IsDetailCode(strings.TrimSpace(cells[0])) {
		return nil, false, false
	}
	switch {
	case len(cells) == width-1:
		return cells, false, true
	case len(cells) == width && width > 2 && strings.TrimSpace(cells[width-1]) == "":
		if _, err := strconv.Atoi(strings.TrimSpace(cells[1])); err != nil {
			return cells[:width-1], true, true
		}
	}
	return nil, false, false
}
