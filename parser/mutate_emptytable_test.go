package parser_test

import (
	"slices"
	"strings"

	"github.com/docs2go/docs2go/parser"
)

// The damage of a scrape that lost a table's rows, or a page break that
// cut them off: a table of fields (a type's, a request's body, query or
// headers, a response's) keeps its header row and has no rows. A header
// alone documents nothing: the table's fields are lost, and the parse
// must refuse at the header's line (or its title's), never read the
// table as a list of no fields. Each field table of each page, one at a
// time, in every style.
func init() {
	defects = append(defects, emptyTableDefect)
	everyStyle[emptyTableDefect.class] = true
}

var emptyTableDefect = defect{"field table's rows all lost, its header kept", func(p *scrapedPage) []int {
	var out []int
	for _, t := range parser.FieldTables(p.name, []byte(strings.Join(p.lines, "\n"))) {
		if _, ok := rowsCut(p.name, p.lines, t); ok {
			out = append(out, t[0]-1)
		}
	}
	return out
}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
	for _, t := range parser.FieldTables(p.name, []byte(strings.Join(lines, "\n"))) {
		if t[0]-1 != at {
			continue
		}
		if cut, ok := rowsCut(p.name, lines, t); ok {
			return cut, at
		}
	}
	return lines, at
}}

// rowsCut is a page's lines without the rows of its table t (the lines
// of its header row, first row and last row), its header kept: the lines
// from its first row's on, through the fewest lines past its last row's
// that leave the table, read again, with its header and no rows. Past
// the last row's line, a row runs on as far as the table's rows are
// apart (a cell a line) or its header is above its first row (the rows
// of a one-row table); ok is false when no such cut leaves the header
// alone.
func rowsCut(name string, lines []string, t [3]int) ([]string, bool) {
	span := t[1] - t[0]
	if t[2] > t[1] {
		span = max(span, t[2]-t[1])
	}
	for k := 1; k <= span+1; k++ {
		end := t[2] - 1 + k
		if end > len(lines) {
			break
		}
		cut := slices.Concat(lines[:t[1]-1], lines[end:])
		if n, ok := parser.RowsOf(name, []byte(strings.Join(cut, "\n")), t[0]); ok && n == 0 {
			return cut, true
		}
	}
	return nil, false
}
