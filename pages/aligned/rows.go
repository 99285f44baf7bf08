package aligned

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// reader reads the rows of the table under a header.
type reader struct {
	src  pages.Source
	sh   sheets
	h    header
	rows []*rowText
	// dense is set once a run of lines without a blank one held two rows.
	dense bool
	// lastWidth is the widest text of the last column read.
	lastWidth int
	// grouped is set while each run of lines without a blank one has
	// held one row, and one such run at least was read: the rows are set
	// apart by blank lines, and a cell may sit on any line of its row's
	// run (a cell centred in a taller row).
	grouped bool
	// runs counts the runs of lines read.
	runs int
	// places are the placements of cells in the middle of their rows
	// or at their bottom the page's tables tell (middleRows); none
	// where they sit at the top of their rows.
	places placing
	// placed is set where the page sets every cell as places tell
	// (ReadMiddle): a run they do not cut into rows is refused.
	placed bool
	// seen, when set, gathers what the rows read tell of the page.
	seen *survey
	// toldMiddle is set once the table's rows were read on their middle
	// line (middleLine) and warned of.
	toldMiddle bool
	// numbered is set where the page numbers its links
	// (pages.NumbersLinks): each line's part of a cell is read without
	// their marks (unnumbered).
	numbered bool
}

// survey is what a reading of a page at the top of its rows tells: the
// runs of lines its tables took, and whether a table had cells in the
// middle of its rows, which that reading cannot tell apart.
type survey struct {
	runs   []run
	middle bool
}

// rowText is a row's lines and the text of each of its columns.
type rowText struct {
	first int      // its first line
	lines []int    // its lines, in order
	cells [][]frag // the text of each column, in line order
}

// frag is a part of a cell's text on one line.
type frag struct {
	line int
	chunk
}

// table reads the rows of the table under the reader's header, and
// returns the table with the index of the line after its last.
func (r *reader) table() (*pages.Table, int) {
	lines := r.sh.lines
	last := r.h.end - 1 // the table's last line read
	if j := r.h.end; j < len(lines) && strings.TrimSpace(lines[j]) != "" {
		// The header's rest, cut by a hard wrap, starts left of the
		// header's first cell: the columns it names start where no line
		// tells. A row, cells under the first column and another, is
		// none: a header centred over its columns starts right of them;
		// nor is a line no cell of which names a column, a row whose
		// cells a text browser set one space apart ("weight Double
		// Weight in grams").
		if cs := chunksOf(lines[j], 2); cs[0].start < chunksOf(lines[r.h.line], 2)[0].start-r.h.slack() && allHeaderLike(cs) && namesAColumn(cs) && !rowStart(&r.h, cs) {
			r.src.Report.Fail(pages.At(r.src.Name, j+1), "line %d, right under the header row at line %d, starts left of its columns and names columns (%q): the header row goes on there, as a hard wrap cuts a line, and where its last columns start cannot be told; write the header row on one line", j+1, r.h.line+1, pages.Clip(strings.TrimSpace(lines[j])))
			last = j
		}
	}
	r.grouped = true
	broken := false // a page break stands between the last line read and line j
	for j := last + 1; j < len(lines); {
		if strings.TrimSpace(lines[j]) == "" {
			j++
			continue
		}
		broken = broken || r.sh.broken[j]
		if pages.IsPageMark(lines[j]) && j > last+1 {
			broken = true // a page break's mark after blank lines: the table goes on after it
			j++
			continue
		}
		if h, ok := headerAt(lines, j); ok {
			if !broken || !r.h.sameAs(h) {
				break
			}
			r.h = h // the header again, after a page break: its columns start where it sets them
			last, j = h.end-1, h.end
			continue
		}
		if r.dense && !broken && j > last+1 {
			break // a blank line ends a table whose rows are not set apart by them
		}
		group := r.group(j)
		if len(group) == 0 || !r.take(group, last, broken) {
			break
		}
		last = group[len(group)-1].line
		j, broken = last+1, false
	}
	tb := &pages.Table{Line: r.h.line + 1, Header: r.h.cells}
	tb.Cols, _ = pages.ColumnsOf(r.h.cells)
	r.cells(tb)
	r.lone()
	return tb, last + 1
}

// carried returns how many of the first lines of a run after a page
// break, of its lead lines before the first that starts a row, go on
// with the row the break cut: the one count whose lines after it the
// page's placements cut into rows (where its cells sit), and that no
// other does; 0 where none or several do, an error at the run's first
// line where several do.
func (r *reader) carried(g []line, lead int) int {
	var counts []int
	for n := 1; n <= lead; n++ {
		if gr, ok := (run{h: &r.h, lines: g[n:], placed: r.placed}).grid(); ok && len(gr.ways(r.places.best)) > 0 {
			counts = append(counts, n)
		}
	}
	if len(counts) > 1 {
		r.src.Report.Fail(pages.At(r.src.Name, g[0].line+1), "line %d, after a page break, has no cell under %s, and the table at line %d sets its cells %s: the first %d or %d lines from it on may go on with the row the break cut, and which lines are whose row cannot be told; print the page with the cells of its tables at the top of their rows, or with a blank line between rows", g[0].line+1, r.h.cells[0], r.h.line+1, r.places.where("their rows"), counts[0], counts[1])
	}
	if len(counts) != 1 {
		return 0
	}
	return counts[0]
}

