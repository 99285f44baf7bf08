package parser_test

import (
	"strings"

	"github.com/docs2go/docs2go/parser"
)

// A pipe table printed double-spaced, a blank line between each two of
// its lines (its header, its ruler and its rows), as a converter that
// ends each block with a newline or a copy that doubles its line breaks
// writes it: its rows must be read as the rows of one table, in every
// style of rows between pipes (pipeStyles): Markdown, an empty header
// row over its ruler, rows without a leading pipe, wiki markup's
// "||Name||Type||" header, Textile, DokuWiki, XWiki, Zim. The tables
// are found as the parser reads them: each of two rows or more whose
// header row and first row hold a pipe (no table of tab-separated
// cells), from its header row to its last row. Other facts with a
// warning are a defect of the reading too (noShift): a row cut inside a
// cell whose closing pipe comes two wrapped lines after its first line
// (r05 crossbreedFlowers.md:66 and :322) is one of the run's rows. A
// grid table (gridTable) is no pipe table.
func init() {
	d := defect{"blank line between a pipe table's rows", func(p *scrapedPage) []int {
		if !pipeStyles[p.style] || inContainer(p.name) {
			return nil
		}
		var out []int
		for _, tb := range pipeTables(p) {
			if !gridTable(p, tb) {
				out = append(out, tb.header)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		for _, tb := range pipeTables(p) {
			if tb.header != at {
				continue
			}
			for k := len(tb.rows) - 1; k >= 0; k-- {
				if strings.TrimSpace(lines[tb.rows[k]-1]) != "" {
					lines = insertLines(lines, tb.rows[k], "")
				}
			}
		}
		return lines, at
	}}
	defects = append(defects, d)
	everyStyle[d.class] = true
	noShift[d.class] = true
}

// gridTable reports whether a table of pipeTables is a grid table
// (pandoc's, reStructuredText's), its rows between borders of "+" and
// "-": its lines are a drawing, not rows of pipes, which no converter
// prints double-spaced.
func gridTable(p *scrapedPage, tb scrapedTable) bool {
	return tb.header > 0 && strings.HasPrefix(strings.TrimSpace(p.lines[tb.header-1]), "+")
}

// pipeTables are the tables of two rows or more of a page, their header
// and first rows of pipes (or DokuWiki's "^"), as the parser reads the page: each its header row's 0-based line, and as its
// rows the 0-based lines a blank line goes before: each line after the
// header up to its first row (its ruler), and each of its other rows'
// first lines (a row wrapped onto lines of its own stays whole).
func pipeTables(p *scrapedPage) []scrapedTable {
	data := []byte(strings.Join(p.lines, "\n"))
	heads := parser.TableHeaders(p.name, data)
	var out []scrapedTable
	for i, rows := range parser.TableRows(p.name, data) {
		if len(rows) < 2 || i >= len(heads) || heads[i] <= 0 || heads[i] >= rows[0] || rows[len(rows)-1] > len(p.lines) || !strings.Contains(p.lines[heads[i]-1], "|") && !strings.Contains(p.lines[heads[i]-1], "^") || !strings.Contains(p.lines[rows[0]-1], "|") {
			continue
		}
		tb := scrapedTable{heading: -1, header: heads[i] - 1}
		for l := heads[i]; l < rows[0]; l++ {
			tb.rows = append(tb.rows, l)
		}
		for _, r := range rows[1:] {
			if r > rows[0] {
				tb.rows = append(tb.rows, r-1)
			}
		}
		out = append(out, tb)
	}
	return out
}
