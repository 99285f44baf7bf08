// Package dokuwiki reads pages in DokuWiki's markup, as a DokuWiki page's
// raw source (?do=export_raw) or its editor copies them: headings framed
// by equal signs ("====== Title ======", more signs for a higher level),
// tables of "^" header cells and "|" cells (padded with spaces for
// alignment, a cell spanning the row above written ":::"), code blocks in
// <code> and <file> tags, lists, and the markup inside a line (”mono”,
// **strong**, //emphasis//, links, %%nowiki%%, forced line breaks).
package dokuwiki

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// headingRe matches a heading: two to six equal signs on both sides of
// its title; listRe the mark of a list item, indented ("  * ", "  - ");
// codeRe the start tag of a code block, "<code>", "<file json x.json>".
var (
	headingRe = regexp.MustCompile(`^(={2,6})[ \t]*([^=\s].*?)[ \t]*(={2,6})$`)
	listRe    = regexp.MustCompile(`^(?:  |\t)\s*[*-]\s+`)
	codeRe    = regexp.MustCompile(`^<(code|file)(?:\s[^<>]*)?>`)
)

// headingLevel is the level of a heading line, 1 for six equal signs on
// each side, 5 for two; 0 for no heading.
func headingLevel(t string) int {
	m := headingRe.FindStringSubmatch(t)
	if m == nil || m[2] == "" || len(m[1]) != len(m[3]) {
		return 0
	}
	return 7 - len(m[1])
}

// items reads a page of DokuWiki markup into blocks. A line that starts
// with "^" or "|" starts a table (readTable); a code block's lines are
// text lines, each as it is written; every other line is text, its
// markup rendered: a heading without its equal signs and its section's
// number (pages.Title), a list item's mark written as Markdown's "- ", a
// forced line break ("\\ ") starting a line of its own. A horizontal
// rule ("----") and the lines of macros alone ({{tag>…}}, ~~NOTOC~~) are
// no text.
func items(src pages.Source) []pages.Block {
	lines := src.Lines
	var out []pages.Block
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		switch {
		case t == "" || pages.IsWikiRule(t):
		case isRow(t):
			tb, end := readTable(src, i)
			out = append(out, pages.Block{Line: i + 1, Table: tb})
			i = end - 1
		case codeRe.MatchString(t):
			var code []pages.Block
			code, i = codeBlock(src, i, t)
			out = append(out, code...)
		case headingLevel(t) > 0:
			text := strings.Join(rendered(headingRe.FindStringSubmatch(t)[2]), " ")
			if text != "" {
				out = append(out, pages.Block{Line: i + 1, Text: pages.Title(text, true)})
			}
		default:
			item := ""
			if m := listRe.FindString(l); m != "" {
				item, t = "- ", strings.TrimSpace(l[len(m):])
			}
			t = strings.TrimSpace(strings.TrimPrefix(t, ">"))
			out = append(out, pages.TextBlocks(i, item, rendered(t))...)
		}
	}
	return out
}

// codeBlock reads the code block whose start tag opens line i (t, the
// line trimmed): each of its lines up to the end tag is a text line as
// it is written, and the text after the end tag is markup again. It
// returns the blocks and the index of the block's last line. A block
// that no tag closes runs up to a heading or a header row, which code
// does not hold, or to the page's end, with a warning.
func codeBlock(src pages.Source, i int, t string) ([]pages.Block, int) {
	lines := src.Lines
	m := codeRe.FindStringSubmatch(t)
	closer := "</" + m[1] + ">"
	var out []pages.Block
	add := func(j int, l string) {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, pages.Block{Line: j + 1, Text: l})
		}
	}
	for j := i; j < len(lines); j++ {
		l := lines[j]
		if j == i {
			l = t[len(m[0]):]
		} else if s := strings.TrimSpace(l); headingLevel(s) > 0 || headerRow(s) {
			src.Report.Warn(pages.At(src.Name, i+1), "the <%s> block at line %d is never closed: read lines %d-%d as its code, up to the heading or header row at line %d", m[1], i+1, i+1, j, j+1)
			return out, j - 1
		}
		if k := strings.Index(l, closer); k >= 0 {
			add(j, l[:k])
			for _, rest := range rendered(l[k+len(closer):]) {
				add(j, rest)
			}
			return out, j
		}
		add(j, l)
	}
	src.Report.Warn(pages.At(src.Name, i+1), "the <%s> block at line %d is never closed: read the lines to the page's end as its code", m[1], i+1)
	return out, len(lines) - 1
}

// isRow reports whether a line is a table row: it starts with a
// separator, and holds a cell.
func isRow(t string) bool {
	_, ok := splitRow(t)
	return ok
}
