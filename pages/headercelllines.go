package pages

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// A header whose cells run together may stand over rows written one cell
// a line, no blank line between them: node-html-parser's structuredText
// writes each <td> on a line of its own, but the <th> cells of a header
// row, no block elements to it, run together ("NameTypeMandatoryDescription",
// "Status CodeStatus Code DescriptionStatus Code Detailed Description").
// A converter that lost a table to one cell a line writes it so in a page
// of any style. The rows are read one way for every style
// (cellLinesTable): the header's columns one a line over the lines
// under it, read by the reading of a table one cell a line
// (Source.OneCellPerLine). Read does so for the text blocks a style
// leaves (headerCellLines); a style of lines whose own reading would
// take such a header's lines first (flattened text reads the line under
// it as a row of its cells run together, Markdown as a table written as
// text a paragraph a row) has LineForms.Blocks read them before its
// tables (CellLineHeaders), with its guard of the line under the header
// (LoneCell).

// LoneCell reports, of the line under a header whose cells run together,
// of the columns head, the first codes of them code columns (0 for a
// table of fields or an enum's), whether it is a row's first cell alone:
// the header is read over rows one cell a line only then, as a style
// that reads that line otherwise (a row whose cells run together) tells.
type LoneCell func(head []string, codes int, line string) bool

// CellLineHeaders is how LineForms.Blocks reads, before a style's tables,
// the headers whose cells run together over rows written one cell a
// line (cellLinesTable) of a page of a style of lines.
type CellLineHeaders struct {
	// Source is the page's source: its name, its report, its lexicon and
	// its reading of a table one cell a line (none reads nothing).
	Source Source
	// Lone, when set, is the style's guard of the line under the header
	// (LoneCell); any line passes when it is not set.
	Lone LoneCell
	// Read, when set, is told of each table read so, its header at line
	// i of the page, and the index of the line after it, as the style's
	// own reading would have noted the table.
	Read func(tb *Table, i, end int)
}

// tableAt reads the table whose header, its cells run together, is
// line i of the page's lines, as the style reads them (texts), over rows
// written one cell a line, and returns it with the index of the line
// after it; nil where there is none.
func (h *CellLineHeaders) tableAt(texts *lineTexts, i int) (*Table, int) {
	lines := texts.lines
	if h.Source.OneCellPerLine == nil || i+1 >= len(lines) || !IsRunHeader(texts.at(i), h.Source.Words) {
		return nil, i + 1
	}
	src := h.Source
	src.Lines, src.At = texts.read(), nil
	tb, end := cellLinesTable(src, i, h.Lone)
	if tb != nil && h.Read != nil {
		h.Read(tb, i, end)
	}
	return tb, end
}

// lineTexts are the lines of a page as a style of lines reads them: each
// line's text, trimmed, a blank line "". Each line's text is made once,
// at its first use: LineForms.Blocks reads a text block's text, and
// CellLineHeaders looks for a header whose cells run together in every
// line's, and reads every header of a page in the texts of all its lines,
// which no reading of a table changes.
type lineTexts struct {
	// lines are the page's lines.
	lines []string
	// text is the text of a line, trimmed, without the markup of the
	// style.
	text func(string) string
	// texts are the lines' texts, each made where made is set; all
	// tells that every line's is made.
	texts []string
	made  []bool
	all   bool
}

// at returns the text of line i, made at the first call.
func (t *lineTexts) at(i int) string {
	if t.made == nil {
		t.texts, t.made = make([]string, len(t.lines)), make([]bool, len(t.lines))
	}
	if !t.made[i] {
		t.made[i] = true
		if l := strings.TrimSpace(t.lines[i]); l != "" {
			t.texts[i] = t.text(l)
		}
	}
	return t.texts[i]
}

// read returns the texts of all the lines.
func (t *lineTexts) read() []string {
	if !t.all {
		for k := range t.lines {
			t.at(k)
		}
		t.all = true
	}
	return t.texts
}

