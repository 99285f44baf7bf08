package phpwiki

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// indent is how many spaces a line begins with.
func indent(l string) int {
	return len(l) - len(strings.TrimLeft(l, " "))
}

// goesOn reports whether a cell's line ends with " |", as html2wiki ends
// each cell of a row but its last: an empty cell but the last is its
// indentation and " |".
func goesOn(l string) bool {
	t := strings.TrimRight(l, " \t")
	return strings.HasSuffix(t, " |") || t == "|"
}

// rowStart reports whether a line may open a row of a table: its first
// cell, not indented, goes on (goesOn); an empty first cell is " |".
func rowStart(l string) bool {
	return goesOn(l) && (indent(l) == 0 || l == " |")
}

// tableStart reports whether line i opens a table: a row starts there
// (rowStart) and its second cell, text indented two spaces, is on the
// line after it.
func tableStart(lines []string, i int) bool {
	return i+1 < len(lines) && rowStart(lines[i]) && indent(lines[i+1]) == 2 && strings.TrimSpace(lines[i+1]) != ""
}

// cellLine is the markup of a cell's line: without its indentation and
// the " |" that ends a cell that is not the row's last.
func cellLine(l string) string {
	t := strings.TrimSpace(l)
	if goesOn(l) {
		t = strings.TrimSpace(strings.TrimSuffix(t, "|"))
	}
	return t
}

// readRow reads the row whose first cell is on line i, a cell a line:
// each cell whose line ends with " |" has another after it on the next
// line, the last one ends with none. A blank line after a cell that goes
// on is the row's empty last cell (html2wiki writes its indentation
// alone), as is the page's end. It returns the cells' markup, the index
// of the row's last line, and whether each cell was indented as
// html2wiki indents the cell of its column, two spaces a column before
// it (an empty cell one more, before its " |").
func readRow(lines []string, i int) ([]string, int, bool) {
	var cells []string
	regular := true
	for j := i; ; j++ {
		if j == len(lines) || strings.TrimSpace(lines[j]) == "" {
			return append(cells, ""), j - 1 + min(1, len(lines)-j), regular
		}
		l := lines[j]
		want := 2 * len(cells)
		if strings.TrimSpace(l) == "|" {
			want++
		}
		regular = regular && indent(l) == want
		cells = append(cells, cellLine(l))
		if !goesOn(l) {
			return cells, j, regular
		}
	}
}

// readTable reads the table whose first row is at line i, and returns
// its blocks with the index of its last line: the rows one after the
// other (rowStart) up to a line that opens none. A cell indented
// otherwise than its column's is read as the row's next cell, with a
// warning. Lines of text between two rows are the paragraphs of the
// last cell of the row above them (cellParagraphs), joined to it, when
// a blank line sets them apart from it as html2wiki writes a cell's
// paragraphs; right under the row (textRightUnder) they are text that
// cuts the table, read as text blocks after it, the rows after them the
// table's, with a warning, and under its last row text after it. The
// table's header is its first row when that row names columns (PhpWiki
// marks no header row); else pages.Read decides. A later row that names
// columns where the table has a header, or that is of another width
// than the first, is the header of another table right after it, which
// the page's HTML wrote with nothing between them. Another row of more
// or fewer cells than the first is read as it is, for interpretation to
// tell which cell it lost or which spans columns (html2wiki writes a
// cell that spans columns as one cell).
func readTable(src pages.Source, i int) ([]pages.Block, int) {
	lines := src.Lines
	tb := &pages.Table{Line: i + 1}
	width, end := 0, i
	var cut []pages.Block // the text that cuts the table between its rows
	for j := i; j < len(lines) && rowStart(lines[j]); {
		cells, last, regular := rowTexts(lines, j)
		if opensTable(tb, width, cells) {
			break
		}
		end = last
		if !regular {
			src.Report.Warn(pages.At(src.Name, j+1), "the row at line %d of the table at line %d has a cell indented otherwise than html2wiki indents its column's (two spaces a column): each of its lines is read as its next cell", j+1, i+1)
		}
		row := &pages.Row{Line: j + 1, Raw: strings.Join(lines[j:last+1], "\n"), Cells: cells}
		next := last + 1
		paragraphs, after := cellParagraphs(lines, next)
		rowsOn := after > next && after < len(lines) && rowStart(lines[after]) && !opensTableAt(lines, after, tb, max(width, len(cells)))
		switch {
		case rowsOn && textRightUnder(lines, next):
			src.Report.Warn(pages.At(src.Name, next+1), "line %d (%q), right under the row at line %d of the table at line %d, is text where html2wiki sets a blank line before each paragraph of a cell: read as text that cuts the table, and the rows after it as the table's", next+1, pages.Clip(strings.TrimSpace(lines[next])), j+1, i+1)
			for _, p := range paragraphs {
				cut = append(cut, p.Block)
			}
			next = after
		case rowsOn:
			joinParagraphs(row, lines[next:after], paragraphs)
			next = after
		}
		j, end = next, next-1
		if width == 0 {
			width = len(cells)
			if pages.CellsNameColumns(cells) {
				tb.Header = cells
				tb.Cols, _ = pages.ColumnsOf(tb.Header)
				continue
			}
		}
		tb.Rows = append(tb.Rows, row)
	}
	if len(tb.Rows) > 0 && textRightUnder(lines, end+1) {
		src.Report.Warn(pages.At(src.Name, end+2), "line %d (%q), right under the last row of the table at line %d with no blank line before it, is read as text after the table, as html2wiki runs text after a table on under its last row; if it is the rest of the row's last cell, which a hard wrap broke off, join it to line %d", end+2, pages.Clip(strings.TrimSpace(lines[end+1])), i+1, end+1)
	}
	if len(tb.Rows) > 0 && !textRightUnder(lines, end+1) {
		paragraphs, after := cellParagraphs(lines, end+1)
		if after < len(lines) && tableStart(lines, after) && len(paragraphs) > 0 {
			after = paragraphs[len(paragraphs)-1].Line - 1 // the next table's title
			paragraphs = paragraphs[:len(paragraphs)-1]
		}
		if len(paragraphs) > 0 && after < len(lines) {
			last := tb.Rows[len(tb.Rows)-1]
			joinParagraphs(last, lines[end+1:after], paragraphs)
			for _, p := range paragraphs {
				last.Paragraphs = append(last.Paragraphs, p.Block)
			}
			end = after - 1
		}
	}
	return append([]pages.Block{{Line: tb.Line, Table: tb}}, cut...), end
}

