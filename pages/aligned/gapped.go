package aligned

import (
	"fmt"
	"slices"
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
// same gap, the last too, and by its first row, of two cells or more,
// gaps counted, its lines each holding as many cells as the header, or
// fewer where the row is short of cells (a line of one is
// a cell that spans the row, a note, and a row of fewer a row short of
// cells, as the page's <tr> is); a line that holds more cells than the
// header's, or is indented less than the table, is refused at its line. The cells' kinds then confirm the
// cuts the gaps make: a row whose Name cell begins with no name, whose
// Type cell begins with no type the pages know, or whose Required cell
// states no requiredness is refused at its line, as a cell may hold two spaces (a
// no-break space the page wrote) that the reading took for a gap.

// gappedGrid is the layout of a table whose cells are each followed by
// a fixed gap: the rows' indent, the gap, the number of columns, and the
// empty cells every line ends with, gaps alone, right of the last column
// (shr renders the spaces a page's source sets between its cells as
// such).
type gappedGrid struct {
	indent, gap, n, extra int
}

// gappedLine is a line of such a table cut at its gaps: its cells by
// column (empty where the line has none), the column of its first cell,
// and the number of cells its gaps count (the last followed by one), the
// empty ones every line of the table ends with aside.
type gappedLine struct {
	cells []string
	first int
	count int
}

// split cuts line l of a table laid out in grid g, or tells why it does
// not fit: it is indented less than the table, or it holds more cells
// than the table's columns. A line that ends without its last gap does
// not fit either: the gaps after its last cell are the evidence. A run
// of spaces is as many gaps as it holds whole: the spaces left over are
// a cell's own, as the space a cell's text keeps before a line break
// (<br>), which no cut of the words changes.
func (g gappedGrid) split(l string) (gappedLine, string) {
	if strings.ContainsRune(l, '\t') {
		return gappedLine{}, "it holds a tab"
	}
	lead := len(l) - len(strings.TrimLeft(l, " "))
	if lead < g.indent {
		return gappedLine{}, fmt.Sprintf("its indent, %d spaces, is less than the table's (%d)", lead, g.indent)
	}
	gl := gappedLine{cells: make([]string, g.n+g.extra), first: (lead - g.indent) / g.gap}
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
		col += run / g.gap
		rest = rest[run:]
	}
	if col > g.n+g.extra {
		return gappedLine{}, fmt.Sprintf("its gaps count more cells than the header's %d", g.n)
	}
	gl.count = min(col-g.extra, g.n)
	gl.cells = gl.cells[:g.n]
	return gl, ""
}

// gappedHeaderLine returns the cells of line i where it is a header's
// line whose cells are each followed by the same gap, the last too,
// naming columns (gappedHeader, whatever the lines under it hold), and
// the line under it ends with two spaces, as a line of such a table does;
// else nil.
func gappedHeaderLine(lines []string, i int) []string {
	if i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "" || !strings.HasSuffix(lines[i+1], "  ") {
		return nil
	}
	cells, _, _, ok := gappedCells(lines[i])
	if !ok || !namesColumns(cells) {
		return nil
	}
	return cells
}

// gappedCells cuts line l as a header's whose cells are each followed by
// the same gap, two spaces or more, the last too: its cells, its indent,
// the gap and the spaces after its last cell; ok is false where it is no
// such line.
func gappedCells(l string) (cells []string, indent, gap int, ok bool) {
	if !strings.HasSuffix(l, "  ") || strings.ContainsRune(l, '\t') || len(l) > maxHeaderBytes {
		return nil, 0, 0, false
	}
	indent = len(l) - len(strings.TrimLeft(l, " "))
	t := strings.TrimLeft(l, " ")
	end := strings.Index(t, "  ")
	if end <= 0 {
		return nil, 0, 0, false
	}
	gap = len(t[end:]) - len(strings.TrimLeft(t[end:], " "))
	// Every cell of the header is followed by one gap: none is empty.
	body := strings.TrimRight(t, " ")
	if (len(t)-len(body))%gap != 0 {
		return nil, 0, 0, false
	}
	cells = strings.Split(body, strings.Repeat(" ", gap))
	for _, c := range cells {
		if c == "" || c != strings.TrimSpace(c) {
			return nil, 0, 0, false
		}
	}
	return cells, indent, gap, len(cells) >= 2
}

