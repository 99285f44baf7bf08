package xmldoc

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// An ICML story is Adobe InDesign's and InCopy's XML (InCopy Markup
// Language), as pandoc writes a page in it (-t icml) and as InDesign,
// InCopy, Scribus and the tools that lay out a Word file for InDesign
// export one: a <Document> whose <Story> holds paragraphs, each a
// <ParagraphStyleRange> whose style names its kind (a heading, code, a
// list's item), of <CharacterStyleRange>s whose <Content> is the text;
// a <Br /> ends a paragraph; a <Table> holds its <Cell>s, each named by
// its column and row ("col:row"), each holding paragraphs. Everything
// else, the style definitions before the story and the hyperlinks'
// destinations after it, is no text of the page.

// icmlHeadingRe matches the name of a paragraph style of a heading:
// pandoc's Header1 … Header6, InDesign's and Word's "Heading 2", "H3",
// a "Title".
var icmlHeadingRe = regexp.MustCompile(`(?i)^(?:(?:head(?:er|ing)?|h)\s*[-_]?\s*[1-6]|title|subtitle)$`)

// icmlCodeRe matches the name of a paragraph or character style that
// sets code: pandoc's CodeBlock and Code, a "Source Code", a "Listing",
// a "Preformatted", a "Monospace".
var icmlCodeRe = regexp.MustCompile(`(?i)code|preformat|^pre$|listing|monospace`)

// icmlCaptionRe matches the name of a paragraph style of a table's
// caption: pandoc's TableCaption, which it writes right after the table.
var icmlCaptionRe = regexp.MustCompile(`(?i)caption`)

// icmlListRe matches the name of a paragraph style of a list's item:
// pandoc's BulList and NumList, a "Bullet", Word's "List Paragraph".
var icmlListRe = regexp.MustCompile(`(?i)bullet|^(?:bul|num)list$|^list ?(?:paragraph|item|bullet|number)`)

// isICML reports whether a page's lines are an ICML story: its first
// element is a <Document> (or a bare <Story>), and it holds InDesign's
// <?aid …?> instruction or a <ParagraphStyleRange>.
func isICML(lines []string) bool {
	first, ok := firstTag(lines)
	if first = localName(first); !ok || first != "document" && first != "story" {
		return false
	}
	for _, l := range lines {
		if strings.Contains(l, "<?aid ") || strings.Contains(l, "<ParagraphStyleRange") {
			return true
		}
	}
	return false
}

// isICMLTree reports whether a document's tree is an ICML story: its
// first element is a <Document> or a <Story>, no element of the other
// vocabularies, and no OpenDocument <office:document>.
func isICMLTree(doc *node) bool {
	for _, k := range doc.kids {
		if k.name != "" {
			return (k.name == "document" || k.name == "story") && !isODF(k)
		}
	}
	return false
}

// styleKinds are the names a style's path gives, each level of it:
// "ParagraphStyle/TablePar > Paragraph" is "TablePar" and "Paragraph",
// pandoc's nesting of a style under another.
func styleKinds(applied string) []string {
	applied = applied[strings.IndexByte(applied, '/')+1:]
	var kinds []string
	for _, k := range strings.Split(applied, ">") {
		if k = strings.TrimSpace(k); k != "" {
			kinds = append(kinds, k)
		}
	}
	return kinds
}

// styleIs reports whether a level of an applied style's name matches re.
func styleIs(applied string, re *regexp.Regexp) bool {
	for _, k := range styleKinds(applied) {
		if re.MatchString(k) {
			return true
		}
	}
	return false
}

// icmlPiece is a run of a paragraph's text: one <Content>'s characters,
// at the page line where they begin, with whether a code style sets it.
type icmlPiece struct {
	text string
	line int
	code bool
}

// icmlPara is a paragraph of a story, its applied paragraph style and
// its text.
type icmlPara struct {
	style  string
	pieces []icmlPiece
}

// icmlItem is a paragraph of a story or a table in it.
type icmlItem struct {
	para  *icmlPara
	table *node
}

