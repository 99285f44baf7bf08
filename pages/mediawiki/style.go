package mediawiki

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages in MediaWiki's wikitext.
type Style struct{}

func (Style) String() string                      { return "MediaWiki wikitext" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".txt", ".wiki", ".mediawiki"} }
func (Style) Read(src pages.Source) []pages.Block { return items(src) }

// DecodesReferences marks wikitext as markup with character references
// of its own: its tags are read before its references are decoded
// ("&lt;span&gt;" is text, <span> a tag), and a <syntaxhighlight>
// block shows its references as they are written.
func (Style) DecodesReferences() {}

// DelimitsTables marks the style as one whose tables stand between
// delimiter lines ("{|", "|}"), which read the blank lines inside them.
func (Style) DelimitsTables() {}

// Markers: a table of wikitext opens with "{|".
func (Style) Markers() string { return "|" }

// Detect is certain of a page with a table of wikitext: a line that
// opens one ("{|", maybe indented with colons) and a line after it that
// starts a row, a cell or the table's end ("|-", "|", "!", "|}"). No
// other style writes "{|" at the start of a line: DokuWiki's and
// Confluence's rows start with a pipe or a caret, and their headings
// ("== Title ==" in DokuWiki) are MediaWiki's too, so they tell no
// style apart.
func (Style) Detect(lines []string) int {
	opened := false
	for _, l := range lines {
		t := strings.TrimLeft(strings.TrimSpace(l), ":")
		switch {
		case strings.HasPrefix(t, "{|"):
			opened = true
		case opened && (strings.HasPrefix(t, "|") || strings.HasPrefix(t, "!")):
			return pages.Certain
		}
	}
	return 0
}

// HeadingAt reports whether page line n is a heading, "== Title =="
// (pages.Headed).
func (Style) HeadingAt(page []string, n int) bool {
	return n >= 1 && n <= len(page) && isHeading(strings.TrimSpace(page[n-1]))
}
