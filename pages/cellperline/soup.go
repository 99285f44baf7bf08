package cellperline

import (
	"slices"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
)

// A scraper's "text of the page" (BeautifulSoup's get_text("\n"), lxml's
// text_content with newlines, an html.parser handler) writes every text
// node of the HTML on a line of its own: each cell a line, and between
// them as many blank lines as the whitespace the HTML's source set
// between its tags. The blank lines are the form's structure: the cells
// of a header row are set apart by one gap, the cell gap (none, in a page
// that writes a row's tags on one line; two, in one that indents them);
// a row ends at a wider gap, the row gap, as many more blank lines as the
// row's closing and opening tags add, and a table at a gap wider still.
// Inside a row, a gap narrower than the cell gap splits one cell where an
// inline element (a link, a code span, a line break) cut its text, and a
// gap wider than it holds the empty cells, one a cell gap each. Where the
// cell gap is none, an empty cell leaves no mark and a cut cell no gap:
// a row of more lines than columns joins the lines that begin as a cell's
// rest, and one of fewer takes its empty cell where its cells fit their
// columns, each with a warning, else it is refused.

// entry is a non-blank line of a page, counted from 0, with its text and
// the blank lines before it; where the page keeps an XML pretty-printer's
// indentation (withDepths), the line's indentation, how many of the blank
// lines before it lead the gap as deep as the line before them, the
// indentation of the deepest of the others (-1 when there are none), and
// how many blank lines after it are as deep as it before less deep ones;
// and whether it is a title right under the lines above it (markTitles).
type entry struct {
	line  int
	text  string
	gap   int
	depth int
	lead  int
	outer int
	trail int
	title title
}

// title is what makes a line right under a row's lines, with no blank
// line between, a title and no cell (markTitles): noTitle where nothing
// does.
type title struct {
	kind titleKind
	// like is the entry of the page's title whose shape the line has,
	// where kind is shapedTitle.
	like int
}

type titleKind int8

const (
	noTitle titleKind = iota
	// markedTitle: a heading, or a section title the page's lexicon
	// knows (pages.TitleLine).
	markedTitle
	// shapedTitle: a line alone before a gap, of the shape of a title
	// that heads a table of the page (pages.ShapeOfTitle).
	shapedTitle
)

// markTitles marks the entries es that are titles right under the lines
// above them, no blank line between (entry.title), as a converter that
// writes no blank line after a table's last row sets the title of what
// follows under its last cell: a heading or a section title the page's
// lexicon knows (pages.TitleLine, words nil where the page has none),
// or, before a gap or at the page's end, a line of the shape of a title
// of the page's (pages.ShapeOfTitle): a line or two alone right over a
// table's header (soupTitles), or set apart from the lines before it and
// from the header after it by a gap. A title that is a name in code
// ("SurveyMode", a type's) sets no shape: a description ends with the
// name it refers to ("See" over "SurveyMode"). The title ends the row
// above it (soupRowEnd, denseBlockEnd), where the row's last cell would
// take it.
func markTitles(es []entry, words pages.Lexicon, isHeader func(int) bool) {
	var shapes []pages.TitleShape
	var likes []int
	add := func(k int) {
		if sh, ok := pages.ShapeOfTitle(es[k].text); ok && !sh.Code {
			shapes, likes = append(shapes, sh), append(likes, k)
		}
	}
	for i := range es {
		if !isHeader(i) || i == 0 {
			continue
		}
		if es[i].gap == 0 {
			for k := i - soupTitles(es, i, 0); k < i; k++ {
				add(k)
			}
		} else if es[i-1].gap > 0 || i == 1 {
			add(i - 1)
		}
	}
	for k := 1; k < len(es); k++ {
		if es[k].gap != 0 {
			continue
		}
		if pages.TitleLine(words, es[k].text) {
			es[k].title = title{kind: markedTitle}
			continue
		}
		if k+1 < len(es) && es[k+1].gap == 0 {
			continue
		}
		if sh, ok := pages.ShapeOfTitle(es[k].text); ok {
			if m := slices.Index(shapes, sh); m >= 0 && likes[m] != k {
				es[k].title = title{kind: shapedTitle, like: likes[m]}
			}
		}
	}
}

// withDepths sets the depths of the entries es, of the page's lines raw:
// the string value of a pretty-printed XML document (xmllint's string()
// of pandoc's JATS) keeps the printer's indentation, each line as deep as
// its element is nested, an empty cell a line of only spaces as deep as
// its row's other cells, the tags between rows lines of only spaces less
// deep.
func withDepths(es []entry, raw []string) {
	for k := range es {
		e := &es[k]
		e.depth = pages.IndentOf(raw[e.line])
		prev := 0
		if k > 0 {
			prev = es[k-1].depth
		}
		e.lead, e.outer = gapDepths(prev, raw[e.line-e.gap:e.line])
		if k > 0 {
			es[k-1].trail = 0
			if e.outer >= 0 {
				es[k-1].trail = e.lead
			}
		}
	}
}

// gapDepths reads the blank lines blanks before a line, the line before
// them prev deep: how many of them lead the gap as deep as that line (the
// empty cells that end its row), and the indentation of the deepest of
// the others, -1 when there are none.
func gapDepths(prev int, blanks []string) (lead, outer int) {
	outer = -1
	for _, b := range blanks {
		if b == "" {
			outer = max(outer, untold)
			continue
		}
		d := pages.IndentOf(b)
		if prev > 0 && d == prev && outer < 0 {
			lead++
			continue
		}
		outer = max(outer, d)
	}
	return lead, outer
}

// untold is the depth of a blank line with no character at all, which
// keeps no indentation to tell: deeper than any line, it sets no row
// apart by its depth.
const untold = 1 << 30

// opensRow reports whether the entry e begins a row by its indentation:
// indented, after blank lines less deep than it (the tags that close the
// row before and open its own) once the empty cells that end the row
// before are past.
func opensRow(e entry) bool {
	return e.depth > 0 && e.gap > e.lead && e.outer < e.depth
}

// depthRowEnd returns the entry after the row that starts at es[j] where
// the indentation decides it (opensRow): every line of the row, and every
// blank line among them, as deep as the row's first line (each blank line
// an empty cell's), up to blank lines less deep, the first of them after
// the row's last empty cells. It reports false where a line of the row
// lies at another depth, or where the row holds fewer than its w cells.
func depthRowEnd(es []entry, j, w int) (int, bool) {
	d := es[j].depth
	if !opensRow(es[j]) {
		return 0, false
	}
	cells := 1
	for k := j + 1; k < len(es); k++ {
		e := es[k]
		switch {
		case e.gap == e.lead && e.depth == d:
			cells += e.gap + 1
		case e.gap > e.lead && e.outer < d:
			return k, cells+e.lead >= w
		default:
			return 0, false
		}
	}
	return 0, false
}

// depthEmpties reports whether the blank lines among a row's entries are
// empty cells by their indentation: the row's first line opens it
// (opensRow), its other lines as deep as it, each blank line among them as
// deep as they.
func depthEmpties(row []entry) bool {
	if !opensRow(row[0]) {
		return false
	}
	for _, e := range row[1:] {
		if e.depth != row[0].depth || e.gap != e.lead {
			return false
		}
	}
	return true
}

// entriesOf returns a page's non-blank lines with the gaps before them,
// of its lines cleaned (cleanLines).
func entriesOf(ts []string) []entry {
	return appendEntries(nil, ts)
}

// appendEntries is entriesOf, in the buffer es.
func appendEntries(es []entry, ts []string) []entry {
	n, _ := nonBlank(ts)
	es = slices.Grow(es[:0], n)
	gap := 0
	for i, t := range ts {
		if t == "" {
			gap++
			continue
		}
		es = append(es, entry{line: i, text: t, gap: gap})
		gap = 0
	}
	return es
}

// splitHeaderWords splits each entry that is two header cells or more on
// one line, each word naming a column of its own ("Name Code"), next to a header cell with no blank line
// between them, into an entry a cell: a PDF's text writes the narrow
// cells of a header row that share a baseline so.
func splitHeaderWords(es []entry) []entry {
	var out []entry
	for i, e := range es {
		words := strings.Fields(e.text)
		var beside []string
		if i+1 < len(es) && es[i+1].gap == 0 && pages.IsHeaderCell(es[i+1].text) {
			beside = append(beside, es[i+1].text)
		}
		if i > 0 && e.gap == 0 && pages.IsHeaderCell(es[i-1].text) {
			beside = append(beside, es[i-1].text)
		}
		if len(words) < 2 || len(beside) == 0 || !allHeaderWords([]string{e.text}) || !distinctColumns(append(slices.Clone(words), beside...)) {
			out = append(out, e)
			continue
		}
		for k, w := range words {
			gap := e.gap
			if k > 0 {
				gap = 0
			}
			out = append(out, entry{line: e.line, text: w, gap: gap})
		}
	}
	return out
}

// distinctColumns reports whether words each name a known column of
// their own, none the column another names ("Name Code"; not "Field
// Name", one column's name, nor "Status Code", "Status" no column).
func distinctColumns(words []string) bool {
	seen := map[pages.Column]bool{}
	for _, w := range words {
		col := pages.HeaderColumn(w)
		if col == pages.ColOther || seen[col] {
			return false
		}
		seen[col] = true
	}
	return true
}

