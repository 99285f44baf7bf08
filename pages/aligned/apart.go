package aligned

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A page's table may be two tables, the second without a header row
// (an editor split it, or the HTML holds two <table>s): a text browser
// lays the second out apart, after a blank line, its columns as wide as
// its own cells, and a column no cell of it fills takes no width at all
// (the Required column of rows that are all optional). Its lines are
// known by their own columns: display columns blank on every line of
// the run, each before a word that two lines start at least, the first
// where the table's first column starts and holding a name alone on each
// line that has text there; where the table's last column holds
// sentences, the words of its cells that start at one display column by
// chance start no column. Its columns are the table's, in order, or
// all but its Required column, which its rows leave empty; it is read
// as the table's rest, with a warning.

// minApartLines is the fewest lines of a run read as a table's rest laid
// out apart, and minApartStarts the lines that start a word at each of
// its columns but the first.
const (
	minApartLines  = 2
	minApartStarts = 2
)

// apartHeader reads the run of lines from line i on, after a blank line
// under the table whose header is last or after the lines of text that
// follow that table (cut), as that table's rest laid out apart: it
// returns a header of the run's own columns, named as the
// table's, with, for each of its columns, the index of the table's
// column it is.
func apartHeader(lines []string, i int, last *header, cut bool) (header, []int, bool) {
	if i == 0 || !cut && strings.TrimSpace(lines[i-1]) != "" {
		return header{}, nil, false
	}
	var run []int
	for j := i; j < len(lines) && strings.TrimSpace(lines[j]) != "" && len(run) <= maxMiddleLines; j++ {
		run = append(run, j)
	}
	if len(run) < minApartLines || len(run) > maxMiddleLines {
		return header{}, nil, false
	}
	l := layoutOf(lines, run)
	first, width := -1, 0
	for _, ws := range l {
		if first < 0 || ws[0].start < first {
			first = ws[0].start
		}
		width = max(width, ws[len(ws)-1].end)
	}
	if abs(first-last.starts[0]) > last.slack() {
		return header{}, nil, false
	}
	starts := []int{first}
	for p := first + 1; p < width; p++ {
		if l.blank(p-1) && l.startsAt(p) >= minApartStarts {
			starts = append(starts, p)
		}
	}
	if n := len(last.starts); len(starts) > n && proseLast(last) {
		// Words of the last column's sentences that start at one
		// display column by chance: that column goes on to the end of
		// each line.
		starts = starts[:n]
	}
	cols := apartColumns(last, len(starts))
	if cols == nil || sameStarts(starts, last.starts) {
		return header{}, nil, false
	}
	h := header{line: last.line, end: i, starts: starts, gap: 1, cells: make([]string, len(starts)), held: make([]int, len(starts))}
	for k, c := range cols {
		h.cells[k] = last.cells[c]
		h.held[k] = l.startsAt(starts[k])
	}
	names := 0
	for _, ws := range l {
		if ws[0].start != first {
			continue
		}
		cell := ws[0].text
		for _, w := range ws[1:] {
			if h.column(w.start) == 0 {
				cell += " " + w.text
			}
		}
		if !pages.IsNameCell(cell) || len(ws) < 2 {
			return header{}, nil, false
		}
		names++
	}
	return h, cols, names >= minApartStarts
}

// proseLast reports whether the last column of the table whose header
// is h holds sentences (a description), whose words may start at one
// display column on two lines by chance.
func proseLast(h *header) bool {
	kinds, _ := pages.ColumnsOf(h.cells)
	k := kinds[len(kinds)-1]
	return k == pages.ColDescription || k == pages.ColOther
}

// apartColumns maps the columns of a table's rest laid out apart, n of
// them, to the table's: all of them in order, or all but its Required
// column (neither its first nor its last), which rows that leave it
// empty give no width; nil for any other number.
func apartColumns(h *header, n int) []int {
	all := len(h.starts)
	if n < 2 || n > all || n < all-1 {
		return nil
	}
	kinds, _ := pages.ColumnsOf(h.cells)
	var cols []int
	for k := range all {
		if n < all && kinds[k] == pages.ColRequired && k > 0 && k < all-1 {
			continue
		}
		cols = append(cols, k)
	}
	if len(cols) != n {
		return nil
	}
	return cols
}

// sameStarts reports whether two tables' columns start at the same
// display columns.
func sameStarts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if a[k] != b[k] {
			return false
		}
	}
	return true
}

// apartRest reads the run of lines from line i on as the rest, laid out
// apart, of the table whose header is last (apartHeader), right under it
// or after lines of text (cut), and returns it
// as a table of no header, its rows' cells in the table's columns, with
// the index of the line after it; nil where the run is none.
func (r reader) apartRest(last *header, i int, cut bool) (*pages.Table, int) {
	h, cols, ok := apartHeader(r.sh.lines, i, last, cut)
	if !ok {
		return nil, i
	}
	r.h = h
	tb, end := r.table()
	for _, row := range tb.Rows {
		cells := make([]string, len(last.starts))
		for k, c := range row.Cells {
			cells[cols[k]] = c
		}
		row.Cells = cells
	}
	tb.Line, tb.Header, tb.Cols = i+1, nil, nil
	lost := ""
	if len(cols) < len(last.starts) {
		lost = ", its Required cells empty, as the column no row fills takes no width"
	}
	where := "after a blank line under"
	if cut {
		where = "after text under"
	}
	r.src.Report.Warn(pages.At(r.src.Name, i+1), "lines %d-%d, %s the table at line %d, set their cells in columns of their own: read as the table's rest laid out apart (a table split in two, the second without a header row)%s", i+1, end, where, last.line+1, lost)
	return tb, end
}
