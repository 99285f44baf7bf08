package parser_test

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A table whose header row is empty and whose header is its first row,
// as a converter writes a table whose source marked no header row (no
// <thead>: html-to-md, turndown's GFM plugin, a Confluence export):
// "| | | |" or "||||" over the ruler, the ruler glued to the <colgroup>
// the converter kept ("<colgroup><col /><col /></colgroup>|---|---|")
// at every other place. The first row names the columns and is read as
// the header, with a warning, on Markdown pages.
func init() {
	defects = append(defects, defect{"a table's header moved into its first body row under an empty header row", func(p *scrapedPage) []int {
		if p.style != "markdown" {
			return nil
		}
		var out []int
		for _, tb := range p.tables {
			if tb.header >= 0 && tb.header+1 < len(p.lines) && rulerRe.MatchString(strings.TrimSpace(p.lines[tb.header+1])) {
				out = append(out, tb.header)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		header := lines[at]
		n := len(pages.SplitPipes(header))
		out := insertLines(lines, at+2, header)
		if at%2 == 0 {
			out[at] = "|" + strings.Repeat(" |", n)
			return out, at
		}
		out[at] = strings.Repeat("|", n+1)
		out[at+1] = "<colgroup>" + strings.Repeat("<col />", n) + "</colgroup>" + strings.TrimSpace(out[at+1])
		return out, at
	}})
}
