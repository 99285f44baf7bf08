package parser_test

import (
	"regexp"
	"slices"
)

// A count or a range that begins a cell's second paragraph, run into the
// last word of the first with nothing between them, as a scraper that
// joins a cell's <p>s and <br>s with nothing writes it (Mojo::DOM's
// all_text: "Filters used1 ~ 4 items", "in degrees2 items", "returned-2.5
// ~ 12.0"); the comma a writer sets before a bound in a sentence is no
// paragraph's, and goes with the space. Applied to every description of
// a page, in every style: the bound is read as it was, or warned of;
// never read as another bound ("~ 4 items" as 4 items).
func init() {
	const class = "count or range run into the word before it, in any style"
	defects = append(defects, defect{class, func(p *scrapedPage) []int { return linesMatching(p, gluedNumRe) }, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		lines[at] = gluedNumRe.ReplaceAllStringFunc(lines[at], func(s string) string {
			m := gluedNumRe.FindStringSubmatch(s)
			if slices.Contains(boundWords, m[1]) {
				return s
			}
			return m[1] + m[2]
		})
		return lines, at
	}})
	everyStyle[class] = true
}

var (
	// gluedNumRe is a word, maybe a comma, a space, and a count or a
	// range that begins a bound: "used 1 ~ 4 items", "magnitude, -2.5 ~
	// 12.0", "degrees, 2 items".
	gluedNumRe = regexp.MustCompile(`\b([A-Za-z]{2,}),? (-?\d+(?:\.\d+)? ?(?:~|-|–) ?-?\d+(?:\.\d+)?|\d+ (?:characters?|elements?|items?|entries))\b`)
	// boundWords are the words a bound's phrasing begins with, which
	// begin no paragraph's bound: "up to 4 items" is no "up to" and "4
	// items".
	boundWords = []string{"to", "than", "least", "most", "max", "min", "maximum", "minimum", "from", "between", "exactly"}
)
