package drawn

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// junctions are the runes where a grid's rules meet its walls; fills
// the runes of a rule between them, heavy ones under a header; walls
// the runes of a cell's sides.
const (
	junctions = "+┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝╞╪╡╒╤╕╘╧╛╓╥╖╙╨╜╟╫╢┏┳┓┣╋┫┗┻┛┝┿┥"
	fills     = "-─"
	heavy     = "=═━"
	walls     = "|│║┃"
)

// rule is a grid's rule: the display columns of its junctions, whether
// it is heavy (under a header), and whether walls end it.
type rule struct {
	cols   []int
	heavy  bool
	walled bool
}

// gridRule reads a grid's rule: junctions at both ends, fills between
// them, one at least between two junctions, a colon at a fill's end
// marking its column's alignment (withoutAlignment); or, as a text
// browser draws a rule between two rows in ASCII ("|----+----|"), walls
// at both ends and junctions between them.
func gridRule(l string) (rule, bool) {
	var r rule
	col, fill, hv := 0, 0, 0
	t := withoutAlignment(strings.TrimRight(l, " "))
	end, _ := utf8.DecodeLastRuneInString(t)
	width := displayWidth(t)
	for _, c := range t {
		switch {
		case c == ' ' && len(r.cols) == 0:
		case strings.ContainsRune(junctions, c),
			len(r.cols) == 0 && strings.ContainsRune(walls, c) && strings.ContainsRune(walls, end):
			if len(r.cols) > 0 && fill == 0 {
				return r, false
			}
			r.walled = r.walled || strings.ContainsRune(walls, c)
			r.cols = append(r.cols, col)
			fill = 0
		case r.walled && strings.ContainsRune(walls, c) && col+1 == width:
			if fill == 0 {
				return r, false
			}
			r.cols = append(r.cols, col)
			fill = 0
		case len(r.cols) > 0 && strings.ContainsRune(fills, c):
			fill++
		case len(r.cols) > 0 && strings.ContainsRune(heavy, c):
			fill++
			hv++
		default:
			return r, false
		}
		col += pages.RuneWidth(c)
	}
	r.heavy = hv > 0
	return r, len(r.cols) >= 2 && fill == 0 && (!r.walled || len(r.cols) >= 3)
}

// withoutAlignment returns a rule with the colons that mark its columns'
// alignment, next to a junction, as pandoc writes them ("+:---:+:--+",
// "+:===+": over the first row of a grid without a header, or under its
// header), written as the fill beside them: a colon stands for a fill
// of its column's run. A line with a colon elsewhere is returned as it
// is, and is no rule.
func withoutAlignment(t string) string {
	if !strings.Contains(t, ":") {
		return t
	}
	rs := []rune(t)
	for k, c := range rs {
		if c != ':' {
			continue
		}
		before := k > 0 && strings.ContainsRune(junctions, rs[k-1])
		after := k+1 < len(rs) && strings.ContainsRune(junctions, rs[k+1])
		var beside rune
		switch {
		case before && !after && k+1 < len(rs):
			beside = rs[k+1]
		case after && !before && k > 0:
			beside = rs[k-1]
		}
		if strings.ContainsRune(fills+heavy, beside) {
			rs[k] = beside
		}
	}
	return string(rs)
}

// wall is a wall rune of a line: its display column and byte index.
type wall struct{ col, at int }

// wallsOf returns the walls of a line whose first and last runes (but
// spaces) are walls, or nil.
func wallsOf(l string) []wall {
	t := strings.TrimRight(l, " ")
	var ws []wall
	col := 0
	for i, c := range t {
		if strings.ContainsRune(walls, c) {
			ws = append(ws, wall{col, i})
		} else if c != ' ' && len(ws) == 0 {
			return nil
		}
		col += pages.RuneWidth(c)
	}
	if len(ws) < 2 || ws[len(ws)-1].at+len(string([]rune(t[ws[len(ws)-1].at:])[0])) != len(t) {
		return nil
	}
	return ws
}

