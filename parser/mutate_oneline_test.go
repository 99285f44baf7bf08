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
//
// What @opendocsg/pdf2md writes of a table a PDF's page break parted
// from its header row: the header's cells on a line of their own, one
// space apart, then, a blank line and the page break's mark apart, the
// rows run together on one line so.
func init() {
	const class = "whole table on one line, its cells one space apart"
	defects = append(defects, defect{class, pipeHeaders, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		tb, ok := tableAt(p, at)
		if !ok {
			return lines, at
		}
		last := tb.rows[len(tb.rows)-1]
		out := append(slices.Clone(lines[:at]), spacedCells(lines, append([]int{tb.header}, tb.rows...)))
		return append(out, lines[last+1:]...), at
	}})
	defects = append(defects, defect{"header row on its line, the rows after a page break run together on one line (pdf2md)", pipeHeaders, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		tb, ok := tableAt(p, at)
		if !ok {
			return lines, at
		}
		last := tb.rows[len(tb.rows)-1]
		out := append(slices.Clone(lines[:at]), spacedCells(lines, []int{tb.header}), "", "<!-- PAGE_BREAK -->", spacedCells(lines, tb.rows))
		return append(out, lines[last+1:]...), at
	}})
}

// tableAt is the table between pipes whose header is line at of page p,
// when it has rows.
func tableAt(p *scrapedPage, at int) (scrapedTable, bool) {
	k := slices.IndexFunc(p.tables, func(tb scrapedTable) bool { return tb.header == at })
	if k < 0 || len(p.tables[k].rows) == 0 {
		return scrapedTable{}, false
	}
	return p.tables[k], true
}

// spacedCells is the text of the cells of rows of lines, each a row
// between pipes, one space apart, as a tool that strips a page's tags
// writes them.
func spacedCells(lines []string, rows []int) string {
	var words []string
	for _, r := range rows {
		cells, _, _ := pipeParts(lines[r])
		for _, c := range cells {
			if c = pages.CellText(pages.Unescaped(strings.TrimSpace(c))); c != "" {
				words = append(words, c)
			}
		}
	}
	return strings.Join(words, " ")
}
