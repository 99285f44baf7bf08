package parser_test

import (
	"strings"

	"github.com/docs2go/docs2go/parser"
)

// A print rounds each word's place to its grid of characters, and a copy
// may lose a space or two of a line's indent: a line that holds a cell's
// line alone (a description's rest, a bound in parentheses) comes out two
// columns left of its column, beyond the slack a print's rounding takes.
// Applied at each such line of every table of a page read in a style of
// columns aligned with spaces, between two lines of the table: it must
// be read in its row, or refused at its line; never dropped from its row
// as text between the table and its rest.
func init() {
	d := defect{"cell line shifted left of its column", func(p *scrapedPage) []int {
		if !alignedStyles[p.style] {
			return nil
		}
		var out []int
		for _, h := range parser.TableHeaders(p.name, []byte(strings.Join(p.lines, "\n"))) {
			if h <= 0 || h > len(p.lines) {
				continue
			}
			head := indent(p.lines[h-1])
			for j := h; j+1 < len(p.lines) && strings.TrimSpace(p.lines[j]) != "" && strings.TrimSpace(p.lines[j+1]) != ""; j++ {
				l := p.lines[j]
				if in := indent(l); j > h && in >= 10 && in > head+2 && !strings.Contains(strings.TrimSpace(l), "  ") {
					out = append(out, j)
				}
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		out := append([]string{}, lines...)
		out[at] = out[at][2:]
		return out, at
	}}
	defects = append(defects, d)
	everyStyle[d.class] = true
}

// indent is the count of spaces a line begins with.
func indent(l string) int {
	return len(l) - len(strings.TrimLeft(l, " "))
}
