package parser_test

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/pipes"
)

// A cell that spans rows (rowspan) in the page a copy was taken from,
// written once: a code table's status cell shared by the detail codes
// of two rows ("471" over "-72102" and "-72103"), which a scraper writes
// on the first row only, the row under it one cell short. Applied to
// each row of a code table between pipes whose first cell repeats the
// one of the row above, on every page of the corpus: the row must read
// with the cell of the row above, warned at it, or be refused at it;
// never read with its cells shifted, nor dropped.
//
// The same in the table printed double-spaced, a blank line between each
// two of its lines, as the scraper that writes " | " after each cell and
// a newline after each row and each tag-only line leaves it (rows
// without a leading pipe): the short row must stay in the table, not
// read as a stray row after it.
func init() {
	for _, d := range []defect{
		{"code table row without its leading cell, spanned from the row above", spannedCellPlaces, func(p *scrapedPage, lines []string, at int) ([]string, int) {
			out := append([]string{}, lines...)
			out[at] = withoutFirstCell(lines[at])
			return out, at
		}},
		{"code table row without its leading cell, spanned from the row above, the table double-spaced", scrapedRowPlaces, func(p *scrapedPage, lines []string, at int) ([]string, int) {
			out := append([]string{}, lines...)
			out[at] = withoutFirstCell(lines[at])
			return doubleSpacedAround(out, at)
		}},
	} {
		defects = append(defects, d)
		everyStyle[d.class] = true
	}
}

// scrapedRowPlaces are the places of spannedCellPlaces on a page of rows
// without a leading pipe, as a scraper writes them.
func scrapedRowPlaces(p *scrapedPage) []int {
	if p.style != "pipes" && p.style != (pipes.Style{}).String() {
		return nil
	}
	return spannedCellPlaces(p)
}

// doubleSpacedAround sets a blank line between each two lines of the
// table between pipes that holds line at, from its header row (the code
// table's) to its last row, and returns the lines and at's new index.
func doubleSpacedAround(lines []string, at int) ([]string, int) {
	from := at
	for from > 0 && !detailCodeHeaderRe.MatchString(lines[from]) {
		from--
	}
	to := at
	for to+1 < len(lines) && strings.Contains(lines[to+1], "|") {
		to++
	}
	for i := to; i > from; i-- {
		if strings.TrimSpace(lines[i]) != "" && strings.TrimSpace(lines[i-1]) != "" {
			lines = insertLines(lines, i, "")
			if i <= at {
				at++
			}
		}
	}
	return lines, at
}

// spannedCellPlaces are the rows of the code tables between pipes of a
// page ("Http response code | detail_code | …"), outside code fences,
// whose first cell is the first cell of the row above: one a table.
func spannedCellPlaces(p *scrapedPage) []int {
	if !pipeStyles[p.style] || inContainer(p.name) {
		return nil
	}
	var out []int
	code, inTable, placed := false, false, false
	above := ""
	for i, l := range p.lines {
		t := strings.TrimSpace(l)
		if pages.IsFence(t) {
			code = !code
			inTable = false
			continue
		}
		switch {
		case code || t == "" || pages.IsPipeRuler(t):
			continue
		case !strings.Contains(t, "|"):
			inTable = false
			continue
		case detailCodeHeaderRe.MatchString(t):
			inTable, placed, above = true, false, ""
			continue
		case !inTable:
			continue
		}
		cells := pages.SplitPipes(t)
		first := strings.TrimSpace(cells[0])
		if first != "" && first == above && len(cells) >= 3 && !placed {
			out = append(out, i)
			placed = true
		}
		above = first
	}
	return out
}

// withoutFirstCell is a row line without its first cell, its leading
// pipe kept where it has one: "| 471 | -72103 | a |" reads "| -72103 |
// a |", "471 | -72103 | a" reads "-72103 | a".
func withoutFirstCell(l string) string {
	start := 0
	if t := strings.TrimLeft(l, " \t"); strings.HasPrefix(t, "|") {
		start = strings.Index(l, "|") + 1
	}
	k := strings.Index(l[start:], "|")
	if k < 0 {
		return l
	}
	if start == 0 {
		return strings.TrimLeft(l[k+1:], " \t")
	}
	return l[:start] + l[start+k+1:]
}
