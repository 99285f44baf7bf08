// Package html reads web pages: their text, and each <table> as a
// table, without the site chrome around the content.
package html

import (
	"bytes"
	"fmt"
	"iter"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/html/tree"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTML pages are documentation pages as a browser saves them or a scraper
// fetches them. They become the same items as the other styles: headings,
// paragraphs, list items and the lines of <pre> blocks are text lines, and
// each <table> is a table whose header is its last <thead> row, its first
// row of <th> cells, or its first row.
// Site chrome (navigation, side bars, page headers and footers, scripts,
// form controls) is skipped; when the page marks its main content (<main>), only
// that is read.
//
// The tree is html.Parse's, built by package tree, which also keeps the
// line where each element's start tag ends; the walk over the tree counts
// the newlines of the text between tags from there.

// htmlDocument reports whether a page is HTML from how it begins: a
// doctype, an <html>, <head> or <body> tag, or any tag when the page also
// holds a <table> with rows and no Markdown table (a ruler |---|);
// either without Markdown's own headings or fences (textMarkup): a
// Markdown page may begin with an HTML block, and hold HTML tables among
// its own, and a converter to Markdown may keep the document's own tags
// as HTML blocks around the text it converts (kramdown -i html -o
// kramdown keeps "<html><head>…<body>" and the <div>s it read, some
// marked markdown="1").
func htmlDocument(lines []string) bool {
	first := 0
	for first < len(lines) && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	if first == len(lines) {
		return false
	}
	s := strings.TrimSpace(lines[first])
	if strings.HasPrefix(s, "<!--") {
		s = strings.TrimSpace(strings.Join(lines[first:min(len(lines), first+50)], "\n"))
	}
	for strings.HasPrefix(s, "<!--") {
		end := strings.Index(s, "-->")
		if end < 0 {
			return false
		}
		s = strings.TrimSpace(s[end+len("-->"):])
	}
	s = strings.ToLower(s[:min(len(s), 16)])
	for _, p := range []string{"<!doctype html", "<?xml", "<html", "<head", "<body"} {
		if strings.HasPrefix(s, p) {
			return !textMarkup(lines) && holdsElementTag(lines[first:])
		}
	}
	return len(s) > 1 && s[0] == '<' && pages.IsASCIILetter(s[1]) && htmlTables(lines) && pages.Rulers(lines, true) == 0 && !textMarkup(lines)
}

// holdsElementTag reports whether lines hold the start or end tag of an
// element ("<h1", "</td"): a tag stripper (grokify/html-strip-tags-go,
// PHP's strip_tags) removes every tag but leaves a page's doctype or XML
// declaration, which is no element, on its first line, and what is left
// is the page's text, no HTML.
func holdsElementTag(lines []string) bool {
	for _, l := range lines {
		for i := strings.IndexByte(l, '<'); i >= 0 && i+1 < len(l); i = nextTag(l, i) {
			c := l[i+1]
			if c == '/' && i+2 < len(l) {
				c = l[i+2]
			}
			if pages.IsASCIILetter(c) {
				return true
			}
		}
	}
	return false
}

// textHeadingRe matches a heading of a text style's markup on a line of
// its own: Markdown's "## Request Body", Textile's "h2(#overview).
// Overview" (its attributes, then a dot and a space).
var textHeadingRe = regexp.MustCompile(`^(?:#{1,6}[ \t]+\S|h[1-6](?:\([^()]*\)|\{[^{}]*\}|\[[^\[\]]*\]|[<>=])*\.[ \t]+\S)`)

// textMarkup reports whether a page that begins with a tag writes the
// blocks of its text in the markup of a text style: a heading of
// Markdown or Textile ("## Request Body", "h2. Overview") after a blank
// line, or a code fence, outside the elements whose text is raw (<pre>,
// <script>, <style>, <textarea>: a shell's comment "# install" in a
// <pre> is no heading). pandoc -t commonmark, -t markdown_strict and -t
// textile write a page so, its <div>s and the tables their markup has
// no form for as HTML blocks among their own: the page is of that
// style, whose reader reads those blocks as HTML.
func textMarkup(lines []string) bool {
	var raw []byte   // the end tag of the raw element a line is in
	var lower []byte // the line in lower case
	blank := true    // the line before is blank
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if raw == nil && blank && (textHeadingRe.MatchString(t) || pages.IsFence(t)) {
			return true
		}
		blank = t == ""
		if strings.IndexByte(t, '<') < 0 || raw != nil && !strings.Contains(t, "</") || raw == nil && !mayOpenRaw(t) {
			continue // no end tag, or no start tag of a raw element, once lowered
		}
		lower = appendLower(lower[:0], t)
		if raw != nil {
			if bytes.Contains(lower, raw) {
				raw = nil
			}
			continue
		}
		raw = rawOpened(lower)
	}
	return false
}

// rawElements are the start and end tags, in lower case, of the elements
// whose text is raw, in which textMarkup reads no markup.
var rawElements = [...]struct{ start, end []byte }{
	{[]byte("<pre"), []byte("</pre>")},
	{[]byte("<script"), []byte("</script>")},
	{[]byte("<style"), []byte("</style>")},
	{[]byte("<textarea"), []byte("</textarea>")},
}

