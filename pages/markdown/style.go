package markdown

import "github.com/docs2go/docs2go/pages"

// Style reads Markdown pages: | cell | cell | rows under a
// |---| ruler.
type Style struct{}

func (Style) String() string                      { return "Markdown" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".md"} }
func (Style) Read(src pages.Source) []pages.Block { return markdownItems(src) }

// Detect counts the Markdown rulers, |---|---|, above the run-together
// headers of flattened pages.
func (Style) Detect(lines []string) int {
	return pages.Rulers(lines, true)
}
