// Package xmldoc reads a page written as an XML document of a publishing
// vocabulary, DocBook 4 or 5, JATS, TEI, FictionBook 2 or OpenDocument
// text (odf.go), as pandoc writes a saved page in them (an InDesign
// story, ICML, is read by its own walk: icml.go): the titles of its
// nested sections as headings (a paragraph wholly bold too, as a page
// sets a title apart without a heading), its paragraphs re-wrapped over
// lines as one line each, its tables (DocBook's <informaltable> of
// <tgroup>, <row> and <entry>; JATS' and FictionBook's <table> of <tr>
// and <th> or <td>; TEI's <table> of <row> and <cell>; OpenDocument's
// <table:table>) with their header row where the document tells it (a
// <thead>, a row of <th>s, TEI's role="label", a
// <table:table-header-rows>), and its code blocks (<programlisting>,
// <preformat>, a TEI <ab type="codeblock">, FictionBook's paragraphs of
// one <code> line each) word for word; the document's metadata (its
// <info> title, JATS' <front>, TEI's <teiHeader>, FictionBook's
// <description>, <binary> and the book title its <body> begins with) is
// no text of the page, nor is a list of links to its own sections (an
// outline of the page, left out with a warning).
// Each block is at the page line where its text begins.
package xmldoc

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// fence marks where the lines of a block read word for word start and
// end, as a Markdown page's fence does.
const fence = "```"

// reader reads a document's tree into blocks.
type reader struct {
	src pages.Source
	out []pages.Block
	// ids are the anchors of the document's elements.
	ids map[string]bool
	// fictionBook tells a FictionBook document, whose <body> begins
	// with the book's title.
	fictionBook bool
}

func read(src pages.Source) []pages.Block {
	doc := parse(src)
	if isICMLTree(doc) {
		r := &reader{src: src}
		r.readICML(doc)
		return r.out
	}
	r := &reader{src: src, ids: anchors(doc, map[string]bool{}), fictionBook: isFictionBook(doc)}
	r.blocks(doc, "")
	return r.out
}

// isFictionBook reports whether a document's root is a <FictionBook>.
func isFictionBook(doc *node) bool {
	for _, k := range doc.kids {
		if k.name != "" {
			return k.name == "fictionbook"
		}
	}
	return false
}

// kindOf is the kind of an element among blocks: JATS' <code> and TEI's
// <ab type="codeblock"> are code there.
func kindOf(n *node) kind {
	k := vocabulary[n.name].kind
	if n.name == "ab" && strings.Contains(n.attr("type"), "codeblock") {
		return code
	}
	return k
}

// idOf is the anchor an element bears: DocBook 4's and JATS' id,
// DocBook 5's and TEI's xml:id, the name of OpenDocument's bookmark.
func idOf(n *node) string {
	switch n.name {
	case "bookmark", "bookmark-start":
		return n.attr("name")
	}
	return n.attr("id")
}

