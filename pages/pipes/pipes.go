// Package pipes reads pipe-separated pages: cell | cell rows, with or
// without a leading pipe and a ruler under the header.
package pipes

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// pipeItems reads a page whose table rows are cells separated by pipes,
// with or without a leading pipe and with or without a ruler under the
// header row ("Name | Type | Mandatory | Description |"). A pipe row is a
// table header when a ruler follows it or when every one of its cells
// names a column; the pipe rows after it are its rows, up to the first
// line that is not one.
func pipeItems(lines []string) []pages.Block {
	var items []pages.Block
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		if !isPipeHeader(lines, i) {
			items = append(items, pages.Block{Line: i + 1, Text: pages.StripHeading(t)})
			continue
		}
		head, _ := pipeCells(t)
		cols, _ := pages.ColumnsOf(head)
		tb := &pages.Table{Line: i + 1, Header: head, Cols: cols}
		j := i + 1
		if j < len(lines) && pages.IsPipeRuler(lines[j]) {
			j++
		}
		for ; j < len(lines); j++ {
			r := strings.TrimSpace(lines[j])
			cells, ok := pipeCells(r)
			if !ok || pages.IsPipeRuler(r) || isPipeHeader(lines, j) {
				break
			}
			tb.Rows = append(tb.Rows, &pages.Row{Line: j + 1, Raw: r, Cells: cells})
		}
		items = append(items, pages.Block{Line: i + 1, Table: tb})
		i = j - 1
	}
	return items
}

// pipeCells splits a pipe row into its cells; ok is false for a line that
// is not a row of at least two cells.
func pipeCells(line string) ([]string, bool) {
	if !strings.Contains(line, "|") {
		return nil, false
	}
	cells := pages.SplitPipes(line)
	return cells, len(cells) >= 2
}

// isPipeHeader reports whether line i is a table's header row: a pipe row
// followed by a ruler, or whose every cell names a column (at least two).
func isPipeHeader(lines []string, i int) bool {
	t := strings.TrimSpace(lines[i])
	cells, ok := pipeCells(t)
	if !ok || pages.IsPipeRuler(t) {
		return false
	}
	if i+1 < len(lines) && pages.IsPipeRuler(lines[i+1]) {
		return true
	}
	known := 0
	for _, c := range cells {
		switch {
		case pages.ColumnWords[strings.ToLower(c)] != pages.ColOther:
			known++
		case c != "":
			return false
		}
	}
	return known >= 2
}
