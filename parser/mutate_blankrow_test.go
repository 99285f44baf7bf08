package parser_test

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A row of blank cells after a table's last row, as an editor leaves a
// trailing row of "&nbsp;" cells: each cell a no-break space, a
// zero-width space, or nothing. It documents nothing, and must change
// nothing of the schema, in every style whose rows are lines of their
// own: Markdown, pipes and HTML.
func init() {
	defects = append(defects, defect{"row of blank cells after a table's last row", func(p *scrapedPage) []int {
		if p.style != "markdown" && p.style != "pipes" && p.style != "html" {
			return nil
		}
		var out []int
		for _, tb := range p.tables {
			if len(tb.rows) > 0 {
				out = append(out, tb.rows[len(tb.rows)-1])
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		blanks := []string{"\u00a0", "\u200b", ""}
		if p.style == "html" {
			end := at
			for end+1 < len(lines) && !strings.Contains(lines[end], "</tr>") {
				end++
			}
			n := strings.Count(strings.Join(lines[at:end+1], "\n"), "<td")
			var b strings.Builder
			b.WriteString("<tr>")
			for k := range n {
				b.WriteString("<td>" + []string{"&nbsp;", "&#8203;", ""}[k%3] + "</td>")
			}
			b.WriteString("</tr>")
			return insertLines(lines, end+1, b.String()), end + 1
		}
		cells := make([]string, len(pages.SplitPipes(lines[at])))
		for k := range cells {
			cells[k] = blanks[k%3]
		}
		row := strings.Join(cells, " | ")
		if strings.HasPrefix(strings.TrimSpace(lines[at]), "|") {
			row = "| " + row + " |"
		}
		return insertLines(lines, at+1, row), at + 1
	}})
}
