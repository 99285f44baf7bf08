package parser

import "strings"

// pipeItems reads a page whose table rows are cells separated by pipes,
// with or without a leading pipe and with or without a ruler under the
// header row ("Name | Type | Mandatory | Description |"). A pipe row is a
// table header when a ruler follows it or when every one of its cells
// names a column; the pipe rows after it are its rows, up to the first
// line that is not one.
func pipeItems(lines []string) []item {
	var items []item
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		if !isPipeHeader(lines, i) {
			items = append(items, item{line: i + 1, text: stripHeading(t)})
			continue
		}
		head, _ := pipeCells(t)
		cols, _ := columnsOf(head)
		tb := &table{line: i + 1, header: head, cols: cols}
		j := i + 1
		if j < len(lines) && isPipeRuler(lines[j]) {
			j++
		}
		for ; j < len(lines); j++ {
			r := strings.TrimSpace(lines[j])
			cells, ok := pipeCells(r)
			if !ok || isPipeRuler(r) || isPipeHeader(lines, j) {
				break
			}
			tb.rows = append(tb.rows, &row{line: j + 1, raw: r, cells: cells})
		}
		items = append(items, item{line: i + 1, table: tb})
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
	cells := splitPipes(line)
	return cells, len(cells) >= 2
}

// isPipeHeader reports whether line i is a table's header row: a pipe row
// followed by a ruler, or whose every cell names a column (at least two).
func isPipeHeader(lines []string, i int) bool {
	t := strings.TrimSpace(lines[i])
	cells, ok := pipeCells(t)
	if !ok || isPipeRuler(t) {
		return false
	}
	if i+1 < len(lines) && isPipeRuler(lines[i+1]) {
		return true
	}
	known := 0
	for _, c := range cells {
		switch {
		case columnWords[strings.ToLower(c)] != colOther:
			known++
		case c != "":
			return false
		}
	}
	return known >= 2
}
