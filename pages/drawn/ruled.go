package drawn

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// A manual page's table, as tbl draws it and groff prints it as text
// (man, nroff, groff -Tutf8: a page that pandoc -t man wrote, or any roff
// source with tbl tables), is a header row over a rule of box-drawing
// characters as wide as the table ("─", "━" or "═", tbl's "_" and "="),
// then its rows, the cells of each column three display columns or more
// from the next one's. A cell that does not fit its column (a text
// block) wraps within it over its row's lines, its words spread to the
// column's edge, a word hyphenated where it wraps ("list‐" over "ed",
// the hyphen made plain by pages.Clean), and every cell of a row begins
// at the row's first line (tbl sets text blocks at the top). col -b sets
// runs of spaces as TABs, to stops of eight columns.
//
// The rule names no column: the columns are the bands of display
// columns that a line of the table holds text in, two blank display
// columns or more apart, each under a header cell (a band with no header
// text over it is the band before it's: words of a cell apart by
// chance). A line starts a row where its first column holds text, but
// for the rest of a first cell that a wrap cut (after a hyphen, or
// inside a parenthesis). The table ends at a blank line, but for one
// right under the rule (an empty row) and one over a line whose cells
// start at two columns' starts, the first's among them, which is read as
// a row with a warning (an empty row among the rows); at a line left of
// the table; and at a paragraph set right under it, no blank line
// between, whose words run from its first column over the next one's
// start (proseUnder: a site's footer under its page's last table).

// ruleChars are the characters of a rule under a manual page's table's
// header.
const ruleChars = "─━═"

// boxRule reports whether a line is a rule of box-drawing characters of
// minTopRule at least, and nothing else. Every one of ruleChars is
// written from the byte 0xE2 on: a line whose text starts otherwise is
// none, whatever its length.
func boxRule(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" || t[0] != 0xE2 || utf8.RuneCountInString(t) < minTopRule {
		return false
	}
	for _, r := range t {
		if !strings.ContainsRune(ruleChars, r) {
			return false
		}
	}
	return true
}

// boxRuled reports whether a line of the page is a box rule: a manual
// page's table (ruledAt) and the rest of one (ruledRestAt) stand under
// one, and on a page without one they are not looked for at each line.
func boxRuled(lines []string) bool {
	for _, l := range lines {
		if boxRule(l) {
			return true
		}
	}
	return false
}

// maxRuledHeader bounds the lines of a manual page's table's header:
// tbl wraps a header cell too long for its column as it wraps any
// cell.
const maxRuledHeader = 3

// ruleUnder returns the index of the box rule under the header that
// starts at line i, or -1.
func ruleUnder(lines []string, i int) int {
	if isBlank(lines, i) {
		return -1
	}
	for k := i + 1; k < len(lines) && k <= i+maxRuledHeader; k++ {
		if boxRule(lines[k]) {
			return k
		}
		if isBlank(lines, k) {
			return -1
		}
	}
	return -1
}

// mayStartRuled reports cheaply whether line i may start a manual
// page's table: a box rule stands under it, within its header's lines,
// or it is a header whose rule is missing (unruledHeader).
func mayStartRuled(lines []string, i int) bool {
	return ruleUnder(lines, i) >= 0 || unruledHeader(lines, i)
}

// A manual page's table whose header has no rule under it (the page's
// roff asked for none there, or an edit lost it) is read as one only
// where its columns decide it: the header is a line of column words
// (pages.HeaderCells), the page's tables with a rule have a header of
// the same columns, and every line under it up to the table's end holds
// each cell at a header cell's start, the first starting a row. Else the
// header and its rows are text, which pages.Read refuses at the
// header's line (a text line that begins with a table's header).

// unruledHeader reports whether line i is the header of a manual page's
// table without its box rule: a line of column words, one a cell, over
// a line of text, that names the columns a header over a box rule on
// the page names.
func unruledHeader(lines []string, i int) bool {
	if isBlank(lines, i) || i+1 >= len(lines) || isBlank(lines, i+1) || boxRule(lines[i+1]) {
		return false
	}
	word := strings.TrimSpace(lines[i])
	if n := strings.IndexAny(word, " \t"); n >= 0 {
		word = word[:n]
	}
	if pages.ColumnOf(word) == pages.ColOther {
		return false // the cheap look: a header begins with a column word
	}
	cells := lineCells(displayCells(lines[i]))
	if !pages.HeaderCells(cells) {
		return false
	}
	kinds, _ := pages.ColumnsOf(cells)
	for k := 1; k < len(lines); k++ {
		if !boxRule(lines[k]) || isBlank(lines, k-1) {
			continue
		}
		if ruled, _ := pages.ColumnsOf(lineCells(displayCells(lines[k-1]))); slices.Equal(ruled, kinds) {
			return true
		}
	}
	return false
}

// lineCells returns a line's texts two blank display columns or more
// apart: a header line's cells.
func lineCells(g []string) []string {
	var out []string
	for _, b := range bandsOf([][]string{g}) {
		out = append(out, textIn(g, b))
	}
	return out
}

