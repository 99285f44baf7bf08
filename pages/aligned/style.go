package aligned

import "github.com/docs2go/docs2go/pages"

// Style reads pages whose tables are columns aligned with spaces.
type Style struct{}

func (Style) String() string                      { return "columns aligned with spaces" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".txt"} }
func (Style) Read(src pages.Source) []pages.Block { return alignedItems(src) }

// Detect counts the header rows that a row of their columns follows,
// above a flattened page's rate; a page of pipes or tabs has none.
func (Style) Detect(lines []string) int {
	n := 0
	for i := 0; i < len(lines); i++ {
		if !mayHead(lines[i]) {
			continue
		}
		if h, ok := headerAt(lines, i); ok {
			n++
			i = h.end - 1
		}
	}
	if n == 0 {
		return 0
	}
	return 2 + n
}

// mayHead reports cheaply whether a line may be a header's first: it has
// two words at least.
func mayHead(l string) bool {
	for i := 1; i < len(l); i++ {
		if l[i] == ' ' && l[i-1] != ' ' {
			for _, c := range l[i:] {
				if c != ' ' {
					return true
				}
			}
			return false
		}
	}
	return false
}
