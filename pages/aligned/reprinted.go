package aligned

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A dump that prints a page's paragraphs and its tables each in turn
// (a script over BeautifulSoup's find_all of p and table, each table
// through pandas) prints a table's cell of several paragraphs twice: in
// its row, the paragraphs run together with nothing between them ("…
// the chamber.1 ~ 6 vessels", as lxml's text of the cell has them), and
// after the table, each paragraph a line of its own, as the <p> elements
// inside the cell are found too. Those lines, two or more right after a
// table, whose text run together is the end of one of its cells, are
// that cell's paragraphs: the cell is read with them set apart by a
// space, and the lines are no text of the page, with a warning at each.

// minReprinted is the fewest lines that are a cell's paragraphs printed
// again: a single line after a table that is one of its cells may be a
// title (a type's name under a table whose Type cell names it).
const minReprinted = 2

// reprinted reads the paragraphs that a dump printed again after the
// table of their cell (above) into that cell, and drops their lines.
func reprinted(src pages.Source, items []pages.Block) []pages.Block {
	out := items[:0:0]
	for k := 0; k < len(items); k++ {
		out = append(out, items[k])
		tb := items[k].Table
		if tb == nil {
			continue
		}
		n, row := reprintedRun(tb, items[k+1:])
		if n == 0 {
			continue
		}
		for _, b := range items[k+1 : k+1+n] {
			src.Report.Warn(pages.At(src.Name, b.Line), "line %d, after the table at line %d, is a paragraph of the cell of its row at line %d printed again, as a dump that prints the paragraphs it finds inside a table after the table does, where the row runs them together: read as that cell's paragraph, set apart from the one before it by a space, and not as text of the page", b.Line, tb.Line, row)
		}
		k += n
	}
	return out
}

// maxReprinted bounds the paragraphs of a cell printed again.
const maxReprinted = 8

// reprintedRun returns the number of text blocks at the start of after
// that are the paragraphs of a cell of tb printed again, with the line
// of the cell's row, and sets the cell's paragraphs apart; 0 for none.
// The longest run is taken.
func reprintedRun(tb *pages.Table, after []pages.Block) (n, line int) {
	var texts []string
	for _, b := range after {
		if b.Table != nil || b.Text == "" || len(texts) == maxReprinted {
			break
		}
		texts = append(texts, b.Text)
	}
	for n := len(texts); n >= minReprinted; n-- {
		run := strings.Join(texts[:n], "")
		for _, r := range tb.Rows {
			for c, cell := range r.Cells {
				if !strings.HasSuffix(cell, run) {
					continue
				}
				head := strings.TrimSpace(strings.TrimSuffix(cell, run))
				r.Cells[c] = strings.TrimSpace(head + " " + strings.Join(texts[:n], " "))
				return n, r.Line
			}
		}
	}
	return 0, 0
}