// gridCells splits a grid's line at the walls standing under the
// junctions of its columns; where the line's walls are as many as the
// junctions but stand elsewhere (a wide rune counted as one column), at
// its walls. ok is false when neither holds: a cell spans columns, or
// the line was cut.
func gridCells(l string, cols []int) ([]string, bool) {
	ws := wallsOf(l)
	var at []wall
	for _, w := range ws {
		if slices.Contains(cols, w.col) {
			at = append(at, w)
		}
	}
	if len(at) != len(cols) {
		if len(ws) != len(cols) {
			return nil, false
		}
		at = ws
	}
	cells := make([]string, 0, len(at)-1)
	for k := 0; k+1 < len(at); k++ {
		r, _ := utf8.DecodeRuneInString(l[at[k].at:])
		from := at[k].at + utf8.RuneLen(r)
		cells = append(cells, strings.TrimSpace(l[from:at[k+1].at]))
	}
	return cells, true
}

// offColumns reports whether a grid's line that gridCells splits stands
// its walls off the borders of the grid's columns, and not as a console
// that counts a wide rune (Hangul, CJK) one column stands them: the line
// does not say where its cells lie, and is read by its walls.
func offColumns(l string, cols []int) bool {
	ws := wallsOf(l)
	under, narrow := 0, 0
	for _, w := range ws {
		if slices.Contains(cols, w.col) {
			under++
		}
		if slices.Contains(cols, utf8.RuneCountInString(l[:w.at])) {
			narrow++
		}
	}
	return under != len(cols) && narrow != len(cols)
}