// rowsOfHeader reports whether the body's lines are rows of the columns
// the header's cells start (a table whose rule is missing): one column
// a header cell, the first line starting a row, and the text of each
// line in a column starting at the column's start.
func rowsOfHeader(header []string, body [][]string, cols []band) bool {
	if len(cols) != len(lineCells(header)) || len(body) == 0 || !ruledRow(body[0], cols) {
		return false
	}
	for _, g := range body {
		if crosses(g, cols) {
			return false
		}
		for _, c := range cols {
			if textIn(g, c) != "" && blankAt(g, c.start) {
				return false
			}
		}
	}
	return true
}

// displayCells lays a line out in display columns, a piece of text each:
// a TAB to the next stop of eight, a wide rune over two (the second
// empty), a mark of no width with the rune before it.
func displayCells(l string) []string {
	var out []string
	for _, r := range l {
		switch w := pages.RuneWidth(r); {
		case r == '\t':
			out = append(out, " ")
			for len(out)%8 != 0 {
				out = append(out, " ")
			}
		case w == 0 && len(out) > 0:
			out[len(out)-1] += string(r)
		case w == 2:
			out = append(out, string(r), "")
		default:
			out = append(out, string(r))
		}
	}
	return out
}

// band is a column of a manual page's table: the display columns from
// start to end (after its text's last; the next column's start, once
// the columns are told).
type band struct{ start, end int }

// textIn returns the text of a line's display cells within a band, its
// spaces made single.
func textIn(cells []string, b band) string {
	if b.start >= len(cells) {
		return ""
	}
	return strings.Join(strings.Fields(strings.Join(cells[b.start:min(b.end, len(cells))], "")), " ")
}

// blankAt reports whether a line's display cell k is blank.
func blankAt(cells []string, k int) bool {
	return k >= len(cells) || strings.TrimSpace(cells[k]) == ""
}

// cellIndent returns the display column of a line's first text, -1 for a
// blank line.
func cellIndent(cells []string) int {
	for k := range cells {
		if !blankAt(cells, k) {
			return k
		}
	}
	return -1
}

// bandsOf returns the bands that the lines hold text in, two blank
// display columns or more apart.
func bandsOf(grid [][]string) []band {
	width := 0
	for _, g := range grid {
		width = max(width, len(g))
	}
	var out []band
	gap := 2
	for k := 0; k < width; k++ {
		filled := false
		for _, g := range grid {
			if !blankAt(g, k) {
				filled = true
				break
			}
		}
		switch {
		case !filled:
			gap++
		case gap >= 2:
			out = append(out, band{k, k + 1})
			gap = 0
		default:
			out[len(out)-1].end = k + 1
			gap = 0
		}
	}
	return out
}

// headed merges each band over which no header line holds text into the
// band before it (the first into the one after it), and each band that
// no row holds text in whose header text stands only on lines over which
// the band before it goes on at a later header line (the words of a
// header cell's line that tbl spread to its column's edge, "Http
// response" over "code"): the columns, each under a header cell.
func headed(bands []band, head, body [][]string) []band {
	var out []band
	pending := -1 // the start of a first band with no header text
	for _, b := range bands {
		named := false
		for _, h := range head {
			if textIn(h, b) != "" {
				named = true
			}
		}
		switch {
		case named && pending >= 0:
			out = append(out, band{pending, b.end})
			pending = -1
		case named && len(out) > 0 && spread(out[len(out)-1], b, head, body):
			out[len(out)-1].end = b.end
		case named:
			out = append(out, b)
		case len(out) > 0:
			out[len(out)-1].end = b.end
		case pending < 0:
			pending = b.start
		}
	}
	return out
}

// unrepeated returns the body's lines without the header's, where the
// body begins with them (a page that repeats its header as its first
// row, an HTML table's row of <th> cells in its body): the repeat is the
// header's text, spread as the header's is.
func unrepeated(head, body [][]string) [][]string {
	if len(body) < len(head) {
		return body
	}
	for n, h := range head {
		if strings.Join(h, "") != strings.Join(body[n], "") {
			return body
		}
	}
	return body[len(head):]
}

// spread reports whether band b, right of band a, holds no row's text,
// and header text only on lines over a line where a's header text goes
// on: the rest of a's line, spread to its column's edge.
func spread(a, b band, head, body [][]string) bool {
	for _, g := range body {
		if textIn(g, b) != "" {
			return false
		}
	}
	for n, h := range head {
		if textIn(h, b) == "" {
			continue
		}
		if n+1 >= len(head) || textIn(h, a) == "" || textIn(head[n+1], a) == "" {
			return false
		}
	}
	return true
}

// ruledAt reads the manual page's table whose header starts at line i,
// if one does, and refuses the rows under it that it cannot read
// (strayRows).
func ruledAt(lines []string, i int) (drawing, bool) {
	d, ok := ruledTable(lines, i)
	if ok {
		d.strayRows(lines, d.cols)
	}
	return d, ok
}

