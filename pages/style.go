package pages

import (
	"fmt"
	"iter"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// A Style is a way pages are scraped. It rates how surely a page is of
// the style, and reads a page of the style into blocks. It knows no
// vendor's words: what a style needs of them comes in the source.
type Style interface {
	String() string
	// Detect rates how surely the page's lines are of the style: 0 when
	// they bear none of its marks.
	Detect(lines []string) int
	// Read reads a page of the style into blocks, reporting what it
	// cannot read.
	Read(src Source) []Block
	// Extensions are the file extensions its pages are saved with,
	// ".md".
	Extensions() []string
	// NeedsLexicon reports whether Read needs the source's lexicon,
	// which is made of every page: such pages are read last.
	NeedsLexicon() bool
}

// Certain is the rate of a page that can be of one style only.
const Certain = math.MaxInt

// Source is a page to read.
type Source struct {
	Name  string
	Lines []string
	// At is the page line (from 1) of each of Lines when they are not the
	// page's own lines one for one (Text.At: lines joined or dropped);
	// nil when they are. Read locates blocks and reports at page lines.
	At []int
	// Wrap is the hard wrap at a fixed column the lines tell of
	// (Text.Wrap): where a row that is not closed may go on.
	Wrap Wrap
	// Words tells the names the pages use and the lines that end a
	// table, for a style whose cells run together.
	Words Lexicon
	// Hyphenated are the page's lines whose words a typesetter broke,
	// with the hyphens it set there (Text.Hyphenated, Marked).
	Hyphenated Hyphenated
	// HTML, when set, reads the lines from up to to of a source as the
	// content of an HTML page (html.Fragment): Read reads with it an HTML
	// table that a page of another style holds on lines of their own.
	HTML func(src Source, from, to int) []Block
	// OneCellPerLine, when set, reads a source's lines as a page printed
	// one cell per line (cellperline): Read reads with it a table printed
	// so among the text lines of a page of another style (cellRunTables).
	OneCellPerLine func(src Source) []Block
	// LineTables, when set, reads each text block that holds a whole
	// table on its line, its header and rows one space apart, as that
	// table (aligned.LineTables): Read reads such lines so in every style.
	// It returns the page lines of the blocks it refused, left text,
	// which Read refuses no more.
	LineTables func(src Source, blocks []Block) ([]Block, []int)
	// Titled, when set, are the types an overrides file's entries give
	// tables of the page: stackedTitles pairs by them a run of stacked
	// titles its evidence does not pair.
	Titled *Titled
	Report *Reporter
	// PDFText, once the page is read, tells that it is a PDF's text, as
	// its style tells (PDFTextOf), for a refusal of a table it lost.
	PDFText PDFText
}

// A PageLexiconStyle is a Style that needs the lexicon for some of its
// pages only: those that hold a table whose cells run together
// (html2markdown's table written as text, in a Markdown page).
type PageLexiconStyle interface {
	// NeedsLexiconFor reports whether Read needs the lexicon to read
	// the page of lines.
	NeedsLexiconFor(lines []string) bool
}

// NeedsLexicon reports whether style st reads the page of lines with
// the lexicon of the pages: every page of a style that needs it, and
// the pages of a PageLexiconStyle that need it.
func NeedsLexicon(st Style, lines []string) bool {
	if st.NeedsLexicon() {
		return true
	}
	if p, ok := st.(PageLexiconStyle); ok && p.NeedsLexiconFor(lines) {
		return true
	}
	// A whole table printed on one line, its cells run together, is
	// read in every style by the types the pages name.
	return HoldsRunTogetherTable(lines)
}

// Lexicon is what the pages' vocabulary tells a style whose table cells
// run together.
type Lexicon interface {
	// PrefixesOf returns the type names rest starts with, longest first.
	PrefixesOf(rest string) []string
	// EndsTable reports whether a line ends a table: a heading, a
	// section title.
	EndsTable(line string) bool
	// Primitives are the spellings of the primitive types.
	Primitives() *Spellings
}

// A NameHolder is a Lexicon that tells whether it holds a type name
// whole with a look-up (read.NameSet): what PrefixesOf(name) holding name
// tells, without the list of every known name name starts with.
type NameHolder interface {
	Has(name string) bool
}

// KnowsName reports whether the lexicon l holds the type name name
// whole: by its look-up where it is a NameHolder, else among the names
// name starts with (PrefixesOf).
func KnowsName(l Lexicon, name string) bool {
	if h, ok := l.(NameHolder); ok {
		return h.Has(name)
	}
	return slices.Contains(l.PrefixesOf(name), name)
}

// A PrefixAppender is a Lexicon that appends the type names rest starts
// with to dst, as PrefixesOf lists them (read.NameSet): into a buffer its
// caller reuses from cut to cut, not a new list for each.
type PrefixAppender interface {
	AppendPrefixesOf(dst []string, rest string) []string
}

// AppendPrefixesOf appends to dst the type names of the lexicon l that
// rest starts with, longest first: by l's AppendPrefixesOf where it is a
// PrefixAppender, else from its PrefixesOf.
func AppendPrefixesOf(l Lexicon, dst []string, rest string) []string {
	if a, ok := l.(PrefixAppender); ok {
		return a.AppendPrefixesOf(dst, rest)
	}
	return append(dst, l.PrefixesOf(rest)...)
}

// A CodeLabeller is a Lexicon that knows the labels its protocol writes
// over the columns of its tables of codes, spaces inside them ("Status
// Code Description", "Http response code", "detail_code"): a header of
// them run together ("Status CodeStatus Code Description…") splits by
// them, as no column word of every style's tells where one ends.
type CodeLabeller interface {
	// CodeLabels returns the header rows of the protocol's tables of
	// codes, each its labels in order.
	CodeLabels() [][]string
}

// A SectionTitler is a Lexicon that knows its protocol's section
// titles ("Request Body", "Description"): a title that a converter
// without headings ran into the text before it, with nothing between
// them, is set apart by them (aligned.LineTables).
type SectionTitler interface {
	// SectionTitle reports whether t is a section title alone.
	SectionTitle(t string) bool
}

// Detect returns the style whose marks the page bears most surely, the
// first of the styles on a tie, or nil for a page without a table. A
// style Certain of the page ends the search: no style after it can rate
// the page higher, and the detectors of the others would read the whole
// page for nothing (that of one cell per line reads an HTML page's every
// line as a cell).
//
// A first look at the page's bytes, one pass over them, rules out every
// style that needs a byte the page does not hold (a Markered style's
// table markers: a pipe), without running its detector over every line.
func Detect(styles []Style, lines []string) Style {
	var best Style
	bestRate := 0
	var held [256]bool
	looked := false
	for _, s := range styles {
		if m, ok := s.(Markered); ok {
			if !looked {
				held, looked = heldBytes(lines), true
			}
			if !holdsAny(&held, m.Markers()) {
				continue
			}
		}
		if r := s.Detect(lines); r > bestRate {
			best, bestRate = s, r
			if r == Certain {
				break
			}
		}
	}
	return best
}

// Markered is a style whose Detect rates 0 a page that holds none of a
// few bytes, the markers of its tables (a row's pipe): Detect rules such
// a page out of the style at a first look.
type Markered interface {
	Style
	// Markers are the bytes one of which at least every page the style
	// rates above 0 holds.
	Markers() string
}

// heldBytes tells which bytes the lines hold.
func heldBytes(lines []string) [256]bool {
	var held [256]bool
	for _, l := range lines {
		for i := 0; i < len(l); i++ {
			held[l[i]] = true
		}
	}
	return held
}

// holdsAny reports whether held holds one of the bytes of markers.
func holdsAny(held *[256]bool, markers string) bool {
	for i := 0; i < len(markers); i++ {
		if held[markers[i]] {
			return true
		}
	}
	return false
}

// warnEmptyHeader warns that the header of t, its first row under a
// header row of empty cells at line empty, is read as its header: one
// that names columns as a header's cells do (isHeaderRow) is the form a
// converter writes; one that does not may be a row, and the warning
// says how to settle it.
func warnEmptyHeader(src Source, empty int, t *Table) {
	how := "names the columns and is read as its header"
	if !isHeaderRow(t.Header) {
		how = "is read as its header, though its cells do not name columns as a header's do: if it is a row, write the table's header row in place of the empty one"
	}
	src.Report.Warn(At(src.Name, empty), "line %d, the header row of a table, has empty cells only, as a converter writes a table whose source marked no header row (no <thead>): its first row, at line %d (%s), %s", empty, t.Line, Clip(strings.Join(t.Header, " | ")), how)
}

// Read reads a page in its style, then mends what a scrape does to the
// tables of every style. The front matter a renderer wrote as the
// page's first lines, a run of keys, is dropped (frontMatterRun). A code
// block whose lines carry a syntax highlighter's markup, kept raw by a
// converter, is read as its text (highlightedCode). A table of one column whose cells are code is
// the code block a word processor made a table of (codeTables). The fences of code blocks ("```http"), which
// are markup, are dropped, and a request line broken over two or three
// text lines is joined (joinRequestLines); the page marks a print or a pager leaves ("Page 2 of
// 3"), are dropped; a table right after a page mark is marked so. A header row repeated among a table's rows, as
// a page break in the middle of a table leaves it, is dropped. A table
// right after another, with no text between them, whose header is the
// other's (in any case and spacing, without the columns that number
// their rows: dropNumbering), or which has no header of its own
// (a style leaves Header nil when its markup names none; a header row
// of empty cells names none either: Joplin's Web Clipper writes one
// above a table whose first row, which names the columns, is its
// header; taken for the header, that row is warned of: warnEmptyHeader) and the other's
// width, is marked as maybe continuing it; one with the other's header,
// or without a header and with rows of the other's width (its first row
// no header row, nor one of header cells after a numbering column's
// empty cell: isNumberedHeaderRow), after a few text lines (an advert,
// a footer), as maybe resuming it; a table without a header whose
// first row is the rest of the last row of the table before it, which a
// cut split across the two (a page break, a converter's cards), goes on
// as that table's rest with that row joined, or refused (joinCutRow); a
// table without a header that continues none takes its first row as
// its header, and one without any cell is no table. The emphasis or code span around a whole cell is
// markup, and dropped (CellText). A row that holds a note over the
// table in its first cell alone is that note, read as text after the
// table (takeNotes). A code block's language label or a callout's label
// run into the line after it is set apart (splitRunInLabels).
//
// A header whose cells run together over rows written one cell a line,
// left as text by a style whose blocks are not rendered text, is read
// as its table (headerCellLines), and the rows of such a table a title
// and a blank line cut from it are refused at their line
// (strayRowsAfter); so is a table printed one cell per line among its
// text read (cellRunTables).
//
// A text line of a style whose blocks are not rendered text that holds
// the markup of an HTML table's rows or cells outside a code block is
// refused at its line: the style reads no table from it, and its rows
// would be lost without a word. So is a text line of any style that
// holds a table written as one paragraph (OneParagraphTable).
//
// A row of a style whose cells are parted by a pipe (PipeRows) with text
// in more cells than its header has columns is read with its
// description joined back where a pipe parted it, or refused at its
// line (joinParted, pipeParting). So is a row of a table whose cells a
// tool parted with a separator it left unquoted in a cell's text
// (Table.Unquoted): its cells too many joined back in its one cell of
// free text that takes them, or refused (joinParted, unquotedParting).
//
// A page whose blocks a scraper wrote grouped by kind (every heading,
// then every paragraph and code block, then every table) is refused at
// its first heading, and read no further: which table stands under which
// heading is lost (refuseGroupedKinds).
//
// The list of its links that HTML::FormatText::WithLinks writes after a
// page's text, under no title, is the formatter's chrome: its text blocks
// are dropped (dropClosingLinks).
//
// Where the source's lexicon knows the columns of its protocol's
// sections (SectionColumns), the cells or the table under a title that a
// converter left without their header row are read as the columns they
// fit, or refused (headlessTables), before all that.
func Read(st Style, src Source) []Block {
	blocks := codeTables(headlessTables(st, src, dropClosingLinks(src, highlightedCode(cutPermalinks(readAt(st, src))))))
	if _, ok := st.(Rendering); !ok {
		blocks = embedTables(src, blocks)
		refuseTableMarkup(src, blocks)
		blocks = headerCellLines(src, blocks)
		if _, ok := st.(CellPerLine); !ok {
			blocks = cellRunTables(st, src, blocks)
		}
	}
	var refused []int
	if src.LineTables != nil {
		blocks, refused = src.LineTables(src, blocks)
	}
	blocks = slices.DeleteFunc(blocks, func(b Block) bool { return b.Table == nil && IsFence(b.Text) })
	blocks = blocks[frontMatterRun(blocks):]
	blocks = joinRequestLines(src, gluedHeaders(splitRunInLabels(src, blocks)))
	out := make([]Block, 0, len(blocks))
	// prev is the table right before, last the last table and between the
	// number of text lines since; broken is set when a page mark stood
	// since the last table, numbered when the one line since it is a
	// page's number.
	var prev, last *Table
	between, broken, numbered := 0, false, false
	for k, b := range blocks {
		t := b.Table
		if t == nil && IsToggle(b.Text) {
			SkipToggle(src.Report, src.Name, b.Line, b.Text)
			if last != nil && foldsRows(b.Text) && (k+1 == len(blocks) || blocks[k+1].Table == nil) {
				src.Report.Fail(At(src.Name, b.Line), "line %d, %q, is the toggle of a collapsible that folds more rows of the table at line %d, but no table follows it: the style left the rows it folds as lines of text, and what they document would be left out of the schema; write them as rows of the table", b.Line, Clip(strings.TrimSpace(b.Text)), last.Line)
			}
			continue
		}
		if t == nil && IsPageMark(b.Text) {
			broken = true
			continue
		}
		if t == nil {
			out = append(out, b)
			prev = nil
			between++
			numbered = between == 1 && last != nil && isPageNumber(b.Text)
			continue
		}
		t.unwrapCells()
		t.dropBlankRows()
		// headless is set for a table under a header row of empty
		// cells, which names no column, whose first row names none
		// either: that row is the header where it names the columns,
		// else the table has none of its own, as a style reads it
		// without a header row, but for the rest of the table right
		// before it only: the converter that writes such a row begins a
		// table with it, which resumes none across text.
		// empty is the line of that header row, 0 for none.
		headless, empty := false, 0
		if t.Header != nil && !slices.ContainsFunc(t.Header, func(c string) bool { return strings.TrimSpace(c) != "" }) {
			t.Header, t.Cols, headless, empty = nil, nil, true, t.Line
			if len(t.Rows) > 0 && isHeaderRow(t.Rows[0].Cells) {
				t.Header, t.Line, t.Rows = t.Rows[0].Cells, t.Rows[0].Line, t.Rows[1:]
				t.Cols, _ = ColumnsOf(t.Header)
				headless = false
			}
		}
		t.AfterBreak, broken = broken || numbered && between == 1, false
		numbered = false
		// resumable is the table a few text lines before, when there is one.
		var resumable *Table
		if prev == nil && between <= MaxBreakLines && !headless {
			resumable = last
		}
		// own tells a table with a header row of its own, whether the
		// style read it or its first row is taken for it.
		// numberedRest is the table whose numbered rows this one's go on
		// with: its width is that table's, whatever cell its first row
		// lost.
		own, numberedRest := t.Header != nil, (*Table)(nil)
		if own {
			t.dropNumbering()
		} else {
			numberedRest = t.dropNumberingOf(prev, resumable)
		}
		if t.Header == nil {
			switch {
			case t.restWithoutColumn(src, prev, resumable, t.Rows):
			case prev != nil && len(t.Rows) > 0 && (numberedRest == prev || len(t.Rows[0].Cells) == len(prev.Header)):
				t.Header, t.Cols, t.Continues, t.NoHeader = prev.Header, prev.Cols, prev, true
			case resumable != nil && len(t.Rows) > 0 && (numberedRest == resumable || len(t.Rows[0].Cells) == len(resumable.Header) && !isHeaderRow(t.Rows[0].Cells) && !numberedHeader(t.Rows[0].Cells)):
				t.Header, t.Cols, t.Resumes, t.NoHeader = resumable.Header, resumable.Cols, resumable, true
				refuseCellRestBetween(src, out[len(out)-between:], resumable, t)
			case t.joinCutRow(src, prev, resumable, between):
				if len(t.Rows) == 0 {
					continue // its one row went on the row it was cut from
				}
			case len(t.Rows) > 0:
				t.Header, t.Line, t.Rows = t.Rows[0].Cells, t.Rows[0].Line, t.Rows[1:]
				t.Cols, _ = ColumnsOf(t.Header)
				t.dropNumbering()
				own = true
			}
		}
		from, why := cutFrom(prev, resumable), ""
		if own {
			why = t.headsWithRowOf(from)
		}
		if own && why == "" && prev != nil {
			why = t.headsWithCodesOf(prev)
		}
		if why != "" {
			src.Report.Warn(At(src.Name, t.Line), "line %d, the header of a table, is a row of the table at line %d: %s; a page break, or a converter that wrote the rest of that table as a table of its own, cut it there and gave the rest its first row for a header: read as that table's rest", t.Line, from.Line, why)
			t.Rows = append([]*Row{{Line: t.Line, Raw: strings.Join(t.Header, " | "), Cells: t.Header}}, t.Rows...)
			t.Header, t.Cols, t.NoHeader = from.Header, from.Cols, true
			if from == prev {
				t.Continues = prev
			} else {
				t.Resumes = resumable
			}
			own = false
		} else if own && prev != nil && t.codesWithoutRowOf(prev) {
			src.Report.Fail(At(src.Name, t.Line), "line %d, the header of the table at line %d, names no column (its cells %s are codes, as no header's cells are) and has the width of the table at line %d right before it, but its cells or its rows do not fit that table's columns (%s): whether it is a row of that table, which a converter cut from it by writing a ruler under it, or the header of another table cannot be told; join the two tables, or give the second a header row of its own", t.Line, t.Line, quotedCodes(t.Header), prev.Line, strings.Join(prev.Header, " | "))
		} else if own && !isHeaderRow(t.Header) && t.restWithoutColumn(src, prev, resumable, append([]*Row{{Line: t.Line, Raw: strings.Join(t.Header, " | "), Cells: t.Header}}, t.Rows...)) {
			own = false
		}
		if t.Numbered {
			prev.dropHeaderNumbering(t)
			resumable.dropHeaderNumbering(t)
		}
		// A header of its own is compared with the tables' before it
		// without the columns that number their rows: theirs are
		// dropped already, and so is its own now.
		if own && empty != 0 {
			warnEmptyHeader(src, empty, t)
		}
		if own && resumable != nil && sameCells(t.Header, resumable.Header) {
			t.Resumes = resumable
		}
		if own && prev != nil && sameCells(t.Header, prev.Header) {
			if len(prev.Rows) == 0 && len(prev.Wrapped) == 0 && len(t.Wrapped) == 0 {
				// The header printed twice, around its ruler or
				// without one: one table.
				src.Report.Warn(At(src.Name, t.Line), "line %d repeats the header of the table at line %d, with no row between: the header printed twice, as a wiki's copy prints it, read as one table", t.Line, prev.Line)
				prev.Rows = slices.DeleteFunc(t.Rows, prev.repeatsHeader)
				continue
			}
			t.Continues = prev
		}
		if t.Terms && (t.Continues != nil && t.Continues.Terms || t.Resumes != nil && t.Resumes.Terms) {
			// A list of terms has no header row of its own: one with
			// the columns of the list before it may be its rest.
			t.NoHeader = true
		}
		if len(t.Header) == 0 {
			continue // no cells at all: no table
		}
		t.dropBlankRows() // again, without the cells that numbered them
		if p, ok := st.(PipeRows); ok {
			t.joinParted(src, pipeParting(p.CellPipe()))
		}
		if t.Unquoted != 0 {
			t.joinParted(src, unquotedParting(t.Unquoted))
		}
		t.Rows = slices.DeleteFunc(t.Rows, t.repeatsHeader)
		t.unescapeBreaks(src)
		t.splitGluedParagraphs(src)
		notes := t.takeNotes(src)
		t.codesOfValues()
		out = append(out, b)
		if len(t.Wrapped) > 0 {
			out = append(out, t.joinWrapped(src)...)
		}
		prev, last, between = t, t, 0
		if len(notes) > 0 {
			// The notes follow the table as text, as the lines after
			// it do.
			out = append(out, notes...)
			prev, between = nil, len(notes)
		}
	}
	readParenTargets(st, src, out)
	joinDottedNames(src, out)
	resolveAnchorRefs(src, out)
	refuseParagraphs(src, out, refused)
	if refuseGroupedKinds(src, out) {
		return out
	}
	out = titlesAfter(src, stackedTitles(src, out))
	replacedChars(src, out)
	return out
}

// CellPerLine is the style of a page printed one cell per line: it reads
// its tables in that form itself (lost cells and cells run together
// among them), and what it leaves text is none that cellRunTables takes.
type CellPerLine interface {
	Style
	PrintsCellPerLine()
}

// Rendering is a style whose text blocks are a page's text as a browser
// renders it (HTML): markup in them is text the page shows.
type Rendering interface {
	Style
	Renders()
}

// tableMarkupRe matches the start tag of an HTML table, row or cell.
var tableMarkupRe = regexp.MustCompile(`(?i)<(?:table|tr|td|th)(?:\s[^<>]*)?/?>`)

// TableMarkup returns the first start tag of an HTML table, row or cell
// in text ("<table>", "<td class=\"x\">"), or "" when it holds none.
func TableMarkup(text string) string {
	if !strings.Contains(text, "<") {
		return ""
	}
	return tableMarkupRe.FindString(text)
}

// embedTables reads, with the source's HTML reading, each HTML table of
// a page of a style that reads none, outside code blocks: a run of text
// lines whose first begins with a <table> tag up to the line that closes
// it, on one line or on several, as a converter leaves a table it could
// not write in its own form (a wiki's table without header cells, kept
// as HTML by turndown). Its blocks replace the run's. A run that no line
// closes is left as text, which refuseTableMarkup refuses.
func embedTables(src Source, blocks []Block) []Block {
	if src.HTML == nil {
		return blocks
	}
	var out []Block
	code := false
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if IsFence(b.Text) && b.Table == nil {
			code = !code
		}
		end := -1
		if !code && b.Table == nil && StartsHTMLTable(b.Text) {
			end = tableEnd(blocks, i)
		}
		if end < 0 {
			if out != nil {
				out = append(out, b)
			}
			continue
		}
		if out == nil {
			out = append([]Block(nil), blocks[:i]...)
		}
		sub := Source{Name: src.Name, Report: src.Report}
		for _, t := range blocks[i : end+1] {
			sub.Lines = append(sub.Lines, t.Text)
			sub.At = append(sub.At, t.Line)
		}
		out = append(out, ReadLocated(sub, func(s Source) []Block { return src.HTML(s, 0, len(s.Lines)) })...)
		WarnGluedAfterTable(src, blocks[end].Line, b.Line, blocks[end].Text)
		i = end
	}
	if out == nil {
		return blocks
	}
	return out
}

