package html

import (
	"strconv"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/docs2go/docs2go/pages"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Site generators write a code block as a table when they number its
// lines: Pygments and MkDocs Material (<table class="highlighttable">, a
// td.linenos gutter beside a td.code holding the <pre>), Confluence's
// SyntaxHighlighter (a table in a div.syntaxhighlighter, a td.gutter
// beside a td.code whose lines are div.line elements), highlight.js's
// line-numbers plugin (a table.hljs-ln, a row per line), Jekyll's Rouge
// (table.rouge-table, td.rouge-gutter). Such a table is
// a code block, read as a <pre> is, a line of text per line of code: its
// gutter of line numbers and its toolbar are no part of it.

// codeTableSelector finds the tables that are code blocks.
const codeTableSelector = "table.highlighttable, .syntaxhighlighter table, table.hljs-ln, table.rouge-table"

// gutterSelector finds the parts of a code block that are not its code:
// the column of line numbers beside the code (and Prism's, which it
// writes after the code), and SyntaxHighlighter's toolbar.
const gutterSelector = "td.linenos, td.gutter, td.rouge-gutter, td.hljs-ln-numbers, .line-numbers-rows, .syntaxhighlighter .toolbar"

// codeTableMatcher matches the tables that codeTableSelector finds, and a
// table inside a <pre>.
var codeTableMatcher = goquery.Single(codeTableSelector + ", pre table")

// A word processor has no code block: Google Docs, Word and Confluence
// keep a code block pasted into a document as a table of one cell (a
// <td> of paragraphs, or holding a <pre>), and export it so. Such a
// table, whose cells' lines are code (pages.IsCode), is a code block too.

// codeTables lists the tables of a page that are code blocks: those of
// the generators above, a table inside a <pre>, of any other generator
// a table of one row whose cells are a <pre> and a gutter of line
// numbers (numbered), and a table of one column whose cells hold code
// (oneColumnCode).
func codeTables(tables []*html.Node) map[*html.Node]bool {
	set := map[*html.Node]bool{}
	for _, n := range tables {
		if codeTableMatcher.Match(n) {
			set[n] = true
			continue
		}
		rows := tableRows(n)
		if oneColumnCode(rows) {
			set[n] = true
			continue
		}
		if len(rows) != 1 {
			continue
		}
		cells := goquery.NewDocumentFromNode(rows[0]).Children()
		code := cells.FilterFunction(func(_ int, c *goquery.Selection) bool { return c.Find("pre").Length() > 0 })
		gutter := cells.FilterFunction(func(_ int, c *goquery.Selection) bool { return numbered(c.Text()) })
		if cells.Length() == 2 && code.Length() == 1 && gutter.Length() == 1 {
			set[n] = true
		}
	}
	return set
}

// tableRows are the <tr>s of a table, a nested table's too.
func tableRows(table *html.Node) []*html.Node {
	var rows []*html.Node
	for d := range descendants(table) {
		if d.Type == html.ElementNode && d.DataAtom == atom.Tr {
			rows = append(rows, d)
		}
	}
	return rows
}

// oneColumnCode reports whether rows are those of a table of one
// column, a cell each, whose lines (cellLines) are code.
func oneColumnCode(rows []*html.Node) bool {
	if len(rows) == 0 {
		return false
	}
	var lines []string
	for _, tr := range rows {
		cell := onlyCell(tr)
		if cell == nil {
			return false
		}
		lines = cellLines(cell, lines)
	}
	return pages.IsCode(lines)
}

// onlyCell is the one cell of a row, or nil for a row of more or none.
func onlyCell(tr *html.Node) *html.Node {
	var cell *html.Node
	for c := range tr.ChildNodes() {
		if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
			if cell != nil {
				return nil
			}
			cell = c
		}
	}
	return cell
}

// cellLines appends to lines the lines of a cell's text that are not
// blank: a line break (<br>), a block element (<p>, <div>) and a
// newline in a <pre> end one.
func cellLines(cell *html.Node, lines []string) []string {
	var b strings.Builder
	end := func() {
		if t := pages.SingleSpaced(pages.Clean(b.String())); t != "" {
			lines = append(lines, t)
		}
		b.Reset()
	}
	var walk func(n *html.Node, pre bool)
	walk = func(n *html.Node, pre bool) {
		switch {
		case n.Type == html.TextNode && pre:
			for i, part := range strings.Split(n.Data, "\n") {
				if i > 0 {
					end()
				}
				b.WriteString(part)
			}
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.DataAtom == atom.Br:
			end()
		default:
			block := n.Type == html.ElementNode && isBlock(n.DataAtom)
			if block {
				end()
			}
			for c := range n.ChildNodes() {
				walk(c, pre || n.DataAtom == atom.Pre || n.DataAtom == atom.Listing)
			}
			if block {
				end()
			}
		}
	}
	walk(cell, false)
	end()
	return lines
}