// ruledTable reads the manual page's table whose header starts at line
// i, if one does.
func ruledTable(lines []string, i int) (drawing, bool) {
	rule := ruleUnder(lines, i)
	unruled := rule < 0 && unruledHeader(lines, i)
	if rule < 0 && !unruled {
		return drawing{}, false
	}
	headEnd, first := rule, rule+1 // the index after the header's lines, and of the body's first
	switch {
	case unruled:
		headEnd, first = i+1, i+1
	case isBlank(lines, first):
		first++ // an empty row, right under the rule
	}
	var head [][]string
	for k := i; k < headEnd; k++ {
		head = append(head, displayCells(lines[k]))
	}
	// The header's first column starts at the least indent of its
	// lines: tbl sets every header cell at the header's top, and a
	// wrapped cell of another column goes on alone on the lines under.
	indent := math.MaxInt
	for _, h := range head {
		indent = min(indent, cellIndent(h))
	}
	// The body, up to a blank line, a line left of the header, or a
	// paragraph set right under the table (proseUnder).
	var body [][]string
	// reach is how far right the first cells of the lines taken reach: a
	// line that reaches no further is no paragraph, and the columns are
	// told again only for a line that does, once a display column at most.
	reach := 0
	for _, h := range head {
		reach = max(reach, firstRunEnd(h, indent))
	}
	// within reports whether line j is one of the table's: it then takes it.
	within := func(j int) bool {
		g := displayCells(lines[j])
		if cellIndent(g) < indent || len(body) > 0 && proseUnder(lines, j, g, indent, reach, head, body) {
			return false
		}
		body, reach = append(body, g), max(reach, firstRunEnd(g, indent))
		return true
	}
	j := first
	for j < len(lines) && !isBlank(lines, j) && within(j) {
		j++
	}
	// The header's lines over its last are its cells' rest, in its
	// columns: a line of text right over the header is none.
	under := bandsOf(append([][]string{head[len(head)-1]}, body...))
	extend(under)
	for _, h := range head[:len(head)-1] {
		if len(under) == 0 || crosses(h, under) {
			return drawing{}, false
		}
	}
	rows := unrepeated(head, body)
	repeat := len(body) - len(rows) // the lines of the header's repeat
	cols := headed(bandsOf(append(append([][]string{}, head...), body...)), head, rows)
	extend(cols)
	d := drawing{start: i, headLine: i + 1, breaks: marksBreaks(lines)}
	for _, b := range cols {
		cell := ""
		for n, h := range head {
			var note string
			if cell, note = goOn(lines, cell, textIn(h, b), d.breaks); note != "" {
				d.notes = append(d.notes, refusal{line: i + 1, why: fmt.Sprintf("line %d of the header at line %d: %s", i+n+1, i+1, note)})
			}
		}
		d.head = append(d.head, cell)
	}
	if len(cols) < 2 || cols[0].start != indent || !namesTwo(d.head) {
		return drawing{}, false
	}
	if unruled {
		if !rowsOfHeader(head[0], body, cols) {
			return drawing{}, false
		}
		d.notes = append(d.notes, refusal{line: i + 1, why: fmt.Sprintf("the header at line %d (%s) has no box rule under it, and the lines under it are rows of its columns, each cell starting where the header's does, as the page's tables with a rule and its columns set theirs: read as a table whose rule tbl did not draw", i+1, strings.Join(d.head, " | "))})
	}
	// An empty row among the rows: the lines after a blank line that
	// start a row of the columns (rowAfterGap).
	for j+1 < len(lines) && isBlank(lines, j) && len(body) > 0 && rowAfterGap(lines, j+1, cols) {
		d.notes = append(d.notes, refusal{line: j + 1, why: fmt.Sprintf("line %d is blank inside the table at line %d, and the line after it starts a row of its columns: read the rows after it as the table's, the blank line as an empty row", j+1, i+1)})
		j++
		for j < len(lines) && !isBlank(lines, j) && within(j) {
			j++
		}
	}
	d.end = j
	d.readRuledRows(lines, first, repeat, cols)
	d.cols = cols
	return d, len(d.rows) > 0
}

// mayRestRuled reports cheaply whether line i may start the rows of a
// manual page's table without a header (ruledRestAt): a blank line
// stands over it, and over that a box rule with no blank line between
// them but one right under the rule, or such rows.
func mayRestRuled(lines []string, i int) bool {
	if i < 3 || !isBlank(lines, i-1) || isBlank(lines, i) {
		return false
	}
	k := i - 2
	for k > 0 && !isBlank(lines, k) && !boxRule(lines[k]) {
		k--
	}
	if isBlank(lines, k) && k > 0 && boxRule(lines[k-1]) {
		k--
	}
	return boxRule(lines[k]) || isBlank(lines, k) && !isBlank(lines, k+1) && k+1 < i-1
}

// maxRests bounds the tables without a header, one under the other, that
// ruledRestAt reads as the rest of a manual page's table.
const maxRests = 16