// soupHeaderAt returns the width and cell gap of the header row that
// starts at es[i]: a run of header cells (headerWidth, or header cells
// each, pages.IsHeaderCell, after two such: "Since") each the same gap
// after the one before it, the whole run, after a wider gap and followed
// by one; 0 when none starts there. cs and ts are buffers for the run's
// cells and their texts.
func soupHeaderAt(es []entry, i int, cs []cell, ts []string) (int, int) {
	if i+2 >= len(es) {
		return 0, 0
	}
	c := es[i+1].gap
	if i > 0 && es[i].gap <= c && soupTitles(es, i, c) == 0 {
		return 0, 0 // no header's first cell: a wider gap sets one apart
	}
	n := 2
	for i+n < len(es) && es[i+n].gap == c && n <= maxWidth {
		n++
	}
	if i+n >= len(es) || es[i+n].gap <= c || n > maxWidth {
		return 0, 0
	}
	cs = cs[:0]
	for k := range n {
		cs = append(cs, cell{line: es[i+k].line, text: es[i+k].text})
	}
	if hw := headerWidth(cs, ts); hw != n && (hw < 2 || !allHeaderCells(cs)) || twice(cs, n/2) {
		return 0, 0
	}
	return n, c
}

// maxTitleLines bounds the lines of the titles right over a table's
// header row: a section's heading and its subsection's ("Response Body",
// "200 Ok").
const maxTitleLines = 2

// soupTitles returns how many lines es[i] follows, with no blank line
// between, that are the titles of the table whose header row starts at
// es[i]: a line or two alone (maxTitleLines) that a wider gap than the
// cell gap c sets apart from the lines before them (or that begin the
// page) and that are no header cells, as UnRTF writes a heading's
// paragraph and right under it the first cell of the table's header row
// (the only one not led by a tab); 0 when none. A table's row is no line
// alone.
func soupTitles(es []entry, i, c int) int {
	if es[i].gap != 0 {
		return 0
	}
	for k := i - 1; k >= 0 && k >= i-maxTitleLines; k-- {
		if pages.IsHeaderCell(es[k].text) {
			return 0
		}
		if es[k].gap > c || k == 0 {
			return i - k
		}
		if es[k].gap != 0 {
			return 0
		}
	}
	return 0
}

// soupTable is a table read from a page of the form: its block, its
// notes, which follow it as text, the entry after it, the gap that set
// its rows apart (0 where it had one row), and whether a row of it was a
// block whose blank lines are its empty cells (denseBlockEnd).
type soupTable struct {
	table  *pages.Table
	notes  []pages.Block
	next   int
	rowGap int
	blocks bool
	depth  int
}

// outside reports whether the entry e lies outside the table whose header
// row starts at the entry head, by their indentation: the header's lines
// indented (an XML pretty-printer's, withDepths) and e's less deep, an
// element that closes the table's, as the site's chrome after it is.
func outside(e, head entry) bool {
	return head.depth > 0 && e.depth < head.depth
}

// readSoupTable reads the rows of the table whose header of width w and
// cell gap c starts at es[i], up to a gap wider than its row gap, a line
// that makes no row (one cell alone: a title) or the next header. It
// reports false when no row follows the header: the page is of another
// form. After a gap wider than the row gap, a row whose cells each fit
// their column (rowStarts), a blank line among its lines an empty cell
// where its cells so fit, is read as the table's, with a warning (what
// the HTML set between its rows, a comment, left no text; a converter,
// AbiWord's text, sets its rows apart by gaps that vary widely): the gap
// alone ends no table, a line that can be no cell of a row does. Where
// its rows are blocks whose blank lines are their empty cells, a block
// whose cells do not fit their columns (blockFits: a title, the header
// of a table of its own) ends the table.
func readSoupTable(src pages.Source, es []entry, i, w, c int, isHeader func(int) bool) (soupTable, bool) {
	head := cellsOf(es[i : i+w])
	cols, _ := pages.ColumnsOf(head)
	tb := &pages.Table{Line: es[i].line + 1, Header: head, Cols: cols}
	j := i + w
	if end := soupRowEnd(es, j, head, c, 0, 0); end-j == w {
		again := make([]cell, w)
		for k := range again {
			again[k] = cell{line: es[j+k].line, text: es[j+k].text}
		}
		if allHeaderCells(again) {
			j = end // the header printed twice, as a wiki prints it
		}
	}
	rowGap, trail, blocks := 0, 0, false
	// Until a row's tail tells the row gap, the gap after the header
	// bounds it: the header row's closing tags and the first row's
	// opening ones set them apart as widely as two rows, or more.
	firstGap := 0
	if j < len(es) {
		firstGap = es[j].gap
	}
	var notes []*pages.Row  // the notes across the columns, no rows
	var strays []*pages.Row // the lines less deep than its rows between them
	codes := pages.CodeColumns(head)
	for j < len(es) && !isHeader(j) {
		if codes > 0 && pages.RunsTogether(es[j].text, codes, w, src.Lines) {
			j = runCodeRows(src, es, j, tb, codes, isHeader)
			break
		}
		if outside(es[j], es[i]) {
			s, ok := strayLines(src.Lines, es, i, j, head, c, cols, rowGap, isHeader)
			if !ok {
				break
			}
			strays = append(strays, &pages.Row{Line: es[j].line + 1, Cells: []string{soupNoteText(es[j:s])}})
			j = s
			continue
		}
		if len(tb.Rows) > 0 && soupNoteOverRow(es, j, head, c, cols, rowGap, blocks) {
			last := tb.Rows[len(tb.Rows)-1]
			last.Cells[w-1] += " " + noteOfRow(src, tb, es[j].line)
			j, trail = j+1, 0
			continue
		}
		end := soupRowEnd(es, j, head, c, rowGap, firstGap)
		tail := -1
		if end < len(es) {
			tail = es[end].gap
		}
		wide := rowGap > 0 && rowApart(es[j], trail, c) > rowGap
		// What the reading of a row after a wide gap says waits until
		// the row is taken: lines it does not take say nothing here.
		rowSrc := src
		rowSrc.Report = &pages.Reporter{}
		if blocks {
			b, n, ok := blockOverRow(es, j, head, rowGap, isHeader)
			if ok && !blockFits(es[j:end], head) {
				break // a title and the header of a table of its own
			}
			if !ok {
				if wide || b-j < 2 || !beginsRow(cellsOf(es[j:b]), cols) || !blockFits(es[j:b], head) {
					break // text after the table: a title, a table of its own
				}
				src.Report.Fail(pages.At(src.Name, es[j].line+1), "lines %d-%d, set apart as the rows of the table at line %d are, hold %d cells for its %d columns, each blank line among them an empty cell as in its other rows (%s): which of them make its row cannot be told; write each of its cells on a line, an empty one as an empty line", es[j].line+1, es[b-1].line+1, tb.Line, n, w, pages.Clip(strings.Join(cellsOf(es[j:b]), " | ")))
				j, trail = b, 0
				continue
			}
		}
		if c == 0 && len(tb.Rows) > 0 && !wide {
			if cells, ok := linesRow(es[j:end], head); ok {
				src.Report.Warn(pages.At(src.Name, es[j].line+1), "line %d holds the cells of a row set apart by a space each, as a PDF's text sets the cells of a row that share a baseline: its first two words fit the columns %s and %s as a name and a type, the rest of the line its %s%s: read as a row of the table at line %d, %s", es[j].line+1, head[0], head[1], head[w-1], wrappedOnto(es[j:end]), tb.Line, pages.Clip(strings.Join(cells, " | ")))
				tb.Rows = append(tb.Rows, &pages.Row{Line: es[j].line + 1, Raw: strings.Join(cells, " | "), Cells: cells})
				j, trail = end, 0
				continue
			}
		}
		if c == 0 && end-j == 1 && len(tb.Rows) > 0 && !wide && end < len(es) && !isHeader(end) {
			if next, cells, ok := narrowRowWithCellAfter(tb.Header, es, j, end); ok {
				src.Report.Warn(pages.At(src.Name, es[j].line+1), "line %d holds two narrow cells set apart by a space, as a PDF's text sets the cells of a row that share a baseline, and lines %d-%d, after a blank line and no row of the table, its last cell (%s), which a PDF's text sets apart from its row's other cells: read as a row of the table at line %d, %s", es[j].line+1, es[end].line+1, es[next-1].line+1, head[w-1], tb.Line, pages.Clip(strings.Join(cells, " | ")))
				tb.Rows = append(tb.Rows, &pages.Row{Line: es[j].line + 1, Raw: strings.Join(cells, " | "), Cells: cells})
				j, trail = next, 0
				continue
			}
		}
		if c == 0 && !pages.IsNameCell(es[j].text) && lastCellOf(tb, es[j:end]) {
			src.Report.Warn(pages.At(src.Name, es[j].line+1), "lines %d-%d, one cell after the row at line %d of the table at line %d, whose last column (%s) is empty, are that cell, as a PDF's text sets a cell's lines apart from its row's other cells by a blank line: read as its %s", es[j].line+1, es[end-1].line+1, tb.Rows[len(tb.Rows)-1].Line, tb.Line, head[w-1], head[w-1])
			j, trail = end, 0
			continue
		}
		if !wide {
			if cells, ok := spannedStatusRow(src, es[j:end], tb, c); ok {
				tb.Rows = append(tb.Rows, &pages.Row{Line: es[j].line + 1, Raw: strings.Join(cells, " | "), Cells: cells})
				j, trail = end, 0
				continue
			}
		}
		cells, t, ok := soupCells(rowSrc, es[j:end], head, c, cols, tail, rowGap)
		if ok && soupHeaderAgain(es, end, head, isHeader) && calloutOver(cellsOf(es[j:end]), 0, end-j) {
			src.Report.Warn(pages.At(src.Name, es[j].line+1), calloutWarning, es[j].line+1, es[j].text, es[end-1].line+1, tb.Line, es[end].line+1)
			break
		}
		if ok && wide && !rowStarts(cells, head, 0) {
			break
		}
		src.Report.Merge(rowSrc.Report)
		// A note across the columns: one cell, set apart as the rows
		// are (the row gap, known from two rows), a row after it.
		if !ok && len(tb.Rows) >= 2 && tail == rowGap && rowApart(es[j], trail, c) == rowGap && soupNote(es[j:end], c) && end < len(es) && !isHeader(end) && soupRowFits(es, end, head, c, cols, rowGap) {
			notes = append(notes, &pages.Row{Line: es[j].line + 1, Cells: []string{soupNoteText(es[j:end])}})
			j, trail = end, 0
			continue
		}
		// A callout across the columns run into the row after it: its
		// lines, then the row's, set apart from the row before as the
		// rows are.
		if !ok && len(tb.Rows) >= 1 && !rowSrc.Report.Failed() && rowGap > 0 && rowApart(es[j], trail, c) == rowGap && !headerIn(j+1, end, isHeader) {
			if p, cells, found := soupRowAfterNote(es[j:end], head, c, cols, tail, rowGap); found {
				note, row := es[j:j+p], es[j+p:end]
				src.Report.Warn(pages.At(src.Name, note[0].line+1), "lines %d-%d (%s), between rows of the table at line %d, are no row of it, and the lines after them, %d-%d, hold the %d cells of its row, each fitting its column (%s): read them as its row, the lines before them as a note across its columns", note[0].line+1, note[len(note)-1].line+1, pages.Clip(soupNoteText(note)), tb.Line, row[0].line+1, row[len(row)-1].line+1, w, pages.Clip(strings.Join(cells, " | ")))
				notes = append(notes, &pages.Row{Line: note[0].line + 1, Cells: []string{soupNoteText(note)}})
				tb.Rows = append(tb.Rows, &pages.Row{Line: row[0].line + 1, Raw: strings.Join(cells, " | "), Cells: cells})
				j, trail = end, 0
				continue
			}
		}
		if ok && wide {
			src.Report.Warn(pages.At(src.Name, es[j].line+1), "lines %d-%d, after a gap wider than those between the rows of the table at line %d, hold the %d cells of a row of it, each fitting its column (%s): read as its row", es[j].line+1, es[end-1].line+1, tb.Line, w, pages.Clip(strings.Join(cells, " | ")))
		}
		if !ok && c == 0 && len(tb.Rows) > 0 && !wide && end-j > 1 && !rowSrc.Report.Failed() {
			if cells, first := lineRow(es[j].text, head); first {
				src.Report.Fail(pages.At(src.Name, es[j].line+1), "line %d holds the cells of a row of the table at line %d set apart by a space each, as a PDF's text sets the cells of a row that share a baseline (%s), and the text on %s after it, with no blank line between, does not begin as the rest of its %s: nothing tells whether they are its %s's rest or lines of their own: write the row's cells one a line, its %s on lines of its own", es[j].line+1, tb.Line, pages.Clip(strings.Join(cells, " | ")), spanOf(es[j+1:end]), head[w-1], head[w-1], head[w-1])
				j, trail = end, 0
				continue
			}
		}
		if !ok {
			break
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: es[j].line + 1, Raw: strings.Join(cells, " | "), Cells: cells})
		if end < len(es) && es[end].gap == 0 && es[end].title.kind == shapedTitle {
			like := es[es[end].title.like]
			src.Report.Warn(pages.At(src.Name, es[end].line+1), "line %d (%s), right under the last cell of the row at line %d of the table at line %d with no blank line between, is shaped as the page's titles are (%q at line %d, over a table): read as a title after the table, no rest of the row's %s", es[end].line+1, pages.Clip(es[end].text), es[j].line+1, tb.Line, pages.Clip(like.text), like.line+1, head[w-1])
		}
		blocks = blocks || c == 0 && slices.ContainsFunc(es[j+1:end], func(e entry) bool { return e.gap > 0 })
		if tail >= 0 && rowGap == 0 {
			rowGap = rowApart(es[end], t, c)
		}
		j, trail = end, t
	}
	if len(tb.Rows) == 0 {
		return soupTable{}, false
	}
	tb.Rows = append(append(tb.Rows, notes...), strays...)
	taken := append(tb.TakeNotes(src, func(r *pages.Row) bool { return slices.Contains(notes, r) }, "one cell across its columns, on lines of their own between its rows"),
		tb.TakeNotes(src, func(r *pages.Row) bool { return slices.Contains(strays, r) }, "text less deep than its rows, on lines of its own between two of them, as an XML pretty-printer writes no line of a table, the rows after it as deep as those before")...)
	slices.SortStableFunc(taken, func(a, b pages.Block) int { return a.Line - b.Line })
	return soupTable{table: tb, notes: taken, next: j, rowGap: rowGap, blocks: blocks, depth: es[i].depth}, true
}

