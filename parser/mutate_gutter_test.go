package parser_test

import (
	"regexp"
	"slices"
	"strings"
)

// What a terminal renderer of a docs page's Markdown source does to it
// (lowdown -Tterm, glow, rich): it draws a gutter down the left side of
// each code block ("| " before each of its lines, a bar "│ " or "▌ ", a
// quote's "> ", at the block's column, its lines' own indentation after
// it), the request line's block too; and it writes the page's
// front matter, which it does not know, as Markdown: a paragraph of the
// keys run together and the last key a heading, over the page's title
// (on a page without front matter of its own: a page has one).
// Applied to every text page: the request line behind its gutter, and
// the message lines under it, read as written; the front matter is no
// title of the page.
func init() {
	defects = append(defects, rendererDefects...)
	for _, d := range rendererDefects {
		everyStyle[d.class] = true
	}
}

// wholeRequestLineRe matches a line that is a request line whole, the
// gutter's place: a line a style writes more on (a flattened page's, a
// wiki's with the macro that closes its block) is no code block's.
var wholeRequestLineRe = regexp.MustCompile(`^\s*(POST|GET|PUT|DELETE|PATCH) /[^\s{}]*( HTTP/1\.1)?\s*$`)

// gutterForms are the gutters renderers draw before a code block's lines.
var gutterForms = []string{"| ", "│ ", "> ", "▌ "}

var rendererDefects = []defect{
	{"request line behind a renderer's gutter", func(p *scrapedPage) []int {
		if p.style == "html" || inContainer(p.name) {
			return nil
		}
		return linesMatching(p, wholeRequestLineRe)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		mark := gutterForms[at%len(gutterForms)]
		lines = slices.Clone(lines)
		indent := lines[at][:len(lines[at])-len(strings.TrimLeft(lines[at], " \t"))]
		for i := at; i < len(lines) && strings.TrimSpace(lines[i]) != "" && !fenceLineRe.MatchString(lines[i]); i++ {
			lines[i] = indent + mark + strings.TrimPrefix(lines[i], indent)
		}
		return lines, at
	}},
	{"front matter as a renderer writes it", func(p *scrapedPage) []int {
		if p.style == "html" || inContainer(p.name) || len(p.lines) > 0 && (strings.TrimSpace(p.lines[0]) == "---" || strings.TrimSpace(p.lines[0]) == "+++") {
			return nil
		}
		return []int{0}
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		front := []string{"outline: deep prev: text: getTradeWinds link:", "/api/rJson/harbor/getTradeWinds next: text: setSail", "", "## link: /api/rJson/harbor/setSail", ""}
		return insertLines(lines, 0, front...), at
	}},
}