// gappedHeader reads line i as the header of a table whose cells are
// each followed by a fixed gap, with the lines its cells wrap onto and
// its first row's first line: its grid, its cells whole, and the index
// of its first row's line; ok is false where line i is no such header.
func gappedHeader(lines []string, i int) (g gappedGrid, head []string, first int, ok bool) {
	cells, indent, gap, ok := gappedCells(lines[i])
	if !ok {
		return g, nil, 0, false
	}
	// The gaps after its last cell, past the first, are the empty cells
	// every line ends with.
	trail := len(lines[i]) - len(strings.TrimRight(lines[i], " "))
	named := len(cells)
	// A header whose first cells are empty (a column of the rows'
	// numbers) is indented past its rows by their gaps: its first line
	// indented less, past the lines its cells wrap onto, tells (a line
	// of the table ends with a gap; the text under it does not).
	for j := i + 1; j < len(lines) && strings.TrimSpace(lines[j]) != "" && strings.HasSuffix(lines[j], strings.Repeat(" ", gap)); j++ {
		lead := len(lines[j]) - len(strings.TrimLeft(lines[j], " "))
		if lead < indent {
			if (indent-lead)%gap == 0 {
				cells = append(make([]string, (indent-lead)/gap), cells...)
				indent = lead
			}
			break
		}
	}
	g = gappedGrid{indent: indent, gap: gap, n: len(cells), extra: trail/gap - 1}
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
	if !namesColumns(cells[len(cells)-named:]) {
		return g, nil, 0, false
	}
	if gl, _ := g.split(lines[j]); gl.count < 2 || named < len(cells) && gl.count != g.n {
		// A first row of two cells or more, gaps counted; under a header
		// whose first cells are empty, a cell in each of its columns.
		return g, nil, 0, false
	}
	return g, cells, j, true
}

// gappedTable reads the table whose header is line i, its cells each
// followed by a fixed gap: the table, its notes, which follow it as
// text, the index of the line after it (rows), and the table's layout, for its rest (gappedRest); ok
// is false where line i is no such header.
func gappedTable(src pages.Source, lines []string, i int) (tb *pages.Table, notes []pages.Block, end int, at gappedAt, ok bool) {
	g, head, from, ok := gappedHeader(lines, i)
	if !ok {
		return nil, nil, i, at, false
	}
	cols, _ := pages.ColumnsOf(head)
	tb = &pages.Table{Line: i + 1, Header: head, Cols: cols}
	src.Report.Warn(pages.At(src.Name, i+1), "the table at line %d has no column lined up, each cell followed by %d spaces and a wide cell going on over the next lines, as a browser that lines columns up with styles saves a table (Emacs's eww): its cells read by those gaps, an empty cell a gap alone", i+1, g.gap)
	at = gappedAt{grid: g, head: head, line: i}
	notes, end = at.rows(src, lines, g, from, tb)
	return tb, notes, end, at, true
}

// gappedAt is a table read whose cells are each followed by a fixed gap:
// its grid, its header's cells and line.
type gappedAt struct {
	grid gappedGrid
	head []string
	line int
}

