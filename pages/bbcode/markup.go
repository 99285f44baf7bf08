package bbcode

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages/markdown"
)

// marked is a page of BBCode read into Markdown: its lines, the page
// line (from 1) of each, the texts struck out, and the lines read as
// the rest of the row before them (runRows), by their page lines.
type marked struct {
	lines  []string
	at     []int
	struck []struck
	rest   []restLine
}

// restLine is a page line read as the rest of the row at page line row.
type restLine struct{ line, row int }

// struck is a text struck out ([s]…[/s]) and its page line.
type struck struct {
	line int
	text string
}

// add adds a Markdown line at page line n.
func (m *marked) add(n int, l string) {
	m.lines, m.at = append(m.lines, l), append(m.at, n)
}

// headingRe matches a heading's line: "[h2]Title[/h2]" (html2bbcode,
// and pandoc's bbcode_steam and bbcode_hubzilla), "[heading=2]Title
// [/heading]" (pandoc's bbcode_xenforo, whose levels go past 6); the
// level is the first or the second group. blockCodeRe matches a code
// block html2bbcode writes of a <pre><code> on one line, its language
// label glued before it: "http[code][code]POST …[/code][/code]";
// openCodeRe a line that opens a code block, its language glued before
// the tag or given in it as pandoc's writers give it, the code's first
// line right after the tag ("[code=json]{").
var (
	headingRe   = regexp.MustCompile(`(?i)^\[(?:h([1-6])|heading=([1-9][0-9]?))\](.*?)\[/(?:h[1-6]|heading)\](.*)$`)
	blockCodeRe = regexp.MustCompile(`(?i)^([A-Za-z][\w+#-]{0,20})?\[code\]\[code\](.*)\[/code\]\[/code\]$`)
	openCodeRe  = regexp.MustCompile(`(?i)^(?:([A-Za-z][\w+#-]{0,20})?(?:\[code\]){1,2}|\[code=([^\]]*)\])(.*)$`)
	tableOpenRe = regexp.MustCompile(`(?i)^\[table(?:=[^\]]*)?\]`)
	languageRe  = regexp.MustCompile(`^[A-Za-z][\w+#.-]{0,40}$`)
)

// headingLevel is the Markdown level of a heading headingRe matched (h):
// its level, 6 at most.
func headingLevel(h []string) int {
	level, _ := strconv.Atoi(h[1] + h[2])
	return min(level, 6)
}

// codeLanguage is the language of a code block openCodeRe matched (c):
// the word glued before its tag, or the value pandoc's writers give the
// tag ("[code=json]"), where that is one word.
func codeLanguage(c []string) string {
	if c[1] != "" {
		return c[1]
	}
	if l := strings.TrimSpace(c[2]); languageRe.MatchString(l) {
		return l
	}
	return ""
}

// markdownOf reads the lines of a page of BBCode into Markdown, each
// Markdown line at the page line it comes of:
//
//   - a heading [hN]…[/hN] or [heading=N]…[/heading] is a Markdown
//     heading of its level, the permalink a docs site keeps in it (a
//     link whose text is blank, or a zero-width space) dropped;
//   - a code block, "[code][code]…[/code][/code]" on one line as
//     html2bbcode writes a <pre><code>, or a [code] or [code=lang] that
//     the line does not close, up to the line that does, is a fenced
//     code block, the word glued before it or given in its tag its
//     language;
//   - a [table] is a table of pipes, a row a line at the line of its
//     [tr], its first row of [th] cells its header (tables);
//   - a table whose tags the converter dropped, its header a line of the
//     column names, run together ("CodeTypeRequiredDescription") or a
//     space apart (markdown.TextHeader), and each row a line, is written as html2markdown writes a table as text: a
//     paragraph a row (runRows);
//   - lines that each begin with a [code] span, one right under the
//     other with no header above them, are rows of a table whose header
//     is lost, a paragraph each as under a header (rowLine), so that
//     Read tells them rows cut from their table rather than one row;
//   - every other line is its inline markup read (inline).
func markdownOf(lines []string) marked {
	var m marked
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		n := i + 1
		if i > 0 && rowLine(t) && rowLine(strings.TrimSpace(lines[i-1])) {
			m.add(n, "")
		}
		switch {
		case t == "":
			m.add(n, "")
		case headingRe.MatchString(t):
			h := headingRe.FindStringSubmatch(t)
			m.add(n, strings.Repeat("#", headingLevel(h))+" "+m.inline(n, h[3]))
			if rest := m.inline(n, h[4]); rest != "" {
				m.add(n, rest)
			}
		case blockCodeRe.MatchString(t):
			c := blockCodeRe.FindStringSubmatch(t)
			m.add(n, "```"+c[1])
			m.add(n, c[2])
			m.add(n, "```")
		case openCodeRe.MatchString(t) && !strings.Contains(strings.ToLower(t), "[/code]"):
			i = m.codeBlock(lines, i)
		case tableOpenRe.MatchString(t):
			i = m.table(lines, i)
		case markdown.TextHeader(t) != nil:
			m.add(n, t)
			i = m.runRows(lines, i+1)
		default:
			m.add(n, m.inline(n, t))
		}
	}
	return m
}

