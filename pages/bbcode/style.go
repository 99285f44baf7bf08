// Package bbcode reads a page written in BBCode, the markup of phpBB and
// the other forums, as a converter writes a served page in it
// (html2bbcode, and pandoc's BBCode writers, whose flavours differ):
// headings [h1]–[h6] (html2bbcode, bbcode_steam, bbcode_hubzilla) or
// [heading=N] (bbcode_xenforo), where bbcode, bbcode_phpbb and
// bbcode_fluxbb write a heading as a paragraph in bold or underlined;
// code blocks [code] or [code=lang], code spans [code] (bbcode_hubzilla),
// [icode] (bbcode_xenforo) or [noparse] (bbcode_steam); links [url] and
// [url=…], images [img] (with attributes or not), lists [list],
// [list=1], [olist], [ul], [ol] and [*], quotes [quote], tables [table]
// [tr] [th] [td] where the converter keeps them (bbcode_phpbb and
// bbcode_fluxbb write "(TABLE)" in their place, which
// pages.RefuseDroppedTables refuses), and the wrappers [b], [i], [u],
// [s], [strike], [size=…], [color=…], [font=…]. Its lines
// are read into Markdown, each at its page line (markdownOf), and read
// as a Markdown page: a table whose tags the converter dropped, each row
// one line with its cells run together, is the table html2markdown
// writes as text, its [code] spans the code spans that bound the cells.
package bbcode

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/markdown"
)

// Style reads pages written in BBCode.
type Style struct{}

func (Style) String() string       { return "BBCode" }
func (Style) NeedsLexicon() bool   { return false }
func (Style) Extensions() []string { return []string{".bbcode", ".txt"} }

// Markers: every tag of BBCode opens with a bracket.
func (Style) Markers() string { return "[" }

// DecodesReferences tells that the character references a converter
// left in the page are decoded as its Markdown's are.
func (Style) DecodesReferences() {}

// CellPipe is how a pipe is written in a cell's text of the Markdown
// rows a [table] is read into (pages.PipeRows).
func (Style) CellPipe() string { return markdownStyle.CellPipe() }

// markdownStyle reads the page's lines once they are Markdown.
var markdownStyle = markdown.Style{}

// NeedsLexiconFor tells that a page is read with the pages' lexicon when
// its Markdown is (a table whose cells run together with no code span
// between them).
func (Style) NeedsLexiconFor(lines []string) bool {
	return markdownStyle.NeedsLexiconFor(markdownOf(lines).lines)
}

// HeadingAt reports whether page line n is a heading, "[h2]Title[/h2]"
// or "[heading=2]Title[/heading]" (pages.Headed).
func (Style) HeadingAt(page []string, n int) bool {
	return n >= 1 && n <= len(page) && headingRe.MatchString(strings.TrimSpace(page[n-1]))
}

// closeTagRe matches the end tag of one of BBCode's elements; structRe
// that of a heading, a code, a list or a table, which hold a page's
// structure.
var (
	closeTagRe = regexp.MustCompile(`(?i)\[/(?:h[1-6]|heading|code|icode|noparse|url|img|b|i|u|s|strike|quote|list|olist|ul|ol|li|table|tr|td|th|size|color|font|center)\]`)
	structRe   = regexp.MustCompile(`(?i)\[/(?:h[1-6]|heading|code|list|olist|ul|ol|table)\]`)
)

// minTagLines is how many lines with an end tag of BBCode a page must
// hold, one of them at least of a heading, a code, a list or a table.
const minTagLines = 3

// Detect is certain of a page with minTagLines lines or more that end an
// element of BBCode ("[/url]", "[/h2]"), one of them a heading, a code,
// a list or a table: no other style writes such tags.
func (Style) Detect(lines []string) int {
	tagged, structural := 0, false
	for _, l := range lines {
		if !strings.Contains(l, "[/") || !closeTagRe.MatchString(l) {
			continue
		}
		tagged++
		structural = structural || structRe.MatchString(l)
		if tagged >= minTagLines && structural {
			return pages.Certain
		}
	}
	return 0
}

// Read reads the page's lines as Markdown (markdownOf), each at its page
// line, and warns of the text struck out ([s]…[/s]), read as text though
// the page may mean it deleted, and of each line read as the rest of a
// row.
func (Style) Read(src pages.Source) []pages.Block {
	m := markdownOf(src.Lines)
	page := func(n int) int {
		if src.At != nil && n >= 1 && n <= len(src.At) {
			return src.At[n-1]
		}
		return n
	}
	for _, s := range m.struck {
		src.Report.Warn(pages.At(src.Name, page(s.line)), "the text %q at line %d is struck out ([s]…[/s] or [strike]…[/strike]): read as text, though the page may mean it deleted; correct the page, or the schema with an override", pages.Clip(s.text), page(s.line))
	}
	for _, r := range m.rest {
		src.Report.Warn(pages.At(src.Name, page(r.line)), "line %d, among the rows of a table whose tags the converter dropped, begins with no [code] span as the table's rows do: read as the rest of the row at line %d, a line break in its cell (<br>); if it is text after the table, put a blank line before it", page(r.line), page(r.row))
	}
	at := make([]int, len(m.at))
	for k, n := range m.at {
		at[k] = page(n)
	}
	src.Lines, src.At = m.lines, at
	return pages.ReadLocated(src, markdownStyle.Read)
}
