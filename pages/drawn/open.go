package drawn

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// A grid without an outer border, as Rust's html2text draws a table
// ("───┬───" over the header, "───┼───" between every two rows, "───┴───"
// under the last, "│" between the cells of a line, no wall at either
// end; or the same in ASCII, "---+---" and "|"), is read as a grid: its
// columns are where its top rule's junctions stand, its first starting
// where the rule does and its last ending where the widest of its lines
// does; its rows are the lines between its rules, a row's lines joined
// per cell. Its lines are closed with walls at both ends (closeOpen)
// and read by gridAt.
//
// A tool that draws so shrinks the columns to fit the page, wraps a cell
// too long for its column over the row's lines, and breaks a word
// longer than the column at the column's edge, with no hyphen
// ("Mandator" over "y"): a piece alone on its line, as wide as the
// column, over a line that starts with a letter or digit. Whether that is
// one word broken or two words the wrap set apart, the lines alone do
// not tell: they are joined without a space only where the joined word
// is known (a column's name, a primitive type's, a word the page writes
// elsewhere, as a name an example's body names), or, with a warning,
// where it reads as a number whole ("-8420" over "2"); elsewhere with a
// space, with a warning where the cell is one word so far (a name, a
// type, a code).
//
// It draws no cell that spans rows (rowspan): the row under such a cell
// is short of it, its cells moved left, and its rules stop short, or
// turn ("┴") where its last cell ends. Such a row is read with the cells
// it holds, with a warning; a status table's reader files a detail code
// that so stands in the status column under the status above (as it
// does a status cell merged down in every style).

// openJoints are the junctions inside a rule of a grid without an outer
// border; bottomJoints those of its bottom rule, which ends it.
const (
	openJoints   = "┬┼┴╤╪╧╥╫╨┳╋┻┯┿┷+"
	bottomJoints = "┴╧╨┻┷"
)

// openRule is a rule of a grid without an outer border.
type openRule struct {
	indent int   // the display column of its first fill
	joints []int // the display columns of its junctions
	end    int   // the display column after its last fill
	ascii  bool  // drawn with "-" and "+"
	bottom bool  // every junction a bottom one (bottomJoints)
	fill   rune  // its last fill
}

// readOpenRule reads a rule of a grid without an outer border: fills at
// both ends, junctions between them, one fill at least between two, all
// in ASCII or none.
func readOpenRule(l string) (openRule, bool) {
	t := strings.TrimRight(l, " ")
	s := strings.TrimLeft(t, " ")
	if s == "" || s[0] != '-' && s[0] != '=' && s[0] != 0xE2 {
		return openRule{}, false
	}
	r := openRule{indent: len(t) - len(s), bottom: true}
	first, _ := utf8.DecodeRuneInString(s)
	r.ascii = first < utf8.RuneSelf
	col, fill := r.indent, 0
	for _, c := range s {
		switch {
		case strings.ContainsRune(fills, c) || strings.ContainsRune(heavy, c):
			if (c < utf8.RuneSelf) != r.ascii {
				return openRule{}, false
			}
			fill++
			r.fill = c
		case strings.ContainsRune(openJoints, c):
			if fill == 0 || (c == '+') != r.ascii {
				return openRule{}, false
			}
			r.joints = append(r.joints, col)
			r.bottom = r.bottom && strings.ContainsRune(bottomJoints, c)
			fill = 0
		default:
			return openRule{}, false
		}
		col += pages.RuneWidth(c)
	}
	r.end = col
	return r, fill > 0 && len(r.joints) > 0
}

// mayStartOpen reports whether line i may be the top rule of a grid
// without an outer border: a rule the next line's walls stand under.
func mayStartOpen(lines []string, i int) bool {
	top, ok := readOpenRule(lines[i])
	if !ok || i+1 >= len(lines) {
		return false
	}
	m, fits := openRowWalls(lines[i+1], top)
	return fits && m == len(top.joints)
}

// wallRunes are the walls of a grid without an outer border, in ASCII
// and not.
func (r openRule) wallRunes() string {
	if r.ascii {
		return "|"
	}
	return "│┃║"
}

// openRowWalls tells how many of the top rule's junctions, from the
// first, a line of a grid without an outer border has a wall under
// (walls elsewhere are text), and whether the line is one of its rows:
// blank left of the rule, a wall under the first junction, and, where
// walls stop short of the junctions (a row a cell above spans), no text
// from the next junction on.
func openRowWalls(l string, top openRule) (int, bool) {
	t := strings.TrimRight(l, " ")
	if len(t)-len(strings.TrimLeft(t, " ")) < top.indent {
		return 0, false
	}
	m, col := 0, 0
	for _, c := range t {
		if m < len(top.joints) && col == top.joints[m] && strings.ContainsRune(top.wallRunes(), c) {
			m++
		}
		col += pages.RuneWidth(c)
	}
	if m == 0 || m < len(top.joints) && col > top.joints[m] {
		return 0, false
	}
	return m, true
}

// openGrid is a grid without an outer border: the page's lines, for the
// words it writes elsewhere, the grid's first line and the line after
// its last, and whether it is drawn in ASCII (its cells padded with a
// space each side).
type openGrid struct {
	page       []string
	start, end int
	ascii      bool
}