// textRightUnder reports whether line i, right under a row's last line,
// is text: no blank line, row, heading or code block. html2wiki writes
// a blank line before each paragraph of a cell after its first, so such
// a line is none of the cell's: text after the table (html2wiki runs the
// text after a table's end on under its last row), or a line that cuts
// the table where rows follow it.
func textRightUnder(lines []string, i int) bool {
	return i < len(lines) && strings.TrimSpace(lines[i]) != "" && !rowStart(lines[i]) && headingLevel(lines[i]) == 0 && !strings.Contains(lines[i], "<pre>")
}

// paragraph is a paragraph of a cell after its first, or an item of a
// list in it (without its mark), on a line of its own.
type paragraph struct {
	pages.Block
	item bool
}

// joinParagraphs joins the paragraphs of a row's last cell after its
// first (cellParagraphs), written on lines, to the cell, a list in them
// as pages.ListInCellFollowed reads one.
func joinParagraphs(row *pages.Row, lines []string, paragraphs []paragraph) {
	if len(paragraphs) == 0 {
		return
	}
	last := len(row.Cells) - 1
	prose := []string{row.Cells[last]}
	var items, after []string
	for _, p := range paragraphs {
		switch {
		case p.item:
			items = append(items, p.Text)
		case len(items) == 0:
			prose = append(prose, p.Text)
		default:
			after = append(after, p.Text)
		}
	}
	row.Cells[last] = pages.ListInCellFollowed(prose, items, after)
	row.Raw += "\n" + strings.Join(lines, "\n")
}

// rowTexts is readRow's row at line i with the text each cell shows.
func rowTexts(lines []string, i int) ([]string, int, bool) {
	cells, last, regular := readRow(lines, i)
	for k, c := range cells {
		cells[k] = cellText(c)
	}
	return cells, last, regular
}

// opensTableAt reports whether the row at line i opens a table after tb
// (opensTable).
func opensTableAt(lines []string, i int, tb *pages.Table, width int) bool {
	cells, _, _ := rowTexts(lines, i)
	return opensTable(tb, width, cells)
}

// opensTable reports whether a row of cells is the header of a table
// after the table tb whose first row is width cells wide (0 before it
// has one): it names columns, where tb has a header or where it is of
// another width.
func opensTable(tb *pages.Table, width int, cells []string) bool {
	return width > 0 && pages.CellsNameColumns(cells) && (tb.Header != nil || len(cells) != width)
}

// cellParagraphs reads the lines from line i up to a row's first cell, a
// heading or a code block: the text each shows, blank lines left out,
// (a list item without its mark), and the index of the line that ended
// them. Between two rows, they are
// the paragraphs and list items that the last cell of the row above
// holds after its first, which html2wiki writes on lines of their own,
// a blank line before each paragraph, without indentation.
func cellParagraphs(lines []string, i int) ([]paragraph, int) {
	var out []paragraph
	for ; i < len(lines) && !rowStart(lines[i]) && headingLevel(lines[i]) == 0 && !strings.Contains(lines[i], "<pre>"); i++ {
		t := strings.TrimSpace(lines[i])
		m := listRe.FindString(t)
		if t = cellText(t[len(m):]); t != "" {
			out = append(out, paragraph{pages.Block{Line: i + 1, Text: t}, m != ""})
		}
	}
	return out, i
}
