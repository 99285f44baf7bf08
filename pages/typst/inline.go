package typst

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// page is a page of Typst markup as its reader walks it: its lines
// joined by line breaks, comments blanked (uncommented), and the offset
// each line starts at.
type page struct {
	src    pages.Source
	s      string
	starts []int
	// depth is how deep the calls being read nest; deep and unclosed
	// are set once a call too deep and a content block never closed
	// were reported.
	depth          int
	deep, unclosed bool
}

func newPage(src pages.Source) *page {
	starts := make([]int, len(src.Lines))
	n := 0
	for i, l := range src.Lines {
		starts[i] = n
		n += len(l) + 1
	}
	return &page{src: src, s: uncommented(strings.Join(src.Lines, "\n")), starts: starts}
}

// line is the index of the line that offset off stands on.
func (p *page) line(off int) int {
	return max(sort.Search(len(p.starts), func(k int) bool { return p.starts[k] > off })-1, 0)
}

// fail refuses the construct at offset off of the page, at its line.
func (p *page) fail(off int, format string, args ...any) {
	p.src.Report.Fail(pages.At(p.src.Name, p.line(off)+1), format, args...)
}

// text is the text a stretch of markup shows, as paragraphs: each a
// line break (" \ ", #linebreak()) or a blank line begins, of spans,
// with the offset it begins at.
type text struct {
	paras  [][]pages.Span
	starts []int
	cur    []pages.Span
	at     int
}

func (t *text) add(s string, code bool, off int) {
	if len(t.cur) == 0 {
		if strings.TrimSpace(s) == "" && !code {
			return
		}
		t.at = off
	}
	t.cur = append(t.cur, pages.Span{Text: s, Code: code})
}

// brk ends the paragraph so far.
func (t *text) brk() {
	if len(t.cur) > 0 {
		t.paras, t.starts = append(t.paras, t.cur), append(t.starts, t.at)
	}
	t.cur = nil
}

// append adds the text of u after t's.
func (t *text) append(u *text) {
	for k, para := range u.paras {
		for _, sp := range para {
			t.add(sp.Text, sp.Code, u.starts[k])
		}
		t.brk()
	}
	for _, sp := range u.cur {
		t.add(sp.Text, sp.Code, u.at)
	}
}

// lines are the paragraphs' texts, single-spaced as pages.SpansText
// writes them, without the empty ones, with the offset each begins at.
func (t *text) lines() ([]string, []int) {
	t.brk()
	var out []string
	var at []int
	for k, sp := range t.paras {
		if s := strings.TrimSpace(pages.SpansText(sp)); s != "" {
			out, at = append(out, s), append(at, t.starts[k])
		}
	}
	return out, at
}

// render is the text that the markup from offset from to to shows, as
// its paragraphs (walk); in a heading (title) a permalink shows nothing.
func (p *page) render(from, to int, title bool) ([]string, []int) {
	var t text
	p.walk(&t, from, to, title)
	return t.lines()
}

// walk adds to t the text that the markup from offset i to end shows:
// an escaped character ("\'", "\[", "\u{a0}") as itself, a backslash
// before a space or a line break as a line break, raw text ("`x`") as a
// monospace span, "~" (a no-break space) as a space, the marks of strong
// emphasis and emphasis ("*x*", "_x_") and labels ("<id>") as nothing,
// math ("$x$") as written, an embedded expression as the text it shows
// (call), a list item's mark as a line break, a blank line as a
// paragraph's end.
func (p *page) walk(t *text, i, end int, title bool) {
	s := p.s
	for i < end {
		c := s[i]
		switch {
		case c == '\\':
			switch {
			case i+1 >= end || s[i+1] == ' ' || s[i+1] == '\t' || s[i+1] == '\n':
				t.brk()
				i++
			case s[i+1] == 'u' && i+2 < end && s[i+2] == '{':
				k := strings.IndexByte(s[i+3:end], '}')
				if n, err := strconv.ParseUint(s[i+3:i+3+max(k, 0)], 16, 32); k >= 0 && err == nil && utf8.ValidRune(rune(n)) {
					t.add(string(rune(n)), false, i)
					i += 4 + k
					continue
				}
				t.add("u", false, i)
				i += 2
			default:
				_, n := utf8.DecodeRuneInString(s[i+1 : end])
				t.add(s[i+1:i+1+n], false, i)
				i += 1 + n
			}
		case c == '`':
			j := min(rawEnd(s, i), end)
			n := 0
			for i+n < j && s[i+n] == '`' {
				n++
			}
			if j == i+n && n != 2 || j-n < i+n {
				t.add(s[i:j], false, i)
				i = j
				continue
			}
			body := s[i+n : j-n]
			if n >= 3 {
				k := 0
				for k < len(body) && identByte(body[k]) {
					k++
				}
				body = body[k:]
			}
			if body = strings.TrimSpace(body); body != "" {
				t.add(strings.Join(strings.Fields(body), " "), true, i)
			}
			i = j
		case c == '~':
			t.add(" ", false, i)
			i++
		case (c == '*' || c == '_') && !(i > 0 && wordByte(s[i-1]) && i+1 < end && wordByte(s[i+1])):
			i++
		case c == '#' && i+1 < end && exprStart(s[i+1]):
			i = p.call(t, i+1, min(exprEnd(s, i+1), end), title)
		case c == '<':
			if k := labelEnd(s, i, end); k > 0 {
				i = k
				continue
			}
			t.add("<", false, i)
			i++
		case c == '$':
			k := strings.IndexByte(s[i+1:end], '$')
			if k < 0 {
				t.add("$", false, i)
				i++
				continue
			}
			t.add(s[i+1:i+1+k], false, i)
			i += k + 2
		case c == '\n':
			i++
			k := i
			for k < end && (s[k] == ' ' || s[k] == '\t') {
				k++
			}
			switch {
			case k < end && s[k] == '\n':
				t.brk()
			case k+1 < end && (s[k] == '-' || s[k] == '+') && s[k+1] == ' ':
				t.brk()
				k += 2
			}
			t.add(" ", false, i)
			i = k
		default:
			k := i + 1
			for k < end && !special(s[k]) {
				k++
			}
			t.add(s[i:k], false, i)
			i = k
		}
	}
}

