package html

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Word processors and editors write a page's formatting as styles, not
// elements: TextEdit (Cocoa HTML Writer) gives each paragraph and span a
// class whose rule in the page's <style> sets its font (p.p4 {font: 14.0px
// Menlo}), Google Docs too (.c5 {font-family:"Courier New"}), Word and
// LibreOffice Writer write the font on the element (style="font-family:
// Consolas", <font face="Courier New">). What the walk asks of them is
// whether a paragraph is set in a monospace font, a line of a code block
// the editor has no block for, and whether its text is bold, a title or a
// header cell without <b>.

// sheet holds the rules of a page's <style> elements that style a class,
// by their selector: "p.p4" and ".c5", as they are written.
type sheet map[string]string

// cssCommentRe matches a comment of a style sheet.
var cssCommentRe = regexp.MustCompile(`(?s)/\*.*?\*/`)

// add reads the rules of a style sheet's text. Only rules of a class,
// with an element's name before it or not, are kept: an editor styles
// nothing else.
func (s sheet) add(css string) {
	css = cssCommentRe.ReplaceAllString(css, "")
	for rule := range strings.SplitSeq(css, "}") {
		selectors, declarations, ok := strings.Cut(rule, "{")
		if !ok {
			continue
		}
		for sel := range strings.SplitSeq(selectors, ",") {
			sel = strings.TrimSpace(sel)
			if tag, class, ok := strings.Cut(sel, "."); ok && class != "" && !strings.ContainsAny(sel, " >+~:[#*") && !strings.Contains(class, ".") {
				s[strings.ToLower(tag)+"."+class] += ";" + declarations
			}
		}
	}
}

// declarations are the declarations that style an element: its class's
// rules and its style attribute.
func (s sheet) declarations(n *html.Node) string {
	d := attr(n, "style")
	if len(s) == 0 {
		return d
	}
	for class := range strings.FieldsSeq(attr(n, "class")) {
		d += ";" + s["."+class] + ";" + s[n.Data+"."+class]
	}
	return d
}

// fontRe matches a declaration of a font, capturing its value; boldRe a
// bold weight in a font's or a font-weight's value.
var (
	fontRe = regexp.MustCompile(`(?i)(?:^|[;{\s])font(?:-family|-weight)?\s*:\s*([^;]*)`)
	boldRe = regexp.MustCompile(`(?i)(?:^|\s)(?:bold(?:er)?|[6-9]00)(?:\s|$)`)
)

// monospaceRe matches the families of the monospace fonts editors and
// sites set code in.
var monospaceRe = regexp.MustCompile(`(?i)\b(?:monospace|menlo|monaco|courier|consolas|lucida console|lucida sans typewriter|sf mono|source code pro|dejavu sans mono|liberation mono|roboto mono|fira (?:code|mono)|andale mono|inconsolata|ubuntu mono|jetbrains mono|cascadia (?:code|mono)|ibm plex mono|noto (?:sans )?mono|pt mono|droid sans mono|oxygen mono)\b`)

// fontValues are the values of the font declarations of an element.
func fontValues(declarations string) []string {
	var out []string
	for _, m := range fontRe.FindAllStringSubmatch(declarations, -1) {
		out = append(out, m[1])
	}
	return out
}

// monospace reports whether an element sets its text in a monospace
// font: a code element, <font face="Courier New">, or a font its style or
// class names.
func (s sheet) monospace(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Code, atom.Tt, atom.Kbd, atom.Samp:
		return true
	case atom.Font:
		if monospaceRe.MatchString(attr(n, "face")) {
			return true
		}
	}
	for _, v := range fontValues(s.declarations(n)) {
		if monospaceRe.MatchString(v) {
			return true
		}
	}
	return false
}

// bold reports whether an element sets its text in bold: <b>, <strong>,
// or a weight its style or class gives.
func (s sheet) bold(n *html.Node) bool {
	if n.DataAtom == atom.B || n.DataAtom == atom.Strong {
		return true
	}
	for _, v := range fontValues(s.declarations(n)) {
		if boldRe.MatchString(v) {
			return true
		}
	}
	return false
}

// wholly reports whether every text of an element but white space is set
// so: by the element itself, or by an element around the text within it;
// and there is such text.
func wholly(n *html.Node, set func(*html.Node) bool) bool {
	if set(n) {
		return hasText(n)
	}
	some := false
	for d := range n.Descendants() {
		if d.Type != html.TextNode || strings.TrimSpace(d.Data) == "" {
			continue
		}
		in := false
		for a := d.Parent; a != nil && a != n && !in; a = a.Parent {
			in = set(a)
		}
		if !in {
			return false
		}
		some = true
	}
	return some
}