// runCodeRows reads the rows of the table of codes tb, its header a cell
// a line, codes of its columns code columns, that run together from
// es[j] on, each row a line (pages.ReadRunCodeRows), as a page's text
// writes a row whose cells the HTML's source sets on one line, no
// whitespace between its tags; the whitespace between its rows' tags
// sets them apart by blank lines or by none. It warns of them and
// returns the entry after them.
func runCodeRows(src pages.Source, es []entry, j int, tb *pages.Table, codes int, isHeader func(int) bool) int {
	from := len(tb.Rows)
	first := es[j].line
	for j < len(es) && !isHeader(j) && beginsRunRow(es[j].text, codes) {
		end := pages.ReadRunCodeRows(src, tb, codes, es[j].line)
		if end == es[j].line {
			break
		}
		for j < len(es) && es[j].line < end {
			j++
		}
	}
	warnRunCodeRows(src, tb, from, first)
	return j
}

// warnRunCodeRows warns of the rows of the table tb from its row from on,
// from line first (counted from 0) on, that ran together, a row a line,
// under a header whose cells stand a line each; nothing where there are
// none.
func warnRunCodeRows(src pages.Source, tb *pages.Table, from, first int) {
	if len(tb.Rows) > from {
		src.Report.Warn(pages.At(src.Name, first+1), "lines %d-%d, the rows of the table at line %d, whose header cells stand a line each, have their cells run together, a row a line, as a page's text writes a row whose cells its HTML sets on one line: read each row's codes at its start, and the text after them cut where a capital follows a letter with no space between, as many places as its columns need (%s)", first+1, tb.Rows[len(tb.Rows)-1].Line, tb.Line, pages.Clip(strings.Join(tb.Rows[from].Cells, " | ")))
	}
}

// beginsRunRow reports whether a line begins as a row of a table of
// codes whose cells run together, codes of its columns code columns:
// its codes run into its text (pages.BeginsRunCodeRow), or, with a
// status and a detail code column, its detail code alone, its status
// written once above (a rowspan).
func beginsRunRow(t string, codes int) bool {
	return pages.BeginsRunCodeRow(t, codes) || codes == 2 && pages.BeginsWithRunDetail(t)
}

// spannedStatusRow reads the entries of a row of the table tb, its cells
// c blank lines apart, that lost its status cell to the cell of the row
// above spanning it (spannedStatus), its cells one a line.
func spannedStatusRow(src pages.Source, row []entry, tb *pages.Table, c int) ([]string, bool) {
	for _, e := range row[1:] {
		if e.gap != c {
			return nil, false
		}
	}
	return spannedStatus(src, tb, cellsOf(row), row[0].line+1)
}

// spannedStatus reads cells, at line, as a row of the table tb that lost
// its status cell to the cell of the row above spanning it (spanLost),
// which a page's text writes once. It returns the row's cells with the
// status of the row above first, with a warning naming that row.
func spannedStatus(src pages.Source, tb *pages.Table, cells []string, line int) ([]string, bool) {
	if len(tb.Rows) == 0 {
		return nil, false
	}
	above := tb.Rows[len(tb.Rows)-1]
	if !spanLost(above.Cells, cells, len(tb.Header)) {
		return nil, false
	}
	pages.WarnSpannedStatus(src.Report, src.Name, line, strings.Join(cells, " | "), tb.Line, "whose cells stand a line each", above.Line, above.Cells[0])
	return append([]string{above.Cells[0]}, cells...), true
}

// spanLost reports whether cells are a row of a table of w columns that
// lost its status cell to a rowspan over the row above, of the cells
// above: that row begins with a status code and a detail code, whatever
// the header names them ("Status | Code"), and cells are one fewer than
// the columns, the first a detail code (pages.StatusSpanLost).
func spanLost(above, cells []string, w int) bool {
	if len(above) < 3 || !pages.IsLoneStatusCode(above[0]) || !pages.IsDetailCode(above[1]) {
		return false
	}
	_, padded, ok := pages.StatusSpanLost(cells, w)
	return ok && !padded
}

// rowApart returns the blank lines before the entry e, the first of a
// row, that set the row apart from the one before, less the empty cells
// that end that one: trail cells of c blank lines each, or where no gap
// sets a row's cells apart and e opens its row by its indentation
// (opensRow), the blank lines as deep as the row before that lead the
// gap (an XML pretty-printer's empty cells, e.lead).
func rowApart(e entry, trail, c int) int {
	if c == 0 && opensRow(e) {
		return e.gap - e.lead
	}
	return e.gap - trail*c
}

