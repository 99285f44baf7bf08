package parser_test

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A cell in the middle of a row of a table copied one cell per line
// (with blank lines between cells or without) that vanished, as
// HTML::FormatText, parsel and BeautifulSoup's get_text("\n") print
// nothing for an empty <td>: the cell of a typed column that is no
// row's first nor its last (a requiredness under Mandatory, a code
// under Code), its line and the blank line after it gone. The row must
// read with that cell empty, warned at the row, or be refused at it;
// never shift the rows after it.
func init() {
	defects = append(defects, defect{"middle cell vanished, one cell per line", func(p *scrapedPage) []int {
		if p.style != "cells" && p.style != "dense" {
			return nil
		}
		var out []int
		for _, tb := range p.tables {
			if middleTypedColumn(p.lines, tb) > 0 {
				out = append(out, tb.rows...)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		tb := tableOf(p, at)
		cell := at + tb.step*middleTypedColumn(p.lines, tb)
		return append(append([]string{}, lines[:cell]...), lines[cell+tb.step:]...), cell
	}})
}

// middleTypedColumn returns the index of the first column of a table of
// one cell per line, neither its first nor its last, whose header cell
// names a requiredness or a code, or 0.
func middleTypedColumn(lines []string, tb scrapedTable) int {
	for k := 1; k+1 < tb.width; k++ {
		switch pages.ColumnOf(strings.TrimSpace(lines[tb.header+k*tb.step])) {
		case pages.ColRequired, pages.ColCode:
			return k
		}
	}
	return 0
}
