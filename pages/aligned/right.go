package aligned

import (
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A table whose every cell is right-aligned, the header's too, each
// column as wide as its widest cell and the columns one space apart:
// pandas' DataFrame.to_string, R's print of a data frame, numpy's and
// many a command's tables. A column is told by its right edge, where
// every line of the table has a word end and a space after it (or its
// end, for the last column); a cell's start is wherever its text starts.
// Such a tool pads a cell by its own count of characters: pandas counts
// code points (a Hangul syllable is one), R the display columns (it is
// two); the table is read by the count its lines all fit. A character
// the page lost (a zero-width space, which pages.Clean drops) shifts the
// rest of its row left: the row is read with its cells from the one that
// lost it on shifted back, with a warning. A cell pandas prints NaN is
// an empty one (read_html makes an empty cell NaN): it is read as empty,
// with a warning, as a NaN written as a value would be read so too. A
// line whose words do not end at the edges is refused at its line.

// rightNaN is how pandas prints a cell that holds nothing.
const rightNaN = "NaN"

// maxOffRows bounds the rows that run across a column's right edge that
// the other rows, two at least, end a word at: a row of the table that
// its edges do not cut, refused.
const maxOffRows = 1

// maxRightShift bounds the columns a row may stand short of the table's
// right edge and be read as shifted by characters the page lost.
const maxRightShift = 2

// rightGrid is a line laid out in columns, a rune each, by a count of
// characters: a space where the line has none.
type rightGrid []rune

// rightGridOf lays a line out by code points (wide false), as pandas counts
// them, or by display columns (wide true), a wide rune followed by a
// filler that is no space; nil for a line with a tab, which such a
// tool never writes.
func rightGridOf(line string, wide bool) rightGrid {
	line = strings.TrimRight(line, " ")
	g := make(rightGrid, 0, len(line))
	for _, r := range line {
		if r == '\t' {
			return nil
		}
		g = append(g, r)
		if wide && pages.RuneWidth(r) == 2 {
			g = append(g, 0)
		}
	}
	return g
}

// space reports whether the grid holds a space at column p, or ends
// before it.
func (g rightGrid) space(p int) bool { return p >= len(g) || g[p] == ' ' }

// endsAt reports whether a word of the grid ends right before column e,
// shifted left by d: the right edge of a column.
func (g rightGrid) endsAt(e, d int) bool {
	e -= d
	return e > 0 && e <= len(g) && !g.space(e-1) && g.space(e)
}

// text is the grid's text in columns [from, to), trimmed.
func (g rightGrid) text(from, to int) string {
	from, to = max(from, 0), min(to, len(g))
	if from >= to {
		return ""
	}
	var b strings.Builder
	for _, r := range g[from:to] {
		if r != 0 {
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

// rightLayout is a right-aligned table's columns: the right edge of each
// (the column after its last character), by one count of characters.
type rightLayout struct {
	edges []int
	wide  bool
}

// rightEdges returns the right edges of the columns of the header grid
// head over the row grids rows: each end of a header word where every
// row ends a word too, the last the header's end, which every row
// reaches; nil where the rows do not all end there. A row may run
// across an edge the others end a word at (maxOffRows): it is refused
// when its cells are read (rowCells). Where every row is
// blank up to a header word's end, the word is the start of a header
// cell of several words, over shorter cells. A row blank there where
// the other rows end a word may hold an empty cell, or a cell shorter
// than a header word it ends under, which the edges do not tell apart:
// such a row is ambiguous (-1 for none), and the edge is kept.
func rightEdges(head rightGrid, rows []rightGrid) (edges []int, ambiguous int) {
	ambiguous = -1
	for _, r := range rows {
		if len(r) != len(head) {
			return nil, -1
		}
	}
	prev := -1
	for e := 1; e <= len(head); e++ {
		if !head.endsAt(e, 0) {
			continue
		}
		ends, off, blank := 0, 0, -1
		for k, r := range rows {
			switch {
			case r.endsAt(e, 0):
				ends++
			case r.space(e) && r.text(prev+1, e) == "":
				blank = max(blank, k)
			default:
				off++
			}
		}
		if ends == 0 || off > maxOffRows || off > 0 && ends < 2 {
			continue // a header cell of several words, over shorter cells
		}
		if blank >= 0 && ambiguous < 0 {
			ambiguous = blank
		}
		edges = append(edges, e)
		prev = e
	}
	if len(edges) == 0 || edges[len(edges)-1] != len(head) {
		return nil, -1
	}
	return edges, ambiguous
}

// rightHeader reads the header of a right-aligned table at line i, with
// the lines of its rows up to the next blank line: its layout and
// cells, and the index of the line after the table. It needs two
// columns or more that name columns (namesColumns), rows that all reach
// the header's right edge but a few that a lost character or two
// shifted (fewer than those that reach it, two at least), each column
// filled by its widest cell (a line's text starts at its left), and a
// cell that starts right of another of its column (which a table
// aligned to the left has not). ambiguous is the index of the
// first line blank under a column (rightEdges), -1 for none. A line of
// another width among the rows, as no such tool prints one, whose words
// do not end at the edges of the columns it reaches (rowPrefix), is a
// line of text that cuts the table (a note, a callout): cuts holds the
// index of each, and the rows after them are the table's rest. The
// table ends before such lines after its last row, or more of them in a
// row than a page break leaves (pages.MaxBreakLines).
func rightHeader(lines []string, i int) (l rightLayout, cells []string, end, ambiguous int, cuts []int, ok bool) {
	if i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "" {
		return rightLayout{}, nil, 0, -1, nil, false
	}
measures:
	for _, wide := range []bool{false, true} {
		head := rightGridOf(lines[i], wide)
		if head == nil {
			return rightLayout{}, nil, 0, -1, nil, false
		}
		// all are the rows' grids, full those that reach the header's
		// right edge but a repeat of the header (a text browser's
		// thead printed twice), lineOf the index of each line of full,
		// and short the count of those a lost character shifted; odd
		// are the lines of another width, run the count of them right
		// before the line. A line of another width right under the
		// header ends the reading: it runs on every line that may head
		// a table, cheaply.
		var all, full []rightGrid
		var lineOf, odd []int
		short, run := 0, 0
		for end = i + 1; end < len(lines) && strings.TrimSpace(lines[end]) != ""; end++ {
			g := rightGridOf(lines[end], wide)
			if g == nil {
				return rightLayout{}, nil, 0, -1, nil, false
			}
			if len(g) > len(head) || len(head)-len(g) > maxRightShift {
				if end == i+1 {
					continue measures
				}
				if run == pages.MaxBreakLines {
					break
				}
				run++
				odd = append(odd, end)
				continue
			}
			run = 0
			all = append(all, g)
			switch {
			case len(g) < len(head):
				short++
			case lines[end] != lines[i]:
				full = append(full, g)
				lineOf = append(lineOf, end)
			}
		}
		end -= run // the text after the last row is the page's
		odd = odd[:len(odd)-min(run, len(odd))]
		if len(full) == 0 || short > 0 && (len(full) < 2 || short >= len(full)) {
			continue
		}
		edges, blank := rightEdges(head, full)
		if len(edges) < 2 {
			continue
		}
		l = rightLayout{edges: edges, wide: wide}
		cells = l.cells(head, 0, -1)
		if !namesColumns(cells) || !l.filled(head, all) || !l.ragged(head, all) {
			continue
		}
		for _, k := range odd {
			if l.rowPrefix(rightGridOf(lines[k], wide)) {
				continue measures
			}
		}
		ambiguous = -1
		if blank >= 0 {
			ambiguous = lineOf[blank]
		}
		return l, cells, end, ambiguous, odd, true
	}
	return rightLayout{}, nil, 0, -1, nil, false
}

// rowPrefix reports whether a grid ends a word at each edge but the
// last that it reaches, one at least, as a row does whose last cell
// ran long or that a hard wrap cut: no line of text, which ends its
// words where its words do.
func (l rightLayout) rowPrefix(g rightGrid) bool {
	reached := 0
	for _, e := range l.edges[:len(l.edges)-1] {
		if e >= len(g) {
			break
		}
		if !g.endsAt(e, 0) {
			return false
		}
		reached++
	}
	return reached > 0
}

// cells cuts a grid into the cells of the layout's columns, those from
// column c on shifted left by d (c -1 for none).
func (l rightLayout) cells(g rightGrid, d, c int) []string {
	out := make([]string, len(l.edges))
	from := 0
	for k, e := range l.edges {
		shift := 0
		if c >= 0 && k >= c {
			shift = d
		}
		out[k] = g.text(from, e-shift)
		from = e - shift + 1
	}
	return out
}

// filled reports whether each column starts where a line's text in it
// does, its widest cell's, which sets its width; or a column after, as
// pandas keeps a column for a number's sign.
func (l rightLayout) filled(head rightGrid, rows []rightGrid) bool {
	from := 0
	for _, e := range l.edges {
		widest := func(g rightGrid) bool { return g.textStart(from, e) <= from+1 }
		if !widest(head) && !anyGrid(rows, widest) {
			return false
		}
		from = e + 1
	}
	return true
}

// ragged reports whether two lines start a column's text at different
// places, as right-aligned cells of different lengths do.
func (l rightLayout) ragged(head rightGrid, rows []rightGrid) bool {
	from := 0
	for _, e := range l.edges {
		first := head.textStart(from, e)
		if anyGrid(rows, func(g rightGrid) bool { return g.textStart(from, e) != first }) {
			return true
		}
		from = e + 1
	}
	return false
}

// textStart is the column where the grid's text in [from, to) starts.
func (g rightGrid) textStart(from, to int) int {
	for p := from; p < to && p < len(g); p++ {
		if g[p] != ' ' {
			return p
		}
	}
	return to
}

func anyGrid(gs []rightGrid, f func(rightGrid) bool) bool {
	for _, g := range gs {
		if f(g) {
			return true
		}
	}
	return false
}

// rowCells reads a row's grid into cells: as it stands where it reaches
// the right edge and its words end at every edge; or, where it stands d
// columns short, with its cells from one column on shifted left by d,
// the one reading that ends its words at the edges (shifted, the column
// where the shift starts). It returns nil where no reading, or more than
// one, does.
func (l rightLayout) rowCells(g rightGrid, width int) (cells []string, shifted int) {
	d := width - len(g)
	if d < 0 || d > maxRightShift {
		return nil, -1
	}
	fits := func(c int) bool {
		for k, e := range l.edges {
			shift := 0
			if c >= 0 && k >= c {
				shift = d
			}
			if !g.endsAt(e, shift) {
				return false
			}
		}
		return true
	}
	if d == 0 {
		if fits(-1) {
			return l.cells(g, 0, -1), -1
		}
		return nil, -1
	}
	shifted = -1
	for c := range l.edges {
		if fits(c) {
			if shifted >= 0 {
				return nil, -1
			}
			shifted = c
		}
	}
	if shifted < 0 {
		return nil, -1
	}
	return l.cells(g, d, shifted), shifted
}

// rightTable reads the right-aligned table whose header is line i
// (rightHeader): its blocks and the index of the line after it; nil
// where line i heads no such table. A row whose words do not end at the
// columns' edges is refused at its line, and left out. A line of text
// that cuts the table is a text block of its own, and the rows after it
// a table without a header, the table's rest, which pages.Read tells by
// its width; or under the header printed again, with it.
func rightTable(src pages.Source, lines []string, i int) ([]pages.Block, int) {
	l, head, end, ambiguous, cuts, ok := rightHeader(lines, i)
	if !ok {
		return nil, 0
	}
	if ambiguous >= 0 {
		src.Report.Fail(pages.At(src.Name, ambiguous+1), "line %d, a row of the table at line %d whose cells are each right-aligned in their columns (%s), is blank under a column where the other rows end a word at its right edge: an empty cell, or a header cell of several words that a short cell does not reach, which the edges do not tell apart; write the empty cell as NaN or -, or set the cells apart by two spaces or more", ambiguous+1, i+1, strings.Join(head, " | "))
	}
	cols, _ := pages.ColumnsOf(head)
	tb := &pages.Table{Line: i + 1, Header: head, Cols: cols}
	blocks := []pages.Block{{Line: tb.Line, Table: tb}}
	width := l.edges[len(l.edges)-1]
	for j := i + 1; j < end; j++ {
		if slices.Contains(cuts, j) {
			blocks = append(blocks, pages.Block{Line: j + 1, Text: strings.TrimSpace(lines[j])})
			tb = nil
			continue
		}
		if tb == nil {
			tb = &pages.Table{Line: j + 1}
			blocks = append(blocks, pages.Block{Line: tb.Line, Table: tb})
			if lines[j] == lines[i] {
				tb.Header, tb.Cols = head, cols
				continue
			}
		}
		g := rightGridOf(lines[j], l.wide)
		cells, shifted := l.rowCells(g, width)
		if cells == nil {
			src.Report.Fail(pages.At(src.Name, j+1), "line %d (%q) is a row of the table at line %d, whose cells are each right-aligned in their columns (%s) as pandas' to_string prints a table, but its words do not end at the right edges of those columns, or end there in more than one way: which words are whose cells cannot be told, and the row is left out; write its cells so that each ends at its column's right edge, or set them apart by two spaces or more", j+1, pages.Clip(strings.TrimSpace(lines[j])), i+1, strings.Join(head, " | "))
			continue
		}
		if shifted >= 0 {
			src.Report.Warn(pages.At(src.Name, j+1), "line %d stands %d columns short of the right edge of the table at line %d, whose cells are each right-aligned in their columns: its cells from the column %s on end that far left of their edges, as a character the page lost in that cell (a zero-width space) leaves them; read so", j+1, width-len(g), i+1, head[shifted])
		}
		for k, c := range cells {
			if c == rightNaN {
				src.Report.Warn(pages.At(src.Name, j+1), "line %d: the cell of the column %s reads %s, as pandas prints a cell that holds nothing: read as an empty cell", j+1, head[k], rightNaN)
				cells[k] = ""
			}
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: j + 1, Raw: lines[j], Cells: cells})
	}
	return blocks, end
}
