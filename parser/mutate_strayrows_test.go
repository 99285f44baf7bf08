package parser_test

import (
	"strings"

	"github.com/docs2go/docs2go/pages/adoc"
	"github.com/docs2go/docs2go/pages/mediawiki"
)

// A table's rows moved under a title of their own, without the header:
// an author who splits a long table into parts ("Other fields"), or a
// scrape that keeps the part's title and loses its header row. Applied at
// each row of a table after its first, in every style whose rows are
// lines of their own: the rows under the title are a table's rest with
// no header row, read as the rest of the table they were cut from with a
// warning, or refused at their line; never dropped with no word.
func init() {
	const class = "table's rows under a title of their own, without the header, in any style"
	defects = append(defects, defect{class, func(p *scrapedPage) []int {
		if p.style == "html" || p.style == (adoc.Style{}).String() || p.style == (mediawiki.Style{}).String() || inContainer(p.name) {
			return nil
		}
		return calloutPlaces(p)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		title := "Other fields"
		if strings.EqualFold(p.style, "markdown") || p.style == "pipes" {
			title = "### " + title
		}
		if at > 0 && strings.TrimSpace(lines[at-1]) == "" {
			// Cells a blank line apart: the title stands as one.
			return insertLines(lines, at, title, ""), at
		}
		return insertLines(lines, at, title), at
	}})
	everyStyle[class] = true
}