// headerCellLines returns blocks with each header whose cells run
// together, a text block, over text blocks of rows written one cell a
// line right under it, no blank line between them, read as that table
// (cellLinesTable), with a warning naming the form. A page with none is
// returned as it is.
func headerCellLines(src Source, blocks []Block) []Block {
	if src.OneCellPerLine == nil {
		return blocks
	}
	var out []Block
	page := src.PageLines()
	for k := 0; k < len(blocks); {
		tb, next := headerCellLinesAt(src, page, blocks, k)
		if tb == nil {
			if out != nil {
				out = append(out, blocks[k])
			}
			k++
			continue
		}
		if out == nil {
			out = append(make([]Block, 0, len(blocks)), blocks[:k]...)
		}
		out = append(out, Block{Line: tb.Line, Table: tb})
		k = next
	}
	if out == nil {
		return blocks
	}
	return out
}

// headerCellLinesAt reads the table whose header, its cells run
// together, is the text block blocks[k], over rows written one cell a
// line in the text blocks right under it, and returns it with the index
// of the block after its last row; nil where blocks[k] is no such header.
// The text blocks after them, a blank line where the page has one
// between two, are read too, for rows a title and a blank line cut from
// the table (strayRowsAfter).
func headerCellLinesAt(src Source, page []string, blocks []Block, k int) (*Table, int) {
	b := blocks[k]
	if b.Table != nil || k+1 == len(blocks) || blocks[k+1].Table != nil || blankBetween(page, b.Line, blocks[k+1].Line) || !IsRunHeader(strings.TrimSpace(b.Text), src.Words) {
		return nil, k + 1
	}
	sub := src
	sub.Lines, sub.At = nil, nil
	for j := k; j < len(blocks); j++ {
		if blocks[j].Table != nil || j > k && blocks[j].Line <= blocks[j-1].Line {
			break
		}
		if j > k && blankBetween(page, blocks[j-1].Line, blocks[j].Line) {
			sub.Lines, sub.At = append(sub.Lines, ""), append(sub.At, blocks[j-1].Line+1)
		}
		sub.Lines, sub.At = append(sub.Lines, strings.TrimSpace(blocks[j].Text)), append(sub.At, blocks[j].Line)
	}
	tb, n := cellLinesTable(sub, 0, nil)
	if tb == nil {
		return nil, k + 1
	}
	return tb, k + n
}

// blankBetween reports whether a page line between page lines from and
// to is blank.
func blankBetween(page []string, from, to int) bool {
	for l := from + 1; l < to && l <= len(page); l++ {
		if strings.TrimSpace(page[l-1]) == "" {
			return true
		}
	}
	return false
}