// blocks reads the children of an element that holds blocks, in the
// section whose anchor is id: a run of inline content is a paragraph.
func (r *reader) blocks(n *node, id string) {
	var run []*node
	flush := func() {
		if t, line := r.inline(run, id, false); t != "" {
			r.out = append(r.out, pages.Block{Line: line, Text: t})
		}
		run = nil
	}
	// codeAt is the line of the last line of code read from paragraphs
	// wholly code, while their block is open.
	codeAt := 0
	closeCode := func() {
		if codeAt != 0 {
			r.out = append(r.out, pages.Block{Line: codeAt, Text: fence})
			codeAt = 0
		}
	}
	for _, k := range n.kids {
		if k.name == "" && strings.TrimSpace(k.text) == "" {
			run = append(run, k)
			continue
		}
		kd := inline
		if k.name != "" {
			kd = kindOf(k)
		}
		if kd == paragraph {
			if t, ok := codeLine(k); ok {
				flush()
				if t.Text == "" {
					continue
				}
				if codeAt == 0 {
					r.out = append(r.out, pages.Block{Line: k.line, Text: fence})
				}
				codeAt = t.Line
				r.out = append(r.out, t)
				continue
			}
		}
		closeCode()
		if kd == code && vocabulary[n.name].kind == paragraph && !strings.Contains(strings.TrimSpace(text(k)), "\n") {
			// A <code> on one line amid a paragraph's text is a code span.
			kd = inline
		}
		switch kd {
		case inline, link, image, breaks, spaces:
			run = append(run, k)
			continue
		}
		flush()
		if kd == paragraph && kindOf(n) != item && wholeInBold(k) {
			kd = title
		}
		switch kd {
		case container, paragraph:
			if isList(k) && r.skipOutline(k) {
				continue
			}
			sec := id
			if a := idOf(k); a != "" && vocabulary[k.name].kind == container {
				sec = a
			}
			r.blocks(k, sec)
		case item:
			from := len(r.out)
			r.blocks(k, id)
			if from < len(r.out) && r.out[from].Table == nil && r.out[from].Text != fence {
				r.out[from].Text = "- " + r.out[from].Text
			}
		case title:
			if n.name == "body" && r.fictionBook {
				// The book's title, as pandoc writes the page's browser
				// title again: metadata, as <description> is.
				continue
			}
			if t, line := r.inline(k.kids, headingAnchor(k, id), true); t != "" {
				r.out = append(r.out, pages.Block{Line: line, Text: pages.Title(t, true)})
			}
		case code:
			r.code(k)
		case table:
			r.table(k, id)
		case row, cell, header:
			// A row or cell outside a table: its text, as lines.
			r.blocks(k, id)
		}
	}
	flush()
	closeCode()
}

// inline reads a run of inline content as one line of text, its words
// single-spaced (a paragraph re-wrapped over lines, a line break in it,
// are spaces), with the line where its text begins. Monospace elements
// are code spans (pages.SpansText). In a title, a link whose label shows
// no letter or digit to the section's own anchor is the heading's
// permalink (pages.Permalink), and no text of it.
func (r *reader) inline(run []*node, id string, inTitle bool) (string, int) {
	var sl pages.SpanLine
	add := func(t string, code bool, at int) {
		sl.Add(strings.Map(asciiSpace, t), code, at)
	}
	var walk func(n *node)
	walk = func(n *node) {
		if n.name == "" {
			add(n.text, false, n.line)
			return
		}
		if monospace(n) {
			if t := strings.TrimSpace(text(n)); t != "" {
				add(t, true, n.line)
			}
			return
		}
		switch kindOf(n) {
		case skipped:
			return
		case breaks:
			add(" ", false, n.line)
			return
		case spaces:
			if len(n.kids) == 0 {
				add(spaceRun(n), false, n.line)
				return
			}
		case image:
			if mark, ok := pages.IconMark(imageFile(n)); ok {
				add(" "+mark+" ", false, n.line)
			}
			return
		case link:
			if inTitle && id != "" && strings.TrimPrefix(linkTarget(n), "#") == id {
				label, _ := r.inline(n.kids, id, false)
				if pages.Permalink(label, "#"+id) {
					return
				}
			}
		case paragraph, container, title, item, code, table, row, cell, header:
			add(" ", false, n.line)
			defer add(" ", false, n.line)
		}
		for _, k := range n.kids {
			walk(k)
		}
	}
	for _, n := range run {
		walk(n)
	}
	return sl.Text()
}

// monospace reports whether an inline element sets its text in a
// monospace font, as code: DocBook's <literal>, <code> and the names of
// code it marks, JATS' <monospace>, TEI's <seg type="code"> and <code>.
func monospace(n *node) bool {
	switch n.name {
	case "literal", "code", "monospace", "computeroutput", "userinput", "varname", "classname",
		"function", "parameter", "filename", "command", "constant", "envar", "property", "option", "systemitem":
		return true
	case "seg":
		return n.attr("type") == "code"
	}
	return false
}

// asciiSpace makes XML's white space (a line's end, a tab) a space; a
// no-break space the page wrote stays.
func asciiSpace(r rune) rune {
	switch r {
	case '\n', '\r', '\t':
		return ' '
	}
	return r
}

