package html

import "github.com/docs2go/docs2go/pages"

// Style reads web pages: <table>, <tr>, <td>.
type Style struct{}

func (Style) String() string                      { return "HTML" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".html", ".htm"} }
func (Style) Read(src pages.Source) []pages.Block { return htmlItems(src) }
func (Style) DecodesReferences()                  {}
func (Style) Renders()                            {}

// Detect is certain of an HTML document, and least sure of a page of
// another style that holds HTML tables.
func (Style) Detect(lines []string) int {
	switch {
	case htmlDocument(lines):
		return pages.Certain
	case htmlTables(lines):
		return 1
	}
	return 0
}
