package parser_test

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/adoc"
	"github.com/docs2go/docs2go/pages/mediawiki"
	"github.com/docs2go/docs2go/parser"
)

// maxOutlineEntries bounds the entries of the outline the mutator pastes.
const maxOutlineEntries = 12

// A copy of a whole docs page keeps the outline the site shows beside
// the content ("On this page", then the page's section titles and the
// names of the types it documents, a line each) where the side bar fell
// in the selection: in the middle of a table, between two of its rows.
// Applied at each row of a table after its first, in every style whose
// rows are lines of their own, on a page that writes two titles at
// least on lines of their own: the outline is the site's chrome,
// dropped, and the rows after it are the rest of the table it cut.
func init() {
	defects = append(defects, defect{"site outline in a table's middle, in any style", func(p *scrapedPage) []int {
		if p.style == (adoc.Style{}).String() || p.style == (mediawiki.Style{}).String() || inContainer(p.name) {
			return nil
		}
		rows := parser.TableRows(p.name, []byte(strings.Join(p.lines, "\n")))
		if len(outlineOf(p.lines, rows)) < 2 {
			return nil
		}
		var out []int
		for _, rs := range rows {
			for k := 1; k < len(rs); k++ {
				if rs[k] > rs[k-1] && rs[k] <= len(p.lines) {
					out = append(out, rs[k]-1)
				}
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		entries := outlineOf(p.lines, parser.TableRows(p.name, []byte(strings.Join(p.lines, "\n"))))
		return insertLines(lines, at, append([]string{"On this page"}, entries...)...), at
	}})
	everyStyle["site outline in a table's middle, in any style"] = true
}

// outlineOf is the outline a site shows of a page: the lines, outside
// code blocks and the tables' rows (rows, by their page lines), that
// read as a title (a capital letter first, short, no sentence's or
// markup's marks, no column's name), each written once, without their
// heading marks, in page order, maxOutlineEntries at most.
func outlineOf(lines []string, rows [][]int) []string {
	row := map[int]bool{}
	for _, rs := range rows {
		for _, r := range rs {
			row[r-1] = true
		}
	}
	count := map[string]int{}
	var titles []string
	code := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			code = !code
		}
		t = strings.TrimSpace(strings.TrimLeft(t, "#"))
		r, _ := utf8.DecodeRuneInString(t)
		if code || row[i] || len(t) < 2 || len(t) > 60 || !unicode.IsUpper(r) || strings.ContainsAny(t, ".:|<>=*`[]{}()\t\"'") || strings.Contains(t, "  ") || pages.ColumnOf(t) != pages.ColOther {
			continue
		}
		if count[t]++; count[t] == 1 {
			titles = append(titles, t)
		}
	}
	var out []string
	for _, t := range titles {
		if count[t] == 1 && len(out) < maxOutlineEntries {
			out = append(out, t)
		}
	}
	return out
}
