// Package zim reads pages in Zim's wiki markup, as the desktop wiki keeps
// them and pandoc writes them (pandoc -t zimwiki): headings framed by
// equal signs, six for the top level and one fewer for each level below
// ("====== Title ======"), tables of pipes with a ruler under the header
// ("|----|----|"), whose row pandoc spreads over a line a cell when the
// cells held paragraphs (each cell's text ends with a line break, the
// next cell's pipe opens the next line, a line of padding and a pipe
// closes the row), code blocks ("{{{code: lang=\"http\"" … "}}}") and
// the markup inside a line (verbatim between two pairs of single quotes,
// **bold**, //italic//,
// [[target|label]] links).
package zim

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// headingRe matches a heading: two to six equal signs, the title, and
// equal signs; listRe the mark of a list item, "* ", "1. ", "[ ] ".
var (
	headingRe = regexp.MustCompile(`^(={2,6})\s+(.*?)\s+=+$`)
	listRe    = regexp.MustCompile(`^(?:\*|\d+\.|[a-z]\.|\[[ *x>]\])\s+`)
)

// heading returns the title of the heading a trimmed line is, and
// whether it is one. A line that does not begin with the two equal signs
// headingRe begins with is none, and is not given to the pattern: Zim's
// Detect asks every line of every page no style before it is certain of.
func heading(t string) (string, bool) {
	if !strings.HasPrefix(t, "==") {
		return "", false
	}
	m := headingRe.FindStringSubmatch(t)
	if m == nil || m[2] == "" {
		return "", false
	}
	return m[2], true
}

// read reads a page of Zim markup into blocks: a heading is a text line
// marked as one (pages.Title), its permalink dropped; a line that opens
// with a pipe starts a table (table), its links' dropped labels given
// back from the page's headings (headingAnchors); the lines of a code block are text
// lines as written, between fences; every other line is text, its markup
// rendered (inline), a list item's mark written as Markdown's "- ".
func read(src pages.Source) []pages.Block {
	var out []pages.Block
	text := func(i int, t string) {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, pages.Block{Line: i + 1, Text: t})
		}
	}
	lines := src.Lines
	names := headingAnchors(lines)
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "":
		case strings.HasPrefix(t, "|"):
			tb, end := table(src, i, names)
			out = append(out, pages.Block{Line: tb.Line, Table: tb})
			i = end - 1
		case strings.HasPrefix(t, "{{{") || t == "'''":
			closer := "}}}"
			if t == "'''" {
				closer = "'''"
			}
			end := i + 1
			for end < len(lines) && strings.TrimSpace(lines[end]) != closer {
				end++
			}
			if end == len(lines) {
				src.Report.Warn(pages.At(src.Name, i+1), "the code block at line %d is never closed (no %s): read lines %d-%d as its lines", i+1, closer, i+2, len(lines))
			}
			out = append(out, pages.Block{Line: i + 1, Text: fence})
			for j := i + 1; j < end; j++ {
				text(j, lines[j])
			}
			out = append(out, pages.Block{Line: min(end, len(lines)-1) + 1, Text: fence})
			i = end
		default:
			if title, ok := heading(t); ok {
				text(i, pages.Title(inline(title, true), true))
				continue
			}
			item := ""
			if m := listRe.FindString(t); m != "" {
				item, t = "- ", t[len(m):]
			}
			text(i, item+inline(t, false))
		}
	}
	return out
}

// fence marks where the lines of a block read word for word start and
// end, as a Markdown page's fence does.
const fence = "```"