// lone warns of each row of one line that holds its first cell alone,
// in a table of three columns or more whose every other row, two at
// least, has text in its last column: a word of a line that a hard wrap
// cut ("missing", the rest of a description, at the margin under the
// first column), or a row that lost its cells, read as a row of its own.
func (r *reader) lone() {
	last := len(r.h.starts) - 1
	if last < 2 || len(r.rows) < 3 {
		return
	}
	alone := func(row *rowText) bool {
		if len(row.lines) != 1 || len(row.cells[0]) == 0 {
			return false
		}
		for _, fs := range row.cells[1:] {
			if len(fs) > 0 {
				return false
			}
		}
		return true
	}
	var lone []*rowText
	for _, row := range r.rows {
		switch {
		case alone(row):
			lone = append(lone, row)
		case len(row.cells[last]) == 0:
			return
		}
	}
	if len(lone) == 0 || len(r.rows)-len(lone) < 2 {
		return
	}
	for _, row := range lone {
		r.src.Report.Warn(pages.At(r.src.Name, row.first+1), "line %d holds a cell under %s alone (%q), where every other row of the table at line %d fills %s: the rest of a line a hard wrap cut, or a row that lost its cells, read as a row of its own", row.first+1, r.h.cells[0], textOf(row.cells[0]), r.h.line+1, r.h.cells[last])
	}
}

// line is a line of a table, cut into its cells' parts.
type line struct {
	line   int
	chunks []chunk
	start  bool // it starts a row
	first  bool // it has text under the first column
}

// group returns the lines from line j on with no blank line between them
// that are lines of the table: up to a blank line, a header, or a line
// that starts left of the first column or whose text in a column starts
// away from the column's start (aligned).
func (r *reader) group(j int) []line {
	var g []line
	for ; j < len(r.sh.lines) && strings.TrimSpace(r.sh.lines[j]) != ""; j++ {
		if len(g) > 0 && (r.sh.broken[j] || pages.IsPageMark(r.sh.lines[j])) || (len(g) > 0 || len(r.rows) > 0) && r.noteLine(j) {
			break // a page break, whose mark pages.Read reads the table across
		}
		cs := r.h.cut(r.sh.lines[j])
		if !r.h.aligned(cs) && !r.middleNames(j, cs) && !r.h.overrunRead(cs) {
			if d := r.h.shiftedBy(r.sh.lines[j]); d != 0 && len(g) > 0 {
				way := "right"
				if d < 0 {
					way = "left"
				}
				r.src.Report.Fail(pages.At(r.src.Name, j+1), "line %d (%q), right under a line of the table at line %d, sets its cells in that table's columns but %d columns %s of where the rows above it start them, as a copy that adds or loses a space or two at one line leaves a row: which line moved, and so where each cell of the rows above or of this one ends, cannot be told; set the table's rows at one indent", j+1, pages.Clip(strings.TrimSpace(r.sh.lines[j])), r.h.line+1, abs(d), way)
				break
			}
			last := len(g) > 0 && r.lastRest(j, cs, g[len(g)-1])
			if len(g) == 0 || !last && !r.wrapRest(j, cs) {
				if len(g) > 0 {
					r.offColumns(j, cs)
				}
				break
			}
			prev := g[len(g)-1]
			at := prev.chunks[len(prev.chunks)-1].start
			text := strings.TrimSpace(r.sh.lines[j])
			where := "between two of its lines"
			if last {
				where = "after its last line, and reads as the rest of that line's last cell, as no title or sentence of its own does"
			}
			r.src.Report.Warn(pages.At(r.src.Name, j+1), "line %d starts at the margin, out of the columns of the table at line %d, %s: read as the rest of line %d, which a hard wrap cut (an editor or a mail client that wraps at a column)", j+1, r.h.line+1, where, prev.line+1)
			cs = []chunk{{start: at, end: at + utf8.RuneCountInString(text), text: pages.SingleSpaced(text)}}
		}
		if _, ok := headerAt(r.sh.lines, j); ok {
			break
		}
		if prev, ok := r.lineAbove(g, j); ok && r.titleAfter(j, cs, prev) {
			break
		}
		cs = r.resolve(j, cs)
		g = append(g, line{line: j, chunks: cs, start: rowStart(&r.h, cs), first: r.h.column(cs[0].start) == 0})
	}
	return g
}

// shiftedBy is the shift, one or two columns right (positive) or left,
// by which a line that sits out of the header's columns sets its cells
// in them: its first cell at the first column's start and another at a
// later column's, cut as the header cuts its rows. It is 0 where no such
// shift sets the line in the columns.
func (h *header) shiftedBy(line string) int {
	for _, d := range []int{1, -1, 2, -2} {
		moved := *h
		moved.starts, moved.held = make([]int, len(h.starts)), make([]int, len(h.starts))
		for k, at := range h.starts {
			moved.starts[k], moved.held[k] = at+d, 2 // held by the rows above and the line
		}
		cs := moved.cut(line)
		if len(cs) < 2 || cs[0].start != moved.starts[0] || !moved.aligned(cs) {
			continue
		}
		for _, c := range cs[1:] {
			if k := moved.column(c.start); k > 0 && c.start == moved.starts[k] {
				return d
			}
		}
	}
	return 0
}

// offColumns refuses line j, whose text sits out of the table's columns,
// where it stands among them (right of the first column's start, no
// note across them nor a hard wrap's rest at the margin) between two
// lines of the table, no blank line around it: a cell's line set off
// its column by more than a print's slack ("(Default: 0.85)" two columns
// left of Description), which would end the table there and be read as
// text between it and its rest, its row without it.
func (r *reader) offColumns(j int, cs []chunk) {
	n := j + 1
	if r.h.column(cs[0].start) == 0 || n >= len(r.sh.lines) || r.sh.broken[n] || strings.TrimSpace(r.sh.lines[n]) == "" {
		return
	}
	if next := r.h.cut(r.sh.lines[n]); !r.h.aligned(next) && !r.middleNames(n, next) && !r.h.overrunRead(next) {
		return
	}
	if _, ok := headerAt(r.sh.lines, n); ok {
		return
	}
	k := r.h.column(cs[0].start)
	near := k
	if k+1 < len(r.h.starts) && r.h.starts[k+1]-cs[0].start < cs[0].start-r.h.starts[k] {
		near = k + 1
	}
	r.src.Report.Fail(pages.At(r.src.Name, j+1), "line %d (%q) stands between two lines of the table at line %d, among its columns but out of them: it starts %d columns from the start of the column %s, more than a print sets a cell off it; which row's cell it is, or whether it is text that cuts the table, cannot be told; set it under its column", j+1, pages.Clip(strings.TrimSpace(r.sh.lines[j])), r.h.line+1, abs(cs[0].start-r.h.starts[near]), r.h.cells[near])
}

