package parser_test

import (
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// What a tool that strips a page's tags and collapses its whitespace
// (string-strip-html, a DOM's textContent) writes of a table: the whole
// table on one line, its header's cells, then each row's, every cell one
// space apart and nothing between two rows, the ruler gone. Applied to
// each table between pipes of a page of either protocol (GearN's
// "Code Type Required Description", Kakao's "Status Code Status Code
// Description …", "Name Type Mandatory Description", "Http response code
// detail_code msg Description"): the page must read as it did, with
// warnings, or be refused at the line.
func init() {
	const class = "whole table on one line, its cells one space apart"
	defects = append(defects, defect{class, pipeHeaders, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		k := slices.IndexFunc(p.tables, func(tb scrapedTable) bool { return tb.header == at })
		if k < 0 || len(p.tables[k].rows) == 0 {
			return lines, at
		}
		tb := p.tables[k]
		var words []string
		for _, r := range append([]int{tb.header}, tb.rows...) {
			cells, _, _ := pipeParts(lines[r])
			for _, c := range cells {
				if c = pages.CellText(pages.Unescaped(strings.TrimSpace(c))); c != "" {
					words = append(words, c)
				}
			}
		}
		last := tb.rows[len(tb.rows)-1]
		out := append(slices.Clone(lines[:at]), strings.Join(words, " "))
		return append(out, lines[last+1:]...), at
	}})
}