// WarnGluedAfterTable warns where line, the last line of the HTML table
// at line table of a page of another style, writes text after its last
// </table> tag: the block after the table (a heading, "### Response
// Body"), which a converter that passes an HTML block through as it is
// (turndown, then marked) glued to the table's closing line. The HTML
// reading reads that text as a block of its own after the table.
func WarnGluedAfterTable(src Source, line, table int, text string) {
	k := strings.LastIndex(strings.ToLower(text), "</table")
	if k < 0 {
		return
	}
	end := strings.IndexByte(text[k:], '>')
	if end < 0 {
		return
	}
	if after := strings.TrimSpace(text[k+end+1:]); after != "" {
		src.Report.Warn(At(src.Name, line), "line %d writes %q after the </table> that closes the HTML table at line %d, as a converter that passes an HTML block through glues the block after the table to its last line: read as a block of its own after the table; write it on a line of its own", line, Clip(after), table)
	}
}

// StartsHTMLTable reports whether a text line begins with a <table> tag.
func StartsHTMLTable(t string) bool {
	t = strings.TrimSpace(t)
	m := TableMarkup(t)
	return m != "" && strings.HasPrefix(t, m) && strings.HasPrefix(strings.ToLower(m), "<table")
}

// tableEnd is the index of the text block that closes the HTML table
// block i opens, among the text blocks right after it; -1 when none
// does before a table or a code block.
func tableEnd(blocks []Block, i int) int {
	depth := 0
	for j := i; j < len(blocks) && blocks[j].Table == nil && (j == i || !IsFence(blocks[j].Text)); j++ {
		if depth = tableDepth(depth, blocks[j].Text); depth <= 0 {
			return j
		}
	}
	return -1
}