// ruledRestAt reads the rows at line i, under a blank line that ends a
// manual page's table or its rest, that are a table of its columns
// without a header (as tbl draws a second table of the page's, its rows
// the first one's rest: an HTML table cut in two, or rows tbl set apart),
// each column's text two blank display columns or more from the next,
// the first where the table's first starts: its rows, without a header,
// which pages.Read reads as that table's rest. Its columns are the
// table's, or all but one that its rows leave empty, which tbl gives no
// width (the Required column of rows that are all optional): then each
// row must fit the table's columns without one of them
// (pages.LostColumns), and pages.Read tells which. Text may stand
// between the table and its rest (a callout, "TIP", and its words, at
// the page's margin left of the table, that cut an HTML table in two),
// up to pages.MaxBreakLines lines, as pages.Read resumes a table across:
// the rest's rows must then fit the table's columns (pages.RowsFit), and
// it is read with a warning. Rows at the table's first column that begin
// with a name, in as many columns, but fit them not, are refused at
// their line: which cells are whose cannot be told.
func ruledRestAt(lines []string, i int) (drawing, bool) {
	above, text, ok := ruledAbove(lines, i)
	if !ok {
		return drawing{}, false
	}
	d, ok := restRows(lines, i, above, len(text) > 0)
	if !ok || len(d.refused) > 0 || len(text) == 0 {
		return d, ok
	}
	d.notes = append(d.notes, refusal{line: i + 1, why: fmt.Sprintf("lines %d-%d, under text at %s left of the table at line %d that ends it (a callout, a note), set their cells in %d columns of their own, their first where the table's first starts, and their cells fit its columns (%s), or them without one its rows leave empty, a name in the first: read as the table's rest, which the text cut from it (an HTML table cut in two)", i+1, d.end, pages.LineSpan(text[0], text[len(text)-1]), above.headLine, len(d.cols), strings.Join(above.head, " | "))})
	return d, true
}

// restRows reads the block of lines at line i as the rest of the manual
// page's table above (ruledRestAt), under text that cut it where cut is
// set: nothing where its columns are not that table's (their count,
// their first's start). Where the table's last column holds sentences
// (a description), the words of its cells that start at one display
// column on each of the block's lines by chance start no column: the
// block's columns past the table's count, or past all but one, are its
// last's, where its rows then fit (restFits) the table's columns.
func restRows(lines []string, i int, above drawing, cut bool) (drawing, bool) {
	var block [][]string
	j := i
	for ; j < len(lines) && !isBlank(lines, j); j++ {
		block = append(block, displayCells(lines[j]))
	}
	bands := bandsOf(block)
	width, indent := len(above.cols), above.cols[0].start
	if len(bands) < width-1 || bands[0].start != indent || cellIndent(block[0]) != indent {
		return drawing{}, false
	}
	kinds, _ := pages.ColumnsOf(above.head)
	read := func(n int) drawing {
		cols := slices.Clone(bands[:n])
		extend(cols)
		d := drawing{start: i, headLine: i + 1, end: j, breaks: marksBreaks(lines), cols: cols}
		d.readRuledRows(lines, i, 0, cols)
		return d
	}
	prose := kinds[len(kinds)-1] == pages.ColDescription || kinds[len(kinds)-1] == pages.ColOther
	var reads []drawing
	for _, n := range []int{width, width - 1} {
		if n < 2 || n > len(bands) || n < len(bands) && !prose {
			continue
		}
		if d := read(n); len(d.rows) > 0 && restFits(d.rows, kinds) {
			reads = append(reads, d)
		}
	}
	switch {
	case len(reads) == 1, len(reads) == 2 && len(bands) == width:
		return reads[0], true
	case len(reads) == 0 && len(bands) == width && !cut:
		// Rows in the table's columns whose cells no check reads (a
		// type of the vendor's own words): its rest where each begins
		// with a name, as its rows do; a line of text (a footer) else.
		d := read(width)
		if len(d.rows) == 0 || slices.ContainsFunc(d.rows, func(r *pages.Row) bool { return !pages.IsNameCell(r.Cells[0]) }) {
			return drawing{}, false
		}
		return d, true
	}
	d := read(min(width, len(bands)))
	if len(d.rows) == 0 || !pages.IsNameCell(d.rows[0].Cells[0]) || len(bands) > width && !prose {
		return drawing{}, false
	}
	why := "its rows' cells do not fit its columns, nor them without one that rows may leave empty"
	if len(reads) > 1 {
		why = "its rows' cells fit its columns both with its last columns one and without one that rows may leave empty"
	}
	d.refused = append(d.refused, refusal{line: i + 1, why: fmt.Sprintf("line %d, under the table at line %d (%s) and apart from it, begins as a row of it does (a name at its first column), in %d columns of its own, but %s: whether they are its rest, and which cells are whose, cannot be told", i+1, above.headLine, strings.Join(above.head, " | "), len(bands), why)})
	return d, true
}

