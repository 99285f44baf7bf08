package parser_test

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/dokuwiki"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/textile"
	"github.com/docs2go/docs2go/pages/wiki"
	"github.com/docs2go/docs2go/pages/xwiki"
	"github.com/docs2go/docs2go/pages/zim"
)

// A row with a cell too many: a pipe of a cell's text that lost its
// escape (a scrape, a converter or an author writes "string | null", or
// "One of fast | safe", bare) parts the cell in two. Applied to each row
// of a table of a page whose cells a pipe parts (pages.PipeRows), in its
// description (after the second of its four words or more), where the
// row reads with its description joined back and a warning, and in its
// type cell (a plain type, " | null" after it), where the row is refused
// at its line; never read with its cells shifted and no word.
func init() {
	for _, d := range []defect{
		{"row with a cell too many, a pipe in its description", extraCellPlaces(descPipe), extraCellApply(descPipe)},
		{"row with a cell too many, a pipe in its type cell", extraCellPlaces(typePipe), extraCellApply(typePipe)},
	} {
		defects = append(defects, d)
		everyStyle[d.class] = true
	}
}

// pipeStyles are the styles, by name, whose cells a pipe parts.
var pipeStyles = map[string]bool{"markdown": true, "pipes": true, markdown.Style{}.String(): true, pipes.Style{}.String(): true, textile.Style{}.String(): true, dokuwiki.Style{}.String(): true, xwiki.Style{}.String(): true, zim.Style{}.String(): true, wiki.Style{}.String(): true}

// plainTypeRe matches a type cell a pipe may go on: a plain type.
var plainTypeRe = regexp.MustCompile(`^(string|int|integer|long|boolean|number)$`)

// descPipe returns the row line l with a pipe in its description, its
// last cell of four words or more, after its second word; ok is false
// for a row without one.
func descPipe(l string) (string, bool) {
	cells := pages.SplitPipes(strings.TrimSpace(l))
	last := strings.TrimSpace(cells[len(cells)-1])
	words := strings.Fields(last)
	if len(words) < 4 || strings.ContainsAny(last, "`[{<*_") {
		return l, false
	}
	at := strings.LastIndex(l, last)
	if at < 0 {
		return l, false
	}
	cut := at + len(words[0]) + 1 + len(words[1])
	return l[:cut] + " |" + l[cut:], true
}

// typePipe returns the row line l with " | null" after its type cell,
// its second, a plain type; ok is false for a row without one.
func typePipe(l string) (string, bool) {
	cells := pages.SplitPipes(strings.TrimSpace(l))
	typ := strings.TrimSpace(cells[1])
	if !plainTypeRe.MatchString(typ) {
		return l, false
	}
	from := strings.Index(l, strings.TrimSpace(cells[0])) + len(strings.TrimSpace(cells[0]))
	at := strings.Index(l[from:], typ)
	if at < 0 {
		return l, false
	}
	at += from + len(typ)
	return l[:at] + " | null" + l[at:], true
}

// extraCellPlaces is the first row, of four cells or more, of the tables
// of a page of a pipe style that damage changes (one a page, as the
// class runs on every page of the corpus): a line of pipes after the
// first of its run (the header), outside a code fence, no ruler nor a
// row of header cells.
func extraCellPlaces(damage func(string) (string, bool)) func(p *scrapedPage) []int {
	return func(p *scrapedPage) []int {
		if !pipeStyles[p.style] || inContainer(p.name) {
			return nil
		}
		code, inRun := false, false
		for i, l := range p.lines {
			t := strings.TrimSpace(l)
			if pages.IsFence(t) {
				code = !code
			}
			row := !code && strings.Contains(t, "|") && !pages.IsRuler(t) && !pages.IsPipeRuler(t)
			first := row && !inRun
			inRun = row || inRun && pages.IsPipeRuler(t)
			if !row || first || strings.HasPrefix(t, "||") || strings.HasPrefix(t, "^") || strings.HasPrefix(t, "|=") || strings.HasPrefix(t, "|_.") || len(pages.SplitPipes(t)) < 4 {
				continue
			}
			if _, ok := damage(l); ok {
				return []int{i} // one row a page: the class runs on every page of the corpus
			}
		}
		return nil
	}
}

// extraCellApply does damage to the row at a line.
func extraCellApply(damage func(string) (string, bool)) func(p *scrapedPage, lines []string, at int) ([]string, int) {
	return func(p *scrapedPage, lines []string, at int) ([]string, int) {
		out := append([]string{}, lines...)
		out[at], _ = damage(lines[at])
		return out, at
	}
}
