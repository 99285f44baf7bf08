package html

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"

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
// the editor has no block for, and whether its text is bold or larger
// than the page's, a title or a header cell without <b> or <hN>.

// sheet holds the font declarations of the rules of a page's <style>
// elements that style a class ("p.p4", ".c5"): an editor styles nothing
// else.
type sheet struct {
	// fonts are the declarations by class, then by the name of the
	// element the rule names before the class, "" for none.
	fonts map[string]map[string]string
	// sized is set when a rule sets a font's size.
	sized bool
}

// cssCommentRe matches a comment of a style sheet.
var cssCommentRe = regexp.MustCompile(`(?s)/\*.*?\*/`)

// add reads the rules of a style sheet's text.
func (s *sheet) add(css string) {
	css = cssCommentRe.ReplaceAllString(css, "")
	for rule := range strings.SplitSeq(css, "}") {
		selectors, declarations, ok := strings.Cut(rule, "{")
		if !ok {
			continue
		}
		var fonts []string
		for _, m := range fontRe.FindAllStringSubmatch(declarations, -1) {
			fonts = append(fonts, strings.TrimLeft(m[0], "; {\t\n"))
			s.sized = s.sized || fontSizeRe.MatchString(m[1])
		}
		if fonts == nil {
			continue
		}
		for sel := range strings.SplitSeq(selectors, ",") {
			sel = strings.TrimSpace(sel)
			tag, class, ok := strings.Cut(sel, ".")
			if !ok || class == "" || strings.ContainsAny(sel, " >+~:[#*") || strings.Contains(class, ".") {
				continue
			}
			if s.fonts == nil {
				s.fonts = map[string]map[string]string{}
			}
			if s.fonts[class] == nil {
				s.fonts[class] = map[string]string{}
			}
			s.fonts[class][strings.ToLower(tag)] += strings.Join(fonts, ";") + ";"
		}
	}
}

// declarations are the declarations that style an element's font: its
// classes' rules and its style attribute.
func (s *sheet) declarations(n *html.Node) string {
	d := attr(n, "style")
	if s.fonts == nil {
		return d
	}
	for class := range strings.FieldsSeq(attr(n, "class")) {
		for _, tag := range [2]string{"", n.Data} {
			if f := s.fonts[class][tag]; f != "" {
				d += ";" + f
			}
		}
	}
	return d
}

// fontRe matches a declaration of a font (its family, weight, size or
// all of them), capturing its value; boldRe a
// bold weight in a font's or a font-weight's value.
var (
	fontRe = regexp.MustCompile(`(?i)(?:^|[;{\s])font(?:-family|-weight|-size)?\s*:\s*([^;]*)`)
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
func (s *sheet) monospace(n *html.Node) bool {
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
func (s *sheet) bold(n *html.Node) bool {
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
	for d := range descendants(n) {
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

// fontSizeRe matches a font's size in pixels or points, in a font-size's
// or a font's value ("bold 20.0px Inter", "16pt").
var fontSizeRe = regexp.MustCompile(`(?i)(?:^|\s)(\d+(?:\.\d+)?)(px|pt)\b`)

// fontSize is the size of the font an element sets its text in, in
// pixels, by its style or class; 0 when it sets none.
func (s *sheet) fontSize(n *html.Node) float64 {
	size := 0.0
	for _, v := range fontValues(s.declarations(n)) {
		m := fontSizeRe.FindStringSubmatch(v)
		if m == nil {
			continue
		}
		f, err := strconv.ParseFloat(m[1], 64)
		if err != nil {
			continue
		}
		if strings.EqualFold(m[2], "pt") {
			f = f * 4 / 3
		}
		size = f // the last declaration wins
	}
	return size
}

// textSize is the size of the font of a text node, by the nearest
// element around it that sets one; 0 when none does.
func (s *sheet) textSize(t *html.Node) float64 {
	for a := t.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode {
			if f := s.fontSize(a); f > 0 {
				return f
			}
		}
	}
	return 0
}

// textSizeOf is the size of the font most of a page's text is set in,
// by the characters of its text nodes; 0 when the page's style sheet
// sets none.
func (s *sheet) textSizeOf(root *html.Node) float64 {
	if !s.sized {
		return 0
	}
	chars := map[float64]int{}
	for d := range descendants(root) {
		if d.Type == html.TextNode && strings.TrimSpace(d.Data) != "" && !inHead(d) {
			chars[s.textSize(d)] += len(strings.TrimSpace(d.Data))
		}
	}
	most, size := 0, 0.0
	for f, n := range chars {
		if n > most || n == most && f < size {
			most, size = n, f
		}
	}
	return size
}

// inHead reports whether a node is in a page's <head>, a <style> or a
// <script>: no text a reader reads.
func inHead(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		switch a.DataAtom {
		case atom.Head, atom.Style, atom.Script:
			return true
		}
	}
	return false
}

// titleScale is how much larger than the page's text a paragraph's font
// is when it sets a title apart.
const titleScale = 1.2

// styledTitle reports whether a paragraph is a title an editor set apart
// by its style, not by <hN>: its text is all bold by a class or a style
// (wholeInBold reads <b> and <strong>), or all larger than the page's
// text (TextEdit's p.p5 {font: 24.0px Inter}, Google Docs' .c9
// {font-size: 16pt}).
func (r *htmlReader) styledTitle(n *html.Node) bool {
	if !paragraph(n) {
		return false
	}
	if wholly(n, r.sheet.bold) {
		return true
	}
	if r.textSize == 0 {
		return false
	}
	some := false
	for d := range descendants(n) {
		if d.Type != html.TextNode || strings.TrimSpace(pages.Clean(d.Data)) == "" {
			continue
		}
		if r.sheet.textSize(d) < r.textSize*titleScale {
			return false
		}
		some = true
	}
	return some
}
