package aligned

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A text browser sets a cell shorter than its row in the middle of the
// row, as HTML aligns a cell by default: w3m puts a cell of h lines in a
// row of H lines (H-h)/2 lines down, rounded down, so that a name sits on
// the middle line of a tall row, under the first lines of its
// description, and the rows of a table whose rows no blank line sets
// apart run together. Which lines are whose row is told by the ways to
// cut the lines into rows so that each row holds one first cell (a name
// on one line: a name never wraps; a code wrapped inside its
// parenthesis; a name a narrow column broke), and in each column one
// cell, on lines that follow each other, placed in the row as the
// browser places it, the tallest as tall as the row; of those, the
// cheapest: a cell goes on at its next line where the next word would
// not have fitted on its line in the column, as the browser wraps, and
// each line it goes on at otherwise (a line break in the cell) costs
// one. A page is read so where its reading at the top of the rows finds
// cells in the middle (cells before a table's first name, text under a
// requiredness word below a row) or a cell that goes on at a line that
// had room for its first word, and a placement, rounded down or up,
// explains the page's tables at less cost; the placement is the one that
// cuts every table that either cuts, at least cost over them all. A
// run that the placements cut in two ways at least cost is refused at
// the first line the two ways disagree on. A page may set its cells at
// the bottom of their rows instead (valign="bottom"), a name on its
// row's last line: that is one more placement, weighed as the others. A
// run that the placements chosen cut one way, but one that explains the
// page as well by where its cells sit and wrap alone cuts another, is
// read the first way with a warning at the first line they disagree on:
// the cells' text alone told them apart.

// placement is where a row sets a cell shorter than itself: in its
// middle, the spare lines split rounded down (w3m) or up above the cell,
// or at its bottom, every spare line above the cell (a table whose cells
// the page aligns to the bottom, valign="bottom", as w3m, ELinks and
// Links keep it), or on the middle line of a row of an odd number of
// lines (middleLine: pdftotext -layout of a printed table, which puts a
// line of its own between the two halves of a cell of an even number of
// lines for the shorter cells centred beside it).
type placement int

const (
	middleDown placement = iota
	middleUp
	bottom
	middleLine
)

// above is the lines a cell of h lines stands below the top of its row
// of rowLines lines.
func (p placement) above(rowLines, h int) int {
	switch p {
	case middleUp:
		return (rowLines - h + 1) / 2
	case bottom:
		return rowLines - h
	}
	return (rowLines - h) / 2
}

// maxMiddleLines bounds the lines of a run of a table read by placement,
// and maxRowLines the lines of a row of it.
const (
	maxMiddleLines = 200
	maxRowLines    = 40
)

// run is a run of lines of a table with no blank line between them, as
// the reader took it, with the table's header.
type run struct {
	h     *header
	lines []line
	// cuts are where the reading at the top of the cells started each
	// row of the run but its first.
	cuts []int
	// placed is set where the page sets every cell in the middle of its
	// row (reader.placed).
	placed bool
}

// grid is a run's lines cut into the columns of its table: the text of
// each line in each column, and the width each column's text takes.
type grid struct {
	cells [][]string
	// goesOn reports, for each line, that its first cell's text is the
	// rest of the line above's: it closes a parenthesis that one left
	// open ("4xx (custom" over "status)"), or goes on with a name the
	// narrow column broke ("nicknameChangesLef" over "t").
	goesOn []bool
	ends   [][]int // where each cell's text ends, less its column's start
	width  []int
	// prose tells the columns of descriptions, whose cells begin as a
	// sentence does (cutCost).
	prose []bool
	// byText is set where the text of the descriptions tells cuts
	// (cutCost), as well as the lines and the wraps of the cells.
	byText bool
	// splits is set where a row may set its one-line cells on two lines
	// (split): only for a run that no way cuts into rows otherwise. Every
	// way then costs nothing (partitions): the run is read only where its
	// cells' places allow one way to cut it, whatever its wraps cost, as
	// a row split so makes room for more ways than the print's.
	splits bool
}

// notedCodeRe matches a first cell of one word and its note in
// parentheses, on one line: "4xx (custom status)".
var notedCodeRe = regexp.MustCompile(`^\S+ \([^()]+\)$`)

