package parser_test

import (
	"strings"

	"github.com/docs2go/docs2go/parser"
)

// A copy that dedents a table's header row alone, or a print that sets it
// at another indent after a page break, leaves the header of an aligned
// table shifted against its rows: its cells start no column of the
// rows'. Applied at the header row of every table of a page read in a
// style of columns aligned with spaces (a print's or a console's, Debian
// html2text's, makeinfo's), an indented header row set at the margin:
// the rows must be read as the header's, its columns matched by their
// order, with a warning at the header, or refused at their line; never
// left in a note with no word.
func init() {
	d := defect{"header row shifted against its rows", func(p *scrapedPage) []int {
		if !alignedStyles[p.style] {
			return nil
		}
		var out []int
		for _, l := range parser.TableHeaders(p.name, []byte(strings.Join(p.lines, "\n"))) {
			if l > 0 && l <= len(p.lines) && strings.TrimSpace(p.lines[l-1]) != "" && strings.TrimLeft(p.lines[l-1], " ") != p.lines[l-1] {
				out = append(out, l-1)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		out := append([]string{}, lines...)
		out[at] = strings.TrimLeft(out[at], " ")
		return out, at
	}}
	defects = append(defects, d)
	everyStyle[d.class] = true
}

// alignedStyles are the styles whose tables are columns aligned with
// spaces, which pages/aligned reads.
var alignedStyles = map[string]bool{"columns aligned with spaces": true, "Debian html2text's text": true, "GNU Texinfo's text (makeinfo)": true}
