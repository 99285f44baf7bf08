package pages

import (
	"bytes"
	"fmt"
	"html"
	"slices"
	"strconv"
	"strings"
)

// A page kept as a pdfmake document definition: a user turns a saved
// page into one to print it to PDF later (npm html-to-pdfmake writes it
// from the page's HTML, JSON.stringify writes it out) and keeps the JSON.
// The definition is a JSON object whose "content" is a tree of nodes: a
// string, a list of nodes, or an object with "text" (a string or a list
// of inline nodes), "stack" or "columns" (nodes one under another),
// "ul" or "ol" (a list's items) or "table" ({"body": rows of cells, each
// a node}); a cell that spans rows or columns ("rowSpan", "colSpan")
// leaves a placeholder cell at each place it covers. html-to-pdfmake
// names each node's element ("nodeName": "H2", "TH", "PRE"). The page is
// the HTML the nodes tell, one block or cell a line, each line at the
// line of the JSON string that holds its first text (readPDFMake): the
// HTML style reads it, its headings (H1 to H6), code blocks (PRE, or a
// node that keeps its leading spaces) and tables, whose spanning cells
// its rules read (rowspan, colspan) once the placeholders pdfmake needs
// are taken out. Images, canvases and QR codes are no text: they are
// dropped with a warning, as is any text a placeholder holds (pdfmake
// prints none of it). The definition's running header and footer, and
// its info, are what the printer sets on each sheet, no text of the
// page: they are not read. A heading is known by its element's name
// alone: a definition written by hand sets a heading's size, which tells
// no level.

// pdfmakeKeys are the members a pdfmake document definition's object
// may hold: one that holds any other is no pdfmake definition.
var pdfmakeKeys = map[string]bool{
	"content": true, "info": true, "pageSize": true, "pageOrientation": true, "pageMargins": true,
	"styles": true, "defaultStyle": true, "header": true, "footer": true, "background": true,
	"images": true, "watermark": true, "compress": true, "userPassword": true, "ownerPassword": true,
	"permissions": true, "version": true, "subset": true, "tagged": true, "displayTitle": true,
	"language": true, "pageBreakBefore": true, "patterns": true, "attachments": true, "files": true,
}

// pdfmakeMarks tells whether a page's bytes may be a pdfmake document
// definition: a JSON object (after a byte order mark and spaces) that
// names "content" and a node's "text" or "table".
func pdfmakeMarks(data []byte) bool {
	data = bytes.TrimLeft(bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF}), " \t\r\n")
	return len(data) > 0 && data[0] == '{' && bytes.Contains(data, []byte(`"content"`)) &&
		(bytes.Contains(data, []byte(`"text"`)) || bytes.Contains(data, []byte(`"table"`)))
}

// isPDFMake reports whether a JSON value is a pdfmake document
// definition: an object whose members are all a definition's, with a
// content that is a node.
func isPDFMake(def *jsonValue) bool {
	if def == nil || def.str != nil || def.num != nil || def.array {
		return false
	}
	for _, m := range def.members {
		if !pdfmakeKeys[m.name] {
			return false
		}
	}
	c := def.get("content")
	return c != nil && (c.str != nil || c.array || c.get("text") != nil || c.get("stack") != nil || c.get("table") != nil)
}

// pdfmakePage is the HTML a pdfmake definition's nodes tell, as it is
// built, with what its reading dropped.
type pdfmakePage struct {
	notebookText
	images  int
	covered []string
}

// firstLine is the line of the first string a node holds, or of the
// node itself when it holds none.
func (p *pdfmakePage) firstLine(n *jsonValue) int {
	if s := firstString(n); s != nil {
		return p.lines.at(s.at)
	}
	return p.lines.at(n.at)
}

// firstString is the first string value a node holds that is no member
// of its style (the class names html-to-pdfmake keeps), or nil.
func firstString(n *jsonValue) *jsonValue {
	switch {
	case n == nil:
		return nil
	case n.str != nil:
		if strings.TrimSpace(*n.str) == "" {
			return nil
		}
		return n
	case n.array:
		for _, it := range n.items {
			if s := firstString(it); s != nil {
				return s
			}
		}
		return nil
	}
	for _, k := range []string{"text", "stack", "columns", "ul", "ol", "table", "body"} {
		if v := n.get(k); v != nil {
			if s := firstString(v); s != nil {
				return s
			}
		}
	}
	return nil
}

// flag is whether a node's member name is true.
func (n *jsonValue) flag(name string) bool {
	v := n.get(name)
	return v != nil && v.truth
}

// count is a node's member name as a whole number, or 0.
func (n *jsonValue) count(name string) int {
	v := n.get(name)
	if v == nil || v.num == nil {
		return 0
	}
	k, err := strconv.Atoi(v.num.String())
	if err != nil {
		return 0
	}
	return k
}

