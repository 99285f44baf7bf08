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
	d := defect{"status badge after a name", memberRows, wordAfterName("New", "BETA", "NEW")}
	defects = append(defects, d)
	noShift[d.class] = true
}

// A word of capitals after a member's name that is no status badge
// ("userId UUID": a part of the name, the row's type, a label?) is
// refused at the row, never taken for a badge and dropped.
func init() {
	defects = append(defects, defect{"word of capitals after a name, no badge", memberRows, wordAfterName("Uuid", "UUID", "HTTPS")})
}

// wordAfterName writes a word after the name in the name cell of a row:
// lozenge as the text of an HTML page's lozenge (which Confluence shows
// in capitals), markdown in a Markdown page's, pipes in a text page's of
// pipes.
func wordAfterName(lozenge, markdown, pipes string) func(p *scrapedPage, lines []string, at int) ([]string, int) {
	return func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		switch p.style {
		case "html":
			if cells := p.htmlCells(at); len(cells) > 0 {
				l := lines[cells[0]]
				if i := strings.LastIndex(l, "</td>"); i >= 0 {
					lines[cells[0]] = l[:i] + ` <span class="status-macro aui-lozenge aui-lozenge-success">` + lozenge + `</span>` + l[i:]
				}
			}
		case "markdown":
			if cells := strings.Split(lines[at], "|"); len(cells) > 2 {
				cells[1] = " " + strings.TrimSpace(cells[1]) + " " + markdown + " "
				lines[at] = strings.Join(cells, "|")
			}
		case "pipes":
			if cells := strings.Split(lines[at], "|"); len(cells) > 1 {
				cells[0] = strings.TrimSpace(cells[0]) + " " + pipes + " "
				lines[at] = strings.Join(cells, "|")
			}
		}
		return lines, at
	}
}
