// Package cellperline reads the form a wiki table takes when copied as
// text: each cell on a line of its own, with a blank line between cells
// or without, and the header row often printed twice.
package cellperline

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// A table is a header run followed by its rows. A header run is a run of
// cells that name columns: printed twice, each of its cells holds a
// column word ("Status Code Description"); printed once, each is one
// ("Name", "Mandatory", "필수"). The run's length is the row width, and
// the cells after it are read that many to a row, up to the next header
// run or a group of lines that is no cell; where a row's cells do not fit
// their columns, rows are formed by the evidence of the columns, as
// dense.go does for a table without blank lines.

// clean trims a line of spaces and of the invisible format characters a
// copy leaves at a cell's ends (a zero-width space after "Y").
func clean(l string) string {
	return strings.TrimFunc(l, func(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) })
}

// cleanLines returns a page's lines, each cleaned: the texts the style's
// rules read, cleaned once for all of them. It returns lines themselves
// while every line is clean, and is read only.
func cleanLines(lines []string) []string {
	var ts []string
	for i, l := range lines {
		c := clean(l)
		if ts == nil && c != l {
			ts = make([]string, len(lines))
			copy(ts, lines[:i])
		}
		if ts != nil {
			ts[i] = c
		}
	}
	if ts == nil {
		return lines
	}
	return ts
}

// nonBlank counts a page's non-blank lines, of its lines cleaned
// (cleanLines), and the runs they form: what groupsOf and entriesOf
// hold, counted first to allocate them once.
func nonBlank(ts []string) (lines, runs int) {
	for i, t := range ts {
		if t == "" {
			continue
		}
		lines++
		if i == 0 || ts[i-1] == "" {
			runs++
		}
	}
	return lines, runs
}

// group is a run of non-blank lines, counted from 0, and the blank lines
// before it.
type group struct {
	lines []int
	gap   int
}

// groupsOf cuts a page, its lines cleaned (cleanLines), into its groups
// of non-blank lines. The groups' lines are parts of one array, each
// capped at its own end: it runs on every page a style rates.
func groupsOf(ts []string) []group {
	gs, _ := appendGroups(nil, nil, ts)
	return gs
}

// appendGroups is groupsOf, in the buffers gs and all (those of the
// groups and of their lines), which it returns, grown as need be.
func appendGroups(gs []group, all []int, ts []string) ([]group, []int) {
	lines, groups := nonBlank(ts)
	gs = slices.Grow(gs[:0], groups)
	all = slices.Grow(all[:0], lines)
	gap := 0
	for i := 0; i < len(ts); i++ {
		if ts[i] == "" {
			gap++
			continue
		}
		all = append(all, i)
		if len(gs) > 0 && gap == 0 {
			g := &gs[len(gs)-1]
			g.lines = g.lines[:len(g.lines)+1]
			continue
		}
		gs = append(gs, group{lines: all[len(all)-1:], gap: gap})
		gap = 0
	}
	for k := range gs {
		gs[k].lines = slices.Clip(gs[k].lines)
	}
	return gs, all
}

// cell is a line of a one-cell-per-line table, with the empty cells
// before it.
type cell struct {
	line  int // counted from 0
	text  string
	empty int // the empty cells between the previous cell and this one
}

// emptyCells is the number of empty cells a gap of blank lines holds in a
// table whose cells a cell gap of sep blank lines sets apart: an empty
// cell leaves a blank line of its own and a cell gap more, so a gap of
// sep+k*(sep+1) holds k (with one blank line between cells, 2k+1; with
// two, as AbiWord writes a table's cells, 3k+2). ok is false for a gap
// that fits no count, whose count is then the nearest below.
func emptyCells(gap, sep int) (k int, ok bool) {
	if gap < sep {
		return 0, false
	}
	return (gap - sep) / (sep + 1), (gap-sep)%(sep+1) == 0
}

// emptyBefore is the number of empty cells the gap before group grp
// holds (emptyCells), the nearest below where the gap fits no count: the
// count that rates a run of cells, where no table is read yet.
func emptyBefore(grp group, sep int) int {
	k, _ := emptyCells(grp.gap, sep)
	return k
}

// cellGap is the gap of blank lines that sets apart the cells of the
// header run of width w that starts at the last line of group g: the
// gap before each of its cells after the first, where all are the same;
// else one blank line, the gap of a copy that leaves one between cells.
func cellGap(gs []group, g, w int) int {
	if g+1 >= len(gs) {
		return 1
	}
	sep := gs[g+1].gap
	for k := g + 2; k < g+w && k < len(gs); k++ {
		if gs[k].gap != sep {
			return 1
		}
	}
	return max(sep, 1)
}

// appendCells appends to dst the cells groups gs[g:] start with, as many
// as a header printed twice can have: the last line of gs[g], then the
// lines of the groups of one line after it, and the first line of the
// group of lines that ends them, which starts a cell whether it wraps
// onto the next lines or they are cells of their own (a description
// that wraps in the first row). The gaps between the first cells tell
// the cell gap the empty cells are counted by (cellGap).
func appendCells(dst []cell, lines []string, gs []group, g int) []cell {
	last := gs[g].lines[len(gs[g].lines)-1]
	dst = append(dst, cell{line: last, text: clean(lines[last])})
	sep := cellGap(gs, g, minLooseWidth)
	for k := g + 1; k < len(gs) && len(dst) < 2*maxWidth; k++ {
		l := gs[k].lines[0]
		dst = append(dst, cell{line: l, text: clean(lines[l]), empty: emptyBefore(gs[k], sep)})
		if len(gs[k].lines) > 1 {
			break
		}
	}
	return dst
}

// headerWidths returns, for each group, the width of the header run that
// starts at its last line, or 0. Each cell of a header run is a line of
// its own: the first line of a group of lines that appendCells ends with
// is a row's cell, there to rate the rows by, and a run that takes it in
// is read without it ("ReturnCode" over "Name" that starts the table's
// lines, no blank line between them, is a title over a table of its own).
func headerWidths(lines []string, gs []group) []int {
	return appendHeaderWidths(nil, lines, gs)
}

