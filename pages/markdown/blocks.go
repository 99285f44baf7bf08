package markdown

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/html"
	xhtml "golang.org/x/net/html"
)

// A Markdown page holds blocks of other forms than its own lines: HTML
// blocks, which a converter leaves where Markdown has no form for what
// the page shows (a table whose cell holds two paragraphs, <details>
// that fold an example, a callout in an <aside>), and block quotes,
// which may hold a table. They are read here into the lines and blocks
// the rest of the reader reads.

// page is a Markdown page made ready to read: its lines without the
// marks of block quotes, and the HTML blocks among them.
type page struct {
	// raw are the page's lines without their quote marks, as written
	// else: an HTML block's references are its own to decode.
	raw []string
	// lines are the page's lines with the character references a scrape
	// of its source left decoded (pages.Unescape) and then without their
	// quote marks, but for the HTML blocks, which are raw's.
	lines []string
	// htmlEnd is the index of the first line after each HTML block, by
	// the index of its first line.
	htmlEnd map[int]int
}

// readPage finds a page's block quotes and HTML blocks, and decodes the
// character references of the rest and reads its template tags
// (templateLines, rawInCode), the markup of its site generator's
// dialect (attributeLines) and the table tags glued before a ruler or a
// row (tableTagsStripped).
func readPage(src pages.Source) page {
	lines := rawInCode(src, tableTagsStripped(attributeLines(src.Lines)))
	raw := unquoted(lines, nil)
	p := page{raw: raw, htmlEnd: htmlBlocks(raw)}
	html := make([]bool, len(lines))
	for start, end := range p.htmlEnd {
		for i := start; i < end; i++ {
			html[i] = true
		}
	}
	shown := p.inlineRead(lines, html)
	decoded := make([]string, len(lines))
	for i, l := range shown {
		if html[i] {
			decoded[i] = raw[i]
		} else {
			decoded[i] = pages.DecodeReferences(l)
		}
	}
	p.lines = unquoted(templateLines(decoded), html)
	return p
}

// tableTagsRe matches a run of the tags of an HTML table's frame that
// hold no text of a cell (<colgroup>, <col />, <thead>, <tbody>, <tr>,
// their end tags) at the start of a line, before the pipe of a ruler or
// a row.
var tableTagsRe = regexp.MustCompile(`^[ \t]*(?:</?(?i:colgroup|col|table|thead|tbody|tfoot|tr)(?:[ \t/][^<>]*)?>[ \t]*)+\|`)

// tableTagsStripped returns the lines with the run of an HTML table's
// frame tags that begins a ruler or a row of pipes taken out (tableTagsRe),
// outside fenced code blocks: a converter that keeps the tags it has no
// Markdown for writes a table's <colgroup> glued before its ruler
// ("<colgroup><col /><col /></colgroup>|---|---|", as html-to-md does).
// The tags hold no text, so nothing the page shows is dropped; left, they
// would start an HTML block that swallows the table.
func tableTagsStripped(lines []string) []string {
	var out []string
	code := false
	for i, l := range lines {
		if pages.IsFence(l) {
			code = !code
		}
		if code || !strings.Contains(l, "<") {
			continue
		}
		m := tableTagsRe.FindStringIndex(l)
		if m == nil {
			continue
		}
		if out == nil {
			out = slices.Clone(lines)
		}
		out[i] = l[m[1]-1:]
	}
	if out == nil {
		return lines
	}
	return out
}