// gridOf cuts a run into its columns. It reports false where a line has
// text under the first column that is no name alone, nor a code that
// wraps inside a parenthesis ("4xx (custom" over "status)"): a cell of
// words wraps, and the rows could not be told by their first cells.
func gridOf(h *header, lines []line, placed bool) (grid, bool) {
	n := len(h.starts)
	g := grid{width: make([]int, n), prose: make([]bool, n), byText: true}
	cols, _ := pages.ColumnsOf(h.cells)
	for k, c := range cols {
		g.prose[k] = c == pages.ColDescription
	}
	rd := &reader{h: *h, placed: placed}
	var above []frag // the last part of each column's text on the line above
	for _, l := range lines {
		cells, ends := make([]string, n), make([]int, n)
		firsts, lasts := make([]frag, n), make([]frag, n)
		for _, c := range l.chunks {
			k := h.column(c.start)
			if cells[k] == "" {
				firsts[k] = frag{line: l.line, chunk: c}
				cells[k] = c.text
			} else {
				cells[k] += " " + c.text
			}
			lasts[k] = frag{line: l.line, chunk: c}
			ends[k] = c.end - h.starts[k]
			g.width[k] = max(g.width[k], ends[k])
		}
		goesOn := above != nil && above[0].text != "" && cells[0] != "" && (closes(g.cells[len(g.cells)-1][0], cells[0]) || rd.brokenRow(above, firsts))
		if strings.Contains(cells[0], " ") && !goesOn && !notedCodeRe.MatchString(cells[0]) && strings.Count(cells[0], "(") <= strings.Count(cells[0], ")") {
			return grid{}, false
		}
		g.cells, g.ends = append(g.cells, cells), append(g.ends, ends)
		g.goesOn = append(g.goesOn, goesOn)
		above = lasts
	}
	return g, true
}

// brokenRow reports whether a line, the first part of each of its
// columns' text firsts, goes on with the line above, the last part of
// each of its columns' text above, as a row a narrow column broke a
// word of: its first cell goes on with the broken word (brokenWord), and
// so does each of its cells but the last column's, which wraps as text
// does (reader.continues). A line whose type or requiredness stands
// whole under the line above's ("shaftId String" over "region  String")
// is a row of its own.
func (r *reader) brokenRow(above, firsts []frag) bool {
	last := len(firsts) - 1
	for k, f := range firsts {
		if f.text == "" || k == last && k > 0 {
			continue
		}
		if above[k].text == "" || !r.brokenWord(k, above[k], f) {
			return false
		}
	}
	return true
}

// wraps reports whether the text of column k may go on from line j to
// line j+1 of the run (wrapsAfter).
func (g grid) wraps(k, j int) bool {
	return g.wrapsAfter(k, j, j+1)
}

// wrapsAfter reports whether the text of column k may go on from line j
// to line n of the run, its next with text in the column: line n's first
// word would not have fitted on line j within the column's width.
func (g grid) wrapsAfter(k, j, n int) bool {
	next := g.cells[n][k]
	if i := strings.IndexByte(next, ' '); i >= 0 {
		next = next[:i]
	}
	return g.ends[j][k]+1+columns(next) > g.width[k]
}

// fits reports whether lines from up to to of the run may be one row
// placed as p: one first cell (oneFirstCell), in each column the lines
// with text placed in the row as p places a cell of as many lines
// (sits), the tallest as tall as the row; and what it costs: the lines a
// cell goes on at where its line before had room for their first word
// (a line break in the cell, or no cell of the row).
func (g grid) fits(p placement, from, to int) (int, bool) {
	rowLines := to - from
	if p == middleLine && g.splits && g.split(from, to) {
		return 0, true
	}
	tallest, cost := 0, 0
	var at []int
	for k := range g.width {
		at = at[:0]
		for j := from; j < to; j++ {
			if g.cells[j][k] == "" {
				continue
			}
			if len(at) > 0 && !g.wrapsAfter(k, from+at[len(at)-1], j) {
				cost++
			}
			at = append(at, j-from)
		}
		if len(at) > 0 && !p.sits(rowLines, at) {
			return 0, false
		}
		h := len(at)
		if k == 0 && (h == 0 || !g.oneFirstCell(from+at[0], h) || at[h-1]-at[0] != h-1) {
			return 0, false
		}
		if h > 0 {
			tallest = max(tallest, at[h-1]-at[0]+1)
		}
	}
	return cost, tallest == rowLines
}

// sits reports whether a cell whose text stands on the lines at of a row
// of rowLines lines (counted from the row's top) sits as p places it:
// on lines that follow each other, as many down from the row's top as p
// places a cell of as many lines; or, placed on the middle line
// (middleLine), the row of an odd number of lines, a cell of an odd
// number centred on its middle line, and one of an even number on the
// lines around it, the middle one left blank.
func (p placement) sits(rowLines int, at []int) bool {
	h := len(at)
	if p != middleLine {
		return at[h-1]-at[0] == h-1 && at[0] == p.above(rowLines, h)
	}
	m := rowLines / 2
	if rowLines%2 == 0 {
		return false
	}
	if h%2 == 1 {
		return at[h-1]-at[0] == h-1 && at[0] == m-h/2
	}
	for i, a := range at {
		want := m - h/2 + i
		if i >= h/2 {
			want++
		}
		if a != want {
			return false
		}
	}
	return true
}