// lineAbove returns the line of the table right above line j, of the
// run g read up to it, or the last line of the rows read before where g
// is empty: a title that ends a run ends the table, and the next run,
// which starts at it, is none of the table's.
func (r *reader) lineAbove(g []line, j int) (line, bool) {
	if len(g) > 0 {
		return g[len(g)-1], true
	}
	if len(r.rows) == 0 {
		return line{}, false
	}
	row := r.rows[len(r.rows)-1]
	if above := row.lines[len(row.lines)-1]; above == j-1 {
		return line{line: above, chunks: r.h.cut(r.sh.lines[above])}, true
	}
	return line{}, false
}

// middleNames reports whether line j, a line of one part at the first
// column's start that runs over the next column's, is a row's first
// cells one space apart, its other cells on the lines around it
// ("ripeness number" under Code and Type, as pdftotext -layout sets a
// long name's next cell on the middle line of a row whose description
// wraps above and below it): it has readings (middleReadings), and none
// reads it whole as the first column's.
func (r *reader) middleNames(j int, cs []chunk) bool {
	rs := r.middleReadings(j, cs)
	return len(rs) > 0 && !keeps(rs, 0)
}

// overrunRead reports whether a line that starts right of the first
// column, each of whose parts that runs over the start of the next
// column has exactly one reading (readings: "string[]" one character
// over the start of Required, a type under Type), is a line of the
// table, whose cells resolve reads by that reading. A title or a line
// of prose starts at the first column, or reads as no cells.
func (h *header) overrunRead(cs []chunk) bool {
	last := len(h.starts) - 1
	if h.column(cs[0].start) == 0 {
		return false
	}
	for i, c := range cs {
		k := h.column(c.start)
		if k >= last || c.end <= h.starts[k+1] {
			continue
		}
		upto := len(h.starts)
		if i+1 < len(cs) {
			upto = h.column(cs[i+1].start)
		}
		if len(h.readings(c, k, "", upto)) != 1 {
			return false
		}
	}
	return true
}

// middleReadings returns the readings of line j, a line of one part at
// the first column's start, as the
// first cells of a row whose other cells stand on the lines around it:
// the part ends before the last column, and a line next to it has text
// only right of the columns the part fills; each reading gives each
// column it reaches a cell of what the column holds (fits), the last
// word maybe the next column's, set left of it as a print sets a cell
// roughly ("bunches GenericModels.GrapeBunch[] true", "true" under Type
// but a requiredness), short of the last column. It returns nil for
// any other line.
func (r *reader) middleReadings(j int, cs []chunk) []reading {
	h := &r.h
	last := len(h.starts) - 1
	if len(cs) != 1 || last < 2 || abs(cs[0].start-h.starts[0]) > h.slack() || h.column(cs[0].start) != 0 {
		return nil
	}
	end := h.column(cs[0].end - 1)
	if end >= last || !strings.Contains(cs[0].text, " ") {
		return nil
	}
	fill := min(end+1, last-1) // the last column its words may reach
	beside := false
	for _, n := range []int{j - 1, j + 1} {
		if n < 0 || n >= len(r.sh.lines) || strings.TrimSpace(r.sh.lines[n]) == "" {
			continue
		}
		if ns := chunksOf(r.sh.lines[n], 2); ns[0].start >= h.starts[fill+1]-h.slack() {
			beside = true
		}
	}
	if !beside {
		return nil
	}
	return h.readingsTo(cs[0], 0, "", fill)
}

// noteLine reports whether line j is a note that spans the table's
// columns, a row of one cell (HTML's colspan, "Note: ids and scores must
// have the same length."), as a text browser prints it: words one space
// apart from the first column on, beginning as a sentence or a title
// does (not as the rest of one that a hard wrap cut, at the margin:
// pages.StartsMidSentence), two of them at least in the first column,
// where a name is one word, and running over the start of the next
// column, as no cell does ("4xx (custom status)", a code and its note,
// wraps within its column). Such a line is no row of the table: once a
// row of the table is read, it ends the run of lines it cuts (group),
// and is read as text between the table and its rest, which pages.Read
// joins to the table with a warning.
func (r *reader) noteLine(j int) bool {
	l := r.sh.lines[j]
	text := strings.TrimSpace(l)
	if len(r.h.starts) < 2 || strings.Contains(text, "  ") || pages.StartsMidSentence(text) {
		return false
	}
	at := len(l) - len(strings.TrimLeft(l, " "))
	if r.h.column(at) != 0 || at+columns(text) <= r.h.starts[1] {
		return false
	}
	words := strings.Fields(text)
	return len(words) > 1 && columns(words[0])+1 < r.h.starts[1]-at && !strings.HasPrefix(words[1], "(")
}