// restFits reports whether rows, a table's rest, fit the table's columns
// cols (pages.RowsFit), or them without one that every row leaves
// empty, which tbl gives no width (pages.LostColumns).
func restFits(rows []*pages.Row, cols []pages.Column) bool {
	if len(rows[0].Cells) == len(cols) {
		return pages.RowsFit(rows, cols)
	}
	cells := make([][]string, len(rows))
	for k, r := range rows {
		cells[k] = r.Cells
	}
	return len(pages.LostColumns(cells, cols)) > 0
}

// ruledAbove returns the manual page's table whose last line, or whose
// rest's (up to maxRests rests), is right over the blank line over line
// i, or over text over it (a callout, left of the table's columns, up
// to pages.MaxBreakLines lines, each a line of text, returned): the
// table's drawing.
func ruledAbove(lines []string, i int) (drawing, []int, bool) {
	if !mayRestRuled(lines, i) {
		return drawing{}, nil, false
	}
	indent := cellIndent(displayCells(lines[i]))
	// The box rule under the table's header: the lines up to it are the
	// table's, its rests' and the text's, which stands left of them.
	r, left := i-1, 0
	for ; r >= 0 && !boxRule(lines[r]); r-- {
		if !isBlank(lines, r) && cellIndent(displayCells(lines[r])) < indent {
			if left++; left > pages.MaxBreakLines {
				return drawing{}, nil, false
			}
		}
	}
	if r < 0 {
		return drawing{}, nil, false
	}
	var above drawing
	found := false
	for h := r - 1; h >= 0 && h >= r-maxRuledHeader && !isBlank(lines, h); h-- {
		if above, found = ruledTable(lines, h); found {
			break
		}
	}
	if !found || above.cols[0].start != indent {
		return drawing{}, nil, false
	}
	// From the table's end down to line i: its rests, and text.
	var text []int
	rests := 0
	for k := above.end; ; {
		for k < i && isBlank(lines, k) {
			k++
		}
		if k == i {
			return above, text, isBlank(lines, i-1)
		}
		if k > i {
			return drawing{}, nil, false
		}
		if cellIndent(displayCells(lines[k])) < indent {
			for ; k < len(lines) && !isBlank(lines, k); k++ {
				if cellIndent(displayCells(lines[k])) >= indent {
					return drawing{}, nil, false
				}
				text = append(text, k+1)
			}
			continue
		}
		rest, ok := restRows(lines, k, above, len(text) > 0)
		if rests++; !ok || rests > maxRests || len(rest.refused) > 0 {
			return drawing{}, nil, false
		}
		k, text = rest.end, nil
	}
}

// marksBreaks reports whether a page's lines hold a pages.BreakHyphen:
// they are the lines withBreaks marks, on a page that tells the
// typesetter's hyphens from its words' own.
func marksBreaks(lines []string) bool {
	for _, l := range lines {
		if strings.ContainsRune(l, pages.BreakHyphen) {
			return true
		}
	}
	return false
}

// extend sets each column's end at the next one's start, the last's at
// the lines' ends.
func extend(cols []band) {
	for k := range cols {
		cols[k].end = math.MaxInt
		if k+1 < len(cols) {
			cols[k].end = cols[k+1].start
		}
	}
}

// rowAfterGap reports whether the lines from k, after a blank line in a
// manual page's table, are rows of its columns: k starts a row
// (ruledRow), or k and the lines after it up to a blank line hold text
// in the first column alone (a row of one cell, a note spanning the
// columns), and a row starts after that blank line.
func rowAfterGap(lines []string, k int, cols []band) bool {
	if ruledRow(displayCells(lines[k]), cols) {
		return true
	}
	m := k
	for ; m < len(lines) && !isBlank(lines, m); m++ {
		g := displayCells(lines[m])
		if cellIndent(g) != cols[0].start || crosses(g, cols) || textIn(g, band{cols[0].end, math.MaxInt}) != "" {
			return false
		}
	}
	return m > k && m+1 < len(lines) && !isBlank(lines, m+1) && ruledRow(displayCells(lines[m+1]), cols)
}

// strayRows refuses the lines right under the table that start a row
// of its columns, where no row of it reads them (pages.StrayCheck, its
// cells cut at the columns, where tbl's gutters stand, guttered): those
// of the block past the blank line that ends it, where the block is no
// rest of the table (ruledRestAt: a note that spans the columns cut the
// table), and those within maxCut lines under a line left of the table
// that ends it (a callout, a note or an advert at the margin cut it).
// Which lines are whose row cannot be told.
func (d *drawing) strayRows(lines []string, cols []band) {
	if d.end >= len(lines) {
		return
	}
	check := pages.StrayCheck{Table: &pages.Table{Line: d.headLine, Header: d.head}, Split: "at its columns' gutters", Match: pages.MatchColumns}
	refuse := func(k int) bool {
		g := displayCells(lines[k])
		if !ruledRow(g, cols) || !guttered(g, cols) {
			return false
		}
		cells := make([]string, len(cols))
		for j, c := range cols {
			cells[j] = textIn(g, c)
		}
		why, _ := check.Refusal(k+1, k+1, cells)
		d.refused = append(d.refused, refusal{line: k + 1, why: why, whole: true})
		return true
	}
	if !isBlank(lines, d.end) {
		check.Cut = d.end + 1
		for k := d.end + 1; k < len(lines) && k <= d.end+maxCut; k++ {
			if refuse(k) {
				return
			}
		}
		return
	}
	n := d.end + 1
	if isBlank(lines, n) || cellIndent(displayCells(lines[n])) != cols[0].start {
		return
	}
	if _, ok := ruledRestAt(lines, n); ok {
		return
	}
	for k := n; k < len(lines) && !isBlank(lines, k); k++ {
		if refuse(k) {
			return
		}
	}
}