// oneFirstCell reports whether the first column's h lines from line
// first on are one cell, a row's: a name on one line, or a first cell
// whose next lines go on with it (goesOn); its first line goes on with
// none.
func (g grid) oneFirstCell(first, h int) bool {
	if h == 0 || g.goesOn[first] {
		return false
	}
	for j := first + 1; j < first+h; j++ {
		if !g.goesOn[j] {
			return false
		}
	}
	return true
}

// cutCost is what a cut before line j costs, where the grid's text tells
// cuts (byText): one where a description goes on from the line above
// into a cell of line j that begins as the rest of a cell does and a
// description's first line does not (pages.StartsMidSentence: a word in
// lower case, "fraction. (from 0.0 to 0.5)" under "Extra growth granted
// by an event, as a"; a bound or a default in parentheses; a number),
// closes a parenthesis the line above left open ("(1" over "- 64
// characters)"), or goes on from a cross reference's "See" that ends the
// line above (pages.EndsInSee) with the name it refers to: of two ways
// to cut a run that cost the same by their wraps, the one that keeps a
// sentence, a parenthesis and a reference in their cell.
func (g grid) cutCost(j int) int {
	if !g.byText {
		return 0
	}
	for k, prose := range g.prose {
		if !prose || j == 0 || g.cells[j-1][k] == "" || g.cells[j][k] == "" {
			continue
		}
		above, text := g.cells[j-1][k], g.cells[j][k]
		if pages.StartsMidSentence(text) || closes(above, text) || pages.EndsInSee(above) {
			return 1
		}
	}
	return 0
}

// openAcross is the first line after a cut that starts a row with a
// description that closes a parenthesis its line above left open
// (closes), which no cell does, or 0 where none is.
func (g grid) openAcross(cuts []int) int {
	for _, c := range cuts {
		if g.openColumn(c) >= 0 {
			return c
		}
	}
	return 0
}

// openColumn is the column of descriptions whose text on line j closes a
// parenthesis its text on the line above left open, or -1.
func (g grid) openColumn(j int) int {
	for k, prose := range g.prose {
		if prose && j > 0 && closes(g.cells[j-1][k], g.cells[j][k]) {
			return k
		}
	}
	return -1
}

// cost is what cutting the run's lines into rows at cuts costs: the
// lines a cell goes on at where the line before had room for their first
// word, and the cuts before a description's line in lower case
// (cutCost).
func (g grid) cost(cuts []int) int {
	n := 0
	for j := 0; j+1 < len(g.cells); j++ {
		if slices.Contains(cuts, j+1) {
			n += g.cutCost(j + 1)
			continue
		}
		for k := range g.width {
			if g.cells[j][k] != "" && g.cells[j+1][k] != "" && !g.wraps(k, j) {
				n++
			}
		}
	}
	return n
}

// way is a way to cut a run's lines into rows: the line after the last
// of each row but the last, and what it costs.
type way struct {
	cuts []int
	cost int
}

// partitions returns the cheapest ways, two at most, to cut the run's
// lines into rows placed as p.
func (g grid) partitions(p placement) []way {
	n := len(g.cells)
	// ways[s] are the cheapest ways to cut the lines from s on.
	ways := make([][]way, n+1)
	ways[n] = []way{{}}
	for s := n - 1; s >= 0; s-- {
		for e := s + 1; e <= n && e-s <= maxRowLines; e++ {
			if len(ways[e]) == 0 {
				continue
			}
			c, ok := g.fits(p, s, e)
			if !ok {
				continue
			}
			for _, w := range ways[e] {
				cut := way{cost: c + w.cost}
				if e < n {
					cut.cuts = append(cut.cuts, e)
					cut.cost += g.cutCost(e)
				}
				cut.cuts = append(cut.cuts, w.cuts...)
				if g.splits {
					cut.cost = 0
				}
				ways[s] = cheapest(ways[s], cut)
			}
		}
	}
	return ways[0]
}

// cheapest adds a way to the cheapest ways, keeping two at most of the
// least cost.
func cheapest(ways []way, w way) []way {
	switch {
	case len(ways) == 0 || w.cost < ways[0].cost:
		return []way{w}
	case w.cost == ways[0].cost && len(ways) < 2:
		return append(ways, w)
	}
	return ways
}

