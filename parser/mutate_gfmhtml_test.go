package parser_test

import (
	"fmt"
	"html"
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// What pandoc's GFM writes of a table that a pipe table cannot hold (a
// cell with a line break): the whole table as a raw HTML <table> set
// apart by blank lines, one element a line, a <colgroup> of equal
// columns, rows classed odd and even, code spans as <code> and links as
// <a>, each line wrapped at 72 columns, inside a tag's attributes too
// ("<td><a" over "href=\"#reward\"><code>Reward[]</code></a></td>").
// Applied to each table of a Markdown page.
func init() {
	const class = "table as pandoc's raw HTML <table>, its lines wrapped"
	everyStyle[class] = true
	defects = append(defects, defect{class, markdownTableHeads, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		rows, end := markdownRowsAt(lines, at)
		head := pages.SplitPipes(strings.TrimSpace(lines[at]))
		out := []string{"", "<table>", "<colgroup>"}
		for range head {
			out = append(out, fmt.Sprintf(`<col style="width: %d%%" />`, 100/len(head)))
		}
		out = append(out, "</colgroup>", "<thead>", `<tr class="header">`)
		for _, c := range head {
			out = append(out, wrapped72("<th>"+inlineHTML(c)+"</th>")...)
		}
		out = append(out, "</tr>", "</thead>", "<tbody>")
		for k, row := range rows {
			out = append(out, `<tr class="`+[]string{"odd", "even"}[k%2]+`">`)
			for _, c := range pages.SplitPipes(row) {
				out = append(out, wrapped72("<td>"+inlineHTML(c)+"</td>")...)
			}
			out = append(out, "</tr>")
		}
		out = append(out, "</tbody>", "</table>", "")
		return append(append(append([]string{}, lines[:at]...), out...), lines[end:]...), at + 1
	}})
}

// markdownRowsAt returns the rows of the Markdown table whose header is
// line at, a row that lost its leading pipe one, and a row a scrape
// wrapped (its rest on a line with no cells) joined again, with the
// index of the line after the table.
func markdownRowsAt(lines []string, at int) ([]string, int) {
	var rows []string
	end := at + 2
	for ; end < len(lines); end++ {
		t := strings.TrimSpace(lines[end])
		if strings.HasPrefix(t, "|") || strings.Count(t, " | ") >= 2 {
			rows = append(rows, "|"+strings.TrimPrefix(t, "|"))
			continue
		}
		if t == "" || len(rows) == 0 || strings.HasPrefix(t, "#") || pages.IsFence(t) {
			break
		}
		rows[len(rows)-1] += " " + t
	}
	return rows, end
}

// markdownTableHeads are the lines of a Markdown page's table headers:
// a row of pipes above a ruler, outside code blocks.
func markdownTableHeads(p *scrapedPage) []int {
	var out []int
	for _, i := range markdownTableRows(p, func(string) bool { return true }) {
		if i+1 < len(p.lines) && pages.IsRuler(strings.TrimSpace(p.lines[i+1])) {
			out = append(out, i)
		}
	}
	return out
}

// mdInlineRe matches a Markdown link whose text may be a code span, or a
// code span.
var mdInlineRe = regexp.MustCompile("\\[(`?)([^\\]`]*)`?\\]\\(([^)]*)\\)|`([^`]*)`")

// inlineHTML is a pipe table's cell as pandoc writes it in HTML: its
// text escaped (its character references decoded first), its code spans
// <code>, its links <a>.
func inlineHTML(c string) string {
	c = html.UnescapeString(c)
	var b strings.Builder
	last := 0
	for _, m := range mdInlineRe.FindAllStringSubmatchIndex(c, -1) {
		b.WriteString(html.EscapeString(c[last:m[0]]))
		if m[6] >= 0 {
			text := html.EscapeString(c[m[4]:m[5]])
			if m[3] > m[2] {
				text = "<code>" + text + "</code>"
			}
			b.WriteString(`<a href="` + html.EscapeString(c[m[6]:m[7]]) + `">` + text + "</a>")
		} else {
			b.WriteString("<code>" + html.EscapeString(c[m[8]:m[9]]) + "</code>")
		}
		last = m[1]
	}
	b.WriteString(html.EscapeString(c[last:]))
	return strings.TrimSpace(b.String())
}

// wrapped72 is a line wrapped at its last space before 72 columns, as
// pandoc wraps, a tag's attributes and all; a word longer than the
// width stands alone on its line.
func wrapped72(l string) []string {
	var out []string
	for len(l) > 72 {
		k := strings.LastIndexByte(l[:73], ' ')
		if k <= 0 {
			k = strings.IndexByte(l, ' ')
			if k < 0 {
				break
			}
		}
		out = append(out, l[:k])
		l = l[k+1:]
	}
	return append(out, l)
}
