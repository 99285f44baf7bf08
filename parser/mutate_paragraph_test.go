package parser_test

import (
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// What html2markdown without its table plugin writes of a table: one
// paragraph, each cell's text right after the one before and a space
// between two rows ("NameTypeMandatoryDescription appSecretStringYApp
// Secret kgAppIdStringYKG App ID"). Applied to each Markdown table of a
// page whose paragraph so written holds a name run together with its
// type, which must be refused at its line, never read as text.
func init() {
	const class = "table written as one paragraph (html2markdown without its table plugin)"
	everyStyle[class] = true
	defects = append(defects, defect{class, func(p *scrapedPage) []int {
		if p.style != "markdown" {
			return nil
		}
		var out []int
		for _, tb := range p.tables {
			if tb.header >= 0 && len(tb.rows) > 0 && pages.OneParagraphTable(asParagraph(p.lines, tb)) {
				out = append(out, tb.header)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		for _, tb := range p.tables {
			if tb.header != at {
				continue
			}
			out := append(slices.Clone(lines[:at]), asParagraph(lines, tb))
			return append(out, lines[slices.Max(tb.rows)+1:]...), at
		}
		return lines, at
	}})
}

// asParagraph writes a Markdown table as one paragraph, as html2markdown
// without its table plugin writes it.
func asParagraph(lines []string, tb scrapedTable) string {
	rows := []string{strings.Join(pages.SplitPipes(strings.TrimSpace(lines[tb.header])), "")}
	for _, r := range tb.rows {
		rows = append(rows, strings.Join(pages.SplitPipes(strings.TrimSpace(lines[r])), ""))
	}
	return strings.Join(rows, " ")
}