// placing is where a page's tables set a cell shorter than its row:
// the placements that explain them at least cost (best), and those that
// explain them at least cost by where their cells sit and wrap alone,
// the text of the cells aside, with best (byPlace). A run is read as
// best cuts it; where a placement of byPlace cuts it another way at as
// little cost by place, only the text of the cells told the two apart
// (reader.middleRows).
type placing struct {
	best, byPlace []placement
}

// where says where the best placements set a cell in what of names ("their
// rows"): in its middle, at its bottom, or either.
func (pl placing) where(of string) string {
	middle, low := false, false
	for _, p := range pl.best {
		middle = middle || p != bottom
		low = low || p == bottom
	}
	switch {
	case middle && low:
		return "in the middle or at the bottom of " + of
	case low:
		return "at the bottom of " + of
	}
	return "in the middle of " + of
}

// placements returns where the runs of a page's tables set their cells
// (placing): of the placements that cut every run that any of them
// cuts, those that cost the least over all the runs, by the cells' text
// and place (best) and by their place alone (byPlace).
func placements(runs []run) placing {
	all := []placement{middleDown, middleUp, bottom, middleLine}
	cost, byPlace := make([]int, len(all)), make([]int, len(all))
	fits := make([]bool, len(all))
	for k := range fits {
		fits[k] = true
	}
	for _, r := range runs {
		g, ok := r.grid()
		if !ok {
			continue
		}
		plain := g
		plain.byText = false
		ways := make([][]way, len(all))
		any := false
		for k, p := range all {
			ways[k] = g.partitions(p)
			any = any || len(ways[k]) > 0
		}
		for k, p := range all {
			switch {
			case len(ways[k]) > 0:
				cost[k] += ways[k][0].cost
				byPlace[k] += plain.partitions(p)[0].cost
			case any:
				fits[k] = false
			}
		}
	}
	return placing{best: least(all, fits, cost), byPlace: least(all, fits, byPlace, least(all, fits, cost)...)}
}