// appendHeaderWidths is headerWidths, in the buffer hw.
func appendHeaderWidths(hw []int, lines []string, gs []group) []int {
	hw = slices.Grow(hw[:0], len(gs))[:len(gs)]
	buf := make([]cell, 0, 2*maxWidth)
	ts := make([]string, 0, 2*maxWidth)
	for g := range gs {
		cs := appendCells(buf[:0], lines, gs, g)
		w := headerWidth(cs, ts)
		if w > 1 && w == len(cs) && len(gs[g+w-1].lines) > 1 {
			w = headerWidth(cs[:w-1], ts)
		}
		hw[g] = w
	}
	return hw
}

// maxWidth bounds a table's columns.
const maxWidth = 12

// headerWidth returns the width of the header run cs starts with, or 0
// when cs starts with none. ts is a buffer for the cells' texts.
func headerWidth(cs []cell, ts []string) int {
	if w := numberedWidth(cs, ts); w > 0 {
		return w
	}
	for w := 2; w <= maxWidth && 2*w <= len(cs); w++ {
		if twice(cs, w) {
			return w
		}
	}
	w := 0
	for w < len(cs) && w < maxWidth && (w == 0 || cs[w].empty == 0 && !namedBefore(cs[:w], cs[w].text)) && (isColumnName(cs[w].text) || w == 0 && len(cs) > 1 && cs[1].empty == 0 && isColumnName(cs[1].text) && gluedCell(cs[0].text)) {
		w++
	}
	if w >= 3 {
		texts := cellTexts(cs, ts)
		if gluedTitle(texts, w) {
			return 0 // a title over the header that starts at the next cell
		}
		w = withoutFirstRow(texts, denseHeader{cells: texts[:w], lines: w}).lines
	}
	switch {
	case w < 2:
		return looseWidth(cs, ts)
	case w%2 == 0 && sameKinds(cs[:w/2], cs[w/2:w]):
		return w / 2 // printed twice, in two languages
	}
	return w
}

// namedBefore reports whether a cell's text is that of one of the header
// cells before it: a header printed once names a column once, so the
// cell is the first row's ("code" under "Code | Type | Description"); a
// header printed twice is read before (twice).
func namedBefore(head []cell, c string) bool {
	return slices.ContainsFunc(head, func(h cell) bool { return strings.EqualFold(h.text, c) })
}

// gluedTitle reports whether the first of the texts ts, which start
// with a header run of width w whose first cell is a title run into a
// column word (gluedCell), is the title alone, over the header the rest
// of the run is: the rest names that word's column again (titleOver), or
// the rows after the run fit the rest's columns better than the whole
// run's, as headerAt rates a title over a header without blank lines.
func gluedTitle(ts []string, w int) bool {
	if isColumnName(ts[0]) {
		return false
	}
	if titleOver(ts[0], ts[1:w]) {
		return true
	}
	after := ts[w:min(len(ts), w+rowsRated*w)]
	return rowsFit(looseColumns(ts[1:w]), after, 0) > rowsFit(looseColumns(ts[:w]), after, 0)
}

// numberedWidth returns the width of the header run cs starts with when
// its first cell heads a column of row numbers ("#", "No.", as a wiki's
// numbered rows copy): a header of its own follows, printed once or
// twice (the numbering cell with each copy), and the first row starts
// with a row number; 0 otherwise. The numbering column is the header's
// first; pages.Read drops it.
func numberedWidth(cs []cell, ts []string) int {
	if len(cs) < 2 || cs[1].empty > 0 || !isNumberingCell(cs[0].text) {
		return 0
	}
	w := headerWidth(cs[1:], ts) + 1
	if w == 1 {
		return 0
	}
	rows := w
	if numberedCopy(cs, w) {
		rows += w
	}
	if rows >= len(cs) || !pages.IsRowNumber(cs[rows].text) {
		return 0
	}
	return w
}

// numberedByEmptyCell reports whether the header printed once at group
// g, with columns cols and cell gap sep, has an empty first cell that
// heads a column of row numbers: the gap before its Name cell holds one
// (emptyCells), and the group next, the first row's first cell, the
// number 1.
func numberedByEmptyCell(lines []string, gs []group, g, next, sep int, cols []pages.Column) bool {
	return len(gs[g].lines) == 1 && emptyBefore(gs[g], sep) == 1 && len(cols) > 0 && cols[0] == pages.ColName &&
		next < len(gs) && len(gs[next].lines) == 1 && emptyBefore(gs[next], sep) == 0 && clean(lines[gs[next].lines[0]]) == "1"
}

// numberedCopy reports whether the w cells after the first w of cs are
// the second copy of a header whose first cell heads a column of row
// numbers: that cell again, then header cells.
func numberedCopy(cs []cell, w int) bool {
	return 2*w <= len(cs) && cs[w].empty == 0 && strings.EqualFold(cs[w].text, cs[0].text) && pages.IsNumberingCell(cs[0].text) && allHeaderCells(cs[w+1:2*w])
}

// cellTexts appends to ts[:0] the texts of cells, each empty one after
// the first cell an empty text, as rowsFit rates them.
func cellTexts(cs []cell, ts []string) []string {
	ts = ts[:0]
	for i, c := range cs {
		for k := 0; i > 0 && k < c.empty; k++ {
			ts = append(ts, "")
		}
		ts = append(ts, c.text)
	}
	return ts
}

// minLooseWidth is the width a header of cells that only end with column
// words must have at least: a description that ends with one ("Guild
// name") and the name of the next row ("type") are no header.
const minLooseWidth = 3

// looseWidth returns the width of a header printed once whose cells end
// with column words, the first a Name or a Code ("상태 코드 | 설명 | 상세
// 설명", "Http response code | detail_code | msg | Description"), as a
// table without blank lines has it (headerAt); 0 when cs starts with
// none, or with its title.
func looseWidth(cs []cell, ts []string) int {
	ts = ts[:0]
	for i, c := range cs {
		if i > 0 && c.empty > 0 {
			break
		}
		ts = append(ts, c.text)
	}
	h, ok := headerAt(ts, 0)
	if !ok || h.title > 0 || len(h.cells) < minLooseWidth {
		return 0
	}
	return len(h.cells)
}

// twice reports whether the first w cells are a header printed twice:
// the first copy's first cell may be a title run into the column word
// the second copy's names (gluedAgain).
func twice(cs []cell, w int) bool {
	if 2*w > len(cs) {
		return false
	}
	// The cells' words are asked first: gluedAgain tries every seam of
	// the first cell, and most runs of cells name no column.
	for k := 0; k < 2*w; k++ {
		if k > 0 && cs[k].empty > 0 || !pages.HasColumnWord(cs[k].text) {
			return false
		}
	}
	for k := 0; k < w; k++ {
		if !strings.EqualFold(cs[k].text, cs[w+k].text) && (k > 0 || !gluedAgain(cs[0].text, cs[w].text)) {
			return false
		}
	}
	return true
}

