// Package sheet reads pages a spreadsheet wrote as delimited text: a page
// pasted into a sheet, a cell per table cell and every other line in the
// first column, or a page kept as a sheet, then downloaded as CSV or saved
// as tab-delimited text. Its rows are as RFC 4180 writes them (cells
// separated by a comma, a tab or a semicolon, quoted where they hold one,
// a quote or a line break), each padded with empty cells to the width of
// the sheet, or not padded, as some tools write them.
package sheet

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// read reads a page of a spreadsheet's rows into blocks, as the page was
// before the sheet held it. The empty cells that pad a row go, and the
// columns that every row leaves empty before its first cell (leadOf); a
// row a hard wrap cut is mended (unwrap). A row of one cell is a line of
// text (a heading, a paragraph, a line of an example), a line of it each
// where the cell holds line breaks, at its page line; a blank row sets
// blocks apart, as a blank line does. Rows of
// several cells one after the other are a table: a row whose every cell
// that is not empty names a column (pages.ColumnOf) is its header, and
// starts another table after rows; rows without one are a table whose
// header pages.Read tells. Of rows a tool wrote without padding, where
// the page's other lines are as it wrote them, a line of several cells
// outside a table starts one only where its cells name columns
// (namesColumnsOf), the line under it is a row of as many cells, or it
// has as many as the last table's header (the rest of a table a page
// break or a line of text cut): else it is a line of text as written,
// prose or an example's JSON whose commas are no separators; a row of
// fewer cells than its table's header is read as written, with a warning
// (a cell of it may be lost). Of such rows, the line a tool prints
// before each table (isTableMark) is the table's chrome, dropped, and a
// member of an example's JSON that opens its line with its key
// (isMember) is a line of text. A line of text is read
// as in every style (pages.StripHeading: a heading's marks go). A cell that holds line breaks in a table is a
// cell of one line, its lines set apart by spaces, as a line break of a
// cell reads in every style. A row whose one cell stands past the first
// column is a row of the table it stands in, and a line of text outside
// one.
func read(src pages.Source) []pages.Block {
	sep, width, ok := sheetSeparator(src.Lines)
	if !ok {
		return nil
	}
	var out []pages.Block
	lead := leadOf(src.Lines, sep)
	var tb *pages.Table // the table the rows go to, if one is open
	// lastWidth is the number of cells of the header, or of the first
	// row, of the last table read.
	lastWidth := 0
	// last is the last row read, and lastEnd the index of its last line.
	var last *pages.Row
	lastEnd := -1
	for i := 0; i < len(src.Lines); i++ {
		if strings.TrimSpace(src.Lines[i]) == "" {
			tb = nil
			continue
		}
		if width == 0 && isTableMark(src.Lines[i]) {
			tb = nil
			continue
		}
		if width == 0 && isMember(src.Lines[i]) {
			tb = nil
			out = appendText(out, i+1, src.Lines[i:i+1])
			continue
		}
		r := pages.ReadRecord(src.Lines, i, sep)
		if width > 0 && len(r.Cells) == 1 && !r.Unclosed && wrapsRow(last, lastEnd, i, width-lead) {
			c := len(last.Cells) - 1
			last.Cells[c] += " " + strings.Join(strings.Fields(r.Cells[0]), " ")
			last.Raw += "\n" + strings.Join(src.Lines[i:r.End+1], "\n")
			src.Report.Warn(pages.At(src.Name, i+1), "line %d has no %s, right under the row at line %d, which has the sheet's %d cells: read as the rest of its last cell, which a hard wrap cut", i+1, sepName(sep), last.Line, width)
			lastEnd, i = r.End, r.End
			continue
		}
		if width == 0 && len(r.Cells) == 1 && !r.Unclosed && cutAfterSeparator(tb, last, lastEnd, i, lastWidth, src.Lines, sep) {
			c := len(last.Cells) - 1
			last.Cells[c] += string(sep) + " " + strings.Join(strings.Fields(r.Cells[0]), " ")
			last.Raw += "\n" + src.Lines[i]
			src.Report.Warn(pages.At(src.Name, i+1), "line %d has no %s, right under the row at line %d, which ends in one past the %d columns of its table: read as the rest of its last cell, which a line break cut after that %s", i+1, sepName(sep), last.Line, lastWidth, sepName(sep))
			lastEnd = i
			continue
		}
		if width > 0 && len(r.Cells) != width && !r.Unclosed {
			r = unwrap(src, r, i, sep, width)
		}
		switch {
		case r.Unclosed:
			src.Report.Warn(pages.At(src.Name, i+1), "line %d opens a quoted cell (\") that no line up to line %d closes: read as its line is written, quote and all", i+1, min(i+pages.MaxRecordLines, len(src.Lines)))
		case r.Stray:
			src.Report.Warn(pages.At(src.Name, i+1), "line %d holds a quote inside a quoted cell that is neither doubled nor closes the cell: read as a quote of the cell's text", i+1)
		}
		cells := padless(r.Cells[min(lead, len(r.Cells)):])
		if noteRow(tb, width, cells, len(r.Cells)-lead, lastWidth) {
			cells = r.Cells[lead:]
		}
		line, raw := i+1, strings.Join(src.Lines[i:r.End+1], "\n")
		i = r.End
		switch {
		case len(cells) == 0:
			tb = nil
		case width == 0 && tb == nil && len(r.Cells) > 1 && !opensRows(src.Lines, line-1, i+1, sep, cells, lastWidth):
			out = appendText(out, line, src.Lines[line-1:i+1])
		case len(cells) == 1 || tb == nil && filled(cells) == 1:
			tb = nil
			out = appendText(out, line, strings.Split(strings.Join(cells, ""), "\n"))
		default:
			for k, c := range cells {
				cells[k] = strings.Join(strings.Fields(c), " ")
			}
			if isHeader(cells) && (tb == nil || len(tb.Rows) > 0) {
				lastWidth = len(cells)
				tb = &pages.Table{Line: line, Header: cells}
				tb.Cols, _ = pages.ColumnsOf(cells)
				out = append(out, pages.Block{Line: line, Table: tb})
				continue
			}
			if tb == nil {
				lastWidth = len(cells)
				tb = &pages.Table{Line: line}
				out = append(out, pages.Block{Line: line, Table: tb})
			}
			if n := len(r.Cells) - lead; width == 0 && n < len(tb.Header) {
				src.Report.Warn(pages.At(src.Name, line), "line %d holds %d cells, and the header of its table at line %d %d: a cell of the row may be lost, and which cannot be told; read as written, its last cells empty", line, n, tb.Line, len(tb.Header))
			}
			last, lastEnd = &pages.Row{Line: line, Raw: raw, Cells: cells}, i
			tb.Rows = append(tb.Rows, last)
		}
	}
	for _, b := range out {
		if b.Table == nil {
			continue
		}
		if width == 0 {
			b.Table.Unquoted = sep
		}
		fill(b.Table)
	}
	return out
}