// rawOpened returns the end tag of the raw element a line in lower case
// leaves open: the last of rawElements whose last start tag in the line
// is one (tagEnds) with no end tag after it; nil when none is. It looks
// at each "<" of the line once, rather than searching the line for each
// element.
func rawOpened(lower []byte) []byte {
	var last [len(rawElements)]int // where each element's last start tag begins, or -1
	for i := range last {
		last[i] = -1
	}
	for i := bytes.IndexByte(lower, '<'); i >= 0; {
		for j, e := range rawElements {
			if bytes.HasPrefix(lower[i:], e.start) {
				last[j] = i
			}
		}
		k := bytes.IndexByte(lower[i+1:], '<')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	var end []byte
	for j, e := range rawElements {
		if k := last[j]; k >= 0 && tagEnds(lower[k+len(e.start):]) && !bytes.Contains(lower[k:], e.end) {
			end = e.end
		}
	}
	return end
}

// mayOpenRaw reports whether a line may hold a start tag of one of
// rawElements once lowered (appendLower): a "<" before the element's
// name, each ASCII letter of it matched in either case, a byte past
// ASCII matched by any letter (an "İ" lowers to "i"). No character but
// "<" lowers to "<", nor any but "/" to "/" (TestLowersToTagBytes), and
// an ASCII one lowers to one byte at its place: a line it rules out
// holds no such tag once lowered, and no end tag if it holds no "</".
func mayOpenRaw(t string) bool {
	for i := strings.IndexByte(t, '<'); i >= 0; {
		for _, e := range rawElements {
			if nameMayFollow(t[i+1:], e.start[1:]) {
				return true
			}
		}
		k := strings.IndexByte(t[i+1:], '<')
		if k < 0 {
			return false
		}
		i += 1 + k
	}
	return false
}

// nameMayFollow reports whether rest may begin with name, in lower case,
// once lowered: its ASCII letters in either case, up to a byte past
// ASCII, which may lower to any letter.
func nameMayFollow(rest string, name []byte) bool {
	for j, c := range name {
		if j == len(rest) {
			return false
		}
		b := rest[j]
		if b >= utf8.RuneSelf {
			return true
		}
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if b != c {
			return false
		}
	}
	return true
}

// appendLower appends s to b in lower case, each character as
// strings.ToLower writes it, without a string of its own for each line.
func appendLower(b []byte, s string) []byte {
	for _, r := range s {
		switch {
		case 'A' <= r && r <= 'Z':
			b = append(b, byte(r+'a'-'A'))
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}

// tagEnds reports whether the text after a tag's name ends the name: a
// ">", a space, or the line's end.
func tagEnds(rest []byte) bool {
	return len(rest) == 0 || rest[0] == '>' || rest[0] == ' ' || rest[0] == '\t'
}

// htmlTables reports whether a page holds a <table> with <tr> rows, its
// tags in any case, matched in place: no character past ASCII lowers to
// a byte of either tag.
func htmlTables(lines []string) bool {
	var table, tr bool
	for _, l := range lines {
		if strings.IndexByte(l, '<') < 0 {
			continue
		}
		table = table || indexFold(l, "<table") >= 0
		tr = tr || indexFold(l, "<tr") >= 0
		if table && tr {
			return true
		}
	}
	return false
}

// htmlItems reads an HTML page, reporting what it reads as text only.
func htmlItems(src pages.Source) []pages.Block {
	return read(src, 0, len(src.Lines), false)
}

// Fragment reads the lines from up to to of a page of another style
// that are HTML, as a Markdown page holds an HTML block, into blocks at
// the page's lines: its headings, paragraphs and list items as text
// lines, each <table> as a table, as an HTML page's. A fragment is what
// the page's writer put there, with no site around it: an <aside>, a
// <nav>, a <header> or a <footer> in it is text like any other; what it
// hides from sight or from a screen reader is still no text.
func Fragment(src pages.Source, from, to int) []pages.Block {
	return read(src, from, to, true)
}

// read reads the lines from up to to of src, a whole page or a fragment
// of one.
func read(page pages.Source, from, to int, fragment bool) []pages.Block {
	text := sources.Get().(*source)
	defer sources.Put(text)
	lines := page.Lines[from:to]
	src := text.join(lines)
	if storageFormat(src) {
		src, lines = storageSource(src), nil
	}
	root, starts, err := text.tree.Parse(src, lines, from+1)
	if err != nil {
		return nil // on a page nested deeper than html.Parse reads
	}
	refuseStrayRows(page, text.tree.StrayRows())
	found := find(root)
	r := &htmlReader{page: page.Name, report: page.Report, starts: starts, line: from + 1, lines: to, fragment: fragment, codeTables: codeTables(found.tables), fostered: fosteredRuns(found.tables, starts), tabbed: map[*html.Node]bool{}, anchors: found.anchors, sheet: &found.sheet}
	r.tabTitles = tabTitles(found.tabSets, found.tabLists, r.tabbed)
	r.textSize = found.sheet.textSizeOf(root)
	if found.main != nil && !fragment {
		r.main, r.quiet = found.main, true
	}
	r.walk(root)
	r.flush()
	r.dropOutlines()
	if meta, ok := r.startLine(found.pdfText); ok && !fragment {
		refuseLostTables(page, r.items, pdfText(meta))
	}
	detach(r.items)
	return r.items
}

// detach copies the texts of blocks that may be part of a page's line
// (text lines, header cells) into one string of their own. The parse
// gives a text node the part of a page's line it stands on, where a
// header cell or a line of text is one node's text: a block that held
// it would keep the page's every line alive, which the parse of a large
// API lets go once a page is read (40 KB of markup a page for a few
// hundred bytes of text). A row's cells are parts of its raw text
// already (rawRow).
func detach(blocks []pages.Block) {
	n := 0
	eachText(blocks, func(s *string) { n += len(*s) })
	var b strings.Builder
	b.Grow(n)
	eachText(blocks, func(s *string) { b.WriteString(*s) })
	all, at := b.String(), 0
	eachText(blocks, func(s *string) {
		*s, at = all[at:at+len(*s)], at+len(*s)
	})
}

// eachText calls f on each text of blocks that detach copies: a text
// line's, a table's header cells.
func eachText(blocks []pages.Block, f func(*string)) {
	for k := range blocks {
		f(&blocks[k].Text)
		if t := blocks[k].Table; t != nil {
			for i := range t.Header {
				f(&t.Header[i])
			}
		}
	}
}

// refuseStrayRows fails a page whose rows or cells stand in no table,
// at the line of the first of them: HTML's parsing drops their tags
// (<tr>, <td>, <th>) and keeps their text as text of the element around
// them, so a row a line of text or an element cut out of its table (its
// start tag lost, a template's line out of its nesting) would be read as
// a paragraph and its field be lost with no word.
func refuseStrayRows(page pages.Source, lines []int) {
	if len(lines) == 0 {
		return
	}
	at := fmt.Sprintf("line %d holds", lines[0])
	if last := lines[len(lines)-1]; last != lines[0] {
		at = fmt.Sprintf("lines %d-%d hold", lines[0], last)
	}
	page.Report.Fail(pages.At(page.Name, lines[0]), "%s %d start tags of a table's rows or cells (<tr>, <td>, <th>) that stand in no table: HTML drops them, and what the rows hold would be read as text, no row of a table. A line of text or an element cut them out of their table, or its start tag is lost: write them inside their table", at, len(lines))
}

// found is what the walk needs to know of a page before it reads it:
// its tables (for codeTables), its tab sets and tab lists (tabTitles),
// each in the page's order, its main content, the first element
// mainSelector matches, or nil, its anchors, its style sheet and
// whether pdftohtml wrote it (pdfText).
type found struct {
	tables, tabSets, tabLists []*html.Node
	main                      *html.Node
	anchors                   anchors
	sheet                     sheet
	// pdfText is the <meta> that names pdftohtml the page's generator
	// (isPDFText), or nil.
	pdfText *html.Node
}

// fosteredRuns finds, for each table of a page, what HTML's parsing
// moved out of it to stand before it (foster parenting): a table never
// closed takes in whatever the page writes after its rows (the title and
// the text over the next table), and a parser, as a browser does, sets
// every element of it that is not part of a table right before the
// table. Those elements keep the lines they stand at in the page, after
// the table's: the run of siblings right before a table whose elements
// all stand after the last line of the table (text between them with
// them) is such content. It maps the first node of each run to its
// table.
func fosteredRuns(tables []*html.Node, starts tree.Lines) map[*html.Node]*html.Node {
	var runs map[*html.Node]*html.Node
	for _, t := range tables {
		end := lastLine(t, starts)
		if end == 0 {
			continue
		}
		var first *html.Node
		for c := t.PrevSibling; c != nil; c = c.PrevSibling {
			if c.Type == html.ElementNode {
				l, ok := starts[c]
				if !ok || l <= end {
					break
				}
				first = c
			} else if c.Type != html.TextNode {
				break
			}
		}
		if first != nil {
			if runs == nil {
				runs = map[*html.Node]*html.Node{}
			}
			runs[first] = t
		}
	}
	return runs
}

// lastLine is the last line an element in n starts at: where the last
// row of a table begins, or a line of its last cell.
func lastLine(n *html.Node, starts tree.Lines) int {
	last := starts[n]
	for d := range descendants(n) {
		if d.Type != html.ElementNode {
			continue // only elements have lines
		}
		if l, ok := starts[d]; ok && l > last {
			last = l
		}
	}
	return last
}

// descendants are the nodes under root, in the order of the page, as
// root.Descendants yields them, but reached by the tree's links rather
// than by an iterator of each node's children nested in its parent's:
// every element of every page is reached by several of these walks.
func descendants(root *html.Node) iter.Seq[*html.Node] {
	return func(yield func(*html.Node) bool) {
		for n := root.FirstChild; n != nil; {
			if !yield(n) {
				return
			}
			if n.FirstChild != nil {
				n = n.FirstChild
				continue
			}
			for n.NextSibling == nil {
				if n = n.Parent; n == root || n == nil {
					return
				}
			}
			n = n.NextSibling
		}
	}
}

// find finds them in one pass over the tree: every element of every page
// is reached once, rather than once by each selector.
func find(root *html.Node) found {
	var f found
	for n := range descendants(root) {
		if n.Type != html.ElementNode {
			continue
		}
		if n.DataAtom == atom.Style {
			for c := range n.ChildNodes() {
				if c.Type == html.TextNode {
					f.sheet.add(c.Data)
				}
			}
		}
		if n.Data == "table" {
			f.tables = append(f.tables, n)
		}
		if f.pdfText == nil && isPDFText(n) {
			f.pdfText = n
		}
		f.anchors.add(n)
		if len(n.Attr) == 0 && n.Data != "main" {
			continue // what the matchers below find has a class, a role or an id, or is <main>
		}
		if tabbedSetMatcher.Match(n) {
			f.tabSets = append(f.tabSets, n)
		}
		if tabListMatcher.Match(n) {
			f.tabLists = append(f.tabLists, n)
		}
		if f.main == nil && mainMatcher.Match(n) {
			f.main = n
		}
	}
	return f
}

// source holds the text of a page being read and the nodes of its tree.
// The reading copies what it keeps of them, so they are reused from page
// to page rather than allocated for each.
type source struct {
	text []byte
	tree tree.Builder
}

var sources = sync.Pool{New: func() any { return new(source) }}

// join returns the lines as one text.
func (s *source) join(lines []string) []byte {
	s.text = s.text[:0]
	for i, l := range lines {
		if i > 0 {
			s.text = append(s.text, '\n')
		}
		s.text = append(s.text, l...)
	}
	return s.text
}

// mainSelector finds a page's main content: <main>, or what a site
// generator marks so, such as Confluence's #main-content, which leaves
// out its page tree, breadcrumbs, likes and labels.
const mainSelector = "main, [role=main], #main-content.wiki-content"

// mainMatcher matches what mainSelector finds, compiled once for every
// page.
var mainMatcher = goquery.Single(mainSelector)

// chromeSelector finds what a docs site puts around a page's content
// (navigation, side bars, footers, banners, search), and what
// hiddenSelector finds.
const chromeSelector = "nav, aside, footer, " +
	"[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], " + hiddenSelector

// hiddenSelector finds what is no part of the text a reader reads, in a
// whole page as in a fragment of one: scripts, styles and form controls,
// an element marked hidden, a decoration marked aria-hidden (a
// permalink's "#", the column name a table repeats in each cell for
// narrow screens), the text only a screen reader speaks (" (opens in a
// new tab)" after a link, in the classes of Bootstrap, Tailwind,
// WordPress and others), and an element styled out of sight. The classes
// and the style are each one pattern (cascadia's #=), matched only on
// elements with the attribute: a selector per class would cost every
// element of every page one more match each.
const hiddenSelector = "head, script, style, template, noscript, " +
	"button, input, select, textarea, svg, iframe, object, canvas, " +
	"[hidden], [aria-hidden=true], " + gutterSelector + ", " +
	`[class#=(?:^|\s)(?:` + pages.HiddenClasses + `)(?:\s|$)], ` +
	`[style#=(?i)(?:display\s*:\s*none|visibility\s*:\s*hidden)], ` +
	// the language label VitePress puts beside a code block's copy button
	"div[class*=language-] > span.lang"

// The selectors of chrome, compiled once for every page. A Matcher of
// goquery.Single matches an element as its selector does; it stops a Find
// at the first match, which chrome does not use.
var (
	chromeMatcher    = goquery.Single(chromeSelector)
	hiddenMatcher    = goquery.Single(hiddenSelector)
	headerMatcher    = goquery.Single("header")
	sectionedMatcher = goquery.Single("article header, section header, main header")
)

// chrome reports whether an element is site chrome: one of
// chromeSelector's, or a page header, a <header> element outside an
// article or section of its own. A fragment has no site around it: only
// what it hides is (hiddenSelector). The walk asks it of each element it
// reaches outside chrome (and the reading of a list or of terms, of their
// items), rather than matching every node of the page beforehand: most
// of a page is under chrome, or outside its main content, whose elements
// need no asking.
func (r *htmlReader) chrome(n *html.Node) bool {
	if c, ok := r.tabbed[n]; ok {
		return c
	}
	if !mayBeChrome(n) {
		return false
	}
	if r.fragment {
		return hiddenMatcher.Match(n)
	}
	return chromeMatcher.Match(n) || headerMatcher.Match(n) && !sectionedMatcher.Match(n)
}

// chromeTags are the tags, and chromeAttrs the attributes, that the
// selectors of chrome name in what they find (the last part of each
// selector): an element none of them names, most of a page's content
// (cells and code spans, with no attribute), is no chrome, and is told
// so without matching the selectors. TestChromeNamesItsTags keeps them
// those of the selectors.
var (
	chromeTags = map[string]bool{
		"nav": true, "aside": true, "footer": true, "header": true,
		"head": true, "script": true, "style": true, "template": true, "noscript": true,
		"button": true, "input": true, "select": true, "textarea": true,
		"svg": true, "iframe": true, "object": true, "canvas": true,
	}
	chromeAttrs = []string{"role", "hidden", "aria-hidden", "class", "style"}
)

// mayBeChrome reports whether an element has a tag or an attribute that
// the selectors of chrome name: those of no other element match.
func mayBeChrome(n *html.Node) bool {
	if chromeTags[n.Data] {
		return true
	}
	for _, a := range n.Attr {
		if slices.Contains(chromeAttrs, a.Key) {
			return true
		}
	}
	return false
}

// htmlReader walks a parsed page in document order, gathering the text of
// each block into a line.
type htmlReader struct {
	page   string
	report *pages.Reporter
	items  []pages.Block
	// starts holds the line of each element's start tag (tree.Lines).
	starts tree.Lines
	main   *html.Node // the page's main content, if it marks it
	// fragment is set for a fragment of a page of another style (Fragment).
	fragment bool
	// codeTables are the tables that are code blocks (codeTable);
	// tabTitles the labels of tab panels (tabTitles), and tabbed says
	// of a tab set's labels and panels whether they are chrome: its
	// labels are, its panels are not, whatever chrome would say.
	codeTables map[*html.Node]bool
	tabTitles  map[*html.Node]string
	tabbed     map[*html.Node]bool
	// fostered maps the first node of what parsing moved out of a table
	// never closed, right before it, to the table (fosteredRuns).
	fostered map[*html.Node]*html.Node
	// line is where the walk is in the source, of lines lines.
	line, lines int
	// quiet is set outside the main content and inside chrome: text only
	// counts lines.
	quiet bool
	// pre is set inside <pre>: each source line is a text line.
	pre bool
	// verbatim is set inside a code block that is no <pre> (a code
	// table, a paragraph set in a monospace font: codeLine): its lines
	// are read as they are written, no titles, their code elements no
	// code spans of their text.
	verbatim bool
	// cell is set inside a table cell: blocks are separated by a space,
	// not made lines of their own.
	cell bool
	// code counts the code elements around the walk; heading the headings;
	// within the links to an anchor of the page (anchors.within).
	code, heading, within int
	text                  lineText
	// anchors are the page's anchors; entries the indices of the items
	// that are wholly a link within the page, an outline's entries
	// (dropOutlines).
	anchors anchors
	entries []int
	// sheet is the page's style sheet, textSize the size of the font of
	// most of its text (sheet.textSizeOf).
	sheet    *sheet
	textSize float64
	// rowBuf and cellBuf hold the rows of the table being read and their
	// cells (table), reused from table to table of the page: a table's
	// rows are read into strings before the next is. They are nil while
	// a table is read, so that one read inside it makes its own.
	rowBuf  []htmlRow
	cellBuf []lineText
	// spanBuf holds the spans of those cells, each cell's a slice of it
	// as long as they are, reused so too (keepCell); cellSpans is the
	// buffer a cell's spans are gathered in while it is read.
	spanBuf, cellSpans []pages.Span
}

// lineText is the text of a line being gathered.
type lineText struct {
	parts []pages.Span
	line  int // of the first character that is not a space; 0 before it
	// linked is set by text within a link to an anchor of the page,
	// unlinked by words out of one (a table of contents' leaders and
	// page numbers beside its link are none).
	linked, unlinked bool
}

// walk reads n and what is under it.
func (r *htmlReader) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.addText(n.Data)
		return
	case html.CommentNode:
		r.advance(strings.Count(n.Data, "\n"))
		return
	case html.ElementNode:
	default:
		r.children(n)
		return
	}
	if l, ok := r.startLine(n); ok {
		r.line = l
	}
	if r.cell && !r.quiet {
		if t, ok := iconText(n); ok {
			r.addText(" " + t + " ")
			return
		}
		if t, ok := lozengeText(n); ok {
			r.addText(" " + t + " ")
			return
		}
		if isBadge(n) {
			r.addText(" ")
			r.children(n)
			r.addText(" ")
			return
		}
	}
	quiet := r.quiet
	defer func() { r.quiet = quiet }()
	switch {
	case n == r.main:
		r.quiet = false
	case r.quiet:
		// chrome or not, its text is not read
	case r.chrome(n) || r.heading > 0 && isPermalink(n):
		r.quiet = true
	}
	if r.quiet {
		if n.DataAtom == atom.Table {
			r.unread(n)
		}
		r.children(n)
		return
	}
	if title := r.tabTitles[n]; title != "" {
		r.flush()
		r.items = append(r.items, pages.Block{Line: r.line, Text: pages.Title(title, true)})
	}
	switch a := n.DataAtom; {
	case a == 0 && strings.HasPrefix(n.Data, "ac:"):
		r.storageElement(n)
	case a == atom.Table && r.codeTables[n]:
		r.codeTable(n)
	case a == atom.Table && !r.cell:
		r.flush()
		r.table(n)
	case a == atom.Dl && !r.cell:
		r.flush()
		if !r.terms(n) {
			r.block(n)
		}
	case (a == atom.Pre || a == atom.Listing) && !r.cell:
		r.flush()
		pre := r.pre
		r.pre = true
		r.children(n)
		r.flush()
		r.pre = pre
	case a == atom.Br:
		r.breakLine()
	case (a == atom.Code || a == atom.Kbd || a == atom.Samp || a == atom.Tt) && !r.pre && !r.verbatim:
		if r.code == 0 {
			r.text.parts = append(r.text.parts, pages.Span{Code: true})
		}
		r.code++
		r.children(n)
		if r.code--; r.code == 0 {
			r.text.parts = append(r.text.parts, pages.Span{})
		}
	case (a == atom.Ul || a == atom.Ol) && r.cell:
		r.cellList(n)
	case a == atom.A && !r.cell && r.heading == 0 && r.anchors.within(n):
		r.within++
		r.children(n)
		r.within--
	case isHeading(a), isBlock(a) && !r.cell && !r.verbatim && (wholeInBold(n) || r.styledTitle(n)):
		r.heading++
		r.block(n)
		r.heading--
	case !r.cell && !r.verbatim && r.codeLine(n):
		r.verbatim = true
		r.block(n)
		r.verbatim = false
	case isBlock(a):
		r.block(n)
	default:
		r.children(n)
	}
}

// unread warns of a table that the walk enters as it leaves the page's
// text (site chrome, or what the page hides), when its first row names
// the columns of a table that documents an API (pages.ColumnsOf): its
// rows are not read, and a reader must know that they are not.
func (r *htmlReader) unread(table *html.Node) {
	tr := goquery.NewDocumentFromNode(table).Find("tr").First()
	var cells []string
	tr.Children().Each(func(_ int, c *goquery.Selection) {
		cells = append(cells, pages.SingleSpaced(c.Text()))
	})
	if _, named := pages.ColumnsOf(cells); !named {
		return
	}
	line := r.line
	if l, ok := r.startLine(table); ok {
		line = l
	}
	r.report.Warn(pages.At(r.page, line), "the table at line %d (%s) is not read: it is in the site's navigation, side bar or footer, outside the page's main content, or hidden from sight", line, strings.Join(cells, " | "))
}

// advance moves the walk n lines on. Its place between two tags comes
// from the newlines of the text, which character references such as
// &#10; can add to: it never leaves the source.
func (r *htmlReader) advance(n int) {
	r.line = min(r.line+n, r.lines)
}

func (r *htmlReader) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := r.fostered[c]; t != nil && !r.quiet && !r.cell {
			r.afterTable(c, t)
			c = t
			continue
		}
		c = r.walkFrom(c)
	}
}

