// Package org reads pages in Org mode's markup, as Emacs keeps them and
// pandoc writes them (pandoc -t org): "*" headings, a star more for each
// level, with the property drawer pandoc writes under each
// (":PROPERTIES:", ":CUSTOM_ID: x", ":END:"), tables of "|" rows with a
// rule under the header ("|----+----|"), source and example blocks
// ("#+begin_src http" … "#+end_src"), keyword lines ("#+title:"), lists,
// fixed-width lines (": x") and the markup inside a line (=verbatim=,
// ~code~, *bold*, /italic/, [[target][links]], entities such as \vert{}).
package org

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/html"
)

// headingRe matches a heading: stars from the line's first column, then
// a space and the title; drawerRe the line that opens a drawer,
// ":PROPERTIES:", ":LOGBOOK:"; propertyRe a node property inside one,
// ":CUSTOM_ID: x"; blockRe a block's opening line, "#+begin_src http";
// listRe the mark of a list item, "- ", "+ ", "1. ", "2) ", an indented
// "* "; todoRe the keyword and priority that may start a heading's
// title, "TODO [#A] "; tagsRe the tags that may end it, ":api:draft:".
var (
	headingRe  = regexp.MustCompile(`^(\*+)[ \t]+(.*?)[ \t]*$`)
	drawerRe   = regexp.MustCompile(`^:[\w-]+:$`)
	propertyRe = regexp.MustCompile(`^:[\w-]+\+?:(?:[ \t].*)?$`)
	blockRe    = regexp.MustCompile(`^(?i:#\+begin_)(\w+)(?:[ \t]+(.*))?$`)
	listRe     = regexp.MustCompile(`^(?:[-+]|\d{1,9}[.)])[ \t]+`)
	todoRe     = regexp.MustCompile(`^(?:(?:TODO|DONE)[ \t]+)?(?:\[#[A-Z0-9]\][ \t]+)?`)
	tagsRe     = regexp.MustCompile(`[ \t]+:[\w@#%:]+:$`)
)

// drawerEnd closes a drawer.
const drawerEnd = ":END:"

// isHorizontalRule reports whether a trimmed line is a horizontal rule,
// five dashes or more.
func isHorizontalRule(t string) bool {
	return len(t) >= 5 && strings.Trim(t, "-") == ""
}

// reader is the state of reading a page.
type reader struct {
	src pages.Source
	out []pages.Block
	// drawerOpen is set while the lines of a drawer other than a
	// property drawer or a logbook are read: its ":END:" is no text.
	drawerOpen bool
	// nextEnd holds, for each line's index, that of the first ":END:"
	// line from it on, before a heading; -1 for none (closer).
	nextEnd []int
}

