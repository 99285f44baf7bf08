package parser

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// TestRSTReadsAsMarkdown writes each Markdown page of the corpus that
// parses without a warning in reStructuredText, as pandoc writes a page
// (pandoc -t rst: section titles over their underlines, each after a
// target of its id; tables whose cells fit on a line as simple tables
// between "=" rules, the others as grids of 72 columns whose cells wrap
// inside their boxes, a word longer than its column broken across its
// lines; “literal“ code, `text <target>`__ links, code blocks in a
// ".. code::" directive, indented), and requires the same schema of both
// but for the positions: the drawn style reads what the Markdown style
// reads, of both protocols.
func TestRSTReadsAsMarkdown(t *testing.T) {
	n, protocols := readsAsMarkdown(t, "reStructuredText", rstOf, literalsRead)
	if n < 10 || protocols[schema.ProtocolGearN] == 0 || protocols[schema.ProtocolHTTPStatus] == 0 {
		t.Errorf("only %d Markdown pages compared, of the protocols %v", n, protocols)
	}
	t.Logf("%d Markdown pages read the same in reStructuredText, of the protocols %v", n, protocols)
}

// literalsRead drops the backquotes of the code spans in a schema's
// descriptions, which Markdown keeps and reStructuredText's literals
// read as their text.
func literalsRead(api *schema.API) {
	plain := func(d *string) { *d = strings.ReplaceAll(*d, "`", "") }
	for _, op := range api.Operations {
		for _, ep := range op.Endpoints {
			for _, h := range ep.Headers {
				plain(&h.Description)
			}
			for _, f := range slices.Concat(ep.Query, ep.Body) {
				plain(&f.Description)
			}
		}
	}
	for _, ty := range api.Types {
		for _, f := range ty.Fields {
			plain(&f.Description)
		}
	}
}

// rstWidth is the column pandoc fits a grid table to.
const rstWidth = 72

// rstAdornments are the underlines of the section levels, as pandoc
// picks them.
const rstAdornments = "=-~^\"'"

// rstOf writes a Markdown page in reStructuredText, each line of text a
// paragraph of its own, as pandoc writes the elements of a page.
func rstOf(md string) string {
	lines := strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n")
	var out []string
	code := false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		switch {
		case pages.IsFence(t) && code:
			out, code = append(out, ""), false
		case pages.IsFence(t):
			lang := strings.Fields(strings.Trim(t, "`~ ") + " text")[0]
			out, code = append(out, ".. code:: "+lang, ""), true
		case code && t == "":
			out = append(out, "")
		case code:
			out = append(out, "   "+l)
		case strings.HasPrefix(t, "|"):
			var rows []string
			for ; i < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i]), "|"); i++ {
				var row string
				row, i = mdRowRest(lines, i, strings.TrimSpace(lines[i]))
				rows = append(rows, row)
			}
			i--
			out = append(append(out, rstTable(rows)...), "")
		case mdHeadingRe.MatchString(t):
			m := mdHeadingRe.FindStringSubmatch(t)
			title := rstInline(m[2])
			out = append(out, ".. _"+orgID(title)+":", "", title, strings.Repeat(rstAdornments[len(m[1])-1:len(m[1])], max(3, rstColumns(title))), "")
		case mdItemRe.MatchString(t):
			out = append(out, "-  "+rstInline(t[len(mdItemRe.FindString(t)):]), "")
		case t == "" || strings.Trim(t, "-*_ ") == "":
		default:
			out = append(out, rstInline(t), "")
		}
	}
	return strings.Join(out, "\n")
}

// rstTable writes the rows of a Markdown table (its ruler among them) as
// pandoc does: a simple table where every cell fits on a line of the
// page and no first cell is empty (which a simple table reads as the
// rest of the row above), else a grid.
func rstTable(rows []string) []string {
	var head, body [][]string
	width := 0
	for _, r := range rows {
		if pages.IsPipeRuler(r) {
			head, body = body, nil
			continue
		}
		var cells []string
		for _, c := range mdCells(r) {
			cells = append(cells, rstInline(mdBreakRe.ReplaceAllString(c, " ")))
		}
		width = max(width, len(cells))
		body = append(body, cells)
	}
	widths := make([]int, width)
	simple := true
	for _, r := range append(append([][]string(nil), head...), body...) {
		for k := range widths {
			if k < len(r) {
				widths[k] = max(widths[k], rstColumns(r[k]))
			}
		}
		if len(r) == 0 || r[0] == "" {
			simple = false
		}
	}
	total := width - 1
	for _, w := range widths {
		total += w
	}
	if simple && total <= rstWidth {
		return rstSimple(head, body, widths)
	}
	return rstGrid(head, body, widths)
}

// rstSimple draws a simple table, its header between the first two
// rules.
func rstSimple(head, body [][]string, widths []int) []string {
	var runs []string
	for _, w := range widths {
		runs = append(runs, strings.Repeat("=", max(w, 1)))
	}
	rule := strings.Join(runs, " ")
	line := func(r []string) string {
		s := ""
		for k, w := range widths {
			c := ""
			if k < len(r) {
				c = r[k]
			}
			if k > 0 {
				s += " "
			}
			s += c + strings.Repeat(" ", max(w, 1)-rstColumns(c))
		}
		return strings.TrimRight(s, " ")
	}
	out := []string{rule}
	for _, r := range head {
		out = append(out, line(r))
	}
	if head != nil {
		out = append(out, rule)
	}
	for _, r := range body {
		out = append(out, line(r))
	}
	return append(out, rule)
}

