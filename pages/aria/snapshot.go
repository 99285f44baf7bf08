// Package aria reads a page dumped as an ARIA snapshot, the text a
// browser driver writes of a page's accessibility tree for a test or for
// an LLM to read (Playwright's locator.ariaSnapshot(), its MCP server's
// page snapshot, whose nodes carry [ref=eN] attributes): YAML-like
// lines, one node a line, "- role "name" [attribute]" with its children
// indented under it ("- heading "Errors" [level=3]", "- table:", "- row
// "a b c":", "- cell "a"", a bare "- cell" for an empty one), a node's
// text after a colon ("- paragraph: …", "- code: …", "- text: …"), and a
// link's address as its child "- /url: …". A line is read by its
// indentation and its role word, not by YAML, so that every node keeps
// its page line; the tree is written back as HTML line for line (line N
// of the HTML is line N of the page) and read by the HTML style, whose
// rules for headings and their permalinks, tables, cells, code spans and
// a site's chrome (the landmarks a snapshot names: navigation, banner,
// complementary, contentinfo) are the same for the page the snapshot was
// taken of. A row's own name, its cells' text run together with no
// separator, is not read: its cells are, each on its line. The JSON of
// an accessibility tree (Puppeteer's page.accessibility.snapshot()) is
// read into the same nodes and put the same way (AXTree); Chromium's own
// accessibility tree dumps are another form, not read here.
package aria

import (
	"html"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// node is one line of a snapshot: a node of the accessibility tree, or a
// property of its parent ("/url").
type node struct {
	line  int // of the source's lines, from 0
	role  string
	name  string
	level int // a heading's [level=N]; 0 when not given
	value string
	kids  []*node
}

// parseLine reads a line without its indentation, "- " and a node: its
// role, its name in double quotes, its attributes in brackets, then
// nothing, a colon (its children are on the lines under it) or a colon
// and its text. The whole of what precedes the colon may be in single
// quotes, as YAML quotes a key that holds ": ". False for a line of any
// other form.
func parseLine(t string) (node, bool) {
	rest, ok := strings.CutPrefix(t, "- ")
	if !ok {
		return node{}, false
	}
	var n node
	after := ""
	if strings.HasPrefix(rest, "'") {
		key, r, ok := singleQuoted(rest)
		if !ok {
			return node{}, false
		}
		left := ""
		if n, left, ok = parseKey(key); !ok || left != "" {
			return node{}, false
		}
		after = r
	} else if n, after, ok = parseKey(rest); !ok {
		return node{}, false
	}
	switch {
	case after == "" || after == ":":
	case strings.HasPrefix(after, ": "):
		v, ok := scalar(strings.TrimSpace(after[2:]))
		if !ok {
			return node{}, false
		}
		n.value = v
	default:
		return node{}, false
	}
	return n, true
}

// parseKey reads a node's role, its name and its attributes from the
// start of s, returning what follows them.
func parseKey(s string) (node, string, bool) {
	var n node
	i := 0
	if strings.HasPrefix(s, "/") {
		i++
	}
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] == '-' && i > 0) {
		i++
	}
	if i == 0 || s[:i] == "/" {
		return node{}, "", false
	}
	n.role, s = s[:i], s[i:]
	if strings.HasPrefix(s, ` "`) {
		end := closingQuote(s[1:])
		if end < 0 {
			return node{}, "", false
		}
		n.name = unquoted(s[1 : end+2])
		s = s[end+2:]
	}
	for strings.HasPrefix(s, " [") {
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return node{}, "", false
		}
		if v, ok := strings.CutPrefix(s[2:end], "level="); ok {
			n.level, _ = strconv.Atoi(v)
		}
		s = s[end+1:]
	}
	return n, s, true
}

// closingQuote returns the index of the double quote that closes the
// JSON string s begins with, or -1.
func closingQuote(s string) int {
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return -1
}

// unquoted is a double-quoted string's text, its escapes (JSON's, as the
// snapshot writes names and text) decoded; one Go cannot decode (a lone
// surrogate) keeps its text with the quotes' escapes taken out.
func unquoted(q string) string {
	if s, err := strconv.Unquote(q); err == nil {
		return s
	}
	return strings.NewReplacer(`\"`, `"`, `\\`, `\`).Replace(q[1 : len(q)-1])
}

// singleQuoted reads the YAML single-quoted string s begins with, its
// doubled quotes one, returning its text and what follows it.
func singleQuoted(s string) (string, string, bool) {
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		if s[i] != '\'' {
			b.WriteByte(s[i])
			continue
		}
		if i+1 < len(s) && s[i+1] == '\'' {
			b.WriteByte('\'')
			i++
			continue
		}
		return b.String(), s[i+1:], true
	}
	return "", "", false
}

// scalar is a node's text after its colon: double-quoted, single-quoted
// or plain.
func scalar(v string) (string, bool) {
	switch {
	case strings.HasPrefix(v, `"`):
		if closingQuote(v) != len(v)-1 {
			return "", false
		}
		return unquoted(v), true
	case strings.HasPrefix(v, "'"):
		s, rest, ok := singleQuoted(v)
		return s, ok && rest == ""
	}
	return v, true
}

