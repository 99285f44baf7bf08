package parser_test

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A page turned into text by Perl's HTML::FormatText::WithLinks, with its
// default options: every line indented by three spaces and wrapped at
// column 72 (a word longer than the room left runs past it); no table
// layout, each cell a paragraph of its own, a blank line between cells
// and between rows alike, an empty cell leaving nothing, not even a
// blank line; each link's number in brackets glued before its text
// ("[14]ErrorCode", "See [15]ErrorCode"), a heading's permalink number
// after its title and the permalink's zero-width space after that; the
// list of the links' addresses closing the page. The rows must read
// with their empty cells empty, each told by what its cells hold, or be
// refused where a cell fits two columns; never shift a row.
func init() {
	defects = append(defects, defect{"tables written by HTML::FormatText::WithLinks: one cell a paragraph, an empty cell leaving no line, links numbered", withLinksPage, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return withLinksDump(p, markedLinks(p, lines, numberMark)), at
	}})
}

// withLinksMargin and withLinksWidth are HTML::FormatText's default left
// and right margins.
const (
	withLinksMargin = 3
	withLinksWidth  = 72
)

// withLinksPage is the place of a page of pipe tables each of whose
// rows the scrape found (pipeTablePage): a row it did not find would be
// written as a paragraph of text with its pipes, which no formatter
// writes of a <table>.
func withLinksPage(p *scrapedPage) []int {
	at := pipeTablePage(p)
	if at == nil {
		return nil
	}
	rows := map[int]bool{}
	for _, tb := range p.tables {
		rows[tb.header], rows[tb.header+1] = true, true
		for _, r := range tb.rows {
			rows[r] = true
		}
	}
	for i, l := range p.lines {
		if !rows[i] && strings.Count(l, "|") >= 2 {
			return nil
		}
	}
	return at
}

// unmarked takes out the Markdown marks of bold and of a code span, which
// a formatter of HTML writes no mark for.
var unmarked = strings.NewReplacer("**", "", "`", "")

// linkNumberRe matches a link's number in brackets: "[14]".
var linkNumberRe = regexp.MustCompile(`\[(\d+)\]`)

// withLinksDump writes a page of pipe tables, its links marked
// (markedLinks), as HTML::FormatText::WithLinks writes its HTML: each
// table cell that holds text a paragraph, each line of text a paragraph,
// wrapped (withLinksWrap), without the marks of bold and code; a heading its title with a zero-width space
// after it, underlined with "=" for an h1 and "-" for an h2; a code
// block's lines as they are, indented; then the list of the links.
func withLinksDump(p *scrapedPage, lines []string) []string {
	var out []string
	paragraph := func(t string) {
		out = append(out, "")
		out = append(out, withLinksWrap(t)...)
	}
	fenced := false
	for _, l := range p.rewriteTables(lines, func(cells []string) string {
		for k, c := range cells {
			cells[k] = pages.CellText(c)
		}
		return "\x00" + strings.Join(cells, "\x01")
	}) {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "```") {
			fenced = !fenced
			out = append(out, "")
			continue
		}
		if fenced {
			out = append(out, strings.Repeat(" ", withLinksMargin)+l)
			continue
		}
		t = unmarked.Replace(t)
		switch {
		case strings.HasPrefix(l, "\x00"):
			for _, c := range strings.Split(unmarked.Replace(l[1:]), "\x01") {
				if c != "" {
					paragraph(c)
				}
			}
		case t == "":
		case strings.HasPrefix(t, "#"):
			level := len(t) - len(strings.TrimLeft(t, "#"))
			title := strings.TrimSpace(t[level:]) + "\u200b"
			out = append(out, "")
			paragraph(title)
			if level <= 2 {
				out = append(out, strings.Repeat(" ", withLinksMargin)+strings.Repeat([]string{"=", "-"}[level-1], len([]rune(title))-1))
			}
		default:
			paragraph(t)
		}
	}
	n := 0
	for _, l := range out {
		for _, m := range linkNumberRe.FindAllStringSubmatch(l, -1) {
			k, _ := strconv.Atoi(m[1])
			n = max(n, k)
		}
	}
	out = append(out, "", "")
	for k := 1; k <= n; k++ {
		out = append(out, strings.Repeat(" ", withLinksMargin)+strconv.Itoa(k)+". /page.html#link-"+strconv.Itoa(k))
	}
	return out
}

// withLinksWrap wraps a paragraph's text as HTML::FormatText does: its
// words on lines of the left margin, up to the right margin, a word
// longer than the room left on a line of its own, past the margin.
func withLinksWrap(t string) []string {
	var out []string
	line := ""
	for _, w := range strings.Fields(t) {
		if line != "" && withLinksMargin+len([]rune(line))+1+len([]rune(w)) > withLinksWidth {
			out = append(out, strings.Repeat(" ", withLinksMargin)+line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(out, strings.Repeat(" ", withLinksMargin)+line)
}
