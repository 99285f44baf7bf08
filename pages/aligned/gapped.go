package aligned

import (
	"fmt"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A renderer that lines a table's columns up with display properties or
// styles, not with spaces (Emacs's shr, eww's renderer, lines a column
// up with (space :align-to N) on the spaces after each cell), leaves in
// the file its text is saved to each row's cells on one line, each cell
// followed by a fixed gap of spaces (two), and no column lined up: an
// empty cell is its gap alone, the row's indent is the table's, and a
// cell too wide for its column goes on over the next lines, each the
// table's indent and a gap for each cell to its left, the cells of that
// line's other columns empty. The text of a cell holds no two spaces in
// a row (HTML's text collapses its spaces), so the gaps cut the cells:
// a run of spaces is a gap, and each further gap in it an empty cell.
// Such a table is known by its header, its cells each followed by the
// same gap, the last too, and by its first row, each of its lines
// holding as many cells, gaps counted, as the header (a line of fewer is
// a cell that spans the row, as a note); a line that a run of spaces no
// whole number of gaps long, or more cells than the header's, sets out
// of that grid is refused at its line. The cells' kinds then confirm the
// cuts the gaps make: a row whose Name cell is no name, whose Type cell
// is no type the pages know, or whose Required cell states no
// requiredness is refused at its line, as a cell may hold two spaces (a
// no-break space the page wrote) that the reading took for a gap.

// gappedGrid is the layout of a table whose cells are each followed by
// a fixed gap: the rows' indent, the gap, the number of columns.
type gappedGrid struct {
	indent, gap, n int
}

// gappedLine is a line of such a table cut at its gaps: its cells by
// column (empty where the line has none), the column of its first cell,
// and the number of cells its gaps count (the last followed by one).
type gappedLine struct {
	cells []string
	first int
	count int
}

// split cuts line l of a table laid out in grid g, or tells why it does
// not fit: its indent is no whole number of gaps past the table's, a
// run of spaces in it is no whole number of gaps, or it holds more
// cells than the table's columns. A line that ends without its last gap
// does not fit either: the gaps after its last cell are the evidence.
func (g gappedGrid) split(l string) (gappedLine, string) {
	if strings.ContainsRune(l, '\t') {
		return gappedLine{}, "it holds a tab"
	}
	lead := len(l) - len(strings.TrimLeft(l, " "))
	if lead < g.indent || (lead-g.indent)%g.gap != 0 {
		return gappedLine{}, fmt.Sprintf("its indent, %d spaces, is not the table's (%d) and a whole number of gaps of %d", lead, g.indent, g.gap)
	}
	gl := gappedLine{cells: make([]string, g.n), first: (lead - g.indent) / g.gap}
	col := gl.first
	rest := l[lead:]
	for rest != "" {
		end := strings.Index(rest, strings.Repeat(" ", g.gap))
		if end < 0 {
			return gappedLine{}, "its last cell is followed by no gap"
		}
		if col >= g.n {
			return gappedLine{}, fmt.Sprintf("it holds more cells than the header's %d", g.n)
		}
		gl.cells[col] = rest[:end]
		rest = rest[end:]
		run := len(rest) - len(strings.TrimLeft(rest, " "))
		if run%g.gap != 0 {
			return gappedLine{}, fmt.Sprintf("a run of %d spaces after %q is no whole number of gaps of %d", run, pages.Clip(gl.cells[col]), g.gap)
		}
		col += run / g.gap
		rest = rest[run:]
	}
	if col > g.n {
		return gappedLine{}, fmt.Sprintf("its gaps count more cells than the header's %d", g.n)
	}
	gl.count = col
	return gl, ""
}

// gappedHeader reads line i as the header of a table whose cells are
// each followed by a fixed gap, with the lines its cells wrap onto and
// its first row's first line: its grid, its cells whole, and the index
// of its first row's line; ok is false where line i is no such header.
func gappedHeader(lines []string, i int) (g gappedGrid, head []string, first int, ok bool) {
	l := lines[i]
	if !strings.HasSuffix(l, "  ") || strings.ContainsRune(l, '\t') || len(l) > maxHeaderBytes {
		return g, nil, 0, false
	}
	indent := len(l) - len(strings.TrimLeft(l, " "))
	t := strings.TrimLeft(l, " ")
	end := strings.Index(t, "  ")
	gap := len(t[end:]) - len(strings.TrimLeft(t[end:], " "))
	if gap < 2 {
		return g, nil, 0, false
	}
	// Every cell of the header is followed by one gap: none is empty.
	sep := strings.Repeat(" ", gap)
	cells := strings.Split(strings.TrimSuffix(t, sep), sep)
	for _, c := range cells {
		if c == "" || c != strings.TrimSpace(c) {
			return g, nil, 0, false
		}
	}
	if len(cells) < 2 {
		return g, nil, 0, false
	}
	g = gappedGrid{indent: indent, gap: gap, n: len(cells)}
	j := i + 1
	for ; j < len(lines); j++ {
		gl, why := g.split(lines[j])
		if why != "" || gl.count == 0 {
			return g, nil, 0, false
		}
		if gl.first == 0 {
			break
		}
		for k, c := range gl.cells {
			if c != "" {
				cells[k] += " " + c // a header cell wrapped
			}
		}
	}
	if j == len(lines) {
		return g, nil, 0, false
	}
	if !namesColumns(cells) {
		return g, nil, 0, false
	}
	if gl, _ := g.split(lines[j]); gl.count != g.n {
		return g, nil, 0, false // a first row of all the columns, gaps counted
	}
	return g, cells, j, true
}

// gappedTable reads the table whose header is line i, its cells each
// followed by a fixed gap: the table, and the index of the line after
// it, a blank line.
func gappedTable(src pages.Source, lines []string, i int) (*pages.Table, int, bool) {
	g, head, from, ok := gappedHeader(lines, i)
	if !ok {
		return nil, i, false
	}
	cols, _ := pages.ColumnsOf(head)
	tb := &pages.Table{Line: i + 1, Header: head, Cols: cols}
	src.Report.Warn(pages.At(src.Name, i+1), "the table at line %d has no column lined up, each cell followed by %d spaces and a wide cell going on over the next lines, as a browser that lines columns up with styles saves a table (Emacs's eww): its cells read by those gaps, an empty cell a gap alone", i+1, g.gap)
	type rowAt struct {
		line  int
		cells []string
		lines []string
	}
	var rows []*rowAt
	var cur *rowAt
	j := from
	for ; j < len(lines) && strings.TrimSpace(lines[j]) != ""; j++ {
		gl, why := g.split(lines[j])
		switch {
		case why != "":
			src.Report.Fail(pages.At(src.Name, j+1), "line %d (%q), in the table at line %d whose cells are each followed by %d spaces, does not fit its cells: %s. Which words are whose cells cannot be told; write the table with its columns lined up, or with pipes between its cells", j+1, pages.Clip(strings.TrimSpace(lines[j])), i+1, g.gap, why)
			cur = nil
		case gl.first == 0 && gl.count < g.n:
			src.Report.Warn(pages.At(src.Name, j+1), "line %d (%q) of the table at line %d holds one cell where its rows hold %d, gaps counted: a cell that spans the row (a note), read as no row", j+1, pages.Clip(strings.TrimSpace(lines[j])), i+1, g.n)
			cur = nil
		case gl.first == 0:
			cur = &rowAt{line: j, cells: gl.cells, lines: []string{strings.TrimSpace(lines[j])}}
			rows = append(rows, cur)
		case cur == nil:
			src.Report.Fail(pages.At(src.Name, j+1), "line %d (%q), in the table at line %d whose cells are each followed by %d spaces, goes on with cells of the columns right of its first, but no row stands above it to go on. Which row it belongs to cannot be told; write the cell in its row", j+1, pages.Clip(strings.TrimSpace(lines[j])), i+1, g.gap)
		default:
			for k, c := range gl.cells {
				if c != "" {
					cur.cells[k] = strings.TrimSpace(cur.cells[k] + " " + c)
				}
			}
			cur.lines = append(cur.lines, strings.TrimSpace(lines[j]))
		}
	}
	kinds := cellSplitter{words: src.Words, cols: cols}
	for _, r := range rows {
		if why := kinds.kindsDisagree(r.cells); why != "" {
			src.Report.Fail(pages.At(src.Name, r.line+1), "the row at line %d of the table at line %d, its cells cut at its gaps of %d spaces (%s), %s: a cell may hold two spaces that the cut took for a gap. Write the table with its columns lined up, or with pipes between its cells", r.line+1, i+1, g.gap, pages.Clip(strings.Join(r.cells, " | ")), why)
			continue
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: r.line + 1, Raw: strings.Join(r.lines, "\n"), Cells: r.cells})
	}
	return tb, j, true
}

// kindsDisagree tells why the cells of a row cut at its gaps do not hold
// what their columns do, or "": a Name cell that is no name (the
// invisible characters a name may carry aside), a Type cell that is no
// type the pages know, a Required cell that states no requiredness.
func (s cellSplitter) kindsDisagree(cells []string) string {
	for k, c := range s.cols {
		cell := cells[k]
		switch {
		case cell == "":
		case c == pages.ColName && !pages.IsNameCell(strings.TrimSpace(pages.Clean(cell))):
			return fmt.Sprintf("holds %q under Name, which is no name", pages.Clip(cell))
		case c == pages.ColType && s.words != nil && s.typeLen(cell) != len(cell):
			return fmt.Sprintf("holds %q under Type, which is no type the pages know", pages.Clip(cell))
		case c == pages.ColRequired && !pages.IsCondition(cell+" "):
			if _, ok := pages.Requiredness(cell); !ok {
				return fmt.Sprintf("holds %q under Required, which states no requiredness", pages.Clip(cell))
			}
		}
	}
	return ""
}
