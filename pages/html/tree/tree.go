// Package tree builds the tree of an HTML page as x/net/html's Parse does,
// and keeps the line of each element's start tag, which html.Parse does
// not keep.
//
// Its parse.go, foreign.go, doctype.go, const.go and node.go are those of
// golang.org/x/net/html v0.58.0 (their licence is LICENSE), changed only
// where a comment says docs2go, and in that the parser makes its nodes a
// block at a time (node), in the blocks of the trees its Builder built
// before: it takes its tokens from an html.Tokenizer through next (below),
// notes the line of each element it makes from a start tag, copies it to
// the copies it makes of formatting elements, to an <html> or <body> that
// a later tag repeats when it had none, and compares it as an attribute
// where it compares the attributes of formatting elements. The tree is the
// one html.Parse builds, and each line the one the attribute a first pass
// wrote into every start tag held (TestParse, FuzzParse).
package tree

import (
	"bytes"
	"slices"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Lines holds the line of each element of a tree made from a start tag:
// the line where the element's content begins, which is the line where
// its start tag ends, or the next one for <pre>, <listing> and
// <textarea> when HTML drops the newline that follows the tag.
type Lines map[*Node]int

// A Builder builds trees one after another in the same nodes and lines:
// a page's tree is garbage once the page is read, and the pages of a
// large API make thousands of nodes each. Each tree it builds takes the
// place of the one before, which must no longer be used; it builds one
// tree at a time.
type Builder struct {
	// blocks are the blocks of nodes made so far, used was how many the
	// tree being built has taken.
	blocks [][]Node
	used   int
	// attrBlocks and attrsUsed are the same for the elements' attributes.
	attrBlocks [][]Attribute
	attrsUsed  int
	lines      Lines
	// spaces holds the texts of whitespace alone read so far (spaced),
	// each once: a page indented to show its nesting has such a text
	// between every two tags, and most are the same few.
	spaces map[string]string
	// values holds the attribute values read so far (value), each once
	// as spaces does: a site's elements repeat the same few classes.
	values map[string]string
	// strayRows are the lines of the start tags of rows and cells
	// (<tr>, <td>, <th>) of the last tree built that stand in no table,
	// which HTML's parsing drops, their text kept.
	strayRows []int
}

// StrayRows are the lines of the start tags of rows and cells (<tr>,
// <td>, <th>) of the tree Parse built last that stand in no table: HTML
// drops the tags, and their cells' text is text of the element around
// them.
func (b *Builder) StrayRows() []int { return b.strayRows }

// maxSpaces bounds how many texts of whitespace a Builder keeps, and
// maxSpaceLen how long one may be.
const maxSpaces, maxSpaceLen = 256, 64

// spaced returns text, whitespace alone, as a string: the one kept for
// the same text before, else a new one, kept while there is room.
func (b *Builder) spaced(text []byte) string {
	if s, ok := b.spaces[string(text)]; ok {
		return s
	}
	s := string(text)
	if len(b.spaces) < maxSpaces {
		if b.spaces == nil {
			b.spaces = map[string]string{}
		}
		b.spaces[s] = s
	}
	return s
}

// value returns an attribute's value as a string: the one kept for the
// same value before, else a new one, kept while there is room and it is
// as short as maxSpaceLen.
func (b *Builder) value(val []byte) string {
	if s, ok := b.values[string(val)]; ok {
		return s
	}
	s := string(val)
	if len(b.values) < maxSpaces && len(s) <= maxSpaceLen {
		if b.values == nil {
			b.values = map[string]string{}
		}
		b.values[s] = s
	}
	return s
}

// blank reports whether text is HTML's whitespace alone, as short as
// maxSpaceLen.
func blank(text []byte) bool {
	if len(text) == 0 || len(text) > maxSpaceLen {
		return false
	}
	for _, c := range text {
		if c != ' ' && c != '\n' && c != '\t' && c != '\f' && c != '\r' {
			return false
		}
	}
	return true
}

// Parse returns the tree of the HTML src, whose first line is the
// page's line first, and the lines of its elements, in b's nodes. It
// fails as html.Parse does, only on a page nested deeper than 512
// elements. lines, unless nil, are the lines src joins with newlines: a
// text of one line that HTML reads as it is written is then a part of
// its line's string, not a copy of it (lineText).
func (b *Builder) Parse(src []byte, lines []string, first int) (*Node, Lines, error) {
	if b.lines == nil {
		b.lines = Lines{}
	}
	clear(b.lines)
	b.used, b.attrsUsed = 0, 0
	b.strayRows = b.strayRows[:0]
	p := &parser{
		tokenizer: html.NewTokenizer(bytes.NewReader(src)),
		doc: &Node{
			Type: DocumentNode,
		},
		scripting:  true,
		framesetOK: true,
		im:         initialIM,
		lines:      b.lines,
		at:         first,
		first:      first,
		source:     lines,
		builder:    b,
	}
	if err := p.parse(); err != nil {
		return nil, nil, err
	}
	return p.doc, p.lines, nil
}

// block returns the next block of nodes, empty: the next of those made
// for the trees before, or a new one.
func (b *Builder) block() []Node {
	if b.used == len(b.blocks) {
		b.blocks = append(b.blocks, make([]Node, 0, nodeBlock))
	}
	b.used++
	return b.blocks[b.used-1][:0]
}

// attrBlock is how many attributes a block of them holds.
const attrBlock = 512

// attrBlockAfter returns the next block of attributes, empty: the next of
// those made for the trees before, or a new one.
func (b *Builder) attrBlockAfter() []Attribute {
	if b.attrsUsed == len(b.attrBlocks) {
		b.attrBlocks = append(b.attrBlocks, make([]Attribute, 0, attrBlock))
	}
	b.attrsUsed++
	return b.attrBlocks[b.attrsUsed-1][:0]
}

// attributes returns a copy of attrs, in the parser's block of
// attributes as node makes nodes: an element's attributes are kept
// with its node, as long as the tree. The copy's capacity is its length,
// so that appending to it (copyAttributes) moves it out of the block.
func (p *parser) attributes(attrs []Attribute) []Attribute {
	if len(attrs) > attrBlock {
		return slices.Clone(attrs)
	}
	if cap(p.attrBlock)-len(p.attrBlock) < len(attrs) {
		p.attrBlock = p.builder.attrBlockAfter()
	}
	at := len(p.attrBlock)
	p.attrBlock = append(p.attrBlock, attrs...)
	return p.attrBlock[at:len(p.attrBlock):len(p.attrBlock)]
}

// next reads the next token into p.tok, as html.Tokenizer's Token reads
// it, and the line where it ends into p.at; for a start tag, that is
// p.line.
func (p *parser) next() {
	z := p.tokenizer
	tt := z.Next()
	raw := z.Raw()
	if p.pre != nil {
		if tt == TextToken && len(raw) > 0 && raw[0] == '\n' {
			p.lines[p.pre]++
		}
		p.pre = nil
	}
	// The newlines are counted before token reads the token's text,
	// which the tokenizer may rewrite in raw's place.
	end, newlines, last := p.offset+len(raw), bytes.Count(raw, []byte{'\n'}), bytes.LastIndexByte(raw, '\n')
	p.tok = p.token(tt, raw)
	if newlines > 0 {
		p.at += newlines
		p.lineStart = p.offset + last + 1
	}
	p.offset = end
	p.line, p.dropsNewline = 0, false
	if tt == StartTagToken || tt == SelfClosingTagToken {
		p.line = p.at
		name := p.tok.DataAtom
		p.dropsNewline = tt == StartTagToken && (name == atom.Pre || name == atom.Listing || name == atom.Textarea)
	}
}

// nodeBlock is how many nodes the parser allocates at once.
const nodeBlock = 256

// node returns a new node holding n. The nodes of a page are allocated a
// block at a time rather than each on its own (a page has thousands),
// and the blocks are those of the trees the Builder built before.
func (p *parser) node(n Node) *Node {
	if len(p.nodes) == cap(p.nodes) {
		p.nodes = p.builder.block()
	}
	p.nodes = append(p.nodes, n)
	return &p.nodes[len(p.nodes)-1]
}

// writtenAsRead reports whether the text of a token, raw as written,
// is read as it is and stands on one line: it holds no character
// reference, carriage return or NUL, which the tokenizer's Text
// replaces, and no newline.
func writtenAsRead(raw []byte) bool {
	for _, c := range raw {
		if c == '&' || c == '\r' || c == 0 || c == '\n' {
			return false
		}
	}
	return true
}

// lineText returns text, the text token just read, of one line and as
// written, as the part of its line's string it is, if the parser was
// given the lines of its source.
func (p *parser) lineText(text []byte) (string, bool) {
	i := p.at - p.first
	if i < 0 || i >= len(p.source) {
		return "", false
	}
	line, col := p.source[i], p.offset-p.lineStart
	if col < 0 || col+len(text) > len(line) || line[col:col+len(text)] != string(text) {
		return "", false
	}
	return line[col : col+len(text)], true
}

// token returns the token the tokenizer has just read, of type tt and
// text raw, as its Token method does, but for a tag without allocating
// its name (Token's TagName copies every tag's name), for a text of
// whitespace alone without copying it each time (spaced), and for an
// attribute's value read before without copying it again (value).
func (p *parser) token(tt TokenType, raw []byte) Token {
	z := p.tokenizer
	var name []byte
	switch tt {
	case StartTagToken, SelfClosingTagToken:
		name = raw[min(1, len(raw)):]
	case EndTagToken:
		name = raw[min(2, len(raw)):]
	case TextToken:
		// As Token reads a text, but for whitespace alone, which is
		// not copied again and again (spaced).
		asWritten := writtenAsRead(raw)
		text := z.Text()
		if blank(text) {
			return Token{Type: tt, Data: p.builder.spaced(text)}
		}
		if asWritten {
			if s, ok := p.lineText(text); ok {
				return Token{Type: tt, Data: s}
			}
		}
		return Token{Type: tt, Data: string(text)}
	default:
		return z.Token()
	}
	var lower [32]byte
	n := 0
	for ; n < len(name); n++ {
		c := name[n]
		if c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '/' || c == '>' {
			break
		}
		if n == len(lower) || c == 0 {
			return z.Token() // a long name, or one with NUL, which Token replaces
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[n] = c
	}
	if n == 0 {
		return z.Token()
	}
	t := Token{Type: tt}
	if a := atom.Lookup(lower[:n]); a != 0 {
		t.DataAtom, t.Data = a, a.String()
	} else {
		t.Data = string(lower[:n])
	}
	// The attributes are gathered in the parser's buffer and copied
	// once, rather than grown on the heap one by one; read from the
	// tag's text where they are as written (writtenAttrs), else from
	// TagAttr.
	attrs, written := p.attrs[:0], false
	if tt != EndTagToken {
		attrs, p.key, written = writtenAttrs(raw, attrs, p.key, p.builder)
	}
	for !written {
		key, val, more := z.TagAttr()
		if key == nil {
			break
		}
		attrs = append(attrs, Attribute{Key: atom.String(key), Val: p.builder.value(val)})
		if !more {
			break
		}
	}
	p.attrs = attrs[:0]
	if len(attrs) > 0 {
		t.Attr = p.attributes(attrs)
	}
	return t
}