// read reads a page of Org markup into blocks. A line that starts with
// "|" starts a table (table); a heading is a text line marked as one
// (pages.Title), without its stars, its TODO keyword, its priority and
// its tags; a "#+caption:" is the title of the table under it, a text
// line marked so (or of the table right above it, where no table is
// under it: captionsAbove); the lines of a source, example or export block are
// text lines as they are written, but an export block of HTML, read as
// an HTML page's content (html.Fragment), as are "#+html:" lines; every
// other line is text, its markup rendered (inline), a list item's mark
// written as Markdown's "- ", and the lines of a paragraph, which Org
// reads as one, joined into one text line, as pandoc wraps them at 72
// columns. A drawer (":PROPERTIES:" … ":END:"), other
// keyword lines ("#+title:", "#+options:", "#+TBLFM:"), comments ("#
// x", "#+begin_comment" blocks), the delimiters of other blocks (quote,
// center) and horizontal rules are no text, and neither is a subtree
// whose heading is marked COMMENT, with a warning.
func read(src pages.Source) []pages.Block {
	r := &reader{src: src}
	lines := src.Lines
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		switch {
		case t == "" || isHorizontalRule(t) || t == "#" || strings.HasPrefix(t, "# "):
		case t[0] == '|':
			var tb *pages.Table
			if tb, i = r.table(i); tb != nil {
				r.out = append(r.out, pages.Block{Line: tb.Line, Table: tb})
			}
			i--
		case l[0] == '*' && headingRe.MatchString(l):
			i = r.heading(i)
		case blockRe.MatchString(t):
			i = r.block(i, t)
		case strings.EqualFold(t, drawerEnd) && r.drawerOpen:
			r.drawerOpen = false
		case strings.EqualFold(t, drawerEnd):
			src.Report.Warn(pages.At(src.Name, i+1), "line %d closes a drawer that no line opens: it is no text", i+1)
		case drawerRe.MatchString(t):
			i = r.drawer(i)
		case strings.HasPrefix(t, "#+"):
			i = r.keyword(i, t)
		case t == ":" || strings.HasPrefix(t, ": "):
			r.text(i, strings.TrimSpace(t[1:]))
		default:
			item := ""
			if m := listMark(t); m != "" {
				item, t = "- ", t[len(m):]
			}
			at, para := i, []string{t}
			for ; i+1 < len(lines) && continues(lines[i], lines[i+1]); i++ {
				para = append(para, strings.TrimSpace(lines[i+1]))
			}
			r.text(at, item+r.inline(at, strings.Join(para, " ")))
		}
	}
	return r.out
}

// listMark is the mark of the list item a trimmed line starts, "- ",
// "1. ", or "".
func listMark(t string) string {
	if strings.HasPrefix(t, "* ") {
		return "* "
	}
	return listRe.FindString(t)
}

// continues reports whether line next goes on with the paragraph whose
// line is l, as Org reads a paragraph: lines up to a blank line or a
// line that starts another element (a heading, a table, a block, a
// drawer, a keyword, a comment, a fixed-width line, a rule, a list's
// item), after a line that ends with no line break ("\\").
func continues(l, next string) bool {
	t := strings.TrimSpace(next)
	switch {
	case t == "" || strings.HasSuffix(strings.TrimSpace(l), `\\`):
		return false
	case headingLevel(next) > 0 || listMark(t) != "" || isHorizontalRule(t):
		return false
	}
	switch t[0] {
	case '|', '#':
		return false
	case ':':
		return !drawerRe.MatchString(t) && t != ":" && !strings.HasPrefix(t, ": ")
	}
	return true
}

// text adds a text line at index i, when it holds any.
func (r *reader) text(i int, t string) {
	if t = strings.TrimSpace(t); t != "" {
		r.out = append(r.out, pages.Block{Line: i + 1, Text: t})
	}
}

// inline renders the markup of a line at index i (inline), warning of
// each text struck through: it is read as text, though the page may mean
// it deleted.
func (r *reader) inline(i int, t string) string {
	text, struck := inline(t)
	for _, s := range struck {
		r.src.Report.Warn(pages.At(r.src.Name, i+1), "the text %q at line %d is struck through (+…+): read as text, though the page may mean it deleted; correct the page, or the schema with an override", pages.Clip(s), i+1)
	}
	return text
}

// headingLevel is the level of the heading at line l, its number of
// stars; 0 for a line that is no heading.
func headingLevel(l string) int {
	if l == "" || l[0] != '*' {
		return 0
	}
	m := headingRe.FindStringSubmatch(l)
	if m == nil {
		return 0
	}
	return len(m[1])
}

// heading reads the heading at index i, and returns the index of its
// last line: a subtree marked COMMENT ends at the next heading of its
// level or a higher one.
func (r *reader) heading(i int) int {
	m := headingRe.FindStringSubmatch(r.src.Lines[i])
	level, title := len(m[1]), m[2]
	title = tagsRe.ReplaceAllString(title, "")
	title = strings.TrimSpace(title[len(todoRe.FindString(title)):])
	if title == "COMMENT" || strings.HasPrefix(title, "COMMENT ") {
		end := i + 1
		for end < len(r.src.Lines) && (headingLevel(r.src.Lines[end]) == 0 || headingLevel(r.src.Lines[end]) > level) {
			end++
		}
		r.src.Report.Warn(pages.At(r.src.Name, i+1), "the heading at line %d is marked COMMENT: its subtree, lines %d-%d, is commented out, and not read", i+1, i+1, end)
		return end - 1
	}
	r.text(i, pages.Title(r.inline(i, title), true))
	return i
}