// maxCut bounds the lines of a callout or a note that cut a manual
// page's table, under which strayRows looks for its rows.
const maxCut = 4

// guttered reports whether a line holds text at a column's start, other
// than the first's, two blank display columns or more after the text
// before it, as tbl sets a cell apart from the one before: words of
// prose are a space apart.
func guttered(g []string, cols []band) bool {
	for _, c := range cols[1:] {
		if !blankAt(g, c.start) && blankAt(g, c.start-1) && blankAt(g, c.start-2) {
			return true
		}
	}
	return false
}

// ruledRow reports whether a line starts a row of the columns: text at
// the first column's start and at another's, none between them.
func ruledRow(g []string, cols []band) bool {
	if blankAt(g, cols[0].start) || crosses(g, cols) {
		return false
	}
	for _, c := range cols[1:] {
		if !blankAt(g, c.start) {
			return true
		}
	}
	return false
}

// crosses reports whether a line holds text left of the columns, or
// text that runs over a column's start from the column before.
func crosses(g []string, cols []band) bool {
	if in := cellIndent(g); in >= 0 && in < cols[0].start {
		return true
	}
	for _, c := range cols[1:] {
		if !blankAt(g, c.start-1) && !blankAt(g, c.start) {
			return true
		}
	}
	return false
}

// proseUnder reports whether line j (g, in display columns), under the
// header head and the lines body of a manual page's table, is a
// paragraph that the page sets right under the table, no blank line
// between (a site's footer, "Edit this page on GitHub", under the table
// that ends its page's content, as mandoc sets it): its text at the
// table's first column runs on, no two blank display columns apart,
// further right than the first cells of the lines above (reach) and to
// the start of the second column that they set or past it, where a row's
// first cell keeps within its column; and no line after it up to a blank
// line starts a row of those columns, as the rows under a note that spans
// the columns do, nor does the line after the blank lines there begin as
// a row of any columns does (text at the table's first column, then more
// after a gap), as the rest of a table that text cut in two does (an
// advert between its rows, tbl setting the rest in columns of its own),
// which the table's reading does not tell from its rows.
func proseUnder(lines []string, j int, g []string, indent, reach int, head, body [][]string) bool {
	end := firstRunEnd(g, indent)
	if end <= reach {
		return false
	}
	cols := headed(bandsOf(append(append([][]string{}, head...), body...)), head, body)
	if len(cols) < 2 || end <= cols[1].start {
		return false
	}
	m := j + 1
	for ; m < len(lines) && !isBlank(lines, m); m++ {
		if ruledRow(displayCells(lines[m]), cols) {
			return false
		}
	}
	for m < len(lines) && isBlank(lines, m) {
		m++
	}
	if m == len(lines) {
		return true
	}
	next := displayCells(lines[m])
	return cellIndent(next) != indent || len(bandsOf([][]string{next})) < 2
}

// firstRunEnd returns the display column after the text that a line
// holds from column indent on, up to two blank display columns; indent
// where the line holds no text there.
func firstRunEnd(g []string, indent int) int {
	end := indent
	for k := indent; k < len(g) && k < end+2; k++ {
		if !blankAt(g, k) {
			end = k + 1
		}
	}
	return end
}

// ruledLine is a line of a manual page's table's body: its index and
// its text in each column.
type ruledLine struct {
	at    int
	cells []string
}

