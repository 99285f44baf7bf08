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
// line that is not one. A row whose text wraps is joined: in a table whose
// header ends with a pipe, the lines up to the one that closes the row,
// if one closes it soon (pages.RowWraps; else it lost its closing pipe,
// and is read as it is with a warning); in one without, a line without
// pipes between two rows (with a warning).
func pipeItems(src pages.Source) []pages.Block {
	lines := src.Lines
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
		closed := pages.ClosesRow(t)
		var last *pages.Row
		open := false // the last row waits for its closing pipe
		j := i + 1
		if j < len(lines) && pages.IsPipeRuler(lines[j]) {
			j++
		}
		for ; j < len(lines); j++ {
			r := strings.TrimSpace(lines[j])
			if r == "" || pages.IsPipeRuler(r) || isPipeHeader(lines, j) {
				break
			}
			if last != nil && r == "|" && !open {
				last.Raw += "\n" + r // a second closing pipe, on a line of its own
				continue
			}
			if last != nil && (open || !closed && !strings.Contains(r, "|") && nextIsRow(lines, j+1)) {
				if !open {
					src.Report.Warn(pages.At(src.Name, j+1), "line %d has no pipe, between two rows of the table at line %d: read as the text of the row at line %d", j+1, i+1, last.Line)
				}
				last.Raw += "\n" + r
				last.Cells = pages.SplitPipes(strings.ReplaceAll(last.Raw, "\n", " "))
				open = closed && !pages.ClosesRow(r)
				continue
			}
			cells, ok := pipeCells(r)
			if !ok {
				break
			}
			last = &pages.Row{Line: j + 1, Raw: r, Cells: cells}
			tb.Rows = append(tb.Rows, last)
			open = closed && !pages.ClosesRow(r) && wraps(src, j, len(head))
		}
		items = append(items, pages.Block{Line: i + 1, Table: tb})
		i = j - 1
	}
	return items
}

// wraps reports whether the row at line j of a table of width columns,
// which does not close with a pipe, goes on at the next lines
// (pages.RowWraps): a line of the table's cells whose first is a name, or
// a header, starts a row or a table of its own.
func wraps(src pages.Source, j, width int) bool {
	return pages.RowWraps(src, j, func(k int) bool { return pages.StartsRow(src.Lines[k], width) || isPipeHeader(src.Lines, k) })
}

// nextIsRow reports whether line j is a row of pipes.
func nextIsRow(lines []string, j int) bool {
	if j >= len(lines) {
		return false
	}
	r := strings.TrimSpace(lines[j])
	_, ok := pipeCells(r)
	return ok && !pages.IsPipeRuler(r) && !isPipeHeader(lines, j)
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