// afterTable reads the table t, then the nodes from first up to it,
// which parsing moved out of t, never closed, to stand before it
// (fosteredRuns): where the page writes them, after the table's rows, as
// its writer meant them (the title and the text of the next table),
// though a browser shows them above the table; with a warning.
func (r *htmlReader) afterTable(first, t *html.Node) {
	r.walk(t)
	at, tableAt := r.starts[first], r.starts[t]
	r.report.Warn(pages.At(r.page, at), "the table at line %d is not closed (no </table>) before line %d: what the page writes after its rows, outside its cells, is read after the table, where the page writes it (a browser shows it above the table); close the table with </table> before line %d", tableAt, at, at)
	for c := first; c != t; c = c.NextSibling {
		r.walk(c)
	}
	r.flush()
}

// walkFrom walks n, or in a cell the run of paragraphs led by bullets
// that n starts (bulletRun), and returns the last node it walked.
func (r *htmlReader) walkFrom(n *html.Node) *html.Node {
	if r.cell && !r.quiet {
		if ps, last := bulletRun(n); len(ps) > 0 {
			r.bulletList(ps)
			return last
		}
	}
	r.walk(n)
	return n
}

// block reads an element that stands on lines of its own.
func (r *htmlReader) block(n *html.Node) {
	r.breakLine()
	r.children(n)
	r.breakLine()
}

