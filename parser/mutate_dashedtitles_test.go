package parser_test

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser"
)

// A page's headings written between runs of dashes, as a user's PHP
// scraper (DOMDocument walking a page's <h2>, <h3>…) writes them in the
// text it dumps: "-- Request Body --", the more dashes the deeper the
// heading ("--- Booth ---"), as AsciiDoc's and MediaWiki's "== T =="
// frame a title with "=". Applied to every text page of the golden cases
// and of the facts corpus, to each heading and title line the page's
// style reads as text (a heading of its markup, or a title line of a
// flattened page), one at a time and every one at once: the page's facts
// are read as from its headings, or refused, never read silently wrong.
// HTML pages are left alone: the scraper writes text.
func init() {
	const one, every = "heading between runs of dashes", "headings between runs of dashes, every one"
	defects = append(defects,
		defect{one, dashableTitles, func(p *scrapedPage, lines []string, at int) ([]string, int) {
			lines = slices.Clone(lines)
			lines[at] = dashedTitleLine(p, lines[at])
			return lines, at
		}},
		defect{every, func(p *scrapedPage) []int {
			if ts := dashableTitles(p); len(ts) > 1 {
				return ts[:1]
			}
			return nil
		}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
			lines = slices.Clone(lines)
			for _, i := range dashableTitles(p) {
				lines[i] = dashedTitleLine(p, lines[i])
			}
			return lines, at
		}})
	everyStyle[one] = true
	everyStyle[every] = true
}

var (
	// markedTitleRes match a heading of a text style, its marks (or its
	// level) and its title: Markdown's, AsciiDoc's, MediaWiki's and
	// DokuWiki's, Textile's and Confluence's.
	markedTitleRes = []*regexp.Regexp{
		regexp.MustCompile(`^(#{1,6})\s+(\S.*?)(?:\s+#+)?\s*$`),
		regexp.MustCompile(`^(={1,6})\s+(\S.*?)(?:\s*=+)?\s*$`),
		regexp.MustCompile(`^h([1-6])\.\s+(\S.*?)\s*$`),
	}
	// orgTitleRe matches an Org mode heading, its stars and its title.
	orgTitleRe = regexp.MustCompile(`^(\*{1,6})\s+(\S.*?)\s*$`)
)

// dashableTitles are the lines, from 0, of a text page's headings and
// title lines that the page's style reads as text, not as a table's
// cells nor as code: a heading of its markup (markedTitle), or a title
// line (headingLines). None for an HTML page.
func dashableTitles(p *scrapedPage) []int {
	if p.style == "html" || inContainer(p.name) {
		return nil
	}
	text := map[int]bool{}
	for _, b := range parser.PageBlocks(p.name, []byte(strings.Join(p.lines, "\n"))) {
		if !b.Table {
			text[b.Line-1] = true
		}
	}
	plain := slices.DeleteFunc(headingLines(p), p.inTable)
	var out []int
	code := false
	for i, l := range p.lines {
		if pages.IsFence(l) {
			code = !code
		}
		if code || !text[i] {
			continue
		}
		if _, title, ok := markedTitle(p, l); ok && dashable(title) || slices.Contains(plain, i) && dashable(strings.TrimSpace(l)) {
			out = append(out, i)
		}
	}
	return out
}

// markedTitle returns the level and the title of a line that is a
// heading of the page's markup, and whether it is one.
func markedTitle(p *scrapedPage, l string) (level int, title string, ok bool) {
	t := strings.TrimSpace(l)
	res := markedTitleRes
	if p.style == "Org mode" {
		res = []*regexp.Regexp{orgTitleRe}
	}
	for _, re := range res {
		m := re.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		level = len(m[1])
		if m[1][0] >= '1' && m[1][0] <= '6' {
			level = int(m[1][0] - '0')
		}
		return level, strings.TrimSpace(strings.Trim(m[2], "*`_ ")), true
	}
	return 0, "", false
}

// dashable reports whether a title reads as one between runs of dashes:
// it holds a letter, and neither begins nor ends with a dash.
func dashable(title string) bool {
	return strings.IndexFunc(title, unicode.IsLetter) >= 0 && !strings.HasPrefix(title, "-") && !strings.HasSuffix(title, "-")
}

// dashedTitleLine is a heading or title line written between runs of
// dashes as the scraper writes it: a dash more than its level, two for a
// title line without one, six at most.
func dashedTitleLine(p *scrapedPage, l string) string {
	level, title, ok := markedTitle(p, l)
	if !ok {
		level, title = 1, strings.TrimSpace(l)
	}
	run := strings.Repeat("-", min(level+1, 6))
	return run + " " + title + " " + run
}