// strayLines reads the entries from es[j] on, in the table whose header
// row starts at es[i] and is indented (an XML pretty-printer's,
// withDepths), es[j] less deep than the header (outside): lines of text,
// each less deep than the header, no blank line among them but the
// page's own (pageBlanks: a passage of paragraphs), as an editor or a
// converter puts a sentence or a passage between two rows, and right
// after them no header but a row of the table, as deep as the line before them
// (the last of its rows, or of its header where none is read), that opens
// by its indentation (opensRow) and reads as its row (soupRowFits) once
// the lines are taken out (pastStray). It returns the entry of that row,
// which it sets as it reads without the lines, and reports false, leaving
// es as it was, where the lines are not so: the site's chrome after the
// table, a title over the next one.
func strayLines(raw []string, es []entry, i, j int, head []string, c int, cols []pages.Column, rowGap int, isHeader func(int) bool) (int, bool) {
	s := j + 1
	for s < len(es) && outside(es[s], es[i]) && pageBlanks(raw, es[s], es[i].depth) {
		s++
	}
	if s == len(es) || es[s].depth != es[j-1].depth || isHeader(s) {
		return 0, false
	}
	kept := es[s]
	es[s] = pastStray(raw, es, j, s)
	if !opensRow(es[s]) || !soupRowFits(es, s, head, c, cols, rowGap) {
		es[s] = kept
		return 0, false
	}
	return s, true
}

// pageBlanks reports whether the blank lines before the entry e are the
// page's own, none a cell's of a table whose rows are d deep: each empty,
// keeping no indentation, or less deep than the rows.
func pageBlanks(raw []string, e entry, d int) bool {
	for _, b := range raw[e.line-e.gap : e.line] {
		if b != "" && pages.IndentOf(b) >= d {
			return false
		}
	}
	return true
}

// pastStray is the entry es[s] as it reads without the lines es[j:s]
// before it: its gap the blank lines before es[j] and those before it,
// read for their depth after es[j-1], the line before them all.
func pastStray(raw []string, es []entry, j, s int) entry {
	e := es[s]
	blanks := slices.Concat(raw[es[j].line-es[j].gap:es[j].line], raw[e.line-e.gap:e.line])
	e.gap = len(blanks)
	e.lead, e.outer = gapDepths(es[j-1].depth, blanks)
	return e
}

// narrowRowWithCellAfter reads es[j], a line alone where nothing sets a
// row's cells apart, as a row of the table with the header head when it
// splits at a space into two narrow cells that fit their columns
// (stackedRow), the others empty, its last column one that tells nothing
// (a description), its two cells shaped as code is, not as the words of
// a title are ("Response Body": codeShaped), and the entries from end to
// the next gap, whose first line is no name and which read as no row,
// are that last cell: a PDF's text of a row whose name and type share a
// baseline, its description set apart by a blank line
// ("invalidRequestParameters InvalidMember[]", then the description). It
// returns the entry after the row and its cells.
func narrowRowWithCellAfter(head []string, es []entry, j, end int) (int, []string, bool) {
	w := len(head)
	cells, ok := stackedRow([]string{es[j].text}, head)
	if !ok || cells[w-1] != "" || !codeShaped(cells[0]) || !codeShaped(cells[1]) || pages.IsNameCell(es[end].text) {
		return 0, nil, false
	}
	if tells, _ := fitsColumn(looseColumns(head)[w-1], "", false); tells {
		return 0, nil, false
	}
	next := soupRowEnd(es, end, head, 0, 0, 0)
	if _, row := stackedRow(cellsOf(es[end:next]), head); row || next-end > maxStackedLines {
		return 0, nil, false
	}
	cells[w-1] = soupNoteText(es[end:next])
	return next, cells, true
}

// linesRow reads the entries of a row, set apart by no blank line, as a
// row of the table with the header head where its first line reads as
// one (lineRow) and each line after it begins as the rest of the line
// before it (soupNote): the first line's description wrapped onto them,
// as a hard wrap cuts a long line. Their text is its last cell.
func linesRow(row []entry, head []string) ([]string, bool) {
	cells, ok := lineRow(row[0].text, head)
	if !ok || !soupNote(row, 0) {
		return nil, false
	}
	w := len(head)
	for _, e := range row[1:] {
		cells[w-1] = joinCut(cells[w-1], e.text)
	}
	return cells, true
}

// wrappedOnto tells, in a warning, the lines after the first of a row's
// entries that its last cell was wrapped onto; nothing when there are
// none.
func wrappedOnto(row []entry) string {
	if len(row) == 1 {
		return ""
	}
	return ", wrapped onto " + spanOf(row[1:])
}

// spanOf names, in a message, the lines of entries set apart by no
// blank line (pages.LineSpan): "line 12", "lines 12-14".
func spanOf(es []entry) string {
	return pages.LineSpan(es[0].line+1, es[len(es)-1].line+1)
}

// lineRow reads a line alone where nothing sets a row's cells apart as a
// row of the table with the header head, of three columns or more, whose
// first two tell a name and a type, whose last tells nothing (a
// description) and whose others a requiredness: the line's first two
// words, shaped as code is (codeShaped), fit the first two columns, and
// the rest of the line, more words, is the last cell, the others left
// empty ("invalidMemberType InvalidMemberType The invalid member type.").
// It reports false when the line is not so.
func lineRow(line string, head []string) ([]string, bool) {
	w := len(head)
	words := strings.Fields(line)
	if w < 3 || len(words) < 4 {
		return nil, false
	}
	cols := looseColumns(head)
	if cols[0] != pages.ColName && cols[0] != pages.ColCode || cols[1] != pages.ColType {
		return nil, false
	}
	for _, col := range cols[2 : w-1] {
		if col != pages.ColRequired {
			return nil, false
		}
	}
	if tells, _ := fitsColumn(cols[w-1], "", false); tells {
		return nil, false
	}
	for k := range 2 {
		if _, ok := fitsColumn(cols[k], words[k], false); !ok || !codeShaped(words[k]) {
			return nil, false
		}
	}
	rest := strings.TrimSpace(line)
	for range 2 {
		rest = strings.TrimSpace(rest[strings.IndexByte(rest, ' '):])
	}
	cells := make([]string, w)
	cells[0], cells[1], cells[w-1] = words[0], words[1], rest
	return cells, true
}

// codeShaped reports whether a cell is shaped as a name in code is, not
// as a word of text: it begins in lower case ("relicId", "string"), or
// holds a capital past its first letter, a digit, an underscore, a dot or
// brackets ("InvalidMember[]", "GenericModels.AffixRoll").
func codeShaped(c string) bool {
	if c == "" {
		return false
	}
	if c[0] >= 'a' && c[0] <= 'z' || strings.ContainsAny(c, "_.[]0123456789") {
		return true
	}
	return strings.IndexFunc(c[1:], unicode.IsUpper) >= 0
}

// lastCellOf reports whether the entries of row, whose first line is no
// name, are the last cell of the last row of the table tb, which left it
// empty, and its column tells nothing (a description): one cell, each
// line after the first beginning as its rest; it fills that cell.
func lastCellOf(tb *pages.Table, row []entry) bool {
	if len(tb.Rows) == 0 || !soupNote(row, 0) {
		return false
	}
	prev := tb.Rows[len(tb.Rows)-1]
	w := len(tb.Header)
	if len(prev.Cells) != w || prev.Cells[w-1] != "" {
		return false
	}
	if tells, _ := fitsColumn(looseColumns(tb.Header)[w-1], "", false); tells {
		return false
	}
	prev.Cells[w-1] = soupNoteText(row)
	prev.Raw = strings.Join(prev.Cells, " | ")
	return true
}

// soupRowAfterNote finds, in the lines of a row that read as no row of
// the table with the header head (their first lines do not begin as a row
// does), the one place p after which the lines read as its row, each cell
// fitting its column as a row's cells do (rowStarts): the lines before p
// are a note run into the row. It reports false when no place or more than
// one does: nothing then tells where the row begins.
func soupRowAfterNote(row []entry, head []string, c int, cols []pages.Column, tail, rowGap int) (int, []string, bool) {
	at, found := 0, []string(nil)
	for p := 1; p+2 <= len(row); p++ {
		if c > 0 && row[p].gap < c {
			continue // the rest of a cell an inline element cut
		}
		quiet := pages.Source{Report: &pages.Reporter{}}
		cells, _, ok := soupCells(quiet, row[p:], head, c, cols, tail, rowGap)
		if !ok || len(cells) != len(head) || !rowStarts(cells, head, 0) {
			continue
		}
		named := make([]cell, len(cells))
		for k, t := range cells {
			named[k] = cell{line: row[p].line, text: t}
		}
		if allHeaderCells(named) {
			continue // the header printed again, no row
		}
		if found != nil {
			return 0, nil, false
		}
		at, found = p, cells
	}
	return at, found, found != nil
}

// soupHeaderAgain reports whether the header row that starts at es[i]
// is the header head printed again.
func soupHeaderAgain(es []entry, i int, head []string, isHeader func(int) bool) bool {
	return i+len(head) <= len(es) && isHeader(i) && isHeaderAgain(cellsOf(es[i:i+len(head)]), head)
}

// headerIn reports whether a header row starts at an entry from i up to
// end: lines that hold one are no note's nor row's.
func headerIn(i, end int, isHeader func(int) bool) bool {
	for k := i; k < end; k++ {
		if isHeader(k) {
			return true
		}
	}
	return false
}

// soupNote reports whether a row's entries are one cell: each line after
// the first nearer the one before it than the cell gap, or, where the cell
// gap is none, beginning as its rest (beginsRest).
func soupNote(row []entry, c int) bool {
	for k := 1; k < len(row); k++ {
		if c > 0 && row[k].gap >= c || c == 0 && !beginsRest(row[k-1].text, row[k].text) {
			return false
		}
	}
	return true
}

// soupNoteText returns the text of a note's entries, its cut parts joined.
func soupNoteText(row []entry) string {
	text := row[0].text
	for _, e := range row[1:] {
		text = joinCut(text, e.text)
	}
	return text
}

