package parser_test

import "strings"

// A table printed one cell per line inside a page of another style:
// html2markdown without its table plugin writes a wiki table's cells as
// paragraphs among the page's Markdown, a blank line between cells, the
// header one word a line. Applied at each table of a Markdown page: the
// table is read as the table it prints, with a warning, or where its
// cells do not fill rows that fit its columns (an empty cell lost), left
// as text that its section refuses; never read misaligned.
func init() {
	d := defect{"table printed one cell per line inside a page of another style", cellRunPlaces, cellRunTable}
	defects = append(defects, d)
	everyStyle[d.class] = true
}

// cellRunPlaces are the header rows of the tables of a Markdown page.
func cellRunPlaces(p *scrapedPage) []int {
	if p.style != "markdown" || inContainer(p.name) {
		return nil
	}
	var at []int
	for _, tb := range p.tables {
		if tb.header >= 0 && len(tb.rows) > 0 {
			at = append(at, tb.header)
		}
	}
	return at
}

// cellRunTable writes the table whose header row is at a line one cell
// per line, a blank line between cells.
func cellRunTable(p *scrapedPage, lines []string, at int) ([]string, int) {
	var tb scrapedTable
	for _, t := range p.tables {
		if t.header == at {
			tb = t
		}
	}
	drop := map[int]bool{at: true}
	if at+1 < len(lines) && rulerRe.MatchString(strings.TrimSpace(lines[at+1])) {
		drop[at+1] = true
	}
	for _, r := range tb.rows {
		drop[r] = true
	}
	var cells []string
	for _, r := range append([]int{at}, tb.rows...) {
		cs, _, _ := pipeParts(lines[r])
		for _, c := range cs {
			cells = append(cells, strings.TrimSpace(c), "")
		}
	}
	var out []string
	for i, l := range lines {
		switch {
		case i == at:
			out = append(out, cells...)
		case !drop[i]:
			out = append(out, l)
		}
	}
	return out, at
}
