package pages

import "slices"

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