// cellLinesTable reads the table whose header, its cells run together,
// is line i of src, of fields' column words (RunTogetherHeader,
// GluedRunTogetherHeader) or of the labels of the source's protocol's
// codes (CodeRunHeader), over rows written one cell a line: the lines
// right under it up to a blank line or a header run together
// (IsRunHeader), up to a title that ends a table (the lexicon's
// EndsTable) the reading took in (titleAfter), read, the header's
// columns one a line over them, as a table one cell a line whose first
// row starts right under the header (Source.OneCellPerLine), its rows
// fitting the header's columns (rowsFitColumns). It returns that table,
// at the header's line, with a warning naming the form and the
// reading's own warnings, and the index of the line after its last row;
// nil and i+1 where the lines are none such. src.At holds the lines'
// numbers, nil where line i is number i+1. Where lone is set, the line
// under the header must be a row's first cell alone by it (LoneCell).
func cellLinesTable(src Source, i int, lone LoneCell) (*Table, int) {
	if src.OneCellPerLine == nil || i+1 >= len(src.Lines) {
		return nil, i + 1
	}
	at := func(n int) int {
		if src.At == nil {
			return n + 1
		}
		return src.At[n]
	}
	t := strings.TrimSpace(src.Lines[i])
	head, written := RunTogetherHeader(t), []string(nil)
	if head == nil {
		head, written = GluedRunTogetherHeader(t)
	} else {
		written = head
	}
	codes := 0
	var glued []Glued
	seams := false
	if head == nil {
		head, codes, glued, seams = CodeRunHeader(t, src.Words)
		if head == nil {
			return nil, i + 1
		}
		written = slices.Clone(head)
		if glued != nil {
			written[0] = glued[0].Title + glued[0].Word
		}
	}
	if lone != nil && !lone(head, codes, strings.TrimSpace(src.Lines[i+1])) {
		return nil, i + 1
	}
	sub := Source{Name: src.Name, Report: &Reporter{}}
	for _, h := range head {
		sub.Lines, sub.At = append(sub.Lines, h), append(sub.At, at(i))
	}
	for k := i + 1; k < len(src.Lines); k++ {
		t := strings.TrimSpace(src.Lines[k])
		if t == "" || IsRunHeader(t, src.Words) {
			break
		}
		sub.Lines, sub.At = append(sub.Lines, t), append(sub.At, at(k))
	}
	read := ReadLocated(sub, src.OneCellPerLine)
	if len(read) == 0 || read[0].Table == nil {
		return nil, i + 1
	}
	if src.Words != nil {
		if n := titleAfter(read[0].Table, sub, func(t string) bool { return src.Words.EndsTable(StripHeading(t)) }); n > 0 {
			sub.Lines, sub.At, sub.Report = sub.Lines[:n], sub.At[:n], &Reporter{}
			read = ReadLocated(sub, src.OneCellPerLine)
			if len(read) == 0 || read[0].Table == nil {
				return nil, i + 1
			}
		}
	}
	tb := read[0].Table
	if tb.Line != at(i) || len(tb.Header) != len(head) || len(tb.Rows) == 0 || tb.Rows[0].Line != at(i+1) || len(tb.Wrapped) > 0 || !rowsFitColumns(tb, head, codes) {
		return nil, i + 1
	}
	end := sub.At[len(sub.At)-1]
	if len(read) > 1 {
		end = read[1].Line - 1
	}
	next := i + 1
	for next < len(src.Lines) && next-i < len(sub.Lines)-len(head)+1 && at(next) <= end {
		next++
	}
	last := tb.Rows[len(tb.Rows)-1]
	strayRowsAfter(src, i, next, head, codes, at)
	if next < len(src.Lines) && strings.TrimSpace(src.Lines[next]) == "" && last.Cells[len(last.Cells)-1] == strings.TrimSpace(src.Lines[next-1]) {
		strayRowsAfter(src, i, next-1, head, codes, at)
	}
	how := ""
	if seams {
		how = " (its header cut where a capital follows a letter with no space between, each piece a label that names a column)"
	}
	src.Report.Warn(At(src.Name, at(i)), "the table at line %d has its header's cells run together over rows written one cell a line, as node-html-parser's structuredText writes a table: read lines %d to %d as its %d rows of the columns %s%s", at(i), at(i+1), max(last.Line, end), len(tb.Rows), strings.Join(head, " | "), how)
	src.Report.Merge(sub.Report)
	tb.Header, tb.Glued = written, glued
	return tb, next
}

