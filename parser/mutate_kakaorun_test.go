package parser_test

import (
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// What a page's text (a DOM's textContent, as linkedom, jsdom and bs4's
// get_text() give it; a browser's innerText of some tables) writes of a
// Kakao page's tables: each row a line, its cells run together with no
// separator, the header too ("NameTypeMandatoryDescription",
// "appSecretStringYApp Secret", "200Normal ResponseNormal"), the ruler
// gone. Applied to every table between pipes of a page of the
// HTTP-status protocol at once, as such a copy does: the page must read
// as it did, with warnings, or be refused where a row's cells cannot be
// told.
func init() {
	const class = "Kakao cells run together"
	defects = append(defects, defect{class, firstKakaoHeader, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		var drop []int
		for _, tb := range p.tables {
			if tb.header < 0 || len(tb.rows) == 0 {
				continue
			}
			for _, i := range append([]int{tb.header}, tb.rows...) {
				if t := strings.TrimSpace(lines[i]); strings.Contains(t, "|") {
					lines[i] = strings.Join(pages.SplitPipes(t), "")
				}
			}
			if r := tb.header + 1; r < len(lines) && rulerRe.MatchString(strings.TrimSpace(lines[r])) {
				drop = append(drop, r)
			}
		}
		for k := len(drop) - 1; k >= 0; k-- {
			lines = slices.Delete(lines, drop[k], drop[k]+1)
			if drop[k] < at {
				at--
			}
		}
		return lines, at
	}})
}

// firstKakaoHeader is the place of a defect applied to every table of an
// HTTP-status page written as Markdown or pipes at once: the header of its
// first table with rows, or none on another page.
func firstKakaoHeader(p *scrapedPage) []int {
	if p.style != "markdown" && p.style != "pipes" || len(linesMatching(p, bareAPIPathRe)) == 0 {
		return nil
	}
	for _, tb := range p.tables {
		if tb.header >= 0 && len(tb.rows) > 0 {
			return []int{tb.header}
		}
	}
	return nil
}