// breakLine ends the line being gathered; in a cell, it leaves a
// paragraphBreak, which reads as a space.
func (r *htmlReader) breakLine() {
	switch {
	case r.cell && !r.quiet:
		r.text.add(paragraphBreak, r.code > 0)
	case !r.cell:
		r.flush()
	}
}

// paragraphBreak is what a cell's text holds where a block or a <br>
// broke it: U+2029 PARAGRAPH SEPARATOR, a space to every reading of the
// text, which pages.Clean makes of the page's own, so that it is the
// walk's alone.
const paragraphBreak = "\u2029"

// paragraphs are the paragraphs of a cell's text that its blocks and
// line breaks set apart, each rendered as String renders the text; nil
// for a cell of one.
func (t lineText) paragraphs() []string {
	if !slices.ContainsFunc(t.parts, func(p pages.Span) bool { return strings.Contains(p.Text, paragraphBreak) }) {
		return nil
	}
	var out []string
	var cur lineText
	end := func() {
		if s := cur.String(); s != "" {
			out = append(out, s)
		}
		cur = lineText{}
	}
	for _, p := range t.parts {
		for {
			before, after, found := strings.Cut(p.Text, paragraphBreak)
			cur.parts = append(cur.parts, pages.Span{Text: before, Code: p.Code})
			if !found {
				break
			}
			end()
			p.Text = after
		}
	}
	end()
	if len(out) < 2 {
		return nil
	}
	return out
}

