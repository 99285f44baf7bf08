package xmldoc

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages written as an XML document of a publishing
// vocabulary: DocBook 4 and 5, JATS, TEI and FictionBook 2, as pandoc
// writes them (-t docbook4, docbook5, jats, tei, fb2), InDesign's ICML
// story, as pandoc (-t icml), InDesign, InCopy and Scribus write it, and
// OpenDocument text (odf.go).
type Style struct{}

func (Style) String() string                      { return "XML document" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".xml", ".dbk", ".fb2", ".icml", ".fodt"} }
func (Style) Read(src pages.Source) []pages.Block { return read(src) }

// DecodesReferences tells that the style decodes the page's entities
// itself, as XML's parsing does.
func (Style) DecodesReferences() {}

// Renders tells that the style's text blocks are the text the document
// shows: "List<String>" in them is text, no tag.
func (Style) Renders() {}

// Detect is certain of a page whose first tag, after the XML
// declaration, the document type and comments, is an element of one of
// the vocabularies (an <article>, a <section>, a <para>, a <TEI>, a
// <sec>, a <FictionBook>, as pandoc writes a document or a fragment),
// and which holds an element that only these vocabularies name (<para>,
// <tgroup>, <sec>, <table-wrap>, <teiHeader>, <FictionBook>, …) and no
// <html> element: an XHTML page,
// which may begin with an <article> too, is the HTML style's. It is
// certain of an ICML story too (isICML), whatever the page's name, and
// of OpenDocument text: a page whose first element is in one of its
// prefixes (<office:document-content>, <office:document>, pandoc's bare
// <text:h>, <text:p>, <text:section>, <table:table>).
func (Style) Detect(lines []string) int {
	if isICML(lines) {
		return pages.Certain
	}
	first, ok := firstTag(lines)
	odf := isODFName(first)
	if !ok || !odf && !vocabulary[localName(first)].root {
		return 0
	}
	own := false
	for _, l := range lines {
		for rest := l; ; {
			i := strings.IndexByte(rest, '<')
			if i < 0 || i+1 >= len(rest) {
				break
			}
			rest = rest[i+1:]
			name := localName(tagName(rest))
			switch {
			case name == "html":
				return 0
			case vocabulary[name].only:
				own = true
			}
		}
	}
	if !own && !odf {
		return 0
	}
	return pages.Certain
}

// firstTag returns the qualified name of the first element of the page,
// in lower case, after the XML declaration, the document type and comments. A
// page whose first text is no markup has none, found without joining its
// first lines: most pages Detect is asked about.
func firstTag(lines []string) (string, bool) {
	head := lines[:min(len(lines), 60)]
	for _, l := range head {
		if t := strings.TrimSpace(l); t != "" {
			if t[0] != '<' {
				return "", false
			}
			break
		}
	}
	s := strings.TrimSpace(strings.Join(head, "\n"))
	for {
		switch {
		case strings.HasPrefix(s, "<?"):
			end := strings.Index(s, "?>")
			if end < 0 {
				return "", false
			}
			s = strings.TrimSpace(s[end+2:])
		case strings.HasPrefix(s, "<!--"):
			end := strings.Index(s, "-->")
			if end < 0 {
				return "", false
			}
			s = strings.TrimSpace(s[end+3:])
		case strings.HasPrefix(s, "<!"):
			end := strings.IndexByte(s, '>')
			if end < 0 {
				return "", false
			}
			s = strings.TrimSpace(s[end+1:])
		case strings.HasPrefix(s, "<"):
			name := tagName(s[1:])
			return name, name != ""
		default:
			return "", false
		}
	}
}

// tagName returns the qualified name ("text:p"), in lower case, of the
// start tag that s begins after its "<"; "" when s begins none.
func tagName(s string) string {
	end := 0
	for end < len(s) && (pages.IsIdentByte(s[end]) || s[end] == '-' || s[end] == ':' || s[end] == '.') {
		end++
	}
	if end == 0 || !pages.IsASCIILetter(s[0]) {
		return ""
	}
	return strings.ToLower(s[:end])
}

// localName is a qualified name without its prefix: "p" of "text:p".
func localName(qualified string) string {
	return qualified[strings.LastIndexByte(qualified, ':')+1:]
}

// NeedsLexiconFor tells that a page that holds a table whose first row
// the document marks no header row (headlessTable) is read with the
// pages' lexicon: a converter may have dropped its header row, as
// pandoc's OpenDocument writer drops a wiki's row of <th> cells inside
// its <tbody>, and the columns its section's title tells
// (pages.SectionColumns) name its cells.
func (Style) NeedsLexiconFor(lines []string) bool {
	return headlessTable(lines)
}

// headlessTable reports whether a page's lines hold a table whose first
// row stands in no header group (a <thead>, a
// <table:table-header-rows>), is no TEI row of role="label" and begins
// with no <th>. It looks a tag at a time, copying no line.
func headlessTable(lines []string) bool {
	inTable, inRow := false, false
	for _, l := range lines {
		for rest := l; ; {
			i := strings.IndexByte(rest, '<')
			if i < 0 || i+1 >= len(rest) {
				break
			}
			rest = rest[i+1:]
			name := localName(tagName(rest))
			k := vocabulary[name].kind
			switch {
			case name == "":
			case !inTable:
				inTable = k == table
			case k == header:
				inTable = false
			case k == row && !inRow:
				tag, _, _ := strings.Cut(rest, ">")
				if strings.Contains(tag, `"label"`) {
					inTable = false
				}
				inRow = true
			case k == cell && inRow:
				if name == "th" {
					inTable, inRow = false, false
					continue
				}
				return true
			}
			if !inTable {
				inRow = false
			}
		}
	}
	return false
}