// inlineRead returns the page's lines with the inline HTML of its text
// read (html.Inline): each run of text lines, outside its HTML blocks
// (inBlock) and code blocks, up to a blank line, a table's row or a
// fence (but the blank lines between a cut tag and its rest,
// tagRestAfter), that holds the tag of an inline element (a heading's permalink
// anchor, whose tag pandoc wraps onto the next line; a <span> of a
// class) is read as the text it shows, in the elements that the HTML
// blocks before it leave open (containers); the code spans of its text
// are text, their tags and all.
func (p page) inlineRead(lines []string, inBlock []bool) []string {
	var out []string
	var within []string
	code := false
	for i := 0; i < len(lines); i++ {
		if inBlock[i] {
			if end, ok := p.htmlEnd[i]; ok {
				within = containers(within, strings.Join(p.raw[i:end], "\n"))
				i = end - 1
			}
			continue
		}
		if pages.IsFence(lines[i]) {
			code = !code
		}
		end := i
		for end < len(lines) && !code && inlineRun(lines[end]) && !inBlock[end] {
			end++
			if end < len(lines) && !inlineRun(lines[end]) {
				end = tagRestAfter(lines, inBlock, i, end)
			}
		}
		if end == i {
			continue
		}
		if !slices.ContainsFunc(lines[i:end], func(l string) bool { return html.HasInline(codeSpansMasked(l)) }) {
			i = end - 1
			continue
		}
		if out == nil {
			out = slices.Clone(lines)
		}
		run := make([]string, end-i)
		for k := range run {
			run[k] = codeSpansMasked(lines[i+k])
		}
		copy(out[i:end], html.Inline(run, within))
		i = end - 1
	}
	if out == nil {
		return lines
	}
	return out
}

// tagRestAfter returns the index of the line after the rest of the tag
// that the run of lines from i to end leaves cut (html.CutTag), when
// blank lines set it apart from the run (html.TagRest: Prettier writes
// a heading alone on its line, and the rest of its permalink's tag that
// pandoc's GFM wrapped onto the next line as a paragraph of its own);
// end when none does.
func tagRestAfter(lines []string, inBlock []bool, i, end int) int {
	cut := html.CutTag(codeSpansMasked(strings.Join(lines[i:end], "\n")))
	if cut == "" {
		return end
	}
	k := end
	for k < len(lines) && strings.TrimSpace(lines[k]) == "" && !inBlock[k] {
		k++
	}
	if k == end || k == len(lines) || inBlock[k] || !html.TagRest(cut, lines[k]) {
		return end
	}
	return k
}

// inlineRun reports whether a line may be of a run of text that inline
// HTML reads (inlineRead): not blank, no fence, no row of a table.
func inlineRun(l string) bool {
	t := strings.TrimSpace(l)
	return t != "" && !pages.IsFence(t) && !strings.HasPrefix(t, "|") && !pages.IsRuler(t)
}

// containers returns the start tags of the containers
// (pages.ContainerTags: an HTML block of a Markdown page may leave one
// open around Markdown's own blocks, as pandoc writes a page's layout: a
// <div> on a line of its own, the page's text, its </div>) left open
// after an HTML block's text, from those open before it (within, outermost
// first).
func containers(within []string, text string) []string {
	if !strings.Contains(text, "<") {
		return within
	}
	z := xhtml.NewTokenizer(strings.NewReader(text))
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return within
		case xhtml.StartTagToken:
			if name, _ := z.TagName(); pages.ContainerTags[string(name)] {
				within = append(slices.Clip(within), string(z.Raw()))
			}
		case xhtml.EndTagToken:
			name, _ := z.TagName()
			if !pages.ContainerTags[string(name)] {
				continue
			}
			for k := len(within) - 1; k >= 0; k-- {
				if tagName(strings.ToLower(within[k])) == string(name) {
					within = within[:k]
					break
				}
			}
		}
	}
}

// codeSpansMasked is a line with the "<" of its code spans (`<br>`)
// written as a character reference, which no HTML reading takes for a
// tag and the decoding of the line's references gives back.
func codeSpansMasked(l string) string {
	return masked(l, "&lt;")
}

// masked is a text with the "<" of its code spans written as mask.
func masked(l, mask string) string {
	if !strings.Contains(l, "`") || !strings.Contains(l, "<") {
		return l
	}
	parts := strings.Split(l, "`")
	for k := 1; k < len(parts)-1; k += 2 {
		parts[k] = strings.ReplaceAll(parts[k], "<", mask)
	}
	return strings.Join(parts, "`")
}

// cellMask stands for the "<" of a cell's code span while the cell's
// inline HTML is read: a character of the private use area, which no
// page writes.
const cellMask = "\ue000"