// titleAfter reports whether line j, right under line prev of the
// table, is the title of what follows the table, which a print sets
// without a blank line between them. It is where the line holds text
// under the first column alone, a section's title by the page's lexicon
// that no cell of the first column is (heading: "Example Request" under
// "GNArrayMaxLength") or a title of the next table (titleOverTable), and
// goes on with no cell of line prev (as a name broken inside the word,
// or a parenthesis it closes). It is too where the line is the last of
// its run (a blank line, a page break or a header follows it), with text
// under the first column alone, a column of names whose cell on line
// prev it does not go on with: a name's cell never wraps at a space
// ("contents" over "BeeSpecies"); or a column of codes, whose cell on
// line prev is a code, which no words go on with ("500" over "Response
// Body").
func (r *reader) titleAfter(j int, cs []chunk, prev line) bool {
	if parts := chunksOf(r.sh.lines[j], 2); len(parts) == 1 && r.h.column(parts[0].start) == 0 && (r.heading(j) || r.titleOverTable(j)) {
		return len(prev.chunks) == 0 || r.h.column(prev.chunks[0].start) != 0 || !closes(prev.chunks[0].text, parts[0].text) && !r.brokenWord(0, frag{line: prev.line, chunk: prev.chunks[0]}, frag{line: j, chunk: parts[0]})
	}
	if len(cs) != 1 || r.h.column(cs[0].start) != 0 || len(prev.chunks) == 0 || r.h.column(prev.chunks[0].start) != 0 {
		return false
	}
	switch pages.HeaderColumn(r.h.cells[0]) {
	case pages.ColName:
	case pages.ColCode:
		if !signedRe.MatchString(prev.chunks[0].text) || strings.ContainsFunc(cs[0].text, unicode.IsDigit) {
			return false
		}
	default:
		return false
	}
	if n := j + 1; n < len(r.sh.lines) && strings.TrimSpace(r.sh.lines[n]) != "" && !r.sh.broken[n] && !isHeaderLine(r.sh.lines[n]) {
		return false
	}
	above := prev.chunks[0]
	return !closes(above.text, cs[0].text) && !r.brokenWord(0, frag{line: prev.line, chunk: above}, frag{line: j, chunk: cs[0]})
}

// titleOverTable reports whether line j is the title of the next table:
// the page's lexicon reads it as a title (EndsTable: a type's name,
// "HarvestGrapesResponseData"), and after it and blank lines only, on
// the same sheet, a table's header follows, as a print sets a type's
// heading right under the table before it ("a response payload." over
// "HarvestGrapesResponseData"). A row that lost every cell but its name
// heads no table.
func (r *reader) titleOverTable(j int) bool {
	if r.src.Words == nil || !r.src.Words.EndsTable(pages.StripHeading(strings.TrimSpace(r.sh.lines[j]))) {
		return false
	}
	k := j + 1
	for k < len(r.sh.lines) && !r.sh.broken[k] && strings.TrimSpace(r.sh.lines[k]) == "" {
		k++
	}
	if k == j+1 || k >= len(r.sh.lines) || r.sh.broken[k] {
		return false
	}
	_, ok := headerAt(r.sh.lines, k)
	return ok
}

// wrapRest reports whether line j, whose text sits out of the table's
// columns, is the rest of the line before it that a hard wrap cut: it
// starts at the page's margin, as a wrap starts a line's rest (atMargin),
// and the next line after it but blank ones (rows set apart by blank
// lines), on the same sheet, is a line of the table again.
func (r *reader) wrapRest(j int, cs []chunk) bool {
	if !r.atMargin(cs) || r.heading(j) {
		return false
	}
	k := j + 1
	for k < len(r.sh.lines) && !r.sh.broken[k] && strings.TrimSpace(r.sh.lines[k]) == "" {
		k++
	}
	if k >= len(r.sh.lines) || r.sh.broken[k] || strings.TrimSpace(r.sh.lines[k]) == "" {
		return false
	}
	if _, ok := headerAt(r.sh.lines, k); ok {
		return false
	}
	return r.h.aligned(r.h.cut(r.sh.lines[k]))
}

// heading reports whether line j is the title of a section of the
// page, by the page's lexicon (EndsTable: "Response Body", "200 Ok"),
// and no cell of the table's first column (a name a lexicon reads as a
// type's title too): the title of what follows the table, which a print
// sets without a blank line after the table's last row, and which no
// hard wrap cut out of a row.
func (r *reader) heading(j int) bool {
	text := pages.StripHeading(strings.TrimSpace(r.sh.lines[j]))
	return r.src.Words != nil && r.src.Words.EndsTable(text) && !r.h.fits(0, text)
}

// atMargin reports whether a line that sits out of the table's columns
// starts where a wrap starts a line's rest: left of the first column, or
// at the page's margin, where the table's first column starts too or
// within a print's slack of it (a table indented one column: the rest
// of its last row, "(default: 0.8)", at the margin).
func (r *reader) atMargin(cs []chunk) bool {
	return cs[0].start < r.h.starts[0]-r.h.slack() || cs[0].start == 0
}

// lastRest reports whether line j, whose text sits out of the table's
// columns, is the rest of the table's last line, above, that a hard wrap
// cut: it starts at the page's margin (atMargin), it reads as the rest
// of the text that line ends with (pages.WrapRest), and no line of the
// table follows it on the sheet: a blank line, or a title at the margin
// or at the page's indent, no right of the table's first column (a page
// indented as a whole, as pdftotext keeps a print's margin), which
// begins as no rest does.
func (r *reader) lastRest(j int, cs []chunk, above line) bool {
	if !r.atMargin(cs) || pages.WrapRest(r.src.Words, above.chunks[len(above.chunks)-1].text, r.sh.lines[j]) == pages.NoRest {
		return false
	}
	if j+1 >= len(r.sh.lines) || r.sh.broken[j+1] || strings.TrimSpace(r.sh.lines[j+1]) == "" {
		return true
	}
	// A title right under it, no right of the table's first column,
	// begins as no rest of a cell does, and is no line of the table.
	next := chunksOf(r.sh.lines[j+1], 2)
	return len(next) == 1 && next[0].start <= r.h.starts[0] && !pages.StartsMidSentence(r.sh.lines[j+1]) && !r.h.aligned(r.h.cut(r.sh.lines[j+1]))
}