// openGridAt reads the grid without an outer border whose top rule is
// line i, if one is: its lines closed (closeOpen) and read by gridAt.
func openGridAt(lines []string, i int) (drawing, bool) {
	if !mayStartOpen(lines, i) {
		return drawing{}, false
	}
	top, _ := readOpenRule(lines[i])
	end := i + 1
	for end < len(lines) {
		if r, ok := readOpenRule(lines[end]); ok && r.indent == top.indent && subset(r.joints, top.joints) {
			end++
			if r.bottom {
				break
			}
			continue
		}
		if _, ok := openRowWalls(lines[end], top); !ok {
			break
		}
		end++
	}
	closed := make([]string, end)
	closeOpen(lines, i, end, top, closed)
	return gridAt(closed, i, &openGrid{page: lines, start: i, end: end, ascii: top.ascii})
}

// subset reports whether every one of a is in b.
func subset(a, b []int) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// closeOpen writes to closed, at the indexes from i to end, the lines of
// the grid without an outer border there with walls at both ends: a
// rule between junctions, filled out to the widest line; a row between
// walls, its last one after the widest line, or, for a row short of
// the top rule's junctions, under the first junction it has no wall
// under. Every column moves right by one.
func closeOpen(lines []string, i, end int, top openRule, closed []string) {
	width := top.end
	for j := i; j < end; j++ {
		width = max(width, displayWidth(strings.TrimRight(lines[j], " ")))
	}
	left, right, wall := "├", "┤", "│"
	if top.ascii {
		left, right, wall = "+", "+", "|"
	}
	pad := strings.Repeat(" ", top.indent)
	for j := i; j < end; j++ {
		t := strings.TrimRight(lines[j], " ")
		body := t[min(len(t), top.indent):]
		if r, ok := readOpenRule(t); ok {
			closed[j] = pad + left + body + strings.Repeat(string(r.fill), width-r.end) + right
			continue
		}
		to := width
		if m, _ := openRowWalls(t, top); m < len(top.joints) {
			to = top.joints[m]
		}
		closed[j] = pad + wall + body + strings.Repeat(" ", max(0, to-displayWidth(t))) + wall
	}
}

// prefixCells splits a closed line of a grid without an outer border
// that walls end short of its columns (a row a cell above spans, its
// cells moved left): its walls stand under the first of the columns'
// borders, three at least; ok is false otherwise.
func prefixCells(l string, cols []int) ([]string, bool) {
	ws := wallsOf(l)
	if len(ws) < 3 || len(ws) >= len(cols) {
		return nil, false
	}
	for k, w := range ws {
		if w.col != cols[k] {
			return nil, false
		}
	}
	return gridCells(l, cols[:len(ws)])
}

// join joins the cells of a row's lines of the grid (parts, at the page
// lines of group), column by column, a line's part a word group of the
// cell, but a word the grid broke at its column's edge (see above):
// cols are the display columns of the closed grid's borders. It returns
// the joins warned of (a number), and the notes of a cell of one word
// that goes on with a piece it may be one word with.
func (o *openGrid) join(parts [][]string, group []int, cols []int, tableLine int) ([]string, []wordJoin, []refusal) {
	width := len(cols) - 1
	cells := make([]string, width)
	var joins []wordJoin
	var notes []refusal
	pad := 0
	if o.ascii {
		pad = 2
	}
	for k := 0; k < width; k++ {
		inner := cols[k+1] - cols[k] - 1 - pad
		prev := ""
		for n, p := range parts {
			c := ""
			if k < len(p) {
				c = strings.TrimSpace(p[k])
			}
			switch {
			case c == "":
			case cells[k] == "":
				cells[k] = c
			case prev != "" && oneWord(prev) && displayWidth(prev) == inner && startsWord(c):
				last := cells[k][strings.LastIndex(cells[k], " ")+1:]
				first, _, _ := strings.Cut(c, " ")
				switch {
				case o.known(last + first):
					cells[k] += c
				case isNumber(last) && isDigits(first):
					cells[k] += c
					joins = append(joins, wordJoin{group[n] + 1, prev, c})
				default:
					if oneWord(cells[k]) {
						notes = append(notes, refusal{line: group[n] + 1, why: fmt.Sprintf("line %d of the table drawn at line %d goes on a cell of one word, %q, as wide as its column, with %q: read as two words (%q), as the page writes no word %q; if it is one word that the table broke at its column, write it whole on the page", group[n]+1, tableLine, cells[k], c, cells[k]+" "+c, last+first)})
					}
					cells[k] += " " + c
				}
			default:
				cells[k] += " " + c
			}
			prev = c
		}
	}
	return cells, joins, notes
}

// known reports whether a word is one the grid's page knows: a column's
// name, a primitive type's, or a word it writes, whole, on a line
// outside the grid; the punctuation around it (quotes, parentheses)
// aside.
func (o *openGrid) known(w string) bool {
	w = strings.TrimFunc(w, func(r rune) bool { return !isWordRune(r) })
	if w == "" {
		return false
	}
	if _, prim := pages.LookupLower(pages.PrimitiveTypes, w); prim || pages.IsHeaderCell(w) {
		return true
	}
	return pages.OnPage(o.page[:o.start], w) || pages.OnPage(o.page[o.end:], w)
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_')
}

// startsWord reports whether a text starts with a letter or a digit.
func startsWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isNumber reports whether a text is an integer, signed or not.
func isNumber(t string) bool {
	return isDigits(strings.TrimPrefix(t, "-"))
}

// isDigits reports whether a text is ASCII digits, one at least.
func isDigits(t string) bool {
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}