// gridAt reads the grid whose top rule is line i: the lines of walls
// and rules after it, its bottom rule lost when walls end it; open is
// set for a grid drawn without an outer border (openGridAt), whose lines
// are closed.
func gridAt(lines []string, i int, open *openGrid) (drawing, bool) {
	top, _ := gridRule(lines[i])
	last := i
	// cut are the lines of a row that a wrap cut inside a box and the
	// rest it put on the next line, which are refused.
	cut := map[int]bool{}
	var cutRefusals []refusal
	for j := i + 1; j < len(lines); j++ {
		if _, ok := gridRule(lines[j]); ok || wallsOf(lines[j]) != nil || spanRule(lines[j], top.cols) {
			last = j
			continue
		}
		if !openBox(lines[j], top.cols) {
			break
		}
		cut[j] = true
		last = j
		if j+1 < len(lines) && closesBox(lines[j+1], top.cols) {
			cut[j+1] = true
			last = j + 1
		}
		why := fmt.Sprintf("line %d of the table drawn at line %d ends inside a box, without its right border, as a line an editor or a mail client wrapped leaves a row", j+1, i+1)
		if last > j {
			why += fmt.Sprintf(" (its rest at line %d)", j+2)
		}
		cutRefusals = append(cutRefusals, refusal{line: j + 1, why: why})
		j = last
	}
	if last == i {
		return drawing{}, false
	}
	d := drawing{start: i, end: last + 1, refused: cutRefusals}
	if _, ok := gridRule(lines[last]); !ok && !cut[last] || open == nil && midRule(lines[last]) {
		d.unclosed = last + 1
	}
	cols := columnsRule(lines, i, last, top)
	width := len(cols.cols) - 1
	// groups are the lines between two rules, each a list of line
	// indexes; headEnd the number of groups above a heavy rule.
	var groups [][]int
	headEnd := -1
	var cur []int
	for j := i + 1; j <= last; j++ {
		if cut[j] {
			continue
		}
		r, ok := gridRule(lines[j])
		if !ok {
			cur = append(cur, j)
			continue
		}
		if len(cur) > 0 {
			groups = append(groups, cur)
		}
		cur = nil
		if r.heavy && j < last && headEnd < 0 {
			headEnd = len(groups)
		}
	}
	if len(cur) > 0 {
		groups = append(groups, cur)
	}
	if len(groups) == 0 {
		// A grid every line of whose rows a wrap cut is refused whole.
		return d, len(d.refused) > 0
	}
	// breaks is set for a grid drawn in ASCII with a rule under each
	// row, as pandoc draws one, which breaks a word too long for its
	// column (joinBroken); a database console's sizes its columns to
	// their text, and breaks none.
	// A text browser draws its rules between rows in ASCII with walls at
	// their ends ("|----+----|"), and breaks no word.
	ascii := strings.HasPrefix(strings.TrimSpace(lines[i]), "+") && !cols.walled
	breaks := ascii && open == nil
	if open == nil && len(cut) == 0 && d.unclosed == 0 && spansCells(lines, i, last, cols.cols) && d.spannedAt(lines, i, last, cols.cols, breaks) {
		return d, true
	}
	cellsOf := func(group []int) ([]string, [][]string, bool) {
		var parts [][]string
		short := open != nil // every line of the row is short of the columns
		for _, j := range group {
			cs, ok := gridCells(lines[j], cols.cols)
			if !ok && open != nil {
				cs, ok = prefixCells(lines[j], cols.cols)
				if ok {
					parts = append(parts, cs)
					continue
				}
			}
			short = false
			if !ok {
				d.refused = append(d.refused, refusal{line: j + 1, why: fmt.Sprintf("line %d of the table drawn at line %d has no wall under each of its %d columns' borders", j+1, i+1, width)})
				return nil, nil, false
			}
			if offColumns(lines[j], cols.cols) {
				d.notes = append(d.notes, refusal{line: j + 1, why: fmt.Sprintf("line %d of the table drawn at line %d has its walls off the borders of its columns, as many as they are but standing elsewhere, as a character the page lost or gained moves them (a \"?\" written for one the page's encoding lacks): read its cells between its walls (%s); check them on the page", j+1, i+1, strings.Join(cs, " | "))})
			}
			parts = append(parts, cs)
		}
		dropDirectives(parts)
		if open != nil {
			cells, joins, notes := open.join(parts, group, cols.cols, i+1)
			d.joins, d.notes = append(d.joins, joins...), append(d.notes, notes...)
			if short {
				n := 0
				for _, p := range parts {
					n = max(n, len(p))
				}
				cells = cells[:n]
				d.notes = append(d.notes, refusal{line: group[0] + 1, why: fmt.Sprintf("the row at line %d of the table drawn at line %d has %d cells for its %d columns, its rules stopping short of them, as a table drawn without a cell of a row above that spans it (rowspan) leaves the row under it, its cells moved left: read with the cells it holds (%s); check them on the page", group[0]+1, i+1, len(cells), width, strings.Join(cells, " | "))})
			}
			return cells, nil, true
		}
		if !breaks {
			return joinCells(parts, width), nil, true
		}
		inner := make([]int, width)
		for k := range inner {
			inner[k] = cols.cols[k+1] - cols.cols[k] - 3
		}
		cells, joins, paras := joinBroken(parts, group, inner)
		d.joins = append(d.joins, joins...)
		return cells, paras, true
	}
	body := groups
	switch {
	case headEnd > 0:
		var head []int
		for _, g := range groups[:headEnd] {
			head = append(head, g...)
		}
		d.head, _, _ = cellsOf(head)
		d.headLine, body = head[0]+1, groups[headEnd:]
	case len(groups) > 1 && namesColumns(lines, groups[0], cols.cols):
		d.head, _, _ = cellsOf(groups[0])
		d.headLine, body = groups[0][0]+1, groups[1:]
	}
	if len(body) == 1 && len(body[0]) > 1 && headEnd < 0 && d.head != nil && ascii {
		// No rule between the body's rows of an ASCII grid, as a
		// database console draws it: a row a line. A text browser that
		// draws boxes draws a rule between every two rows: its body of
		// one box is one row.
		body, breaks = lineRows(lines, body[0], cols.cols), false
	}
	for _, g := range body {
		if cs, paras, ok := cellsOf(g); ok {
			d.rows = append(d.rows, keptParagraphs(&pages.Row{Line: g[0] + 1, Raw: strings.TrimSpace(lines[g[0]]), Cells: cs}, paras))
		}
	}
	return d, true
}

// columnsRule returns the rule of the grid whose top rule is line i and
// last line is last that marks its columns: its top rule, or, where the
// top rule is an outer border without junctions inside ("+-------+", as a
// text browser draws a box in ASCII), the first rule between its rows
// that has them and the same ends.
func columnsRule(lines []string, i, last int, top rule) rule {
	if len(top.cols) > 2 {
		return top
	}
	for j := i + 1; j < last; j++ {
		r, ok := gridRule(lines[j])
		if ok && len(r.cols) > 2 && r.cols[0] == top.cols[0] && r.cols[len(r.cols)-1] == top.cols[1] {
			return r
		}
	}
	return top
}

