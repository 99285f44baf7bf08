package snipsnap

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// splitRow splits a row at its pipes into its cells' texts, rendered: a
// pipe inside a macro ("{link:text|url}") is the macro's.
func splitRow(t string) []string {
	var cells []string
	start := 0
	for i := 0; i < len(t); {
		if end := pages.ProtectedEnd(t, i, macros); end > 0 {
			i = end
			continue
		}
		if t[i] == '|' {
			cells = append(cells, cellText(t[start:i]))
			start = i + 1
		}
		i++
	}
	return append(cells, cellText(t[start:]))
}

// cellText is the text a cell's markup shows (rendered), its lines (a
// line break in it, "\\") joined by spaces (pages.RenderedCell).
func cellText(c string) string {
	return pages.RenderedCell(rendered(strings.TrimSpace(c)))
}

// readTable reads the table whose "{table}" opens line i, and returns
// its blocks with the index of the line that closes it. Each line up to
// the closing "{table}" that holds text is a row; the first is the
// table's header when its cells name columns, else pages.Read decides.
// A table that nothing closes runs up to a heading or a blank line, with
// a warning. A row with fewer cells than the header is kept as it is: a
// cell that spanned rows lost (HTML's rowspan, which the converter
// drops) is for the reading of the table to recover or refuse.
func readTable(src pages.Source, i int) ([]pages.Block, int) {
	lines := src.Lines
	tb := &pages.Table{}
	end := len(lines)
	for j := i + 1; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		if t == tableMark {
			end = j
			break
		}
		if _, ok := heading(t); ok || t == "" {
			src.Report.Warn(pages.At(src.Name, i+1), "the table at line %d is never closed (%q): read lines %d-%d as its rows, up to the heading or blank line at line %d", i+1, tableMark, i+2, j, j+1)
			end = j - 1
			break
		}
		cells := splitRow(t)
		if tb.Line == 0 {
			tb.Line = j + 1
			if pages.CellsNameColumns(cells) {
				tb.Header = cells
				tb.Cols, _ = pages.ColumnsOf(cells)
				continue
			}
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: j + 1, Raw: t, Cells: cells})
	}
	if end == len(lines) {
		src.Report.Warn(pages.At(src.Name, i+1), "the table at line %d is never closed (%q): read the lines to the page's end as its rows", i+1, tableMark)
		end = len(lines) - 1
	}
	if tb.Line == 0 {
		return nil, end
	}
	return []pages.Block{{Line: tb.Line, Table: tb}}, end
}
