package pages

import (
	"fmt"
	"strings"
	"unicode"
)

// A converter that prints a word processor's document as text (catdoc
// of a .doc) prints a table's row as one paragraph: its cells set apart
// by tabs, wrapped at a fixed column onto lines without a tab, and a
// blank line after it, as after every paragraph. An empty cell is no tab
// of the row's line: an empty last cell's tab starts the next row's line
// ("\tContent-Type\ttrue\tapplication/json"), and an empty cell before
// the last ends the row's line there, the cells after it a paragraph of
// their own after a blank line ("note\tstring", then "A line kept …").
// joinParagraphRows reads such a table as rows of lines, one line a row,
// for every style.

// paragraphRow is a row of a table whose rows are paragraphs: its text,
// its cells' tabs kept, and the index of its first line.
type paragraphRow struct {
	text string
	at   int
	// full is set when a paragraph after the row, which has the table's
	// columns, was read as its last cell's second paragraph.
	full bool
}

// rowsTable is a table whose rows are paragraphs, as paragraphTable
// reads it: its header's line (-1 when it has none) and its rows, the
// lines it spans, and the rows' rests it read (restRead) or could not
// tell from text after it (restUnsure, -1 for none; unsureRow is then
// the last row without it, and unsureEnd the end of its lines).
type rowsTable struct {
	header     int
	rows       []paragraphRow
	end        int
	restRead   []int
	restUnsure int
	unsureRow  string
	unsureEnd  int
	// restOf is, for the rest of a table whose rows are paragraphs, that
	// table's width, 0 for a table of its own: the rest's rows stand
	// after a few lines of text under that table's (a note, a title that
	// cut it), with no header row of their own. above is the index of
	// that table's first line, cut that of the text before the rest.
	restOf, above, cut int
}

// joinParagraphRows reads each table of the page whose rows are
// paragraphs (paragraphTable) as its header's line and a line a row,
// with a warning a table. A paragraph after a row short of the table's
// columns is the row's rest (an empty cell, then the cells after it)
// with a warning when a row of the table follows it, or when it ends the
// table and the page's rows show their rests so elsewhere; a page that
// shows none leaves it text, with an error that names the fix.
func (t *Text) joinParagraphRows(name string, rep *Reporter) {
	var tables []rowsTable
	shown := false
	for i := 0; i < len(t.Lines); i++ {
		var before *rowsTable
		if k := len(tables); k > 0 {
			before = &tables[k-1]
		}
		tb, ok := paragraphTable(t.Lines, i, 0)
		if !ok && before != nil && isTabRow(t.Lines[i]) {
			if cut, n := textBetween(t.Lines, before.end, i); n > 0 && n <= MaxBreakLines {
				tb, ok = paragraphTable(t.Lines, i, before.width(t.Lines))
				tb.above, tb.cut = before.start(), cut
			}
		}
		if ok {
			tables = append(tables, tb)
			shown = shown || len(tb.restRead) > 0
			i = tb.end - 1
		}
	}
	for k := len(tables) - 1; k >= 0; k-- {
		tb := tables[k]
		if tb.restUnsure >= 0 && !shown {
			r := tb.rows[len(tb.rows)-1]
			rep.Fail(At(name, t.line(r.at)), "line %d is a row short of its table's columns, as catdoc prints a row with an empty cell, and the paragraph at line %d after it could be the rest of the row (the cells after the empty one) or text after the table: write the row whole on line %d, a tab for each empty cell, or, if the paragraph is text, end line %d with a tab for each empty cell", t.line(r.at), t.line(tb.restUnsure), t.line(r.at), t.line(r.at))
			tb.end = tb.unsureEnd
			tb.rows[len(tb.rows)-1].text = tb.unsureRow
		} else if tb.restUnsure >= 0 {
			tb.restRead = append(tb.restRead, len(tb.rows)-1)
		}
		t.replaceParagraphRows(name, rep, tb)
	}
}

