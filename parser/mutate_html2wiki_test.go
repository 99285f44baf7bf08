package parser_test

import (
	"html"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
)

// What html2wiki's Markdown dialect writes of a Confluence export's
// headings: each heading's anchor after a TAB, as pandoc's header
// attributes ("## Request Headers\t{#id-TeaHouse(/tea)-RequestHeaders}"),
// every heading of the page so, and the headings set apart by blank
// lines as a word processor's rows printed a paragraph a row are: the
// attribute is markup, no cell. Applied to a Markdown page at its first
// ATX heading.
func init() {
	const class = "every heading's anchor after a tab as header attributes (html2wiki)"
	everyStyle[class] = true
	defects = append(defects, defect{class, func(p *scrapedPage) []int {
		if hs := atxHeadings(p); len(hs) > 1 {
			return hs[:1]
		}
		return nil
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		out := append([]string(nil), lines...)
		for _, i := range atxHeadings(p) {
			title := strings.TrimSpace(strings.TrimLeft(out[i], "#"))
			id := strings.Join(strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '/' }), "")
			out[i] = strings.TrimRight(out[i], " ") + "\t{#id-Page-" + id + "}"
		}
		return out, at
	}})
}

// What html2wiki's Markdown dialect, which has no tables, writes of a
// table: bare HTML, its attributes, <thead> and <tbody> stripped, a tag a
// line, one cell a line ("<th>Name</th>", "<td>user\_id</td>"), the text
// of each cell escaped as the page's Markdown (_ { } * with a
// backslash) and as HTML (&lt;). Applied to each table of a Markdown
// page.
func init() {
	const class = "table as html2wiki's bare HTML, a cell a line, its text escaped"
	everyStyle[class] = true
	defects = append(defects, defect{class, markdownTableHeads, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		rows, end := markdownRowsAt(lines, at)
		out := []string{"", "<table>", "<tr>"}
		for _, c := range pages.SplitPipes(strings.TrimSpace(lines[at])) {
			out = append(out, "<th>"+wikiEscaped(c)+"</th>")
		}
		out = append(out, "</tr>")
		for _, row := range rows {
			out = append(out, "<tr>")
			for _, c := range pages.SplitPipes(row) {
				out = append(out, "<td>"+wikiEscaped(c)+"</td>")
			}
			out = append(out, "</tr>")
		}
		out = append(out, "</table>", "")
		return append(append(append([]string{}, lines[:at]...), out...), lines[end:]...), at + 2
	}})
}

// wikiEscapes are the characters html2wiki's Markdown dialect escapes
// with a backslash in a table's text.
var wikiEscapes = strings.NewReplacer("_", `\_`, "{", `\{`, "}", `\}`, "*", `\*`)

// wikiEscaped is a pipe table's cell as html2wiki writes it in HTML: its
// text, code spans' backticks dropped, escaped as Markdown and as HTML.
func wikiEscaped(c string) string {
	t := html.UnescapeString(pages.Unescaped(c))
	t = strings.ReplaceAll(t, "`", "")
	return html.EscapeString(wikiEscapes.Replace(strings.TrimSpace(t)))
}