// rows reads the rows of the table a, laid out in grid g (the table's,
// or its rest's), from line from on: the rows, and the index of the line
// after them, a blank line that no line of the table follows (goesOn) or
// a line that ends with no gap, as text does (one space at most) and no
// line of the table (shr sets the text after a table right under it). A
// row that repeats the header (shr prints a <thead> again) is no row. It
// sets the rows of tb and returns its notes, which follow it as text: a
// line of one cell where its rows hold more, a cell that spans the row
// (pages.TakeNotes).
func (a gappedAt) rows(src pages.Source, lines []string, g gappedGrid, from int, tb *pages.Table) ([]pages.Block, int) {
	i, head := a.line, a.head
	type rowAt struct {
		line  int
		cells []string
		lines []string
		// parts are the cells' lines after the row's first, which
		// pages.CellLines joins to its cells.
		parts [][]string
		note  bool
	}
	var rows []*rowAt
	var cur *rowAt
	j := from
	for ; j < len(lines) && (strings.TrimSpace(lines[j]) != "" && strings.HasSuffix(lines[j], strings.Repeat(" ", g.gap)) || g.hardWrapped(lines, j) || strings.TrimSpace(lines[j]) == "" && g.goesOn(lines, j)); j++ {
		if strings.TrimSpace(lines[j]) == "" {
			continue
		}
		line := lines[j]
		if g.hardWrapped(lines, j) {
			src.Report.Warn(pages.At(src.Name, j+2), "line %d starts at the margin, left of the table at line %d, right under a line of it that ends with no gap: read as the rest of line %d, which a hard wrap cut (an editor or a mail client that wraps at a column)", j+2, i+1, j+1)
			line = lines[j] + " " + strings.TrimLeft(lines[j+1], " ")
		}
		gl, why := g.split(line)
		switch {
		case why != "":
			src.Report.Fail(pages.At(src.Name, j+1), "line %d (%q), in the table at line %d whose cells are each followed by %d spaces, does not fit its cells: %s. Which words are whose cells cannot be told; write the table with its columns lined up, or with pipes between its cells", j+1, pages.Clip(strings.TrimSpace(lines[j])), i+1, g.gap, why)
			cur = nil
		case gl.first == 0 && gl.count == 1:
			rows = append(rows, &rowAt{line: j, cells: gl.cells[:1], lines: []string{strings.TrimSpace(lines[j])}, note: true})
			cur = nil
		case gl.first == 0 && slices.Equal(gl.cells, head):
			src.Report.Warn(pages.At(src.Name, j+1), "line %d of the table at line %d repeats its header: read as no row", j+1, i+1)
			cur = nil
		case gl.first == 0:
			cur = &rowAt{line: j, cells: gl.cells[:gl.count], lines: []string{strings.TrimSpace(lines[j])}, parts: make([][]string, gl.count)}
			rows = append(rows, cur)
		case cur == nil:
			src.Report.Fail(pages.At(src.Name, j+1), "line %d (%q), in the table at line %d whose cells are each followed by %d spaces, goes on with cells of the columns right of its first, but no row stands above it to go on. Which row it belongs to cannot be told; write the cell in its row", j+1, pages.Clip(strings.TrimSpace(lines[j])), i+1, g.gap)
		default:
			for k, c := range gl.cells {
				if c != "" && k >= len(cur.cells) {
					src.Report.Fail(pages.At(src.Name, j+1), "line %d (%q), in the table at line %d whose cells are each followed by %d spaces, goes on with a cell right of the last that its row at line %d holds: whose cell it is cannot be told; write the row's cells whole", j+1, pages.Clip(strings.TrimSpace(lines[j])), i+1, g.gap, cur.line+1)
					break
				}
				if c != "" {
					cur.parts[k] = append(cur.parts[k], c)
				}
			}
			cur.lines = append(cur.lines, strings.TrimSpace(lines[j]))
		}
		if line != lines[j] {
			j++ // the line the hard wrap cut off, read
		}
	}
	cols, _ := pages.ColumnsOf(head)
	kinds := cellSplitter{words: src.Words, cols: cols}
	notes := map[int]bool{}
	for _, r := range rows {
		for k, p := range r.parts {
			if len(p) > 0 {
				r.cells[k] = pages.CellLines(append([]string{r.cells[k]}, p...))
			}
		}
		if r.note {
			notes[r.line+1] = true
		} else if why := kinds.kindsDisagree(r.cells); why != "" && len(r.cells) == g.n {
			src.Report.Fail(pages.At(src.Name, r.line+1), "the row at line %d of the table at line %d, its cells cut at its gaps of %d spaces (%s), %s: a cell may hold two spaces that the cut took for a gap. Write the table with its columns lined up, or with pipes between its cells", r.line+1, i+1, g.gap, pages.Clip(strings.Join(r.cells, " | ")), why)
			continue
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: r.line + 1, Raw: strings.Join(r.lines, "\n"), Cells: r.cells})
	}
	return tb.TakeNotes(src, func(r *pages.Row) bool { return notes[r.Line] }, fmt.Sprintf("one cell where its rows hold %d, gaps counted, a cell that spans the row", g.n)), j
}

