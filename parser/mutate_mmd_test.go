package parser_test

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
)

// What pandoc's MultiMarkdown writer (-t markdown_mmd) writes after a
// heading: its identifier in brackets, the title's words in small letters
// joined by hyphens, a number after it where an earlier heading has the
// same ("### HTTP [http-1]"). Applied to each ATX heading of a Markdown
// page, which must read as its title.
func init() {
	const class = "heading with its MultiMarkdown label"
	everyStyle[class] = true
	defects = append(defects, defect{class, func(p *scrapedPage) []int {
		if p.style != "markdown" && p.style != "Markdown" {
			return nil
		}
		var out []int
		code := false
		for i, l := range p.lines {
			if pages.IsFence(l) {
				code = !code
			}
			if !code && atxHeadingRe.MatchString(l) && headingSlug(l) != "" {
				out = append(out, i)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		id := headingSlug(lines[at])
		seen := 0
		for _, l := range lines[:at] {
			if atxHeadingRe.MatchString(l) && headingSlug(l) == id {
				seen++
			}
		}
		if seen > 0 {
			id += "-" + strconv.Itoa(seen)
		}
		lines[at] = strings.TrimRight(lines[at], " \r") + " [" + id + "]"
		return lines, at
	}})
}

// headingSlug is the identifier pandoc gives an ATX heading: its title's
// words without its permalink (pages.Undecorated), letters and digits,
// in small letters joined by hyphens.
func headingSlug(l string) string {
	title := pages.Undecorated(strings.TrimSpace(strings.TrimLeft(l, "#")))
	return strings.ToLower(strings.Join(strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), "-"))
}
