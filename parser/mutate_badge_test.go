package parser_test

import (
	"slices"
	"strings"
)

// A status badge a wiki prints after a member's name (Confluence's status
// macro: "giftMessage NEW"), in the name cell: the name is read, and the
// badge dropped with a warning at the row, in every style whose cells
// can be written to (an HTML page's lozenge, a text page's word in
// capitals); never another member's facts (noShift).
func init() {
	d := defect{"status badge after a name", memberRows, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		switch p.style {
		case "html":
			if cells := p.htmlCells(at); len(cells) > 0 {
				l := lines[cells[0]]
				if i := strings.LastIndex(l, "</td>"); i >= 0 {
					lines[cells[0]] = l[:i] + ` <span class="status-macro aui-lozenge aui-lozenge-success">New</span>` + l[i:]
				}
			}
		case "markdown":
			if cells := strings.Split(lines[at], "|"); len(cells) > 2 {
				cells[1] = " " + strings.TrimSpace(cells[1]) + " BETA "
				lines[at] = strings.Join(cells, "|")
			}
		case "pipes":
			if cells := strings.Split(lines[at], "|"); len(cells) > 1 {
				cells[0] = strings.TrimSpace(cells[0]) + " NEW "
				lines[at] = strings.Join(cells, "|")
			}
		}
		return lines, at
	}}
	defects = append(defects, d)
	noShift[d.class] = true
}
