// Package pmwiki reads pages in PmWiki's markup, as a PmWiki wiki's
// source or a converter to it (Perl's HTML::WikiConverter, "html2wiki
// --dialect PmWiki") writes them: headings behind one to six exclamation
// marks ("!! Title"), tables opened by a line of their attributes ("||"
// alone, "||border=1") whose rows start and end with a double pipe and
// part their cells with double pipes ("||!Code ||!Type ||", a header
// cell marked by "!"), preformatted lines (a line that starts with a
// space) and escaped code ("[@ … @]"), lists, and the markup inside a
// line (links, monospace, emphasis, line breaks, directives).
package pmwiki

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// headingRe matches a heading: one to six exclamation marks and the
// title; listRe the mark of a list item or a definition ("* ", "## ",
// ": ") or of a quote ("->", "-->").
var (
	headingRe = regexp.MustCompile(`^(!{1,6})[ \t]*([^!\s].*)$`)
	listRe    = regexp.MustCompile(`^(?:[*#:]+[ \t]+|-+>[ \t]*)`)
)

// headingLevel is the level of a heading line, 1 for one exclamation
// mark; 0 for no heading.
func headingLevel(t string) int {
	m := headingRe.FindStringSubmatch(t)
	if m == nil {
		return 0
	}
	return len(m[1])
}

// items reads a page of PmWiki markup into blocks. A line that starts
// with a double pipe starts a table (readTable); the lines of escaped
// code ("[@" to "@]") are text lines, each as it is written; every
// other line is text, its markup rendered: a heading without its marks
// and its permalink ("[[#id | …]]", pages.Title), a list item's or a
// quote's mark written as Markdown's "- ", a line break ("[[<<]]")
// starting a line of its own and the one that ends a line (" \\") no
// text. A preformatted line (one that starts with a space) is read as
// other text is: PmWiki renders its markup, and html2wiki writes a
// <pre>'s <code> in it as a monospace span ("@@GET /x@@"). A
// horizontal rule ("----") is no text.
func items(src pages.Source) []pages.Block {
	lines := src.Lines
	var out []pages.Block
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		switch {
		case t == "" || pages.IsWikiRule(t):
		case strings.HasPrefix(t, "||"):
			blocks, end := readTable(src, i)
			out = append(out, blocks...)
			i = end - 1
		case strings.HasPrefix(t, "[@") && !strings.Contains(t[2:], "@]"):
			var code []pages.Block
			code, i = codeBlock(src, i)
			out = append(out, code...)
		case headingLevel(t) > 0:
			text := strings.TrimSpace(strings.Join(rendered(headingRe.FindStringSubmatch(t)[2]), " "))
			if text != "" {
				out = append(out, pages.Block{Line: i + 1, Text: pages.Title(text, true)})
			}
		default:
			item := ""
			if m := listRe.FindString(t); m != "" {
				item, t = "- ", strings.TrimSpace(t[len(m):])
			}
			out = append(out, pages.TextBlocks(i, item, rendered(t))...)
		}
	}
	return out
}

// codeBlock reads the escaped code whose "[@" opens line i: each of its
// lines up to the one that closes it ("@]") is a text line as it is
// written. The text after the closing is markup again. It returns the
// blocks and the index of the block's last line. A block that nothing
// closes runs up to a heading or a table row, which code does not hold,
// or to the page's end, with a warning.
func codeBlock(src pages.Source, i int) ([]pages.Block, int) {
	lines := src.Lines
	var out []pages.Block
	add := func(j int, l string) {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, pages.Block{Line: j + 1, Text: l})
		}
	}
	for j := i; j < len(lines); j++ {
		l := lines[j]
		if j == i {
			l = strings.TrimSpace(l)[2:]
		} else if s := strings.TrimSpace(l); headingLevel(s) > 0 || strings.HasPrefix(s, "||") {
			src.Report.Warn(pages.At(src.Name, i+1), "the escaped code at line %d is never closed (\"@]\"): read lines %d-%d as its code, up to the heading or table row at line %d", i+1, i+1, j, j+1)
			return out, j - 1
		}
		if k := strings.Index(l, "@]"); k >= 0 {
			add(j, l[:k])
			out = append(out, pages.TextBlocks(j, "", rendered(l[k+2:]))...)
			return out, j
		}
		add(j, l)
	}
	src.Report.Warn(pages.At(src.Name, i+1), "the escaped code at line %d is never closed (\"@]\"): read the lines to the page's end as its code", i+1)
	return out, len(lines) - 1
}