// soupRowFits reports whether the entries from es[j] on make a row of the
// table with the header head, of cell gap c and row gap rowGap, that
// fits its columns as a row's cells do (rowStarts), saying nothing.
func soupRowFits(es []entry, j int, head []string, c int, cols []pages.Column, rowGap int) bool {
	if j >= len(es) {
		return false
	}
	end := soupRowEnd(es, j, head, c, rowGap, 0)
	tail := -1
	if end < len(es) {
		tail = es[end].gap
	}
	quiet := pages.Source{Report: &pages.Reporter{}}
	cells, _, ok := soupCells(quiet, es[j:end], head, c, cols, tail, rowGap)
	return ok && rowStarts(cells, head, 0)
}

// soupRowEnd returns the entry after the row that starts at es[j]: at the
// first gap wider than the cell gap where the row has its w cells, or
// where the empty cells the gap would hold overfill it; where the cell gap
// is none, at the first gap, or at the end of a block of the row's width
// (denseBlockEnd, of the row gap rowGap, or of one no wider than most
// where it is not known yet). head is the table's header, of w cells.
func soupRowEnd(es []entry, j int, head []string, c, rowGap, most int) int {
	w := len(head)
	cells := 1
	for k := j + 1; k < len(es); k++ {
		g := es[k].gap
		switch {
		case g == 0 && es[k].title.kind != noTitle && cells >= w:
			return k // a title right under the row's last cell
		case g < c:
		case g == c:
			cells++
		case c == 0:
			if end, ok := denseBlockEnd(es, j, head, rowGap, most); ok {
				return end
			}
			return k
		case cells+(g-c)/c+1 > w:
			return k
		default:
			cells += (g-c)/c + 1
		}
	}
	return len(es)
}

// denseBlockEnd reads the lines from es[j] on, where nothing sets a
// row's cells apart (the cell gap none) and a run of two blank lines or
// more sets its rows apart, as one row: a block of lines that narrower
// gaps set apart, each blank line among them an empty cell, as the string
// value of an HTML table (xmllint's string()) writes an empty cell's tags
// between the line breaks around them. The block ends at the first gap,
// once it holds the row's w cells (its lines and its empty ones), of the
// row gap rowGap or more, or where the row gap is not known yet (0), of
// two blank lines or more and wider than every gap inside it; where the
// row gap is known, a gap of any width ends a block whose cells begin a
// row (rowStarts): the gaps between a table's rows vary (AbiWord's text
// sets them 3 to 60 blank lines apart), the row's cells tell its end. It returns
// the entry after the block, and reports whether it holds w cells, w
// the width of the table's header head: a block that overfills the row,
// or that a gap of the row gap (of most, the gap before it, where the
// row gap is not known) ends short, is no row read so. Lines right under
// the block's last cell, no blank line between, are that cell's where
// it is the row's last and the block reads so (wrapsLast): a
// description that wraps, as glamour prints pandoc's raw HTML table a
// cell a line, the line breaks pandoc set in a cell kept.
func denseBlockEnd(es []entry, j int, head []string, rowGap, most int) (int, bool) {
	w := len(head)
	if end, ok := depthRowEnd(es, j, w); ok {
		return end, true
	}
	if rowGap == 1 || rowGap == 0 && most < 2 {
		return 0, false
	}
	cells, inner, over := 1, 0, -1
	for k := j + 1; k < len(es); k++ {
		switch g := es[k].gap; {
		case g == 0 && cells == w && es[k].title.kind != noTitle:
			// A title right under the row's last cell ends the block.
			if over >= 0 && !wrapsLast(es[j:k], head) {
				return over, false
			}
			return k, true
		case g == 0 && cells == w:
			if over < 0 {
				over = k
			}
		case g == 0:
			cells++
		case cells == w && (g >= max(rowGap, inner+1, 2) || rowGap > 0 && rowStarts(blockCells(es[j:k]), head, 0)):
			if over >= 0 && !wrapsLast(es[j:k], head) {
				return over, false
			}
			return k, true
		case rowGap > 0 && g >= rowGap, rowGap == 0 && g >= most:
			return k, false
		case over >= 0:
			return over, false
		default:
			cells += g + 1
			inner = max(inner, g)
		}
		if cells > w {
			return k, false
		}
	}
	if over >= 0 && (cells != w || !wrapsLast(es[j:], head)) {
		return over, false
	}
	return len(es), cells == w
}

// blockCells are the cells of a block of lines a row (denseBlockEnd):
// each line's text, each blank line among them an empty cell.
func blockCells(row []entry) []string {
	cells := make([]string, 0, len(row)+2)
	for k, e := range row {
		if k > 0 {
			for range e.gap {
				cells = append(cells, "")
			}
		}
		cells = append(cells, e.text)
	}
	return cells
}

// wrapsLast reads a block of lines, of more cells than the columns of the
// header head, as its row whose last cell takes the lines after its
// first, no blank line among them (lastOfBlock); it reports false where
// the block does not read so.
func wrapsLast(row []entry, head []string) bool {
	_, ok := lastOfBlock(blockCells(row), head)
	return ok
}

// lastOfBlock reads the cells of a block of lines a row (blockCells), more
// than the columns of the header head, as its row whose last cell, a
// description (its column tells nothing), takes the lines after its
// first, no blank line among them: each column before it tells what its
// cells hold (a name, a type, a requiredness word alone: no condition,
// which may wrap), three of them at least, and each cell before it fits
// its column or is empty, the first a name. A line break in a cell before
// the last would leave a line that fits no column in its place. Where the
// last cell's first line fits the column of an empty cell before it
// ("true" after a blank line under Required), the blank line may be
// the empty description's, and nothing tells which: no reading.
func lastOfBlock(cells, head []string) ([]string, bool) {
	w := len(head)
	cols, free := describedLast(cells, head)
	if !free || cells[0] == "" || slices.Contains(cells[w-1:], "") {
		return nil, false
	}
	for k, col := range cols[:w-1] {
		tells, ok := fitsColumn(col, cells[k], false)
		if col == pages.ColRequired {
			ok = requirednessLine(cells[k])
		}
		if !tells || !ok && cells[k] != "" || strings.HasPrefix(cells[k], "[]") {
			return nil, false
		}
		if _, fit := fitsColumn(col, cells[w-1], false); cells[k] == "" && fit {
			return nil, false
		}
	}
	return restInLast(cells, w), true
}

// blockFits reports whether a block of lines, each blank line among
// them an empty cell (blockCells), and the empty cells that would end it
// where it holds fewer than the columns of the header head, fit the
// columns that tell what their cells hold (tellingFit): a title over the
// next table and the sentence under it ("GenericModels.FlintBlade", a
// blank line, "A finished flint blade.") put a sentence in the Required
// column, and are no row.
func blockFits(row []entry, head []string) bool {
	cells := blockCells(row)
	for len(cells) < len(head) {
		cells = append(cells, "")
	}
	return tellingFit(cells, head)
}

// blockOverRow reads the lines from es[j] on, in a table whose rows are
// blocks whose blank lines are their empty cells (denseBlockEnd), of row
// gap rowGap, up to the next gap of rowGap or more or header: it returns
// the entry after them, the cells they hold (their lines and the empty
// cells among them), and whether they make a block of the row's w cells,
// w the width of the header head.
func blockOverRow(es []entry, j int, head []string, rowGap int, isHeader func(int) bool) (int, int, bool) {
	w := len(head)
	if _, ok := denseBlockEnd(es, j, head, rowGap, 0); ok {
		return 0, 0, true
	}
	b, n := j+1, 1
	for ; b < len(es) && es[b].gap < rowGap && !isHeader(b); b++ {
		n += es[b].gap + 1
	}
	return b, n, n == w
}

// soupNoteOverRow reports whether es[j], in a table with the header head,
// of cell gap c and row gap rowGap, is a note that states a default
// (statesDefault) glued over a row's first cell, no blank line between
// them, the entries under it a row of the table (a block of its cells,
// where blocks tells its rows are blocks whose blank lines are their
// empty cells, denseBlockEnd; else soupRowFits): the note is no cell of
// that row, where a cell gap would read it as the start of its first
// cell, nor text after the table, which would drop the row with no word,
// but the rest of the last cell of the row above (noteOfRow), as a
// cell's second paragraph.
func soupNoteOverRow(es []entry, j int, head []string, c int, cols []pages.Column, rowGap int, blocks bool) bool {
	if j+1 >= len(es) || es[j+1].gap != 0 || !statesDefault(es[j].text) {
		return false
	}
	if blocks {
		_, ok := denseBlockEnd(es, j+1, head, rowGap, 0)
		return ok
	}
	return soupRowFits(es, j+1, head, c, cols, rowGap)
}

