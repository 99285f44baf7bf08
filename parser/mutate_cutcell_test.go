package parser_test

import (
	"regexp"
	"strings"
)

// codeNoteRe is a row of pipes whose first cell is a code with a note in
// parentheses ("4xx (custom status) | Rejected | See below |"): its code,
// its note, and the row's other cells.
var codeNoteRe = regexp.MustCompile(`^(\s*)([1-5](?:\d\d|[xX]{2})) (\([^()|]+\))(\s*\|.*)$`)

// A wiki's line break in the first cell of a row of pipes, as a copy of
// the page keeps it: the code on a line of its own, or with the row's
// other cells empty, and its note with the row's other cells on the next
// ("4xx" over "(custom status) | Rejected | See below |"). The row must
// read whole, with a warning. It acts on pages of pipe rows.
func init() {
	defects = append(defects, defect{"first cell of a row of pipes cut by a line break", func(p *scrapedPage) []int {
		if p.style != "pipes" {
			return nil
		}
		return linesMatching(p, codeNoteRe)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		m := codeNoteRe.FindStringSubmatch(lines[at])
		first := m[1] + m[2]
		if at%2 == 1 {
			// The other cells of the code's line are empty.
			first += strings.Repeat(" |", strings.Count(m[4], "|"))
		}
		lines = append([]string{}, lines...)
		lines[at] = m[1] + m[3] + m[4]
		return insertLines(lines, at, first), at
	}})
}
