// Package xwiki reads pages in XWiki's syntax 2.x, as the wiki's editor
// keeps them and pandoc writes them (pandoc -t xwiki): headings framed by
// equal signs ("== Title ==") with the anchor macro pandoc writes in them
// ({{id name="x" /}}), tables of rows opening with a pipe, header cells
// "|=" (pandoc writes a row of empty ones where a wiki kept its header in
// the table's body, the real header a plain row under it), a cell's
// blocks as a group over several lines ("(((" … ")))", a list in it
// "*." items), code macros ({{code}} … {{/code}}), lists and the markup
// inside a line (**bold**, //italic//, ##monospace##, {{code}}x{{/code}},
// [[label>>target]] links, "~" escaping the character after it).
package xwiki

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// headingRe matches a heading: equal signs, the title, equal signs;
// idRe the anchor macro, {{id name="x" /}}; listRe the mark of a list
// item, "* ", "*. ", "1. ", "** ".
var (
	headingRe = regexp.MustCompile(`^(={1,6})\s*(.*?)\s*=*\s*$`)
	idRe      = regexp.MustCompile(`\{\{id\b[^}]*/\}\}`)
	listRe    = regexp.MustCompile(`^(?:\*+\.?|\d+\.|1\.+)\s+`)
)

// stripped is a trimmed line without its anchor macros.
func stripped(t string) string {
	if !strings.Contains(t, "{{id") {
		return strings.TrimSpace(t)
	}
	return strings.TrimSpace(idRe.ReplaceAllString(t, ""))
}

// heading returns the title of the heading a trimmed line without its
// anchors is, and whether it is one: its equal signs open it and close
// it.
func heading(t string) (string, bool) {
	if !strings.HasPrefix(t, "=") || !strings.HasSuffix(t, "=") || strings.Trim(t, "=") == "" {
		return "", false
	}
	m := headingRe.FindStringSubmatch(t)
	if m == nil {
		return "", false
	}
	return m[2], true
}

// read reads a page of XWiki markup into blocks: a heading is a text
// line marked as one (pages.Title), its title's markup rendered and its
// permalink dropped; a run of rows is a table (table); the lines of a
// code macro of its own lines are text lines as written, between fences;
// every other line is text, its markup rendered (inline), a list item's
// mark written as Markdown's "- ". Anchor macros are no text.
func read(src pages.Source) []pages.Block {
	var out []pages.Block
	text := func(i int, t string) {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, pages.Block{Line: i + 1, Text: t})
		}
	}
	lines := src.Lines
	for i := 0; i < len(lines); i++ {
		t := stripped(lines[i])
		switch {
		case t == "":
		case strings.HasPrefix(t, "|"):
			tb, end := table(src, i)
			out = append(out, pages.Block{Line: tb.Line, Table: tb})
			i = end - 1
		case strings.HasPrefix(t, "{{code") && !strings.Contains(t, "{{/code}}"):
			end := i + 1
			for end < len(lines) && !strings.Contains(lines[end], "{{/code}}") {
				end++
			}
			if end == len(lines) {
				src.Report.Warn(pages.At(src.Name, i+1), "the code macro at line %d is never closed (no {{/code}}): read lines %d-%d as its lines", i+1, i+2, len(lines))
			}
			out = append(out, pages.Block{Line: i + 1, Text: fence})
			if rest := strings.TrimSpace(t[strings.Index(t, "}}")+2:]); rest != "" {
				text(i, rest)
			}
			for j := i + 1; j < end; j++ {
				text(j, lines[j])
			}
			if end < len(lines) {
				text(end, strings.TrimSpace(lines[end][:strings.Index(lines[end], "{{/code}}")]))
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
