package parser_test

import (
	"slices"
	"strings"

	"github.com/docs2go/docs2go/parser"
)

// The damage of a scraper that prints a section's text before its tables
// (tabletojson, then jq printing a section's text lines, then its
// tables): where two titled tables or more follow one another (a type's
// or an enum's one-word title, then its table), their titles are moved
// together, in order, above the first table of the section, the
// section's own when one stands right before the run, in any style. The
// reading must pair each title with its table again, with a warning, or
// refuse at the first title, never read the last title as the first
// table's in silence.
func init() {
	defects = append(defects, stackedTitlesDefect)
	everyStyle[stackedTitlesDefect.class] = true
	noShift[stackedTitlesDefect.class] = true
}

var stackedTitlesDefect = defect{"titles of a run of tables stacked above its first table", func(p *scrapedPage) []int {
	var out []int
	for _, r := range titledRuns(p.name, p.lines) {
		out = append(out, r.titles[0])
	}
	return out
}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
	for _, r := range titledRuns(p.name, lines) {
		if r.titles[0] == at {
			return stackTitles(lines, r), r.first
		}
	}
	return lines, at
}}

// titledRun is a run of titled tables of a page's lines, by index: the
// lines of their titles, and the line the titles are stacked at: the
// first line of the section's own table when one stands right before
// the run, else the first title's.
type titledRun struct {
	titles []int
	first  int
}

// titledRuns are the runs of two titled tables or more of a page's
// lines, each a text block whose text is a type's name right before its
// table, as the page's style reads them.
func titledRuns(name string, lines []string) []titledRun {
	blocks := parser.PageBlocks(name, []byte(strings.Join(lines, "\n")))
	var runs []titledRun
	for i := 0; i < len(blocks); {
		n := 0
		for i+2*n+1 < len(blocks) && namesType(blocks[i+2*n]) && !underlined(lines, blocks[i+2*n].Line-1) && blocks[i+2*n+1].Table {
			n++
		}
		if n < 2 {
			i++
			continue
		}
		r := titledRun{first: blocks[i].Line - 1}
		if i > 1 && blocks[i-1].Table {
			r.first = tableStart(lines, blocks[i-2].Line-1, blocks[i-1].Line-1)
		}
		for k := range n {
			r.titles = append(r.titles, blocks[i+2*k].Line-1)
		}
		runs = append(runs, r)
		i += 2 * n
	}
	return runs
}

// namesType reports whether a block is a title line naming a type or an
// enum: one word, in any style's heading marks or none.
func namesType(b parser.PageBlock) bool {
	t := strings.TrimSpace(strings.Trim(headingText(b.Text), "#*= "))
	return !b.Table && typeNameRe.MatchString(t) && !sectionNames[t]
}

// stackTitles moves the titles of a run above the table it names first,
// in order: each title leaves its place with the blank line after it
// when a blank line stands before it too, and the stack is followed by
// a blank line when the first title was.
func stackTitles(lines []string, r titledRun) []string {
	var stack []string
	for _, t := range r.titles {
		stack = append(stack, lines[t])
	}
	blank := r.titles[0]+1 < len(lines) && strings.TrimSpace(lines[r.titles[0]+1]) == ""
	out := slices.Clone(lines)
	for k := len(r.titles) - 1; k >= 0; k-- {
		t := r.titles[k]
		end := t + 1
		if t > 0 && end < len(out) && strings.TrimSpace(out[t-1]) == "" && strings.TrimSpace(out[end]) == "" {
			end++
		}
		out = slices.Delete(out, t, end)
	}
	if blank {
		stack = append(stack, "")
	}
	return slices.Insert(out, r.first, stack...)
}

// tableStart is the first line of the table whose header row is at
// line header, the block before it at line prev: the header, or the
// lines right above it that open the table ("{|", "<table>", "|===").
func tableStart(lines []string, prev, header int) int {
	for header-1 > prev && strings.TrimSpace(lines[header-1]) != "" && !underlined(lines, header-2) {
		header--
	}
	return header
}

// underlined reports whether the line at i is a heading's text with its
// underline (a line of "-" or "=") right below it.
func underlined(lines []string, i int) bool {
	if i < 0 || i+1 >= len(lines) {
		return false
	}
	u := strings.TrimSpace(lines[i+1])
	return u != "" && (strings.Trim(u, "-") == "" || strings.Trim(u, "=") == "")
}