// tree reads the lines into the nodes at the top of the snapshot, each
// with the nodes indented under it, reporting at its line each line that
// is no node.
func tree(src source) []*node {
	var top []*node
	type open struct {
		indent int
		n      *node
	}
	var stack []open
	for i, l := range src.Lines {
		t := strings.TrimLeft(l, " ")
		t = strings.TrimRight(t, " \r")
		if t == "" {
			continue
		}
		n, ok := parseLine(t)
		if !ok {
			src.Report.Fail(pages.At(src.Name, src.lineOf(i)), "line %d is no node of the ARIA snapshot (\"- role \"name\" [attributes]\", a colon and its text or its children on the lines under it): what it shows is not read; write it as a node", src.lineOf(i))
			continue
		}
		n.line = i
		indent := len(l) - len(strings.TrimLeft(l, " "))
		for len(stack) > 0 && stack[len(stack)-1].indent >= indent {
			stack = stack[:len(stack)-1]
		}
		p := &n
		if len(stack) == 0 {
			top = append(top, p)
		} else {
			parent := stack[len(stack)-1].n
			parent.kids = append(parent.kids, p)
		}
		stack = append(stack, open{indent, p})
	}
	return top
}

// source is a page's source, with the page line of each of its lines.
type source struct{ pages.Source }

// lineOf is the page line of line i of the source (from 0).
func (s source) lineOf(i int) int {
	if s.At != nil && i < len(s.At) {
		return s.At[i]
	}
	return i + 1
}

// inlineRoles are the roles of the nodes that stand inside a line of
// text, and the HTML element each is written as ("" for text alone).
var inlineRoles = map[string]string{
	"text": "", "code": "code", "link": "a", "strong": "strong", "emphasis": "em",
	"subscript": "sub", "superscript": "sup", "mark": "mark", "deletion": "del",
	"insertion": "ins", "time": "time", "img": "img",
}

// blockTags are the HTML elements the roles of blocks are written as; a
// role of none of them is a <div> with its role, which the HTML style
// reads as it reads such an element of a page (a landmark of a site's
// chrome is chrome, main is the page's main content).
var blockTags = map[string]string{
	"paragraph": "p", "table": "table", "grid": "table", "treegrid": "table",
	"row": "tr", "cell": "td", "gridcell": "td", "columnheader": "th", "rowheader": "th",
	"caption": "caption", "list": "ul", "listitem": "li", "blockquote": "blockquote",
	"separator": "hr",
}

// controls are the roles of a form's controls: the HTML style reads no
// text of a control (a button, an input), and so none of its label.
var controls = map[string]bool{
	"button": true, "checkbox": true, "radio": true, "switch": true, "textbox": true,
	"searchbox": true, "combobox": true, "slider": true, "spinbutton": true,
	"menuitem": true, "menuitemcheckbox": true, "menuitemradio": true, "option": true,
	"scrollbar": true,
}

// toHTML writes the snapshot's lines as HTML, line for line: each block
// on its node's line, its end tag after its last line; a block whose
// children are all inline (text, code, links) on its line whole, the
// lines of its children left empty. A row's name is not written: its
// cells are, and a row that has a name but no cells is refused at its
// line.
func toHTML(src source) []string {
	w := writer{src: src, out: make([]string, len(src.Lines)), last: -1}
	for _, n := range tree(src) {
		w.block(n)
	}
	return w.out
}

// writer writes the nodes as HTML lines.
type writer struct {
	src  source
	out  []string
	last int // the line last written, -1 before the first
	// headingsOnly writes the headings alone, and leaves out every
	// other text: that of a tree whose tables are lost (AXTree's
	// refuseLostTables).
	headingsOnly bool
}

// put writes s on line i, after what a node before it wrote there (a
// tree whose nodes share a line: JSON written on one line).
func (w *writer) put(i int, s string) {
	w.out[i] += s
	w.last = i
}