// noteRow reports whether a row of one cell, of n cells written, of a
// sheet without padding, is a row of the open table tb: the tool wrote
// it with the empty cells after its first that make up the cols columns
// of the table's header or first row, as it writes a cell that spans the
// table's columns (a note over the rows below it, "The fields below are
// optional.,,,"), where a line of text it writes has one cell alone.
func noteRow(tb *pages.Table, width int, cells []string, n, cols int) bool {
	return width == 0 && tb != nil && len(cells) == 1 && cols > 1 && n == cols
}

// opensRows reports whether a line of cells, written without padding
// outside a table, from line from on, the line after it next, is a row
// of a table: its cells
// name columns (namesColumnsOf), or, where it opens with no brace or
// bracket (a line of an example's JSON), the line under it is a row of
// as many cells, two at least, or it has the lastWidth cells of the
// last table's header, or more with a first cell of one word (a name:
// a row whose free text holds the separator, after a line of text cut
// its table; a sentence's first comma comes after words).
func opensRows(lines []string, from, next int, sep byte, cells []string, lastWidth int) bool {
	if len(cells) < 2 {
		return false
	}
	if namesColumnsOf(cells) {
		return true
	}
	if t := strings.TrimSpace(lines[from]); strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[") {
		return false
	}
	return len(cells) == lastWidth || lastWidth > 1 && len(cells) > lastWidth && !strings.ContainsAny(strings.TrimSpace(cells[0]), " \t") || nextOfWidth(lines, next, sep, len(cells))
}

// nextOfWidth reports whether the line at i, read as a row, has n cells
// but for the empty cells after its last.
func nextOfWidth(lines []string, i int, sep byte, n int) bool {
	if i >= len(lines) || strings.TrimSpace(lines[i]) == "" {
		return false
	}
	r := pages.ReadRecord(lines, i, sep)
	return !r.Unclosed && len(padless(r.Cells)) == n
}

// appendText appends the lines of text from page line on to out, a
// block each but for blank ones, each read as a line of text in every
// style is (pages.StripHeading: a heading's marks are no part of its
// title).
func appendText(out []pages.Block, line int, lines []string) []pages.Block {
	for k, l := range lines {
		if t := strings.TrimSpace(l); t != "" {
			out = append(out, pages.Block{Line: line + k, Text: pages.StripHeading(t)})
		}
	}
	return out
}

// namesColumnsOf reports whether a row's cells name the columns of a
// table, as a header's do in every style (pages.ColumnsOf,
// pages.NamesColumns) or in a sheet (isHeader).
func namesColumnsOf(cells []string) bool {
	if _, ok := pages.ColumnsOf(cells); ok {
		return true
	}
	return pages.NamesColumns(cells) || isHeader(cells)
}

// maxWrapLines bounds the lines a row cut by hard wraps spans.
const maxWrapLines = 5

