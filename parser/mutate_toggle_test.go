package parser_test

import (
	"strings"

	"github.com/docs2go/docs2go/parser"
)

// toggles are the lines a collapsible's toggle leaves in a copy of a
// page: Confluence's expand macro, its copy led by a no-break space or
// not, and the toggle of its code block.
var toggles = []string{"Click here to expand...", "\u00a0Click here to expand...", "Expand source"}

// A collapsible between a type's title and its table (Confluence's expand
// macro, which a wiki's writer puts a long table in) leaves its toggle's
// text between them in a copy of the page: it must be skipped with a
// warning, and the table keep its title. It acts on every style whose
// tables have a line of text right above their header row.
func init() {
	defects = append(defects, defect{"collapsible's toggle between a title and its table", func(p *scrapedPage) []int {
		var out []int
		for _, l := range parser.TitledTables(p.name, []byte(strings.Join(p.lines, "\n"))) {
			out = append(out, l-1)
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return insertLines(lines, at, toggles[at%len(toggles)], ""), at
	}})
	everyStyle["collapsible's toggle between a title and its table"] = true
}