// drawer reads the drawer that opens at index i, and returns the index
// of its last line read. A property drawer's lines are node properties
// (":CUSTOM_ID: x"), no text; one that its ":END:" does not close right
// after them, as a cut leaves it, ends with them, with a warning. A
// logbook is no text either; the lines of another drawer are the page's
// (Org exports them), read after its opening line. Another drawer that
// no ":END:" closes before the next heading is Org's text.
func (r *reader) drawer(i int) int {
	lines := r.src.Lines
	t := strings.TrimSpace(lines[i])
	if strings.EqualFold(t, ":PROPERTIES:") {
		j := i + 1
		for j < len(lines) && propertyRe.MatchString(strings.TrimSpace(lines[j])) && !strings.EqualFold(strings.TrimSpace(lines[j]), drawerEnd) {
			j++
		}
		if j < len(lines) && strings.EqualFold(strings.TrimSpace(lines[j]), drawerEnd) {
			return j
		}
		r.src.Report.Warn(pages.At(r.src.Name, i+1), "the property drawer at line %d is never closed (no %s): read lines %d-%d as its properties, which are no text", i+1, drawerEnd, i+1, j)
		return j - 1
	}
	if j := r.closer(i); j > 0 {
		if strings.EqualFold(t, ":LOGBOOK:") {
			return j
		}
		r.drawerOpen = true
		return i
	}
	r.text(i, t)
	return i
}

// closer returns the index of the ":END:" that closes the drawer
// opening at index i, before the next heading, or 0. The page's lines
// are searched once for the ":END:" lines and the headings.
func (r *reader) closer(i int) int {
	lines := r.src.Lines
	if r.nextEnd == nil {
		r.nextEnd = make([]int, len(lines)+1)
		r.nextEnd[len(lines)] = -1
		for j := len(lines) - 1; j >= 0; j-- {
			switch {
			case headingLevel(lines[j]) > 0:
				r.nextEnd[j] = -1
			case strings.EqualFold(strings.TrimSpace(lines[j]), drawerEnd):
				r.nextEnd[j] = j
			default:
				r.nextEnd[j] = r.nextEnd[j+1]
			}
		}
	}
	return max(r.nextEnd[i+1], 0)
}

// keyword reads the keyword line at index i (t, the line trimmed): a
// caption is the title of the table under it; "#+html:" lines are read
// as HTML; "#+include:" is no text, with a warning, as what it includes
// is not in the page; every other keyword is a setting, no text. It
// returns the index of the keyword's last line.
func (r *reader) keyword(i int, t string) int {
	k := strings.IndexByte(t, ':')
	if k < 0 {
		return i
	}
	name, value := strings.ToLower(t[2:k]), strings.TrimSpace(t[k+1:])
	switch name {
	case "caption":
		title := pages.Title(r.inline(i, value), true)
		if n := len(r.out); n > 0 && r.out[n-1].Table != nil && captionsAbove(r.src.Lines, i) && strings.TrimSpace(title) != "" {
			r.src.Report.Warn(pages.At(r.src.Name, i+1), "the caption %q at line %d stands right under the table at line %d, and no table follows it: the caption of the table above, where pandoc's Org writer writes one; read as its title", pages.Clip(value), i+1, r.out[n-1].Table.Line)
			r.out = slices.Insert(r.out, n-1, pages.Block{Line: i + 1, Text: strings.TrimSpace(title)})
			return i
		}
		r.text(i, title)
	case "html":
		return r.htmlLines(i)
	case "include", "setupfile":
		r.src.Report.Warn(pages.At(r.src.Name, i+1), "the %s keyword at line %d is not read: what it includes is not in the page; export the page with its includes resolved (org-export, or pandoc on the exported page)", name, i+1)
	}
	return i
}

