package native

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages written in pandoc's native format (pandoc -t
// native), of pandoc 2 and 3.
type Style struct{}

func (Style) String() string                      { return "pandoc native AST" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".native"} }
func (Style) Read(src pages.Source) []pages.Block { return read(src) }

// DecodesReferences tells that the style decodes the page's escapes
// itself: an "&amp;" in a string is text the page shows.
func (Style) DecodesReferences() {}

// Renders tells that the style's text blocks are the text the document
// shows: "List<String>" in them is text, no tag.
func (Style) Renders() {}

// starts are pandoc's block constructors, each with the token its first
// argument begins with as native writes it ("" for one of none).
var starts = map[string]string{
	"Para": "[", "Plain": "[", "LineBlock": "[", "BlockQuote": "[", "BulletList": "[", "DefinitionList": "[",
	"Header": "0", "CodeBlock": "(", "RawBlock": "(", "Div": "(", "OrderedList": "(", "Table": "(", "Figure": "(",
	"HorizontalRule": "", "Null": "",
}

// Detect is certain of a page that begins as native writes an AST: a
// "[" and a block constructor with the first token of its arguments
// ("[ Para [", "[ Header 2 (", "[ Table (", "[ HorizontalRule ,"), each
// a token of its own, or "Pandoc Meta", a whole document (-s). No other
// style's page begins so: a Markdown link ("[Para](…)", "[ Header 1](…)")
// closes its bracket in the words, and JSON's array holds no bare name.
func (Style) Detect(lines []string) int {
	var head []string
	for _, l := range lines[:min(len(lines), 8)] {
		head = append(head, strings.TrimSpace(l))
	}
	s := strings.TrimSpace(strings.Join(head, " "))
	if rest, ok := strings.CutPrefix(s, "Pandoc"); ok {
		if f := strings.Fields(rest); len(f) > 0 && strings.HasPrefix(f[0], "Meta") {
			return pages.Certain
		}
		return 0
	}
	rest, ok := strings.CutPrefix(s, "[")
	if !ok {
		return 0
	}
	f := strings.Fields(rest)
	if len(f) < 2 {
		return 0
	}
	arg, known := starts[f[0]]
	next := f[1]
	switch {
	case !known:
		return 0
	case arg == "":
		if next != "," && next != "]" {
			return 0
		}
	case arg == "0":
		if strings.Trim(next, "0123456789") != "" {
			return 0
		}
	case next != arg && !(arg == "[" && next == "[]"):
		return 0
	}
	return pages.Certain
}