// readRuledRows reads the rows of the table's body, from line first to
// d.end (its blank lines none), into d.rows: a row at each line that
// starts one, its cells the text of its lines in each column, joined;
// the first repeat lines one row, the header's repeat (unrepeated).
func (d *drawing) readRuledRows(lines []string, first, repeat int, cols []band) {
	var group []ruledLine
	flush := func() {
		if len(group) > 0 {
			row := d.ruledCells(lines, group, cols)
			switch {
			case !firstAlone(row.Cells) || !strings.Contains(row.Cells[0], " "):
			case noteRow(lines, group, first, d.end, cols):
				d.notes = append(d.notes, refusal{line: row.Line, why: fmt.Sprintf("line %d of the table at line %d holds words in its first column alone (%q), under the end of a row and over a row, each of its lines but the last filled to the column's edge: read as one row, its first cell those words and the others empty (a note that spans the columns, which tbl sets in the first one)", row.Line, d.headLine, pages.Clip(row.Cells[0]))})
			default:
				d.refused = append(d.refused, refusal{line: row.Line, why: fmt.Sprintf("line %d of the table at line %d holds words in its first column alone (%q): a note that spans the columns, which tbl sets in the first one, where which lines are whose row cannot be told", row.Line, d.headLine, pages.Clip(row.Cells[0]))})
			}
			d.rows = append(d.rows, row)
		}
		group = nil
	}
	for j := first; j < d.end; j++ {
		if isBlank(lines, j) {
			continue
		}
		g := displayCells(lines[j])
		l := ruledLine{at: j}
		for _, c := range cols {
			l.cells = append(l.cells, textIn(g, c))
		}
		if j < first+repeat && len(group) > 0 {
			group = append(group, l)
			continue
		}
		if len(group) == 0 || l.cells[0] != "" && !goesOn(group[len(group)-1].cells[0]) {
			if noteGoesOn(group, l, cols) {
				group = append(group, l)
				continue
			}
			flush()
			group = append(group, l)
			continue
		}
		prev := group[len(group)-1]
		if why, ok := startsBelow(prev, l, cols); ok {
			d.notes = append(d.notes, refusal{line: j + 1, why: fmt.Sprintf("line %d of the table at line %d holds %s, under a line where that cell had none: tbl sets every cell of a row at its first line, so line %d starts a row whose first cell is empty: read so; if it goes on the row above, write the row's cells on the page so that each starts at the row's first line", j+1, d.headLine, why, j+1)})
			flush()
			group = append(group, l)
			continue
		}
		group = append(group, l)
	}
	flush()
}

// tblGap is the display columns tbl sets between two columns.
const tblGap = 3

// noteGoesOn reports whether line l goes on the words of the first
// column alone that group holds, on the line before it: l holds words
// in the first column alone, and the first of them does not fit in the
// column after the line before's, where tbl's fill would have set it
// had it been a row of its own's first word.
func noteGoesOn(group []ruledLine, l ruledLine, cols []band) bool {
	if len(group) == 0 || len(cols) < 2 || !firstAlone(l.cells) {
		return false
	}
	for _, g := range group {
		if !firstAlone(g.cells) {
			return false
		}
	}
	prev := group[len(group)-1]
	word, _, _ := strings.Cut(l.cells[0], " ")
	width := cols[1].start - cols[0].start - tblGap
	return prev.at+1 == l.at && displayWidth(prev.cells[0])+1+displayWidth(word) > width
}

// noteRow reports whether the lines of group, words in the first
// column alone (noteGoesOn), are a row of the table's body, from line
// first to end: a row ends over them (the line above them has no text
// in the first column, or is blank, or they are the body's first) and a
// row starts under them (ruledRow). Text under the table's last row, or
// a first cell that goes on below its row's other cells, is none.
func noteRow(lines []string, group []ruledLine, first, end int, cols []band) bool {
	above := group[0].at - 1
	if above >= first && !isBlank(lines, above) && textIn(displayCells(lines[above]), cols[0]) != "" {
		return false
	}
	below := group[len(group)-1].at + 1
	for below < end && isBlank(lines, below) {
		below++
	}
	return below < end && ruledRow(displayCells(lines[below]), cols)
}

// firstAlone reports whether a row holds text in its first cell alone.
func firstAlone(cells []string) bool {
	for _, c := range cells[1:] {
		if c != "" {
			return false
		}
	}
	return cells[0] != ""
}

// goesOn reports whether a first cell's line is cut by a wrap: it ends
// with a hyphen after a letter, or inside a parenthesis.
func goesOn(c string) bool {
	return hyphenated(c) || strings.Count(c, "(") > strings.Count(c, ")")
}

// hyphenated reports whether a cell's line ends with a hyphen after a
// letter: a word that the wrap hyphenated, or that holds a hyphen (the
// typesetter's, pages.BreakHyphen, where the page tells it apart).
func hyphenated(c string) bool {
	stem, ok := strings.CutSuffix(c, "-")
	if !ok {
		stem, ok = strings.CutSuffix(c, string(pages.BreakHyphen))
	}
	r, n := utf8.DecodeLastRuneInString(stem)
	return ok && n > 0 && unicode.IsLetter(r)
}

// startsBelow reports whether line l, which does not start a row, holds
// text in a column where the line before it holds none: a cell that
// begins below its row's first line, which tbl does not set. why names
// the cell.
func startsBelow(prev, l ruledLine, cols []band) (string, bool) {
	for k := 1; k < len(cols); k++ {
		if l.cells[k] != "" && prev.cells[k] == "" {
			return fmt.Sprintf("%q in its column %d", l.cells[k], k+1), true
		}
	}
	return "", false
}

