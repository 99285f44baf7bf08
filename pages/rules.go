package pages

import (
	"strings"
	"unicode/utf8"
)

// A text exporter draws lines across the page in several roles: under a
// heading (its underline, as Setext, reStructuredText, makeinfo and Emacs
// Org's ASCII exporter write one, "1.1.3 Request Headers" over "╌╌╌╌"),
// above and below a table whose cells it pads with spaces (Org's ASCII
// exporter, "━━━━" over the header row and under the last row, with no
// rule under the header), under a table's header (tbl's), and as the top
// and bottom of a box around a code block ("┌────" and "└────", the lines
// between behind a wall, "│ "). Whatever the role, a rule is one line
// character repeated (ReadRule), of RuleChars: a box-drawing horizontal,
// a block or overline stroke, or an ASCII one.

// RuleChars are the characters a rule is drawn with: the box-drawing
// horizontals (BoxHorizontals), the upper and lower block strokes and the
// overline, and the ASCII ones (makeinfo underlines a subsubsection with
// dots).
const RuleChars = BoxHorizontals + "▔▁‾" + "-=~_*."

// Corners of a box a rule may begin with: the top's (panelTops) and the
// bottom's (panelBottoms), light, rounded, heavy or double.
const (
	panelTops    = "┌╭┏╔"
	panelBottoms = "└╰┗╚"
)

// Rule is a line read as a rule: the character it is drawn with, the
// box corner it begins with (0 for none), the display columns before it
// and the characters it is drawn with, its corner not counted.
type Rule struct {
	Char, Corner rune
	Indent, Len  int
}

// Width is the display columns a rule takes, its corner not counted.
func (r Rule) Width() int { return r.Len * RuneWidth(r.Char) }

// ReadRule reads a line as a rule: after its indentation (spaces), maybe
// a box's corner (panelTops, panelBottoms), then one of RuleChars
// repeated up to the line's end, nothing else but trailing spaces. Every
// role a rule plays on a page is told by this reading, each caller
// asking for the characters and the length its role takes.
func ReadRule(l string) (Rule, bool) {
	t := strings.TrimLeft(l, " ")
	r := Rule{Indent: len(l) - len(t)}
	t = strings.TrimRight(t, " \t")
	if t == "" {
		return Rule{}, false
	}
	c, n := utf8.DecodeRuneInString(t)
	if strings.ContainsRune(panelTops, c) || strings.ContainsRune(panelBottoms, c) {
		r.Corner, t = c, t[n:]
		if t == "" {
			return Rule{}, false
		}
		c, _ = utf8.DecodeRuneInString(t)
	}
	if !strings.ContainsRune(RuleChars, c) {
		return Rule{}, false
	}
	for _, x := range t {
		if x != c {
			return Rule{}, false
		}
		r.Len++
	}
	r.Char = c
	return r, true
}

// IsRuleOf reports whether a line is a rule (ReadRule) of one of chars,
// with no corner, n characters long at least.
func IsRuleOf(l, chars string, n int) bool {
	r, ok := ReadRule(l)
	return ok && r.Corner == 0 && r.Len >= n && strings.ContainsRune(chars, r.Char)
}

// minRule is the characters a rule that frames a table or a box, or that
// underlines a heading, holds at least.
const minRule = 3

// readRules reads the rules a text exporter drew (ReadRule) into the
// marks every style reads, before any reads the page: a table framed by
// two rules, its cells padded with spaces (framedTable), into rows
// between pipes; a box around a code block (panelEnd) into a fenced code
// block, its lines without their wall; and a heading's underline drawn
// with a rule character beyond ASCII (underlinesText) into a Setext one:
// an underline of ASCII ("===", "~~~", "***", "...") is the markup of
// Setext, reStructuredText or makeinfo, which their styles read. It runs
// only on a page with a line that begins with a rule character or a
// box's corner (mayBeRule).
func (t *Text) readRules() {
	for i := 0; i < len(t.Lines); i++ {
		r, ok := ReadRule(t.Lines[i])
		if !ok || r.Len < minRule {
			continue
		}
		switch {
		case strings.ContainsRune(panelTops, r.Corner):
			if end := panelEnd(t.Lines, i, r); end > i {
				t.unwall(i, end, r)
				i = end
			}
		case r.Corner != 0:
		default:
			if cells, end := framedTable(t.Lines, i, r); cells != nil {
				t.Lines[i], t.Lines[end] = "", ""
				for k, row := range cells {
					t.Lines[i+1+k] = strings.Repeat(" ", r.Indent) + "| " + strings.Join(row, " | ") + " |"
				}
				i = end
				continue
			}
			if i > 0 && r.Char >= utf8.RuneSelf && underlinesText(t.Lines[i-1], r) {
				mark := "-"
				if r.Char == '═' {
					mark = "="
				}
				t.Lines[i] = strings.Repeat(mark, max(minRule, utf8.RuneCountInString(strings.TrimSpace(t.Lines[i-1]))))
			}
		}
	}
}

