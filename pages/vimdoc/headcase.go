package vimdoc

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
)

// A spelling is a way the page spells a heading's title, and the lines
// (from 1) where it does.
type spelling struct {
	text  string
	lines []int
}

// restoreCase gives each heading whose title is upper-cased (letters,
// none lower-case: pandoc's vimdoc writer upper-cases every third-level
// title, "GENERICMODELS.HERBCHARGE") the case the page spells it in
// elsewhere: the text of a link to the heading's anchor ("See
// GenericModels.HerbCharge #genericmodels-herbcharge") or a cell of a
// Type column ("`GenericModels.HerbCharge[]`"), each the title's words
// in another case. One spelling is the title, with a warning at the
// heading; two are refused there, naming both; a title the page spells
// nowhere else stays as written.
func restoreCase(src pages.Source, blocks []pages.Block, heads []heading) {
	var ev *evidence
	for _, h := range heads {
		if !upperCased(h.title) {
			continue
		}
		if ev == nil {
			ev = evidenceOf(src, blocks)
		}
		found := ev.spellings(h)
		switch {
		case len(found) == 0 || len(found) == 1 && found[0].text == h.title:
		case len(found) == 1:
			blocks[h.block].Text = found[0].text
			src.Report.Warn(pages.At(src.Name, h.line+1), "the heading at line %d, %q, is upper-cased, as a Vim help writer sets a third-level title, and lost its case: read as %q, as the page spells it at %s", h.line+1, h.title, found[0].text, lineList(found[0].lines))
		default:
			var names []string
			for _, s := range found {
				names = append(names, fmt.Sprintf("%q (%s)", s.text, lineList(s.lines)))
			}
			src.Report.Fail(pages.At(src.Name, h.line+1), "the heading at line %d, %q, is upper-cased, as a Vim help writer sets a third-level title, and lost its case; the page spells it %s, and which one is the title cannot be told: write the title in its case at line %d, or add to the overrides file (under tables:) the type the table under it documents, \"- table: %s:LINE\" with \"type: <one of them>\"", h.line+1, h.title, strings.Join(names, " and "), h.line+1, src.Name)
		}
	}
}

// upperCased reports whether a title holds a letter and no lower-case
// one.
func upperCased(t string) bool {
	return strings.IndexFunc(t, unicode.IsLetter) >= 0 && strings.IndexFunc(t, unicode.IsLower) < 0
}

// A link is a link to an anchor of the page: its line (from 1) and the
// words before it on the line, the last of them its text's.
type link struct {
	line   int
	before []string
}

// evidence is what the page spells names with: its links to anchors, by
// the anchor, and the cells of its tables' Type columns, by their text
// upper-cased.
type evidence struct {
	links map[string][]link
	cells map[string][]spelling
}

// evidenceOf gathers the page's links to anchors (a word "#slug", pandoc's
// "text target", or "|slug|", Vim's hot link) and its Type cells,
// without their code marks and array suffix, in one pass over each.
func evidenceOf(src pages.Source, blocks []pages.Block) *evidence {
	ev := &evidence{links: map[string][]link{}, cells: map[string][]spelling{}}
	for i, l := range src.Lines {
		words := strings.Fields(l)
		for k, w := range words {
			slug := strings.TrimRight(w, ".,;:)")
			switch {
			case len(slug) > 1 && slug[0] == '#':
				slug = slug[1:]
			case len(slug) > 2 && slug[0] == '|' && slug[len(slug)-1] == '|':
				slug = slug[1 : len(slug)-1]
			default:
				continue
			}
			ev.links[slug] = append(ev.links[slug], link{line: i + 1, before: words[:k]})
		}
	}
	for _, b := range blocks {
		if b.Table == nil {
			continue
		}
		for c, col := range b.Table.Cols {
			if col != pages.ColType {
				continue
			}
			for _, r := range b.Table.Rows {
				if c < len(r.Cells) {
					t := bare(pages.CellText(r.Cells[c]))
					up := strings.ToUpper(t)
					ev.cells[up] = addSpelling(ev.cells[up], t, r.Line)
				}
			}
		}
	}
	return ev
}

// bare is a name without its code marks and array suffix.
func bare(t string) string {
	return strings.TrimSuffix(strings.Trim(strings.TrimSpace(t), "`"), "[]")
}

// addSpelling adds the spelling text at line to spellings, once each.
func addSpelling(spellings []spelling, text string, line int) []spelling {
	for k := range spellings {
		if spellings[k].text == text {
			if !slices.Contains(spellings[k].lines, line) {
				spellings[k].lines = append(spellings[k].lines, line)
			}
			return spellings
		}
	}
	return append(spellings, spelling{text: text, lines: []int{line}})
}

// spellings are the ways the page spells the heading's title, in its
// case or another, in the order the page first does: the words before
// each link to its anchor as many as the title has, and its Type cells.
func (ev *evidence) spellings(h heading) []spelling {
	var out []spelling
	n := len(strings.Fields(h.title))
	for _, l := range ev.links[h.slug] {
		if l.line == h.line+1 || len(l.before) < n {
			continue
		}
		if t := bare(strings.Join(l.before[len(l.before)-n:], " ")); strings.ToUpper(t) == h.title {
			out = addSpelling(out, t, l.line)
		}
	}
	for _, s := range ev.cells[h.title] {
		for _, line := range s.lines {
			out = addSpelling(out, s.text, line)
		}
	}
	return out
}

// lineList writes lines as "line 3" or "lines 3, 7".
func lineList(lines []int) string {
	var s []string
	for _, l := range slices.Sorted(slices.Values(lines)) {
		s = append(s, fmt.Sprint(l))
	}
	if len(s) == 1 {
		return "line " + s[0]
	}
	return "lines " + strings.Join(s, ", ")
}
