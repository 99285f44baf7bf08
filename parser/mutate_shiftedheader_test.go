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

// A copy that loses or adds a space or two at a table's first row alone
// (a paste that trims one line, a print whose rounding moves a line's
// words a column) leaves that row's cells off the columns the header
// sets and the other rows keep. Applied at the first row under the header
// of every table of a page read in a style of columns aligned with spaces
// or drawn with characters, moved one and two columns right, and left
// where its indent allows: the row must be read into its table, its cells
// in their columns, with a warning at it, or refused at its line; never
// lost with its table's other rows as text. A place is the row's line
// times four plus its shift's index in firstRowShifts.
func init() {
	d := defect{"first row under a table's header shifted by one or two columns", func(p *scrapedPage) []int {
		if !alignedStyles[p.style] && !shiftedRowStyles[p.style] {
			return nil
		}
		var out []int
		headers := parser.TableHeaders(p.name, []byte(strings.Join(p.lines, "\n")))
		// A shift at a time over the tables: the places a run damages
		// together are first rows of tables apart, each moved once.
		for k, s := range firstRowShifts {
			for _, h := range headers {
				if h > 0 && h < len(p.lines) && strings.TrimSpace(p.lines[h]) != "" && (s > 0 || indent(p.lines[h]) >= -s) {
					out = append(out, h*len(firstRowShifts)+k)
				}
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		l, s := at/len(firstRowShifts), firstRowShifts[at%len(firstRowShifts)]
		out := append([]string{}, lines...)
		if s > 0 {
			out[l] = strings.Repeat(" ", s) + out[l]
		} else {
			out[l] = out[l][min(-s, indent(out[l])):]
		}
		return out, l
	}}
	defects = append(defects, d)
	everyStyle[d.class] = true
}

// firstRowShifts are the shifts, in columns, of a table's first row the
// defect "first row under a table's header shifted by one or two
// columns" applies: right when positive, left when negative.
var firstRowShifts = []int{1, 2, -1, -2}

// shiftedRowStyles are the styles other than alignedStyles whose rows a
// dump lays out in columns by spaces, a line of a row a line, where a
// row alone may move a column or two: w3m's and lynx's boxes drawn with
// characters, and Firefox's text.
var shiftedRowStyles = map[string]bool{"tables drawn with characters": true, "Firefox's text (Save Page As, Text Files)": true}

// alignedStyles are the styles whose tables are columns aligned with
// spaces, which pages/aligned reads.
var alignedStyles = map[string]bool{"columns aligned with spaces": true, "Debian html2text's text": true, "GNU Texinfo's text (makeinfo)": true}