// unwrap mends a row at line i of a sheet padded to width cells that has
// other cells, as a hard wrap leaves it: a line broken at a space inside
// a cell that is not quoted goes on at the next line, whose cells are
// the rest of the row. The row and the lines after it whose cells make
// up the sheet's width, the cell broken joined by a space, are one row;
// a line of one cell after a row of the sheet's width is the rest of
// that row's last cell (read, wrapsRow). Each is read so with a warning;
// a row that nothing makes whole is read as it is written, with a
// warning.
func unwrap(src pages.Source, r pages.Record, i int, sep byte, width int) pages.Record {
	cells := r.Cells
	end := r.End
	for end+1 < len(src.Lines) && end-i < maxWrapLines && len(cells) < width {
		next := pages.ReadRecord(src.Lines, end+1, sep)
		if next.Unclosed || strings.TrimSpace(src.Lines[end+1]) == "" || len(cells)+len(next.Cells)-1 > width {
			break
		}
		cells = append(append(cells[:len(cells)-1:len(cells)-1], strings.TrimSpace(cells[len(cells)-1])+" "+strings.TrimSpace(next.Cells[0])), next.Cells[1:]...)
		end = next.End
	}
	if len(cells) == width {
		src.Report.Warn(pages.At(src.Name, i+1), "line %d holds %d cells of the sheet's %d, and the lines up to line %d the rest: read as one row, which a hard wrap cut inside a cell", i+1, len(r.Cells), width, end+1)
		return pages.Record{Cells: cells, Quoted: make([]bool, width), End: end}
	}
	src.Report.Warn(pages.At(src.Name, i+1), "line %d holds %d cells, and the sheet's rows %d: read as it is written", i+1, len(r.Cells), width)
	return r
}

// leadOf counts the columns a sheet leaves empty before its first that
// holds a cell, in every row (a page pasted from column B on): they are
// no part of the page.
func leadOf(lines []string, sep byte) int {
	lead := -1
	for i := 0; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		r := pages.ReadRecord(lines, i, sep)
		i = r.End
		for k, c := range r.Cells {
			if strings.TrimSpace(c) != "" {
				if lead < 0 || k < lead {
					lead = k
				}
				break
			}
		}
		if lead == 0 {
			break
		}
	}
	return max(lead, 0)
}

// cutAfterSeparator reports whether a line i of one cell, of a sheet
// without padding, is the rest of the last row read, last, of table tb:
// that row stands on the line right before, alone, and ends with the
// separator past the cols columns of its table, its header's or its
// first row's, an empty cell not quoted after it (a cell's text that
// held the separator before a line break, which its tool wrote with no
// quotes).
func cutAfterSeparator(tb *pages.Table, last *pages.Row, lastEnd, i, cols int, lines []string, sep byte) bool {
	if tb == nil || last == nil || lastEnd != i-1 || last.Line != i || cols == 0 || strings.TrimSpace(lines[i]) == "" {
		return false
	}
	r := pages.ReadRecord(lines, lastEnd, sep)
	return r.End == lastEnd && len(r.Cells) > cols && strings.TrimSpace(r.Cells[len(r.Cells)-1]) == "" && !r.Quoted[len(r.Cells)-1]
}

// wrapsRow reports whether a line i of one cell may be the rest of the
// last row read, last, cut by a hard wrap: that row ends on the line
// right before, and fills the sheet's width, its last cell too.
func wrapsRow(last *pages.Row, lastEnd, i, width int) bool {
	return last != nil && lastEnd == i-1 && len(last.Cells) == width
}

// sepName names a separator in a message.
func sepName(sep byte) string {
	switch sep {
	case '\t':
		return "tab"
	case ';':
		return "semicolon"
	}
	return "comma"
}

// padless returns a row's cells without the empty cells after its last
// that is not empty, which pad it to the sheet's width.
func padless(cells []string) []string {
	n := len(cells)
	for n > 0 && strings.TrimSpace(cells[n-1]) == "" {
		n--
	}
	return cells[:n]
}

// fill gives every row of a table as many cells as its widest row or its
// header has: the empty cells a row ends with went with the padding. A
// table of rows without padding (Unquoted) has as many columns as its
// header, or its first row where it has none: a row wider than that
// holds a separator in a cell's text, which pages.Read tells.
func fill(t *pages.Table) {
	width := len(t.Header)
	for k, r := range t.Rows {
		if t.Unquoted == 0 || width == 0 && k == 0 {
			width = max(width, len(r.Cells))
		}
	}
	for _, r := range t.Rows {
		for len(r.Cells) < width {
			r.Cells = append(r.Cells, "")
		}
	}
}

// isHeader reports whether a row is a table's header: two of its cells
// at least name columns, and every other is empty.
func isHeader(cells []string) bool {
	known := 0
	for _, c := range cells {
		switch {
		case pages.ColumnOf(c) != pages.ColOther:
			known++
		case c != "":
			return false
		}
	}
	return known >= 2
}
