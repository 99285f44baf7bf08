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

// A Kakao Method section's method set as a list item or a quote, as the
// permission sentence above: read as the method, with a warning.
func init() {
	d := defect{"method line as a list item or quote", methodLines, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		t := strings.TrimSpace(lines[at])
		if p.style == "html" {
			inner := strings.TrimSuffix(strings.TrimPrefix(t, "<p>"), "</p>")
			lines[at] = []string{"<ul><li>" + inner + "</li></ul>", "<blockquote><p>" + inner + "</p></blockquote>"}[at%2]
			return lines, at
		}
		lines[at] = []string{"- ", "> ", "  * "}[at%3] + t
		return lines, at
	}}
	defects = append(defects, d)
	everyStyle[d.class] = true
	noShift[d.class] = true
}

// methodLines are the lines of a page that state a method alone right
// under a Method section's title.
func methodLines(p *scrapedPage) []int {
	var out []int
	strip := func(l string) string {
		return strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(l), "<p>"), "</p>")
	}
	for i := 1; i < len(p.lines); i++ {
		switch strip(p.lines[i]) {
		case "GET", "POST", "PUT", "PATCH", "DELETE":
			if title := strings.Trim(strip(p.lines[i-1]), "#<>h34/ "); strings.EqualFold(title, "Method") || title == "메서드" {
				out = append(out, i)
			}
		}
	}
	return out
}