// inlineCells reads the inline HTML of the header and the rows of a
// table of pipes (html.InlineCell), as pandoc's GFM leaves a <span> of a
// class or a link with attributes in a cell: the cells are decoded
// already, and a code span's tag is text. The columns are read again
// when the header had some.
func inlineCells(tb *pages.Table) {
	read := func(cells []string) bool {
		changed := false
		for k, c := range cells {
			if m := masked(c, cellMask); html.HasInline(m) {
				cells[k], changed = strings.TrimSpace(strings.ReplaceAll(html.InlineCell(m), cellMask, "<")), true
			}
		}
		return changed
	}
	if read(tb.Header) {
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
	}
	for _, r := range tb.Rows {
		read(r.Cells)
	}
}

// quoteRe matches the marks of a block quote at the start of a line:
// ">", "> >", indented by three spaces at most.
var quoteRe = regexp.MustCompile(`^ {0,3}>(?:[ \t]?>)*[ \t]?`)

// unquoted are the lines without the marks of the block quotes they are
// in ("> | Name | Type |" is a row of a table in a quote), but in a
// fenced code block outside a quote, which the lines of a quote
// ("> x", a shell's prompt) are not, and but the lines skip tells (nil
// for none).
func unquoted(lines []string, skip []bool) []string {
	var out []string
	code := false
	for i, l := range lines {
		if skip != nil && skip[i] {
			continue
		}
		m := quoteRe.FindString(l)
		if m != "" && !code {
			if out == nil {
				out = append([]string(nil), lines...)
			}
			out[i] = l[len(m):]
		}
		if pages.IsFence(l) || m != "" && pages.IsFence(l[len(m):]) {
			code = !code
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// blockTags are the elements whose tag starts an HTML block that ends
// at a blank line, as CommonMark lists them.
var blockTags = map[string]bool{}

func init() {
	for _, t := range strings.Fields(`address article aside base basefont blockquote body caption
		center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form
		frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu
		menuitem nav noframes ol optgroup option p param search section summary table tbody td
		tfoot th thead title tr track ul`) {
		blockTags[t] = true
	}
}

// rawTags are the elements whose content is raw text, whose block ends
// at their end tag, blank lines and all.
var rawTags = []string{"pre", "script", "style", "textarea"}

// htmlBlocks finds the HTML blocks of a Markdown page's lines, outside
// fenced code blocks, at any indentation (a list item's content is
// indented): a line that begins with the tag of a block element
// (<table>, <details>, </div>) starts one, which ends at a blank line or
// a line that begins Markdown's own table, code or heading
// (markdownStart), and one that begins with a <table> tag at the line
// that closes the table (the text under it, with no blank line between,
// is the page's, not the table's), and one at the end of a line that
// begins with a start tag marked markdown="1" (markdownContent: kramdown
// and PHP Markdown Extra read the element's content as Markdown);
// one of <pre>, <script>, <style> or <textarea> ends at its end tag, a
// comment at "-->", and neither is one when nothing ends it. A blank
// line does not end a block inside a <table> that a later line closes
// (rows set apart by blank lines, or cells that hold Markdown): the
// table is one, and the rest of its rows would be no table of their
// own.
func htmlBlocks(lines []string) map[int]int {
	var ends map[int]int
	b := &blockEnds{lines: lines, never: map[string]int{}}
	code := false
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if pages.IsFence(t) {
			code = !code
		}
		if code || !strings.HasPrefix(t, "<") {
			continue
		}
		end := b.end(i)
		if end <= i {
			continue
		}
		if ends == nil {
			ends = map[int]int{}
		}
		ends[i] = end
		i = end - 1
	}
	return ends
}

// blockEnds finds where the HTML blocks of a page's lines end.
type blockEnds struct {
	lines []string
	// depth is counted at the first block that a blank line may not
	// end.
	depth *tableDepth
	// never is, for each end mark looked for in vain, the index of the
	// line from which no line holds it: a page of many comments that
	// nothing ends is read in one pass.
	never map[string]int
}

// end returns the index of the first line after the HTML block that
// starts at line i, or i when none starts there.
func (b *blockEnds) end(i int) int {
	t := strings.ToLower(strings.TrimSpace(b.lines[i]))
	if strings.HasPrefix(t, "<!--") {
		return b.endAt(i, "-->", len("<!--"))
	}
	name := tagName(t)
	for _, raw := range rawTags {
		if name == raw && !strings.HasPrefix(t, "</") {
			return b.endAt(i, "</"+raw+">", 0)
		}
	}
	if !blockTags[name] {
		return i
	}
	if b.depth == nil {
		b.depth = tableDepths(b.lines)
	}
	if markdownContent(t) {
		return i + 1
	}
	j := i + 1
	for ; j < len(b.lines); j++ {
		t := strings.TrimSpace(b.lines[j])
		if (t == "" || markdownStart(b.lines, j)) && !b.depth.closedAfter(i, j) {
			return j
		}
		if markdownContent(strings.ToLower(t)) && !b.depth.closedAfter(i, j) {
			return j + 1
		}
		if name == "table" && b.depth.at[j] <= b.depth.at[i] {
			return j // the table closed on the line before: the lines after it are the page's
		}
	}
	return j
}

// markdownAttrRe matches the markdown attribute of a start tag that
// marks its content as Markdown ("1", "block" or "span"; "0" keeps it
// raw), as kramdown and PHP Markdown Extra read it and as kramdown -o
// kramdown writes it on the elements whose content it converted.
var markdownAttrRe = regexp.MustCompile(`^<[a-z][a-z0-9]*\s(?:[^<>]*\s)?markdown=["']?(?:1|block|span)["']?[\s/>]`)

// markdownContent reports whether t, a line in lower case, begins with a
// start tag whose content is Markdown (markdownAttrRe): the HTML block
// ends with the line, and the lines after it are the page's Markdown.
func markdownContent(t string) bool {
	return strings.Contains(t, "markdown=") && markdownAttrRe.MatchString(t)
}

// atxRe matches an ATX heading: "### Response Body".
var atxRe = regexp.MustCompile(`^#{1,6}(?:[ \t]|$)`)

// markdownStart reports whether line j begins a block of Markdown's own
// that the reader reads: a table (a row of pipes above a ruler), a
// fenced code block or a heading. CommonMark would go on with the HTML
// block to a blank line, and show such lines as text; a page whose
// writer left no blank line after its HTML (</details>, then the
// example's fence) means them as what they look like.
func markdownStart(lines []string, j int) bool {
	t := strings.TrimSpace(lines[j])
	return strings.HasPrefix(t, "|") && j+1 < len(lines) && pages.IsRuler(lines[j+1]) || pages.IsFence(t) || atxRe.MatchString(t)
}

// endAt returns the index of the line after the first that holds mark,
// from the line i on (past its first skip bytes), in any case; i when
// none does.
func (b *blockEnds) endAt(i int, mark string, skip int) int {
	if from, ok := b.never[mark]; ok && from <= i {
		return i
	}
	for j := i; j < len(b.lines); j++ {
		l := strings.ToLower(b.lines[j])
		if j == i {
			l = strings.TrimSpace(l)[skip:]
		}
		if strings.Contains(l, mark) {
			return j + 1
		}
	}
	b.never[mark] = i + 1
	return i
}

// tagName is the name of the tag that begins t, in lower case, after
// its "<" or "</": empty when no name follows, or when a character that
// ends no tag name follows it.
func tagName(t string) string {
	t = strings.TrimPrefix(strings.TrimPrefix(t, "<"), "/")
	n := 0
	for n < len(t) && (pages.IsASCIILetter(t[n]) || n > 0 && t[n] >= '0' && t[n] <= '9') {
		n++
	}
	if n == 0 || n < len(t) && !strings.ContainsRune(" \t>/", rune(t[n])) {
		return ""
	}
	return strings.ToLower(t[:n])
}

// tableDepth tells how deep in <table> elements each line of a page
// begins, counting from its start, and the least depth any later line
// begins at.
type tableDepth struct {
	at, leastAfter []int
}

// tableDepths counts the <table> start and end tags of each line.
func tableDepths(lines []string) *tableDepth {
	d := &tableDepth{at: make([]int, len(lines)+1), leastAfter: make([]int, len(lines)+2)}
	for i, l := range lines {
		d.at[i+1] = d.at[i]
		if strings.Contains(l, "<") {
			l = strings.ToLower(l)
			d.at[i+1] += strings.Count(l, "<table") - strings.Count(l, "</table")
		}
	}
	d.leastAfter[len(lines)+1] = d.at[len(lines)]
	for i := len(lines); i >= 0; i-- {
		d.leastAfter[i] = min(d.at[i], d.leastAfter[i+1])
	}
	return d
}

// closedAfter reports whether line j is inside a <table> of the block
// that starts at line i, which a line after j closes.
func (d *tableDepth) closedAfter(i, j int) bool {
	return d.at[j] > d.at[i] && d.leastAfter[j+1] <= d.at[i]
}

// embedded returns the blocks of the HTML block that starts at line i,
// read by the HTML style, with the index of the line after it; end is
// i when none starts there. A block that holds the markup of a table's
// rows or cells outside a <table>, which an HTML reading drops, is
// refused at the line of its first such tag (html.Fragment); a <table>
// that makes no table was read otherwise, as a code block a site
// generator numbered in a table is. A comment alone on its line that
// marks a page break ("<!-- PAGE_BREAK -->", as a PDF-to-Markdown
// converter writes it) is kept as the line of text it is, for pages.Read
// to tell the tables it cuts (pages.IsPageMark). A block glued after the
// table's closing line is warned of (pages.WarnGluedAfterTable).
func (p page) embedded(src pages.Source, i int) ([]pages.Block, int) {
	end, ok := p.htmlEnd[i]
	if !ok {
		return nil, i
	}
	if end == i+1 && pages.IsPageMark(p.raw[i]) {
		return []pages.Block{{Line: i + 1, Text: strings.TrimSpace(p.raw[i])}}, end
	}
	src.Lines = p.raw
	blocks := html.Fragment(src, i, end)
	for _, b := range blocks {
		if b.Table != nil {
			unescapeHTMLCells(src, b.Table)
		}
	}
	if len(blocks) > 0 && pages.StartsHTMLTable(p.raw[i]) {
		pages.WarnGluedAfterTable(src, blocks[len(blocks)-1].Line, blocks[0].Line, p.raw[end-1])
	}
	return blocks, end
}

// unescapeHTMLCells decodes the backslash escapes of Markdown in the
// cells of an HTML table a Markdown page holds (pages.Unescaped), with a
// warning at its first escaped cell: HTML has none, and Markdown keeps
// an HTML block as it is written, but a converter that writes Markdown
// and keeps as HTML a table it has no form for escapes the text of its
// cells as it escapes the page's ("KakaoAK \{ADMIN\_KEY\}", as html2wiki
// writes it), which the page's source did not hold.
func unescapeHTMLCells(src pages.Source, tb *pages.Table) {
	first, n := 0, 0
	decode := func(c string, line int) string {
		u := pages.Unescaped(c)
		if u != c {
			if n++; n == 1 {
				first = line
			}
		}
		return u
	}
	for k, c := range tb.Header {
		tb.Header[k] = decode(c, tb.Line)
	}
	for _, r := range tb.Rows {
		for k, c := range r.Cells {
			r.Cells[k] = decode(c, r.Line)
		}
	}
	if n > 0 {
		src.Report.Warn(pages.At(src.Name, first), "the HTML table at line %d holds Markdown's backslash escapes in %d of its cells, the first in the row at line %d, as a converter that writes Markdown escapes the text of a table it keeps as HTML: read as the characters they escape; write the characters themselves if a backslash is the cell's text", tb.Line, n, first)
	}
}

// text is a text line's text without its Markdown: its links read as
// their text (pages.Unlinked: "see [Invitations](Invitations.md)"), its
// backslash escapes decoded ("2\. Server",
// "GenericModels.PushTarget\[\]"), its heading marks dropped
// (pages.StripHeading); a line that begins with an escaped mark ("\#
// 1", "\- See [Reward](#reward)", as Google Docs escapes a mark that
// would begin a heading or a list) is no heading, its links read as
// their text all the same.
func text(t string) string {
	if strings.HasPrefix(t, `\`) {
		return pages.Unescaped(pages.Unlinked(t))
	}
	return pages.StripHeading(pages.Unescaped(pages.Unlinked(t)))
}
