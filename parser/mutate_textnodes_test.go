package parser_test

import (
	"regexp"
	"strings"
)

// A page printed one text node a line, as a scraper joins a page's text
// nodes with line breaks (parsel's "\n".join(sel.css("*::text").getall()),
// lxml's itertext, bs4's get_text("\n", strip=True)): no blank line
// anywhere, each cell of a table a line of its own, an empty cell gone
// with no trace (an enum table whose values have no description prints a
// name and a code a row), each heading's title a line with the
// zero-width space of its permalink on the line after it, a code block's
// language a line over its code. Applied to a Markdown page whole: the
// page reads as it did, with warnings, or is refused where its rows
// cannot be told; never misaligned.
func init() {
	const class = "page printed one text node a line, no blank lines"
	defects = append(defects, defect{class, func(p *scrapedPage) []int {
		if p.style != "markdown" || inContainer(p.name) {
			return nil
		}
		for _, tb := range p.tables {
			if tb.header >= 0 && len(tb.rows) > 0 {
				return []int{tb.header}
			}
		}
		return nil
	}, textNodes})
	everyStyle[class] = true
}

var (
	// fenceLineRe matches a code fence's line and its language.
	fenceLineRe = regexp.MustCompile("^\\s*(?:```|~~~)\\s*(\\w*)")
	// textLinkRe matches a Markdown link, its text a text node of its own.
	textLinkRe = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	// markupRe matches what a page's text nodes do not hold: an HTML tag,
	// and a block quote's or a list item's marker at a line's start.
	markupRe = regexp.MustCompile(`<[^<>]+>|^(?:>\s?)+|^[-*+] `)
)

// textNodes prints a Markdown page's lines as text nodes a line, and
// returns them with the line the header row at at went to.
func textNodes(p *scrapedPage, lines []string, at int) ([]string, int) {
	rows := map[int]bool{}
	for _, tb := range p.tables {
		if tb.header >= 0 {
			rows[tb.header] = true
		}
		for _, r := range tb.rows {
			rows[r] = true
		}
	}
	text := func(s string) string {
		s = textLinkRe.ReplaceAllString(s, "$1")
		return strings.TrimSpace(strings.NewReplacer("`", "", "**", "").Replace(s))
	}
	var out []string
	moved := 0
	for i, l := range lines {
		if i == at {
			moved = len(out)
		}
		t := strings.TrimSpace(markupRe.ReplaceAllString(strings.TrimSpace(l), " "))
		switch {
		case t == "" || rulerRe.MatchString(t):
		case rows[i]:
			cs, _, _ := pipeParts(t)
			for _, c := range cs {
				if c := text(c); c != "" {
					out = append(out, c)
				}
			}
		case atxHeadingRe.MatchString(t):
			out = append(out, text(strings.TrimLeft(t, "# ")), "\u200b")
		case fenceLineRe.MatchString(t):
			if lang := fenceLineRe.FindStringSubmatch(t)[1]; lang != "" {
				out = append(out, lang)
			}
		default:
			out = append(out, text(t))
		}
	}
	return out, moved
}