// soupCells reads the entries of one row into its w cells, with the
// number of empty cells that end it, or reports false when they are no
// row: a single cell (a title), or lines that no reading fits to the
// columns (none does where a gap among them was read as empty cells and
// they then hold too many: they ended at that gap) and that do not begin
// as a row does (beginsRow: text after the table); such lines that begin
// so are refused at their line. tail is the gap
// after the row (-1 at the page's end) and rowGap the table's, 0 while
// unknown: where the cell gap is not none, the empty cells a row ends
// with widen its tail by a cell gap each; the first row's, before the
// row gap is known, are placed by the evidence of its cells.
func soupCells(src pages.Source, row []entry, head []string, c int, cols []pages.Column, tail, rowGap int) ([]string, int, bool) {
	w := len(head)
	var cells []string
	emptied := false
	for k, e := range row {
		switch {
		case k == 0:
		case e.gap < c:
			cells[len(cells)-1] = joinCut(cells[len(cells)-1], e.text)
			continue
		case e.gap > c && c > 0:
			for range (e.gap - c) / c {
				cells = append(cells, "")
				emptied = true
			}
		case c == 0 && e.gap > 0:
			// A block of the row's width (denseBlockEnd): each blank
			// line an empty cell.
			for range e.gap {
				cells = append(cells, "")
			}
			emptied = true
		}
		cells = append(cells, e.text)
	}
	if len(cells) < 2 && w > 1 {
		return nil, 0, false
	}
	// Empty cells the indentation placed did not end the row: its end
	// was told by the lines less deep after it (depthRowEnd), after the
	// empty cells that end it.
	if depthEmpties(row) {
		emptied = false
		for range row[len(row)-1].trail {
			cells = append(cells, "")
		}
		if read, ok := depthFit(cells, head); ok {
			first, last := row[0].line+1, row[len(row)-1].line+1
			src.Report.Warn(pages.At(src.Name, first), "lines %d-%d hold %d lines for a row of %d columns, as deep as one another, each line of only spaces among them and right after them an empty cell, as an XML pretty-printer writes a table: the one reading that fits every cell to its column, a cell's lines joined, is %s: read so", first, last, len(cells), w, pages.Clip(strings.Join(read, " | ")))
			return read, 0, true
		}
	}
	// A block of lines set apart by the row gap, two blank lines or
	// more (a gap of any width after it, once the row gap is known: its
	// cells tell its end), each blank line among them an empty cell
	// (denseBlockEnd),
	// whose lines are more than its cells: its last cell wraps where the
	// cells before it each fit their column (wrapsLast). Read as lines
	// of a row whose cells nothing sets apart, its blank lines would end
	// it, and the rest of the row be lost.
	if c == 0 && emptied && (rowGap >= 2 && tail != 0 || rowGap == 0 && tail >= 2) {
		if read, ok := lastOfBlock(cells, head); ok {
			warnLastTakesRest(src, row, cells, head)
			return read, 0, true
		}
	}
	if lost := w - len(cells); c > 0 && lost > 0 && tail >= 0 {
		if rest := tail - lost*c; rowGap > 0 && rest == rowGap {
			for range lost {
				cells = append(cells, "")
			}
			return cells, lost, true
		}
	}
	if c != 0 {
		return plainCells(src, row, cells, head, cols, emptied)
	}
	// Where nothing sets the cells apart, the reading above stands when
	// it fits the columns; else the one stackedRow finds, if any.
	quiet := src
	quiet.Report = &pages.Reporter{}
	if plain, _, ok := plainCells(quiet, row, cells, head, cols, emptied); ok {
		if allHeaderWords(plain) {
			return nil, 0, false // a header printed again, narrow cells on one line
		}
		if _, fit := stackedFit(plain, head, looseColumns(head)); fit {
			return plainCells(src, row, cells, head, cols, emptied)
		}
	}
	if read, ok := stackedRow(cells, head); ok {
		if tookRest(cells, read, head) {
			warnLastTakesRest(src, row, cells, head)
			return read, 0, true
		}
		first, last := row[0].line+1, row[len(row)-1].line+1
		src.Report.Warn(pages.At(src.Name, first), "lines %d-%d hold %d lines for a row of %d columns, with nothing between its cells: the one reading that fits every cell to its column, each cell's lines stacked (a name cut at its hyphen), two narrow cells on one line set apart by a space, and a cell left empty where no line is left for it, is %s: read so", first, last, len(cells), w, pages.Clip(strings.Join(read, " | ")))
		return read, 0, true
	}
	return plainCells(src, row, cells, head, cols, emptied)
}

// plainCells reads the cells of a row, one a line, into the table's
// columns as soupCells describes: too many lines joined where they begin
// as a cell's rest, too few filled with an empty cell where they fit, a
// row of the table refused, other lines no row.
func plainCells(src pages.Source, row []entry, cells, head []string, cols []pages.Column, emptied bool) ([]string, int, bool) {
	w := len(head)
	first, last := row[0].line+1, row[len(row)-1].line+1
	switch {
	case len(cells) > w:
		var joined []string
		ok := false
		if !emptied {
			// A row that holds too many cells after a gap read as
			// empty ones ended at that gap (a row of fewer cells, a
			// note across the columns): no join makes it a row.
			joined, ok = joinRests(cells, head)
		}
		if !ok && !emptied {
			if joined, ok := lastTakesRest(cells, head); ok {
				warnLastTakesRest(src, row, cells, head)
				return joined, 0, true
			}
		}
		if !ok && !beginsRow(cells, cols) {
			return nil, 0, false // text after the table
		}
		if !ok {
			src.Report.Fail(pages.At(src.Name, first), "lines %d-%d hold %d lines for a row of the table's %d columns (%s), and nothing tells which of them go on a cell before them: write each cell on one line", first, last, len(cells), w, pages.Clip(strings.Join(cells, " | ")))
			return nil, 0, false
		}
		if tookRest(cells, joined, head) {
			warnLastTakesRest(src, row, cells, head)
			return joined, 0, true
		}
		src.Report.Warn(pages.At(src.Name, first), "lines %d-%d hold %d lines for a row of %d columns: read the lines that begin as a cell's rest as part of the cell before them (%s)", first, last, len(cells), w, pages.Clip(strings.Join(joined, " | ")))
		return joined, 0, true
	case len(cells) < w:
		filled, ok := withEmptyCells(cells, cols)
		if !ok && !beginsRow(cells, cols) {
			return nil, 0, false // text after the table
		}
		if !ok {
			src.Report.Fail(pages.At(src.Name, first), "lines %d-%d hold %d cells for a row of the table's %d columns (%s), and nothing tells which are empty: give each empty cell a mark (-)", first, last, len(cells), w, pages.Clip(strings.Join(cells, " | ")))
			return nil, 0, false
		}
		src.Report.Warn(pages.At(src.Name, first), "lines %d-%d hold %d cells for a row of %d columns: read the empty ones where the cells fit their columns (%s)", first, last, len(cells), w, pages.Clip(strings.Join(filled, " | ")))
		return filled, 0, true
	}
	return cells, 0, true
}

// tellingFit reports whether the cells of a row, one a column, each fit
// their column where it tells what its cells read as (a name, a type, a
// requiredness); an empty cell fits any.
func tellingFit(cells, head []string) bool {
	for i, col := range looseColumns(head) {
		if i >= len(cells) {
			return false
		}
		if tells, ok := fitsColumn(col, cells[i], false); tells && cells[i] != "" && !ok {
			return false
		}
	}
	return true
}

// stackedRow reads the lines of a row where nothing sets its cells apart
// (the cell gap is none, as in a PDF's text: each cell's lines stacked,
// two narrow cells of one baseline on one line set apart by a space
// only, "lockedSlots number int[]", "ForgeCatalyst true", and a cell
// left empty leaving no line) as the one reading, of the lines in their
// order, each whole or one of them split at a space into two narrow
// cells (narrowPair), that
// fits every cell to its column (tellingFit), its first cell not empty,
// not all of them a header's words, and no cell of a column that tells
// nothing (a description) beginning as the rest of the text of words
// before it (the cell before it that is not empty);
// each column's text its lines joined where each goes on with the one
// before it (wrapsOnly; a name cut at its hyphen joined without a space:
// "Auth-" "Token"). A reading with fewer empty cells is
// preferred, then one that fills more of the columns that tell. It
// reports false when no reading, or more than one as good, fits.
func stackedRow(lines, head []string) ([]string, bool) {
	w := len(head)
	if len(lines) == 0 || len(lines) > maxStackedLines {
		return nil, false
	}
	cols := looseColumns(head)
	for empty := 0; empty <= 2 && empty < w; empty++ {
		found := map[string][]string{}
		best := 0
		for _, v := range variants(lines) {
			for _, starts := range groupings(len(v.lines), w-empty) {
				if v.cut >= 0 && !slices.Contains(starts, v.cut) || !wrapsOnly(v.lines, starts) {
					continue // the parts of a split line are two cells
				}
				for _, cells := range withEmpties(joinGroups(v.lines, starts), w) {
					filled, ok := stackedFit(cells, head, cols)
					if !ok || filled < best || v.cut >= 0 && !narrowPair(cells, cols, v.lines[v.cut-1], v.lines[v.cut]) {
						continue
					}
					if filled > best {
						best, found = filled, map[string][]string{}
					}
					found[strings.Join(cells, "\x00")] = cells
				}
			}
		}
		if len(found) > 1 {
			return nil, false
		}
		for _, cells := range found {
			return cells, true
		}
	}
	return nil, false
}

// stackedFit reports whether a reading of a row's lines fits the table
// with the header head and columns cols (stackedRow), and how many of its
// columns that tell what their cells read as it fills. Of those columns
// only a requiredness may be empty (an optional field's): a name, a type
// or a code is never left out.
func stackedFit(cells, head []string, cols []pages.Column) (int, bool) {
	if cells[0] == "" || !tellingFit(cells, head) || allHeaderWords(cells) {
		return 0, false
	}
	filled, before := 0, ""
	for k, col := range cols {
		tells, _ := fitsColumn(col, "", false)
		switch {
		case tells && cells[k] != "":
			filled++
		case tells && col != pages.ColRequired:
			return 0, false // a name, a type or a code left empty
		case !tells && strings.Contains(before, " ") && beginsRest(before, cells[k]):
			return 0, false
		}
		if cells[k] != "" {
			before = cells[k]
		}
	}
	return filled, true
}