// addText adds text at the walk's place and moves the place past it.
func (r *htmlReader) addText(s string) {
	if r.quiet {
		r.advance(strings.Count(s, "\n"))
		return
	}
	s = pages.Clean(s) // after the entities: &nbsp;, &#8203;
	if r.within > 0 {
		r.text.linked = r.text.linked || strings.TrimSpace(s) != ""
	} else {
		r.text.unlinked = r.text.unlinked || strings.IndexFunc(s, unicode.IsLetter) >= 0
	}
	// run is the text's lines out of a <pre>, joined by spaces, written
	// to the line at once: a text of thousands of lines (a page with no
	// markup) is copied once, not once a line.
	var run strings.Builder
	for {
		part, rest, newline := strings.Cut(s, "\n")
		if r.text.line == 0 && strings.TrimSpace(part) != "" {
			r.text.line = r.line
		}
		if !newline && run.Len() == 0 {
			// A text of one line, or a <pre>'s last, is written as it
			// is, not copied.
			r.text.add(part, r.code > 0)
			return
		}
		run.WriteString(part)
		if !newline {
			break
		}
		r.advance(1)
		if r.pre {
			r.text.add(run.String(), r.code > 0)
			run.Reset()
			r.flush()
		} else {
			run.WriteString(" ")
		}
		s = rest
	}
	r.text.add(run.String(), r.code > 0)
}

// add writes s at the end of the line, in its last span when that is
// code as s is or prose as s is.
func (t *lineText) add(s string, code bool) {
	if p := len(t.parts); p > 0 && t.parts[p-1].Code == code {
		t.parts[p-1].Text += s
		return
	}
	t.parts = append(t.parts, pages.Span{Text: s, Code: code})
}

// flush makes the line gathered so far a text item; out of a <pre>, a
// title without the number of its section (pages.Title), which an
// <h1>-<h6> may write "5. Title".
func (r *htmlReader) flush() {
	if t := r.text.String(); t != "" {
		if !r.pre && !r.verbatim {
			t = pages.Title(t, r.heading > 0)
		}
		if r.text.linked && !r.text.unlinked {
			r.entries = append(r.entries, len(r.items))
		}
		r.items = append(r.items, pages.Block{Line: r.text.line, Text: t})
	}
	// The line's spans are rendered: the next line gathers its own in
	// their buffer, which no one else holds (a cell's text, kept, is
	// made anew).
	clear(r.text.parts)
	r.text = lineText{parts: r.text.parts[:0]}
}

// String renders the line with its white space collapsed and its code
// elements as pages.SpansText renders monospace spans.
func (t lineText) String() string { return pages.SpansText(t.parts) }

// plain renders the line without code marks.
func (t lineText) plain() string {
	if len(t.parts) == 1 {
		return pages.SingleSpaced(t.parts[0].Text)
	}
	var b strings.Builder
	for _, p := range t.parts {
		b.WriteString(p.Text)
	}
	return pages.SingleSpaced(b.String())
}

// table reads a <table> whose cells are not tables of their own.
func (r *htmlReader) table(n *html.Node) {
	rowsIn, cellsIn := tableSize(n)
	rowBuf, cellBuf := slices.Grow(r.rowBuf[:0], rowsIn), slices.Grow(r.cellBuf[:0], cellsIn)
	spanBuf := r.spanBuf[:0]
	r.rowBuf, r.cellBuf, r.spanBuf = nil, nil, nil
	defer func() { r.rowBuf, r.cellBuf, r.spanBuf = rowBuf[:0], cellBuf[:0], spanBuf[:0] }()
	rows := rowBuf
	// labels are the header cells read last (of <thead>, of <th>s, or a
	// first row of bold cells): a responsive table repeats them at the
	// start of each cell.
	var labels []string
	var rowsOf func(n *html.Node, head bool)
	rowsOf = func(n *html.Node, head bool) {
		for c := range n.ChildNodes() {
			switch c.DataAtom {
			case atom.Thead, atom.Tbody, atom.Tfoot:
				if l, ok := r.startLine(c); ok {
					r.line = l
				}
				rowsOf(c, c.DataAtom == atom.Thead)
			case atom.Tr:
				rows = append(rows, r.row(c, head, labels, &cellBuf, &spanBuf))
				if rw := rows[len(rows)-1]; rw.inHead || rw.allTH || len(rows) == 1 && rw.bold {
					labels = labels[:0]
					for _, c := range rw.cells {
						labels = append(labels, c.plain())
					}
				}
			case atom.Caption:
				r.walk(c)
			default:
				quiet := r.quiet
				r.quiet = true
				r.walk(c)
				r.quiet = quiet
			}
		}
	}
	rowsOf(n, false)
	if len(rows) == 0 {
		return
	}
	r.spanColumns(n, rows)
	spanRows(rows)
	// A header row of empty cells names no column: GitBook writes one,
	// hidden (data-header-hidden), above a table whose first row holds
	// the column names.
	rows = slices.DeleteFunc(rows, func(rw htmlRow) bool {
		return rw.refused || (rw.inHead || rw.allTH) && !slices.ContainsFunc(rw.cells, func(c lineText) bool { return c.plain() != "" })
	})
	// A row of one cell that spans the columns (colspan) is neither the
	// header nor a field's row: those the table begins with title it
	// ("Request Body" over the header), read as text before it.
	lead := 0
	for lead < len(rows) && rows[lead].note {
		lead++
	}
	r.titleRows(rows[:lead], lead == len(rows))
	rows = rows[lead:]
	if len(rows) == 0 {
		return
	}
	// The last row of <thead> names the columns; without a <thead>, the
	// last of the rows of <th> cells the table begins with, up to one
	// that names columns over one that names none: the rows of <th>
	// below it are rows of the body, as pandoc writes every row above a
	// header repeated inside a table; else its first row. A first row of
	// bold cells over one that is not is a header as a row of <th>s is:
	// an editor that writes no <th> (TextEdit, Word, Writer, Google Docs)
	// sets the header apart so.
	head := 0
	for i, rw := range rows {
		if rw.inHead && !rw.note {
			head = i
		}
	}
	if !rows[head].inHead {
		for head+1 < len(rows) && rows[head].allTH && rows[head+1].allTH && !rows[head+1].note && !(namesColumns(rows[head]) && !namesColumns(rows[head+1])) {
			head++
		}
	}
	header := make([]string, len(rows[head].cells))
	for i, c := range rows[head].cells {
		header[i] = c.plain()
	}
	cols, named := pages.ColumnsOf(header)
	tb := &pages.Table{Line: rows[head].line, Header: header, Cols: cols}
	body := rows[head+1:]
	boldHead := head == 0 && rows[0].bold && len(rows) > 1 && !rows[1].bold
	if !rows[head].inHead && !rows[head].allTH && !boldHead && !named {
		// No header: its first row is a row like the others, and
		// pages.Read finds its columns.
		tb = &pages.Table{Line: rows[head].line}
		body = rows[head:]
	}
	// A row of one cell that spans the columns amid the rows is a label
	// over the rows below it ("Advanced", "Errors") or a note over them:
	// it documents no field, and is read as text after the table
	// (pages.TakeNotes); one with no text says nothing.
	notes := map[*pages.Row]bool{}
	for _, rw := range body {
		if len(rw.cells) == 0 || rw.note && rw.cells[0].plain() == "" {
			continue
		}
		cells := make([]string, len(rw.cells))
		for i, c := range rw.cells {
			if i < len(tb.Cols) && tb.Cols[i] != pages.ColDescription && tb.Cols[i] != pages.ColOther && !rw.note {
				cells[i] = c.plain() // a name, a type, a requiredness
			} else {
				cells[i] = c.String()
			}
		}
		row := &pages.Row{Line: rw.line, Raw: rawRow(cells), Cells: cells}
		for i, c := range rw.cells {
			row.KeepParagraphs(cells[i], c.paragraphs())
		}
		notes[row] = rw.note
		tb.Rows = append(tb.Rows, row)
	}
	taken := tb.TakeNotes(pages.Source{Name: r.page, Report: r.report}, func(row *pages.Row) bool { return notes[row] }, pages.ColumnSpanNote("colspan"))
	r.items = append(append(r.items, pages.Block{Line: tb.Line, Table: tb}), taken...)
}

