// Package snipsnap reads pages in SnipSnap's wiki markup (Radeox), as
// Perl's HTML::WikiConverter writes them ("html2wiki --dialect
// SnipSnap"): headings written "1 Title" and "1.1 Title" (every level
// below the first the same), tables between two lines "{table}", one row
// a line, cells parted by pipes and no pipe at either end, the first row
// naming the columns; links "{link:text|url}", strong emphasis
// "__text__", emphasis "~~text~~", line breaks "\\", lists ("* ",
// "1. "); preformatted text comes out as plain lines, each read as the
// text it is.
package snipsnap

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// tableMark is the line that opens a table and the one that closes it.
const tableMark = "{table}"

// headingRe matches a heading: "1" or "1.1", a space and the title;
// listRe the mark of a list item, "* ", "1. " or "- ".
var (
	headingRe = regexp.MustCompile(`^1(?:\.1)?\s+(\S.*)$`)
	listRe    = regexp.MustCompile(`^(?:\*+|1\.|-)\s+`)
)

// heading is the title of a heading line, and whether the line is one.
func heading(t string) (string, bool) {
	m := headingRe.FindStringSubmatch(t)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// items reads a page of SnipSnap markup into blocks. A line "{table}"
// opens a table (readTable); every other line is text, its markup
// rendered: a heading without its number, a list item's mark written as
// Markdown's "- ". A horizontal rule ("----") and a quote's marks
// ("{quote}") are no text.
func items(src pages.Source) []pages.Block {
	lines := src.Lines
	var out []pages.Block
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "" || pages.IsWikiRule(t) || t == "{quote}":
		case t == tableMark:
			blocks, end := readTable(src, i)
			out = append(out, blocks...)
			i = end
		default:
			if title, ok := heading(t); ok {
				if text := strings.TrimSpace(strings.Join(rendered(title), " ")); text != "" {
					out = append(out, pages.Block{Line: i + 1, Text: pages.Title(text, true)})
				}
				continue
			}
			item := ""
			if m := listRe.FindString(t); m != "" {
				item, t = "- ", t[len(m):]
			}
			out = append(out, pages.TextBlocks(i, item, rendered(t))...)
		}
	}
	return out
}
