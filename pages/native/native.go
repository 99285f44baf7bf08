// Package native reads a page written in pandoc's native format
// ("pandoc -t native"): the document's AST as Haskell's show writes it,
// pretty-printed over many lines, every word its own inline ("Str
// \"word\"", "Space"), strings with Haskell's escapes ("\8203",
// "\160\&0.82"). It reads the AST of pandoc 2 and 3 (pandoc-types 1.17
// to 1.23): a list of blocks, or a whole document "Pandoc Meta … [ … ]"
// (-s), its metadata no text of the page. Its headings are text lines,
// without the permalink to their own anchor that a site's heading
// carries (pages.Permalink); its paragraphs one line each, their inlines
// joined as pandoc's plain writer joins them, code inlines as code spans
// (pages.SpansText); its lists' items "- " lines, a list that is the
// page's outline left out (skipOutline); its code blocks their
// lines between fences; its tables (pandoc-types 1.21's Table of
// TableHead, TableBody, Row and Cell, and the older Table of a caption,
// alignments, widths, header cells and rows) their rows, a cell's
// RowSpan and ColSpan spanning rows and columns as in every style. Each
// block is at the page line of its first string (a heading's text, a
// row's first cell's, a code block's), else of its constructor. A page
// that is no AST of the syntax is refused at the line where it goes
// wrong.
package native

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// fence marks where the lines of a code block start and end, as a
// Markdown page's fence does.
const fence = "```"

// reader reads a page's AST into blocks.
type reader struct {
	src pages.Source
	out []pages.Block
	// ids are the anchors of the AST's elements (anchors).
	ids map[string]bool
}

// read reads a page: its tokens, its one AST, its blocks. A page that is
// no AST is refused at the line where it goes wrong, with no block.
func read(src pages.Source) []pages.Block {
	lineOf := func(i int) int {
		if src.At != nil && i < len(src.At) {
			return src.At[i]
		}
		return i + 1
	}
	toks, err := tokens(src.Lines, lineOf)
	if err == nil {
		var doc *value
		if doc, err = parse(toks, lineOf(max(len(src.Lines)-1, 0))); err == nil {
			r := &reader{src: src, ids: anchors(doc, map[string]bool{})}
			r.document(doc)
			return r.out
		}
	}
	e := err.(*syntaxError)
	src.Report.Fail(pages.At(src.Name, e.line), "the page is no AST as pandoc's native format writes it (pandoc -t native): %s; write the page again with pandoc -t native, or save it in another format", e.msg)
	return nil
}

// document reads a page's AST: a list of blocks, or a Pandoc of its
// metadata and its blocks.
func (r *reader) document(doc *value) {
	switch {
	case doc.kind == list:
		r.blocks(doc)
	case doc.is("Pandoc") && doc.arg(len(doc.args)-1, list) != nil:
		r.blocks(doc.args[len(doc.args)-1])
	default:
		r.malformed(doc, "a list of blocks or a Pandoc document")
	}
}

// malformed refuses a value that is not what pandoc's AST holds where it
// stands (want), at its line.
func (r *reader) malformed(v *value, want string) {
	what := v.text
	switch v.kind {
	case list:
		what = "a list"
	case tuple:
		what = "a tuple"
	case record:
		what = "a record"
	case str:
		what = "a string"
	}
	r.src.Report.Fail(pages.At(r.src.Name, v.line), "line %d holds %s where pandoc's AST holds %s: its text is not read; write the page again with pandoc -t native", v.line, pages.Clip(what), want)
}

// blocks reads a list of blocks.
func (r *reader) blocks(l *value) {
	for _, b := range l.args {
		r.block(b)
	}
}

