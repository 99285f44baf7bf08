package bbcode

import (
	"regexp"
	"strings"
)

// cellTagRe matches a tag of a table's structure: [table], [tr], [td],
// [th] (with an attribute or not) and their end tags.
var cellTagRe = regexp.MustCompile(`(?i)\[(/?)(table|tr|td|th)(?:=[^\]]*)?\]`)

// tableRow is a row of a [table]: its page line (that of its [tr]), its
// cells, and whether each is a header cell ([th]).
type tableRow struct {
	line  int
	cells []string
	heads int
}

// table reads the [table] that opens line index i up to the line of its
// [/table] (the page's end when none closes it) into a table of pipes:
// a row a line at the line of its [tr], a cell's lines joined; its
// first row its header where its cells are all [th], else a header of
// empty cells at the [table]'s line (which pages.Read reads as a table
// without a header row). The text outside the rows is a line of its own
// after them. It returns the index of the last line read.
func (m *marked) table(lines []string, i int) int {
	var rows []*tableRow
	var row *tableRow
	var cell *strings.Builder
	var outside []string
	end := len(lines) - 1
	closeCell := func() {
		if row != nil && cell != nil {
			row.cells = append(row.cells, strings.TrimSpace(cell.String()))
		}
		cell = nil
	}
scan:
	for j := i; j < len(lines); j++ {
		l := lines[j]
		pos := 0
		text := func(s string) {
			if cell != nil {
				cell.WriteString(" " + s)
			} else if s = strings.TrimSpace(s); s != "" {
				outside = append(outside, s)
			}
		}
		for _, loc := range cellTagRe.FindAllStringSubmatchIndex(l, -1) {
			text(l[pos:loc[0]])
			pos = loc[1]
			closing, name := loc[3] > loc[2], strings.ToLower(l[loc[4]:loc[5]])
			switch {
			case name == "table" && closing:
				closeCell()
				end = j
				break scan
			case name == "tr" && !closing:
				closeCell()
				row = &tableRow{line: j + 1}
				rows = append(rows, row)
			case name == "tr":
				closeCell()
				row = nil
			case (name == "td" || name == "th") && !closing:
				closeCell()
				if row == nil {
					row = &tableRow{line: j + 1}
					rows = append(rows, row)
				}
				cell = &strings.Builder{}
				if name == "th" {
					row.heads++
				}
			case name == "td" || name == "th":
				closeCell()
			}
		}
		text(l[pos:])
	}
	closeCell()
	m.pipeRows(i+1, rows)
	for _, s := range outside {
		m.add(end+1, m.inline(end+1, s))
	}
	return end
}

// pipeRows writes the rows of a [table] at line n as a table of pipes.
func (m *marked) pipeRows(n int, rows []*tableRow) {
	width := 0
	for _, r := range rows {
		width = max(width, len(r.cells))
	}
	if width == 0 {
		return
	}
	if r := rows[0]; r.heads == len(r.cells) {
		m.add(r.line, m.pipeRow(r.line, r.cells, width))
		n, rows = r.line, rows[1:]
	} else {
		m.add(n, m.pipeRow(n, nil, width))
	}
	m.add(n, "|"+strings.Repeat(" --- |", width))
	for _, r := range rows {
		m.add(r.line, m.pipeRow(r.line, r.cells, width))
	}
}

// pipeRow writes the cells of a row at line n as a row of pipes of width
// cells, each cell's markup read and its pipes escaped, empty cells
// after them up to the width.
func (m *marked) pipeRow(n int, cells []string, width int) string {
	var b strings.Builder
	b.WriteString("|")
	for k := range width {
		c := ""
		if k < len(cells) {
			c = strings.ReplaceAll(m.inline(n, cells[k]), "|", `\|`)
		}
		b.WriteString(" " + c + " |")
	}
	return b.String()
}