// outsideHTMLTables yields the index and text of each line of a text
// page outside its HTML tables written on lines of their own: from a
// line that begins with a <table> tag (StartsHTMLTable) to the one that
// closes it (htmlTableEnd), whose text is the table's own, for the HTML
// reading to read (embedTables). A <table> tag that no line closes
// before a code block's fence opens no such table: its line is yielded.
func outsideHTMLTables(lines []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i := 0; i < len(lines); i++ {
			if StartsHTMLTable(lines[i]) {
				if end := htmlTableEnd(lines, i); end >= 0 {
					i = end
					continue
				}
			}
			if !yield(i, lines[i]) {
				return
			}
		}
	}
}

// htmlTableEnd is the index of the line that closes the HTML table line
// i opens, before a code block's fence; -1 when none does.
func htmlTableEnd(lines []string, i int) int {
	depth := 0
	for j := i; j < len(lines) && (j == i || !IsFence(lines[j])); j++ {
		if depth = tableDepth(depth, lines[j]); depth <= 0 {
			return j
		}
	}
	return -1
}

// tableDepth is how deep in <table> elements the end of a line is, from
// depth at its start.
func tableDepth(depth int, line string) int {
	if !strings.Contains(line, "<") {
		return depth
	}
	l := strings.ToLower(line)
	return depth + strings.Count(l, "<table") - strings.Count(l, "</table")
}