// narrowPair reports whether the two parts a and b of a line split at a
// space are two cells of a reading side by side, each of a column that
// tells what its cells read as: two narrow cells, never a cut in a
// description's text.
func narrowPair(cells []string, cols []pages.Column, a, b string) bool {
	for k := 1; k < len(cells); k++ {
		if cells[k-1] != a || cells[k] != b {
			continue
		}
		tellsA, _ := fitsColumn(cols[k-1], "", false)
		tellsB, _ := fitsColumn(cols[k], "", false)
		return tellsA && tellsB
	}
	return false
}

// maxStackedLines bounds the lines of a row stackedRow reads: past it
// the readings are too many to tell one apart.
const maxStackedLines = 12

// variant is the lines of a row, one of them perhaps split at a space:
// cut is the line that begins the split's second part, or -1.
type variant struct {
	lines []string
	cut   int
}

// variants returns the lines of a row as they are, and split at each
// space of each line in turn.
func variants(lines []string) []variant {
	vs := []variant{{lines: lines, cut: -1}}
	for k, l := range lines {
		for p := 1; p < len(l)-1; p++ {
			if l[p] != ' ' || l[p-1] == ' ' {
				continue
			}
			b := strings.TrimSpace(l[p+1:])
			if b == "" {
				continue
			}
			split := slices.Concat(lines[:k], []string{l[:p], b}, lines[k+1:])
			vs = append(vs, variant{lines: split, cut: k + 1})
		}
	}
	return vs
}

// groupings returns every way to cut n lines, in their order, into
// cells cells of one line or more: the line each cell begins at.
func groupings(n, cells int) [][]int {
	if cells <= 0 || cells > n {
		return nil
	}
	if cells == 1 {
		return [][]int{{0}}
	}
	var out [][]int
	for k := 1; k <= n-cells+1; k++ {
		for _, rest := range groupings(n-k, cells-1) {
			starts := []int{0}
			for _, r := range rest {
				starts = append(starts, k+r)
			}
			out = append(out, starts)
		}
	}
	return out
}

// wrapsOnly reports whether each line a grouping joins to the line before
// it, in one cell, begins as its rest (beginsRest) or goes on with a word
// cut at its hyphen: a line that shows nothing of the kind may as well
// begin a cell, and no reading tells.
func wrapsOnly(lines []string, starts []int) bool {
	for i := 1; i < len(lines); i++ {
		if !slices.Contains(starts, i) && !beginsRest(lines[i-1], lines[i]) && !hyphenCut(lines[i-1], lines[i]) {
			return false
		}
	}
	return true
}

// hyphenCut reports whether line b goes on with the word line a ends
// with, cut at its hyphen ("Secret-" "Key").
func hyphenCut(a, b string) bool {
	return len(a) >= 2 && a[len(a)-1] == '-' && isLetter(a[len(a)-2]) && b != "" && isLetter(b[0])
}

// joinGroups joins the lines of each cell that starts begins
// (joinWrapped).
func joinGroups(lines []string, starts []int) []string {
	cells := make([]string, len(starts))
	for k, from := range starts {
		to := len(lines)
		if k+1 < len(starts) {
			to = starts[k+1]
		}
		cells[k] = lines[from]
		for _, l := range lines[from+1 : to] {
			cells[k] = joinWrapped(cells[k], l)
		}
	}
	return cells
}

// withEmpties returns every placement of empty cells among the cells of
// a reading that makes it w cells.
func withEmpties(cells []string, w int) [][]string {
	if len(cells) == w {
		return [][]string{cells}
	}
	var out [][]string
	for at := 0; at <= len(cells); at++ {
		with := slices.Concat(cells[:at], []string{""}, cells[at:])
		out = append(out, withEmpties(with, w)...)
	}
	return out
}

// allHeaderWords reports whether every word of the cells of a row is a
// header's word ("Name Code", "Description"): a header row, no row.
func allHeaderWords(cells []string) bool {
	for _, c := range cells {
		for _, word := range strings.Fields(c) {
			if !pages.IsHeaderCell(word) {
				return false
			}
		}
	}
	return true
}

// joinWrapped joins a cell's line to the next one a narrow column wrapped
// it onto: a word cut at its hyphen ("Secret-" "Key") without a space,
// else as joinCut does.
func joinWrapped(a, b string) string {
	if hyphenCut(a, b) {
		return a + b
	}
	return joinCut(a, b)
}

// isLetter reports whether an ASCII byte is a letter.
func isLetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// beginsRow reports whether a row's first two cells fit their columns
// (fits) better than not: lines that do not are text after the table (a
// title and what follows it), which ends it, not a row refused.
func beginsRow(cells []string, cols []pages.Column) bool {
	return fits(cols, 0, cells[:min(2, len(cells))]) > 0
}

// joinCut joins a cell's text to the rest an inline element cut from it:
// with no space before closing punctuation or brackets ("InvalidMember"
// "[]") nor after an opening one, else with one. An empty cell (a blank
// line the indentation of an HTML source placed) joined to its rest is
// that rest.
func joinCut(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	if strings.ContainsAny(b[:1], ",.;:!?)]}>") || strings.HasPrefix(b, "[]") || strings.ContainsAny(a[len(a)-1:], "([{<") {
		return a + b
	}
	return a + " " + b
}

// beginsRest reports whether line b, after line a, begins as the rest of
// a's cell: a line that begins with punctuation (a bound in parentheses,
// "(3 - 32 characters)", too) or in lower case, or one
// after a line that ends with a comma or an opening bracket, or that
// leaves a parenthesis open which b closes ("(from 0 to" "99999)").
func beginsRest(a, b string) bool {
	if a == "" || b == "" {
		return false // an empty cell is nobody's rest
	}
	r := []rune(b)[0]
	return strings.ContainsRune(",.;:()]}>~", r) || r >= 'a' && r <= 'z' || strings.ContainsAny(a[len(a)-1:], ",([{<") || closesParen(a, b)
}

// closesParen reports whether line a leaves a parenthesis open after its
// last closed one, and line b closes one that it does not open: a bound
// in parentheses that a wrap cut ("(from 0 to" "99999)").
func closesParen(a, b string) bool {
	open := strings.LastIndexByte(a, '(')
	if open < 0 || strings.IndexByte(a[open:], ')') >= 0 {
		return false
	}
	end := strings.IndexByte(b, ')')
	return end >= 0 && strings.IndexByte(b[:end], '(') < 0
}

// depthFit reads the lines of a row whose empty cells the indentation
// placed (depthEmpties), more lines than the columns of the header head,
// as the one reading, of the lines in their order, that groups them into
// the row's cells, each empty line a cell alone, and fits each cell that
// is not empty to its column where it tells what its cells read as
// (tellingFit), a cell's lines joined (joinCut). It reports false when no
// reading fits, or more than one does, or the row holds more lines than
// a reading is looked for in (maxStackedLines).
func depthFit(lines, head []string) ([]string, bool) {
	w := len(head)
	if len(lines) <= w || len(lines) > maxStackedLines {
		return nil, false
	}
	var found []string
	n := 0
	starts := make([]int, 0, w)
	var try func(from int)
	try = func(from int) {
		if n > 1 {
			return
		}
		if len(starts) == w {
			cells := groupLines(lines, starts)
			if cells != nil && tellingFit(cells, head) {
				found = cells
				n++
			}
			return
		}
		for at := from; at < len(lines)-(w-len(starts)-1); at++ {
			if len(starts) == 0 && at > 0 {
				return
			}
			starts = append(starts, at)
			try(at + 1)
			starts = starts[:len(starts)-1]
		}
	}
	try(0)
	return found, n == 1
}

// groupLines joins the lines of each cell that starts begins (joinCut),
// or returns nil where an empty line would share a cell with another.
func groupLines(lines []string, starts []int) []string {
	cells := make([]string, len(starts))
	for k, from := range starts {
		to := len(lines)
		if k+1 < len(starts) {
			to = starts[k+1]
		}
		if to-from > 1 && slices.Contains(lines[from:to], "") {
			return nil
		}
		cells[k] = lines[from]
		for _, l := range lines[from+1 : to] {
			cells[k] = joinCut(cells[k], l)
		}
	}
	return cells
}

// requirednessLine reports whether a line is a requiredness word alone
// ("true", "Y", "optional"): one word that pages.Requiredness reads.
func requirednessLine(l string) bool {
	_, ok := pages.Requiredness(l)
	return ok && !strings.ContainsAny(l, " \t")
}

// lastTakesRest reads a row of more lines than the table's columns whose
// lines past the columns can only be its last cell's (a description's
// lines a line break, a paragraph or a code span cut): the columns before
// the last one each tell what their cells hold (a name, a type, a
// requiredness), three of them at least, and the row's first lines fit
// them one a line, none beginning as the rest of the line before it (an
// empty cell, a blank line the indentation placed, fits any); the last
// column tells nothing (a description). A line that went on with a
// cell before the last would leave a line that does not fit its column
// in its place. A requiredness word alone in the Required column is a
// cell of its own (requirednessLine), whatever the line before it. It
// reports false when the row is not so.
func lastTakesRest(cells, head []string) ([]string, bool) {
	w := len(head)
	cols, free := describedLast(cells, head)
	if !free {
		return nil, false
	}
	for k, col := range cols[:w-1] {
		tells, ok := fitsColumn(col, cells[k], false)
		ok = ok || cells[k] == ""
		cut := k > 0 && beginsRest(cells[k-1], cells[k]) && !(col == pages.ColRequired && requirednessLine(cells[k]))
		if !tells || !ok || cut || k > 0 && strings.HasPrefix(cells[k], "[]") {
			return nil, false
		}
	}
	if beginsRest(cells[w-2], cells[w-1]) || strings.HasPrefix(cells[w-1], "[]") {
		return nil, false
	}
	return restInLast(cells, w), true
}