// mayBeRule reports cheaply whether a line may be a rule (ReadRule): its
// text begins with a rule character or a box's corner.
func mayBeRule(l string) bool {
	t := strings.TrimLeft(l, " ")
	if t == "" {
		return false
	}
	c, _ := utf8.DecodeRuneInString(t)
	return strings.ContainsRune(RuleChars, c) || strings.ContainsRune(panelTops, c) || strings.ContainsRune(panelBottoms, c)
}

// underlinesText reports whether rule r, on the line under line l,
// underlines l's text: a line of text that is no rule, at r's
// indentation, as wide as r in display columns, or in characters (a
// writer that counts a wide character as one, or a zero-width space as
// one).
func underlinesText(l string, r Rule) bool {
	t := strings.TrimLeft(l, " ")
	if strings.TrimSpace(t) == "" || len(l)-len(t) != r.Indent {
		return false
	}
	if _, ok := ReadRule(l); ok {
		return false
	}
	t = strings.TrimRight(t, " \t")
	return textWidth(t) == r.Width() || utf8.RuneCountInString(t) == r.Len
}

// panelEnd returns the index of the bottom of the box whose top is the
// rule r at line i (a rule with a top corner): the first rule with a
// bottom corner at the same indentation, every line between blank or
// indented to the box at least; -1 when there is none.
func panelEnd(lines []string, i int, r Rule) int {
	for j := i + 1; j < len(lines); j++ {
		b, ok := ReadRule(lines[j])
		if ok && strings.ContainsRune(panelBottoms, b.Corner) && b.Indent == r.Indent {
			return j
		}
		t := strings.TrimLeft(lines[j], " ")
		if t != "" && len(lines[j])-len(t) < r.Indent {
			return -1
		}
	}
	return -1
}

// unwall makes the box from line i to line end (its top and bottom
// rules, r the top) a fenced code block: its rules fences, and each
// line between without the wall it stands behind (gutterOf), at the
// box's indentation.
func (t *Text) unwall(i, end int, r Rule) {
	indent := strings.Repeat(" ", r.Indent)
	t.Lines[i], t.Lines[end] = indent+"```", indent+"```"
	for k := i + 1; k < end; k++ {
		if in, mark, text := gutterOf(t.Lines[k]); mark != "" && len(in) == r.Indent {
			t.Lines[k] = indent + text
			if text == "" {
				t.Lines[k] = ""
			}
		}
	}
}

// framedTable reads the table framed by the rule r at line i: rows a
// line each, no blank line among them, up to a rule of the same
// character, indentation and length; each row's cells are its text in
// each column, a column being a band of display columns that some row
// holds text in, two blank display columns or more from the next band in
// every row (a number column's cells set right, a cell empty where a
// spanned row left it so). The first row is the header: a table is read
// only where its cells name the columns (isHeaderRow), two bands at
// least and each a header cell; it returns the rows' cells, the header's
// first, and the index of the bottom rule, or nil.
func framedTable(lines []string, i int, r Rule) ([][]string, int) {
	end := -1
	for j := i + 1; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" || strings.ContainsAny(t, "|\t") {
			return nil, -1
		}
		if b, ok := ReadRule(lines[j]); ok {
			if b == r {
				end = j
			}
			break
		}
		if strings.Trim(t, RuleChars+" ") == "" {
			return nil, -1
		}
	}
	if end < i+3 {
		return nil, -1
	}
	rows := make([][]rune, 0, end-i-1)
	var used []bool
	for _, l := range lines[i+1 : end] {
		var cols []rune
		for _, c := range l {
			cols = append(cols, c)
			for range RuneWidth(c) - 1 {
				cols = append(cols, 0)
			}
		}
		for len(used) < len(cols) {
			used = append(used, false)
		}
		for x, c := range cols {
			used[x] = used[x] || c != ' ' && c != 0 || c == 0 && x > 0 && cols[x-1] != ' '
		}
		rows = append(rows, cols)
	}
	bands := columnBands(used)
	if len(bands) < 2 {
		return nil, -1
	}
	cells := make([][]string, len(rows))
	for k, cols := range rows {
		for _, b := range bands {
			var s strings.Builder
			for x := b[0]; x < b[1] && x < len(cols); x++ {
				if cols[x] != 0 {
					s.WriteRune(cols[x])
				}
			}
			cells[k] = append(cells[k], strings.TrimSpace(s.String()))
		}
	}
	if !isHeaderRow(cells[0]) || len(gapSplit(lines[i+1])) != len(bands) {
		return nil, -1
	}
	return cells, end
}

// columnBands returns the bands of display columns that hold text (used),
// each as its first column and the one after its last, a band ending
// where two blank columns or more follow it.
func columnBands(used []bool) [][2]int {
	var bands [][2]int
	start, blank := -1, 0
	for x, u := range used {
		switch {
		case u && start < 0:
			start, blank = x, 0
		case u:
			blank = 0
		case start >= 0:
			if blank++; blank == 2 {
				bands = append(bands, [2]int{start, x - 1})
				start = -1
			}
		}
	}
	if start >= 0 {
		bands = append(bands, [2]int{start, len(used) - blank})
	}
	return bands
}

// gapSplit splits a line's text at each run of two spaces or more.
func gapSplit(l string) []string {
	var out []string
	for _, f := range strings.Split(strings.TrimSpace(l), "  ") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