// block reads a block of the AST by its constructor.
func (r *reader) block(b *value) {
	if b.kind != constructor {
		r.malformed(b, "a block")
		return
	}
	switch b.text {
	case "Para", "Plain":
		r.text(b.arg(0, list), b, "", false)
	case "Header":
		id := ""
		if attr := b.arg(1, tuple); attr != nil && len(attr.args) > 0 && attr.args[0].kind == str {
			id = attr.args[0].text
		}
		r.text(b.arg(2, list), b, id, true)
	case "LineBlock":
		if l := b.arg(0, list); l != nil {
			for _, line := range l.args {
				r.text(line, b, "", false)
			}
		}
	case "CodeBlock":
		r.code(b, b.arg(1, str))
	case "RawBlock":
		r.raw(b)
	case "BlockQuote":
		r.nested(b, b.arg(0, list))
	case "Div":
		r.nested(b, b.arg(1, list))
	case "BulletList":
		r.items(b, b.arg(0, list))
	case "OrderedList":
		r.items(b, b.arg(1, list))
	case "DefinitionList":
		r.definitions(b)
	case "Table":
		r.table(b)
	case "Figure":
		// pandoc 3's figure: its blocks, then its caption.
		r.nested(b, b.arg(2, list))
		r.caption(b.arg(1, constructor))
	case "HorizontalRule", "Null":
	default:
		r.malformed(b, "a block")
	}
}

// nested reads the blocks a block holds (a quote's, a div's).
func (r *reader) nested(b, l *value) {
	if l == nil {
		r.malformed(b, "a "+b.text+" of blocks")
		return
	}
	r.blocks(l)
}

// text reads a list of inlines as a text line at the line of its first
// string; a heading's (title) without its permalink to its own anchor
// id, as a title (pages.Title).
func (r *reader) text(inlines, b *value, id string, title bool) {
	if inlines == nil {
		r.malformed(b, "a "+b.text+" of inlines")
		return
	}
	t, line := r.inline(inlines.args, id, title)
	if t == "" {
		return
	}
	if title {
		t = pages.Title(t, true)
	}
	r.out = append(r.out, pages.Block{Line: line, Text: t})
}

// code reads a code block's text word for word between fences, every
// line of it at the line of its string (show writes it on one line).
func (r *reader) code(b, s *value) {
	if s == nil {
		r.malformed(b, "a CodeBlock of a string")
		return
	}
	lines := strings.Split(s.text, "\n")
	r.out = append(r.out, pages.Block{Line: s.line, Text: fence})
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" {
			r.out = append(r.out, pages.Block{Line: s.line, Text: t})
		}
	}
	r.out = append(r.out, pages.Block{Line: s.line, Text: fence})
}

// raw reads a block of raw markup, which pandoc's plain writer drops: it
// is no text of the page, but one that holds a table (an HTML table
// pandoc could not read into its own) is refused at its line, as its
// rows are lost.
func (r *reader) raw(b *value) {
	s := b.arg(1, str)
	if s == nil {
		r.malformed(b, "a RawBlock of a format and a string")
		return
	}
	if tag := pages.TableMarkup(s.text); tag != "" {
		r.src.Report.Fail(pages.At(r.src.Name, s.line), "line %d holds a table as raw markup (%q), which pandoc did not read into its AST: its rows are not read; convert the page again so that pandoc reads the table (pandoc -f html -t native), or save it in another format", s.line, pages.Clip(tag))
	}
}

// items reads a list's items, each its blocks, the first text line of
// each marked "- "; a list that is an outline of the page is left out
// (skipOutline).
func (r *reader) items(b, l *value) {
	if l == nil {
		r.malformed(b, "a "+b.text+" of items")
		return
	}
	if r.skipOutline(b, l) {
		return
	}
	for _, it := range l.args {
		if it.kind != list {
			r.malformed(it, "a list item of blocks")
			continue
		}
		from := len(r.out)
		r.blocks(it)
		if from < len(r.out) && r.out[from].Table == nil && r.out[from].Text != fence {
			r.out[from].Text = "- " + r.out[from].Text
		}
	}
}

// definitions reads a definition list: each term a text line, its
// definitions' blocks after it.
func (r *reader) definitions(b *value) {
	l := b.arg(0, list)
	if l == nil {
		r.malformed(b, "a DefinitionList of terms")
		return
	}
	for _, d := range l.args {
		if d.kind != tuple || len(d.args) != 2 || d.args[0].kind != list || d.args[1].kind != list {
			r.malformed(d, "a term and its definitions")
			continue
		}
		r.text(d.args[0], d, "", false)
		for _, def := range d.args[1].args {
			r.nested(d, def)
		}
	}
}

// caption reads a table's or a figure's caption (pandoc-types 1.21's
// "Caption (Maybe short) [Block]") as its blocks.
func (r *reader) caption(c *value) {
	if c.is("Caption") {
		if l := c.arg(1, list); l != nil {
			r.blocks(l)
		}
	}
}
