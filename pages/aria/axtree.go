package aria

import (
	"encoding/json"
	"errors"
	"io"
	"sort"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/html"
)

// AXTree reads a page dumped as the JSON of its accessibility tree, as
// Puppeteer's page.accessibility.snapshot() and Playwright's older
// accessibility.snapshot() give it (JSON.stringify'd): one object a node,
// {"role": …, "name": …, "level": …, "url": …, "children": [...]}, with
// Chromium's own roles for text ("StaticText", its "InlineTextBox"
// parts, "LineBreak") and for the page ("RootWebArea"). The tree is put
// as the ARIA snapshot's is (toHTML): each node on the page line of its
// name (of its role where it has no name, or names it after its
// children), a text node's name its text, a link's "url" its address,
// and read by the HTML style.
//
// By default (interestingOnly: true) the snapshot leaves out every node
// it finds of no interest, tables, rows and cells among them: each cell
// is a loose text node among the paragraphs' and the headings', and an
// empty cell is gone (and Chromium leaves out a heading that holds
// nothing but its text and a permalink, at times). A tree with no
// table's role whose loose text nodes name a table's columns one after
// another is refused at the first of them.
type AXTree struct{}

func (AXTree) String() string {
	return "accessibility tree JSON (Puppeteer's page.accessibility.snapshot())"
}
func (AXTree) NeedsLexicon() bool { return false }

// Extensions: none. A snapshot is saved as .json, as a site's data and a
// package's manifest are: a directory's .json files are not taken for
// pages, a snapshot is read when it is named.
func (AXTree) Extensions() []string { return nil }

// Markers: the snapshot is a JSON object.
func (AXTree) Markers() string { return "{" }

// DecodesReferences tells that the character references of a page are
// decoded by the HTML it is read as: the snapshot's text is the page's
// text, which toHTML escapes.
func (AXTree) DecodesReferences() {}

// Renders tells that the style's text blocks are the text the page
// shows.
func (AXTree) Renders() {}

// Detect is certain of a page whose first byte past spaces (and a byte
// order mark) opens a JSON object whose first member is "role": a node
// of the tree. It reads the page's first lines only.
func (AXTree) Detect(lines []string) int {
	opened := false
	for _, l := range lines {
		t := strings.TrimSpace(strings.TrimPrefix(l, "\ufeff"))
		if !opened {
			if t == "" {
				continue
			}
			rest, ok := strings.CutPrefix(t, "{")
			if !ok {
				return 0
			}
			opened, t = true, strings.TrimSpace(rest)
		}
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, `"role"`) {
			return pages.Certain
		}
		return 0
	}
	return 0
}

// axMaxDepth bounds the nesting of the tree's nodes: a page's tree is a
// few dozen deep.
const axMaxDepth = 512

// errAXDepth is the error of a tree that nests deeper than axMaxDepth.
var errAXDepth = errors.New("its nodes nest too deep")

// Read puts the tree as HTML, line for line, and reads that as an HTML
// page; a tree that lost its tables is refused (refuseLostTables), its
// headings read, its loose text left out: read as a table on a line it
// would be read by a guess.
func (AXTree) Read(src pages.Source) []pages.Block {
	s := source{src}
	top, err := s.axTree()
	if err != nil {
		return nil
	}
	w := writer{src: s, out: make([]string, len(src.Lines)), last: -1, headingsOnly: s.refuseLostTables(top)}
	for _, n := range top {
		w.block(n)
	}
	htmlSrc := src
	htmlSrc.Lines = w.out
	return html.Style{}.Read(htmlSrc)
}

// axReader reads the tree's JSON, locating each token at its line.
type axReader struct {
	dec    *json.Decoder
	starts []int // the offset of each line of the source's text
}

// lineAt is the index of the source's line that holds offset o.
func (r *axReader) lineAt(o int64) int {
	return sort.SearchInts(r.starts, int(o)+1) - 1
}

// axTree reads the source's lines as the tree's JSON into its top node,
// reporting at its line where the JSON breaks.
func (s source) axTree() ([]*node, error) {
	r := axReader{starts: make([]int, len(s.Lines))}
	var b strings.Builder
	for i, l := range s.Lines {
		r.starts[i] = b.Len()
		b.WriteString(l)
		b.WriteByte('\n')
	}
	r.dec = json.NewDecoder(strings.NewReader(strings.TrimPrefix(b.String(), "\ufeff")))
	n, err := r.node(0)
	if err == nil {
		if _, err = r.dec.Token(); err == io.EOF {
			return []*node{n}, nil
		}
		if err == nil {
			err = errors.New("more follows the tree's node")
		}
	}
	line := s.lineOf(max(r.lineAt(r.dec.InputOffset()), 0))
	s.Report.Fail(pages.At(s.Name, line), "line %d: the accessibility tree's JSON cannot be read there (%v): what the page shows is not read; save the snapshot again whole, JSON.stringify(snapshot, null, 2)", line, err)
	return nil, err
}

