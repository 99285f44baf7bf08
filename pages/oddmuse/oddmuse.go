// Package oddmuse reads pages in Oddmuse's wiki markup, as an Oddmuse
// wiki's source or a converter to it (Perl's HTML::WikiConverter,
// "html2wiki --dialect Oddmuse") writes them: headings framed by as many
// equal signs on both sides, with or without spaces ("==Title==", "==
// Title =="), tables of its Table Markup Extension, which are
// MoinMoin's ("||a ||b ||", no header row of their own: read by
// moin.Tables), lists, and the links inside a line ("[url label]",
// "[[Page]]", "[[Page|label]]").
package oddmuse

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/moin"
)

// headingRe matches a heading: one to six equal signs, the title, and
// as many equal signs, spaces between them or none; listRe the mark of a
// list item ("* ", "## ").
var (
	headingRe = regexp.MustCompile(`^(={1,6})[ \t]*([^=\s].*?)[ \t]*(={1,6})$`)
	listRe    = regexp.MustCompile(`^[*#]+[ \t]+`)
)

// tables are Oddmuse's tables, MoinMoin's without the attributes that
// open a MoinMoin cell; a double pipe inside a link is text.
var tables = moin.Tables{Markup: "Oddmuse", Protected: [][2]string{{"[[", "]]"}}, Rendered: rendered}

// headingLevel is the level of a heading line, 1 for one equal sign on
// each side; 0 for no heading.
func headingLevel(t string) int {
	m := headingRe.FindStringSubmatch(t)
	if m == nil || len(m[1]) != len(m[3]) {
		return 0
	}
	return len(m[1])
}

// items reads a page of Oddmuse markup into blocks. A line that starts
// with a double pipe starts a table (moin.Tables.ReadTable); every other
// line is text, its markup rendered: a heading without its equal signs
// (pages.Title), a list item's mark written as Markdown's "- ". A
// horizontal rule ("----") is no text. Lines that html2wiki wrote of a
// <pre> are plain lines, as Oddmuse has no mark for them: they read as
// text, each as it is written but for its links.
func items(src pages.Source) []pages.Block {
	lines := src.Lines
	var out []pages.Block
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "" || pages.IsWikiRule(t):
		case strings.HasPrefix(t, "||"):
			blocks, end := tables.ReadTable(src, i)
			out = append(out, blocks...)
			i = end - 1
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
