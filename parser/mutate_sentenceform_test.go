package parser_test

import (
	"slices"
	"strings"
)

// A sentence that states a fact (GearN's permission rule) set in another
// block than a paragraph, as a copy or an editor sets it: a list item
// ("- ", "* ", a text browser's "  * ", HTML's <li>) or a quote ("> ",
// <blockquote>). Read as the sentence, with a warning naming the form,
// in every style; never lost as prose.
func init() {
	d := defect{"fact sentence as a list item or quote", factSentences, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		l := lines[at]
		t := strings.TrimSpace(l)
		if p.style == "html" {
			inner := strings.TrimSuffix(strings.TrimPrefix(t, "<p>"), "</p>")
			lines[at] = []string{"<ul><li>" + inner + "</li></ul>", "<blockquote><p>" + inner + "</p></blockquote>", "<ol><li>" + inner + "</li></ol>"}[at%3]
			return lines, at
		}
		lines[at] = []string{"- ", "> ", "  * "}[at%3] + t
		return lines, at
	}}
	defects = append(defects, d)
	everyStyle[d.class] = true
	noShift[d.class] = true
}

// factSentences are the lines of a page that state a GearN permission
// rule as a sentence of their own.
func factSentences(p *scrapedPage) []int {
	var out []int
	for i, l := range p.lines {
		t := strings.TrimSpace(l)
		t = strings.TrimSuffix(strings.TrimPrefix(t, "<p>"), "</p>")
		if strings.HasPrefix(t, "Require permission rules ") {
			out = append(out, i)
		}
	}
	return out
}
