package drawn

import (
	"fmt"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// maxSimpleLines bounds the lines between two rules of a simple table.
const maxSimpleLines = 2000

// simpleRule reads the rule of a reStructuredText simple table: runs of
// "=" apart by spaces, two runs at least; it returns the display column
// where each run starts.
func simpleRule(l string) ([]int, bool) {
	t := strings.TrimRight(l, " ")
	var starts []int
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case ' ':
		case '=':
			if i == 0 || t[i-1] == ' ' {
				starts = append(starts, i)
			}
		default:
			return nil, false
		}
	}
	return starts, len(starts) >= 2
}

// sameRule reports whether line l is a simple table's rule with the
// columns starts.
func sameRule(l string, starts []int) bool {
	s, ok := simpleRule(l)
	if !ok || len(s) != len(starts) {
		return false
	}
	for k := range s {
		if s[k] != starts[k] {
			return false
		}
	}
	return true
}

// simpleAt reads the simple table whose top rule is line i: a header
// between it and the next rule, and rows up to the rule after (none
// when it stands right under the second: a header without rows), or
// rows alone when a blank line or the page's end follows the second
// rule.
func simpleAt(lines []string, i int) (drawing, bool) {
	starts, _ := simpleRule(lines[i])
	d := drawing{start: i}
	// cutRule refuses the table at a rule of its that a wrap cut (a line
	// of "=" runs that are not its rule's, or that a line of them
	// follows), with the lines read up to there.
	cutRule := func(j int) (drawing, bool) {
		d.refused = append(d.refused, refusal{line: j + 1, why: fmt.Sprintf("line %d, a rule of the simple table at line %d, does not have the runs of \"=\" of its first rule, one over each column, on a line of its own, as a line an editor or a mail client wrapped leaves a rule", j+1, i+1)})
		d.end = j + 1
		for d.end < len(lines) && isRuleRest(lines[d.end]) {
			d.end++
		}
		return d, true
	}
	if i+1 < len(lines) && isRuleRest(lines[i+1]) {
		return cutRule(i)
	}
	next := func(from int) (int, bool) {
		for j := from; j < len(lines) && j < from+maxSimpleLines; j++ {
			if sameRule(lines[j], starts) {
				return j, j+1 < len(lines) && isRuleRest(lines[j+1]) && !sameRule(lines[j+1], starts)
			}
			if isRuleRest(lines[j]) {
				return j, true
			}
		}
		return -1, false
	}
	second, cut := next(i + 1)
	if second < 0 {
		return drawing{}, false
	}
	if cut {
		return cutRule(second)
	}
	bodyFrom, bodyTo := i+1, second
	if second+1 < len(lines) && strings.TrimSpace(lines[second+1]) != "" {
		third, cut := next(second + 1)
		if cut {
			return cutRule(third)
		}
		if third >= 0 {
			var parts [][]string
			for j := i + 1; j < second; j++ {
				if strings.TrimSpace(lines[j]) != "" {
					parts = append(parts, d.simpleCells(lines, j, starts, i))
				}
			}
			d.head, d.headLine = joinCells(parts, len(starts)), i+2
			bodyFrom, bodyTo = second+1, third
		}
	}
	d.end = bodyTo + 1
	var group []int
	var parts [][]string
	flush := func() {
		if len(group) > 0 {
			d.rows = append(d.rows, &pages.Row{Line: group[0] + 1, Raw: strings.TrimSpace(lines[group[0]]), Cells: joinCells(parts, len(starts))})
		}
		group, parts = nil, nil
	}
	for j := bodyFrom; j < bodyTo; j++ {
		if strings.TrimSpace(lines[j]) == "" {
			continue
		}
		cs := d.simpleCells(lines, j, starts, i)
		if !(len(group) > 0 && blankFirst(cs)) {
			flush()
		}
		group, parts = append(group, j), append(parts, cs)
	}
	flush()
	return d, true
}

// isRuleRest reports whether a line is made of runs of "=" and spaces
// alone: a simple table's rule, or what a wrap left of one.
func isRuleRest(l string) bool {
	t := strings.TrimSpace(l)
	return t != "" && strings.Trim(t, "= ") == ""
}

// simpleCells cuts line j of a simple table (reStructuredText's, or
// a dashed one) at its columns' starts. Text
// across the gap before a column's start (but the last's, which text
// may pass) is refused: which column it belongs to, nothing tells.
func (d *drawing) simpleCells(lines []string, j int, starts []int, top int) []string {
	cells := make([]string, len(starts))
	col := 0
	for _, c := range lines[j] {
		k := len(starts) - 1
		for k > 0 && col < starts[k] {
			k--
		}
		if c != ' ' && k+1 < len(starts) && col == starts[k+1]-1 {
			d.refused = append(d.refused, refusal{line: j + 1, why: fmt.Sprintf("line %d of the table drawn at line %d runs over the start of its column %d", j+1, top+1, k+2)})
		}
		cells[k] += string(c)
		col += pages.RuneWidth(c)
	}
	for k := range cells {
		cells[k] = strings.TrimSpace(cells[k])
	}
	return cells
}