// ruledCells joins the lines of a row, column by column: a line's text
// goes on the text before it after a space, or with none where the text
// before ends with a word the wrap hyphenated (joinHyphen).
func (d *drawing) ruledCells(lines []string, group []ruledLine, cols []band) *pages.Row {
	cells := make([]string, len(cols))
	for k := range cols {
		for n, l := range group {
			var note string
			cells[k], note = goOn(lines, cells[k], l.cells[k], d.breaks)
			if note != "" {
				name := fmt.Sprintf("column %d", k+1)
				if k < len(d.head) {
					name = d.head[k]
				}
				d.notes = append(d.notes, refusal{line: group[0].at + 1, why: fmt.Sprintf("line %d of the table at line %d goes on the %s cell of the row at line %d: %s", group[n].at+1, d.headLine, name, group[0].at+1, note)})
			}
		}
	}
	return &pages.Row{Line: group[0].at + 1, Raw: strings.TrimSpace(lines[group[0].at]), Cells: cells}
}

// goOn returns a cell's text with its next line's, c: after a space, or
// with none where the text ends with a word the wrap hyphenated
// (joinHyphen, whose note it returns).
func goOn(lines []string, cell, c string, breaks bool) (string, string) {
	switch {
	case c == "":
		return cell, ""
	case cell == "":
		return c, ""
	case hyphenated(cell) && startsWithLetter(c):
		return joinHyphen(lines, cell, c, breaks)
	}
	return cell + " " + c, ""
}

// startsWithLetter reports whether a text begins with a letter.
func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// joinHyphen joins a cell's text that ends with a hyphenated word
// ("festivals are list-") and its next line ("ed. (2 - 8") as
// pages.JoinHyphen reads the hyphen, but where the page writes the word
// neither way and the hyphen stands between two letters in lower case
// (groff hyphenates inside a word; pandoc writes a hyphen of the text as
// "\-", at which groff breaks no line): the hyphen is the wrap's. Else,
// the hyphen dropped, note says what the other reading is. On a page
// that tells the typesetter's hyphens from its words' own (breaks:
// pages.Hyphenated), the hyphen is the wrap's where it is
// pages.BreakHyphen, else the text's.
func joinHyphen(lines []string, before, after string, breaks bool) (string, string) {
	if stem, ok := strings.CutSuffix(before, string(pages.BreakHyphen)); ok {
		return stem + after, ""
	}
	if breaks {
		return before + after, ""
	}
	joined, reading := pages.JoinHyphen(lines, before, after)
	stem := before[:len(before)-1]
	last, _ := utf8.DecodeLastRuneInString(stem)
	next, _ := utf8.DecodeRuneInString(after)
	if reading != pages.GuessedHyphen || unicode.IsLower(last) && unicode.IsLower(next) {
		return joined, ""
	}
	head := stem[strings.LastIndexByte(stem, ' ')+1:]
	rest, _, _ := strings.Cut(after, " ")
	word, kept := pages.HyphenWords(before, after)
	return joined, fmt.Sprintf("read %q and %q as one word hyphenated by the wrap, %q; the page writes neither it nor %q elsewhere: if the hyphen is the word's, write the word on one line", head+"-", rest, word, kept)
}

// manual reports whether a page holds a manual page's table: a box rule
// under a header.
func manual(lines []string) bool {
	for i := 1; i < len(lines); i++ {
		if boxRule(lines[i]) && !isBlank(lines, i-1) {
			return true
		}
	}
	return false
}

// joinTextHyphens mends the text of a manual page, which groff fills
// and hyphenates as it does a table's cells: a text line that ends with
// a hyphenated word ("Require permission rules time.getServerTime.selfEn-")
// takes the first word of the line right under it at the same indent
// ("able. See PermissionRules"), joined as joinHyphen joins a cell's
// (with a warning where the hyphen may be the word's), and keeps its
// line; the line under it keeps the rest, or goes.
func joinTextHyphens(src pages.Source, blocks []pages.Block) []pages.Block {
	out := blocks[:0]
	for n := 0; n < len(blocks); n++ {
		b := blocks[n]
		for n+1 < len(blocks) && joinable(src.Lines, b, blocks[n+1]) {
			next := blocks[n+1]
			word, rest, _ := strings.Cut(next.Text, " ")
			joined, note := joinHyphen(src.Lines, b.Text, word, false)
			if note != "" {
				src.Report.Warn(pages.At(src.Name, b.Line), "line %d goes on at line %d: %s", b.Line, next.Line, note)
			}
			b.Text = joined
			if rest = strings.TrimSpace(rest); rest != "" {
				blocks[n+1].Text = rest
				break
			}
			n++
		}
		out = append(out, b)
	}
	return out
}

// joinable reports whether text block b ends with a hyphenated word that
// the text block next, on the line right under it at its indent, goes on.
func joinable(lines []string, b, next pages.Block) bool {
	if b.Table != nil || next.Table != nil || next.Line != b.Line+1 || !hyphenated(b.Text) || !startsWithLetter(next.Text) {
		return false
	}
	return cellIndent(displayCells(lines[b.Line-1])) == cellIndent(displayCells(lines[next.Line-1]))
}