// spanColumns tells each row of a <table> (n) one of whose cells spans
// several columns (colspan) as pages.ColumnSpanRow tells it: a row of
// that cell alone a note; a row whose spanning cells are empty, beside
// others, one empty cell a column each spans (pages.WidenSpans); a row
// of one holding text beside other cells refused at its line (left out
// once the cells spanning rows are repeated, which count it among the
// rows they span).
func (r *htmlReader) spanColumns(n *html.Node, rows []htmlRow) {
	line, ok := r.startLine(n)
	if !ok {
		line = rows[0].line
	}
	for i, rw := range rows {
		if rw.colspans == nil {
			continue
		}
		texts := make([]string, len(rw.cells))
		for k, c := range rw.cells {
			texts[k] = c.String()
		}
		note, ok := pages.ColumnSpanRow(pages.Source{Name: r.page, Report: r.report}, rw.line, line, texts, rw.colspans, "colspan")
		rows[i].note, rows[i].refused = note, !ok
		if ok && !note {
			rows[i].cells = pages.WidenSpans(rw.cells, rw.colspans)
			if rw.rowspans != nil {
				rows[i].rowspans = pages.WidenSpans(rw.rowspans, rw.colspans)
			}
			rows[i].colspans = nil
		}
	}
}

// titleRows reads the rows of one cell spanning the columns that a table
// begins with, above its header (pages.ColumnSpanTitles); alone when the
// table has no other row.
func (r *htmlReader) titleRows(rows []htmlRow, alone bool) {
	lines, texts := make([]int, len(rows)), make([]string, len(rows))
	for i, rw := range rows {
		lines[i], texts[i] = rw.line, rw.cells[0].String()
	}
	r.items = append(r.items, pages.ColumnSpanTitles(pages.Source{Name: r.page, Report: r.report}, lines, texts, alone, "colspan")...)
}

// namesColumns reports whether a row's cells name columns of a table
// (pages.ColumnsOf).
func namesColumns(rw htmlRow) bool {
	cells := make([]string, len(rw.cells))
	for i, c := range rw.cells {
		cells[i] = c.plain()
	}
	_, named := pages.ColumnsOf(cells)
	return named
}

// rawRow writes a row's cells as a Markdown row, "| a | b |", in one
// allocation, and makes each cell the part of it that holds its text: it
// runs for every row, and a page's rows are kept until every page is
// read.
func rawRow(cells []string) string {
	n := len("| ") + len(" |") + len(" | ")*max(len(cells)-1, 0)
	for _, c := range cells {
		n += len(c)
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString("| ")
	for i, c := range cells {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(c)
	}
	b.WriteString(" |")
	raw := b.String()
	at := len("| ")
	for i, c := range cells {
		cells[i] = raw[at : at+len(c)]
		at += len(c) + len(" | ")
	}
	return raw
}

// htmlRow is a <tr> read: its line, its cells' text, the rows each cell
// spans (rowspan; 0 for one, up to the last that spans more; nil when
// none does), the columns each cell spans (colspan; the same), whether
// it is in <thead>, whether its cells are all <th>, whether the text of
// each of its cells that holds any is bold, whether it is a note: one
// cell spanning several columns ("Note: the rows below …"), no field;
// and whether it is refused: a cell spanning columns beside others.
type htmlRow struct {
	line                               int
	cells                              []lineText
	rowspans, colspans                 []int
	inHead, allTH, bold, note, refused bool
}

// spanRows repeats each cell that spans several rows (rowspan) in the
// rows below it, at its column (pages.SpanRows). A table none of whose
// cells spans rows, as most are, is left as it is, without copying its
// rows' cells for pages.SpanRows.
func spanRows(rows []htmlRow) {
	if !slices.ContainsFunc(rows, func(rw htmlRow) bool { return rw.rowspans != nil }) {
		return
	}
	cells := make([][]lineText, len(rows))
	spans := make([][]int, len(rows))
	for i, rw := range rows {
		cells[i], spans[i] = rw.cells, rw.rowspans
	}
	pages.SpanRows(cells, spans)
	for i := range rows {
		rows[i].cells, rows[i].rowspans = cells[i], spans[i]
	}
}

// row reads a <tr>, its cells into the room left in cells (a new array
// when too little is). A row whose cells begin with an element holding
// their column's label (the header cell's text, in any case), one of them
// with more after it, is a responsive table's, which repeats the header
// in each cell (<span class="label">Type</span>) for narrow screens,
// where it shows above the value: the labels are read as no text, and a
// cell of a label alone is empty.
func (r *htmlReader) row(tr *html.Node, inHead bool, labels []string, cells *[]lineText, spans *[]pages.Span) htmlRow {
	if l, ok := r.startLine(tr); ok {
		r.line = l
	}
	// The row's cells are a slice of cells whose capacity is their count,
	// so that growing them (pages.SpanRows) moves them out of it.
	k := cellCount(tr)
	if cap(*cells)-len(*cells) < k {
		*cells = make([]lineText, 0, k)
	}
	at := len(*cells)
	*cells = (*cells)[:at+k]
	rw := htmlRow{line: r.line, inHead: inHead, cells: (*cells)[at : at : at+k]}
	allTH, bold, named := true, true, false
	found := rowLabels(tr, labels)
	for c := range tr.ChildNodes() {
		if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
			quiet := r.quiet
			r.quiet = true
			r.walk(c)
			r.quiet = quiet
			continue
		}
		allTH = allTH && c.DataAtom == atom.Th
		if hasText(c) {
			named = true
			bold = bold && wholly(c, r.sheet.bold)
		}
		if l, ok := r.startLine(c); ok {
			r.line = l
		}
		r.cell = true
		r.text.parts = append(r.cellSpans[:0], r.text.parts...)
		var label *html.Node
		if len(rw.cells) < len(found) {
			label = found[len(rw.cells)]
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			quiet := r.quiet
			r.quiet = quiet || k == label
			k = r.walkFrom(k)
			r.quiet = quiet
		}
		if n := span(c, "rowspan"); n > 1 || rw.rowspans != nil {
			if rw.rowspans == nil {
				rw.rowspans = make([]int, len(rw.cells))
			}
			rw.rowspans = append(rw.rowspans, n)
		}
		if n := span(c, "colspan"); n > 1 || rw.colspans != nil {
			if rw.colspans == nil {
				rw.colspans = make([]int, len(rw.cells))
			}
			rw.colspans = append(rw.colspans, n)
		}
		rw.cells = append(rw.cells, r.keepCell(spans))
		r.text, r.cell = lineText{}, false
	}
	rw.allTH = allTH && len(rw.cells) > 0
	rw.bold = bold && named
	return rw
}

