package readme

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/markdown"
)

// Style reads pages in ReadMe's legacy Markdown: Markdown with blocks of
// JSON between "[block:NAME]" and "[/block]" lines.
type Style struct{}

func (Style) String() string                      { return "ReadMe blocks" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".md", ".txt"} }
func (Style) Read(src pages.Source) []pages.Block { return read(src) }

// DecodesReferences tells that the character references of a page are
// decoded as it is read: those of a block's JSON strings (a cell's
// "List&lt;Reward&gt;", as ReadMe renders them) once the JSON is read, so
// that an escaped quote is none of the JSON's; those of its Markdown as
// the Markdown style decodes them.
func (Style) DecodesReferences() {}

// Markers: every block opens with a bracket, every component with "<".
func (Style) Markers() string { return "[<" }

// Detect is certain of a page with a block: a "[block:NAME]" line, a
// "{" right under it (or on it) that begins its JSON, and a "[/block]"
// line after it; or of a page of ReadMe's MDX export: with a callout, a
// line of its start tag ("<Callout icon=…>") and one of its end tag, or
// with a table component whose alignment is a JSX expression ("<Table
// align={[…]}>"). No other style writes such lines.
func (Style) Detect(lines []string) int {
	callout := false
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimLeft(l, " \t"), "<Table align={") {
			return pages.Certain
		}
		if isComponent(l) {
			if strings.Contains(l, "</Callout>") && callout {
				return pages.Certain
			}
			callout = callout || strings.Contains(l, "<Callout")
			continue
		}
		if _, ok := opening(l); !ok {
			continue
		}
		if end := closing(lines, i); end >= 0 && startsJSON(lines, i) {
			return pages.Certain
		}
	}
	return 0
}

// markdownStyle reads the lines of a page outside its blocks.
var markdownStyle = markdown.Style{}
