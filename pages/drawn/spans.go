package drawn

import (
	"fmt"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A grid may draw a cell that spans rows or columns (pandoc 3 writes
// HTML's rowspan and colspan so, in Markdown, reStructuredText and plain
// text): the rule under a row stops at the column of a cell that goes on
// below it ("|        +--------+", a span rule), and a row's line has no
// wall between the columns of a cell that spans them. Such a grid is read
// by its boxes, as docutils reads one: from each corner, along its top
// rule to a junction where a wall goes down, down that wall to a
// junction where a rule goes back to the corner's column, and up that
// column to the corner. Each box is a cell; the rows are the spans
// between the rules that boxes share, the columns between their walls.
// A cell that spans rows is read in each row it spans, and one that
// spans columns as its text and empty cells after it, each with a
// warning, as the other styles read a span (pages.SpanGrid).

// box is a cell of a grid traced by its borders: the indexes of the
// grid's lines of its top and bottom rules, and the display columns of
// its left and right walls.
type box struct{ top, bottom, left, right int }

// maxTracedGrid bounds the display cells (lines by columns) of a grid
// read by its boxes: a larger one is read by its lines, and its spans
// refused.
const maxTracedGrid = 200000

// spanRule reports whether a line of a grid whose columns are cols is a
// span rule: it starts at the first column's border with a wall or a
// junction, ends at the last one's with one too, and draws a rule
// between two of its columns' borders (a junction, fills after it to
// the next junction) but not between all of them.
func spanRule(l string, cols []int) bool {
	g := displayRunes(withoutAlignment(strings.TrimRight(l, " ")))
	if len(cols) < 2 || len(g) != cols[len(cols)-1]+1 || !isEdge(g[cols[0]]) || !isEdge(g[len(g)-1]) {
		return false
	}
	ruled, open := 0, 0
	for k := 0; k+1 < len(cols); k++ {
		seg := g[cols[k]+1 : cols[k+1]]
		if strings.ContainsRune(junctions, g[cols[k]]) && strings.ContainsRune(junctions, g[cols[k+1]]) && len(seg) > 0 && allFill(seg) {
			ruled++
		} else {
			open++
		}
	}
	return ruled > 0 && open > 0
}

// isEdge reports whether r may stand at a grid's outer border on a
// line between its top and bottom rules: a wall or a junction.
func isEdge(r rune) bool {
	return strings.ContainsRune(walls, r) || strings.ContainsRune(junctions, r)
}

// allFill reports whether runes are all a rule's fills.
func allFill(rs []rune) bool {
	for _, r := range rs {
		if !strings.ContainsRune(fills+heavy, r) {
			return false
		}
	}
	return true
}

// displayRunes lays a line out in display columns: a rune a column, a
// wide rune (Hangul, CJK) in the first of its two, a zero in the second.
func displayRunes(l string) []rune {
	var g []rune
	for _, r := range l {
		g = append(g, r)
		for range pages.RuneWidth(r) - 1 {
			g = append(g, 0)
		}
	}
	return g
}

// spansCells reports whether a grid's lines from the one after its top
// rule to last hold a span: a span rule, or a line of walls that stand
// on its columns' borders but leave one out (a cell spanning columns).
func spansCells(lines []string, top, last int, cols []int) bool {
	for j := top + 1; j < last; j++ {
		if _, ok := gridRule(lines[j]); ok {
			continue
		}
		if spanRule(lines[j], cols) {
			return true
		}
		ws := wallsOf(lines[j])
		if ws == nil || len(ws) >= len(cols) {
			continue
		}
		on := 0
		for _, w := range ws {
			if slices.Contains(cols, w.col) {
				on++
			}
		}
		if on == len(ws) && ws[0].col == cols[0] && ws[len(ws)-1].col == cols[len(cols)-1] {
			return true
		}
	}
	return false
}

// traceBoxes reads the boxes of the grid drawn on lines top to bottom
// (its top and bottom rules), its outer borders at display columns left
// and right; ok is false where the boxes leave part of the grid out. A
// box's top left corner is a box's top right corner or its bottom left
// one; where no box starts there (a junction inside the rule under a
// box that spans columns), none is read.
func traceBoxes(lines []string, top, bottom, left, right int) ([]box, bool) {
	if (bottom-top+1)*(right+1) > maxTracedGrid {
		return nil, false
	}
	g := make([][]rune, 0, bottom-top+1)
	for j := top; j <= bottom; j++ {
		row := displayRunes(withoutAlignment(strings.TrimRight(lines[j], " ")))
		for len(row) <= right {
			row = append(row, ' ')
		}
		g = append(g, row)
	}
	at := func(y, x int) rune { return g[y][x] }
	corner := func(y, x int) bool { return strings.ContainsRune(junctions, at(y, x)) }
	fill := func(y, x int) bool { return strings.ContainsRune(fills+heavy, at(y, x)) }
	wall := func(y, x int) bool { return strings.ContainsRune(walls, at(y, x)) }
	closes := func(y0, x0, y1, x1 int) bool {
		for x := x1 - 1; x > x0; x-- {
			if !fill(y1, x) && !corner(y1, x) {
				return false
			}
		}
		if !corner(y1, x0) {
			return false
		}
		for y := y1 - 1; y > y0; y-- {
			if !wall(y, x0) && !corner(y, x0) {
				return false
			}
		}
		return true
	}
	down := func(y0, x0, x1 int) (int, bool) {
		for y := y0 + 1; y < len(g); y++ {
			switch {
			case corner(y, x1):
				if closes(y0, x0, y, x1) {
					return y, true
				}
			case !wall(y, x1):
				return 0, false
			}
		}
		return 0, false
	}
	trace := func(y0, x0 int) (box, bool) {
		for x := x0 + 1; x <= right; x++ {
			switch {
			case corner(y0, x):
				if y1, ok := down(y0, x0, x); ok {
					return box{y0, y1, x0, x}, true
				}
			case !fill(y0, x):
				return box{}, false
			}
		}
		return box{}, false
	}
	var boxes []box
	done := map[[2]int]bool{}
	queue := [][2]int{{0, left}}
	area := 0
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if done[c] {
			continue
		}
		done[c] = true
		b, ok := trace(c[0], c[1])
		if !ok {
			continue // a junction inside a box's bottom rule, where no box starts
		}
		boxes = append(boxes, b)
		area += (b.bottom - b.top) * (b.right - b.left)
		if b.right < right {
			queue = append(queue, [2]int{b.top, b.right})
		}
		if b.bottom < len(g)-1 {
			queue = append(queue, [2]int{b.bottom, b.left})
		}
	}
	if area != (len(g)-1)*(right-left) {
		return nil, false
	}
	for k := range boxes {
		boxes[k].top += top
		boxes[k].bottom += top
	}
	return boxes, true
}

// spannedAt reads the grid whose top rule is line i and last line last,
// its columns' borders cols, by its boxes (traceBoxes), into d: each
// row the cells of the boxes over it, a box over several rows or
// columns spread over them with a note; the rows above a heavy rule, or
// a first row that names two columns (namesTwo), its header. breaks
// tells that the grid breaks a word too long for its column
// (joinBroken). ok is false where the boxes do not trace.
func (d *drawing) spannedAt(lines []string, i, last int, cols []int, breaks bool) bool {
	boxes, ok := traceBoxes(lines, i, last, cols[0], cols[len(cols)-1])
	if !ok {
		return false
	}
	var ys, xs []int
	for _, b := range boxes {
		ys = append(ys, b.top, b.bottom)
		xs = append(xs, b.left, b.right)
	}
	slices.Sort(ys)
	slices.Sort(xs)
	ys, xs = slices.Compact(ys), slices.Compact(xs)
	rows := make([][]string, len(ys)-1)
	for r := range rows {
		rows[r] = make([]string, len(xs)-1)
	}
	paras := make([][][]string, len(ys)-1)
	for r := range paras {
		paras[r] = make([][]string, len(xs)-1)
	}
	for _, b := range boxes {
		c0, c1 := slices.Index(xs, b.left), slices.Index(xs, b.right)
		for _, x := range xs[c0+1 : c1] {
			if !spansBorder(lines, b, x) {
				return false
			}
		}
	}
	var notes []refusal
	for _, b := range boxes {
		r0, r1 := slices.Index(ys, b.top), slices.Index(ys, b.bottom)
		c0, c1 := slices.Index(xs, b.left), slices.Index(xs, b.right)
		text, ps := boxText(lines, b, breaks, &d.joins)
		for r := r0; r < r1; r++ {
			rows[r][c0], paras[r][c0] = text, ps
			if r > r0 {
				notes = append(notes, refusal{line: ys[r] + 2, why: fmt.Sprintf("the cell %d of the row at line %d is the cell of the row at line %d above it, whose box goes on down across this row, the rule between them drawn only across the other columns (a cell that spans rows): read as that cell, %q", c0+1, ys[r]+2, ys[r0]+2, pages.Clip(text))})
			}
		}
		if c1-c0 > 1 {
			notes = append(notes, refusal{line: ys[r0] + 2, why: fmt.Sprintf("the cell %d of the row at line %d spans %d columns, no wall between them: read as that cell and %d empty cells after it", c0+1, ys[r0]+2, c1-c0, c1-c0-1)})
		}
	}
	slices.SortStableFunc(notes, func(a, b refusal) int { return a.line - b.line })
	d.notes = append(d.notes, notes...)
	body := 0
	for r := 1; r < len(ys)-1; r++ {
		if heavyRule(lines[ys[r]]) {
			body = r
			break
		}
	}
	if body == 0 && len(rows) > 1 && namesTwo(rows[0]) {
		body = 1
	}
	if body > 0 {
		d.head, d.headLine = joinRows(rows[:body]), ys[0]+2
	}
	for r := body; r < len(rows); r++ {
		d.rows = append(d.rows, keptParagraphs(&pages.Row{Line: ys[r] + 2, Raw: strings.TrimSpace(lines[ys[r]+1]), Cells: rows[r]}, paras[r]))
	}
	return true
}

// spansBorder reports whether a box of a grid spans the border of its
// columns at display column x, and is not a row that lost its wall
// there (an edit, a wrap): its text crosses the border, or a rule over
// or under it has no junction there (the box drawn across it). Where
// both rules have one and the text leaves the border blank, either
// reading fits, and the grid is read by its lines, which refuse the
// row.
func spansBorder(lines []string, b box, x int) bool {
	for _, y := range []int{b.top, b.bottom} {
		if g := displayRunes(lines[y]); x < len(g) && !strings.ContainsRune(junctions, g[x]) {
			return true
		}
	}
	for j := b.top + 1; j < b.bottom; j++ {
		if g := displayRunes(lines[j]); x < len(g) && g[x] != ' ' {
			return true
		}
	}
	return false
}

// heavyRule reports whether a line of a grid is a rule under its
// header: a rule, or a span rule, drawn with heavy fills (a junction
// followed by one, where a span rule's cell may hold any text).
func heavyRule(l string) bool {
	if r, ok := gridRule(l); ok {
		return r.heavy
	}
	g := displayRunes(withoutAlignment(l))
	for k := 0; k+1 < len(g); k++ {
		if strings.ContainsRune(junctions, g[k]) && strings.ContainsRune(heavy, g[k+1]) {
			return true
		}
	}
	return false
}

// joinRows joins the cells of a header's rows column by column.
func joinRows(rows [][]string) []string {
	if len(rows) == 1 {
		return rows[0]
	}
	return joinCells(rows, len(rows[0]))
}

// boxText reads the text inside a box of a grid: its lines between its
// walls, joined as a grid's row's cell is (joinBroken where breaks is
// set, else joinCells), with the paragraphs its blank lines part; the
// words joined across lines are added to joins.
func boxText(lines []string, b box, breaks bool, joins *[]wordJoin) (string, []string) {
	var parts [][]string
	var group []int
	for j := b.top + 1; j < b.bottom; j++ {
		g := displayRunes(strings.TrimRight(lines[j], " "))
		from, to := min(b.left+1, len(g)), min(b.right, len(g))
		cell := strings.TrimSpace(strings.ReplaceAll(string(g[from:to]), "\x00", ""))
		parts, group = append(parts, []string{cell}), append(group, j)
	}
	dropDirectives(parts)
	if !breaks {
		cells := joinCells(parts, 1)
		return cells[0], nil
	}
	cells, js, ps := joinBroken(parts, group, []int{b.right - b.left - 3})
	*joins = append(*joins, js...)
	return cells[0], ps[0]
}
