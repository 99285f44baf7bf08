package parser_test

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/parser"
)

// The damage of a page break that split an endpoint's header table in
// two, its rest on the next page, and a scrape that lost that page: the
// first part reads as the whole table, without its last rows, with
// nothing left on the table to say more was there. The parse must read
// the loss from what the pages say of the endpoint's headers (the other
// endpoints of its method document them, its example request sends
// them, GearN's header table ends with Content-Type under every POST)
// and warn at the table's last row, or the loss is listed in knownSilent
// with why nothing tells. Each header table whose rows are a line each,
// in every style but HTML (whose table's elements would stay). (The rest
// of a body's or a type's table is not a class: nothing but the lost
// page says how many members a type has.)
func init() {
	d := defect{"header table's rest after a page break lost, its first part read as the whole", func(p *scrapedPage) []int {
		if p.style == "html" {
			return nil
		}
		var out []int
		for _, rows := range restRows(p.name, p.lines) {
			out = append(out, rows[len(rows)/2-1])
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		for _, rows := range restRows(p.name, lines) {
			if k := len(rows) / 2; rows[k-1] == at {
				return slices.Concat(lines[:rows[k]], lines[rows[len(rows)-1]+1:]), at
			}
		}
		return lines, at
	}}
	defects = append(defects, d)
	everyStyle[d.class] = true
}

// headerRowRe matches the first row of a table of request headers in
// the corpus: a credential's header or HTTP's Content-Type.
var headerRowRe = regexp.MustCompile(`\b(?:Secret-Key|Auth-Token|Game-Id|Content-Type|appSecret|Authorization|kgAppId)\b`)

// restRows are the indices of the lines of the rows of each header
// table of a page (its first row names a header: headerRowRe) whose rows
// are a line each, one after another, two rows at least.
func restRows(name string, lines []string) [][]int {
	data := []byte(strings.Join(lines, "\n"))
	fields := map[int]bool{}
	for _, t := range parser.FieldTables(name, data) {
		fields[t[1]] = true
	}
	var out [][]int
	for _, rows := range parser.TableRows(name, data) {
		if len(rows) < 2 || !fields[rows[0]] || rows[len(rows)-1]-rows[0] != len(rows)-1 || !headerRowRe.MatchString(lines[rows[0]-1]) {
			continue
		}
		idx := make([]int, len(rows))
		for i, r := range rows {
			idx[i] = r - 1
		}
		out = append(out, idx)
	}
	return out
}
