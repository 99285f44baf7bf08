package aligned

import "github.com/docs2go/docs2go/pages"

// split reports whether lines from up to to of the run are one row of
// two lines whose cells, each of one line, stand some on its first line
// and the rest on its second, its first cell among them: a print turned
// into text by pdftotext -layout, which sets a row's one-line cells on
// one line (middleLine), puts a cell a little lower or higher than the
// others on a line of its own ("pickers true" over "string[]  Character
// IDs of the pickers"). Such a row is tried only in a run that no way
// cuts into rows without one (middleRows): a cell wrapped on the lines
// around its row's middle line reads as well, and is the print's way.
// Which lines are whose row is then told by the ways to cut the run
// (partitions), where one way only cuts it, whatever its wraps cost
// (grid.splits), or the run refused where two disagree; which cell is
// whose column, by splitRow.
func (g grid) split(from, to int) bool {
	if to-from != 2 {
		return false
	}
	var on [2]bool
	for k := range g.width {
		a, b := g.cells[from][k] != "", g.cells[from+1][k] != ""
		if a && b || k == 0 && !a && !b {
			return false
		}
		on[0], on[1] = on[0] || a, on[1] || b
	}
	return on[0] && on[1] && !g.goesOn[from] && !g.goesOn[from+1]
}

// splitRow tells of the row split on lines from and from+1 of a run, of
// grid g, cut at cuts (split): where its parts fit the table's columns
// one way only (splitFits), and that way is where they start
// (header.column), it is read with a warning at its first line; else it
// is refused there, whatever its parts' places alone read. A print that
// set a cell off its row's line leaves where the cells start alone to
// tell which column each is, and a page of few rows tells little of
// where its columns' cells start: the reading must be the only one.
func (r *reader) splitRow(g grid, lines []line, cuts []int, from int) {
	at, second := lines[from].line+1, lines[from+1].line+1
	n, same := r.h.splitFits([2][]chunk{lines[from].chunks, lines[from+1].chunks}, r.spans(g, lines, cuts))
	if n == 1 && same {
		r.src.Report.Warn(pages.At(r.src.Name, at), "line %d: the row at line %d of the table at line %d sets its cells on two lines, some on line %d and the rest on line %d, each a cell of one line (a print turned into text by pdftotext -layout sets a cell a little off its row's line): read as one row, the one way to cut the table's lines into rows where its cells sit, and the one way to set its parts in the columns where the header and the other rows start them", at, at, r.h.line+1, at, second)
		return
	}
	how := "in no way"
	switch {
	case n > 1:
		how = "in two ways or more"
	case n == 1:
		how = "one way only, but not the way their places read"
	}
	r.src.Report.Fail(pages.At(r.src.Name, at), "line %d: the row at line %d of the table at line %d sets its cells on two lines, some on line %d and the rest on line %d, and its parts fit the columns where the header and the other rows start them %s: which cell is whose column cannot be told; write the row's cells on one line, each under its column", at, at, r.h.line+1, at, second, how)
}

// spans returns, for each column of the table, the least and the most
// display column a cell of it starts at: its header cell (header.starts),
// the first part on each line of each cell of the rows read before, and
// of the lines of a run, of grid g, cut at cuts, but those of its rows
// split on two lines (split).
func (r *reader) spans(g grid, lines []line, cuts []int) [][2]int {
	out := make([][2]int, len(r.h.starts))
	for k, p := range r.h.starts {
		out[k] = [2]int{p, p}
	}
	see := func(k, p int) {
		out[k] = [2]int{min(out[k][0], p), max(out[k][1], p)}
	}
	for _, row := range r.rows {
		for k, fs := range row.cells {
			for i, f := range fs {
				if i == 0 || fs[i-1].line != f.line {
					see(k, f.start)
				}
			}
		}
	}
	from := 0
	for _, to := range append(cuts, len(lines)) {
		if !g.split(from, to) {
			for _, l := range lines[from:to] {
				seen := map[int]bool{}
				for _, c := range l.chunks {
					if k := r.h.column(c.start); !seen[k] {
						seen[k] = true
						see(k, c.start)
					}
				}
			}
		}
		from = to
	}
	return out
}

// splitFits counts, two at most, the ways to set the parts of a row
// split on two lines (parts, each line's left to right) in the table's
// columns: each part whole in one column, one that cells start where it
// starts (spans, give or take the slack), the parts of a line in columns
// left to right, no column taken by two parts, and the first column by
// one. It reports too whether the one way, where there is one, sets
// each part in the column it starts in (header.column), as the row is
// read.
func (h *header) splitFits(parts [2][]chunk, spans [][2]int) (int, bool) {
	var all []chunk
	var onLine []int
	for i, ps := range parts {
		for _, c := range ps {
			all, onLine = append(all, c), append(onLine, i)
		}
	}
	taken := make([]bool, len(spans))
	at := make([]int, len(all))
	n, same := 0, false
	var place func(i int)
	place = func(i int) {
		if n > 1 {
			return
		}
		if i == len(all) {
			if !taken[0] {
				return
			}
			n++
			same = true
			for j, c := range all {
				same = same && at[j] == h.column(c.start)
			}
			return
		}
		for k, s := range spans {
			if taken[k] || all[i].start < s[0]-h.slack() || all[i].start > s[1]+h.slack() || i > 0 && onLine[i-1] == onLine[i] && k <= at[i-1] {
				continue
			}
			taken[k], at[i] = true, k
			place(i + 1)
			taken[k] = false
		}
	}
	place(0)
	return n, n == 1 && same
}