// refuseTableMarkup refuses each run of text lines, outside code
// blocks, that holds the markup of an HTML table (tableMarkupRe), at its
// first line.
func refuseTableMarkup(src Source, blocks []Block) {
	code, run := false, false
	for _, b := range blocks {
		switch {
		case b.Table != nil:
			run = false
		case IsFence(b.Text):
			code, run = !code, false
		case code || TableMarkup(b.Text) == "":
			run = false
		case !run:
			run = true
			src.Report.Fail(At(src.Name, b.Line), "line %d holds an HTML table (%s), which is not read as a table where it stands: its rows would be lost. Write the table as rows of pipes (| cell | cell |), begin a line with its <table> tag, or save the page as HTML", b.Line, Clip(TableMarkup(b.Text)))
		}
	}
}

// joinWrapped joins the lines under the table's header that begin no
// row to the last row of the table it continues or resumes, with a
// warning: a page break cut that row, and printed the header again
// before its rest. With no such table before, the lines are a note
// under the header: it returns them as text blocks, to follow the
// table.
func (t *Table) joinWrapped(src Source) []Block {
	from := t.Continues
	if from == nil {
		from = t.Resumes
	}
	if from == nil || len(from.Rows) == 0 {
		text := make([]Block, len(t.Wrapped))
		for i, w := range t.Wrapped {
			text[i] = Block{Line: w.Line, Text: StripHeading(w.Raw)}
		}
		t.Wrapped = nil
		return text
	}
	last := from.Rows[len(from.Rows)-1]
	cell := &last.Cells[len(last.Cells)-1]
	for _, w := range t.Wrapped {
		*cell = strings.TrimSpace(*cell + " " + w.Cells[0])
		last.Raw += "\n" + w.Raw
	}
	w := t.Wrapped[0]
	src.Report.Warn(At(src.Name, w.Line), "line %d, under the header at line %d that repeats the header of the table at line %d, begins no row but goes on a description: read as the text of the row at line %d, which a page break cut, and the rows after it as the rest of that table", w.Line, t.Line, from.Line, last.Line)
	return nil
}

