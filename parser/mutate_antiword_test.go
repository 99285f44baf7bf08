package parser_test

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// What antiword makes of a Word table (a page saved as .doc): each
// column padded to a fixed width, the cells between pipes, no ruler and
// no rule between rows; a cell too long for its column wraps inside it
// onto the lines under its row, the row's other cells blank there, and a
// word too long for its column is cut at its edge. The columns are as
// wide as their widest cell, but the description's, of drawnWidth
// characters, so that a header word wider than its cells is cut
// ("Requi" over "red"). A blank line sets the table apart from the text
// around it.
func init() {
	defects = append(defects, defect{"table drawn in columns of fixed width, cells wrapped inside them (antiword)", func(p *scrapedPage) []int {
		if p.style != "markdown" && p.style != "pipes" {
			return nil
		}
		var out []int
		for _, tb := range p.tables {
			h := strings.TrimSpace(p.lines[tb.header])
			if len(tb.rows) > 0 && strings.HasPrefix(h, "|") && pages.ClosesRow(h) && isASCII(strings.Join(p.lines[tb.header:tb.rows[len(tb.rows)-1]+1], "")) {
				out = append(out, tb.header)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		var end int
		for _, tb := range p.tables {
			if tb.header == at {
				end = tb.rows[len(tb.rows)-1]
			}
		}
		if at > 0 && strings.TrimSpace(lines[at-1]) == strings.TrimSpace(lines[at]) {
			at-- // the header printed twice, as the page's copy did: antiword draws one
		}
		var rows [][]string
		for i := at; i <= end; i++ {
			t := strings.TrimSpace(lines[i])
			if i > at && (rulerRe.MatchString(t) || t == strings.TrimSpace(lines[at])) {
				continue
			}
			if !strings.HasPrefix(t, "|") || !pages.ClosesRow(t) {
				return lines, at // a row this class does not redraw
			}
			rows = append(rows, pages.SplitPipes(t))
		}
		width := len(rows[0])
		widths := make([]int, width)
		for n, r := range rows {
			if len(r) != width {
				return lines, at
			}
			for k, c := range r {
				if n > 0 || len(rows) == 1 {
					widths[k] = max(widths[k], len(c), 3)
				}
			}
		}
		widths[width-1] = drawnWidth
		var drawn []string
		for _, r := range rows {
			wrapped := make([][]string, width)
			height := 1
			for k, c := range r {
				wrapped[k] = wrapInColumn(c, widths[k])
				height = max(height, len(wrapped[k]))
			}
			for n := range height {
				var b strings.Builder
				b.WriteByte('|')
				for k := range r {
					s := ""
					if n < len(wrapped[k]) {
						s = wrapped[k][n]
					}
					b.WriteString(s + strings.Repeat(" ", widths[k]-len(s)) + "|")
				}
				drawn = append(drawn, b.String())
			}
		}
		// antiword sets a table apart from the text around it by a
		// blank line.
		if at > 0 && strings.TrimSpace(lines[at-1]) != "" {
			drawn = append([]string{""}, drawn...)
			at++
		}
		if end+1 < len(lines) && strings.TrimSpace(lines[end+1]) != "" {
			drawn = append(drawn, "")
		}
		out := append(append(append([]string{}, lines[:at]...), drawn...), lines[end+1:]...)
		return out, at
	}})
}

// isASCII reports whether text t is ASCII alone, whose characters each
// take a column.
func isASCII(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] >= 0x80 {
			return false
		}
	}
	return true
}

// drawnWidth is the width of the last column of a table antiword draws
// (the table class above).
const drawnWidth = 30

// wrapInColumn wraps text c in a column of width characters, as antiword
// does: at spaces, a word longer than the column cut at its edge.
func wrapInColumn(c string, width int) []string {
	var out []string
	line := ""
	for _, w := range strings.Fields(c) {
		for len(w) > width {
			if line != "" {
				out, line = append(out, line), ""
			}
			out, w = append(out, w[:width]), w[width:]
		}
		switch {
		case line == "":
			line = w
		case len(line)+1+len(w) <= width:
			line += " " + w
		default:
			out, line = append(out, line), w
		}
	}
	if line != "" || len(out) == 0 {
		out = append(out, line)
	}
	return out
}
