package parser_test

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
)

// The damage done to the titles of a page's type tables (the heading
// over the table of a type or an enum, "### ErrorCode"): a site or a
// converter that writes them as paragraphs wholly in bold, in the
// page's style (<p><strong>ErrorCode</strong></p>, **ErrorCode**,
// MediaWiki's triple quotes), or as plain paragraphs (<p>ErrorCode</p>),
// which must read as the headings they stand for; a writer or a scrape
// that loses them, several at once, which must leave
// the clean schema with a warning or a located error, never a table
// documenting another type than its own (noShift); and an HTML table
// never closed, whose title and text after its rows HTML's parsing moves
// above it. They act on every style a type's title is a heading in.
func init() {
	defects = append(defects, titleDefects...)
	for _, d := range titleDefects {
		everyStyle[d.class] = true
		noShift[d.class] = true
	}
}

// noShift are the defect classes whose mutations may not give other facts
// with a warning either (warned): each of them leaves the page what it
// needs to read the clean facts or to refuse the table it cannot place,
// and other facts are a table read as another type's.
var noShift = map[string]bool{}

var titleDefects = []defect{
	{"type title as a bold paragraph", typeTitles, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		title, _ := typeTitle(p, lines[at])
		lines = slices.Clone(lines)
		lines[at] = boldTitle(p.style, title, at)
		return lines, at
	}},
	{"type title as a plain paragraph", typeTitles, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		title, _ := typeTitle(p, lines[at])
		lines = slices.Clone(lines)
		if p.style == "html" {
			title = "<p>" + title + "</p>"
		}
		lines[at] = title
		return lines, at
	}},
	{"type titles lost, two in a row", func(p *scrapedPage) []int {
		ts := typeTitles(p)
		var out []int
		for i := 0; i+1 < len(ts); i++ {
			out = append(out, ts[i])
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		next := slices.IndexFunc(lines[at+1:], func(l string) bool { _, ok := typeTitle(p, l); return ok })
		if next < 0 {
			return slices.Delete(slices.Clone(lines), at, at+1), at
		}
		lines = slices.Delete(slices.Clone(lines), at+1+next, at+2+next)
		return slices.Delete(lines, at, at+1), at
	}},
	{"type titles lost, every one", func(p *scrapedPage) []int {
		if ts := typeTitles(p); len(ts) > 1 {
			return ts[:1]
		}
		return nil
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		return slices.DeleteFunc(slices.Clone(lines), func(l string) bool { _, ok := typeTitle(p, l); return ok }), at
	}},
	{"HTML table never closed", func(p *scrapedPage) []int {
		if p.style != "html" {
			return nil
		}
		var out []int
		for i, l := range p.lines {
			if strings.HasPrefix(strings.TrimSpace(l), "</table>") && slices.ContainsFunc(p.lines[i+1:], func(l string) bool { _, ok := typeTitle(p, l); return ok }) {
				out = append(out, i)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		lines[at] = strings.Replace(lines[at], "</table>", "", 1)
		if at > 0 && strings.TrimSpace(lines[at-1]) == "</tbody>" {
			lines[at-1] = ""
		}
		return lines, at
	}},
}

var (
	// typeNameRe matches the name of a type or an enum as a title writes
	// it: an identifier in upper camel case, perhaps qualified
	// ("GenericModels.StatGain").
	typeNameRe = regexp.MustCompile(`^[A-Z][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*(?:\.[A-Z][A-Za-z0-9_]*)*$`)
	// sectionNames are the titles of one such word that head a part of
	// a page, not a type.
	sectionNames = map[string]bool{"Overview": true, "Client": true, "Server": true, "Admin": true, "Description": true, "Method": true, "Parameters": true, "Response": true, "Request": true, "Example": true, "Examples": true, "Headers": true, "Errors": true}
	// The headings of the styles, each with its title: Markdown's (and
	// a page of pipes'), HTML's (its permalinks beside it, or a
	// paragraph wholly in bold), AsciiDoc's, MediaWiki's and DokuWiki's,
	// Confluence's and Textile's, Org's.
	mdHeadingRe   = regexp.MustCompile(`^#{1,6}\s+(\S+)\s*$`)
	htmlHeadingRe = regexp.MustCompile(`^(?:<h[1-6][^>]*>(?:<a[^>]*>[^<]*</a>)?([^<]+?)(?:<a[^>]*>[^<]*</a>)?</h[1-6]>|<p><(?:strong|b)>([^<]+)</(?:strong|b)></p>)$`)
	adocHeadingRe = regexp.MustCompile(`^={2,6}\s+(\S+)$`)
	eqHeadingRe   = regexp.MustCompile(`^(=+)\s*(\S+?)\s*(=+)$`)
	wikiHeadingRe = regexp.MustCompile(`^h[1-6]\.\s+(\S+)$`)
	orgHeadingRe  = regexp.MustCompile(`^\*+\s+(\S+)$`)
)

// typeTitle returns the name a line of the page titles a type with: a
// heading of the page's style whose text is a type's name.
func typeTitle(p *scrapedPage, line string) (string, bool) {
	t := strings.TrimSpace(line)
	var m []string
	switch p.style {
	case "markdown", "pipes", "Markdown":
		m = mdHeadingRe.FindStringSubmatch(t)
	case "html":
		if m = htmlHeadingRe.FindStringSubmatch(t); m != nil && m[1] == "" {
			m = m[1:]
		}
	case "AsciiDoc":
		m = adocHeadingRe.FindStringSubmatch(t)
	case "MediaWiki wikitext", "DokuWiki markup":
		if m = eqHeadingRe.FindStringSubmatch(t); m != nil && m[1] == m[3] {
			m = m[1:]
		} else {
			m = nil
		}
	case "Confluence wiki markup", "Textile":
		m = wikiHeadingRe.FindStringSubmatch(t)
	case "Org mode":
		m = orgHeadingRe.FindStringSubmatch(t)
	}
	if m == nil {
		return "", false
	}
	name := strings.TrimSpace(strings.Trim(m[1], "#¶\u200b "))
	if !typeNameRe.MatchString(name) || sectionNames[name] {
		return "", false
	}
	return name, true
}

// typeTitles are the lines of a page that title a type's table: a type's
// name in a heading (typeTitle) over a table, the next line but blank
// ones, or the one after it (a line of text between), beginning it.
func typeTitles(p *scrapedPage) []int {
	var out []int
	for i, l := range p.lines {
		if _, ok := typeTitle(p, l); !ok {
			continue
		}
		seen := 0
		for j := i + 1; j < len(p.lines) && seen < 2; j++ {
			t := strings.TrimSpace(p.lines[j])
			if t == "" {
				continue
			}
			if startsTable(p.style, t) {
				out = append(out, i)
				break
			}
			if _, ok := typeTitle(p, t); ok {
				break
			}
			seen++
		}
	}
	return out
}

// startsTable reports whether a line begins a table in a style.
func startsTable(style, t string) bool {
	switch style {
	case "html":
		return strings.HasPrefix(t, "<table")
	case "AsciiDoc":
		return strings.HasPrefix(t, "|===") || strings.HasPrefix(t, "[cols") || strings.HasPrefix(t, "[options") || strings.HasPrefix(t, ".")
	case "MediaWiki wikitext":
		return strings.HasPrefix(t, "{|")
	case "DokuWiki markup":
		return strings.HasPrefix(t, "^")
	}
	return strings.HasPrefix(t, "|")
}

// boldTitle writes a type's title as a paragraph wholly in bold, in a
// style: in HTML in a <p> or a <div>, in <strong> or <b>, and in
// Markdown with stars or underscores, by at.
func boldTitle(style, title string, at int) string {
	switch style {
	case "html":
		return []string{"<p><strong>" + title + "</strong></p>", "<p><b>" + title + "</b></p>", "<div><strong>" + title + "</strong></div>"}[at%3]
	case "markdown", "pipes", "Markdown":
		return []string{"**" + title + "**", "__" + title + "__"}[at%2]
	case "AsciiDoc", "Confluence wiki markup", "Org mode", "Textile":
		return "*" + title + "*"
	case "MediaWiki wikitext":
		return "'''" + title + "'''"
	case "DokuWiki markup":
		return "**" + title + "**"
	}
	return title
}

// qualifiedRe matches a type's name with its namespace
// ("GenericModels.CurrencyItem"), the name alone in its group.
var qualifiedRe = regexp.MustCompile(`\b(?:[A-Z]\w*\.)+([A-Z]\w*)`)

// sameBySegment reports whether two lists of facts are the same but for
// the namespaces of the types they name: a table whose title is lost is
// recovered under the name the page refers to it by
// ("GenericModels.CurrencyItem"), which its title may write otherwise
// ("Generic.CurrencyItem"). It is the same table read as the same type.
func sameBySegment(a, b []string) bool {
	norm := func(fs []string) string {
		out := make([]string, len(fs))
		for i, f := range fs {
			out[i] = qualifiedRe.ReplaceAllString(f, "$1")
		}
		slices.Sort(out)
		return strings.Join(out, "\n")
	}
	return norm(a) == norm(b)
}

// TestTitlesLostInHTMLFacts applies the damage to type titles to the
// HTML pages of the facts corpus that parse (TestMutations damages the
// golden cases' and the text pages'), at every place, one at a time and
// a few at once: each parse must give the clean facts, or fail with
// errors, never other facts, warned or not (but for the namespace a
// recovered type takes from the references, sameBySegment).
func TestTitlesLostInHTMLFacts(t *testing.T) {
	lists, err := filepath.Glob("../testdata/facts/*/pages")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, list := range lists {
		dir := filepath.Dir(list)
		ps := parser.CasePages(t, dir)
		clean, err := parser.Parse(ps, parser.Options{Name: "x"})
		if err != nil {
			continue
		}
		want := factLines(clean.API)
		for k, pg := range ps {
			if !strings.HasSuffix(pg.Name, ".html") {
				continue
			}
			page := readScrapedPage(pg.Name, pg.Data)
			for _, d := range titleDefects {
				for _, g := range sample(d.places(page), true) {
					lines := page.lines
					for i := len(g) - 1; i >= 0; i-- {
						lines, _ = d.apply(page, lines, g[i])
					}
					damaged := slices.Clone(ps)
					damaged[k] = parser.Page{Name: pg.Name, Data: []byte(strings.Join(lines, "\n"))}
					n++
					res, err := parser.Parse(damaged, parser.Options{Name: "x"})
					if err != nil {
						continue
					}
					if got := factLines(res.API); !sameBySegment(want, got) {
						t.Errorf("%s in %s:%d: other facts: %s", d.class, pg.Name, g[0]+1, firstDifference(want, res, nil))
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no HTML page of the facts corpus has a type title")
	}
	t.Logf("%d damaged parses", n)
}