// special reports whether byte c may begin markup that walk reads.
func special(c byte) bool {
	switch c {
	case '\\', '`', '~', '*', '_', '#', '<', '$', '\n':
		return true
	}
	return false
}

// wordByte reports whether c is a byte of a word, around which "*" and
// "_" mark no emphasis.
func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// labelEnd returns the index after the label "<id>" at s[i], or 0 where
// none stands there.
func labelEnd(s string, i, end int) int {
	k := i + 1
	for k < end && (identByte(s[k]) || s[k] == '.' || s[k] == ':') {
		k++
	}
	if k == i+1 || k >= end || s[k] != '>' {
		return 0
	}
	return k + 1
}

// The functions of Typst that a page's markup calls, by what their text
// is: shown are those that show their content blocks ("#strong[x]"),
// blank those that show no text ("#image(…)", "#v(1em)"), and keywords
// the statements that show none ("#set text(…)", "#let x = 1").
var (
	shown = map[string]bool{
		"strong": true, "emph": true, "underline": true, "overline": true, "strike": true, "smallcaps": true,
		"highlight": true, "super": true, "sub": true, "text": true, "box": true, "block": true, "align": true,
		"pad": true, "upper": true, "lower": true, "quote": true, "footnote": true, "figure": true, "par": true,
		"rect": true, "stack": true, "heading": true, "terms.item": true, "list.item": true, "enum.item": true,
		"scale": true, "move": true, "rotate": true,
	}
	blank = map[string]bool{
		"image": true, "v": true, "pagebreak": true, "colbreak": true, "line": true, "hide": true, "label": true,
		"metadata": true, "place": true, "none": true, "auto": true, "table.hline": true, "table.vline": true,
		"outline": true, "bibliography": true, "counter": true, "circle": true, "ellipse": true, "polygon": true,
	}
	keywords = map[string]bool{"set": true, "show": true, "let": true, "import": true, "include": true}
)

// call adds to t the text of the expression from offset i (after its
// "#") to end, and returns end (or, for a statement, the index its line
// ends at): a link's content ("#link(<id>)[text]"; its target where it
// has none; in a heading, a permalink's nothing: pages.Permalink), the
// content of a function that shows it (shown), raw text's string
// ("#raw(\"x\")") as a monospace span, a line break's ("#linebreak()")
// and a horizontal space's ("#h(1em)") break and space, nothing of a
// function that shows no text (blank) nor of a statement (keywords). Any
// other expression is refused at its line: what it shows is not read.
func (p *page) call(t *text, i, end int, title bool) int {
	s := p.s
	if p.depth++; p.depth > maxDepth {
		p.depth--
		if !p.deep {
			p.deep = true
			p.fail(i, "line %d nests calls deeper than the %d levels Typst parses: the text inside them is not read", p.line(i)+1, maxDepth)
		}
		return end
	}
	defer func() { p.depth-- }()
	name, args, blocks := callParts(s, i, end)
	if len(blocks) > 0 && blocks[len(blocks)-1][1] == len(s) && !p.unclosed {
		p.unclosed = true
		p.src.Report.Warn(pages.At(p.src.Name, p.line(i)+1), "the content block of #%s at line %d is never closed (no \"]\"): read the lines to the page's end as its content", name, p.line(i)+1)
	}
	switch {
	case keywords[name]:
		k := statementEnd(s, i)
		if name == "include" {
			p.fail(i, "line %d includes another Typst file (%s), whose text is not read: paste its text in the page in the include's place", p.line(i)+1, pages.Clip(strings.TrimSpace(s[i-1:k])))
		}
		return k
	case name == "link":
		dest := ""
		if len(args) > 0 {
			if d := strings.TrimSpace(s[args[0][0]:args[0][1]]); strings.HasPrefix(d, "<") {
				dest = "#" + strings.Trim(d, "<>")
			} else {
				dest = unquoted(d)
			}
		}
		if len(blocks) == 0 {
			t.add(dest, false, i)
			return end
		}
		var inner text
		for _, b := range blocks {
			p.walk(&inner, b[0], b[1], title)
		}
		if title {
			shows, _ := (&text{paras: inner.paras, starts: inner.starts, cur: inner.cur, at: inner.at}).lines()
			if pages.Permalink(strings.Join(shows, " "), dest) {
				return end
			}
		}
		t.append(&inner)
	case name == "raw":
		if len(args) > 0 {
			t.add(unquoted(strings.TrimSpace(s[args[0][0]:args[0][1]])), true, i)
		}
	case name == "linebreak" || name == "parbreak":
		t.brk()
	case name == "h":
		t.add(" ", false, i)
	case blank[name]:
	case shown[name] || strings.HasPrefix(name, "text.") || len(blocks) > 0 && name != "table" && name != "grid":
		if !shown[name] && !strings.HasPrefix(name, "text.") {
			p.src.Report.Warn(pages.At(p.src.Name, p.line(i)+1), "line %d calls #%s, a function Typst does not define, which the page must define itself: read as the text of its content blocks alone", p.line(i)+1, name)
		}
		for _, b := range blocks {
			p.walk(t, b[0], b[1], title)
		}
		if name == "upper" || name == "lower" || name == "text" {
			for _, a := range args {
				if v := strings.TrimSpace(s[a[0]:a[1]]); strings.HasPrefix(v, `"`) {
					t.add(unquoted(v), false, a[0])
				}
			}
		}
	default:
		p.fail(i, "line %d holds the Typst code %q, whose text is not read (a table in a cell, a symbol, a variable, code computing text): write the text it shows in its place", p.line(i)+1, pages.Clip(s[i-1:end]))
	}
	return end
}

