package parser_test

import (
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// What a converter without tables (upndown, a DOM's textContent) writes
// of a table: one line, its header's cells and every row's cells right
// after one another with nothing between them
// ("NameTypeMandatoryDescriptionappSecretStringYApp SecretkgAppIdStringYKG
// App ID"). Applied to each Markdown table of a page whose header so
// written is a run-together header, or that is a table of codes
// (pages.CodeHeader): its rows must be read, each name's start told by
// evidence with a warning, or the line refused, never read as text.
func init() {
	const class = "whole table on one line, its cells and rows run together (upndown)"
	everyStyle[class] = true
	defects = append(defects, defect{class, func(p *scrapedPage) []int {
		if p.style != "markdown" {
			return nil
		}
		var out []int
		for _, tb := range p.tables {
			if tb.header < 0 || len(tb.rows) == 0 {
				continue
			}
			head, _ := pages.LeadingRunTogetherHeader(asRunLine(p.lines, tb))
			labels, _ := pages.CodeHeader(strings.Fields(strings.Join(pages.SplitPipes(strings.TrimSpace(p.lines[tb.header])), " ")))
			if head != nil || labels != nil {
				out = append(out, tb.header)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		for _, tb := range p.tables {
			if tb.header != at {
				continue
			}
			out := append(slices.Clone(lines[:at]), asRunLine(lines, tb))
			return append(out, lines[slices.Max(tb.rows)+1:]...), at
		}
		return lines, at
	}})
}

// asRunLine writes a Markdown table as one line, its cells and rows run
// together, as upndown writes it.
func asRunLine(lines []string, tb scrapedTable) string {
	var b strings.Builder
	b.WriteString(strings.Join(pages.SplitPipes(strings.TrimSpace(lines[tb.header])), ""))
	for _, r := range tb.rows {
		b.WriteString(strings.Join(pages.SplitPipes(strings.TrimSpace(lines[r])), ""))
	}
	return b.String()
}