// keepCell returns the text of the cell just read, its spans copied out
// of cellSpans into the room left in spans (a new array when too little
// is), a slice whose capacity is their count, so that growing them moves
// them out of it: a cell's spans are gathered in one buffer, reused from
// cell to cell, rather than in a slice of their own grown span by span.
func (r *htmlReader) keepCell(spans *[]pages.Span) lineText {
	t := r.text
	r.cellSpans = t.parts[:0]
	if len(t.parts) == 0 {
		t.parts = nil
		return t
	}
	n := len(t.parts)
	if cap(*spans)-len(*spans) < n {
		*spans = make([]pages.Span, 0, max(n, 4*cap(*spans), 64))
	}
	at := len(*spans)
	*spans = append(*spans, t.parts...)
	t.parts = (*spans)[at : at+n : at+n]
	return t
}

// tableSize is the number of rows of a <table>, its <tr>s and those of
// its <thead>, <tbody> and <tfoot>, and the number of their cells.
func tableSize(n *html.Node) (rows, cells int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Thead, atom.Tbody, atom.Tfoot:
			r, k := tableSize(c)
			rows, cells = rows+r, cells+k
		case atom.Tr:
			rows, cells = rows+1, cells+cellCount(c)
		}
	}
	return rows, cells
}

// cellCount is the number of cells of a <tr>: its <td>s and <th>s.
func cellCount(tr *html.Node) int {
	n := 0
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
			n++
		}
	}
	return n
}

// rowLabels are the elements that hold the labels of the columns at the
// start of the cells of a row, by the cells' index, or nil when the row
// is no responsive table's: none of its labels has more text after it.
func rowLabels(tr *html.Node, labels []string) []*html.Node {
	if len(labels) == 0 {
		return nil
	}
	var found []*html.Node
	responsive, i := false, 0
	for c := range tr.ChildNodes() {
		if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
			continue
		}
		if label, more := columnLabel(c, labels, i); label != nil {
			if found == nil {
				found = make([]*html.Node, len(labels))
			}
			found[i], responsive = label, responsive || more
		}
		i++
	}
	if !responsive {
		return nil
	}
	return found
}

// columnLabel is the element at the start of a <td>, the i-th of its
// row, that holds the label of its column, and whether the cell has text
// after it; nil when the cell begins with no such element. A code span
// (<code>code</code>, a member named as its column) holds a value, never
// a label.
func columnLabel(td *html.Node, labels []string, i int) (*html.Node, bool) {
	if td.DataAtom != atom.Td || i >= len(labels) || labels[i] == "" {
		return nil, false
	}
	first := td.FirstChild
	for first != nil && first.Type == html.TextNode && strings.TrimSpace(first.Data) == "" {
		first = first.NextSibling
	}
	if first == nil || first.Type != html.ElementNode || codeElements[first.Data] {
		return nil, false
	}
	text := ""
	if k := first.FirstChild; k != nil && k == first.LastChild && k.Type == html.TextNode {
		text = k.Data
	} else {
		var b strings.Builder
		for d := range descendants(first) {
			if d.Type == html.TextNode {
				b.WriteString(d.Data)
			}
		}
		text = b.String()
	}
	if !strings.EqualFold(strings.TrimSpace(text), labels[i]) {
		return nil, false
	}
	for k := first.NextSibling; k != nil; k = k.NextSibling {
		if hasText(k) {
			return first, true
		}
	}
	return first, false
}

// wholeInBold reports whether an element holds nothing but one run of
// bold text (<strong>, <b>), as a page sets a title apart without a
// heading (<p><strong>ErrorCode</strong></p>, <div><b>5. Item</b></div>):
// its title is read as a heading's (pages.Title). A <span> around the
// run, or within it, changes nothing; other text beside it makes it a
// paragraph's text.
func wholeInBold(n *html.Node) bool {
	bold := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.CommentNode:
		case c.Type != html.ElementNode || bold:
			return false
		case c.DataAtom == atom.Strong || c.DataAtom == atom.B:
			bold = hasText(c)
		case c.DataAtom == atom.Span:
			bold = wholeInBold(c)
		default:
			return false
		}
		if !bold {
			return false
		}
	}
	return bold
}

// hasText reports whether there is text under n but spaces.
func hasText(n *html.Node) bool {
	if n.Type == html.TextNode {
		return strings.TrimSpace(n.Data) != ""
	}
	for d := range descendants(n) {
		if d.Type == html.TextNode && strings.TrimSpace(d.Data) != "" {
			return true
		}
	}
	return false
}

// span is the number of rows (attribute "rowspan") or columns
// ("colspan") a cell spans, 0 when it says none.
func span(td *html.Node, attr string) int {
	for _, a := range td.Attr {
		if a.Key == attr {
			n, _ := strconv.Atoi(strings.TrimSpace(a.Val))
			return max(n, 0)
		}
	}
	return 0
}

// startLine returns the line of n's start tag, where its content
// begins, when a tag of the page made it.
func (r *htmlReader) startLine(n *html.Node) (int, bool) {
	l, ok := r.starts[n]
	return l, ok
}

// isPermalink reports whether n is a link to its own heading, such as the
// "#" or "¶" docs sites put beside headings.
func isPermalink(n *html.Node) bool {
	if n.DataAtom != atom.A {
		return false
	}
	for _, a := range n.Attr {
		if a.Key == "href" && !strings.HasPrefix(a.Val, "#") {
			return false
		}
	}
	for d := range descendants(n) {
		if d.Type == html.TextNode && strings.IndexFunc(d.Data, func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }) >= 0 {
			return false
		}
	}
	return true
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// isBlock reports whether an element stands on lines of its own.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body, atom.Caption,
		atom.Center, atom.Dd, atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt,
		atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.Header,
		atom.Hgroup, atom.Hr, atom.Html, atom.Legend, atom.Li, atom.Main, atom.Menu, atom.Nav,
		atom.Ol, atom.P, atom.Pre, atom.Listing, atom.Section, atom.Summary, atom.Table, atom.Tbody, atom.Td, atom.Tfoot,
		atom.Th, atom.Thead, atom.Tr, atom.Ul:
		return true
	}
	return false
}

// cellList reads a list (<ul>, <ol>) in a table cell or a definition.
// A list of single words, the values a field takes, is written as prose
// writes one, its items set apart by commas ("Store: google, apple,
// onestore"), so that a reading of the cell finds them; the items of
// any other list are set apart by spaces, as lines of the cell.
func (r *htmlReader) cellList(n *html.Node) {
	text := r.text
	var items []lineText
	words := true
	for c := range n.ChildNodes() {
		if c.Type != html.ElementNode || c.DataAtom != atom.Li || r.chrome(c) {
			r.text = lineText{}
			r.walk(c)
			if t := r.text; t.plain() != "" {
				items, words = append(items, t), false
			}
			continue
		}
		r.text = lineText{}
		r.walk(c)
		items, words = listItem(items, words, r.text)
	}
	r.text = text
	r.addList(items, words, textAfter(n))
}