// inline is the HTML of a node's text: its strings escaped, a line break
// as <br>, a bold run as <strong>, an italic one as <em>.
func inline(n *jsonValue) string {
	switch {
	case n == nil:
		return ""
	case n.str != nil:
		return strings.ReplaceAll(html.EscapeString(*n.str), "\n", "<br>")
	case n.array:
		var b strings.Builder
		for _, it := range n.items {
			b.WriteString(inline(it))
		}
		return b.String()
	}
	var s string
	switch {
	case n.get("text") != nil:
		s = inline(n.get("text"))
	case n.get("stack") != nil || n.get("ul") != nil || n.get("ol") != nil:
		var parts []string
		for _, k := range []string{"stack", "ul", "ol"} {
			for _, it := range n.get(k).list() {
				if t := inline(it); strings.TrimSpace(t) != "" {
					parts = append(parts, t)
				}
			}
		}
		s = strings.Join(parts, "<br>")
	}
	if strings.TrimSpace(s) == "" {
		return s
	}
	if n.flag("italics") {
		s = "<em>" + s + "</em>"
	}
	if n.flag("bold") {
		s = "<strong>" + s + "</strong>"
	}
	return s
}

// block adds the HTML of a block node.
func (p *pdfmakePage) block(n *jsonValue, depth int) {
	switch {
	case n == nil || depth > notebookMaxDepth:
		return
	case n.str != nil:
		if strings.TrimSpace(*n.str) != "" {
			p.add("<p>"+inline(n)+"</p>", p.firstLine(n))
		}
		return
	case n.array:
		for _, it := range n.items {
			p.block(it, depth+1)
		}
		return
	}
	if n.get("image") != nil || n.get("svg") != nil || n.get("canvas") != nil || n.get("qr") != nil {
		p.images++
		return
	}
	name := strings.ToUpper(n.get("nodeName").text())
	switch {
	case n.get("table") != nil:
		p.table(n.get("table"))
	case n.get("ul") != nil || n.get("ol") != nil:
		tag := "ul"
		if n.get("ul") == nil {
			tag = "ol"
		}
		p.add("<"+tag+">", p.firstLine(n))
		for _, it := range n.get(tag).list() {
			if t := inline(it); strings.TrimSpace(t) != "" {
				p.add("<li>"+t+"</li>", p.firstLine(it))
			}
		}
		p.add("</"+tag+">", p.At[len(p.At)-1])
	case n.get("stack") != nil:
		p.block(n.get("stack"), depth+1)
	case n.get("columns") != nil:
		p.block(n.get("columns"), depth+1)
	case n.get("text") != nil:
		t := n.get("text")
		if t.array && containsBlock(t) {
			p.mixed(t.items, depth+1)
			return
		}
		s := firstString(t)
		if s == nil || strings.TrimSpace(inline(t)) == "" {
			return
		}
		at := p.lines.at(s.at)
		switch {
		case len(name) == 2 && name[0] == 'H' && name[1] >= '1' && name[1] <= '6':
			tag := strings.ToLower(name)
			p.add("<"+tag+">"+inline(t)+"</"+tag+">", at)
		case name == "PRE" || n.flag("preserveLeadingSpaces"):
			p.pre(t)
		default:
			p.add("<p>"+inline(n)+"</p>", at)
		}
	}
}

// mixed adds the nodes of a text that holds blocks: each block as a
// block, each run of inline nodes between them as one paragraph.
func (p *pdfmakePage) mixed(items []*jsonValue, depth int) {
	var run []*jsonValue
	flush := func() {
		text := &jsonValue{array: true, items: run}
		if s := firstString(text); s != nil {
			p.add("<p>"+inline(text)+"</p>", p.lines.at(s.at))
		}
		run = nil
	}
	for _, it := range items {
		if isBlock(it) {
			flush()
			p.block(it, depth)
			continue
		}
		run = append(run, it)
	}
	flush()
}

// pdfmakeBlocks are the elements html-to-pdfmake names (nodeName) that
// are blocks of a page, not runs of text.
var pdfmakeBlocks = map[string]bool{
	"P": true, "DIV": true, "PRE": true, "H1": true, "H2": true, "H3": true, "H4": true, "H5": true, "H6": true,
	"TABLE": true, "UL": true, "OL": true, "BLOCKQUOTE": true, "HR": true,
}

// containsBlock reports whether a text's list of nodes holds a block (a
// table, a list, a stack, a code block, an element of a block), as
// html-to-pdfmake writes a block inside an element of text (a <pre>
// inside a <div>).
func containsBlock(t *jsonValue) bool {
	return slices.ContainsFunc(t.items, isBlock)
}

// isBlock reports whether a node is a block: a table, a list, a stack,
// a code block, an element of a block.
func isBlock(n *jsonValue) bool {
	return n.get("table") != nil || n.get("ul") != nil || n.get("ol") != nil || n.get("stack") != nil ||
		n.flag("preserveLeadingSpaces") || pdfmakeBlocks[strings.ToUpper(n.get("nodeName").text())]
}

