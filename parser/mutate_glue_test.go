package parser_test

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/parser"
)

// A copy that loses the line break after a title runs the title into the
// table's header row under it ("Request BodyName | Type | Mandatory |
// Description |"): the title must be read out of the header's first cell
// with a warning that names both parts, or the page refused at the row
// where its text is no title the parser knows; never a table read under
// another title. It acts on every style whose tables have a title line
// right above a header row that starts with its first column's word:
// those that read a header row by its marks (pipes, a ruler, a border),
// and those that tell it by the words of its cells (aligned columns, the
// flattened text, one cell per line), which tell the seam in a first
// cell by pages.GluedSplits.
func init() {
	defects = append(defects, defect{"title run into its table's header row", func(p *scrapedPage) []int {
		var out []int
		for _, l := range parser.TitledTables(p.name, []byte(strings.Join(p.lines, "\n"))) {
			if _, ok := gluedTitleLine(p.lines, l-1); ok {
				out = append(out, l-1)
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		title, ok := gluedTitleLine(lines, at)
		if !ok {
			return lines, at
		}
		out := append([]string{}, lines[:title]...)
		out = append(out, strings.TrimRight(lines[title], " \t\r")+strings.TrimLeft(lines[at], " \t"))
		return append(out, lines[at+1:]...), title
	}})
	everyStyle["title run into its table's header row"] = true
}

// gluedTitleLine returns the index of the title line above the header row
// at index at, blank lines aside, when the two run together make the
// class's seam: the title ends with a letter or a digit, in plain text,
// and the header row starts with a capital, its first column's word.
func gluedTitleLine(lines []string, at int) (int, bool) {
	if at < 1 || at >= len(lines) {
		return 0, false
	}
	title := at - 1
	for title > 0 && strings.TrimSpace(lines[title]) == "" {
		title--
	}
	t := strings.TrimSpace(lines[title])
	h := strings.TrimSpace(lines[at])
	if t == "" || h == "" {
		return 0, false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	first, _ := utf8.DecodeRuneInString(h)
	return title, (unicode.IsLower(last) || unicode.IsDigit(last)) && unicode.IsUpper(first)
}
