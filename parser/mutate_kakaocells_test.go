package parser_test

import (
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// What node-html-parser's structuredText writes of a Kakao page's
// tables: each <td> a block, on a line of its own, no blank lines; the
// <th> cells of a header row no blocks, run together on one line
// ("NameTypeMandatoryDescription", "Status CodeStatus Code
// DescriptionStatus Code Detailed Description"); an empty cell no line;
// the ruler gone. Applied to every table between pipes of a page of the
// HTTP-status protocol at once, as such a copy does: the page must read
// as it did, with warnings, or be refused where a row's cells cannot be
// told.
func init() {
	const class = "Kakao header run together over cells one a line"
	defects = append(defects, defect{class, firstKakaoHeader, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		// as holds, by a line's index, the lines it is written as.
		as := map[int][]string{}
		for _, tb := range p.tables {
			if tb.header < 0 || len(tb.rows) == 0 {
				continue
			}
			if t := strings.TrimSpace(lines[tb.header]); strings.Contains(t, "|") {
				as[tb.header] = []string{strings.Join(pages.SplitPipes(t), "")}
			}
			if r := tb.header + 1; r < len(lines) && rulerRe.MatchString(strings.TrimSpace(lines[r])) {
				as[r] = []string{}
			}
			for _, i := range tb.rows {
				if t := strings.TrimSpace(lines[i]); strings.Contains(t, "|") {
					as[i] = slices.DeleteFunc(pages.SplitPipes(t), func(c string) bool { return strings.TrimSpace(c) == "" })
				}
			}
		}
		out := make([]string, 0, len(lines))
		moved := at
		for i, l := range lines {
			if i == at {
				moved = len(out)
			}
			if w, ok := as[i]; ok {
				out = append(out, w...)
				continue
			}
			out = append(out, l)
		}
		return out, moved
	}})
}