// icmlStory collects a story's paragraphs and tables in order.
type icmlStory struct {
	items []icmlItem
	cur   *icmlPara
	// inCell is set while a cell's paragraphs are collected: a table in
	// a cell is its paragraphs there.
	inCell bool
}

// end ends the paragraph being collected.
func (s *icmlStory) end() {
	if s.cur != nil && len(s.cur.pieces) > 0 {
		s.items = append(s.items, icmlItem{para: s.cur})
	}
	s.cur = nil
}

// add adds text at line to the paragraph of style.
func (s *icmlStory) add(text string, line int, style string, code bool) {
	if s.cur == nil {
		s.cur = &icmlPara{style: style}
	}
	s.cur.pieces = append(s.cur.pieces, icmlPiece{text: text, line: line, code: code})
}

// graphicMark is the mark an icon placed in the text shows (an <Image>
// whose <Link> is the file of a check mark, pages.IconMark); ok is false
// for a graphic of no known mark.
func graphicMark(n *node) (string, bool) {
	for _, k := range n.kids {
		if k.name == "link" {
			return pages.IconMark(k.attr("linkresourceuri"))
		}
	}
	return "", false
}

// walk collects the paragraphs and tables of an element in style, its
// text set as code where code: a <Br /> and the end of a paragraph style
// range end a paragraph; an icon placed in the text is the mark it shows;
// tracked deletions and editor's notes are no text of the page.
func (s *icmlStory) walk(n *node, style string, code bool) {
	for _, k := range n.kids {
		switch k.name {
		case "":
		case "content":
			for _, t := range k.kids {
				if t.name == "" && t.text != "" {
					s.add(t.text, t.line, style, code)
				}
			}
		case "image", "pdf", "eps", "wmf", "pict":
			if mark, ok := graphicMark(k); ok {
				s.add(" "+mark+" ", k.line, style, false)
			}
		case "br":
			s.end()
		case "paragraphstylerange":
			s.end()
			s.walk(k, k.attr("appliedparagraphstyle"), code)
			s.end()
		case "characterstylerange":
			s.walk(k, style, styleIs(k.attr("appliedcharacterstyle"), icmlCodeRe))
		case "table":
			if s.inCell {
				s.walk(k, style, code)
				continue
			}
			s.end()
			s.items = append(s.items, icmlItem{table: k})
		case "note", "properties":
		case "change":
			if k.attr("changetype") != "DeletedText" {
				s.walk(k, style, code)
			}
		default:
			s.walk(k, style, code)
		}
	}
}

// readICML reads an ICML story into blocks: a paragraph as a line (a
// heading's as a title, a list item's after "- "), its text single-spaced,
// at the line where its text begins; the paragraphs of a code style, word
// for word between fences, each line at its page line; a table by its
// cells' names, the caption right after it (pandoc's) its title before
// it, as DocBook's <title> of a table is.
func (r *reader) readICML(doc *node) {
	s := &icmlStory{}
	s.walk(doc, "", false)
	s.end()
	fenceAt := 0 // the line of the last line of code, while a fence is open
	closeFence := func() {
		if fenceAt != 0 {
			r.out = append(r.out, pages.Block{Line: fenceAt, Text: fence})
			fenceAt = 0
		}
	}
	for i, it := range s.items {
		if it.table != nil {
			closeFence()
			if i+1 < len(s.items) && s.items[i+1].para != nil && styleIs(s.items[i+1].para.style, icmlCaptionRe) {
				if t, line := paraText(s.items[i+1].para.pieces); t != "" {
					r.out = append(r.out, pages.Block{Line: line, Text: pages.Title(t, true)})
				}
				s.items[i+1].para = nil
			}
			r.icmlTable(it.table)
			continue
		}
		p := it.para
		if p == nil {
			continue
		}
		if styleIs(p.style, icmlCodeRe) {
			for _, l := range codeLines(p.pieces) {
				if fenceAt == 0 {
					r.out = append(r.out, pages.Block{Line: l.Line, Text: fence})
				}
				r.out = append(r.out, l)
				fenceAt = l.Line
			}
			continue
		}
		t, line := paraText(p.pieces)
		if t == "" {
			continue
		}
		closeFence()
		switch {
		case styleIs(p.style, icmlHeadingRe):
			t = pages.Title(t, true)
		case styleIs(p.style, icmlListRe):
			t = "- " + t
		}
		r.out = append(r.out, pages.Block{Line: line, Text: t})
	}
	closeFence()
}