// take reads a run of lines without a blank one between them into rows,
// after the table's last line read: each line that starts a row starts
// one (but the rest of a row, continues), and the lines after it go on
// with it. Lines before the first that starts a row, with no text under
// the first column, go on with the row before (a cell that wraps across
// a page break), with a warning; in a table whose every run of lines is
// one row, they are the first lines of the run's row (its cells sit in
// the middle of the row). Under the header, where no row goes before,
// they are an error but in such a run. On a page whose cells sit in the
// middle of their rows (r.places), a run of two rows or more, or with
// lines before its first row's first line, is cut into rows by where
// the cells sit (middleRows), where that cuts it; after a page break
// (broken), where only the lines from its first row's first line on
// cut so, the lines before go on with the row the break cut, with a
// warning. It reports false, taking
// nothing, for a run that is no part of the table: one with text under
// the first column but no line that starts a row (a title after the
// table), or with text under the first column before such a line.
func (r *reader) take(g []line, last int, broken bool) bool {
	if r.spannedRows(g) {
		return true
	}
	starts := 0
	lead := len(g) // the lines before the first that starts a row
	for i, l := range g {
		if l.start {
			starts++
			lead = min(lead, i)
		}
	}
	for _, l := range g[:lead] {
		if !l.first {
			continue
		}
		if len(r.rows) == 0 && starts > 0 {
			// Right under the header, a line under the first column
			// that starts no row, before the first that does: the rest
			// of a line a hard wrap cut, or a row that lost its cells.
			r.src.Report.Fail(pages.At(r.src.Name, l.line+1), "line %d, under the header of the table at line %d, has text under %s (%q) but starts no row, and a row starts below it at line %d: the rest of a line a hard wrap cut, or a row that lost its cells; which lines are whose row cannot be told; write the table's rows with each cell in its column", l.line+1, r.h.line+1, r.h.cells[0], pages.Clip(textOfChunks(l.chunks)), g[lead].line+1)
		}
		return false
	}
	if r.seen != nil {
		before := len(r.rows)
		defer func() { r.seen.add(&r.h, g, r.rows[before:]) }()
	}
	if len(r.places.best) > 0 && (starts >= 2 || lead > 0) {
		rows, ok := r.middleRows(g, false)
		if !ok && lead > 0 && len(r.rows) > 0 && broken {
			// The lines before the first name after a page break, which
			// no row of the run holds where its cells sit: the rest of
			// the row the break cut.
			n := r.carried(g, lead)
			if n > 0 {
				rows, ok = r.middleRows(g[n:], false)
			}
			if ok {
				cur := r.rows[len(r.rows)-1]
				r.goesOn(cur, g[0].line, last, true)
				for _, l := range g[:n] {
					r.add(cur, l)
				}
			}
		}
		if !ok && slices.Contains(r.places.best, middleLine) {
			// No way cuts the run into rows of cells set on their
			// middle line: a row may set its one-line cells on two
			// lines.
			rows, ok = r.middleRows(g, true)
		}
		if ok {
			for _, ls := range rows {
				cur := &rowText{first: ls[0].line, cells: make([][]frag, len(r.h.starts))}
				r.rows = append(r.rows, cur)
				for _, l := range ls {
					r.add(cur, l)
				}
			}
			r.grouped = r.grouped && len(rows) == 1
			r.dense = r.dense || len(rows) > 1
			r.runs++
			return true
		}
		if r.placed {
			r.src.Report.Fail(pages.At(r.src.Name, g[0].line+1), "line %d: the table at line %d sets each cell in the middle of its row, and its lines from line %d on cannot be cut into rows so (each row one name, on one line, and in each column one cell on lines that follow each other, set on the middle line of the row): which lines are whose row cannot be told; give the rows of the table a blank line between them", g[0].line+1, r.h.line+1, g[0].line+1)
		}
	}
	var cur *rowText
	if len(r.rows) > 0 {
		cur = r.rows[len(r.rows)-1]
	}
	// After a page break, lines without a first cell are the rest of the
	// row the break cut.
	whole := starts == 1 && r.grouped && r.runs > 0 && !r.sh.broken[g[0].line]
	switch {
	case lead == 0:
	case cur != nil && !whole:
		r.goesOn(cur, g[0].line, last, broken)
		for _, l := range g[:lead] {
			r.add(cur, l)
		}
	default:
		// The first lines under the header are no row's first: the cells
		// sit in the middle of their rows, and which lines are whose
		// cannot be told but where each run of lines is one row.
		r.sawMiddle()
		r.src.Report.Fail(pages.At(r.src.Name, g[0].line+1), "line %d, the first of the table at line %d, has no cell under %s: the table's cells sit in the middle of their rows, not at their top, and which lines are whose row cannot be told; print the page with the cells of its tables at the top of their rows, or with a blank line between rows", g[0].line+1, r.h.line+1, r.h.cells[0])
		if starts == 0 {
			r.rows = append(r.rows, &rowText{first: g[0].line, cells: make([][]frag, len(r.h.starts))})
			for _, l := range g {
				r.add(r.rows[0], l)
			}
			return true
		}
	}
	grouped := r.grouped && r.runs > 0
	var pending []line
	if whole || cur == nil {
		pending = g[:lead]
	}
	rows := 0
	for i, l := range g[lead:] {
		if i > 0 {
			r.splitAcross(cur, g[lead+i-1], l)
		}
		switch {
		case l.start && !r.continues(cur, l, grouped):
			rows++
			cur = &rowText{first: l.line, cells: make([][]frag, len(r.h.starts))}
			r.rows = append(r.rows, cur)
			for _, p := range pending {
				cur.first = min(cur.first, p.line)
				r.add(cur, p)
			}
			pending = nil
		case r.restarts(cur, l):
			r.src.Report.Warn(pages.At(r.src.Name, l.line+1), "line %d has a cell under %s, as the row at line %d has already, and none under %s: read as a row that lost its first cell", l.line+1, r.h.cells[r.requiredColumn()], cur.first+1, r.h.cells[0])
			cur = &rowText{first: l.line, cells: make([][]frag, len(r.h.starts))}
			r.rows = append(r.rows, cur)
		}
		r.add(cur, l)
	}
	if rows > 0 {
		r.grouped = r.grouped && rows == 1
		r.dense = r.dense || rows > 1
		r.runs++
	}
	return true
}

