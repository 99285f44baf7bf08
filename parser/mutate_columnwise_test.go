package parser_test

// A table of one cell per line written column by column: each header
// cell over the cells of its column, the names, then the types, then the
// descriptions, as pdfminer's pdf2txt lays out a PDF's table (each
// column a box of text), and as some PDF viewers copy one and some OCR
// tools read one. Which cells make a row is then only their order, which
// such a tool does not keep: the table must be refused, never read as
// other rows. Applied to the tables of the pages copied one cell per
// line, with a blank line between cells or without, their header
// written once.
func init() {
	defects = append(defects, defect{"table written column by column", func(p *scrapedPage) []int {
		if p.style != "cells" && p.style != "dense" {
			return nil
		}
		var out []int
		for _, tb := range p.tables {
			if len(tb.rows) >= 2 {
				out = append(out, tb.header)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		for _, tb := range p.tables {
			if tb.header != at {
				continue
			}
			last := tb.rows[len(tb.rows)-1] + (tb.width-1)*tb.step
			var dump []string
			for k := 0; k < tb.width; k++ {
				for r, first := range append([]int{tb.header}, tb.rows...) {
					if k > 0 || r > 0 {
						dump = append(dump, "")
					}
					dump = append(dump, lines[first+k*tb.step])
				}
			}
			out := append([]string{}, lines[:tb.header]...)
			out = append(out, dump...)
			return append(out, lines[last+1:]...), at
		}
		return lines, at
	}})
}
