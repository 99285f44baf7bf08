package html

import (
	"bytes"
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Confluence's storage format, the XHTML Confluence keeps a page in, as
// its "View Storage Format" prints it or its REST API returns it: the
// page's HTML with the macros and links of Confluence's namespaces
// (ac:, ri:), undeclared, often without a root element. What Confluence
// shows of them is read, as it renders them: a code or noformat macro
// is a code block of its plain-text body; a status macro (a lozenge) is
// its title ("Y"); an anchor, a table of contents or a macro's
// parameters are nothing; a macro with a rich-text body (info, note,
// tip, warning, panel, expand) is its title, if any, on a line of its
// own, then its body; a link is its body's text, else the title of the
// page, the name of the file or the anchor it links to. The bodies of
// plain-text macros and links are CDATA sections, which HTML reads as
// comments: on a page in storage format they are read as text, and an
// element of the namespaces closed by "/>" is empty, as XML has it,
// rather than left open as HTML has it; each keeps its lines.

// storageFormat reports whether a page's source is in Confluence's
// storage format: it holds an element of Confluence's namespace.
func storageFormat(src []byte) bool {
	return bytes.Contains(src, []byte("<ac:"))
}

var (
	// cdataRe matches a CDATA section; selfClosedRe an element of
	// Confluence's namespaces, or a <time>, closed by "/>".
	cdataRe      = regexp.MustCompile(`(?s)<!\[CDATA\[(.*?)\]\]>`)
	selfClosedRe = regexp.MustCompile(`<((?:ac|ri):[A-Za-z-]+|time)(\s[^<>]*?)?/>`)
	// textEscaper writes a CDATA section's text as HTML text.
	textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
)

// storageSource returns the source of a page in storage format as HTML
// reads it as Confluence does: its CDATA sections as text, its empty
// elements closed.
func storageSource(src []byte) []byte {
	src = cdataRe.ReplaceAllFunc(src, func(m []byte) []byte {
		return []byte(textEscaper.Replace(string(m[len("<![CDATA[") : len(m)-len("]]>")])))
	})
	return selfClosedRe.ReplaceAll(src, []byte("<$1$2></$1>"))
}

// storageElement reads an element of Confluence's namespace, as
// Confluence renders it.
func (r *htmlReader) storageElement(n *html.Node) {
	switch n.Data {
	case "ac:parameter", "ac:placeholder":
		r.quietly(n)
	case "ac:structured-macro", "ac:macro":
		r.macro(n)
	case "ac:link":
		r.link(n)
	case "ac:emoticon":
		if r.cell {
			if mark, ok := pages.IconMark(attr(n, "ac:name")); ok {
				r.addText(" " + mark + " ")
			}
		}
	case "ac:plain-text-body":
		r.plainTextBody(n)
	default:
		r.children(n)
	}
}

// lozengeText is the text of a status macro as Confluence renders it (a
// lozenge: <span class="status-macro aui-lozenge">New</span>), in
// capitals, as the lozenge shows it: a status badge beside a name
// ("giftMessage NEW") reads as a word in capitals after it, which a
// reader tells from a part of the name. ok is false for any other
// element.
func lozengeText(n *html.Node) (string, bool) {
	if n.DataAtom != atom.Span || !slices.Contains(strings.Fields(attr(n, "class")), "status-macro") {
		return "", false
	}
	return strings.ToUpper(strings.TrimSpace(textOf(n))), true
}

// isBadge reports whether n is a badge a docs site sets beside a name or
// a title: a <span> of a badge's class (pages.IsBadgeClass).
func isBadge(n *html.Node) bool {
	return (n.DataAtom == atom.Span || n.Data == "span") && pages.IsBadgeClass(attr(n, "class"))
}

// macro reads a macro, by its name.
func (r *htmlReader) macro(n *html.Node) {
	switch attr(n, "ac:name") {
	case "status":
		r.addText(" " + strings.TrimSpace(macroParameter(n, "title")) + " ")
		r.quietly(n)
	case "anchor", "toc", "toc-zone", "children", "pagetree", "excerpt-include", "include":
		r.quietly(n)
	default:
		if !r.cell && childNamed(n, "ac:rich-text-body") != nil {
			r.flush()
			if p := parameterNamed(n, "title"); p != nil && strings.TrimSpace(textOf(p)) != "" {
				r.at(p)
				r.addText(textOf(p))
				r.flush()
			}
			r.block(n)
			return
		}
		r.children(n)
	}
}

// plainTextBody reads the plain-text body of a macro (code, noformat) as
// a code block, a line a line; in a cell, as the cell's text.
func (r *htmlReader) plainTextBody(n *html.Node) {
	if r.cell {
		r.children(n)
		return
	}
	r.flush()
	pre := r.pre
	r.pre = true
	r.children(n)
	r.flush()
	r.pre = pre
}

// link reads a link: its body's text, else the title of what it links to.
func (r *htmlReader) link(n *html.Node) {
	text := ""
	for d := range descendants(n) {
		if d.Data == "ac:plain-text-link-body" || d.Data == "ac:link-body" {
			text = textOf(d)
			break
		}
	}
	if strings.TrimSpace(text) == "" {
		for d := range descendants(n) {
			if t := attr(d, "ri:content-title") + attr(d, "ri:filename") + attr(d, "ri:value"); t != "" {
				text = t
				break
			}
		}
	}
	if strings.TrimSpace(text) == "" {
		text = attr(n, "ac:anchor")
	}
	// The spaces around the body are the storage's indentation, no text
	// of the link.
	r.addText(strings.TrimSpace(pages.SingleSpaced(text)))
	r.quietly(n)
}

// macroParameter returns the text of a macro's parameter.
func macroParameter(n *html.Node, name string) string {
	if p := parameterNamed(n, name); p != nil {
		return textOf(p)
	}
	return ""
}

// parameterNamed returns a macro's parameter of a name, or nil.
func parameterNamed(n *html.Node, name string) *html.Node {
	for c := range n.ChildNodes() {
		if c.Data == "ac:parameter" && attr(c, "ac:name") == name {
			return c
		}
	}
	return nil
}

// childNamed returns the first child element of n of a name.
func childNamed(n *html.Node, name string) *html.Node {
	for c := range n.ChildNodes() {
		if c.Type == html.ElementNode && c.Data == name {
			return c
		}
	}
	return nil
}