// splitAcross refuses, at line p, the pair of lines p and q of a run
// read at the top of its rows that may be one row whose cells a print set
// on two lines, some on each (split): one of the two has text under the
// first column and the other none, no column has text on both, and the
// one without a first cell would put its text after cells that the row
// it goes on with, cur, holds already ("string" under Type, under a row
// whose Type is "string", over "plotId  true  …", a row with no Type).
// Read at the top of their rows, such lines join the next row's cells
// onto the row above ("string string"), or leave the next row without
// them; a line that restarts a row (restarts: a second requiredness
// word) and the line under it, its first cell, may be one row as well.
// Which lines are whose row cannot be told. A row that starts at p, its
// rest at q, is read as it stands.
func (r *reader) splitAcross(cur *rowText, p, q line) {
	if cur == nil || p.first == q.first || p.start {
		return
	}
	on := func(l line) []bool {
		has := make([]bool, len(r.h.starts))
		for _, c := range l.chunks {
			has[r.h.column(c.start)] = true
		}
		return has
	}
	hp, hq := on(p), on(q)
	rest := q
	if !p.first {
		rest = p
	}
	for k := range hp {
		if hp[k] && hq[k] {
			return
		}
	}
	var cols []string
	for _, c := range rest.chunks {
		k := r.h.column(c.start)
		above := slices.DeleteFunc(slices.Clone(cur.cells[k]), func(f frag) bool { return f.line == rest.line })
		if cur.first != rest.line && (len(above) == 0 || !r.mayBegin(k, textOf(above), c.text)) {
			return
		}
		cols = append(cols, r.h.cells[k])
	}
	r.src.Report.Fail(pages.At(r.src.Name, p.line+1), "line %d: lines %d and %d of the table at line %d may be one row whose cells are set on two lines, some on each, no column on both: line %d has no cell under %s, and its text under %s may begin those cells of a row as well as go on with the row above it; which lines are whose row cannot be told; write each row's cells on one line", p.line+1, p.line+1, q.line+1, r.h.line+1, rest.line+1, r.h.cells[0], strings.Join(cols, ", "))
}

// mayBegin reports whether text, under column k below a cell that
// holds above, may be a cell of its own rather than the rest of above:
// in a column of names, codes, types or requiredness, it reads as such a
// cell whole (fits: "string" under "string", "true"); in another, it
// begins as a sentence does (not pages.StartsMidSentence) under a cell
// that ends as one does. A description's rest ("user." under "A token
// used to authenticate the") never may.
func (r *reader) mayBegin(k int, above, text string) bool {
	switch pages.HeaderColumn(r.h.cells[k]) {
	case pages.ColName, pages.ColCode, pages.ColType, pages.ColRequired:
		return r.h.fits(k, text)
	}
	return !pages.StartsMidSentence(text) && strings.ContainsAny(above[len(above)-1:], ".!?)")
}

// continues reports whether a line right under a row, which has cells
// under the first column and another, is that row's rest. Its first
// part closes a parenthesis the row's first cell left open (closes); or
// its first cell goes on with the row's broken word (brokenWord: "invalidRequestPa"
// over "rameters"), and so does each of its cells but the last column's,
// which wraps as text does; or the table's rows are set apart by blank
// lines (grouped), so that a line under a row is its rest, and the line
// lacks a cell that the row's first line has but the last column's
// ("4xx" over "(custom" over "status)").
func (r *reader) continues(cur *rowText, l line, grouped bool) bool {
	if cur == nil || cur.lines[len(cur.lines)-1] != l.line-1 || len(cur.cells[0]) == 0 {
		return false
	}
	last := len(r.h.starts) - 1
	has := make([]bool, len(r.h.starts))
	for _, c := range l.chunks {
		has[r.h.column(c.start)] = true
	}
	if closes(textOf(cur.cells[0]), l.chunks[0].text) {
		return true
	}
	if grouped {
		for k := 1; k < last; k++ {
			if !has[k] && len(cur.cells[k]) > 0 && cur.cells[k][0].line == cur.first {
				return true
			}
		}
	}
	broken := func(k int, c chunk) bool {
		fs := cur.cells[k]
		return len(fs) > 0 && r.brokenWord(k, fs[len(fs)-1], frag{line: l.line, chunk: c})
	}
	seen := -1
	for _, c := range l.chunks {
		k := r.h.column(c.start)
		if k == seen || k == last && k > 0 {
			continue
		}
		if !broken(k, c) {
			return false
		}
		seen = k
	}
	return true
}

// closes reports whether text under the first column closes a
// parenthesis that the text above it in its cell left open ("4xx
// (custom" over "status)"): a cell that wraps in its column, never a
// row of its own, which no cell starts so.
func closes(above, text string) bool {
	open := strings.Count(above, "(") - strings.Count(above, ")")
	return open > 0 && strings.Count(text, ")") > strings.Count(text, "(")
}

