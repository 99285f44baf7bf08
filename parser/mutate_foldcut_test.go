package parser_test

import "strings"

// A page of tables pandoc drew with dashes (-t plain) sent in a mail
// through fold -s at 66 columns: every line longer than the width is
// broken at its last space within it, the space kept at the end of the
// broken line, and a word wider than the width (a rule's last run, a
// path) is cut at the width itself. Each rule cut in pieces is read as
// one rule, each row's rest as the rest of its last cell, with a
// warning; a piece that could be a row of its own stays a located error.
func init() {
	d := defect{"dashed tables folded at 66 columns by fold -s", func(p *scrapedPage) []int {
		for i, l := range p.lines {
			if dashedRuleRe.MatchString(strings.TrimRight(l, "\r")) && strings.Count(strings.TrimSpace(l), " ") > 0 && columnsOf(l) > foldSpacesWidth {
				return []int{i}
			}
		}
		return nil
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		var out []string
		first := -1
		for i, l := range lines {
			if i == at {
				first = len(out)
			}
			out = append(out, foldSpacesLine(l, foldSpacesWidth)...)
		}
		return out, first
	}}
	defects = append(defects, d)
	everyStyle[d.class] = true
}

// foldSpacesWidth is the width fold -s -w cuts a mail's page at.
const foldSpacesWidth = 66

// foldSpacesLine cuts a line as GNU fold -s does: at its last blank
// within the width, the blank kept at the end of the piece, else, where
// the width holds no blank, at the width itself.
func foldSpacesLine(l string, width int) []string {
	var out []string
	for columnsOf(l) > width {
		cut, blank := 0, -1
		for i, r := range l {
			if columnsOf(l[:i])+columnsOf(string(r)) > width {
				break
			}
			cut = i + len(string(r))
			if r == ' ' || r == '\t' {
				blank = cut
			}
		}
		if blank > 0 {
			cut = blank
		}
		out = append(out, l[:cut])
		l = l[cut:]
	}
	return append(out, l)
}