// textAfter reports whether text follows n in its parent: a list of
// values in a cell followed by a line ("Default: recent") ends where
// that line begins, as a sentence does.
func textAfter(n *html.Node) bool {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		for d := range descendants(s) {
			if d.Type == html.TextNode && strings.TrimSpace(d.Data) != "" {
				return true
			}
		}
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return true
		}
	}
	return false
}

// listItem appends the item t of a list to items, unless it is empty,
// and reports whether the items so far are single words.
func listItem(items []lineText, words bool, t lineText) ([]lineText, bool) {
	if p := t.plain(); p == "" || strings.ContainsFunc(p, unicode.IsSpace) || strings.ContainsAny(p, ",.;:") {
		words = words && p == ""
	}
	if t.plain() != "" {
		items = append(items, t.trimmed())
	}
	return items, words
}

// addList adds the items of a list in a cell to the line gathered,
// between spaces: set apart by commas when they are single words, the
// values a field takes, else by spaces. A list of values follows the
// words that introduce it after a colon, and ends with a period when
// more text follows it in the cell.
func (r *htmlReader) addList(items []lineText, words, followed bool) {
	sep, lead, trail := " ", " ", " "
	if words && len(items) > 1 {
		sep = ", "
		if followed {
			trail = ". "
		}
		if before := strings.TrimRightFunc(r.text.String(), unicode.IsSpace); before != "" && introduces(before) {
			lead = ": "
			r.text.trimRight()
		}
	}
	r.text.parts = append(r.text.parts, pages.Span{Text: lead})
	for i, it := range items {
		if i > 0 {
			r.text.parts = append(r.text.parts, pages.Span{Text: sep})
		}
		r.text.parts = append(r.text.parts, it.parts...)
	}
	r.text.parts = append(r.text.parts, pages.Span{Text: trail})
	if r.text.line == 0 && len(items) > 0 {
		r.text.line = items[0].line
	}
}

// trimRight drops the spaces that end the text.
func (t *lineText) trimRight() {
	for n := len(t.parts); n > 0; n = len(t.parts) {
		last := &t.parts[n-1]
		if last.Text = strings.TrimRightFunc(last.Text, unicode.IsSpace); last.Text != "" {
			return
		}
		t.parts = t.parts[:n-1]
	}
}

// introduces reports whether the text of a cell before a list of
// values introduces it without a colon of its own ("Board to read"),
// ending in a letter or a digit: the list set apart on lines of its own
// is what a colon sets apart in prose.
func introduces(before string) bool {
	last, _ := utf8.DecodeLastRuneInString(before)
	return unicode.IsLetter(last) || unicode.IsDigit(last)
}

// A list in a cell is also written without <ul>: a word processor's
// bulleted list saved as HTML (Word's "Web Page, Filtered") is a
// paragraph per item, led by its bullet: a glyph in a symbol font (Symbol's
// "·", Wingdings' "§", "o" in Courier New) or in a span Word marks as the
// list's (mso-list:Ignore), or a bullet character typed in the text ("•",
// "▪", "-", "*") before a space. Such a run of paragraphs reads as the
// items of a <ul>.

// bulletChars are the characters that lead a list item typed as text,
// before a space.
const bulletChars = "·•▪▫◦‣∙●○■□◆◇–-*"

// bulletFontRe matches the style of a span that holds a list's bullet: a
// symbol font, or Word's mark of its list's label.
var bulletFontRe = regexp.MustCompile(`(?i)font-family\s*:\s*["']?(?:symbol|wingdings|webdings|courier new)|mso-list\s*:\s*ignore`)

// maxBullet bounds the length in runes of a bullet in a symbol font.
const maxBullet = 2

// bulletRun returns the paragraphs (<p>, <div>) from n on that are each
// led by a bullet, siblings with nothing but white space between them,
// and the last node of the run; none when n is no such paragraph.
func bulletRun(n *html.Node) ([]*html.Node, *html.Node) {
	var ps []*html.Node
	last := n
	for c := n; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		if _, ok := bulletOf(c); !ok {
			break
		}
		ps, last = append(ps, c), c
	}
	return ps, last
}

// bulletOf returns the bullet that leads a paragraph, and whether one
// does, with text after it.
func bulletOf(p *html.Node) (string, bool) {
	if p.Type != html.ElementNode || p.DataAtom != atom.P && p.DataAtom != atom.Div {
		return "", false
	}
	first := firstText(p)
	if first == nil {
		return "", false
	}
	lead := strings.TrimLeftFunc(first.Data, unicode.IsSpace)
	for a := first.Parent; a != nil && a != p; a = a.Parent {
		if a.DataAtom == atom.Span && bulletFontRe.MatchString(attr(a, "style")) {
			glyph := strings.TrimSpace(lead)
			if n := utf8.RuneCountInString(glyph); n == 0 || n > maxBullet || !followedByText(p, first, glyph) {
				return "", false
			}
			return glyph, true
		}
	}
	r, size := utf8.DecodeRuneInString(lead)
	rest := lead[size:]
	if !strings.ContainsRune(bulletChars, r) || rest == "" || !unicode.IsSpace(firstRune(rest)) || strings.TrimSpace(rest) == "" && !followedByText(p, first, string(r)) {
		return "", false
	}
	return string(r), true
}

// firstText is the first text node under n that holds more than white
// space, or nil.
func firstText(n *html.Node) *html.Node {
	for c := range descendants(n) {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return c
		}
	}
	return nil
}

// followedByText reports whether the paragraph p holds text after its
// bullet, in the text node first or after it.
func followedByText(p, first *html.Node, glyph string) bool {
	if strings.TrimSpace(strings.Replace(first.Data, glyph, "", 1)) != "" {
		return true
	}
	after := false
	for c := range descendants(p) {
		switch {
		case c == first:
			after = true
		case after && c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return true
		}
	}
	return false
}

// firstRune is the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// attr is the value of an element's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// bulletList reads paragraphs led by bullets as the items of a list in
// the cell, without their bullets.
func (r *htmlReader) bulletList(ps []*html.Node) {
	text := r.text
	var items []lineText
	words := true
	for _, p := range ps {
		glyph, _ := bulletOf(p)
		r.text = lineText{}
		r.walk(p)
		items, words = listItem(items, words, withoutBullet(r.text.trimmed(), glyph))
	}
	r.text = text
	r.addList(items, words, textAfter(ps[len(ps)-1]))
}

// withoutBullet is the item t without the bullet it starts with and the
// spaces after it.
func withoutBullet(t lineText, glyph string) lineText {
	for i, p := range t.parts {
		if strings.TrimSpace(p.Text) == "" {
			continue
		}
		t.parts = slices.Clone(t.parts)
		t.parts[i].Text = strings.TrimPrefix(strings.TrimLeftFunc(p.Text, unicode.IsSpace), glyph)
		break
	}
	return t
}

// trimmed is the line without the spaces at its ends.
func (t lineText) trimmed() lineText {
	parts := slices.Clone(t.parts)
	for len(parts) > 0 && strings.TrimSpace(parts[0].Text) == "" && !parts[0].Code {
		parts = parts[1:]
	}
	for len(parts) > 0 && strings.TrimSpace(parts[len(parts)-1].Text) == "" && !parts[len(parts)-1].Code {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 0 {
		parts[0].Text = strings.TrimLeftFunc(parts[0].Text, unicode.IsSpace)
		parts[len(parts)-1].Text = strings.TrimRightFunc(parts[len(parts)-1].Text, unicode.IsSpace)
	}
	return lineText{parts: parts, line: t.line}
}