// captionsAbove reports whether the caption line at index i is the
// caption of the table above it: the line before it is a row, and the
// line after it none. Org takes a caption for the element right under
// it; pandoc's Org writer writes a table's caption under its rows, a
// blank line after it.
func captionsAbove(lines []string, i int) bool {
	isRow := func(j int) bool {
		return j >= 0 && j < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[j]), "|")
	}
	return isRow(i-1) && !isRow(i+1)
}

// htmlLines reads the "#+html:" lines from index i on as a fragment of
// HTML, and returns the index of the last one.
func (r *reader) htmlLines(i int) int {
	lines := r.src.Lines
	frag := r.src
	frag.Lines = make([]string, len(lines))
	j := i
	for ; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		if len(t) < 7 || !strings.EqualFold(t[:7], "#+html:") {
			break
		}
		frag.Lines[j] = t[7:]
	}
	r.out = append(r.out, html.Fragment(frag, i, j)...)
	return j - 1
}

// block reads the block whose opening line is at index i (t, the line
// trimmed), and returns the index of its closing line: the lines of a
// source or example block are text lines as they are written, between
// fences, without the comma that escapes a line starting with "*" or
// "#+" in them; an
// export block of HTML (or an HTML block, as Org before 9 and pandoc
// before 2 write it: #+begin_html) is read as HTML, of another backend
// as its lines as written; a comment block is no text; the lines of any other block
// (quote, center, verse) are the page's, read after its opening line.
// A block that no closing line ends runs to the next heading (a heading
// in a block is escaped), or the page's end, with a warning.
func (r *reader) block(i int, t string) int {
	m := blockRe.FindStringSubmatch(t)
	kind := strings.ToLower(m[1])
	lines := r.src.Lines
	closer := "#+end_" + kind
	end, closed := i+1, false
	for ; end < len(lines) && headingLevel(lines[end]) == 0; end++ {
		if strings.EqualFold(strings.TrimSpace(lines[end]), closer) {
			closed = true
			break
		}
	}
	if !closed {
		r.src.Report.Warn(pages.At(r.src.Name, i+1), "the %s block at line %d is never closed (no #+end_%s): read lines %d-%d as its lines", kind, i+1, kind, i+2, end)
	}
	switch kind {
	case "src", "example":
	case "export", "html":
		if f := strings.Fields(m[2]); kind == "html" || len(f) > 0 && strings.EqualFold(f[0], "html") {
			r.out = append(r.out, html.Fragment(r.src, i+1, end)...)
			return end
		}
	case "comment":
		return end
	default:
		return i
	}
	r.out = append(r.out, pages.Block{Line: i + 1, Text: fence})
	for j := i + 1; j < end; j++ {
		r.text(j, unescapedCode(lines[j]))
	}
	if !closed {
		r.out = append(r.out, pages.Block{Line: end, Text: fence})
		return end - 1
	}
	r.out = append(r.out, pages.Block{Line: end + 1, Text: fence})
	return end
}

// fence marks where the lines of a block read word for word start and
// end, as a Markdown page's fence does: pages.Read knows the markup in
// them (an HTML table in an example) for code, and drops the fences.
const fence = "```"

// unescapedCode is a line of a block without the comma that Org writes
// before a line of it starting with "*" or "#+", or with such a comma
// (",*", ",#+").
func unescapedCode(l string) string {
	t := strings.TrimLeft(l, " \t")
	if strings.HasPrefix(t, ",") {
		rest := strings.TrimLeft(t, ",")
		if strings.HasPrefix(rest, "*") || strings.HasPrefix(rest, "#+") {
			return t[1:]
		}
	}
	return l
}
