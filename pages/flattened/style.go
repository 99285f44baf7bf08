package flattened

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages whose table cells run together on one line.
type Style struct{}

func (Style) String() string                      { return "flattened text" }
func (Style) NeedsLexicon() bool                  { return true }
func (Style) Extensions() []string                { return []string{".txt"} }
func (Style) Read(src pages.Source) []pages.Block { return flattenedItems(src) }

// Detect finds a run-together table header such as
// "CodeTypeRequiredDescription".
func (Style) Detect(lines []string) int {
	for _, l := range lines {
		if pages.RunTogetherHeader(strings.TrimSpace(l)) != nil {
			return 2
		}
	}
	return 0
}