// rowLine reports whether a trimmed line reads as a row of a table whose
// tags the converter dropped: a [code] span that the line closes, with
// text after it.
func rowLine(t string) bool {
	l := strings.ToLower(t)
	if !strings.HasPrefix(l, "[code]") || strings.HasPrefix(l, "[code][code]") {
		return false
	}
	k := strings.Index(l, "[/code]")
	return k > 0 && strings.TrimSpace(t[k+len("[/code]"):]) != ""
}

// codeBlock reads the code block that a [code] opens at line index i,
// closed on a later line, and returns the index of its last line; a
// [code] that no line closes is the line's text.
func (m *marked) codeBlock(lines []string, i int) int {
	end := -1
	for j := i + 1; j < len(lines); j++ {
		if strings.Contains(strings.ToLower(lines[j]), "[/code]") {
			end = j
			break
		}
	}
	t := strings.TrimSpace(lines[i])
	if end < 0 {
		m.add(i+1, m.inline(i+1, t))
		return i
	}
	c := openCodeRe.FindStringSubmatch(t)
	m.add(i+1, "```"+codeLanguage(c))
	if c[3] != "" {
		m.add(i+1, c[3])
	}
	for j := i + 1; j < end; j++ {
		m.add(j+1, lines[j])
	}
	last := lines[end]
	k := strings.Index(strings.ToLower(last), "[/code]")
	if code := strings.TrimRight(last[:k], " \t"); strings.TrimSpace(code) != "" {
		m.add(end+1, code)
	}
	m.add(end+1, "```")
	rest := last[k+len("[/code]"):]
	for strings.HasPrefix(strings.ToLower(rest), "[/code]") {
		rest = rest[len("[/code]"):]
	}
	if r := m.inline(end+1, rest); r != "" {
		m.add(end+1, r)
	}
	return end
}

// runRows writes the rows of a table whose tags the converter dropped,
// from line index i on, its header the line before: a blank line between
// rows, so that each is a paragraph, as html2markdown writes a row. A
// row is a line; where the rows begin with a code span, a line that does
// not is the rest of the row before it (a cell's line break, <br>),
// which Read warns of. The rows end at the first blank line after one. It returns the index of
// the last line read.
func (m *marked) runRows(lines []string, i int) int {
	j := i
	for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
		m.add(j+1, "")
		j++
	}
	spans := j < len(lines) && strings.HasPrefix(strings.ToLower(strings.TrimSpace(lines[j])), "[code]")
	row := 0
	for ; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" || headingRe.MatchString(t) || markdown.TextHeader(t) != nil {
			return j - 1
		}
		switch {
		case row == 0:
			row = j + 1
		case !spans || strings.HasPrefix(strings.ToLower(t), "[code]"):
			m.add(j+1, "")
			row = j + 1
		default:
			m.rest = append(m.rest, restLine{line: j + 1, row: row})
		}
		m.add(j+1, m.inline(j+1, t))
	}
	return j - 1
}
