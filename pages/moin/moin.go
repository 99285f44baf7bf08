// Package moin reads pages in MoinMoin's wiki markup, as a MoinMoin
// wiki's raw text or a converter to it (Perl's HTML::WikiConverter,
// "html2wiki --dialect MoinMoin") writes them: headings framed by as many
// equal signs on both sides ("== Title =="), tables of rows that start
// and end with a double pipe and part their cells with double pipes
// ("|| a || b ||", no header row of their own: the first row names the
// columns), code blocks in "{{{" and "}}}", lists, and the markup inside
// a line (links, macros, monospace, emphasis, line breaks).
package moin

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// headingRe matches a heading: one to five equal signs, a space, the
// title, a space and as many equal signs; listRe the mark of a list item,
// indented (" * ", " 1. ", " a. ").
var (
	headingRe = regexp.MustCompile(`^(={1,5})\s+(.*?)\s+(={1,5})$`)
	listRe    = regexp.MustCompile(`^\s+(?:\*|\d+\.|[aAiI]\.)\s+`)
)

// headingLevel is the level of a heading line, 1 for one equal sign on
// each side; 0 for no heading.
func headingLevel(t string) int {
	m := headingRe.FindStringSubmatch(t)
	if m == nil || len(m[1]) != len(m[3]) || strings.TrimSpace(m[2]) == "" {
		return 0
	}
	return len(m[1])
}

// dialect is how one wiki's markup writes what MoinMoin's and its
// variants share: its tables of "||" rows (Tables, whose Markup names the
// markup in warnings and whose Rendered is the text a line of any of its
// markup shows, as lines: a line break starts a new one), the title of
// its heading lines, framed by equal signs (ok false for no heading), and
// the marks that open and close a code block, with the processor's name
// after the opening ("{{{#!json", "%%(php)") that is no code.
type dialect struct {
	Tables
	code      [2]string
	processor *regexp.Regexp
	heading   func(t string) (title string, ok bool)
}

// moinMoin is MoinMoin's own markup.
var moinMoin = dialect{Tables: moinTables, code: [2]string{"{{{", "}}}"}, processor: regexp.MustCompile(`^#!.*`), heading: moinHeading}

// moinHeading is the title of a MoinMoin heading line.
func moinHeading(t string) (string, bool) {
	if headingLevel(t) == 0 {
		return "", false
	}
	return headingRe.FindStringSubmatch(t)[2], true
}

// items reads a page of MoinMoin markup into blocks. A line that starts
// with a double pipe starts a table (Tables.ReadTable); a code block's lines are
// text lines, each as it is written; every other line is text, its
// markup rendered: a heading without its equal signs, its permalink
// ("[[#id|…]]") and its section's number (pages.Title), a list item's
// mark written as Markdown's "- ", a line break macro starting a line of
// its own. A horizontal rule ("----") and the lines of macros alone
// ("<<TableOfContents>>") are no text.
func items(src pages.Source) []pages.Block {
	return dialectItems(src, moinMoin)
}

// dialectItems reads a page of dialect d's markup into blocks, as items
// reads MoinMoin's.
func dialectItems(src pages.Source, d dialect) []pages.Block {
	lines := src.Lines
	var out []pages.Block
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		switch {
		case t == "" || pages.IsWikiRule(t):
		case strings.HasPrefix(t, "||"):
			blocks, end := d.ReadTable(src, i)
			out = append(out, blocks...)
			i = end - 1
		case strings.HasPrefix(t, d.code[0]) && !strings.Contains(t[len(d.code[0]):], d.code[1]):
			var code []pages.Block
			code, i = codeBlock(src, i, d)
			out = append(out, code...)
		case isHeading(d, t):
			title, _ := d.heading(t)
			text := strings.TrimSpace(strings.Join(d.Rendered(title), " "))
			if text != "" {
				out = append(out, pages.Block{Line: i + 1, Text: pages.Title(text, true)})
			}
		default:
			item := ""
			if m := listRe.FindString(l); m != "" {
				item, t = "- ", strings.TrimSpace(l[len(m):])
			}
			out = append(out, pages.TextBlocks(i, item, d.Rendered(t))...)
		}
	}
	return out
}

// isHeading reports whether a trimmed line is a heading of dialect d.
func isHeading(d dialect, t string) bool {
	_, ok := d.heading(t)
	return ok
}

// codeBlock reads the code block whose "{{{" opens line i: each of its
// lines up to the one that closes it ("}}}") is a text line as it is
// written, but a line that one code span holds whole ("`POST /x`"),
// which is how html2wiki writes the <code> of an HTML <pre>, is its
// span's text; a processor's name after the opening ("{{{#!json") is no
// code. The text after the closing is markup again. It returns the
// blocks and the index of the block's last line. A block that nothing
// closes runs up to a heading or a table row, which code does not hold,
// or to the page's end, with a warning.
func codeBlock(src pages.Source, i int, d dialect) ([]pages.Block, int) {
	lines := src.Lines
	var out []pages.Block
	add := func(j int, l string) {
		l = strings.TrimSpace(l)
		if inner, ok := wholeCodeSpan(l); ok {
			l = strings.TrimSpace(inner)
		}
		if l != "" {
			out = append(out, pages.Block{Line: j + 1, Text: l})
		}
	}
	for j := i; j < len(lines); j++ {
		l := lines[j]
		if j == i {
			l = d.processor.ReplaceAllString(strings.TrimSpace(l)[len(d.code[0]):], "")
		} else if s := strings.TrimSpace(l); isHeading(d, s) || strings.HasPrefix(s, "||") {
			src.Report.Warn(pages.At(src.Name, i+1), "the code block at line %d is never closed (%q): read lines %d-%d as its code, up to the heading or table row at line %d", i+1, d.code[1], i+1, j, j+1)
			return out, j - 1
		}
		if k := strings.Index(l, d.code[1]); k >= 0 {
			add(j, l[:k])
			for _, rest := range d.Rendered(l[k+len(d.code[1]):]) {
				if rest = strings.TrimSpace(rest); rest != "" {
					out = append(out, pages.Block{Line: j + 1, Text: rest})
				}
			}
			return out, j
		}
		add(j, l)
	}
	src.Report.Warn(pages.At(src.Name, i+1), "the code block at line %d is never closed (%q): read the lines to the page's end as its code", i+1, d.code[1])
	return out, len(lines) - 1
}

// wholeCodeSpan returns the text of a line that one backtick span holds
// whole, "`POST /x`".
func wholeCodeSpan(l string) (string, bool) {
	if len(l) < 2 || l[0] != '`' || l[len(l)-1] != '`' || strings.Contains(l[1:len(l)-1], "`") {
		return "", false
	}
	return l[1 : len(l)-1], true
}