// gluedAgain reports whether the first cell of a header printed twice
// is a title run into the column word that the first cell of its second
// copy names ("Response Status CodeStatus Code" over "Status Code"):
// pages.Read marks the header Glued, and interpretation reads the title
// out or refuses the row.
func gluedAgain(first, again string) bool {
	return slices.ContainsFunc(pages.GluedSplits(first), func(g pages.Glued) bool { return strings.EqualFold(g.Word, again) })
}

// sameKinds reports whether two runs of header cells name the same kinds
// of columns, each a known one.
func sameKinds(a, b []cell) bool {
	for i := range a {
		if k := pages.ColumnOf(a[i].text); k == pages.ColOther || k != pages.ColumnOf(b[i].text) {
			return false
		}
	}
	return true
}

// allHeaderCells reports whether each cell names a column: the header's
// second copy, although its words differ from the first's ("Description",
// "설명").
func allHeaderCells(cs []cell) bool {
	for i, c := range cs {
		if i > 0 && c.empty > 0 || !pages.IsHeaderCell(c.text) {
			return false
		}
	}
	return true
}

// isColumnName reports whether a cell is a column word and nothing else:
// "Name", "Mandatory", "필수 여부", "Name (이름)". It runs on every cell
// a table's rows are read from, and allocates nothing. A cell without
// parentheses or slashes is one part, itself trimmed, whose column
// ColumnOf, which trims the cell first, told already.
func isColumnName(c string) bool {
	if pages.ColumnOf(c) != pages.ColOther {
		return true
	}
	if !strings.ContainsAny(c, "()/") {
		return pages.IsColumnWord(strings.TrimSuffix(strings.TrimSpace(c), " 여부"))
	}
	return pages.AnyPart(c, func(part string) bool {
		return pages.ColumnOf(part) != pages.ColOther || pages.IsColumnWord(strings.TrimSuffix(part, " 여부"))
	})
}

// cellItems reads a page of the style into blocks. A page a text browser
// or a formatter that numbers its links wrote (pages.NumbersLinks: lynx
// -dump, Perl's HTML::FormatText::WithLinks) is read without the links'
// numbers (pages.UnnumberedLines), which are no text of the page: a cell
// "[19]ConvoyEscort" is the type ConvoyEscort, which tells its column, a
// heading "Server [23]" is Server; a line that held a number alone is
// blank.
func cellItems(src pages.Source) []pages.Block {
	heads := headingLines(src.Lines)
	src.Lines = pages.UnnumberedLines(unescapedMarkdown(src.Lines, heads))
	ts := cleanLines(src.Lines)
	if items, ok := soupItems(src, ts); ok {
		return items
	}
	gs := groupsOf(ts)
	hw := headerWidths(src.Lines, gs)
	var items []pages.Block
	text := func(l int) {
		items = append(items, pages.Block{Line: l + 1, Text: pages.StripHeading(clean(src.Lines[l]))})
	}
	// readGroups reads the groups from g up to end, where a table
	// written column by column starts (or the page ends): its reading
	// sees no group after them, and no header run that reaches there.
	readGroups := func(g, end int) {
		gs, hw := gs[:end], hw[:end]
		for k := max(g, end-maxWidth); k < end; k++ {
			if k+hw[k] > end {
				hw[k] = 0
			}
		}
		for g < len(gs) {
			w := hw[g]
			if w == 0 {
				var lines []int
				lines, g = denseRun(gs, hw, g)
				items = append(items, denseItems(src, lines)...)
				continue
			}
			items = append(items, denseItems(src, gs[g].lines[:len(gs[g].lines)-1])...)
			var tables []*pages.Table
			var rest []cell
			tables, g, rest = table(src, heads, gs, hw, g)
			for _, tb := range tables {
				items = append(items, pages.Block{Line: tb.Line, Table: tb})
			}
			for _, c := range rest {
				text(c.line)
			}
			strayRows(src, gs, hw, g, tables[0])
		}
	}
	g := 0
	for _, cw := range columnWiseTables(src.Lines, ts, gs) {
		readGroups(g, cw.first)
		items = append(items, denseItems(src, gs[cw.first].lines[:cw.from])...)
		cw.refuse(src, ts)
		g = cw.last + 1
	}
	readGroups(g, len(gs))
	return items
}

// strayRows refuses the rows of the table tb that a line of text cut
// from it (pages.StrayCheck, one cell a line): after its end, at group
// g, up to the next header (of either form: a header run, or a table
// printed without blank lines, headsDenseTable) or the chrome that ends
// the page's content (pages.EndsContent), the cells that start at
// a line and fit its columns as a row's do (rowStarts) are a row of it
// that no header stands over, read as text. A line of text between two
// of its rows, which the form cannot tell from a cell (or that a cell's
// lines took in), ended the table.
func strayRows(src pages.Source, gs []group, hw []int, g int, tb *pages.Table) {
	w := len(tb.Header)
	var lines []int
	var ts []string
	for k := g; k < len(gs) && hw[k] == 0 && !headsDenseTable(src.Lines, gs[k]) && !codeGroup(src.Lines, gs[k]) && !pages.EndsContent(src.Lines, gs[k].lines[0]); k++ {
		for _, l := range gs[k].lines {
			lines, ts = append(lines, l), append(ts, clean(src.Lines[l]))
		}
	}
	check := pages.StrayCheck{Table: tb, Split: "one cell a line", Match: pages.MatchLines}
	for k := 0; k+w <= len(ts); k++ {
		if rowStarts(ts, tb.Header, k) && check.Refuse(src, lines[k]+1, lines[k+w-1]+1, ts[k:k+w]) {
			k += w - 1
		}
	}
}

// denseRun returns the lines of gs[g] and, when it has several, of the
// groups after it that fewer blank lines than a table's widest row each
// set apart, the blank lines among them, and the group after them: a
// table copied without blank lines between its cells copies an empty
// cell as an empty line (two empty cells in a row as two), and may set
// its rows apart by one (denseTable reads them so). A group that ends
// with a header run of the form with blank lines is no part of such a
// table.
func denseRun(gs []group, hw []int, g int) ([]int, int) {
	run := gs[g].lines
	for g++; len(run) > 1 && g < len(gs) && gs[g].gap < maxWidth && hw[g] == 0; g++ {
		if cap(run) == len(run) {
			run = slices.Grow(run, len(run)) // no more the group's, which shares its array with the page's other groups
		}
		for l := gs[g].lines[0] - gs[g].gap; l < gs[g].lines[0]; l++ {
			run = append(run, l)
		}
		run = append(run, gs[g].lines...)
	}
	return run, g
}

