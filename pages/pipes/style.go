package pipes

import "github.com/docs2go/docs2go/pages"

// Style reads pipe-separated pages: cell | cell rows, with or
// without a leading pipe and a ruler.
type Style struct{}

func (Style) String() string                      { return "pipe-separated text" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".txt"} }
func (Style) Read(src pages.Source) []pages.Block { return pipeItems(src) }

// Detect counts the rulers without a leading pipe, ---|---; Markdown wins
// a tie.
func (Style) Detect(lines []string) int {
	return pages.Rulers(lines, false)
}
