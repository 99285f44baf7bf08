package markdown

import "github.com/docs2go/docs2go/pages"

// Style reads Markdown pages: | cell | cell | rows under a
// |---| ruler.
type Style struct{}

func (Style) String() string                      { return "Markdown" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".md"} }
func (Style) Read(src pages.Source) []pages.Block { return markdownItems(src) }

// DecodesReferences tells that a Markdown page's character references
// are decoded as it is read: those a scrape left in its text before its
// lines are read, and those of its HTML blocks by the HTML reading, as
// HTML decodes them ("&lt;" in a cell of an HTML table is no tag).
func (Style) DecodesReferences() {}

// Detect counts the Markdown rulers, |---|---|, above the run-together
// headers of flattened pages.
func (Style) Detect(lines []string) int {
	return pages.Rulers(lines, true)
}