// isPageNumber reports whether a line is a number alone, as a page's
// number stands between the parts of a table that a page break cut
// ("2"): a page mark where it is the only line between two tables.
func isPageNumber(line string) bool {
	return len(line) <= 4 && isWholeNumber(line) && !strings.HasPrefix(line, "-")
}

// cutFrom is the table a table may be the rest of: the one right before
// it, else the one a few text lines before it; nil for none.
func cutFrom(prev, resumable *Table) *Table {
	if prev != nil {
		return prev
	}
	return resumable
}

// headsWithRowOf tells why the table's header is a row of table from,
// which a page break cut, or "" when it is not: it has from's width,
// names no column outside from's description, and its cells fit from's
// columns (cellsFit).
func (t *Table) headsWithRowOf(from *Table) string {
	if from == nil || len(t.Header) != len(from.Header) || len(from.Cols) != len(t.Header) || sameCells(t.Header, from.Header) {
		return ""
	}
	for i, c := range t.Header {
		if k := from.Cols[i]; k != ColDescription && k != ColOther && IsHeaderCell(Unbroken(strings.TrimSpace(CellText(c)))) {
			return ""
		}
	}
	if cellsFit(t.Header, from.Cols) {
		return fmt.Sprintf("its cells fit that table's columns (%s) and name none", strings.Join(from.Header, " | "))
	}
	return ""
}