// table reads the table whose header run of width w starts at the last
// line of group g, and returns it with the group after it and the cells
// after its last row, which are text: the titles of the next table, or a
// row cut short (with a warning), as they are before a header whose first
// cell holds its title (gluedCell). A group of lines among its cells is one
// cell that wraps onto the next lines, or a cell per line whose blank
// lines were lost: the one the row width allows is taken, with a warning.
// A heading ends the table (heading): it is no cell. The blank lines
// between its header's cells are its cell gap (cellGap), which tells the
// empty cells a wider gap holds (emptyCells); a gap that fits no count of
// them at a row's end ends the table (rowEnd), or cuts it in two (as
// AbiWord writes a table a page break cut: a few more blank lines, no
// header again): the rows after it, where the first fits the table's
// columns (rowStarts), are returned as its rest, a table with no header
// row, which pages.Read marks as continuing it; else the lines after the
// gap are the page's. A note that states a default glued over the
// rest's first cell (gluedNote) is the rest of the last cell before the
// cut, with a warning (noteOfRow).
func table(src pages.Source, heads []bool, gs []group, hw []int, g int) ([]*pages.Table, int, []cell) {
	w := hw[g]
	cs := appendCells(nil, src.Lines, gs, g)
	head := make([]string, w)
	for k := range head {
		head[k] = cs[k].text
	}
	cols, _ := pages.ColumnsOf(head)
	tb := &pages.Table{Line: cs[0].line + 1, Header: head, Cols: cols}
	sep := cellGap(gs, g, max(w, minLooseWidth))
	next := g + w
	if twice(cs, w) || len(cs) >= 2*w && allHeaderCells(cs[w:2*w]) || numberedCopy(cs, w) {
		next += w
	} else if numberedByEmptyCell(src.Lines, gs, g, next, sep, cols) {
		tb.Header = append([]string{""}, head...)
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
	}
	if codes := pages.CodeColumns(head); codes > 0 && next < len(gs) && hw[next] == 0 && pages.RunsTogether(clean(src.Lines[gs[next].lines[0]]), codes, w, src.Lines) {
		return []*pages.Table{tb}, runCodeGroups(src, gs, hw, next, tb, codes), nil
	}
	tables := []*pages.Table{tb}
	next, rest, cut := tableRows(src, heads, gs, hw, next, tb, sep, false)
	for cut && len(rest) == 0 {
		prev, rgs := tables[len(tables)-1], gs
		note := len(prev.Rows) > 0 && gluedNote(src.Lines, gs[next])
		if note {
			rgs = slices.Clone(gs)
			rgs[next].lines = rgs[next].lines[1:]
		}
		rt := &pages.Table{Line: rgs[next].lines[0] + 1, Header: tb.Header, Cols: tb.Cols}
		sub := src
		sub.Report = &pages.Reporter{}
		after, more, again := tableRows(sub, heads, rgs, hw, next, rt, sep, true)
		if len(rt.Rows) == 0 || !rowStarts(rt.Rows[0].Cells, tb.Header, 0) {
			break // text after the table, read as the page's
		}
		if note {
			last := prev.Rows[len(prev.Rows)-1]
			last.Cells[len(last.Cells)-1] += " " + noteOfRow(src, tb, gs[next].lines[0])
		}
		src.Report.Merge(sub.Report)
		rt.Header, rt.Cols = nil, nil
		tables = append(tables, rt)
		next, rest, cut = after, more, again
	}
	return tables, next, rest
}

// runCodeGroups reads the rows of the table of codes tb, codes of its
// columns code columns, that run together from group next on, a row a
// line (pages.ReadRunCodeRows), as a page's text writes a row whose cells
// the HTML's source sets on one line: the groups whose every line begins
// so, set apart by blank lines or not. It warns of them and returns the
// group after them.
func runCodeGroups(src pages.Source, gs []group, hw []int, next int, tb *pages.Table, codes int) int {
	first := gs[next].lines[0]
	for ; next < len(gs) && hw[next] == 0; next++ {
		if slices.ContainsFunc(gs[next].lines, func(l int) bool { return !beginsRunRow(clean(src.Lines[l]), codes) }) {
			break
		}
		pages.ReadRunCodeRows(src, tb, codes, gs[next].lines[0])
	}
	warnRunCodeRows(src, tb, 0, first)
	return next
}

// rowCutByGap reports the cells short that a gap that fits no count of
// empty cells (emptyCells) cut from the rows of the table tb, of cell gap
// sep, before group grp: where they begin a row of it (rowStarts, the
// cells they lack empty), the row would be read with its cells in columns
// the gap cannot tell, and the page is refused at the gap; else they are
// text after the table's last row, with a warning.
func rowCutByGap(src pages.Source, grp group, tb *pages.Table, sep int, short []cell) {
	w := len(tb.Header)
	texts := make([]string, w)
	for i, c := range short[:min(len(short), w)] {
		texts[i] = c.text
	}
	l := grp.lines[0] + 1
	if rowStarts(texts, tb.Header, 0) {
		src.Report.Fail(pages.At(src.Name, l), "the %d blank lines before line %d cut the row at line %d of the table at line %d after %d of its %d cells (%s), and fit no count of its empty cells: %d blank lines set its cells apart and an empty cell leaves %d more, so which of its columns the row's cells fall in cannot be told; write each of its empty cells as a blank line and %d more", grp.gap, l, short[0].line+1, tb.Line, len(short), w, pages.Clip(strings.Join(texts[:min(len(short), w)], " | ")), sep, sep+1, sep)
		return
	}
	src.Report.Warn(pages.At(src.Name, short[0].line+1), "the %d blank lines before line %d fit no count of empty cells of the table at line %d (%d blank lines set its cells apart, an empty cell %d more): the table ends there, and its cells after its last row and before the gap, which begin no row of it, are read as text (%s)", grp.gap, l, tb.Line, sep, sep+1, pages.Clip(strings.Join(texts[:min(len(short), w)], " | ")))
}