// joinRests joins the lines of a row of more lines than the columns of
// the header head that begin as the rest of the cell before them, and
// reports false unless exactly as many begin so as the row has lines too
// many. Where the table has a Required column, a requiredness word alone
// on a line (requirednessLine: "true" after a type "SurveyMode") is a
// cell of its own, no rest.
func joinRests(cells, head []string) ([]string, bool) {
	w := len(head)
	required := slices.Contains(looseColumns(head), pages.ColRequired)
	var rests []bool
	n := 0
	for k := range cells {
		rest := k > 0 && beginsRest(cells[k-1], cells[k]) && !(required && requirednessLine(cells[k]))
		rests = append(rests, rest)
		if rest {
			n++
		}
	}
	if n != len(cells)-w {
		return nil, false
	}
	var out []string
	for k, c := range cells {
		if rests[k] {
			out[len(out)-1] = joinCut(out[len(out)-1], c)
			continue
		}
		out = append(out, c)
	}
	return out, true
}

// withEmptyCells places the empty cell of a row one cell short where its
// other cells fit their columns best (fits, of the cells that are not
// empty: an empty cell fits any column and tells nothing), and reports
// false when no placement is better than every other.
func withEmptyCells(cells []string, cols []pages.Column) ([]string, bool) {
	if len(cells)+1 != len(cols) {
		return nil, false
	}
	var best []string
	bestFit, tie := 0, false
	for at := 0; at < len(cols); at++ {
		try := append(append(append([]string(nil), cells[:at]...), ""), cells[at:]...)
		f := 0
		for k, c := range try {
			if c != "" {
				f += fits(cols, k, []string{c})
			}
		}
		switch {
		case best == nil || f > bestFit:
			best, bestFit, tie = try, f, false
		case f == bestFit:
			tie = true
		}
	}
	return best, !tie
}

// soupItems reads a page of the form into blocks, and reports false when
// the page is of another form: no header row of the form with a row
// under it. What it reports, it reports only for a page of the form. A
// line that is a heading's mark alone ("#", a permalink's text) is none
// of the page's text. lines are src's lines cleaned (cleanLines).
func soupItems(src pages.Source, lines []string) ([]pages.Block, bool) {
	es := entriesOf(lines)
	withDepths(es, src.Lines)
	es = splitHeaderWords(es)
	cs, ts := make([]cell, 0, maxWidth+1), make([]string, 0, 2*maxWidth)
	widths := make([]int, len(es))
	gaps := make([]int, len(es))
	for i := range es {
		widths[i], gaps[i] = soupHeaderAt(es, i, cs, ts)
	}
	isHeader := func(i int) bool { return widths[i] > 0 }
	markTitles(es, src.Words, isHeader)
	rep, page := &pages.Reporter{}, src
	page.Report = rep
	var items []pages.Block
	found := false
	for i := 0; i < len(es); {
		if w := widths[i]; w > 0 {
			t, ok := readSoupTable(page, es, i, w, gaps[i], isHeader)
			if !ok {
				t = soupTable{table: &pages.Table{Line: es[i].line + 1, Header: cellsOf(es[i : i+w])}, next: i + w}
				t.table.Cols, _ = pages.ColumnsOf(t.table.Header)
			}
			items = append(append(items, pages.Block{Line: t.table.Line, Table: t.table}), t.notes...)
			if ok {
				soupStrays(page, es[t.next:], isHeader, t.next, gaps[i], t)
			}
			i, found = t.next, found || ok
			continue
		}
		if text := pages.StripHeading(es[i].text); text != "" {
			items = append(items, pages.Block{Line: es[i].line + 1, Text: text})
		}
		i++
	}
	if found {
		src.Report.Merge(rep)
	}
	return items, found
}

// soupStrays refuses the rows of the table t, of cell gap c, that its
// reading did not take: after its end, up to the next header (es are the
// entries from the one at position from of the page's on), the lines of a
// row as the table's rows are set (soupRowEnd, after a gap wider than the
// cell gap, or in a table read by its indentation right after a line less
// deep than its rows, which no row's cell is) that read as the table's row
// (soupCells: its cells, a cut one joined or an empty one placed) and fit
// its columns as a row's cells do (rowStarts). Where the table's rows were
// blocks whose blank lines are their empty cells (t.blocks; a table that
// showed none reads no blank line so), a row is such a block of its width,
// no fewer lines read as its cells otherwise are (a title over the next
// table, "Response Body" and "200 Ok", is no row
// "Response | Body |  | 200 Ok"). Such rows, after a line that is no row (a note across the table's
// columns, a title) or a gap wider than the row gap (a second table that
// goes on with the first and has no header row), would read as text, and
// what they document would be left out of the schema.
func soupStrays(src pages.Source, es []entry, isHeader func(int) bool, from, c int, t soupTable) {
	tb := t.table
	w := len(tb.Header)
	if w < 3 {
		return
	}
	end := 0
	for end < len(es) && !isHeader(from+end) {
		end++
	}
	if end < len(es) {
		end -= soupTitles(es, end, c) // the next table's titles, no row
	}
	quiet := src
	quiet.Report = &pages.Reporter{}
	for k := 0; k < end; k++ {
		if outside(es[k], entry{depth: t.depth}) || k > 0 && es[k].gap <= c && !outside(es[k-1], entry{depth: t.depth}) {
			continue
		}
		next := soupRowEnd(es[:end], k, tb.Header, c, 0, 0)
		if t.blocks {
			var block bool
			if next, block = denseBlockEnd(es[:end], k, tb.Header, t.rowGap, 0); !block {
				continue
			}
		}
		cells, _, ok := soupCells(quiet, es[k:next], tb.Header, c, tb.Cols, -1, 0)
		if !ok || len(cells) != w || !rowStarts(cells, tb.Header, 0) {
			continue
		}
		src.Report.Fail(pages.At(src.Name, es[k].line+1), "lines %d-%d hold a row of the table at line %d (%s), but a line that is no row of it (a note across its columns, a title) or a gap wider than those between its rows ends the table before them, and no header row stands over them: they read as text, and what they document would be left out of the schema; if they are a row of that table, take out what stands between its rows, or give them a header row", es[k].line+1, es[next-1].line+1, tb.Line, pages.Clip(strings.Join(cells, " | ")))
		k = next - 1
	}
}

// cellsOf returns the texts of entries.
func cellsOf(es []entry) []string {
	out := make([]string, len(es))
	for k, e := range es {
		out[k] = e.text
	}
	return out
}

// soupHeaders counts the header rows of the form a page holds, its lines
// cleaned (cleanLines) and their entries (entriesOf), each with a gap
// before its first row wider than the gaps between its cells.
func soupHeaders(lines []string, es []entry) int {
	cs, ts := make([]cell, 0, maxWidth+1), make([]string, 0, 2*maxWidth)
	n := 0
	for i := range es {
		if w, c := soupHeaderAt(es, i, cs, ts); w > 0 && i+w+1 < len(es) && es[i+w+1].gap <= c {
			n++
		}
	}
	return n
}

// describedLast returns the loose columns of a header of four columns at
// least whose last one tells nothing of its cells (a description), with
// more lines in cells than the header has columns: the lines a row's
// last cell may take. ok is false for any other.
func describedLast(cells, head []string) (cols []pages.Column, ok bool) {
	w := len(head)
	if w < 4 || len(cells) <= w {
		return nil, false
	}
	cols = looseColumns(head)
	if tells, _ := fitsColumn(cols[w-1], "", false); tells {
		return nil, false
	}
	return cols, true
}

// tookRest reports whether read, a reading of a row's lines and empty
// cells cells under the header head, is the one whose last cell takes
// the lines past the columns (restInLast): the readings of a row
// (lastOfBlock, lastTakesRest, stackedRow, joinRests) find it each by
// their own evidence, and it is one recovery (warnLastTakesRest).
func tookRest(cells, read, head []string) bool {
	return len(cells) > len(head) && slices.Equal(read, restInLast(cells, len(head)))
}

// warnLastTakesRest says, once whichever reading found it (tookRest),
// that a row's last cell takes the lines after its first: the row's
// lines row, its cells cells (each blank line among them an empty one),
// more than the columns of head. It names the row's field, its line,
// and the lines the cell runs over.
func warnLastTakesRest(src pages.Source, row []entry, cells, head []string) {
	w := len(head)
	first, last := row[0].line+1, row[len(row)-1].line+1
	from, n := first, 0
	for k, e := range row {
		if k > 0 {
			n += e.gap
		}
		if n >= w-1 {
			// The last cell's line; n past it where a gap held it,
			// empty, on a blank line.
			from = e.line + 1 - (n - (w - 1))
			break
		}
		n++
	}
	blanks := ""
	if len(cells) > len(row) {
		blanks = ", each blank line among them an empty cell,"
	}
	src.Report.Warn(pages.At(src.Name, first), "lines %d-%d%s hold %d cells for a row of %d columns, the row of %s at line %d: its first %d each fit their columns, %s, and its %s, at line %d, goes on over the lines after it to line %d, as a line break or a wrap cuts a cell: read as one cell (%s)", first, last, blanks, len(cells), w, pages.Clip(cells[0]), first, w-1, strings.Join(head[:w-1], ", "), head[w-1], from, last, pages.Clip(strings.Join(restInLast(cells, w), " | ")))
}

// restInLast returns a row of w cells whose last cell is cells[w-1] with
// the lines after it joined as its rest.
func restInLast(cells []string, w int) []string {
	last := cells[w-1]
	for _, c := range cells[w:] {
		last = joinCut(last, c)
	}
	return append(append([]string(nil), cells[:w-1]...), last)
}
