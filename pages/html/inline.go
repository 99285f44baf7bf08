package html

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A converter that writes a page in another style keeps as raw HTML the
// inline elements it has no form for: pandoc's GFM keeps a heading's
// permalink (<a class="header-anchor" aria-label="…">), a <span> with a
// class, a link with attributes, and wraps them at 72 columns like the
// text, a tag's attributes and all. Inline reads such text as an HTML
// page's text reads.

// phrasing are the elements whose tags Inline reads in text: the
// elements of HTML's phrasing content. Another tag's name ("List<String>",
// "Map<Key, Value>") is text.
var phrasing = map[string]bool{}

func init() {
	for _, t := range strings.Fields(`a abbr b bdi bdo br button cite code data del dfn em font i img
		input ins kbd label mark q s samp small span strike strong sub sup svg time tt u var wbr`) {
		phrasing[t] = true
	}
}

// inlineTag reports whether a tag's name, as the text writes it, is that
// of a phrasing element: a name capitalised as a type's is
// ("List<Mark>", "List<Data>", "Map<String, Time>", as a type cell writes
// a generic type and Markdown's "List\<Mark>" decodes to), in capitals
// but the first ("<Mark>", "</TimeSpan>"), is text; a converter writes
// a tag in lower case, Word's HTML in capitals ("<B>").
func inlineTag(name string) bool {
	if !phrasing[strings.ToLower(name)] {
		return false
	}
	return name == "" || name[0] < 'A' || name[0] > 'Z' || strings.ToUpper(name) == name
}

// tagName is the name of the tag a raw tag writes, as it writes it:
// "Mark" of "<Mark>" and of "</Mark>".
func tagName(raw string) string {
	rest := strings.TrimPrefix(strings.TrimPrefix(raw, "<"), "/")
	n := 0
	for n < len(rest) && (rest[n] >= 'a' && rest[n] <= 'z' || rest[n] >= 'A' && rest[n] <= 'Z' || n > 0 && rest[n] >= '0' && rest[n] <= '9') {
		n++
	}
	return rest[:n]
}

// voidElements are the phrasing elements that have no end tag.
var voidElements = map[string]bool{"br": true, "img": true, "input": true, "wbr": true}

// HasInline reports whether a text holds a tag of a phrasing element,
// or the start of one that a line break cuts ("<a href=\"#x\"" at the
// end of a line), or a comment, or the start of one ("<!-- col-0 -->",
// which dom-to-semantic-markdown's column tracking leaves in every cell
// of a table, "<!-- <main> -->").
func HasInline(text string) bool {
	if strings.Contains(text, "<!--") {
		return true
	}
	for i := strings.IndexByte(text, '<'); i >= 0; i = nextTag(text, i) {
		name := tagName(text[i:])
		rest := strings.TrimPrefix(text[i+1:], "/")
		n := len(name)
		if n > 0 && inlineTag(name) && (n == len(rest) || strings.IndexByte(" \t/>", rest[n]) >= 0) {
			return true
		}
	}
	return false
}

