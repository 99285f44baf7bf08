package parser_test

// A pipe table printed double-spaced, a blank line between each two of
// its lines (its header, its ruler and its rows), as a converter that
// ends each block with a newline or a copy that doubles its line breaks
// writes it: its rows must be read as the rows of one table, in every
// style of rows between pipes: Markdown and pipes.
func init() {
	defects = append(defects, defect{"blank line between a pipe table's rows", func(p *scrapedPage) []int {
		if p.style != "markdown" && p.style != "pipes" {
			return nil
		}
		var out []int
		for _, tb := range p.tables {
			if len(tb.rows) > 1 {
				out = append(out, tb.header)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		for _, tb := range p.tables {
			if tb.header != at {
				continue
			}
			for k := len(tb.rows) - 1; k >= 0; k-- {
				lines = insertLines(lines, tb.rows[k], "")
			}
			lines = insertLines(lines, at+1, "")
		}
		return lines, at
	}})
}