// replaceParagraphRows puts a table's rows in the place of its lines,
// with a warning of the table, and one of each row whose rest it read.
func (t *Text) replaceParagraphRows(name string, rep *Reporter, tb rowsTable) {
	start := tb.start()
	first, last := t.line(start), t.line(tb.end-1)
	for _, k := range tb.restRead {
		r := tb.rows[k]
		if r.full {
			rep.Warn(At(name, t.line(r.at)), "the row at line %d has its table's columns and a paragraph without a tab follows it, then another row: read as its last cell's second paragraph, as catdoc prints a line break in a cell", t.line(r.at))
			continue
		}
		rep.Warn(At(name, t.line(r.at)), "the row at line %d is short of its table's columns and a paragraph without a tab follows it: read as the row's rest, the cells after an empty one, as catdoc prints a row with an empty cell", t.line(r.at))
	}
	lines := make([]string, 0, len(tb.rows)+1)
	ats := make([]int, 0, len(tb.rows)+1)
	if tb.header >= 0 {
		lines, ats = append(lines, strings.TrimSpace(t.Lines[tb.header])), append(ats, t.line(tb.header))
	}
	for _, r := range tb.rows {
		lines, ats = append(lines, r.text), append(ats, t.line(r.at))
	}
	if tb.restOf > 0 {
		rows := fmt.Sprintf("lines %d to %d are %d rows", first, last, len(tb.rows))
		if len(tb.rows) == 1 {
			rows = fmt.Sprintf("line %d is a row", first)
		}
		rep.Warn(At(name, first), "%s of cells set apart by tabs, with no header row, as the table's at line %d, whose rows are paragraphs, and the text at line %d stands between them, as a note or a title that cut the table: read as a table's rows, each one line, for the page's protocol to tell whether they are that table's rest", rows, t.line(tb.above), t.line(tb.cut))
	} else {
		rep.Warn(At(name, first), "lines %d to %d are a table whose rows are paragraphs, as catdoc prints a word processor's table (cells set apart by tabs, rows by blank lines, a row wrapped onto lines without a tab): read as %d rows, each one line", first, last, len(tb.rows))
	}
	t.drop(start, tb.end)
	t.Lines = append(t.Lines[:start], append(lines, t.Lines[start:]...)...)
	t.At = append(t.At[:start], append(ats, t.At[start:]...)...)
}

// paragraphTable reads the table whose rows are paragraphs that starts at
// line i, if one does: a line of cells set apart by tabs, a blank line
// after it, then another such line; its header when its cells name
// columns (ColumnsOf), else after a blank line (or at the page's start). Its
// rows are the paragraphs after it, each a line with a tab and the lines
// without one under it, up to a paragraph that is neither a row of as
// many cells as the table's columns or fewer nor a short row's rest.
// With restOf, the width of a table of such rows a few lines of text
// above line i, it reads the rows at line i as that table's rest: one
// row is a rest, with no header and no blank line before it, each row
// of restOf cells or fewer.
func paragraphTable(lines []string, i, restOf int) (rowsTable, bool) {
	tb := rowsTable{header: -1, restUnsure: -1}
	cols := 0
	if restOf > 0 {
		if !isTabRow(lines[i]) || tabHeader(lines[i]) {
			return tb, false
		}
		cols, tb.restOf = restOf, restOf
	} else {
		// isTabRow first: tabHeader asks ColumnsOf of every cell, and
		// this runs on every line of every page.
		if !isTabRow(lines[i]) || i > 0 && strings.TrimSpace(lines[i-1]) != "" && !tabHeader(lines[i]) || i+2 >= len(lines) || strings.TrimSpace(lines[i+1]) != "" {
			return tb, false
		}
		if j := nextFilled(lines, i+1); j == len(lines) || !isTabRow(lines[j]) {
			return tb, false
		}
		if tabHeader(lines[i]) && !strings.HasPrefix(lines[i], "\t") {
			tb.header = i
			cols = len(tabCells(strings.TrimSpace(lines[i])))
			i = nextFilled(lines, i+1)
		}
	}
	for i < len(lines) {
		end := paragraphEnd(lines, i)
		text := paragraphText(lines[i:end])
		switch {
		case isTabRow(lines[i]):
			lead := strings.HasPrefix(text, "\t") && (len(tb.rows) == 0 || tb.header < 0 || len(tabCells(tb.rows[len(tb.rows)-1].text)) < cols)
			if lead {
				// The tab of the row before's empty last cell.
				text = text[1:]
			}
			n := len(tabCells(text))
			if n < 2 || (tb.header >= 0 || restOf > 0) && n > cols {
				return tb.ended(i)
			}
			if k := len(tb.rows); lead && k > 0 && tb.header >= 0 {
				tb.rows[k-1].text += "\t"
			}
			if tb.header < 0 {
				cols = max(cols, n)
			}
			tb.rows = append(tb.rows, paragraphRow{text: text, at: i})
		case len(tb.rows) > 0 && !titleLike(lines[i:end]):
			r := &tb.rows[len(tb.rows)-1]
			next := nextFilled(lines, end)
			rowAfter := next < len(lines) && isTabRow(lines[next]) && !strings.HasPrefix(lines[next], "\t") && !tabHeader(lines[next])
			short := len(tabCells(r.text)) < cols
			if !rowAfter && !short {
				return tb.ended(i)
			}
			if !rowAfter {
				tb.restUnsure, tb.unsureRow, tb.unsureEnd = i, r.text, tb.end
				tb.end = end
				r.text = withRest(r.text, text, cols)
				return tb.ended(end)
			}
			r.text, r.full = withRest(r.text, text, cols), !short
			tb.restRead = append(tb.restRead, len(tb.rows)-1)
		default:
			return tb.ended(i)
		}
		tb.end = end
		i = nextFilled(lines, end)
	}
	return tb.ended(len(lines))
}