// block writes a node that stands among blocks.
func (w *writer) block(n *node) {
	switch {
	case strings.HasPrefix(n.role, "/"):
		return // a property of its parent
	case n.role == "code":
		w.put(n.line, "<pre><code>"+strings.ReplaceAll(w.content(n), "<br>", "&#10;")+"</code></pre>")
		return
	case isInline(n.role):
		if !w.headingsOnly {
			w.put(n.line, w.inline(n))
		}
		return
	case n.role == "row" && !hasCells(n) && n.name != "":
		w.src.Report.Fail(pages.At(w.src.Name, w.src.lineOf(n.line)), "line %d is a row of a table with a name (%q) but no cells under it: the name runs the cells together with no separator, and an empty cell leaves no trace in it, so which text is whose column cannot be told; write the row's cells, one \"- cell\" line each", w.src.lineOf(n.line), pages.Clip(n.name))
		return
	}
	open, end := tagsOf(n)
	if allInline(n.kids) {
		if !w.headingsOnly || n.role == "heading" {
			w.put(n.line, open+w.content(n)+end)
		}
		return
	}
	w.put(n.line, open+html.EscapeString(n.value))
	for _, k := range n.kids {
		w.block(k)
	}
	if w.last >= 0 {
		w.out[w.last] += end
	}
}

// tagsOf returns the start and end tags of a block's node.
func tagsOf(n *node) (string, string) {
	switch {
	case n.role == "heading":
		h := "h" + strconv.Itoa(min(max(n.level, 1), 6))
		if n.level == 0 {
			h = "h2"
		}
		return "<" + h + ">", "</" + h + ">"
	case controls[n.role]:
		return "<button>", "</button>"
	case n.role == "rowgroup", n.role == "none", n.role == "presentation":
		return "", ""
	case n.role == "separator":
		return "<hr>", ""
	}
	if t, ok := blockTags[n.role]; ok {
		return "<" + t + ">", "</" + t + ">"
	}
	return `<div role="` + html.EscapeString(n.role) + `">`, "</div>"
}

// content is what a node shows inside its element: a heading's name (the
// HTML style takes a permalink's label out of a title, "Overview
// Permalink to "Overview""), else its children inline, its text or its
// name.
func (w *writer) content(n *node) string {
	if n.role == "heading" && n.name != "" {
		return escaped(n.name)
	}
	var parts []string
	for _, k := range n.kids {
		if !strings.HasPrefix(k.role, "/") {
			parts = append(parts, w.inline(k))
		}
	}
	switch {
	case len(parts) > 0:
		if n.value != "" {
			parts = append([]string{escaped(n.value)}, parts...)
		}
		return joined(parts)
	case n.value != "":
		return escaped(n.value)
	}
	return escaped(n.name)
}

// inline writes a node inside a line of text.
func (w *writer) inline(n *node) string {
	tag, ok := inlineRoles[n.role]
	switch {
	case !ok || tag == "":
		return w.content(n)
	case tag == "img":
		return `<img alt="` + html.EscapeString(n.name) + `">`
	case tag == "a":
		return `<a href="` + html.EscapeString(property(n, "/url")) + `">` + w.content(n) + "</a>"
	}
	return "<" + tag + ">" + w.content(n) + "</" + tag + ">"
}

// property is the text of a node's property child ("/url"), or "".
func property(n *node, name string) string {
	for _, k := range n.kids {
		if k.role == name {
			return k.value
		}
	}
	return ""
}

// joined joins the parts of a line of text with a space, as the snapshot
// writes each of them trimmed on its own line; no space before a
// punctuation mark that closes a phrase (". See", "), ").
func joined(parts []string) string {
	var b strings.Builder
	for i, p := range parts {
		if p == "" {
			continue
		}
		if i > 0 && b.Len() > 0 && strings.IndexByte(".,;:!?)]", p[0]) < 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	return b.String()
}

// escaped is text escaped for HTML, a line break (the snapshot's "\n") a
// <br>.
func escaped(s string) string {
	return strings.ReplaceAll(html.EscapeString(s), "\n", "<br>")
}

// isInline reports whether a role is that of a node inside a line of
// text.
func isInline(role string) bool {
	_, ok := inlineRoles[role]
	return ok
}

// allInline reports whether every node of kids, properties aside, stands
// inside a line of text: true for none.
func allInline(kids []*node) bool {
	for _, k := range kids {
		if !strings.HasPrefix(k.role, "/") && !isInline(k.role) {
			return false
		}
	}
	return true
}

// hasCells reports whether a row has a cell under it.
func hasCells(n *node) bool {
	for _, k := range n.kids {
		if tag := blockTags[k.role]; tag == "td" || tag == "th" {
			return true
		}
	}
	return false
}
