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
// warning. The table's header is its first row when that row names
// columns (PhpWiki marks no header row); else pages.Read decides. A row
// that holds more or fewer cells than the first is refused with a
// warning: html2wiki writes a cell that spans columns as one cell, which
// column a value is in cannot be told.
func readTable(src pages.Source, i int) ([]pages.Block, int) {
	lines := src.Lines
	tb := &pages.Table{Line: i + 1}
	width, end := 0, i
	for j := i; j < len(lines) && rowStart(lines[j]); j = end + 1 {
		var cells []string
		var regular bool
		cells, end, regular = readRow(lines, j)
		if !regular {
			src.Report.Warn(pages.At(src.Name, j+1), "the row at line %d of the table at line %d has a cell indented otherwise than html2wiki indents its column's (two spaces a column): each of its lines is read as its next cell", j+1, i+1)
		}
		for k, c := range cells {
			cells[k] = cellText(c)
		}
		if width == 0 {
			width = len(cells)
			if pages.CellsNameColumns(cells) {
				tb.Header = cells
				tb.Cols, _ = pages.ColumnsOf(tb.Header)
				continue
			}
		} else if len(cells) != width {
			src.Report.Warn(pages.At(src.Name, j+1), "the row at line %d of the table at line %d holds %d cells where its first row holds %d: html2wiki writes a cell that spans columns as one cell, so which column holds which value cannot be told; write the row with one cell a column, or %s", j+1, i+1, len(cells), width, pages.RowFieldsFix)
			continue
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: j + 1, Raw: strings.Join(lines[j:end+1], "\n"), Cells: cells})
	}
	return []pages.Block{{Line: tb.Line, Table: tb}}, end
}