// strayRowsAfter refuses, and reports, rows of the columns head written
// one cell a line that follow a title cut from the table whose header is
// line i of src, ending before line k, by a blank line: an author who
// split the table into parts, or a scrape that kept a part's title and
// lost its header row. The title is line k, a line of text alone right
// after the table, or the table's last line where the reading took it
// for its last row's last cell, as it does for a row short of an empty
// last cell, which leaves no line (Name | Code | Description,
// "GNArrayNull", "13", "Other fields"). The rows are the lines after the
// blank up to the next blank line or header run together, one row at
// least, which under a header of three columns or more may be one cell
// short, as a row whose Type or Required cell is empty leaves no line
// for it: read one cell a line under head after the table's own rows,
// as cellLinesTable reads the table (a short row is told by the rows
// around it), a row of them begins at the first, its first cell a name
// or a code; read as text they would be left out of the schema
// (StrayCheck).
func strayRowsAfter(src Source, i, k int, head []string, codes int, at func(int) int) {
	if k+2 >= len(src.Lines) || strings.TrimSpace(src.Lines[k]) == "" || strings.TrimSpace(src.Lines[k+1]) != "" {
		return
	}
	first := k + 1
	for first < len(src.Lines) && strings.TrimSpace(src.Lines[first]) == "" {
		first++
	}
	sub := Source{Name: src.Name, Report: &Reporter{}}
	for _, h := range head {
		sub.Lines, sub.At = append(sub.Lines, h), append(sub.At, at(i))
	}
	for n := i + 1; n < k; n++ {
		sub.Lines, sub.At = append(sub.Lines, strings.TrimSpace(src.Lines[n])), append(sub.At, at(n))
	}
	rows := len(sub.Lines)
	for n := first; n < len(src.Lines); n++ {
		t := strings.TrimSpace(src.Lines[n])
		if t == "" || IsRunHeader(t, src.Words) {
			break
		}
		sub.Lines, sub.At = append(sub.Lines, t), append(sub.At, at(n))
	}
	short := 0
	if len(head) >= 3 {
		short = 1
	}
	if len(sub.Lines)-rows < len(head)-short {
		return
	}
	read := ReadLocated(sub, src.OneCellPerLine)
	if len(read) == 0 || read[0].Table == nil {
		return
	}
	tb := read[0].Table
	r := slices.IndexFunc(tb.Rows, func(r *Row) bool { return r.Line == at(first) })
	if len(tb.Header) != len(head) || r < 0 || len(tb.Wrapped) > 0 || !cellLike(tb.Rows[r].Cells[0]) || !rowsFitColumns(tb, head, codes) {
		return
	}
	row := tb.Rows[r]
	StrayCheck{Table: &Table{Line: at(i), Header: head}, Split: "one cell a line", Match: MatchColumns, Cut: at(k)}.Refuse(src, row.Line, rowEnd(sub, read, r), row.Cells)
}

// rowEnd returns the last line of row r of the table read from sub, the
// header's lines and the rows' one cell a line: the line before the next
// row, or before the block after the table, or sub's last. A row's empty
// cells leave no line, so its cells do not count its lines.
func rowEnd(sub Source, read []Block, r int) int {
	tb, bound := read[0].Table, sub.At[len(sub.At)-1]
	if r+1 < len(tb.Rows) {
		bound = tb.Rows[r+1].Line - 1
	} else if len(read) > 1 {
		bound = read[1].Line - 1
	}
	end := tb.Rows[r].Line
	for _, l := range sub.At {
		if l <= bound {
			end = max(end, l)
		}
	}
	return end
}

// rowsFitColumns reports whether the rows of tb, read one cell a line
// under head, fit its columns: where head is of a table of codes, its
// first codes columns codes, each row's first cell a status code alone
// and no cell after its codes one; where head is an enum's (KindEnum),
// each cell of its Code column a number, as an enum's rows of a name run
// into its code, one a line ("Common1", "Uncommon2"), would not read if
// taken a cell a line. The Code column of a table of fields (Code |
// Type | Required | Description) holds the fields' names.
func rowsFitColumns(tb *Table, head []string, codes int) bool {
	if codes > 0 {
		return !slices.ContainsFunc(tb.Rows, func(r *Row) bool {
			return !IsLoneStatusCode(r.Cells[0]) || slices.ContainsFunc(r.Cells[codes:], IsLoneStatusCode)
		})
	}
	cols, _ := ColumnsOf(head)
	if (&Table{Cols: cols}).Kind() != KindEnum {
		return true
	}
	return !slices.ContainsFunc(tb.Rows, func(r *Row) bool {
		for c, col := range cols {
			if col == ColCode && !numberCellRe.MatchString(r.Cells[c]) {
				return true
			}
		}
		return false
	})
}

// IsRunHeader reports whether a line is a header whose cells run
// together, of fields (RunTogetherHeader, GluedRunTogetherHeader) or of
// codes (CodeRunHeader).
func IsRunHeader(t string, lex Lexicon) bool {
	if RunTogetherHeader(t) != nil {
		return true
	}
	if h, _ := GluedRunTogetherHeader(t); h != nil {
		return true
	}
	l, _, _, _ := CodeRunHeader(t, lex)
	return l != nil
}