// linkTarget is where a link leads: DocBook's linkend or url or
// xlink:href, JATS' rid, TEI's target.
func linkTarget(n *node) string {
	for _, a := range []string{"linkend", "rid", "target", "href", "url"} {
		if v := n.attr(a); v != "" {
			return v
		}
	}
	return ""
}

// imageFile is the file an image shows: DocBook's fileref, JATS'
// xlink:href, TEI's url.
func imageFile(n *node) string {
	for _, a := range []string{"fileref", "href", "url"} {
		if v := n.attr(a); v != "" {
			return v
		}
	}
	return ""
}

// text is the characters of an element and of every element in it.
func text(n *node) string {
	if n.name == "" {
		return n.text
	}
	var b strings.Builder
	for _, k := range n.kids {
		b.WriteString(text(k))
	}
	return b.String()
}

// code reads a code block word for word between fences, each of its
// lines at its page line: the line's end right after its start tag and
// the one right before its end tag, which DocBook's writer sets there,
// are no lines of it.
func (r *reader) code(n *node) {
	body := text(n)
	start := n.line
	if len(n.kids) > 0 && n.kids[0].name == "" {
		k := n.kids[0]
		lead := k.text[:len(k.text)-len(strings.TrimLeft(k.text, " \t\r\n"))]
		start = k.line - strings.Count(lead, "\n")
	}
	lines := strings.Split(body, "\n")
	if len(lines) > 1 && strings.TrimSpace(lines[0]) == "" {
		lines, start = lines[1:], start+1
	}
	r.out = append(r.out, pages.Block{Line: n.line, Text: fence})
	last := n.line
	for j, l := range lines {
		if t := strings.TrimSpace(l); t != "" {
			last = start + j
			r.out = append(r.out, pages.Block{Line: last, Text: t})
		}
	}
	r.out = append(r.out, pages.Block{Line: last, Text: fence})
}

// codeLine reads a paragraph wholly code on one line (FictionBook's
// <p><code>…</code></p>, as pandoc writes each line of a code block) as
// that line of code, at the line where its text begins: the paragraphs
// of such lines that follow one another are one code block, a paragraph
// of an empty <code/> a blank line in it. A paragraph with other text,
// or whose code runs over several lines (a code block of its own), is
// none.
func codeLine(p *node) (pages.Block, bool) {
	var b strings.Builder
	line, codes := 0, 0
	for _, k := range p.kids {
		switch {
		case k.name == "" && strings.TrimSpace(k.text) == "":
			continue
		case k.name != "code":
			return pages.Block{}, false
		}
		codes++
		for _, t := range k.kids {
			if t.name != "" {
				return pages.Block{}, false
			}
			if line == 0 && strings.TrimSpace(t.text) != "" {
				line = t.line
			}
			b.WriteString(t.text)
		}
	}
	body := strings.TrimSpace(b.String())
	if codes == 0 || strings.Contains(body, "\n") {
		return pages.Block{}, false
	}
	return pages.Block{Line: line, Text: body}, true
}

// wholeInBold reports whether a paragraph holds nothing but one run of
// bold text (FictionBook's <strong>, DocBook's <emphasis role="strong">,
// JATS' <bold>, TEI's <hi rendition="simple:bold">), as a page sets a
// title apart without a heading (<p><strong>CoachSeat</strong></p>
// above the table of a type): its text is a heading's, as the HTML
// style reads such a paragraph. A term of a definition list is none.
func wholeInBold(p *node) bool {
	if p.name == "term" {
		return false
	}
	bold := false
	for _, k := range p.kids {
		switch {
		case k.name == "" && strings.TrimSpace(k.text) == "":
		case k.name == "" || bold || !boldElement(k):
			return false
		default:
			bold = strings.TrimSpace(text(k)) != ""
			if !bold {
				return false
			}
		}
	}
	return bold
}

// boldElement reports whether an inline element sets its text in bold.
func boldElement(n *node) bool {
	switch n.name {
	case "strong", "bold", "b":
		return true
	case "emphasis":
		role := n.attr("role")
		return role == "strong" || role == "bold"
	case "hi":
		return strings.Contains(n.attr("rendition"), "bold")
	}
	return false
}