// headsWithCodesOf tells why the table's header is a row of table prev,
// right before it with nothing between, or "" when it is not: its cells
// name no column, and it and each of the table's rows have prev's width
// and a code (isCodeCell) in each column where every row of prev has one
// (codesFit), the header in one such column at least, as a table of codes
// whose columns no header word names (Http response code | detail_code)
// does, which the page cut in two tables, the rest without a header row,
// and a converter whose tables need one wrote with its first row for a
// header, a ruler under it.
func (t *Table) headsWithCodesOf(prev *Table) string {
	width, cols := len(prev.Header), prev.codeColumns()
	if len(t.Header) != width || namesAnyColumn(t.Header) || !holdsCodeIn(t.Header, cols) || !codesFit(prev, width, t.Header) ||
		slices.ContainsFunc(t.Rows, func(r *Row) bool { return len(r.Cells) != width || !codesFit(prev, width, r.Cells) }) {
		return ""
	}
	return fmt.Sprintf("its cells name no column, and it and the rows under it have that table's width and a code where each of its rows has one (under %s)", strings.Join(headersAt(prev.Header, cols), ", "))
}

// codesWithoutRowOf reports whether the table's header names no column
// and holds a code, as no header does, and has the width of table prev
// right before it, but headsWithCodesOf does not read it as a row of
// prev: its codes, or its rows, do not fit prev's.
func (t *Table) codesWithoutRowOf(prev *Table) bool {
	return len(t.Header) == len(prev.Header) && !namesAnyColumn(t.Header) && slices.ContainsFunc(t.Header, isCodeCell) && t.headsWithCodesOf(prev) == ""
}

// codeColumns are the columns of the table that hold a code (isCodeCell)
// in each of its rows; none for a table without rows.
func (t *Table) codeColumns() []int {
	if len(t.Rows) == 0 {
		return nil
	}
	var cols []int
	for i := range t.Header {
		if !slices.ContainsFunc(t.Rows, func(r *Row) bool { return i >= len(r.Cells) || !isCodeCell(r.Cells[i]) }) {
			cols = append(cols, i)
		}
	}
	return cols
}

// holdsCodeIn reports whether cells hold a code in a column of cols.
func holdsCodeIn(cells []string, cols []int) bool {
	return slices.ContainsFunc(cols, func(i int) bool { return i < len(cells) && isCodeCell(cells[i]) })
}

// namesAnyColumn reports whether a cell of cells names a column
// (IsHeaderCell, HeaderColumn).
func namesAnyColumn(cells []string) bool {
	return slices.ContainsFunc(cells, func(c string) bool {
		c = Unbroken(strings.TrimSpace(CellText(c)))
		return IsHeaderCell(c) || HeaderColumn(c) != ColOther
	})
}

// headersAt are the cells of header at columns cols.
func headersAt(header []string, cols []int) []string {
	out := make([]string, 0, len(cols))
	for _, i := range cols {
		out = append(out, header[i])
	}
	return out
}

// quotedCodes are the cells of cells that are codes (isCodeCell), quoted
// and joined for a message.
func quotedCodes(cells []string) string {
	var out []string
	for _, c := range cells {
		if isCodeCell(c) {
			out = append(out, strconv.Quote(strings.TrimSpace(c)))
		}
	}
	return strings.Join(out, ", ")
}

// RowsFit reports whether every row of rows has a cell per column of
// cols and its cells fit them (cellsFit): a name or a code, and a type,
// a requiredness or a code that is a number where the columns hold one.
func RowsFit(rows []*Row, cols []Column) bool {
	for _, r := range rows {
		if len(r.Cells) != len(cols) || !cellsFit(r.Cells, cols) {
			return false
		}
	}
	return len(rows) > 0
}

// cellsFit reports whether a row's cells fit columns cols, one a column:
// each fits its column (a name, a type, a requiredness, a code) where
// there is a name or a code column and a cell that can be checked: a
// type, a requiredness, or a code that is a number.
func cellsFit(cells []string, cols []Column) bool {
	named, checked := false, false
	for i, c := range cells {
		c = Unbroken(strings.TrimSpace(CellText(c)))
		k := cols[i]
		switch k {
		case ColName:
			named = true
			if !IsNameCell(c) {
				return false
			}
		case ColCode:
			named = true
			if isWholeNumber(c) {
				checked = true
			} else if !IsNameCell(c) {
				return false
			}
		case ColType:
			checked = true
			if !isTypeCell(c) {
				return false
			}
		case ColRequired:
			checked = true
			if _, ok := Requiredness(c); c != "" && !ok && !IsCondition(c) {
				return false
			}
		}
	}
	return named && checked
}

