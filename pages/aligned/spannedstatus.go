package aligned

import (
	"fmt"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// spannedRows reads a run of lines of a table of codes whose first
// column holds one cell that spans the run's rows (HTML's rowspan), as a
// text browser prints it: once, on the first row of its group (lynx) or
// on its middle one (w3m centres it), the other rows with nothing under
// the first column. The evidence is the second column: each row's detail
// code (pages.IsDetailCode) stands on a line of its own, the run's first
// line among them, and the second column holds nothing else; the first
// column has text on one run of lines only, and some row has none. Each
// row is read from its detail code's line to the next's, and the first
// column's cell is each row's, with a warning naming the rows. Where the
// first column has text on two runs of lines apart, the rows between
// could be either cell's: refused, at the second, naming both. It
// reports whether it took the run.
func (r *reader) spannedRows(g []line) bool {
	if len(r.h.starts) < 3 || len(g) < 2 {
		return false
	}
	var keyed, spanned []int
	for i, l := range g {
		for _, c := range l.chunks {
			switch r.h.column(c.start) {
			case 0:
				if !slices.Contains(spanned, i) {
					spanned = append(spanned, i)
				}
			case 1:
				if !pages.IsDetailCode(c.text) || slices.Contains(keyed, i) {
					return false
				}
				keyed = append(keyed, i)
			}
		}
	}
	if len(keyed) < 2 || keyed[0] != 0 || len(spanned) == 0 || !slices.ContainsFunc(keyed, func(i int) bool { return !slices.Contains(spanned, i) }) {
		return false
	}
	for k := 1; k < len(spanned); k++ {
		if spanned[k] != spanned[k-1]+1 {
			a, b := g[spanned[0]], g[spanned[k]]
			r.src.Report.Fail(pages.At(r.src.Name, b.line+1), "line %d: the table at line %d has a cell under %s at line %d (%q) and another at line %d (%q), and rows with none, as a text browser prints a cell that spans rows (rowspan) once, on the first or the middle row of its group: which rows are whose cannot be told; write the %s cell on each row", b.line+1, r.h.line+1, r.h.cells[0], a.line+1, pages.Clip(textOfChunks(a.chunks[:1])), b.line+1, pages.Clip(textOfChunks(b.chunks[:1])), r.h.cells[0])
			return false
		}
	}
	before := len(r.rows)
	var cur *rowText
	for i, l := range g {
		if slices.Contains(keyed, i) {
			cur = &rowText{first: l.line, cells: make([][]frag, len(r.h.starts))}
			r.rows = append(r.rows, cur)
		}
		r.add(cur, l)
	}
	var cell []frag
	for _, row := range r.rows[before:] {
		cell = append(cell, row.cells[0]...)
	}
	var lines []string
	for _, row := range r.rows[before:] {
		row.cells[0] = slices.Clone(cell)
		lines = append(lines, fmt.Sprint(row.first+1))
	}
	r.src.Report.Warn(pages.At(r.src.Name, g[0].line+1), "lines %s: the table at line %d has one cell under %s, %q at line %d, over rows each with its own %s, as a text browser prints a cell that spans rows (rowspan) once, on the first or the middle row of its group: read as the cell of each of those rows", strings.Join(lines, ", "), r.h.line+1, r.h.cells[0], pages.Clip(textOf(cell)), cell[0].line+1, r.h.cells[1])
	if r.seen != nil {
		r.seen.add(&r.h, g, r.rows[before:])
	}
	r.grouped = false
	r.dense = true
	r.runs++
	return true
}