// callParts reads the expression from offset i to end as a call: its
// name ("link", "table.cell"), the ranges of its arguments (callArgs)
// and of its content blocks' markup, both those in its parentheses and
// those after them.
func callParts(s string, i, end int) (name string, args, blocks [][2]int) {
	k := i
	for k < end && (identByte(s[k]) || s[k] == '.') {
		k++
	}
	name = s[i:k]
	for k < end {
		switch s[k] {
		case '(':
			close := min(codeEnd(s, k+1, ')'), end)
			for _, a := range callArgs(s, k+1, close) {
				v := strings.TrimSpace(s[a[0]:a[1]])
				if strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]") {
					from := a[0] + strings.IndexByte(s[a[0]:a[1]], '[') + 1
					if markupEnd(s, from) == a[0]+strings.LastIndexByte(s[a[0]:a[1]], ']') {
						blocks = append(blocks, [2]int{from, markupEnd(s, from)})
						continue
					}
				}
				args = append(args, a)
			}
			k = close + 1
		case '[':
			close := min(markupEnd(s, k+1), end)
			blocks = append(blocks, [2]int{k + 1, close})
			k = close + 1
		default:
			return name, args, blocks
		}
	}
	return name, args, blocks
}

// callArgs returns the ranges of the arguments from offset i to end
// (a call's, between its parentheses), parted by the commas outside
// brackets, strings and raw text; an empty one (after a last comma)
// is none.
func callArgs(s string, i, end int) [][2]int {
	var out [][2]int
	start := i
	for i < end {
		if s[i] != ',' {
			i = codeStep(s, i, 0)
			continue
		}
		if strings.TrimSpace(s[start:i]) != "" {
			out = append(out, [2]int{start, i})
		}
		i++
		start = i
	}
	if start < end && strings.TrimSpace(s[start:end]) != "" {
		out = append(out, [2]int{start, end})
	}
	return out
}

// named returns the name and the value's range of a named argument
// ("columns: 3"), or "" for a positional one.
func named(s string, a [2]int) (string, [2]int) {
	k := a[0]
	for k < a[1] && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n') {
		k++
	}
	if k >= a[1] || !identStart(s[k]) {
		return "", a
	}
	from := k
	for k < a[1] && identByte(s[k]) {
		k++
	}
	name := s[from:k]
	for k < a[1] && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	if k >= a[1] || s[k] != ':' {
		return "", a
	}
	return name, [2]int{k + 1, a[1]}
}

// statementEnd returns the index of the line break that ends the
// statement from offset i on ("set text(…)"), past the brackets it
// opens and the strings and raw text it holds ("let x = ```…```"), as
// Typst's code reads them: a line break or a bracket inside them ends
// nothing.
func statementEnd(s string, i int) int {
	for i < len(s) && s[i] != '\n' {
		i = codeStep(s, i, 0)
	}
	return min(i, len(s))
}

// unquoted is the value of a Typst string literal ("a\"b"), or v as it
// is when it is none.
func unquoted(v string) string {
	if len(v) < 2 || v[0] != '"' || v[len(v)-1] != '"' {
		return v
	}
	v = v[1 : len(v)-1]
	if !strings.Contains(v, `\`) {
		return v
	}
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if v[i] != '\\' || i+1 == len(v) {
			b.WriteByte(v[i])
			continue
		}
		i++
		switch v[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		default:
			b.WriteByte(v[i])
		}
	}
	return b.String()
}