// textOfChunks is the text of a line's parts, joined by spaces.
func textOfChunks(cs []chunk) string {
	var parts []string
	for _, c := range cs {
		parts = append(parts, c.text)
	}
	return strings.Join(parts, " ")
}

// textOf is the text of a cell's parts, joined by spaces.
func textOf(fs []frag) string {
	var parts []string
	for _, f := range fs {
		parts = append(parts, f.text)
	}
	return strings.Join(parts, " ")
}

// add notes a run of lines and the rows read from it.
func (s *survey) add(h *header, g []line, rows []*rowText) {
	at := *h // the header as the run was read: the reader takes the header again after a page break
	rn := run{h: &at, lines: g}
	for _, row := range rows {
		for j, l := range g {
			if j > 0 && l.line == row.first {
				rn.cuts = append(rn.cuts, j)
			}
		}
	}
	s.runs = append(s.runs, rn)
}

// sawMiddle notes that the page has a table whose cells sit in the
// middle of their rows.
func (r *reader) sawMiddle() {
	if r.seen != nil {
		r.seen.middle = true
	}
}

// goesOn warns that the lines from line j on go on with a row after a
// blank line or a page break (broken: the header printed again after it
// or not).
func (r *reader) goesOn(cur *rowText, j, last int, broken bool) {
	switch {
	case broken:
		r.src.Report.Warn(pages.At(r.src.Name, j+1), "line %d, after a page break, has no cell under %s: read as the rest of the row at line %d", j+1, r.h.cells[0], cur.first+1)
	case j > last+1:
		r.src.Report.Warn(pages.At(r.src.Name, j+1), "line %d, after a blank line, has no cell under %s: read as the rest of the row at line %d", j+1, r.h.cells[0], cur.first+1)
	}
}

// requiredColumn is the index of the table's Required column, or -1.
func (r *reader) requiredColumn() int {
	for k, c := range r.h.cells {
		if pages.HeaderColumn(c) == pages.ColRequired {
			return k
		}
	}
	return -1
}

// restarts reports whether a line that starts no row is a row that lost
// its first cell: a requiredness word (true, Y) never wraps, so a second
// one in the Required column, under one, is another row's. Other text
// there, under a requiredness word, is no part of the row either: it is
// the next row's, whose cells sit in the middle of their rows, and which
// lines are whose cannot be told: an error. A condition ("Optional if
// …") wraps as any text does.
func (r *reader) restarts(cur *rowText, l line) bool {
	k := r.requiredColumn()
	if k < 0 || len(cur.cells[k]) != 1 {
		return false
	}
	if _, ok := pages.Requiredness(cur.cells[k][0].text); !ok {
		return false
	}
	for _, c := range l.chunks {
		if r.h.column(c.start) != k {
			continue
		}
		if _, ok := pages.Requiredness(c.text); ok {
			return true
		}
		r.sawMiddle()
		r.src.Report.Fail(pages.At(r.src.Name, l.line+1), "line %d has text under %s (%q) below the row at line %d, whose cell there says %q: the table's cells sit in the middle of their rows, not at their top, and which lines are whose row cannot be told; print the page with the cells of its tables at the top of their rows, or with a blank line between rows", l.line+1, r.h.cells[k], pages.Clip(c.text), cur.first+1, cur.cells[k][0].text)
		return false
	}
	return false
}

// add puts a line's text into the columns of a row, its parts that ran
// over the start of the next column read already (resolve).
func (r *reader) add(cur *rowText, l line) {
	cur.lines = append(cur.lines, l.line)
	last := len(r.h.starts) - 1
	for _, c := range l.chunks {
		k := r.h.column(c.start)
		cur.cells[k] = append(cur.cells[k], frag{line: l.line, chunk: c})
		if k == last {
			r.lastWidth = max(r.lastWidth, c.end-r.h.starts[k])
		}
	}
}

// cells makes the rows of a table of the rows read: each cell its
// column's parts, in line order (without their links' marks on a page
// that numbers them: unnumbered), joined by a space, or without one where
// a narrow column broke a name or a type inside the word (brokenWord),
// with a warning; on a page that sets every cell in the middle of its
// row (html2text), the parts of a word its wrap broke after a hyphen are
// joined without one (hyphenBreak).
func (r *reader) cells(tb *pages.Table) {
	for _, row := range r.rows {
		pr := &pages.Row{Line: row.first + 1, Cells: make([]string, len(row.cells))}
		var raw []string
		for _, j := range row.lines {
			raw = append(raw, strings.TrimSpace(r.sh.lines[j]))
		}
		pr.Raw = strings.Join(raw, "\n")
		for k, fs := range row.cells {
			fs = r.unnumbered(fs)
			var b strings.Builder
			for i, f := range fs {
				switch {
				case i == 0:
				case r.placed && f.line != fs[i-1].line && hyphenBreak(fs[i-1].text, f.text):
				case f.line != fs[i-1].line && hyphenBreak(fs[i-1].text, f.text):
					r.joinHyphen(&b, k, fs[i-1], f)
					continue
				case f.line == fs[i-1].line || !r.brokenWord(k, fs[i-1], f):
					b.WriteByte(' ')
				default:
					r.src.Report.Warn(pages.At(r.src.Name, f.line+1), "joined %q (line %d) and %q (line %d) into %q: the narrow column %s broke the word", fs[i-1].text, fs[i-1].line+1, f.text, f.line+1, fs[i-1].text+f.text, r.h.cells[k])
				}
				b.WriteString(f.text)
			}
			pr.Cells[k] = b.String()
		}
		tb.Rows = append(tb.Rows, pr)
	}
}