// paraText is a paragraph's text on one line, single-spaced (a line's
// end, a forced line break are spaces), the runs of a code style code
// spans (pages.SpansText), with the line where it begins.
func paraText(pieces []icmlPiece) (string, int) {
	var spans []pages.Span
	line := 0
	for _, p := range pieces {
		t := strings.Map(icmlSpace, p.text)
		if line == 0 && strings.TrimSpace(t) != "" {
			line = p.line
		}
		if n := len(spans); n > 0 && spans[n-1].Code == p.code {
			spans[n-1].Text += t
			continue
		}
		spans = append(spans, pages.Span{Text: t, Code: p.code})
	}
	if line == 0 {
		return "", 0
	}
	return strings.TrimSpace(pages.SpansText(spans)), line
}

// icmlSpace makes a forced line break (U+2028) and XML's white space a
// space; a no-break space the page wrote stays.
func icmlSpace(r rune) rune {
	if r == '\u2028' {
		return ' '
	}
	return asciiSpace(r)
}

// codeLines are the lines of a paragraph of code, each at its page line:
// its text split at its line ends and forced line breaks, the blank
// lines none.
func codeLines(pieces []icmlPiece) []pages.Block {
	var out []pages.Block
	var cur strings.Builder
	at := 0
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			out = append(out, pages.Block{Line: at, Text: t})
		}
		cur.Reset()
		at = 0
	}
	for _, p := range pieces {
		line := p.line
		for _, r := range p.text {
			switch r {
			case '\n', '\u2028':
				flush()
				line++
				continue
			}
			if at == 0 {
				at = line
			}
			cur.WriteRune(r)
		}
	}
	flush()
	return out
}

// icmlCell is a table's cell read: its text on one line and the line
// where its text begins, the columns it spans, and whether it is a column
// that a cell before it spans (covered).
type icmlCell struct {
	tableCell
	line         int
	set, covered bool
}