// rowEnd returns the number of empty cells a gap that fits no count of
// them (emptyCells) holds where it ends a table whose rows are w cells
// wide, n cells after its first: as many as end the row it falls in,
// when the rest of the gap is wider than the cell gap sep, as the wider
// gap that ends a table is (AbiWord writes two blank lines more after a
// table's last cell, and a row's empty last cells before them).
func rowEnd(gap, sep, n, w int) (int, bool) {
	k := (w - n%w) % w
	return k, gap-k*(sep+1) > sep
}

// tableRows reads the rows of the table tb, of cell gap sep, from group
// next on, and returns the group after them, the cells after its last
// row, and whether a gap that fits no count of empty cells ended them at
// a row's end (cut: the table's rest follows, cut from it). rest is set
// where the gap before group next cut tb from the table before it: it
// holds no empty cell.
func tableRows(src pages.Source, heads []bool, gs []group, hw []int, next int, tb *pages.Table, sep int, rest bool) (int, []cell, bool) {
	w := len(tb.Header)
	var body []cell
	cut, trailing := false, 0
	odd := -1 // the group after a gap that ends the table mid-row
	for from := next; next < len(gs); {
		if hw[next] > 0 {
			break
		}
		grp := gs[next]
		if heading(src.Lines, heads, grp) || headsDenseTable(src.Lines, grp) {
			break // a heading, or the next table: no cell
		}
		if pages.EndsContent(src.Lines, grp.lines[0]) {
			break // the site's pager, the browser's list of links: no cell
		}
		if titleApart(src.Lines, gs, hw, next, sep) {
			break // the next table's title: no cell
		}
		if len(grp.lines) > 1 && (codeGroup(src.Lines, grp) || titlesOver(src.Lines, gs, hw, next)) {
			break // a code block, or titles over the next table or code block: no cells
		}
		empty, ok := emptyCells(grp.gap, sep)
		if rest && next == from {
			empty, ok = 0, true
		}
		if !ok {
			k, ends := rowEnd(grp.gap, sep, cellCount(body), w)
			if ends && len(body) > 0 {
				trailing, cut = k, true
			} else if grp.gap > sep {
				odd = next
			} else {
				l := grp.lines[0] + 1
				src.Report.Fail(pages.At(src.Name, l), "the %d blank lines before line %d, fewer than the %d that set apart the cells of the table at line %d, fit no count of its empty cells (each leaves %d more), so which of its columns line %d falls in cannot be told; set its cells apart by %d blank lines each", grp.gap, l, sep, tb.Line, sep+1, l, sep)
			}
			break
		}
		if empty == 0 && len(body) > 0 && cellCount(body)%w == 0 && gluedNote(src.Lines, grp) {
			body[len(body)-1].text += " " + noteOfRow(src, tb, grp.lines[0])
			grp.lines = grp.lines[1:]
		}
		if len(grp.lines) == 1 {
			body = append(body, cell{line: grp.lines[0], text: clean(src.Lines[grp.lines[0]]), empty: empty})
			next++
			continue
		}
		two, ok := splitOrJoin(src, heads, gs, hw, next, grp, sep, empty, tb.Cols, body)
		if !ok {
			break
		}
		body = append(body, two...)
		next++
	}
	var flat []cell // the cells, each empty one made one
	for _, c := range body {
		for range c.empty {
			flat = append(flat, cell{line: c.line})
		}
		flat = append(flat, cell{line: c.line, text: c.text})
	}
	for range trailing {
		flat = append(flat, cell{line: flat[len(flat)-1].line})
	}
	end := len(flat) // the cells of the table's rows, before a callout over them
	if at := calloutCells(src.Lines, gs, hw, next, tb, flat); at >= 0 {
		if len(flat)-at >= w {
			src.Report.Warn(pages.At(src.Name, flat[at].line+1), calloutWarning, flat[at].line+1, flat[at].text, flat[len(flat)-1].line+1, tb.Line, gs[next].lines[0]+1)
		}
		end = at
	}
	k := rowsOf(src, tb, flat[:end])
	var after, short []cell
	for i, c := range flat[k:] {
		if c.text == "" {
			continue
		}
		after = append(after, c)
		if k+i < end {
			short = append(short, c)
		}
	}
	if c, ok := cutOffLine(flat[:k], short); ok {
		src.Report.Fail(pages.At(src.Name, c.line+1), "line %d (%s) goes on from line %d with no blank line between them, and no row of the table at line %d takes it as a cell of its own: it would be left out of the schema; if it is the rest of the cell at line %d, join the two lines, else put a blank line before it", c.line+1, pages.Clip(c.text), c.line, tb.Line, c.line)
	} else if odd >= 0 && len(short) > 0 {
		rowCutByGap(src, gs[odd], tb, sep, short)
	} else if len(short) > 0 && (end < len(flat) || next == len(gs) || len(gs[next].lines) > 1 || gluedCell(clean(src.Lines[gs[next].lines[0]]))) {
		var texts []string
		for _, c := range short {
			texts = append(texts, c.text)
		}
		src.Report.Warn(pages.At(src.Name, short[0].line+1), "the table at line %d ends with %d cells, fewer than its %d columns: read them as text (%s); put each of its rows' %d cells on a line of its own, a blank line between them", tb.Line, end-k, w, pages.Clip(strings.Join(texts, " | ")), w)
	}
	return next, after, cut
}

// heading reports whether a group of lines is a heading: its line
// underlined ("Server" over "------"), as HTML::FormatText and Markdown
// print one, or a line of its own marked as Markdown marks one ("###
// Example Request", heads).
func heading(lines []string, heads []bool, grp group) bool {
	return len(grp.lines) == 2 && pages.IsSetextUnderline(lines[grp.lines[1]]) || len(grp.lines) == 1 && heads != nil && heads[grp.lines[0]]
}

// maxTitleGroups bounds the groups of titles that stand over a table or
// a code block: a section's heading, and its subsection's ("Response
// Body" over "200 Ok").
const maxTitleGroups = 2

// maxHeadingLines bounds the lines a heading that a reflow wrapped takes.
const maxHeadingLines = 3