// rstGrid draws a grid of rstWidth columns at most: each column as wide
// as its widest cell where they all fit, else a share of the page's
// width as its widest cell has of all, its cells wrapped in it.
func rstGrid(head, body [][]string, widths []int) []string {
	room := rstWidth - 1 - 3*len(widths)
	total := 0
	for _, w := range widths {
		total += w
	}
	cols := make([]int, len(widths))
	for k, w := range widths {
		cols[k] = max(w, 1)
		if total > room {
			cols[k] = max(room*w/total, 6)
		}
	}
	rule := func(fill string) string {
		s := "+"
		for _, w := range cols {
			s += strings.Repeat(fill, w+2) + "+"
		}
		return s
	}
	row := func(r []string) []string {
		var boxes [][]string
		n := 1
		for k, w := range cols {
			c := ""
			if k < len(r) {
				c = r[k]
			}
			boxes = append(boxes, rstWrap(c, w))
			n = max(n, len(boxes[k]))
		}
		var out []string
		for j := 0; j < n; j++ {
			s := "|"
			for k, w := range cols {
				c := ""
				if j < len(boxes[k]) {
					c = boxes[k][j]
				}
				s += " " + c + strings.Repeat(" ", w-rstColumns(c)) + " |"
			}
			out = append(out, s)
		}
		return out
	}
	out := []string{rule("-")}
	for _, r := range head {
		out = append(out, row(r)...)
	}
	if head != nil {
		out = append(out, rule("="))
	}
	for _, r := range body {
		out = append(append(out, row(r)...), rule("-"))
	}
	return out
}

// rstWrap wraps a cell's text in a box width columns wide, as pandoc
// does: word by word, a word wider than the box on lines of its own, its
// first piece what is left over of whole boxes, the others filling the
// box. A link with its target is one word.
func rstWrap(text string, width int) []string {
	var out []string
	cur := ""
	for _, w := range rstWords(text) {
		if rstColumns(w) > width {
			if cur != "" {
				out, cur = append(out, cur), ""
			}
			runes := []rune(w)
			first := len(runes) % width
			if first > 0 {
				out, runes = append(out, string(runes[:first])), runes[first:]
			}
			for ; len(runes) > width; runes = runes[width:] {
				out = append(out, string(runes[:width]))
			}
			cur = string(runes)
			continue
		}
		switch {
		case cur == "":
			cur = w
		case rstColumns(cur)+1+rstColumns(w) > width:
			out, cur = append(out, cur), w
		default:
			cur += " " + w
		}
	}
	if cur != "" || len(out) == 0 {
		out = append(out, cur)
	}
	return out
}

// rstLinkRe matches a link with its target, which pandoc does not break.
var rstLinkRe = regexp.MustCompile("`[^`<]*<[^`>]*>`__")

// rstWords are a cell's words: the text between its spaces, a link with
// its target whole.
func rstWords(text string) []string {
	var out []string
	last := 0
	for _, m := range rstLinkRe.FindAllStringIndex(text, -1) {
		before := strings.Fields(text[last:m[0]])
		if len(before) > 0 && !strings.HasSuffix(text[:m[0]], " ") {
			before[len(before)-1] += text[m[0]:m[1]]
			out = append(out, before...)
		} else {
			out = append(append(out, before...), text[m[0]:m[1]])
		}
		last = m[1]
	}
	return append(out, strings.Fields(text[last:])...)
}

// rstColumns is the number of display columns a text takes, as pandoc
// counts them: a format character (a zero width space) takes none.
func rstColumns(t string) int {
	n := 0
	for _, r := range t {
		if !unicode.Is(unicode.Cf, r) {
			n += pages.RuneWidth(r)
		}
	}
	return n
}

// rstInline writes Markdown's markup inside a line in reStructuredText:
// code spans as literals, strong emphasis as it is, links with their
// targets; Markdown's escapes decoded and the characters
// reStructuredText reads as markup escaped.
func rstInline(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '`':
			end := strings.IndexByte(s[i+1:], '`')
			if end < 0 || end == 0 {
				b.WriteString("\\`")
				continue
			}
			text := strings.ReplaceAll(s[i+1:i+1+end], `\|`, "|")
			b.WriteString("``" + text + "``")
			i += end + 1
		case c == '\\' && i+1 < len(s) && strings.IndexByte(rstMarkup, s[i+1]) >= 0:
			b.WriteString(s[i : i+2])
			i++
		case c == '\\' && i+1 < len(s):
			b.WriteByte(s[i+1])
			i++
		case strings.HasPrefix(s[i:], "**"):
			b.WriteString("**")
			i++
		case c == '[':
			if m := mdLinkRe.FindStringSubmatchIndex(s[i:]); m != nil && m[0] == 0 {
				b.WriteString("`" + s[i+m[2]:i+m[3]] + " <" + s[i+m[4]:i+m[5]] + ">`__")
				i += m[1] - 1
				continue
			}
			b.WriteByte(c)
		case strings.IndexByte(rstMarkup, c) >= 0:
			b.WriteString("\\" + string(c))
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// rstMarkup are the characters reStructuredText reads as markup in
// text, which it escapes with a backslash.
const rstMarkup = "*`|\\"