// nextTag is the index of the "<" after the one at i in text, or -1.
func nextTag(text string, i int) int {
	j := strings.IndexByte(text[i+1:], '<')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

// Inline reads lines of text that hold the tags of inline elements, a
// paragraph or a heading of a page of another style, each as the line
// of text it shows: the tags of phrasing elements are no text, nor what
// a page hides from a reader (hiddenSelector: a permalink marked
// aria-hidden, a skip link that only a screen reader speaks, VitePress'
// language label of a code block), an image is its alt text and a line
// break a space; a comment is no text, but one that nothing closes,
// which is. A tag that a line break cuts is one tag, and the text
// after it on its last line goes on the line where it begins ("- <a
// href=\"#x\"", "title=\"X\">X</a>" is "- X"), the lines after it
// empty. Character references are left
// as written, for the style to decode with the rest of its text, and so
// is what is no tag of a phrasing element. within are the start tags of
// the elements the lines stand in, outermost first (the <div> of a code
// block around its label): what they hide is hidden too.
func Inline(lines []string, within []string) []string {
	return inline(lines, within, false)
}

// codeElements are the phrasing elements that show code.
var codeElements = map[string]bool{"code": true, "kbd": true, "samp": true, "tt": true}

// InlineCell reads a cell of a table of another style's page that holds
// the tags of inline elements as Inline reads a line, but for its line
// breaks (<br>, <wbr>), which stay as written for the reading of the
// cell (pages.Unbroken: the items of a list, a default after a break),
// and its code (<code>, <kbd>), a code span, as the style writes code:
// code elements run together, as a link to a type and its array mark
// each in one ("<a><code>Item</code></a><code>[]</code>"), are one code
// span, "`Item[]`", as the page shows one monospace word.
func InlineCell(cell string) string {
	return inline([]string{cell}, nil, true)[0]
}

// inline is Inline, or InlineCell for a cell.
func inline(lines []string, within []string, cell bool) []string {
	out := make([]string, len(lines))
	// open is the element the text stands in, and hidden tells whether
	// a reader sees nothing of it.
	type open struct {
		n      *html.Node
		hidden bool
	}
	stack := []open{{n: &html.Node{Type: html.DocumentNode}}}
	push := func(n *html.Node) {
		top := stack[len(stack)-1]
		top.n.AppendChild(n)
		stack = append(stack, open{n: n, hidden: top.hidden || hiddenMatcher.Match(n)})
	}
	for _, w := range within {
		z := html.NewTokenizer(strings.NewReader(w))
		if z.Next() == html.StartTagToken {
			push(element(z.Token()))
		}
	}
	// line is the line the text read goes to, and at the line the
	// reading is at: the line where a tag that a line break cuts
	// begins, and that of its end, whose text goes on the tag's line.
	line, at := 0, 0
	emit := func(text string, shown bool) {
		for i, part := range strings.Split(text, "\n") {
			if i > 0 {
				at++
				line = at
			}
			if shown && line < len(out) {
				out[line] += part
			}
		}
	}
	// cut passes the line breaks of a tag.
	cut := func(raw string) { at += strings.Count(raw, "\n") }
	// closed is the line and length of the text of the line where the
	// last code element of a cell closed, its backtick written: a code
	// element right after it goes on its code span ("<code>List&lt;</code><a><code>Mark</code></a>"
	// is "`List<Mark`"), as a page shows the two, one monospace word.
	closed := [2]int{-1, -1}
	// comment tells whether the token before is a comment dropped: the
	// spaces on both sides of it are one space, as a page shows them
	// ("Name <!-- col-0 --> and" is "Name and").
	comment := false
	z := html.NewTokenizer(strings.NewReader(strings.Join(lines, "\n")))
	for {
		tt := z.Next()
		raw := string(z.Raw())
		hidden := stack[len(stack)-1].hidden
		if comment && tt == html.TextToken {
			if l := out[min(line, len(out)-1)]; l == "" || strings.HasSuffix(l, " ") || strings.HasSuffix(l, "\t") {
				raw = strings.TrimLeft(raw, " \t")
			}
		}
		comment = tt == html.CommentToken
		switch tt {
		case html.ErrorToken:
			emit(raw, !hidden) // a tag the text leaves open: text
			for i := range out {
				out[i] = strings.TrimRight(pages.Clean(out[i]), " \t")
			}
			return out
		case html.TextToken:
			emit(raw, !hidden)
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if !inlineTag(tagName(raw)) {
				emit(raw, !hidden)
				continue
			}
			n := element(tok)
			push(n)
			shown := !stack[len(stack)-1].hidden
			switch {
			case !shown:
			case tok.Data == "img":
				out[min(line, len(out)-1)] += attr(n, "alt")
			case cell && (tok.Data == "br" || tok.Data == "wbr"):
				out[min(line, len(out)-1)] += raw
			case tok.Data == "br":
				out[min(line, len(out)-1)] += " "
			case isBadge(n):
				if l := min(line, len(out)-1); out[l] != "" && !strings.HasSuffix(out[l], " ") {
					out[l] += " "
				}
			case cell && codeElements[tok.Data]:
				l := min(line, len(out)-1)
				if closed == [2]int{l, len(out[l])} {
					out[l] = out[l][:len(out[l])-1]
				} else {
					out[l] += "`"
				}
			}
			if tt == html.SelfClosingTagToken || voidElements[tok.Data] {
				stack = stack[:len(stack)-1]
			}
			cut(raw)
		case html.EndTagToken:
			name, _ := z.TagName()
			if !inlineTag(tagName(raw)) {
				emit(raw, !hidden)
				continue
			}
			if cell && codeElements[string(name)] && !hidden {
				l := min(line, len(out)-1)
				out[l] += "`"
				closed = [2]int{l, len(out[l])}
			}
			for i := len(stack) - 1; i > len(within); i-- {
				if stack[i].n.Data == string(name) {
					if isBadge(stack[i].n) && !stack[i].hidden {
						out[min(line, len(out)-1)] += " "
					}
					stack = stack[:i]
					break
				}
			}
			cut(raw)
		case html.CommentToken:
			if !strings.HasSuffix(raw, "-->") && !strings.HasSuffix(raw, "--!>") {
				emit(raw, !hidden) // a comment nothing closes: text
				continue
			}
			cut(raw)
		default: // a doctype
			cut(raw)
		}
	}
}

// element is the node of a start tag.
func element(t html.Token) *html.Node {
	return &html.Node{Type: html.ElementNode, Data: t.Data, DataAtom: atom.Lookup([]byte(t.Data)), Attr: t.Attr}
}

// CutTag returns the start tag of a phrasing element that text ends
// inside of, as a line break cut it ("## Client <a href=\"#client\"
// class=\"header-anchor\"", pandoc's GFM wrapping a heading's permalink
// at 72 columns), from its "<" to the end of text; "" when text ends
// outside a tag.
func CutTag(text string) string {
	if !strings.Contains(text, "<") {
		return ""
	}
	z := html.NewTokenizer(strings.NewReader(text))
	for z.Next() != html.ErrorToken {
	}
	raw := string(z.Raw())
	if !strings.HasPrefix(raw, "<") || strings.HasPrefix(raw, "</") || !inlineTag(tagName(raw)) {
		return ""
	}
	return raw
}

// tagRestRe matches the rest of a start tag at the start of a line: one
// attribute with its value at least ("aria-label=\"Permalink to
// &quot;Client&quot;\""), and the tag's ">".
var tagRestRe = regexp.MustCompile(`^[ \t]*(?:[^\s"'<>/=]+[ \t]*=[ \t]*(?:"[^"]*"|'[^']*'|[^\s"'=<>` + "`" + `]+)[ \t]*)+/?>`)

// attrsRestRe matches the attributes that may follow a quoted value
// that a line break cut, and the tag's ">".
var attrsRestRe = regexp.MustCompile(`^(?:[ \t]*[^\s"'<>/=]+[ \t]*=[ \t]*(?:"[^"]*"|'[^']*'|[^\s"'=<>` + "`" + `]+))*[ \t]*/?>`)

// TagRest reports whether line begins with the rest of the start tag cut
// (CutTag): the rest of the attribute value the cut left open, if it
// did, then attributes with values, and the tag's ">". A formatter that
// reads the cut tag's heading as a line of its own sets the rest apart
// by a blank line (Prettier after pandoc's GFM: "## Client <a
// href=\"#client\" class=\"header-anchor\"", "", "aria-label=\"…\">​</a>").
func TagRest(cut, line string) bool {
	if q := openQuote(cut); q != 0 {
		k := strings.IndexByte(line, q)
		return k >= 0 && attrsRestRe.MatchString(line[k+1:])
	}
	return tagRestRe.MatchString(line)
}

// openQuote is the quote mark of the attribute value a cut start tag
// leaves open, or 0 when it leaves none open.
func openQuote(tag string) byte {
	var q, last byte // last is the byte before, spaces aside, outside a value
	for i := 0; i < len(tag); i++ {
		switch c := tag[i]; {
		case q != 0:
			if c == q {
				q, last = 0, c
			}
		case (c == '"' || c == '\'') && last == '=':
			q = c
		case c != ' ' && c != '\t' && c != '\n':
			last = c
		}
	}
	return q
}