// titlesOver reports whether the groups from g on are titles over the
// next table (a header run, or a table without blank lines,
// headsDenseTable) or over a code block (pages.IsCode: "http" over a
// request): maxTitleGroups at most, each of a few lines that are titles
// (titleLine), as a reflow at a short line length wraps a heading of two
// words over two lines ("Example" over "Request", hxnormalize's 72
// columns). They are no cells of the table before them: a row that lost
// an empty cell leaves the counts of its cells no evidence of where the
// table ends.
func titlesOver(lines []string, gs []group, hw []int, g int) bool {
	for k := g; k < len(gs) && k <= g+maxTitleGroups; k++ {
		if k > g && (hw[k] > 0 || headsDenseTable(lines, gs[k]) || codeGroup(lines, gs[k])) {
			return true
		}
		if k == g+maxTitleGroups || len(gs[k].lines) > maxHeadingLines || hw[k] > 0 {
			return false
		}
		for _, l := range gs[k].lines {
			if !titleLine(clean(lines[l])) {
				return false
			}
		}
	}
	return false
}

// titleLine reports whether a line reads as a title or a line of one: a
// few words begun by a capital or a digit ("Example", "200 Ok"), ending
// no sentence and no clause.
func titleLine(t string) bool {
	if t == "" || len(t) > pages.MaxHeaderCell || pages.EndsSentence(t) || goesOn(t) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// codeGroup reports whether a group of lines is a code block (pages.IsCode),
// its language's label perhaps on its first line ("http" over a request).
func codeGroup(lines []string, grp group) bool {
	ls := make([]string, len(grp.lines))
	for i, l := range grp.lines {
		ls[i] = clean(lines[l])
	}
	return pages.IsCode(ls)
}

// opensCode reports whether group grp begins with code: its first line
// opens code (pages.IsCode), or the line after it, which may title it
// ("Example Request" over its request line).
func opensCode(lines []string, grp group) bool {
	for _, l := range grp.lines[:min(2, len(grp.lines))] {
		if pages.IsCode([]string{clean(lines[l])}) {
			return true
		}
	}
	return false
}

// titleApart reports whether group g, one line, is the title of the
// table whose header the next group starts, and no cell of the table
// before it: a cell gap and one blank line more set it apart from the
// cell before (two blank lines, where a cell has one before it and an
// empty cell three), a gap no count of empty cells fits, and the next
// table's header follows it (of either form). A description that vanished, as a
// copy one cell per line drops an empty one, would let the row before
// take it as its last cell.
func titleApart(lines []string, gs []group, hw []int, g, sep int) bool {
	if len(gs[g].lines) != 1 || gs[g].gap != sep+1 || g+1 >= len(gs) {
		return false
	}
	return hw[g+1] > 0 || headsDenseTable(lines, gs[g+1])
}

// headsDenseTable reports whether a group of lines starts with the
// header of a table printed without blank lines (headerAt), no title
// over it, as wide as a loose header is at least: the next table, whose
// lines no row of the table before it takes as cells.
func headsDenseTable(lines []string, grp group) bool {
	ts := make([]string, len(grp.lines))
	for i, l := range grp.lines {
		ts[i] = clean(lines[l])
	}
	h, ok := headerAt(ts, 0)
	return ok && h.title == 0 && len(h.cells) >= minLooseWidth
}

// cutOffLine returns the first of the cells short, those after a table's
// last row that no row takes, when its line goes on from the line of
// the last cell a row took, taken, with no blank line between them: a
// group of lines read as cells of their own (splitOrJoin) whose first
// lines a row took and whose last lines no row took, which may be the
// rest of the row's last cell, and are no title of the next table. A
// group no row took a line of is text after the table, as the cells
// before it are.
func cutOffLine(taken, short []cell) (cell, bool) {
	if len(taken) == 0 || len(short) == 0 || short[0].line != taken[len(taken)-1].line+1 {
		return cell{}, false
	}
	return short[0], true
}

// A callout (pages.IsCalloutLabel: its label on a line of its own, then
// its text) between the rows of a table, and the table's header printed
// again after it, as a site's author sets a note over the rows it speaks
// of: the label and its text are no row, although, in a table whose
// columns tell little (a name and a description, a value and its
// meaning), they fit as one. The table ends before the label, the callout
// is text, with a warning where its lines fit as a row, and the rows
// under the header printed again are a table of their own, as in every
// style.

// calloutWarning says, of a callout's label at a line, its text's last
// line, the table and the line of its header printed again, that the
// callout was taken apart from the table's rows.
const calloutWarning = "line %d (%q) is a callout's label, and its text up to line %d stands between rows of the table at line %d and that table's header printed again at line %d: read as text between its rows, no row of it"

// calloutOver reports whether the texts ts[i:end] are a callout over the
// rows of a table whose header is printed again at end: ts[i] is a
// callout's label, and the label and its text take pages.MaxBreakLines
// lines at most, as few as pages.Read lets stand between a table and the
// one that resumes it under its header printed again.
func calloutOver(ts []string, i, end int) bool {
	return end > i && end-i <= pages.MaxBreakLines && pages.IsCalloutLabel(ts[i])
}

// isHeaderAgain reports whether cells are the header head printed again.
func isHeaderAgain(cells, head []string) bool {
	return len(cells) == len(head) && sameTexts(cells, head)
}

// calloutCells returns the position among the cells flat of the table tb,
// which end before group next, of the label of a callout they end with,
// with the table's header printed again at group next (calloutOver), or
// -1: a cell that starts a row of the table's width.
func calloutCells(lines []string, gs []group, hw []int, next int, tb *pages.Table, flat []cell) int {
	w := len(tb.Header)
	if next >= len(gs) || hw[next] != w || len(gs[next].lines) != 1 {
		return -1
	}
	again := cellTexts(appendCells(nil, lines, gs, next), nil)
	if len(again) < w || !isHeaderAgain(again[:w], tb.Header) {
		return -1
	}
	texts := make([]string, len(flat))
	for k, c := range flat {
		texts[k] = c.text
	}
	for k := max(0, len(flat)-pages.MaxBreakLines); k < len(flat); k++ {
		if k%w == 0 && calloutOver(texts, k, len(flat)) {
			return k
		}
	}
	return -1
}

// splitOrJoin reads the group of lines grp, gs[g] or its lines after a
// note glued over them (noteOfRow), among the cells of a table
// with columns cols and cell gap sep, after the cells body and the empty
// cells its gap holds (empty): as one cell per line (the blank lines
// between them lost) or as one cell that wraps, whichever puts more of
// the cells that follow in the column their kind fits (a requiredness
// under Mandatory, a type under Type, a name under Name); on a tie,
// whichever lets the cells up to the table's end fill its rows; where
// neither does (a row before lost an empty cell, as a copy one cell a
// paragraph drops it, and the counts are off), one cell when its lines
// wrap on as prose does and no run of the columns takes them as cells
// (splitFits). A warning says which. It reports false when the group is no cell (no cell
// follows it), or nothing decides, with a warning at the group that names
// the cells after it read as text: the table ends before it. A group of
// lines right after it (a note glued to the next row's first cell, with
// no blank line between) leaves no cell to decide by: the table ends
// there too, with a warning at that group, whose lines and the rows after
// them would else be text with no word; but for an example's code, in
// either group, which ends a table as no cell does. A note glued over a
// cell of one line (gluedNote) where a row starts, when the group is one
// cell, is no cell: the line under it is. A group of two lines that are
// one name a column cut at its hyphen (joinCutNames: "Auth-" over
// "Token") is that name's cell.
func splitOrJoin(src pages.Source, heads []bool, gs []group, hw []int, g int, grp group, sep, empty int, cols []pages.Column, body []cell) ([]cell, bool) {
	w := len(cols)
	var next []string // the cells after the group, up to the next group of lines
	before := cellCount(body) + empty
	end := g + 1
	for ; end < len(gs) && hw[end] == 0; end++ {
		k := emptyBefore(gs[end], sep)
		if len(gs[end].lines) > 1 && (len(gs[end].lines) > 2 || (before+1+len(next)+k)%w != 0 || !gluedNote(src.Lines, gs[end])) {
			break
		}
		for range k {
			next = append(next, "")
		}
		next = append(next, clean(src.Lines[gs[end].lines[len(gs[end].lines)-1]]))
	}
	texts := make([]string, len(grp.lines))
	for i, l := range grp.lines {
		texts[i] = clean(src.Lines[l])
	}
	first, last := grp.lines[0], grp.lines[len(grp.lines)-1]
	if len(texts) == 2 {
		if _, name := joinCutNames(src, grp.lines, texts); len(name) == 1 {
			return []cell{{line: first, text: name[0], empty: empty}}, true
		}
	}
	whole := joinLines(texts)
	// The table's last cell, before its end, a heading or the next
	// table's header, or the one line over that header, its title.
	lastCell := before%w != 0 && wrapsOn(texts) && (end == len(gs) || hw[end] > 0 || heading(src.Lines, heads, gs[end]) || len(gs[end].lines) > 1 && (codeGroup(src.Lines, gs[end]) || titlesOver(src.Lines, gs, hw, end)))
	switch {
	case len(next) == 0 && !lastCell && end < len(gs) && len(gs[end].lines) > 1 && hw[end] == 0 && !heading(src.Lines, heads, gs[end]) && !opensCode(src.Lines, grp) && !opensCode(src.Lines, gs[end]):
		src.Report.Warn(pages.At(src.Name, gs[end].lines[0]+1), "ended a table at line %d: lines %d to %d, and lines %d to %d right after them (%s), are each one cell or one cell a line, with no cell of its own between them to tell which; they and the cells after them are read as text: put a blank line between cells", first+1, first+1, last+1, gs[end].lines[0]+1, gs[end].lines[len(gs[end].lines)-1]+1, pages.Clip(clean(src.Lines[gs[end].lines[0]])))
		return nil, false
	case len(next) == 0 && !lastCell:
		return nil, false
	case lastCell && (len(next) == 0 || len(next) == 1 && end < len(gs) && hw[end] > 0):
		src.Report.Warn(pages.At(src.Name, first+1), "the cell at line %d goes on to line %d, the last of the table's cells: read them as one cell, as its last row needs a cell and each line goes on from the line before", first+1, last+1)
		return []cell{{line: first, text: whole, empty: empty}}, true
	}
	after := next[:min(len(next), 2*w)]
	fitSplit := fits(cols, before, append(slices.Clip(texts), after...))
	fitJoined := fits(cols, before, append([]string{whole}, after...))
	split, joined := fitSplit > fitJoined, fitJoined > fitSplit
	if fitSplit == fitJoined && (end == len(gs) || len(gs[end].lines) < 2 || hw[end] > 0) {
		split, joined = (before+len(texts)+len(next))%w == 0, (before+1+len(next))%w == 0
	}
	wraps := proseWraps(cols[before%w], texts)
	switch {
	case split && wraps && !linesFit(cols, before, texts):
		split, joined = false, fitJoined >= fitSplit || (before+1)%w == 0
	case !split && !joined:
		joined = wraps
	}
	switch {
	case split && !joined:
		src.Report.Warn(pages.At(src.Name, first+1), "no blank line between the cells at lines %d to %d: read them as %d cells, as the table's %d columns need", first+1, last+1, len(texts), w)
		cs := make([]cell, len(texts))
		for i, l := range grp.lines {
			cs[i] = cell{line: l, text: texts[i]}
		}
		cs[0].empty = empty
		return cs, true
	case joined && !split:
		src.Report.Warn(pages.At(src.Name, first+1), "the cell at line %d goes on to line %d: read them as one cell, as the table's %d columns need", first+1, last+1, w)
		return []cell{{line: first, text: whole, empty: empty}}, true
	case wrapsOn(texts) && !splitFits(cols, texts):
		src.Report.Warn(pages.At(src.Name, first+1), "the cell at line %d goes on to line %d: read them as one cell, as each line goes on from the line before and no run of the table's columns takes them as cells of their own", first+1, last+1)
		return []cell{{line: first, text: whole, empty: empty}}, true
	}
	src.Report.Warn(pages.At(src.Name, first+1), "ended a table at line %d: lines %d to %d are one cell or %d, and nothing tells which; the %d cells after them are read as text: put a blank line between cells", first+1, first+1, last+1, len(texts), len(next))
	return nil, false
}

// gluedNote reports whether group grp begins with a note that states a
// default (pages.StatesDefault), a sentence of its own, with lines of
// cells under it and no blank line between: where it stands at a row's
// start, it is no cell of the row, whose first cell is no sentence, but
// a note between two rows (a cell's second paragraph, which a copy one
// cell per line does not tell apart) of the field of the row above.
func gluedNote(lines []string, grp group) bool {
	if len(grp.lines) < 2 {
		return false
	}
	return statesDefault(clean(lines[grp.lines[0]]))
}

// statesDefault reports whether a cell's line is a note that states a
// default (pages.StatesDefault), a sentence of its own: where it stands
// over the first cell of a row, no blank line between, it is no cell of
// the row but the rest of the row above's last cell (noteOfRow).
func statesDefault(t string) bool {
	return pages.StatesDefault(t) && pages.EndsSentence(t)
}

// noteOfRow reads the note at line l, which begins a group of lines
// (gluedNote) at the start of a row of the table tb, as the rest of the
// last cell of the row above, with a warning at its line, and returns its
// text: the default it states is that row's field's, as a cell's second
// paragraph states it. The group's lines after it are the cells the
// table goes on with.
func noteOfRow(src pages.Source, tb *pages.Table, l int) string {
	note := clean(src.Lines[l])
	src.Report.Warn(pages.At(src.Name, l+1), "line %d (%s) states a default, a sentence of its own right over the cell at line %d that starts a row of the table at line %d, no blank line between them: read as the rest of the last cell of the row above it, as a cell's second paragraph; if it is a note of the table's, set it apart from the rows", l+1, pages.Clip(note), l+2, tb.Line)
	return note
}

// linesFit reports whether the lines after the first of a group of lines
// at the table's cell number from, read one cell per line, each fit the
// column they fall in where it tells (fitsColumn): a name, a code, a type
// or a requiredness holds no prose, so a line that does not fit is the
// rest of the cell before it, no cell of such a column ("0.0 ~ 10.0"
// under Name).
func linesFit(cols []pages.Column, from int, lines []string) bool {
	for i, l := range lines[1:] {
		if _, ok := fitsColumn(cols[(from+1+i)%len(cols)], l, false); !ok {
			return false
		}
	}
	return true
}

// splitFits reports whether some run of the columns cols, from any of
// them on, takes the lines of a group as cells of their own, each
// fitting its column (fitsColumn). Where a table copied one cell a
// paragraph lost an empty cell, the column a group falls in cannot be
// counted, and prose that wraps fits no name, type or requiredness: no
// such run lets its lines be cells, wherever it falls.
func splitFits(cols []pages.Column, lines []string) bool {
	for s := range cols {
		ok := true
		for i, l := range lines {
			if _, fit := fitsColumn(cols[(s+i)%len(cols)], l, false); !fit {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// proseWraps reports whether a group of lines, the first in a column of
// col, reads as one cell of prose wrapped onto the next lines: the column
// tells no kind (a description; a name or a type does not wrap), and
// each line after the first goes on from the line before (wrapsOn: a
// word in lower case, a bound such as "0.0 ~ 10.0" or "(max 64)").
func proseWraps(col pages.Column, lines []string) bool {
	tells, _ := fitsColumn(col, "", false)
	return !tells && wrapsOn(lines)
}

// wrapsOn reports whether each line after the first goes on from the line
// before, as prose wrapped onto the next line does: it starts mid
// sentence (pages.StartsMidSentence) and the line before ends no
// sentence.
func wrapsOn(lines []string) bool {
	for i := 1; i < len(lines); i++ {
		if !pages.StartsMidSentence(lines[i]) || pages.EndsSentence(lines[i-1]) {
			return false
		}
	}
	return true
}

// fits rates how well cells placed from the table's cell number from on
// fit the kinds of their columns: one up for each that fits, one down for
// each that does not.
func fits(cols []pages.Column, from int, cells []string) int {
	n := 0
	for i, c := range cells {
		var ok bool
		_, req := pages.Requiredness(c)
		switch cols[(from+i)%len(cols)] {
		case pages.ColRequired:
			ok = c == "" || req || pages.IsCondition(c)
		case pages.ColType:
			ok = c != "" && len(c) <= pages.MaxHeaderCell && !req && !strings.Contains(c, ". ")
		case pages.ColName, pages.ColCode:
			ok = c != "" && !strings.Contains(c, " ") && !pages.EndsSentence(c)
		default:
			continue
		}
		if ok {
			n++
		} else {
			n--
		}
	}
	return n
}

// cellCount counts cells, the empty ones with them.
func cellCount(cs []cell) int {
	n := 0
	for _, c := range cs {
		n += 1 + c.empty
	}
	return n
}

// rowsOf forms the rows of a table from its cells, and returns the number
// of cells they take: by the table's width while each row's cells fit
// their columns (an empty cell fits any), else by the evidence of its
// columns, as those of a table without blank lines are, so that a lost
// cell does not shift every row after it.
func rowsOf(src pages.Source, tb *pages.Table, flat []cell) int {
	lines, texts := make([]int, len(flat)), make([]string, len(flat))
	for i, c := range flat {
		lines[i], texts[i] = c.line, c.text
	}
	d := newDenseTable(src, lines, texts, tb, false)
	if d.telling > 0 && !d.fitByWidth() {
		return d.rows(tb, 0)
	}
	w, k := len(tb.Header), 0
	for ; k+w <= len(flat); k += w {
		cells := append([]string(nil), texts[k:k+w]...)
		tb.Rows = append(tb.Rows, &pages.Row{Line: lines[k] + 1, Raw: strings.Join(cells, " | "), Cells: cells})
	}
	return k
}

// atxRe matches a Markdown heading: "### Response Body".
var atxRe = regexp.MustCompile(`^#{1,6}[ \t]`)

// headingLines marks the lines of a page that are Markdown headings
// ("### Request Headers"), their marks perhaps after the empty anchors a
// converter writes before them (mammoth: `<a id="x"></a>### Method`,
// pages.Unanchored); nil when none is. It reads the lines before their
// escapes are decoded: "\# of items" is a cell's text.
func headingLines(lines []string) []bool {
	var heads []bool
	for i, l := range lines {
		if !atxRe.MatchString(pages.Unanchored(l)) {
			continue
		}
		if heads == nil {
			heads = make([]bool, len(lines))
		}
		heads[i] = true
	}
	return heads
}

// unescapedMarkdown is a page written in Markdown, one a heading of
// which is marked so ("### Request Headers", heads), with the backslash escapes
// of its lines decoded (pages.Unescaped): a converter to Markdown
// (html2markdown without its table plugin) writes a table's cells one a
// paragraph, and escapes in them what Markdown would read as markup
// ("user\_id", "{ADMIN\_KEY}", "1\. Server"), a name's included, which
// would begin no row. A page of plain text keeps its backslashes.
func unescapedMarkdown(lines []string, heads []bool) []string {
	if heads == nil {
		return lines
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = pages.Unescaped(l)
	}
	return out
}