// pre adds a code block: its text's lines, each at the line of the
// string that holds it.
func (p *pdfmakePage) pre(t *jsonValue) {
	var strs []*jsonValue
	var collect func(v *jsonValue)
	collect = func(v *jsonValue) {
		switch {
		case v == nil:
		case v.str != nil:
			strs = append(strs, v)
		case v.array:
			for _, it := range v.items {
				collect(it)
			}
		default:
			collect(v.get("text"))
		}
	}
	collect(t)
	first := len(p.Lines)
	open := false
	for _, s := range strs {
		line := p.lines.at(s.at)
		for i, l := range strings.Split(*s.str, "\n") {
			if i > 0 || !open {
				p.add(html.EscapeString(l), line)
				open = true
				continue
			}
			p.Lines[len(p.Lines)-1] += html.EscapeString(l)
		}
	}
	if len(p.Lines) == first {
		return
	}
	p.Lines[first] = "<pre>" + p.Lines[first]
	p.Lines[len(p.Lines)-1] += "</pre>"
}

// table adds a table, a cell a line at the line of its first text, a
// row's tags on its first cell's line and its last's; the placeholders a spanning cell leaves are taken
// out, so that the HTML style's rules of rowspan and colspan read it.
func (p *pdfmakePage) table(tb *jsonValue) {
	rows := tb.get("body").list()
	if len(rows) == 0 {
		return
	}
	heads := tb.count("headerRows")
	covered := map[[2]int]bool{}
	// open are the tags that open before the next cell, on its line.
	open := "<table>"
	for r, row := range rows {
		open += "<tr>"
		for c, cell := range row.list() {
			if covered[[2]int{r, c}] {
				if t := inline(cell); strings.TrimSpace(t) != "" {
					p.covered = append(p.covered, fmt.Sprintf("%q at line %d", Clip(html.UnescapeString(t)), p.firstLine(cell)))
				}
				continue
			}
			rs, cs := max(cell.count("rowSpan"), 1), max(cell.count("colSpan"), 1)
			for i := range min(rs, maxRowspan) {
				for k := range min(cs, maxRowspan) {
					if i > 0 || k > 0 {
						covered[[2]int{r + i, c + k}] = true
					}
				}
			}
			tag := "td"
			if strings.EqualFold(cell.get("nodeName").text(), "TH") || r < heads {
				tag = "th"
			}
			attrs := ""
			if rs > 1 {
				attrs += fmt.Sprintf(` rowspan="%d"`, rs)
			}
			if cs > 1 {
				attrs += fmt.Sprintf(` colspan="%d"`, cs)
			}
			p.add(open+"<"+tag+attrs+">"+inline(cell)+"</"+tag+">", p.firstLine(cell))
			open = ""
		}
		if open != "" {
			p.add(open, p.firstLine(row))
			open = ""
		}
		p.Lines[len(p.Lines)-1] += "</tr>"
	}
	p.Lines[len(p.Lines)-1] += "</table>"
}

// readPDFMake reads a page that is a pdfmake document definition into
// the HTML its nodes tell, each line at its line of the file; ok is
// false when the page is no pdfmake definition. One whose JSON breaks
// is refused at the line where it breaks.
func readPDFMake(name string, data []byte, rep *Reporter) (t Text, ok bool) {
	if !pdfmakeMarks(data) {
		return Text{}, false
	}
	def, lines, line, err := readJSONWhole(data, "the definition's object")
	if err != nil {
		// Only html-to-pdfmake's marks, its element names beside its
		// class names, tell a broken definition from other JSON.
		if !bytes.Contains(data, []byte(`"nodeName"`)) || !bytes.Contains(data, []byte(`"html-`)) {
			return Text{}, false
		}
		rep.Fail(At(name, line), "the page is a pdfmake document definition (html-to-pdfmake's nodes), but its JSON breaks at line %d (%v): write the definition out again whole (JSON.stringify(def, null, 2)), or give the page's HTML", line, err)
		return Text{Lines: []string{""}}, true
	}
	if !isPDFMake(def) {
		return Text{}, false
	}
	p := &pdfmakePage{notebookText: notebookText{lines: lines}}
	p.block(def.get("content"), 0)
	var dropped []string
	if p.images > 0 {
		dropped = append(dropped, fmt.Sprintf("%d images or drawings (no text)", p.images))
	}
	if len(p.covered) > 0 {
		dropped = append(dropped, "the text of the cells a spanning cell covers, which pdfmake does not print: "+strings.Join(p.covered, ", "))
	}
	if len(dropped) > 0 {
		rep.Warn(At(name, lines.at(def.get("content").at)), "the page is a pdfmake document definition: read the text of its nodes, and dropped %s", strings.Join(dropped, "; "))
	}
	if len(p.Lines) == 0 {
		p.add("", 1)
	}
	return p.Text, true
}
