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
	var spans [][2]int
	for k, i := range spanned {
		if k > 0 && spanned[k-1]+1 == i {
			spans[len(spans)-1][1] = i
			continue
		}
		spans = append(spans, [2]int{i, i})
	}
	if _, a, b, ok := spanOwners(len(g), spans); !ok {
		la, lb := g[spans[a][0]], g[spans[b][0]]
		refuseSpans(r.src, lb.line, r.h.line, r.h.cells[0], la.line, textOfChunks(la.chunks[:1]), lb.line, textOfChunks(lb.chunks[:1]))
		return false
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
	var lines []int
	for _, row := range r.rows[before:] {
		row.cells[0] = slices.Clone(cell)
		lines = append(lines, row.first)
	}
	warnSpan(r.src, g[0].line, lines, r.h.line, r.h.cells[0], textOf(cell), cell[0].line, r.h.cells[1])
	if r.seen != nil {
		r.seen.add(&r.h, g, r.rows[before:])
	}
	r.grouped = false
	r.dense = true
	r.runs++
	return true
}

// spanOwners decides which cell spanning rows (HTML's rowspan), printed
// once by a text browser, each of n items of a run (a table's lines or
// its rows) is: spans are the items each cell stands on, first and last,
// in order. A text browser prints such a cell on the first row of its
// group (lynx) or on the middle one (w3m centres it), so an item between
// two cells could be either's: it returns those two cells' indices and
// false. Else each item is the cell's it stands on, or the one before
// it, or the first cell's for the items before it.
func spanOwners(n int, spans [][2]int) (owner []int, a, b int, ok bool) {
	for k := 1; k < len(spans); k++ {
		if spans[k-1][1]+1 < spans[k][0] {
			return nil, k - 1, k, false
		}
	}
	owner = make([]int, n)
	k := 0
	for i := range owner {
		for k+1 < len(spans) && spans[k+1][0] <= i {
			k++
		}
		owner[i] = k
	}
	return owner, 0, 0, true
}

// refuseSpans refuses, at line at, the rows of the table whose header is
// at line head that two cells under the column label, at lines a and b,
// could each span (spanOwners): which rows are whose cannot be told.
// Lines are 0-based.
func refuseSpans(src pages.Source, at, head int, label string, a int, aText string, b int, bText string) {
	src.Report.Fail(pages.At(src.Name, at+1), "line %d: the table at line %d has a cell under %s at line %d (%q) and another at line %d (%q), and rows with none, as a text browser prints a cell that spans rows (rowspan) once, on the first or the middle row of its group: which rows are whose cannot be told; write the %s cell on each row", at+1, head+1, label, a+1, pages.Clip(aText), b+1, pages.Clip(bText), label)
}

// warnSpan warns, at line at, that the cell text under the column label,
// at line cellLine, is read as each of the rows at rows of the table
// whose header is at line head, each with its own cell under key: a text
// browser printed the cell spanning them once. Lines are 0-based.
func warnSpan(src pages.Source, at int, rows []int, head int, label, text string, cellLine int, key string) {
	nums := make([]string, len(rows))
	for k, l := range rows {
		nums[k] = fmt.Sprint(l + 1)
	}
	src.Report.Warn(pages.At(src.Name, at+1), "lines %s: the table at line %d has one cell under %s, %q at line %d, over rows each with its own %s, as a text browser prints a cell that spans rows (rowspan) once, on the first or the middle row of its group: read as the cell of each of those rows", strings.Join(nums, ", "), head+1, label, pages.Clip(text), cellLine+1, key)
}

// spannedCodes reads the rows of a table of codes whose cells are one
// space apart (codeRows), its header at line head (0-based), a status
// and a detail code column first, where a status cell spans rows of
// detail codes (HTML's rowspan), as a text browser prints it: once, on
// the first row of its group (lynx) or on the middle one (w3m), the
// other rows beginning with their detail code, one cell fewer
// (codeCells). The evidence is spannedRows': each row's detail code is
// one (pages.IsDetailCode), some row has no status, and each such row
// has one status that could span it (spanOwners): it is given that
// status cell, with a warning naming the rows. Rows between two statuses
// that either could span are refused, naming both.
func spannedCodes(src pages.Source, tb *pages.Table, rows []*pages.Row, head int) {
	width := len(tb.Header)
	var spans [][2]int
	short := false
	for k, r := range rows {
		switch {
		case len(r.Cells) == width && pages.IsDetailCode(firstWordOf(r.Cells[1])):
			spans = append(spans, [2]int{k, k})
		case len(r.Cells) == width-1 && pages.IsDetailCode(firstWordOf(r.Cells[0])):
			short = true
		default:
			return
		}
	}
	if !short || len(spans) == 0 {
		return
	}
	owner, a, b, ok := spanOwners(len(rows), spans)
	if !ok {
		ra, rb := rows[spans[a][0]], rows[spans[b][0]]
		refuseSpans(src, rb.Line-1, head, tb.Header[0], ra.Line-1, ra.Cells[0], rb.Line-1, rb.Cells[0])
		return
	}
	for k, s := range spans {
		status := rows[s[0]]
		var lines []int
		for i, r := range rows {
			if owner[i] != k {
				continue
			}
			lines = append(lines, r.Line-1)
			if len(r.Cells) < width {
				r.Cells = append([]string{status.Cells[0]}, r.Cells...)
			}
		}
		if len(lines) > 1 {
			warnSpan(src, lines[0], lines, head, tb.Header[0], status.Cells[0], status.Line-1, tb.Header[1])
		}
	}
}