// isTypeCell reports whether a cell reads as a type: a primitive of
// PrimitiveTypes in any case, or a type's name, either maybe an array
// ("string[]", "GenericModels.CrateDrop[]"), a generic type of such
// types ("List<String>", "Map<String, Long>"), or one of these with a
// note in parentheses ("String (Enum)"), or a primitive with the name
// of the type it is sent as after it ("Integer, see HazardClass",
// "Integer – HazardClass").
func isTypeCell(c string) bool {
	c = strings.TrimSpace(c)
	for _, sep := range seeTypeSeparators {
		if before, after, ok := strings.Cut(c, sep); ok && IsNameCell(strings.TrimSpace(after)) {
			_, prim := LookupLower(PrimitiveTypes, strings.TrimSpace(before))
			return prim
		}
	}
	if open := strings.LastIndexByte(c, '('); open > 0 && strings.HasSuffix(c, ")") {
		c = strings.TrimSpace(c[:open])
	}
	for strings.HasSuffix(c, "[]") {
		c = strings.TrimSpace(strings.TrimSuffix(c, "[]"))
	}
	if name, args, ok := strings.Cut(c, "<"); ok && strings.HasSuffix(args, ">") {
		if !IsNameCell(name) {
			return false
		}
		for a := range strings.SplitSeq(strings.TrimSuffix(args, ">"), ",") {
			if !isTypeCell(a) {
				return false
			}
		}
		return true
	}
	if _, ok := LookupLower(PrimitiveTypes, c); ok {
		return true
	}
	return IsNameCell(c) && !strings.ContainsAny(c, "[]")
}

// seeTypeSeparators are what a type cell writes between a primitive and
// the name of the type it is sent as ("Integer, see HazardClass").
var seeTypeSeparators = []string{", see ", "; see ", " see ", " – ", " — ", " - "}

// isHeaderRow reports whether cells name the columns of a table: by
// ColumnsOf, or by their words (NamesColumns).
func isHeaderRow(cells []string) bool {
	if _, ok := ColumnsOf(cells); ok {
		return true
	}
	return NamesColumns(cells)
}

// NamesColumns reports whether each cell of a row that is not empty is a
// header cell (IsHeaderCell), two at least: a status table's "Status
// Code | Status Code Description", under an empty cell over a column of
// row numbers, or beside the empty first cell of a row that opens with a
// tab, as Word's and unrtf's text writes every row.
func NamesColumns(cells []string) bool {
	named := 0
	for _, c := range cells {
		switch c = strings.TrimSpace(c); {
		case c == "":
		case !IsHeaderCell(c):
			return false
		default:
			named++
		}
	}
	return named >= 2
}

// numberedHeader reports whether a row is the header of a table whose
// first column numbers its rows: its first cell heads that column (empty,
// "#", "No."), and each other cell names a column (IsHeaderCell), as
// "Status Code Description" does, which no column kind reads.
func numberedHeader(cells []string) bool {
	if len(cells) < 2 || !IsNumberingCell(cells[0]) {
		return false
	}
	for _, c := range cells[1:] {
		if !IsHeaderCell(c) {
			return false
		}
	}
	return true
}

// MaxBreakLines bounds the text lines a page break leaves between the
// parts of a table: a footer, a page number, a header of the next page.
const MaxBreakLines = 3

// unwrapCells drops the markup around the whole of each cell, keeping
// the paragraphs that HTML line breaks set apart in one on its row
// (Row.CellParagraphs), in the cell or in the row's raw text, and reads
// the columns again when the header had some.
func (t *Table) unwrapCells() {
	changed := false
	for i, c := range t.Header {
		if u := CellText(c); u != c {
			t.Header[i], changed = u, true
		}
	}
	if changed {
		t.Cols, _ = ColumnsOf(t.Header)
	}
	for _, r := range t.Rows {
		for i, c := range r.Cells {
			r.Cells[i] = CellText(c)
			ps := cellParagraphs(c)
			if ps == nil && r.Cells[i] != c {
				ps = r.CellParagraphs[c] // its style's, of the cell as it wrote it
			}
			r.KeepParagraphs(r.Cells[i], ps)
		}
		r.keepRawParagraphs()
	}
}

// dropBlankRows drops the rows whose every cell is blank: empty, or
// spaces, no-break spaces and zero-width characters alone, as an editor
// leaves a trailing row of "&nbsp;" cells. Such a row documents nothing,
// in any style.
func (t *Table) dropBlankRows() {
	t.Rows = slices.DeleteFunc(t.Rows, func(r *Row) bool {
		return !slices.ContainsFunc(r.Cells, func(c string) bool { return strings.TrimSpace(Clean(c)) != "" })
	})
}

// repeatsHeader reports whether a row's cells are the table's header
// again.
func (t *Table) repeatsHeader(r *Row) bool {
	return len(t.Header) >= 2 && sameCells(r.Cells, t.Header)
}

// sameCells reports whether two rows have the same cells, in any case and
// spacing.
func sameCells(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameText(a[i], b[i]) {
			return false
		}
	}
	return true
}

