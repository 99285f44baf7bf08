package parser_test

import (
	"strings"

	"github.com/docs2go/docs2go/parser"
)

// tildeRules are the lines of tildes a renderer draws a Markdown page's
// thematic break or front matter's "---" with: lowdown -Tterm's, as it
// indents a page's blocks or not, and a rule as wide as the terminal.
var tildeRules = []string{"~~~~~~~~", "    ~~~~~~~~", strings.Repeat("~", 72)}

// A rule drawn with tildes at the top of a page and between its
// sections, on a line of its own, is the fence of a code block to
// CommonMark, which lets it run to the end of the page or to the next
// rule: the tables and titles after it must be read as they are (the
// rule dropped with a warning), or refused, never lost as code. It acts
// on every text style, before the page's first line and before the title
// of each titled table.
func init() {
	const class = "rule of tildes at the top and between sections"
	defects = append(defects, defect{class, func(p *scrapedPage) []int {
		if p.style == "html" || inContainer(p.name) {
			return nil
		}
		out := []int{0}
		for _, l := range parser.TitledTables(p.name, []byte(strings.Join(p.lines, "\n"))) {
			title := l - 2
			for title > 0 && strings.TrimSpace(p.lines[title]) == "" {
				title--
			}
			if title > 0 {
				out = append(out, title)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		rule := []string{tildeRules[at%len(tildeRules)], ""}
		if at > 0 && strings.TrimSpace(lines[at-1]) != "" {
			rule = append([]string{""}, rule...)
		}
		return insertLines(lines, at, rule...), at + len(rule) - 2
	}})
	everyStyle[class] = true
}
