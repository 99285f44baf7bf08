package indented

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/html"
)

// Style reads pages of indentation markup, HAML, Pug and Slim, as the
// HTML they write.
type Style struct{}

func (Style) String() string       { return "indentation markup (HAML, Pug, Slim)" }
func (Style) NeedsLexicon() bool   { return false }
func (Style) Extensions() []string { return []string{".haml", ".pug", ".slim"} }

// DecodesReferences tells that the character references of a page are
// decoded by the HTML it is read as.
func (Style) DecodesReferences() {}

// Renders tells that the style's text blocks are the text the HTML the
// page writes shows.
func (Style) Renders() {}

// Read writes the page as HTML in the notation its marks tell, line for
// line, and reads that as an HTML page.
func (Style) Read(src pages.Source) []pages.Block {
	nt := notationOf(src.Lines)
	if nt == nil {
		src.Report.Fail(pages.At(src.Name, 1), "the page bears too few marks of HAML (%%tag lines, !!!), of Pug (doctype html, tag(attrs) and | text lines) or of Slim (doctype html, tag[attrs] or tag a=\"x\" and | text lines) to tell which it is written in")
		return nil
	}
	htmlSrc := src
	htmlSrc.Lines = toHTML(source{src}, nt)
	return html.Style{}.Read(htmlSrc)
}

// Detect is certain of a page that bears the marks of a notation over
// the whole page (notationOf).
func (Style) Detect(lines []string) int {
	if notationOf(lines) != nil {
		return pages.Certain
	}
	return 0
}

// minMarks is how many lines of a notation's elements a page must hold
// to be told the notation's.
const minMarks = 3

// notationOf tells the notation of a page's lines by their marks: HAML's
// when its first line is "!!!" or it holds minMarks lines of "%tag" of
// HTML's elements, more than of Pug's; Pug's when its first line is
// "doctype html" and it holds more lines of HTML's elements written
// "tag(…)" than Slim's, or minMarks such lines and "| text" lines
// indented inside an element (a Markdown table's rows start at the
// line's start);
// Slim's alike, of its elements written "tag[…]" or "tag a="…"". Nil for
// neither, and for a page with as many lines of HTML's tags (an HTML
// page): no notation is told by a page's name.
func notationOf(lines []string) notation {
	first := ""
	hamls, pugs, slims, pipes, tags := 0, 0, 0, 0, 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if first == "" {
			first = t
			if t == "!!!" || strings.HasPrefix(t, "!!! ") {
				return haml{}
			}
		}
		switch {
		case strings.HasPrefix(t, "%") && htmlElements[leadingName(t[1:])]:
			hamls++
		case strings.HasPrefix(t, "| ") && len(t) < len(l):
			pipes++
		case strings.HasPrefix(t, "<"):
			tags++
		default:
			name := leadingName(t)
			switch rest := t[len(name):]; {
			case !htmlElements[name]:
			case strings.HasPrefix(rest, "("):
				pugs++
			case strings.HasPrefix(rest, "["), slimAttributeRe.MatchString(rest):
				slims++
			}
		}
	}
	switch {
	case hamls+pugs+slims <= tags:
		return nil
	case hamls >= minMarks && hamls > pugs:
		return haml{}
	case pugs > slims && (strings.HasPrefix(first, "doctype html") || pugs >= minMarks && pipes > 0):
		return pug{}
	case slims > pugs && (strings.HasPrefix(first, "doctype html") || slims >= minMarks && pipes > 0):
		return slim{}
	}
	return nil
}

// slimAttributeRe matches Slim's attribute written bare after an
// element's name: ` lang="en"`.
var slimAttributeRe = regexp.MustCompile(`^ [A-Za-z][\w:-]*=["']`)

// leadingName is the tag name s starts with.
func leadingName(s string) string {
	i := 0
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9' && i > 0) {
		i++
	}
	return s[:i]
}

// htmlElements are the names of HTML's elements a page's notation
// writes.
var htmlElements = map[string]bool{}

func init() {
	for _, n := range strings.Fields("html head body title meta link script style div span p a table thead tbody tfoot tr td th caption h1 h2 h3 h4 h5 h6 code pre ul ol li dl dt dd br hr img nav header footer main aside section article strong em b i button kbd time label form input small sup sub blockquote details summary colgroup col") {
		htmlElements[n] = true
	}
}