// node reads the next JSON object as a node, depth nodes deep: its role
// (Chromium's for text mapped to the snapshot's "text"), name, level,
// url (a child "/url", as the ARIA snapshot writes a link's) and
// children; an InlineTextBox, a part of its text node's name, is left out
// (nil).
func (r *axReader) node(depth int) (*node, error) {
	if depth >= axMaxDepth {
		return nil, errAXDepth
	}
	if err := r.delim('{'); err != nil {
		return nil, err
	}
	n := &node{line: r.lineAt(r.dec.InputOffset() - 1)}
	located, children := false, false
	var url *node
	for r.dec.More() {
		key, err := r.dec.Token()
		if err != nil {
			return nil, err
		}
		at := r.lineAt(r.dec.InputOffset() - 1)
		switch key {
		case "role", "name", "url":
			var v string
			if err := r.dec.Decode(&v); err != nil {
				return nil, err
			}
			switch key {
			case "role":
				n.role = v
			case "name":
				n.name = v
			default:
				url = &node{line: at, role: "/url", value: v}
			}
			if key != "url" && !children && (!located || key == "name") {
				n.line, located = at, true
			}
		case "level":
			if err := r.dec.Decode(&n.level); err != nil {
				n.level = 0
			}
		case "children":
			children = true
			if err := r.delim('['); err != nil {
				return nil, err
			}
			for r.dec.More() {
				k, err := r.node(depth + 1)
				if err != nil {
					return nil, err
				}
				if k != nil {
					n.kids = append(n.kids, k)
				}
			}
			if _, err := r.dec.Token(); err != nil {
				return nil, err
			}
		default:
			var skip json.RawMessage
			if err := r.dec.Decode(&skip); err != nil {
				return nil, err
			}
		}
	}
	if _, err := r.dec.Token(); err != nil {
		return nil, err
	}
	if url != nil {
		n.kids = append(n.kids, url)
	}
	switch n.role {
	case "InlineTextBox":
		return nil, nil
	case "StaticText":
		n.role, n.value, n.kids = "text", n.name, nil
	case "LineBreak":
		n.role, n.value, n.kids = "text", "\n", nil
	case "RootWebArea", "WebArea":
		n.role = "document"
	}
	return n, nil
}

// delim reads the next token, which must be d.
func (r *axReader) delim(d json.Delim) error {
	tok, err := r.dec.Token()
	if err != nil {
		return err
	}
	if tok != d {
		return errors.New("a node is no JSON object")
	}
	return nil
}

// refuseLostTables refuses a tree that has no table's role (a table, a
// row, a cell) where text nodes that stand one after
// another under one parent name a table's columns (pages.NamesColumns):
// the snapshot left out the table, its rows and its cells, as
// interestingOnly does. It refuses at the first of them, and tells
// whether it did.
func (s source) refuseLostTables(top []*node) bool {
	tabled := false
	var walk func(ns []*node)
	walk = func(ns []*node) {
		for _, n := range ns {
			tabled = tabled || tableRoles[n.role]
			walk(n.kids)
		}
	}
	walk(top)
	if tabled {
		return false
	}
	first := looseHeader(top)
	if first == nil {
		return false
	}
	line := s.lineOf(first[0].line)
	names := make([]string, len(first))
	for i, k := range first {
		names[i] = "\"" + pages.Clip(k.value) + "\""
	}
	s.Report.Fail(pages.At(s.Name, line), "line %d: the text nodes %s, one after another, name the columns of a table, but the accessibility tree has no table, row or cell: the snapshot left them out (page.accessibility.snapshot() leaves out the nodes it finds of no interest, tables, rows and cells among them, unless told interestingOnly: false), so each cell is a loose text node and an empty cell is gone: which text is whose row and column cannot be told. Take the snapshot again with page.accessibility.snapshot({interestingOnly: false}), or save the page's HTML", line, strings.Join(names, ", "))
	return true
}

// maxHeaderCells is the most text nodes read as one table's header.
const maxHeaderCells = 8

// looseHeader returns the first text nodes of the tree ns, in the order
// of the page, two at least, that stand one after another under one
// parent and name a table's columns, the most of them that do, or nil.
func looseHeader(ns []*node) []*node {
	for j, n := range ns {
		if h := headerAt(ns, j); h != nil {
			return h
		}
		if h := looseHeader(n.kids); h != nil {
			return h
		}
	}
	return nil
}

// headerAt returns the most text nodes, two at least and maxHeaderCells
// at most, from ns[j] on that name a table's columns, or nil.
func headerAt(ns []*node, j int) []*node {
	end := j
	for end < len(ns) && end-j < maxHeaderCells && ns[end].role == "text" {
		end++
	}
	for k := end; k >= j+2; k-- {
		cells := make([]string, k-j)
		for i, c := range ns[j:k] {
			cells[i] = c.value
		}
		if pages.NamesColumns(cells) {
			return ns[j:k]
		}
	}
	return nil
}
