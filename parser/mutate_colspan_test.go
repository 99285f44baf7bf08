package parser_test

import (
	"slices"
	"strings"
)

// A cell of an HTML table's row merged with its neighbour's, as an editor
// merges two cells: one <td colspan="2"> holding both texts where the two
// were (a Type and a Required read "string true"), the row a cell short.
// Applied to each row of three cells or more, each on a line of its own,
// of a page's tables, the cell merged with the one after it a different
// one from row to row (the name's, the type's, the last two). Which of the columns the merged
// cell covers holds which value cannot be told: the row must be refused
// at its line (pages.ColumnSpanRow), never read as its cells shifted left.
func init() {
	defects = append(defects, defect{"HTML row cell merged with its neighbour's (colspan=2)", func(p *scrapedPage) []int {
		if p.style != "html" {
			return nil
		}
		var out []int
		for _, tb := range p.tables {
			for _, r := range tb.rows {
				if cells := p.htmlCells(r); len(cells) >= 3 && !slices.ContainsFunc(cells, func(c int) bool { return !strings.HasSuffix(strings.TrimSpace(p.lines[c]), "</td>") }) {
					out = append(out, r)
				}
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		cells := p.htmlCells(at)
		k := at % (len(cells) - 1)
		merged := "<td colspan=\"2\">" + cellText(lines[cells[k]]) + " " + cellText(lines[cells[k+1]]) + "</td>"
		out := append([]string{}, lines[:cells[k]]...)
		out = append(out, indentOf(lines[cells[k]])+merged)
		return append(out, lines[cells[k+1]+1:]...), at
	}})
}

// cellText is the content of a line holding one <td>…</td>, its markup
// inside kept.
func cellText(l string) string {
	t := strings.TrimSpace(l)
	if i := strings.Index(t, ">"); i >= 0 {
		t = t[i+1:]
	}
	return strings.TrimSuffix(t, "</td>")
}

// indentOf is the white space a line begins with.
func indentOf(l string) string { return l[:len(l)-len(strings.TrimLeft(l, " \t"))] }
