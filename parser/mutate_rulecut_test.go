package parser_test

import "slices"

// A table a page cut in two after a row (two tables, the second without
// a header row, one right after the other), which a converter whose
// tables need a header writes with the rest's first row as its header, a
// ruler under it: the row is the rest's header, and must be read as a
// row of the table before it, or refused at its line, in every style of
// rows between pipes: Markdown and pipes.
func init() {
	defects = append(defects, defect{"table cut in two after a row, the rest's first row made its header by a ruler", func(p *scrapedPage) []int {
		var out []int
		for _, at := range breakPlaces("markdown", "pipes")(p) {
			tb := tableOf(p, at)
			if k := slices.Index(tb.rows, at); tb.rows[k+1] == at+1 {
				out = append(out, at)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		tb := tableOf(p, at)
		out := insertLines(lines, at+2, lines[tb.header+1])
		return insertLines(out, at+1, ""), at + 2
	}})
}
