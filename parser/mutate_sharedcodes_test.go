package parser_test

import (
	"regexp"
	"slices"
	"strings"
)

// What an editor of a Kakao page of several endpoints does with their
// code tables ("Http response code | detail_code | msg | Description"):
// moves them, with their titles, to the page's end, after the last
// endpoint, as one place for every endpoint's detail codes. The page must
// read as it did, its rows shared out among the endpoints by the statuses
// their status tables list and the detail codes their example answers
// show, with a warning at the moved table, or be refused at a row that
// evidence does not place.
func init() {
	const class = "code tables of a page of several endpoints moved to its end"
	defects = append(defects, defect{class, func(p *scrapedPage) []int {
		if blocks := movableCodeTables(p); len(blocks) > 0 {
			return []int{blocks[0][0]}
		}
		return nil
	}, func(p *scrapedPage, lines []string, _ int) ([]string, int) {
		blocks := movableCodeTables(p)
		var moved []string
		for _, b := range blocks {
			moved = append(moved, lines[b[0]:b[1]]...)
		}
		lines = slices.Clone(lines)
		for k := len(blocks) - 1; k >= 0; k-- {
			lines = slices.Delete(lines, blocks[k][0], blocks[k][1])
		}
		at := len(lines)
		return append(lines, moved...), at
	}})
}

// detailCodeHeaderRe is the header row of a code table.
var detailCodeHeaderRe = regexp.MustCompile(`(?i)detail_?code`)

// movableCodeTables are the code tables of a page of several endpoints,
// between pipes, that precede its last endpoint's path heading: each as
// the lines [start, end) of its title (the text line above its header,
// when there is one) and its rows.
func movableCodeTables(p *scrapedPage) [][2]int {
	paths := linesMatching(p, bareAPIPathRe)
	if p.style != "markdown" && p.style != "pipes" || len(paths) < 2 {
		return nil
	}
	last := paths[len(paths)-1]
	var blocks [][2]int
	for _, tb := range p.tables {
		if tb.header < 0 || tb.header > last || len(tb.rows) == 0 || !detailCodeHeaderRe.MatchString(p.lines[tb.header]) {
			continue
		}
		start := tb.header
		if start > 0 {
			if t := strings.TrimSpace(p.lines[start-1]); t != "" && !strings.Contains(t, "|") && !bareAPIPathRe.MatchString(t) {
				start--
			}
		}
		blocks = append(blocks, [2]int{start, slices.Max(tb.rows) + 1})
	}
	return blocks
}