// ended is the table read up to its last row's paragraph, and whether it
// is one: it has two rows, or a header and a row.
func (tb rowsTable) ended(i int) (rowsTable, bool) {
	n := len(tb.rows)
	if tb.header >= 0 {
		n++
	}
	return tb, n >= 2 || tb.restOf > 0 && n == 1
}

// start is the index of a table's first line: its header's, or its
// first row's.
func (tb rowsTable) start() int {
	if tb.header >= 0 {
		return tb.header
	}
	return tb.rows[0].at
}

// width is the most cells a table's header, among lines, or one of its
// rows has.
func (tb rowsTable) width(lines []string) int {
	n := 0
	if tb.header >= 0 {
		n = len(tabCells(strings.TrimSpace(lines[tb.header])))
	}
	for _, r := range tb.rows {
		n = max(n, len(tabCells(r.text)))
	}
	return n
}

// textBetween is the index of the first filled line from line from to
// line to (not included), and how many filled lines stand there.
func textBetween(lines []string, from, to int) (first, n int) {
	first = -1
	for j := from; j < to; j++ {
		if strings.TrimSpace(lines[j]) == "" {
			continue
		}
		if first < 0 {
			first = j
		}
		n++
	}
	return first, n
}

// withRest is row text with a paragraph of its rest: the row's empty
// cells, to as many as cols less the rest's, then the rest's cells.
func withRest(row, rest string, cols int) string {
	n := len(tabCells(row))
	if n >= cols {
		return row + " " + rest
	}
	empty := max(cols-n-len(tabCells(rest)), 0)
	return row + strings.Repeat("\t", empty+1) + rest
}

// paragraphEnd is the index of the blank line that ends the paragraph at
// line i, or len(lines).
func paragraphEnd(lines []string, i int) int {
	j := i + 1
	for j < len(lines) && strings.TrimSpace(lines[j]) != "" && !strings.Contains(lines[j], "\t") {
		j++
	}
	return j
}

// paragraphText is a paragraph's lines as one: a wrap's lines joined by a
// space, each line's spaces at its ends dropped (a tab at the first's
// start kept).
func paragraphText(lines []string) string {
	parts := make([]string, len(lines))
	for k, l := range lines {
		parts[k] = strings.Trim(l, " ")
		if k > 0 {
			parts[k] = strings.TrimSpace(l)
		}
	}
	return strings.TrimRight(strings.Join(parts, " "), " ")
}

// isTabRow reports whether a line is a row as a word processor's text
// prints it: cells set apart by one tab each, with no space beside a tab
// and none before the first cell, which one tab may open (the row
// before's empty last cell). Tabs in runs, or with spaces, align columns
// (a manual page, a terminal's print), which no paragraph of cells does;
// a control character other than the tab is no text of a cell (a binary
// file's bytes). A line whose last tab sets an attribute list apart
// ("## Method\t{#id-Method}", as html2wiki writes a heading's anchor as
// pandoc's header attributes) is a heading and its markup, no row.
func isTabRow(l string) bool {
	return strings.Contains(l, "\t") && !strings.Contains(l, "\t\t") && !strings.Contains(l, " \t") && !strings.Contains(l, "\t ") && !strings.HasPrefix(l, " ") &&
		!strings.ContainsFunc(l, func(r rune) bool { return r != '\t' && unicode.IsControl(r) }) &&
		!(strings.HasSuffix(l, "}") && IsAttributeList(l[strings.LastIndexByte(l, '\t')+1:]))
}

// tabCells are a row's cells, set apart by tabs.
func tabCells(text string) []string {
	return strings.Split(text, "\t")
}

// titleLike reports whether a paragraph reads as a title, not a cell's
// text: one line of a few words that ends no sentence and no bound.
func titleLike(lines []string) bool {
	t := strings.TrimSpace(lines[0])
	return len(lines) == 1 && len(strings.Fields(t)) <= maxRowTitleWords && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ")") && !strings.Contains(t, ". ") && !strings.Contains(t, ", ") && !strings.Contains(t, "; ")
}

// tabHeader reports whether a line's cells, set apart by tabs, name
// a table's columns (ColumnsOf): a header, which starts a table.
func tabHeader(l string) bool {
	_, ok := ColumnsOf(tabCells(strings.TrimSpace(l)))
	return ok
}

// maxRowTitleWords bounds the words of a title among a table's rows.
const maxRowTitleWords = 6