// openBox reports whether a line starts with a wall under a grid's first
// border and ends with no wall: a row's line whose end a wrap cut off.
func openBox(l string, cols []int) bool {
	t := strings.TrimRight(l, " ")
	s := strings.TrimLeft(t, " ")
	if s == "" || len(cols) == 0 || len(t)-len(s) != cols[0] {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	end, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(walls, first) && !strings.ContainsRune(walls, end)
}

// closesBox reports whether a line that follows a cut one is its rest: it
// ends with a wall, and is no line of the grid's walls (text or a wall
// before the first border).
func closesBox(l string, cols []int) bool {
	s := strings.TrimSpace(l)
	if s == "" {
		return false
	}
	end, _ := utf8.DecodeLastRuneInString(s)
	if !strings.ContainsRune(walls, end) {
		return false
	}
	ws := wallsOf(l)
	return ws == nil || ws[0].col != cols[0]
}

// namesColumns reports whether a grid's first row names two of its
// columns at least: it is its header, as a text browser draws a <th>.
func namesColumns(lines []string, group []int, cols []int) bool {
	var parts [][]string
	for _, j := range group {
		cs, ok := gridCells(lines[j], cols)
		if !ok {
			return false
		}
		parts = append(parts, cs)
	}
	return namesTwo(joinCells(parts, len(cols)-1))
}

// lineRows cuts the lines of a body without rules into rows: a line
// each, a line whose first cell is blank going on the row before.
func lineRows(lines []string, group []int, cols []int) [][]int {
	var out [][]int
	for _, j := range group {
		cs, ok := gridCells(lines[j], cols)
		if ok && len(out) > 0 && blankFirst(cs) {
			out[len(out)-1] = append(out[len(out)-1], j)
			continue
		}
		out = append(out, []int{j})
	}
	return out
}

// A word longer than its column is broken by pandoc's grid tables (in
// reStructuredText, Markdown and plain text) across the lines of its
// cell: its first piece on a line of its own, the rest in pieces that
// fill the cell to its edge ("``invalidReq" over "uestParameters``", "de"
// over "veloper-oriented"), a literal's backquotes with the piece they
// stand by; pandoc takes a link with its target for one word too
// ("List<`TournamentEnt" over "ry <#TournamentEntry>`__>"). A line of the
// cell holding one word, under which a line holds one word as wide as
// the cell, or any line as wide as the cell where the cell's text so far
// leaves a backquote open, is such a break: the two are one word, joined
// without a space. A word of exactly the cell's width after a word that
// stood alone is written the same, so each join is warned of.

// wordJoin is a join of two lines of a cell without a space: the
// 1-based line of the second, and the text of both.
type wordJoin struct {
	line        int
	before, end string
}

// joinBroken joins the cells of a grid row's lines (parts, at the page
// lines of group), column by column, each line's part a word group of
// it, but a word broken across lines (see above), whose pieces are joined
// without a space, and the items of a list (gridItemRe), which read
// without their marks, each a clause of its own, as a list in a cell
// reads in every style ("sold in: google; apple"): inner are the cells'
// widths in display columns. A line of a cell that ends in a backslash
// is pandoc Markdown's hard line break (an HTML <br>): the backslash is
// dropped, and the next line starts a paragraph, as one after a blank
// line does. paras are each cell's paragraphs where it has two or more
// (pages.Row.CellParagraphs), else nil.
func joinBroken(parts [][]string, group []int, inner []int) (cells []string, joins []wordJoin, paras [][]string) {
	width := len(inner)
	cells = make([]string, width)
	paras = make([][]string, width)
	for k := 0; k < width; k++ {
		prev := ""
		items := false // the cell's text so far ends in a list's item
		blank := true  // the line before is blank, or none is
		from := 0      // where the cell's paragraph starts in its text
		var ps []string
		cut := func() {
			if p := strings.TrimSpace(cells[k][from:]); p != "" {
				ps = append(ps, p)
			}
			from = len(cells[k])
		}
		for n, p := range parts {
			if k >= len(p) {
				prev = ""
				continue
			}
			c, hard := hardBreak(strings.TrimSpace(p[k]))
			if c == "" && !hard {
				cut()
			}
			m := gridItemRe.FindString(c)
			if !items && !blank && !startsList(m) {
				m = "" // a number a wrap put at the start of a line
			}
			blank = c == ""
			switch {
			case c == "":
			case m != "" && items:
				cells[k] += "; " + c[len(m):]
			case m != "":
				cells[k] = strings.TrimSpace(cells[k] + " " + c[len(m):])
				items = true
			case cells[k] == "":
				cells[k] = c
			case prev != "" && displayWidth(c) == inner[k] && (oneWord(prev) && oneWord(c) || strings.Count(cells[k], "`")%2 == 1):
				cells[k] += c
				joins = append(joins, wordJoin{group[n] + 1, prev, c})
			default:
				cells[k] += " " + c
			}
			prev = c
			if hard {
				cut()
				prev = ""
			}
		}
		cut()
		if len(ps) > 1 {
			paras[k] = ps
		}
	}
	return cells, joins, paras
}

// hardBreak returns a line of a cell without the backslash that ends it,
// and true, where one does, itself not escaped (a backslash before it):
// pandoc Markdown's hard line break. Else it returns the line, and
// false.
func hardBreak(c string) (string, bool) {
	t, ok := strings.CutSuffix(c, "\\")
	if !ok || (len(t)-len(strings.TrimRight(t, "\\")))%2 == 1 {
		return c, false
	}
	return strings.TrimSpace(t), true
}

// gridItemRe matches the mark of a list's item that starts a line of a
// grid's cell, as pandoc writes it: a bullet or a number padded to its
// item's indent ("-  google", "1. gold"), or a bullet character (a word
// processor's "·" with the non-breaking spaces of its indent). A dash
// a wrap put at the start of a line ("(1" over "- 32 characters)") has
// one space after it.
var gridItemRe = regexp.MustCompile(`^(?:[-*+]\s{2,}|\d{1,2}[.)]\s+|[•·][\s\x{a0}]+)`)

// startsList reports whether the mark of a list's item (gridItemRe)
// starts a list where it follows a line of text: a bullet, or the number
// 1, as CommonMark lets a list interrupt a paragraph (reStructuredText
// lets none). Another number there ("(from 1 to" over "48) (default:
// 12)") is a wrap's.
func startsList(m string) bool {
	n := strings.TrimRight(m, ".) \t")
	return n == "1" || n != "" && (n[0] < '0' || n[0] > '9')
}

// oneWord reports whether a line of a cell is one word: no space but
// an escaped one (reStructuredText's backslash and space, which joins a
// word to a literal after it).
func oneWord(t string) bool {
	return !strings.Contains(strings.ReplaceAll(t, "\\ ", ""), " ")
}

// displayWidth is the number of display columns a text takes.
func displayWidth(t string) int {
	n := 0
	for _, r := range t {
		n += pages.RuneWidth(r)
	}
	return n
}

// cellDirectiveRe matches a reStructuredText directive that opens a
// cell's lines (pandoc writes a div of a cell as ".. container::
// tablesorter-header-inner"), but a code directive: a code block in a
// cell is code.
var cellDirectiveRe = regexp.MustCompile(`^\.\. (?:\|[^|]+\|\s+)?[\w:+-]+::`)

// dropDirectives blanks, in the lines of a grid's row (parts, a line's
// cells each), the directives its cells hold with their arguments and
// options, up to the blank line after them: the content under them is
// the cell's text.
func dropDirectives(parts [][]string) {
	for k := 0; len(parts) > 0 && k < len(parts[0]); k++ {
		in := false
		for _, p := range parts {
			if k >= len(p) {
				continue
			}
			c := strings.TrimSpace(p[k])
			if cellDirectiveRe.MatchString(c) && !rstCodeRe.MatchString(c) {
				in = true
			}
			if c == "" {
				in = false
			}
			if in {
				p[k] = ""
			}
		}
	}
}

// midRule reports whether a grid's line is a rule drawn between its rows,
// its left end a box-drawing tee (├ ╞ ╟ ╠ ┣ …): a grid drawn with its
// outer border that ends there lost its bottom rule, and the rows after
// it, to what cut it.
func midRule(l string) bool {
	t := strings.TrimSpace(l)
	r, _ := utf8.DecodeRuneInString(t)
	return strings.ContainsRune("├┝┞┟┠┡┢┣╞╟╠", r)
}