// titleAfter returns the index in sub's lines of the first title that
// ends a table (ends) which the reading one cell a line took into the
// table tb, or 0 where there is none: a line the reading joined to the
// cell before it, as the text of a cell that wraps ("Example Request"
// after a row's description), or the first cell of a row, a title of
// words (a name or a code is one word; a word the lexicon takes for a
// type's heading, "Authorization", may be a row's name).
func titleAfter(tb *Table, sub Source, ends func(string) bool) int {
	whole := map[string]bool{}
	first := map[int]bool{}
	for _, r := range tb.Rows {
		for _, c := range r.Cells {
			whole[c] = true
		}
		if strings.Contains(r.Cells[0], " ") {
			first[r.Line] = true
		}
	}
	for n := len(tb.Header); n < len(sub.Lines); n++ {
		if t := sub.Lines[n]; ends(t) && (!whole[t] || first[sub.At[n]]) {
			return n
		}
	}
	return 0
}

// numberCellRe matches a cell that is a number, signed or not.
var numberCellRe = regexp.MustCompile(`^[-+]?[0-9]+$`)

// loneStatusCodeRe matches a status code or range alone, a range's note
// or not ("200", "4xx (custom status)").
var loneStatusCodeRe = regexp.MustCompile(`^[1-5][0-9xX]{2}(?:\s*\([^()]*\))?$`)

// IsLoneStatusCode reports whether a line is a status code or range
// alone, the first cell of a row of a table of codes written one cell a
// line.
func IsLoneStatusCode(r string) bool {
	return loneStatusCodeRe.MatchString(r)
}

// CodeRunHeader reads a line as the header of a table of codes whose
// cells run together, by the header rows the lexicon's protocol writes
// (lex a CodeLabeller): it returns the labels the line holds, in its
// order, and how many of them, at its start, name code columns (one or
// two); nil where the line is none. A header names a code column first
// and a description last, each label once. A title a copy that lost a
// line break ran into the header ("Response Status CodeStatus Code…") is
// no label: glued holds the ways the title and the first label make a
// seam (GluedSplits), which Read keeps as the table's Glued, and the
// labels are read after the title. A header in labels the protocol does
// not write ("Status CodeDetail CodeMessageDescription") is read at its
// seams (SeamCodeLabels), seams set: its reading warns so.
func CodeRunHeader(line string, lex Lexicon) (labels []string, codes int, glued []Glued, seams bool) {
	cl, ok := lex.(CodeLabeller)
	if !ok || line == "" || strings.Contains(line, "|") {
		return nil, 0, nil, false
	}
	for from := 0; from < len(line) && from < MaxTitleRun; from++ {
		if from > 0 && !unicode.IsUpper(rune(line[from])) {
			continue
		}
		for _, head := range cl.CodeLabels() {
			labels := splitLabels(line[from:], head, nil)
			codes := CodeColumns(labels)
			if codes == 0 {
				continue
			}
			if from == 0 {
				return labels, codes, nil, false
			}
			first := line[:from+len(labels[0])]
			glued = slices.DeleteFunc(GluedSplits(first), func(g Glued) bool { return g.Word != labels[0] })
			if len(glued) == 0 {
				continue
			}
			return labels, codes, glued, false
		}
	}
	if labels, codes := SeamCodeLabels(line); labels != nil {
		return labels, codes, nil, true
	}
	return nil, 0, nil, false
}

// splitLabels splits rest into labels of head, in head's order, some
// left out, appending them to got; nil where it does not split so. Each
// label follows the one before it in head, so a split is one way.
func splitLabels(rest string, head, got []string) []string {
	if rest == "" {
		return got
	}
	for k, l := range head {
		if len(rest) >= len(l) && strings.EqualFold(rest[:len(l)], l) {
			if out := splitLabels(rest[len(l):], head[k+1:], append(got, l)); out != nil {
				return out
			}
		}
	}
	return nil
}
