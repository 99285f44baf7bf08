package aligned

import (
	"cmp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A header row may stand shifted against its rows: a copy dedented or
// indented it alone, a print set it at another indent after a page
// break. Its cells then start no column of the rows, and headerAt takes
// it for no header, or for one without rows, its rows left as text, or
// for a header whose columns take the rows' cells as others'. The rows
// tell the shift: where their cells start, in order, against where the
// header's do. A shift that moves a header's cell to its row's cell and
// sets every header cell in the column of the row's cell of its order
// (a header cell may be centred over its column), in half of the rows
// under it that have as many cells as it has at least, and after which
// the header reads as the header of those rows, is the header's: it is
// read so, with a warning at its line. A text browser's table, its cells
// one space apart, takes its rows at the first row's indent
// (spacedIndent).

// shiftWindow bounds the lines under a header a shifted reading asks:
// those a header's probe and its first row read.
const shiftWindow = maxHeaderLines + maxProbe + maxLead + 1

// shiftedHeaderAt reads line i as a header shifted against the rows
// under it: it returns the header read from the line moved by the shift
// that sets its cells in the columns of the rows (the lines under it, to
// one left of the first, of as many cells as it has), that
// line, and the shift, in display columns (right
// where positive); ok is false where no shift reads it as a header of
// as many columns as the line has cells.
//
// A line headerAt reads as a header (read, nil where it reads none) is
// read so where most of the rows it cuts into as many cells as it has
// columns set a cell out of the column of the header's cell of its order
// (outOfColumns), and its first column starts off the rows' indent: the
// header's columns would take the rows' cells as the cells of others.
func shiftedHeaderAt(lines []string, i int, read *header) (h header, line string, shift int, ok bool) {
	parts := headerLine(lines[i])
	if parts == nil {
		return header{}, "", 0, false
	}
	// full are the rows of as many cells as the header has, each a line
	// at the first's indent; cut and out count the rows read's columns
	// cut into as many cells as it has, and those that set a cell out of
	// its column.
	var full [][]chunk
	cut, out := 0, 0
	under := probe(lines, i)
	for _, j := range under {
		cs := chunksOf(lines[j], 2)
		if cs[0].start < indentOf(lines[under[0]]) {
			break // a title or text left of the rows: the table ends there
		}
		if cs[0].start > indentOf(lines[under[0]]) {
			continue // a cell's rest, under its column: no row's start
		}
		if read != nil {
			if rc := read.cut(lines[j]); len(rc) == len(read.starts) {
				cut++
				if outOfColumns(read.starts, rc) {
					out++
				}
			}
		}
		if len(cs) == len(parts) {
			full = append(full, cs)
		}
	}
	if read != nil && (2*out <= cut || abs(read.starts[0]-indentOf(lines[under[0]])) <= slack) {
		return header{}, "", 0, false
	}
	// A shift is one that moves a header's cell to its row's cell; it is
	// a shift of the header where it sets the header's cells in the
	// columns of half of those rows at least (within), the most first.
	within := map[int]int{}
	for _, cs := range full {
		for k := range cs {
			d := cs[k].start - parts[k].start
			if _, seen := within[d]; seen || d == 0 || indentOf(lines[i])+d < 0 {
				continue
			}
			starts := make([]int, len(parts))
			for n, p := range parts {
				starts[n] = p.start + d
			}
			for _, row := range full {
				if !outOfColumns(starts, row) {
					within[d]++
				}
			}
		}
	}
	var shifts []int
	for d, n := range within {
		if 2*n >= len(full) && n > 0 {
			shifts = append(shifts, d)
		}
	}
	slices.SortFunc(shifts, func(a, b int) int {
		return cmp.Or(within[b]-within[a], abs(a)-abs(b), a-b)
	})
	window := slices.Clone(lines[i:min(len(lines), i+shiftWindow)])
	for _, d := range shifts {
		window[0] = shifted(lines[i], d)
		if sh, ok := headerAt(window, 0); ok && len(sh.starts) == len(parts) {
			sh.line += i
			sh.end += i
			return sh, window[0], d, true
		}
	}
	return header{}, "", 0, false
}

// outOfColumns reports whether a header cell starts out of the column
// of the row's cell of its order: left of that cell, but for slack, or
// at or right of the next cell's start. A header cell centred over its
// column starts within it.
func outOfColumns(starts []int, row []chunk) bool {
	for k, p := range starts {
		if p < row[k].start-slack || k+1 < len(row) && p >= row[k+1].start {
			return true
		}
	}
	return false
}

// shifted returns a line moved right by d display columns, or left where
// d is negative, its text as it was.
func shifted(line string, d int) string {
	return strings.Repeat(" ", indentOf(line)+d) + strings.TrimLeft(line, " \t")
}

// warnShifted warns, at a header's line, that the header was read
// moved by shift against the line as the page sets it.
func warnShifted(src pages.Source, h header, shift int) {
	way := "left"
	if shift < 0 {
		way = "right"
	}
	src.Report.Warn(pages.At(src.Name, h.line+1), "the header row at line %d (%s) stands %d columns %s of where the rows under it start their cells, as a copy that shifted it alone leaves it: its cells are read as the columns of those rows, in their order; if the page means other columns, set the header row over its rows' cells", h.line+1, strings.Join(h.cells, " | "), abs(shift), way)
}
