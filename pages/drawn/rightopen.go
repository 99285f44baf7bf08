package drawn

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// A grid drawn without its right border, as cli-table3 (npm; under
// marked-terminal) draws a table given more column widths than it has
// columns: its rules start with a junction and end in their fills
// ("┌───┬───┬───", "├───┼───┼───", "└───┴───┴───"), its rows' lines
// with a wall and end in their last cell's padding ("│ a │ b │ c   ").
// Its last column ends where its rules end, every rule ending at the
// same display column; it is read so, closed with the right border it
// lost (closeRight) and read as a grid (gridAt), with a warning, only
// where the whole box stands from its top rule to its bottom one, each
// line a rule or a row of its walls with no text past the rules' end:
// a grid a wrap cut ends its lines at one width too, but puts their rest
// on the lines after them, which are no lines of the box.

// rightRule is a rule of a grid without its right border: the display
// columns of its junctions and the one after its last fill.
type rightRule struct {
	cols []int
	end  int
	// corner is its first junction, which tells the top, the middle and
	// the bottom rule apart.
	corner rune
}

// rightCorners closes each junction that starts a rule with the one
// that ends it.
var rightCorners = map[rune]string{
	'┌': "┐", '├': "┤", '└': "┘", '╔': "╗", '╠': "╣", '╚': "╝", '┏': "┓", '┣': "┫", '┗': "┛",
	'╒': "╕", '╞': "╡", '╘': "╛", '╓': "╖", '╟': "╢", '╙': "╜", '┝': "┥", '+': "+",
}

// readRightRule reads a rule of a grid without its right border: a
// junction that starts a rule (rightCorners), then fills, junctions
// among them, one fill at least after each, two columns at least, the
// line ending in a fill.
func readRightRule(l string) (rightRule, bool) {
	t := strings.TrimRight(l, " ")
	s := strings.TrimLeft(t, " ")
	first, _ := utf8.DecodeRuneInString(s)
	if _, ok := rightCorners[first]; !ok {
		return rightRule{}, false
	}
	r := rightRule{corner: first}
	col, fill := len(t)-len(s), 0
	for _, c := range s {
		switch {
		case strings.ContainsRune(junctions, c):
			if len(r.cols) > 0 && fill == 0 {
				return rightRule{}, false
			}
			r.cols = append(r.cols, col)
			fill = 0
		case strings.ContainsRune(fills, c), strings.ContainsRune(heavy, c):
			fill++
		default:
			return rightRule{}, false
		}
		col += pages.RuneWidth(c)
	}
	r.end = col
	return r, len(r.cols) >= 2 && fill > 0
}

// rightRow reports whether a line is a row's of the grid without its
// right border whose top rule is top: a wall under each of its
// junctions, and no text past the rules' end.
func rightRow(l string, top rightRule) bool {
	t := strings.TrimRight(l, " ")
	if displayWidth(t) > top.end {
		return false
	}
	m, col := 0, 0
	for _, c := range t {
		if m < len(top.cols) && col == top.cols[m] {
			if !strings.ContainsRune(walls, c) {
				return false
			}
			m++
		} else if m == 0 && c != ' ' {
			return false
		}
		col += pages.RuneWidth(c)
	}
	return m == len(top.cols)
}

// rightOpenAt reads the grid without its right border whose top rule is
// line i, if one is: its lines closed (closeRight) and read by gridAt,
// with a warning at its top rule.
func rightOpenAt(lines []string, i int) (drawing, bool) {
	top, ok := readRightRule(lines[i])
	if !ok || top.corner == '├' || top.corner == '└' {
		return drawing{}, false
	}
	end := -1
	for j := i + 1; j < len(lines) && end < 0; j++ {
		r, ok := readRightRule(lines[j])
		switch {
		case ok && r.end == top.end && r.cols[0] == top.cols[0] && subset(r.cols, top.cols):
			if bottomRight(lines, j, r, top) {
				end = j + 1
			}
		case !rightRow(lines[j], top):
			return drawing{}, false
		}
	}
	if end < 0 {
		return drawing{}, false
	}
	closed := make([]string, end)
	closeRight(lines, i, end, top, closed)
	d, ok := gridAt(closed, i, nil)
	if !ok {
		return drawing{}, false
	}
	d.notes = append(d.notes, refusal{line: i + 1, why: fmt.Sprintf("the table drawn at line %d has no right border: its rules end in their fills and its rows in their last cell's padding, as cli-table3 (under marked-terminal) draws a table given more column widths than it has columns; read its last column as ending where its rules end, at display column %d", i+1, top.end)})
	return d, true
}

// bottomRight reports whether rule r at line j is the bottom rule of
// the grid without its right border whose top rule is top: its junction
// turns up ("└"), or, drawn in ASCII, where every rule starts with "+",
// no row or rule of the grid follows it.
func bottomRight(lines []string, j int, r, top rightRule) bool {
	if r.corner != '+' {
		return strings.ContainsRune("┘╝┛╛╜", []rune(rightCorners[r.corner])[0])
	}
	if j+1 == len(lines) {
		return true
	}
	_, rule := readRightRule(lines[j+1])
	return !rule && !rightRow(lines[j+1], top)
}

// closeRight writes to closed, at the indexes from i to end, the lines
// of the grid without its right border there closed at the rules' end:
// a rule with the junction that ends it, a row's line padded to the end
// with a wall.
func closeRight(lines []string, i, end int, top rightRule, closed []string) {
	for j := i; j < end; j++ {
		t := strings.TrimRight(lines[j], " ")
		if r, ok := readRightRule(t); ok {
			closed[j] = t + rightCorners[r.corner]
			continue
		}
		first, _ := utf8.DecodeRuneInString(strings.TrimLeft(t, " "))
		closed[j] = t + strings.Repeat(" ", top.end-displayWidth(t)) + string(first)
	}
}