// unnumbered is a cell's parts, each without its links' marks
// (pages.Unnumbered) where the page numbers its links, and a part that
// was a mark alone left out. A cell's parts are its lines': a text
// browser that sets a link's number before its text ("[21]GenericModels.
// ModuleSlot[]") wraps the two apart where the column is narrow, the
// number alone on the cell's first line, or ends a line with it ("See
// [20]" over "HullClass"), and the number stands in the cell's text
// after a space, where the cell's joined text no longer tells it from
// the page's own "[1]".
func (r *reader) unnumbered(fs []frag) []frag {
	if !r.numbered {
		return fs
	}
	out := make([]frag, 0, len(fs))
	for _, f := range fs {
		f.text = strings.TrimSpace(pages.Unnumbered(f.text))
		if f.text != "" {
			out = append(out, f)
		}
	}
	return out
}

// joinHyphen writes into a cell's text so far, b, which ends with part a
// of column k, its part c on the next line, whose word the wrap broke
// after a hyphen ("Authoriza-" over "tion", "List<Bond-" over "Goal>"),
// as pages.JoinHyphen reads the hyphen: the wrap's or the word's where
// the page writes the word so elsewhere; else the wrap's, with a warning
// that says the other reading (a name's, a type's or a code's hyphen may
// be its own).
func (r *reader) joinHyphen(b *strings.Builder, k int, a, c frag) {
	joined, reading := pages.JoinHyphen(r.sh.lines, a.text, c.text)
	text := b.String()
	b.Reset()
	b.WriteString(strings.TrimSuffix(text, a.text) + joined)
	if reading != pages.GuessedHyphen {
		return
	}
	word, kept := pages.HyphenWords(a.text, c.text)
	r.src.Report.Warn(pages.At(r.src.Name, c.line+1), "joined %q (line %d) and %q (line %d) as one word that the wrap hyphenated in the column %s, %q; the page writes neither it nor %q elsewhere: if the hyphen is the word's, write the word on one line", a.text, a.line+1, c.text, c.line+1, r.h.cells[k], word, kept)
}

// hyphenBreak reports whether part b of a cell, on a line after part a,
// goes on with a word that a wrap broke after its hyphen, as html2text
// (r.placed) breaks a word ("Secret-" over "Key", "low-" over "level"):
// a ends in a letter and a hyphen, b begins with a letter.
func hyphenBreak(a, b string) bool {
	w, ok := strings.CutSuffix(a, "-")
	if !ok {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(w)
	next, _ := utf8.DecodeRuneInString(b)
	return unicode.IsLetter(last) && unicode.IsLetter(next)
}

// brokenWord reports whether part b of a cell of column k, on a line
// after part a, goes on with a's last word without a space: the column
// holds names or types, which have no spaces; a ends with a hyphen that
// b's word goes on (hyphenBreak), or a fills the column, as a word too
// long for it does, and the two make one name ("nicknameChangesLef"
// over "t") or type ("GenericModels.LiveEventR" over "eward[]", or over
// "[]"), b going on with a lower-case letter, a digit or an underscore, or
// with an array's brackets. A type's word has an upper-case letter or a
// dot: primitive words wrap at their space ("number" over "int"). A page
// that sets every cell in the middle of its row (r.placed: html2text)
// sizes each column to its widest cell, which fills it whole: no word of
// it is broken.
func (r *reader) brokenWord(k int, a, b frag) bool {
	if r.placed {
		return false
	}
	kind := pages.HeaderColumn(r.h.cells[k])
	if kind != pages.ColName && kind != pages.ColCode && kind != pages.ColType || strings.Contains(a.text, " ") || strings.Contains(b.text, " ") {
		return false
	}
	if hyphenBreak(a.text, b.text) {
		return true // no name, type or code ends with a hyphen: the wrap broke it there
	}
	if 5*(a.end-r.h.starts[k]) < 4*r.width(k) {
		return false // a does not fill the column
	}
	whole := a.text + b.text
	if kind == pages.ColType {
		if !isTypeText(whole) || !strings.HasPrefix(b.text, "[") && !strings.ContainsFunc(a.text, unicode.IsUpper) && !strings.Contains(a.text, ".") {
			return false
		}
	} else if !pages.IsNameCell(whole) {
		return false
	}
	if strings.HasPrefix(b.text, "[") {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(a.text)
	next, _ := utf8.DecodeRuneInString(b.text)
	return wordRune(last) && (unicode.IsLower(next) || unicode.IsDigit(next) || next == '_')
}

// width is the display columns the text of column k may take: up to the
// next column's start, less the spaces between two cells; the last
// column's is its widest text.
func (r *reader) width(k int) int {
	if k+1 < len(r.h.starts) {
		return r.h.starts[k+1] - r.h.starts[k] - r.h.gap
	}
	return r.lastWidth
}

// isTypeText reports whether a cell reads as a type's name: letters,
// digits, dots and underscores, with type arguments (pages.TypeArgsLen,
// spaces inside them or not: "List<HeroCard>", "List< Play >") and array
// brackets ("GenericModels.LiveEventReward[]"). A text that ends with
// the "<" that opens them ("List<" of "List< Play >") is a spaced type's
// first word, no type.
func isTypeText(t string) bool {
	if i := strings.IndexByte(t, '<'); i > 0 {
		if n := pages.TypeArgsLen(t[i:]); n > 0 {
			t = t[:i] + t[i+n:]
		} else if i == len(t)-1 {
			return false
		}
	}
	for _, r := range t {
		if !wordRune(r) && !strings.ContainsRune(".[]<>", r) {
			return false
		}
	}
	return t != ""
}

// wordRune reports whether a rune may be part of a name's word.
func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }
