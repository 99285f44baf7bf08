package parser_test

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/parser"
)

// A type cell that links the type inside a generic's brackets, as a wiki
// writes it (Confluence: "List< " <a>Play</a> " >"), flattened by a tool
// that keeps the spaces around the link ("List< Play >", html_text,
// a browser's copy). Applied to each row, in any style, that holds a
// generic of one named type: the cell must read as that type whole, one
// cell, wherever the page's cells are told apart by their words (one
// space apart, run together) or by their columns.
func init() {
	const class = "linked type spaced inside its generic's brackets"
	everyStyle[class] = true
	defects = append(defects, defect{class, func(p *scrapedPage) []int {
		if inContainer(p.name) {
			return nil
		}
		var out []int
		for _, rows := range parser.TableRows(p.name, []byte(strings.Join(p.lines, "\n"))) {
			for _, r := range rows {
				if r >= 1 && r <= len(p.lines) && spaceableGenericRe.MatchString(p.lines[r-1]) {
					out = append(out, r-1)
				}
			}
		}
		return out
	}, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		lines = append([]string(nil), lines...)
		lines[at] = spaceableGenericRe.ReplaceAllString(lines[at], "$1< $2 >")
		return lines, at
	}})
}

// spaceableGenericRe matches a generic of one named type, "List<Play>":
// the generic's word and the type's name.
var spaceableGenericRe = regexp.MustCompile(`\b(List|Array|Set)<([A-Z][\w.]*)>`)