// numbered reports whether a cell's text is a gutter's: the numbers of
// lines, from 1 on, one after the other.
func numbered(text string) bool {
	next := 1
	for _, f := range strings.Fields(text) {
		if f != strconv.Itoa(next) {
			return false
		}
		next++
	}
	return next > 1
}

// codeTable reads a table that is a code block: each row, and each block
// element in it (SyntaxHighlighter's div.line, a word processor's
// paragraph), ends a line; a <pre> in it gives a line per line of its
// source. Elsewhere a newline of the source is a space, as a browser
// shows it: LibreOffice Writer wraps the source of a long paragraph
// ("<p><code>POST" over "/service/v4/postcard/send HTTP/1.1</code></p>"),
// one line of code. A row's first cell, when it holds line numbers and
// another follows, is its gutter, no code.
func (r *htmlReader) codeTable(n *html.Node) {
	r.flush()
	verbatim := r.verbatim
	r.verbatim = true
	var rows func(n *html.Node)
	rows = func(n *html.Node) {
		for c := range n.ChildNodes() {
			switch c.DataAtom {
			case atom.Thead, atom.Tbody, atom.Tfoot:
				rows(c)
			case atom.Tr:
				first := true
				for td := range c.ChildNodes() {
					if td.DataAtom != atom.Td {
						r.walk(td)
						continue
					}
					gutter := first && td.NextSibling != nil && numbered(goquery.NewDocumentFromNode(td).Text())
					if first = false; !gutter {
						r.walk(td)
					}
				}
				r.flush()
			default:
				r.walk(c)
			}
		}
	}
	rows(n)
	r.flush()
	r.verbatim = verbatim
}

// An editor has no code block either: TextEdit, Word, Writer and Google
// Docs keep one pasted into a document as a paragraph per line set in a
// monospace font (Menlo, Courier New, Consolas: by the paragraph's class
// or style, or by a <font face>, <tt> or <code> around its text), its
// indentation written as non-breaking spaces, an empty line an empty
// paragraph. Each such paragraph is a line of a code block, read as a
// <pre>'s line is: as written, no title.

// codeLine reports whether an element is such a paragraph: a <p> or a
// <div> that holds no other block, whose text is all set in a monospace
// font.
func (r *htmlReader) codeLine(n *html.Node) bool {
	return paragraph(n) && wholly(n, r.sheet.monospace)
}

// paragraph reports whether an element is a paragraph: a <p> or a <div>
// that holds no other block.
func paragraph(n *html.Node) bool {
	if n.DataAtom != atom.P && n.DataAtom != atom.Div {
		return false
	}
	for d := range descendants(n) {
		if d.Type == html.ElementNode && isBlock(d.DataAtom) {
			return false
		}
	}
	return true
}

// Site generators write content tabs as a list of labels apart from the
// panels they show: MkDocs Material's .tabbed-set (labels in
// .tabbed-labels, or each before its .tabbed-content), and the ARIA tab
// lists of Docusaurus and others ([role=tab], [role=tabpanel]). A label
// is the title of its panel ("Client", "Server"): it is read as a line
// of its own at the start of the panel, and not where the labels stand.
// Every panel is read, the one shown and those hidden behind the others'
// tabs.

// The selectors of tab sets, compiled once for every page.
var (
	tabbedSetMatcher = goquery.Single(".tabbed-set")
	tabListMatcher   = goquery.Single("[role=tablist]")
)

// tabTitles maps each tab panel of a page to its label, when the labels
// and panels of a tab set (sets, MkDocs' .tabbed-set; lists, ARIA tab
// lists, each in the page's order) are as many; tabbed records the
// labels as chrome and the panels as none (a panel hidden behind
// another's tab is read).
func tabTitles(sets, lists []*html.Node, tabbed map[*html.Node]bool) map[*html.Node]string {
	titles := map[*html.Node]string{}
	pair := func(labels, panels *goquery.Selection) {
		if labels.Length() == 0 || labels.Length() != panels.Length() {
			return
		}
		labels.Each(func(i int, l *goquery.Selection) {
			titles[panels.Get(i)] = pages.SingleSpaced(l.Text())
			tabbed[l.Get(0)] = true
			tabbed[panels.Get(i)] = false
		})
	}
	for _, n := range sets {
		set := goquery.NewDocumentFromNode(n).Selection
		if labels := set.ChildrenFiltered(".tabbed-labels").Children(); labels.Length() > 0 {
			pair(labels, set.ChildrenFiltered(".tabbed-content").ChildrenFiltered(".tabbed-block"))
			continue
		}
		pair(set.ChildrenFiltered("label"), set.ChildrenFiltered(".tabbed-content"))
	}
	for _, n := range lists {
		list := goquery.NewDocumentFromNode(n).Selection
		labels := list.Find("[role=tab]")
		panels := list.Siblings().Filter("[role=tabpanel]")
		if panels.Length() == 0 {
			panels = list.Siblings().Children().Filter("[role=tabpanel]")
		}
		pair(labels, panels)
	}
	return titles
}
