package native

import "github.com/docs2go/docs2go/pages"

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
// argument begins with as native writes it: "[" a list, "(" a tuple or a
// value in parentheses, "0" a number (a Header's level, then its attr's
// "("), "" none (the "," or "]" after it).
var starts = map[string]string{
	"Para": "[", "Plain": "[", "LineBlock": "[", "BlockQuote": "[", "BulletList": "[", "DefinitionList": "[",
	"Header": "0", "CodeBlock": "(", "RawBlock": "(", "Div": "(", "OrderedList": "(", "Table": "(", "Figure": "(",
	"HorizontalRule": "", "Null": "",
}

// Detect is certain of a page that begins as native writes an AST, in
// its tokens (with spaces between them, as pandoc 2 and 3 write it, or
// none, as pandoc 1 did): a "[" and a block constructor with the first
// token of its arguments ("[ Para [", "[ Header 2 (", "[ Table (", "[
// HorizontalRule ,"), or "Pandoc Meta", a whole document (-s; pandoc 1:
// "Pandoc (Meta"). No other style's page begins so: a Markdown link
// ("[Para](…)", "[ Header 1](…)") closes its bracket after its words,
// and JSON's array holds no bare name.
func (Style) Detect(lines []string) int {
	var head []string // the page's first lines, each cut short: four tokens tell
	for _, l := range lines[:min(len(lines), 8)] {
		head = append(head, l[:min(len(l), 200)])
	}
	toks, _ := tokens(head, func(i int) int { return i + 1 })
	at := func(i int) token {
		if i < len(toks) {
			return toks[i]
		}
		return token{kind: punct}
	}
	isPunct := func(t token, c byte) bool { return t.kind == punct && t.punct == c }
	first := at(0)
	switch {
	case first.kind == constructor && first.text == "Pandoc":
		meta := at(1)
		if isPunct(meta, '(') {
			meta = at(2)
		}
		if meta.kind == constructor && meta.text == "Meta" {
			return pages.Certain
		}
		return 0
	case !isPunct(first, '['):
		return 0
	}
	block, next := at(1), at(2)
	arg, known := starts[block.text]
	switch {
	case block.kind != constructor || !known:
		return 0
	case arg == "":
		if !isPunct(next, ',') && !isPunct(next, ']') {
			return 0
		}
	case arg == "0":
		if next.kind != number || !isPunct(at(3), '(') {
			return 0
		}
	case !isPunct(next, arg[0]):
		return 0
	}
	return pages.Certain
}