// least returns, of the placements all that fit, those of least cost,
// followed by those of with that are not among them.
func least(all []placement, fits []bool, cost []int, with ...placement) []placement {
	var out []placement
	low := -1
	for k, p := range all {
		switch {
		case !fits[k]:
		case low < 0 || cost[k] < low:
			out, low = []placement{p}, cost[k]
		case cost[k] == low:
			out = append(out, p)
		}
	}
	for _, p := range with {
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// grid cuts a run into its columns; false for a run too long to read by
// placement, or whose rows could not be told by their names.
func (r run) grid() (grid, bool) {
	if len(r.lines) > maxMiddleLines {
		return grid{}, false
	}
	return gridOf(r.h, r.lines, r.placed)
}

// loose reports whether a run of the reading at the top of the cells
// has a cell that goes on at a line its line before had room for.
func (s *survey) loose() bool {
	for _, r := range s.runs {
		if g, ok := r.grid(); ok && g.cost(r.cuts) > 0 {
			return true
		}
	}
	return false
}

// cheaper reports whether a placement cuts a run of a page into rows at
// less cost than the rows read at the top of their cells: a cell there
// goes on at a line that its line before had room for, where placed in
// the middle of its row it does not.
func cheaper(runs []run, places []placement) bool {
	for _, r := range runs {
		g, ok := r.grid()
		if !ok {
			continue
		}
		for _, p := range places {
			if ws := g.partitions(p); len(ws) > 0 && ws[0].cost < g.cost(r.cuts) {
				return true
			}
		}
	}
	return false
}

// middleRows cuts a run of lines into rows by the page's placements
// (r.places.best), the cheapest way, and reports whether it did. A cell that
// goes on at a line its line before had room for is read with a warning
// (a line break in the cell). Where the placements cut it in two ways at
// least cost, the rows cannot be told: an error at the first line the
// two ways put in different rows, and the run is read the first way.
// Where the cheapest way starts a row with a description that closes a
// parenthesis the line above left open, which no cell does, the cells do
// not sit as the placements set them: an error at that line. Where the
// text of the descriptions (cutCost) tells the one cheapest way of two
// that the cells' places and wraps alone leave, the run is read that way
// with a warning at the first line the two put in different rows. Where
// splits is set, a row may set its one-line cells on two lines (split),
// read where its parts fit the table's columns one way only, with a
// warning at its first line, else refused there (splitRow).
func (r *reader) middleRows(lines []line, splits bool) ([][]line, bool) {
	g, ok := run{h: &r.h, lines: lines, placed: r.placed}.grid()
	if !ok {
		return nil, false
	}
	g.splits = splits
	ways := g.ways(r.places.best)
	if len(ways) == 0 {
		return nil, false
	}
	cuts := ways[0].cuts
	switch {
	case len(ways) > 1:
		j := firstDisagreement(cuts, ways[1].cuts)
		r.src.Report.Fail(pages.At(r.src.Name, lines[j].line+1), "line %d: the table at line %d sets its cells %s, and line %d may end a row or go on with the next: which lines are whose row cannot be told; print the page with the cells of its tables at the top of their rows, or with a blank line between rows", lines[j].line+1, r.h.line+1, r.places.where("their rows"), lines[j].line+1)
	case g.openAcross(cuts) > 0:
		// No way cuts the run but one that leaves a parenthesis open
		// in a cell and closes it in the next row's: the cells do not
		// sit as the placement sets them.
		j := g.openAcross(cuts)
		r.src.Report.Fail(pages.At(r.src.Name, lines[j].line+1), "line %d: the table at line %d sets its cells %s, and where they sit, line %d starts a row, but its cell under %s closes a parenthesis that line %d left open: which lines are whose row cannot be told; print the page with the cells of its tables at the top of their rows, or with a blank line between rows", lines[j].line+1, r.h.line+1, r.places.where("their rows"), lines[j].line+1, r.h.cells[g.openColumn(j)], lines[j-1].line+1)
	default:
		plain := g
		plain.byText = false
		if others := plain.ways(r.places.byPlace); len(others) > 1 {
			other := others[0].cuts
			if slices.Equal(other, cuts) {
				other = others[1].cuts
			}
			j := firstDisagreement(cuts, other)
			read := "going on with the next"
			if slices.Contains(cuts, j+1) {
				read = "ending its row"
			}
			r.src.Report.Warn(pages.At(r.src.Name, lines[j].line+1), "line %d: the table at line %d sets its cells %s, and by where they sit, line %d may end a row or go on with the next: read as %s, the one way to cut the rows that keeps each sentence, parenthesis and cross reference in its cell (a description's line that begins in lower case, with a number or a parenthesis, that closes a parenthesis, or that names what a \"See\" above it refers to, goes on with the line above)", lines[j].line+1, r.h.line+1, r.places.where("their rows"), lines[j].line+1, read)
		}
	}
	for j := 0; j+1 < len(lines); j++ {
		for k := range g.width {
			if !slices.Contains(cuts, j+1) && g.cells[j][k] != "" && g.cells[j+1][k] != "" && !g.wraps(k, j) {
				r.src.Report.Warn(pages.At(r.src.Name, lines[j+1].line+1), "line %d goes on with the cell of %s at line %d, which had room for its first word: read as a line break in the cell, the rows of the table at line %d told by where its cells sit %s", lines[j+1].line+1, r.h.cells[k], lines[j].line+1, r.h.line+1, r.places.where("them"))
			}
		}
	}
	if slices.Equal(r.places.best, []placement{middleLine}) && !r.toldMiddle && len(cuts)+1 < len(lines) {
		r.toldMiddle = true
		r.src.Report.Warn(pages.At(r.src.Name, lines[0].line+1), "line %d: the table at line %d sets the one-line cells of each row on the row's middle line, the lines of its taller cells above and below them (a print turned into text by pdftotext -layout), and no blank line between rows: its rows read by where their cells sit", lines[0].line+1, r.h.line+1)
	}
	var rows [][]line
	from := 0
	for _, to := range append(cuts, len(lines)) {
		if g.splits && g.split(from, to) {
			r.splitRow(g, lines, cuts, from)
		}
		rows = append(rows, lines[from:to])
		from = to
	}
	return rows, true
}

// ways returns the cheapest ways, two at most, to cut the grid's lines
// into rows placed as any of places.
func (g grid) ways(places []placement) []way {
	var ways []way
	for _, p := range places {
		for _, w := range g.partitions(p) {
			if !slices.ContainsFunc(ways, func(v way) bool { return slices.Equal(v.cuts, w.cuts) }) {
				ways = cheapest(ways, w)
			}
		}
	}
	return ways
}

// firstDisagreement is the first line that two ways to cut a run put in
// different rows: the first cut one makes and the other does not, less
// one (the line that ends a row in one way only).
func firstDisagreement(a, b []int) int {
	in := map[int]bool{}
	for _, c := range b {
		in[c] = true
	}
	first := -1
	for _, c := range a {
		if !in[c] && (first < 0 || c < first) {
			first = c
		}
	}
	in = map[int]bool{}
	for _, c := range a {
		in[c] = true
	}
	for _, c := range b {
		if !in[c] && (first < 0 || c < first) {
			first = c
		}
	}
	return first - 1
}
