package parser_test

import (
	"strings"

	"github.com/docs2go/docs2go/pages/adoc"
	"github.com/docs2go/docs2go/pages/drawn"
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
	for _, d := range []defect{
		{"table's rows under a title of their own, without the header, in any style", strayRowPlaces(false), strayRowTitle(false)},
		{"table's rows under a title and a blank line, without the header, in any style", strayRowPlaces(true), strayRowTitle(true)},
	} {
		defects = append(defects, d)
		everyStyle[d.class] = true
	}
}

// strayRowPlaces are the rows of a page's tables after the first of
// their table (calloutPlaces), in the styles whose rows are lines of
// their own; with blank, not in a table drawn with dashes, where a
// blank line parts the rows of a table whose cells hold several lines
// and a title with a blank line under it is a row's text.
func strayRowPlaces(blank bool) func(p *scrapedPage) []int {
	return func(p *scrapedPage) []int {
		if p.style == "html" || p.style == (adoc.Style{}).String() || p.style == (mediawiki.Style{}).String() || blank && p.style == (drawn.Style{}).String() || inContainer(p.name) {
			return nil
		}
		return calloutPlaces(p)
	}
}

// strayRowTitle inserts a title before the row at a line, as a heading
// in Markdown and on a page of pipes, a line of text elsewhere, with a
// blank line under it when blank is set or the page sets its cells a
// blank line apart.
func strayRowTitle(blank bool) func(p *scrapedPage, lines []string, at int) ([]string, int) {
	return func(p *scrapedPage, lines []string, at int) ([]string, int) {
		title := "Other fields"
		if strings.EqualFold(p.style, "markdown") || p.style == "pipes" {
			title = "### " + title
		}
		if blank || at > 0 && strings.TrimSpace(lines[at-1]) == "" {
			return insertLines(lines, at, title, ""), at
		}
		return insertLines(lines, at, title), at
	}
}