// sameText reports whether two cells say the same, in any case and
// spacing. It allocates only for cells that differ and hold spaces: it
// runs for every row.
func sameText(a, b string) bool {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	switch {
	case strings.EqualFold(a, b):
		return true
	case !strings.ContainsAny(a, " \t") && !strings.ContainsAny(b, " \t"):
		return false
	}
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// pageMarkRe matches the mark of a page of a document cut into pages:
// "Page 2 of 3", "Page 1 / 2", "- 2 -", and the marker npm pdf-parse
// sets between the pages of a PDF's text, "-- 2 of 10 --".
var pageMarkRe = regexp.MustCompile(`^(?:(?i:page)\s*\d+\s*(?:(?i:of)|/)\s*\d+|-\s*\d+\s*-|--\s*\d+\s+of\s+\d+\s*--)$`)

// footerMarkRe matches a page's header or footer line that holds the
// page's mark as its first or last part, set apart by a separator: "GearN
// Docs · API Reference · Page 3 of 4", "Page 2 / 5 | docs.example.com".
var footerMarkRe = regexp.MustCompile(`^(?:(?i:page)\s*\d+\s*(?:(?i:of)|/)\s*\d+\s+[·|•—–-]\s.*|.*\s[·|•—–-]\s+(?i:page)\s*\d+\s*(?:(?i:of)|/)\s*\d+)$`)

// urlMarkRe matches the footer a browser's print writes: the page's URL,
// then its count, "https://docs.example.com/api/x 2/4". The scheme may
// hold a letter no scheme does, a ligature that a PDF's text extraction
// misread ("ûle:///…" for "file:///…", Ghostscript's txtwrite), as
// printScheme matches.
var urlMarkRe = regexp.MustCompile(`^` + printScheme + `://\S+\s+\d{1,4}\s*/\s*\d{1,4}$`)

// printScheme matches the scheme of the URL a print writes as a running
// line: http, https or file, or a word with a letter out of ASCII, which
// no scheme holds, where a PDF's text extraction misread a ligature of
// the print's font (fi as "û": "ûle").
const printScheme = `(?:https?|file|\pL*[^\x00-\x7f]\pL*)`

// breakCommentRe matches the comment a PDF-to-Markdown converter writes
// where the PDF's page ends: "<!-- PAGE_BREAK -->" (@opendocsg/pdf2md),
// "<!-- page break -->" (docling's placeholder).
var breakCommentRe = regexp.MustCompile(`^<!--\s*(?i:page)[\s_-]*(?i:break)\s*-->$`)

// IsPageMark reports whether a line is what a page break of a document
// cut into pages leaves: the page's mark, alone or as the first or last
// part of a header or footer line, or after the page's URL, or the
// comment a converter writes at the break. Such a line is no part of the
// page's text, and none of a table it stands in.
func IsPageMark(line string) bool {
	line = strings.TrimSpace(line)
	if strings.HasPrefix(line, "<!--") {
		return breakCommentRe.MatchString(line)
	}
	// It runs for every line of every page: the patterns, each of which
	// begins the line with "page" or a dash or ends it with a digit, are
	// tried only on a line that does so, holds a digit and the word
	// "page", begins with a dash or is a URL.
	begins := line != "" && (line[0] == '-' || len(line) >= 4 && strings.EqualFold(line[:4], "page"))
	if !begins && (line == "" || line[len(line)-1] < '0' || line[len(line)-1] > '9') {
		return false
	}
	if !strings.ContainsAny(line, "0123456789") {
		return false
	}
	if strings.Contains(line, "://") {
		return urlMarkRe.MatchString(line)
	}
	if !strings.HasPrefix(line, "-") && !strings.Contains(line, "age") && !strings.Contains(line, "AGE") {
		return false
	}
	return pageMarkRe.MatchString(line) || footerMarkRe.MatchString(line)
}

// fenceRe matches a code fence with its optional info string: a
// language or a class (```json, ~~~ http, ``` syntaxhighlighter-pre,
// ```{.json}), and the attributes a site generator writes after it
// (```json title="a.json", ```js {1,3}). Words after the fence that are
// no attributes are text run onto its line ("```http POST /a"), and
// make it no fence.
var fenceRe = regexp.MustCompile("^(?:```+|~~~+)\\s*(?:[\\w+.#-]+|\\{[^{}`]*\\})?(?:\\s+(?:[\\w.-]+=(?:\"[^\"]*\"|'[^']*'|[^\\s\"'`]+)|\\{[^{}`]*\\}))*\\s*$")

// divFenceRe matches the line of a pandoc fenced div, opening (with its
// attributes or its class) or closing: three colons at least.
var divFenceRe = regexp.MustCompile(`^\s*:{3,}(?:\s*(?:\{[^{}]*\}|[\w-]+))?\s*:*\s*$`)

// IsDivFence reports whether a line opens or closes a pandoc fenced div
// (::: {#app}, ::: table-wrap, :::), which -t markdown writes for each
// <div> of a page: it frames its content and is no text of it.
func IsDivFence(line string) bool {
	return strings.Contains(line, ":::") && divFenceRe.MatchString(line)
}

// IsFence reports whether a line opens or closes a fenced code block.
func IsFence(line string) bool {
	t := strings.TrimSpace(line)
	return t != "" && (t[0] == '`' || t[0] == '~') && fenceRe.MatchString(t)
}

// refuseCellRestBetween refuses the text line right under a table, when
// a rest of the table without a header row resumes after it, that is a
// bound or a default in parentheses ("(default: 3.5)", a cell's rest
// whatever the cell: WrapRest's RestParenthesis): a tool that prints a cell's paragraphs apart (a
// text browser, under a row whose cells it sets in the middle) sets one
// there, and whether it is a cell of the row above or text that cut the
// table cannot be told.
func refuseCellRestBetween(src Source, between []Block, from, rest *Table) {
	if len(between) == 0 {
		return
	}
	b := between[0]
	if t := strings.TrimSpace(b.Text); b.Table == nil && WrapRest(src.Words, "", t) == RestParenthesis {
		src.Report.Fail(At(src.Name, b.Line), "line %d (%q), between the table at line %d and its rest at line %d, which has no header row, is a bound or a default in parentheses, as the rest of a cell is: a tool that prints a cell's paragraphs apart sets one there, and whether it is a cell of the row above it or text that cut the table cannot be told; write the paragraph in its cell, or set the text apart from the table", b.Line, Clip(t), from.Line, rest.Line)
	}
}

// rewriteLines rewrites the lines of a page outside its HTML tables
// (outsideHTMLTables) by rewrite, which returns a line's new text and how
// many things of it it rewrote (0: none), and warns once, at the first
// line it rewrote, by say: its line, that line before, the count of all
// the things rewritten and the line after. It returns the lines, changed
// or not, copying them only when one changes; page and at (Source.At)
// locate the warning. Relink and Unescape so rewrite a page.
func rewriteLines(lines []string, page string, at []int, rep *Reporter, rewrite func(string) (string, int), say string) []string {
	var out []string
	first, n := -1, 0
	for i, l := range outsideHTMLTables(lines) {
		r, k := rewrite(l)
		if k == 0 {
			continue
		}
		if out == nil {
			out = slices.Clone(lines)
			first = i
		}
		out[i] = r
		n += k
	}
	if out == nil {
		return lines
	}
	line := first + 1
	if at != nil {
		line = at[first]
	}
	rep.Warn(At(page, line), say, line, Clip(strings.TrimSpace(lines[first])), n, Clip(strings.TrimSpace(out[first])))
	return out
}