// icmlTable reads a table by its cells' names ("col:row"; a cell
// without one is the next after the cell before it and the columns it
// spans; a table that names a cell twice is damaged, and refused with an
// error at its line; a cell named at a place a cell before it spans is
// that place, read as none when empty, and its row refused with an error
// at its line when it holds text, whose column cannot be told): a cell
// that spans several rows (RowSpan) is each of their cells, as
// pages.SpanRows makes it; one that spans columns (ColumnSpan) is one
// cell of its row, read as putTable tells. Its first row is its header
// when the table counts header rows (HeaderRowCount); a table that counts
// none has no header here, and pages.Read takes its first row for it, as
// pandoc writes the header row of <th> cells inside a <tbody> (a wiki's)
// as a body row.
func (r *reader) icmlTable(n *node) {
	cols, _ := strconv.Atoi(n.attr("columncount"))
	headers, _ := strconv.Atoi(n.attr("headerrowcount"))
	var grid [][]icmlCell
	put := func(row, col int, c icmlCell) {
		for len(grid) <= row {
			grid = append(grid, nil)
		}
		for len(grid[row]) <= col {
			grid[row] = append(grid[row], icmlCell{})
		}
		if !grid[row][col].set {
			grid[row][col] = c
		}
	}
	named := map[[2]int]int{} // the line of each named cell, by its column and row
	refused := map[int]bool{} // the rows of a cell named at a place a span holds
	row, col := 0, -1
	for _, k := range n.kids {
		if k.name != "cell" {
			continue
		}
		c, rw, ok := cellName(k.attr("name"))
		if ok {
			if first, twice := named[[2]int{c, rw}]; twice {
				r.src.Report.Fail(pages.At(r.src.Name, k.line), "line %d: the table at line %d names a cell %q twice (first at line %d): the table is damaged (its cells cut, or copied amid them), and which text is whose cell cannot be told; write each cell of the table once, named by its column and row", k.line, n.line, k.attr("name"), first)
				return
			}
			named[[2]int{c, rw}] = k.line
		} else {
			c, rw = col+1, row
			if cols > 0 && c >= cols {
				c, rw = 0, row+1
			}
		}
		cell := icmlCell{set: true, line: k.line}
		cell.text, cell.line = icmlCellText(k)
		if cell.line == 0 {
			cell.line = k.line
		}
		columns{}.colSpan(k, &cell.tableCell)
		if ok && rw < len(grid) && c < len(grid[rw]) && grid[rw][c].set {
			if cell.text != "" {
				r.src.Report.Fail(pages.At(r.src.Name, cell.line), "line %d of the table at line %d holds a cell named %q (%q) at a place a cell before it spans (its RowSpan or ColumnSpan): at which column its text belongs cannot be told; write the spanning cell's span, or the cell at a place of its own; or %s", cell.line, n.line, k.attr("name"), pages.Clip(cell.text), pages.RowFieldsFix)
				refused[rw] = true
			}
			continue
		}
		wide := min(max(cell.cols, 1), pages.MaxColumnSpan)
		row, col = rw, c+wide-1
		span, _ := strconv.Atoi(k.attr("rowspan"))
		for d := range max(min(span, 100), 1) {
			if d == 0 {
				put(rw, c, cell)
			} else {
				// The rows below it have the cell's text, not its line.
				put(rw+d, c, icmlCell{tableCell: cell.tableCell, set: true})
			}
			for j := 1; j < wide; j++ {
				put(rw+d, c+j, icmlCell{set: true, covered: true})
			}
		}
	}
	if len(grid) == 0 {
		return
	}
	width := cols
	for _, g := range grid {
		width = max(width, len(g))
	}
	rows := make([]tableRow, 0, len(grid))
	for i, g := range grid {
		g = append(g, make([]icmlCell, width-len(g))...)
		rw := tableRow{header: i < headers, refused: refused[i]}
		first := n.line
		for _, c := range g {
			if c.covered {
				continue
			}
			rw.cells = append(rw.cells, c.tableCell)
			if c.line != 0 && first == n.line {
				first = c.line
			}
			if c.text != "" && rw.line == 0 {
				rw.line = c.line
			}
		}
		if rw.line == 0 {
			rw.line = first
		}
		rows = append(rows, rw)
	}
	r.putTable(rows, n.line)
}

// cellName reads a cell's name, "col:row", into its column and row.
func cellName(name string) (col, row int, ok bool) {
	c, rw, found := strings.Cut(name, ":")
	col, err1 := strconv.Atoi(strings.TrimSpace(c))
	row, err2 := strconv.Atoi(strings.TrimSpace(rw))
	if !found || err1 != nil || err2 != nil || col < 0 || row < 0 || col > 1000 || row > 100000 {
		return 0, 0, false
	}
	return col, row, true
}

// icmlCellText is a cell's text on one line: its paragraphs joined, the
// items of a list in it as pages.ListInCellFollowed writes them, with
// the line where its text begins.
func icmlCellText(n *node) (string, int) {
	s := &icmlStory{inCell: true}
	s.walk(n, "", false)
	s.end()
	var prose, items, after []string
	line := 0
	for _, it := range s.items {
		t, l := paraText(it.para.pieces)
		if t == "" {
			continue
		}
		if line == 0 {
			line = l
		}
		switch {
		case styleIs(it.para.style, icmlListRe):
			items = append(items, t)
		case items == nil:
			prose = append(prose, t)
		default:
			after = append(after, t)
		}
	}
	return pages.ListInCellFollowed(prose, items, after), line
}