// rest reads the lines from line i on, a few lines of text or blank
// lines after the table a, as its rest, where line i is a row of its
// columns cut at gaps as its own (a page writes a table's rest after an
// ad slot or a note as a table of its own, without a header row, which
// shr indents and sizes as its own): its rows, under no header
// (pages.Read tells the rest), its notes and the index of the line
// after it;
// nil where line i is no such row.
func (a gappedAt) rest(src pages.Source, lines []string, i int) (*pages.Table, []pages.Block, int) {
	lead := len(lines[i]) - len(strings.TrimLeft(lines[i], " "))
	for _, extra := range []int{0, a.grid.extra} {
		g := gappedGrid{indent: lead, gap: a.grid.gap, n: a.grid.n, extra: extra}
		gl, why := g.split(lines[i])
		if why != "" || gl.count != g.n || slices.Equal(gl.cells, a.head) {
			continue
		}
		cols, _ := pages.ColumnsOf(a.head)
		if (cellSplitter{words: src.Words, cols: cols}).kindsDisagree(gl.cells) != "" {
			continue
		}
		src.Report.Warn(pages.At(src.Name, i+1), "line %d, after the table at line %d and a few lines of text or none, is a row of its columns, its cells each followed by %d spaces as that table's: read with the lines under it as the rest of that table, the lines between them as text", i+1, a.line+1, g.gap)
		tb := &pages.Table{Line: i + 1}
		notes, end := a.rows(src, lines, g, i, tb)
		return tb, notes, end
	}
	return nil, nil, i
}

// strayCells returns the cells of line i, a line of text a few lines
// after the table a that is not its rest (rest), cut at the table's gap
// as its rows are, for pages.StrayCheck to refuse where they are a row of
// it: a row short of a cell, which rest does not read, is such a row as
// much as a whole one. It returns nil where the line does not cut so.
func (a gappedAt) strayCells(lines []string, i int) []string {
	lead := len(lines[i]) - len(strings.TrimLeft(lines[i], " "))
	g := gappedGrid{indent: lead, gap: a.grid.gap, n: a.grid.n}
	gl, why := g.split(lines[i])
	if why != "" || gl.first != 0 {
		return nil
	}
	return gl.cells[:gl.count]
}

// hardWrapped reports whether line j of a table laid out in grid g is a
// line of it that a hard wrap cut: it ends with no gap, and the line
// under it starts left of the table and ends with a gap.
func (g gappedGrid) hardWrapped(lines []string, j int) bool {
	gap := strings.Repeat(" ", g.gap)
	if j+1 >= len(lines) || strings.TrimSpace(lines[j]) == "" || strings.HasSuffix(lines[j], gap) || strings.TrimSpace(lines[j+1]) == "" || !strings.HasSuffix(lines[j+1], gap) {
		return false
	}
	return len(lines[j+1])-len(strings.TrimLeft(lines[j+1], " ")) < g.indent
}

// goesOn reports whether the blank line j, in a table laid out in grid
// g, is one of the table's: the line after it fits the grid whole, every
// cell followed by its gap, the last line's too, and is no header of a
// table of its own. A cell of paragraphs sets such a line between rows.
func (g gappedGrid) goesOn(lines []string, j int) bool {
	if j+1 >= len(lines) || strings.TrimSpace(lines[j+1]) == "" {
		return false
	}
	gl, why := g.split(lines[j+1])
	if why != "" || gl.count != g.n {
		return false
	}
	_, _, _, head := gappedHeader(lines, j+1)
	return !head
}

// kindsDisagree tells why the cells of a row cut at its gaps do not hold
// what their columns do, or "": a Name cell that begins with no name
// (the invisible characters a name may carry aside; a badge may follow
// it), a Type cell that begins with no type the pages know, a Required
// cell that states no requiredness. A row short of cells is left to the
// reading of its cells, as the page's row of fewer cells is.
func (s cellSplitter) kindsDisagree(cells []string) string {
	for k, cell := range cells {
		c := s.cols[k]
		switch {
		case cell == "":
		case c == pages.ColName && !pages.IsNameCell(firstWordOf(pages.Clean(cell))):
			return fmt.Sprintf("holds %q under Name, which is no name", pages.Clip(cell))
		case c == pages.ColType && s.words != nil && s.typeLen(cell) == 0:
			return fmt.Sprintf("holds %q under Type, which begins with no type the pages know", pages.Clip(cell))
		case c == pages.ColRequired && !pages.IsCondition(cell+" "):
			if _, ok := pages.Requiredness(cell); !ok {
				return fmt.Sprintf("holds %q under Required, which states no requiredness", pages.Clip(cell))
			}
		}
	}
	return ""
}
