package parser_test

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// What a converter of HTML to Markdown, or a site's own Markdown export,
// writes of a type cell that links the type to its section: the link
// around the type's name alone, and the array mark or the generic's
// brackets outside it, in a code span of their own or plain
// ("[`Item`](#item)`[]`", "[Item](#item)[]", "`List<`[`Item`](#item)`>`"),
// or the name in bold and the mark in a code span ("**Item**`[]`").
// Applied to each row of a Markdown table whose type cell is an array of
// a named type, or a list of one, which must read as the type whole.
func init() {
	const class = "type cell as a link and its mark"
	everyStyle[class] = true
	defects = append(defects, defect{class, func(p *scrapedPage) []int {
		return markdownTableRows(p, func(t string) bool { return slices.ContainsFunc(pages.SplitPipes(t), isLinkableType) })
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = slices.Clone(lines)
		cells := pages.SplitPipes(strings.TrimSpace(lines[at]))
		for k, c := range cells {
			if !isLinkableType(c) {
				continue
			}
			m := linkableTypeRe.FindStringSubmatch(strings.TrimSpace(c))
			name := m[2] + m[3]
			link := "(#" + strings.ToLower(strings.ReplaceAll(name, ".", "-")) + ")"
			switch {
			case m[1] != "":
				cells[k] = "`" + m[1] + "<`[`" + name + "`]" + link + "`>`"
			case at%3 == 0:
				cells[k] = "[`" + name + "`]" + link + "`[]`"
			case at%3 == 1:
				cells[k] = "[" + name + "]" + link + "[]"
			default:
				cells[k] = "**" + name + "**`[]`"
			}
		}
		lines[at] = "| " + strings.Join(cells, " | ") + " |"
		return lines, at
	}})
}

// linkableTypeRe matches a type cell a converter writes as a link and its
// mark: an array of a named type, "`Item[]`", or a list of one,
// "List<Item>", in a code span or not: the list's word, and the type's
// name.
var linkableTypeRe = regexp.MustCompile("^`?(?:(List|Array)<([A-Z][\\w.]*)>|([A-Z][\\w.]*)\\[\\])`?$")

// isLinkableType reports whether a cell is a type linkableTypeRe matches
// whose name is no primitive's ("String[]").
func isLinkableType(c string) bool {
	m := linkableTypeRe.FindStringSubmatch(strings.TrimSpace(c))
	if m == nil {
		return false
	}
	_, primitive := pages.PrimitiveTypes[strings.ToLower(m[2]+m[3])]
	return !primitive
}
