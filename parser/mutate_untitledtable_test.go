package parser_test

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/parser"
)

// The damage of a scrape that cut a table that has no title of its own
// whole: a table right under an endpoint's line ("POST
// /api/rJson/masterPlayer/client/linkCustomId", GearN's header table
// when the page writes no "Request Headers" over it) or under a bare
// method line ("GET", Kakao's), its header row and its rows, with
// nothing left to say a table was there. The parse must read the loss
// from what else the page says (the other roles of the operation
// document headers, the example request sends what no table documents)
// and warn at the endpoint's line or refuse there, never read the
// endpoint as taking no headers or no body. Each such table, one at a
// time and a few at once, in every style but HTML (whose table's
// elements would stay).
//
// So on a page of one endpoint whose other evidence is gone too (its
// permission sentence, the headers its example request sends beyond
// HTTP's own): the protocol's own tells the loss there. And so for the
// table with no title that follows the one under the endpoint's line
// (GearN's body table, right after its header table): the endpoint must
// not read in silence as one that takes no body or no query.
func init() {
	for _, d := range []defect{untitledTableDefect(false), untitledTableDefect(true), untitledAloneDefect(), untitledSecondDefect()} {
		defects = append(defects, d)
		everyStyle[d.class] = true
	}
}

// permissionSentenceRe matches GearN's permission sentence in any
// markup around it, and exampleOwnHeaderRe a header line of an example
// request that HTTP's own handling does not send.
var (
	permissionSentenceRe = regexp.MustCompile(`(?i)^[^\pL]*(?:no\s+)?require(?:s|d)?\s+permission\s+rules?\b`)
	exampleOwnHeaderRe   = regexp.MustCompile(`^\s*(?:appSecret|Authorization|kgAppId|Secret-Key|Auth-Token|Game-Id|X-[\w-]+):\s`)
)

// untitledAloneDefect is the class of the table with no title of its own
// lost whole on a page of one endpoint that keeps no other evidence of
// it: its permission sentence and the headers its example request sends
// beyond HTTP's own are gone with it.
func untitledAloneDefect() defect {
	whole := untitledTableDefect(false)
	return defect{"field table lost whole, no title of its own, nothing else telling", func(p *scrapedPage) []int {
		if p.style == "html" || len(slices.DeleteFunc(slices.Clone(p.lines), func(l string) bool { return !methodLine(l) })) != 1 {
			return nil
		}
		return whole.places(p)
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		cut, at := whole.apply(p, lines, at)
		var out []string
		for i, l := range cut {
			switch {
			case permissionSentenceRe.MatchString(l) || exampleOwnHeaderRe.MatchString(l):
				if i < at {
					at--
				}
			default:
				out = append(out, l)
			}
		}
		return out, at
	}}
}

// untitledSecondDefect is the class of the table with no title of its
// own that follows, right after its last row, the one under an
// endpoint's line (GearN's body table after its header table) lost
// whole.
func untitledSecondDefect() defect {
	return defect{"field table lost whole, no title of its own, after the endpoint's first", func(p *scrapedPage) []int {
		if p.style == "html" {
			return nil
		}
		var out []int
		tables := parser.ListTables(p.name, []byte(strings.Join(p.lines, "\n")))
		for i := 1; i < len(tables); i++ {
			above, first := titleAbove(p.lines, tables[i][0]-1), titleAbove(p.lines, tables[i-1][0]-1)
			if above != tables[i-1][2]-1 || first < 0 || !methodLine(p.lines[first]) || restKept(p.lines, tables, i-1) {
				continue
			}
			if _, ok := tableCut(p.name, p.lines, tables[i]); ok {
				out = append(out, first)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		tables := parser.ListTables(p.name, []byte(strings.Join(lines, "\n")))
		for i := 1; i < len(tables); i++ {
			if titleAbove(lines, tables[i-1][0]-1) != at || titleAbove(lines, tables[i][0]-1) != tables[i-1][2]-1 {
				continue
			}
			if cut, ok := tableCut(p.name, lines, tables[i]); ok {
				return cut, at
			}
		}
		return lines, at
	}}
}

// untitledTableDefect is the class of the tables with no title of their
// own lost whole: with rest, those whose rest stays (the table right
// after them, its header theirs again, as a page break's repeated header
// row makes it), which reads then as the whole table; without, the
// others.
func untitledTableDefect(rest bool) defect {
	class := "field table lost whole, no title of its own"
	if rest {
		class += ", the rest of it kept"
	}
	return defect{class, func(p *scrapedPage) []int {
		if p.style == "html" {
			return nil
		}
		var out []int
		tables := parser.ListTables(p.name, []byte(strings.Join(p.lines, "\n")))
		for i, t := range tables {
			above := titleAbove(p.lines, t[0]-1)
			if above < 0 || !methodLine(p.lines[above]) || restKept(p.lines, tables, i) != rest {
				continue
			}
			if _, ok := tableCut(p.name, p.lines, t); ok {
				out = append(out, above)
			}
		}
		return out
	}, cutTableUnder}
}

// restKept reports whether the table after tables[i] is its rest: it
// starts on the first line of text after tables[i]'s last row, its
// header row tables[i]'s again, but for case and spaces.
func restKept(lines []string, tables [][3]int, i int) bool {
	if i+1 == len(tables) {
		return false
	}
	next := tables[i+1]
	for k := tables[i][2]; k < len(lines); k++ {
		if strings.TrimSpace(lines[k]) != "" {
			return k == next[0]-1 && headerForm(lines[k]) == headerForm(lines[tables[i][0]-1])
		}
	}
	return false
}

// headerForm is a header row's text in lower case without its spaces.
func headerForm(l string) string {
	return strings.ToLower(strings.Join(strings.Fields(l), ""))
}

var (
	// methodLineRe matches an endpoint's line, its markup taken off: a
	// method alone ("GET") or a method and a path ("POST /api/x",
	// "GET https://host/v2/x").
	methodLineRe = regexp.MustCompile(`^(?:GET|POST|PUT|PATCH|DELETE)(?:\s+(?:https?://)?\S*/\S*)?$`)
	// markupTagRe matches an HTML tag a text page writes in its lines.
	markupTagRe = regexp.MustCompile(`</?[a-z][^>]*>`)
)

// methodLine reports whether a line is an endpoint's line (methodLineRe),
// in any markup around it ("### POST /x", "`GET`", "<code>GET</code>").
func methodLine(line string) bool {
	l := markupTagRe.ReplaceAllString(line, "")
	l = strings.TrimFunc(l, func(r rune) bool { return strings.ContainsRune(" \t#=*_`'\"|!:.-+[]()", r) })
	return methodLineRe.MatchString(l)
}
