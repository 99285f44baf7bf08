package pages

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"
)

// A table printed one cell per line (a blank line between cells, the
// header one column word a line, maybe printed twice) is a form a
// converter writes inside a page of another style: html2markdown without
// its table plugin writes a wiki table's cells as paragraphs among the
// page's Markdown tables, a text browser a table it could not lay out
// among its aligned ones. The style reads its lines as text. The form
// has one reader, the style of a page printed one cell per line
// (Source.OneCellPerLine), which this package cannot import: cellRunTables
// hands it each run of text lines, and takes its reading where it finds
// a table there. So a table printed one cell per line is read alike in
// every style: its header told by the same words, an empty cell told by
// the blank lines it leaves, a lost cell put where its row's columns
// tell with a warning, or refused at its row.

// A Headed style marks its headings with markup of its own ("h2. Title",
// "* Title", "== Title ==", an underline of its punctuation), which it
// reads as a line of text: a run of text that may print a table one cell
// per line ends at them (cellRunTables), as the form's reader would take
// a heading for a cell, and the cells of the next section for another
// table of the run. A style that is not Headed marks its headings as
// Markdown does ("#", an underline of "=" or "-": MarkdownHeadingAt).
type Headed interface {
	// HeadingAt reports whether page line n (from 1) of page, a
	// source's lines at their page lines, is a heading of the style (the
	// line of its title).
	HeadingAt(page []string, n int) bool
}

// cellRunTables returns blocks with each run of text lines that prints a
// table one cell per line read as that table by the source's reading of
// the form (Source.OneCellPerLine), with a warning naming the form. A run
// is the text blocks between two tables, code blocks or headings of the
// style (Headed), with the header before them of a table the style read
// without rows (a header on one line over cells one a line). A page with
// none is returned as it is.
func cellRunTables(st Style, src Source, blocks []Block) []Block {
	if src.OneCellPerLine == nil {
		return blocks
	}
	heading := MarkdownHeadingAt
	if h, ok := st.(Headed); ok {
		heading = h.HeadingAt
	}
	var out []Block
	code := false
	page := src.PageLines()
	numbered := NumbersLinks(page)
	for k := 0; k < len(blocks); {
		if blocks[k].Table == nil && IsFence(blocks[k].Text) {
			code = !code
		}
		var read []Block
		next := k + 1
		if !code {
			read, next = cellRun(src, page, numbered, heading, blocks, k)
		}
		if read == nil {
			if out != nil {
				out = append(out, blocks[k:next]...)
			}
			k = next
			continue
		}
		if out == nil {
			out = append(make([]Block, 0, len(blocks)), blocks[:k]...)
		}
		out = append(out, read...)
		k = next
	}
	if out == nil {
		return blocks
	}
	return out
}

// cellRun reads the run of text blocks that starts at blocks[k] with the
// source's reading of the form, and returns its blocks and the index of
// the block after the run; nil blocks when the reading holds no table,
// and then nothing it reported is kept. page is the source's lines at
// their page lines (Source.PageLines), numbered tells that it numbers its
// links (NumbersLinks: the run is read without their marks, which are no
// text of its cells), heading tells its headings (Headed).
func cellRun(src Source, page []string, numbered bool, heading func(page []string, n int) bool, blocks []Block, k int) ([]Block, int) {
	sub, end := cellRunSource(src, page, heading, blocks, k)
	if sub.Lines == nil {
		return nil, end
	}
	if numbered {
		sub.Lines = eachUnnumbered(sub.Lines)
	}
	rep := &Reporter{}
	sub.Report = rep
	read := ReadLocated(sub, src.OneCellPerLine)
	tables := 0
	for i, b := range read {
		if b.Table == nil {
			continue
		}
		if !fieldColumns(b.Table.Header) || b.Table.Line >= len(page) || strings.TrimSpace(page[b.Table.Line]) != "" && !rowBlocks(page, b.Table) {
			return nil, end
		}
		tables++
		last := b.Table.Line
		if i+1 < len(read) {
			last = max(last, lastTextLine(blocks[k:end], read[i+1].Line))
		} else {
			last = max(last, blocks[end-1].Line)
		}
		form := "a blank line between cells"
		if rowBlocks(page, b.Table) {
			form = "no blank line between cells but one for each empty cell, two or more between rows"
		}
		rep.Warn(At(src.Name, b.Table.Line), "read lines %d to %d as a table printed one cell per line (%s), its header %s over %d rows", b.Table.Line, last, form, strings.Join(b.Table.Header, " | "), len(b.Table.Rows))
	}
	if tables == 0 {
		return nil, end
	}
	src.Report.Merge(rep)
	return read, end
}

// rowBlocks reports whether the table tb, read by the form's reader from
// a page's lines page, is written as blocks of lines: its header's cells
// on lines of their own right under one another, two blank lines or more
// after them, and each of its rows set apart from what stands before it
// by two blank lines or more, no blank line between its cells but one
// for each empty cell. A tool that prints an HTML table a cell a line
// writes it so (glamour, of the raw HTML table pandoc writes for a
// table that a pipe table cannot hold; xmllint's string() of a table).
func rowBlocks(page []string, tb *Table) bool {
	blank := func(n int) bool { return n >= 1 && n <= len(page) && strings.TrimSpace(page[n-1]) == "" }
	w := len(tb.Header)
	if len(tb.Rows) == 0 || tb.Line+w+1 > len(page) {
		return false
	}
	for k, h := range tb.Header {
		if strings.TrimSpace(page[tb.Line+k-1]) != h {
			return false
		}
	}
	if !blank(tb.Line+w) || !blank(tb.Line+w+1) {
		return false
	}
	for _, r := range tb.Rows {
		if blank(r.Line) || !blank(r.Line-1) || !blank(r.Line-2) {
			return false
		}
	}
	return true
}

// fieldColumns reports whether a header names a field or a code and has
// three columns at least (Name | Type | Description, Name | Code |
// Description): a table whose rows document members, which the form's
// reading of lines a page of another style leaves as text may take as
// its header only so (a heading over a paragraph, "Description" under
// an endpoint's path, is no header). cellRun takes a reading only where
// each of its tables has such a header, a blank line under the header's
// first line (the form with blank lines between cells: one without
// them, lines of text one under the other, is no form a converter
// writes among another style's tables, but where its rows are blocks,
// rowBlocks); a run whose reading holds another table is left as the
// style read it.
func fieldColumns(head []string) bool {
	cols, _ := ColumnsOf(head)
	return len(head) >= 3 && (slices.Contains(cols, ColName) || slices.Contains(cols, ColCode))
}

// fieldColumnWords are the words of ColumnWords that name a Name or a
// Code column, in lower case, of letters only ("name", "param").
var fieldColumnWords = func() []string {
	var out []string
	for w, k := range ColumnWords {
		if k != ColName && k != ColCode {
			continue
		}
		var b []byte
		for i := 0; i < len(w); i++ {
			if c := lowerASCII(w[i]); 'a' <= c && c <= 'z' {
				b = append(b, c)
			} else if c >= utf8.RuneSelf {
				b = nil // not ASCII: mayNameFieldColumn reads such a page whole
				break
			}
		}
		if b != nil {
			out = append(out, string(b))
		}
	}
	return out
}()

// mayNameFieldColumn reports whether the run of text cellRun would hand
// the form's reader, the cells of header then the texts of the blocks of
// run (its blank lines left out: they hold no letter), may hold a header
// cell that names a Name or a Code column (fieldColumns), without which
// cellRun takes no reading of them: it rules out at one look, before the
// run's lines are made and the reader reads them, the runs of plain ASCII
// whose letters, in lower case and run together (the reader joins lines
// and drops markers, spaces and escapes, never letters), hold no word of
// such a column. A run with a byte the reader may read as letters or drop
// letters with (a tag, an entity, a link, any byte not ASCII) may hold
// one.
func mayNameFieldColumn(header []string, run []Block) bool {
	var buf [256]byte
	letters := buf[:0]
	for _, l := range header {
		var ok bool
		if letters, ok = appendLetters(letters, l); !ok {
			return true
		}
	}
	for _, b := range run {
		var ok bool
		if letters, ok = appendLetters(letters, b.Text); !ok {
			return true
		}
	}
	for _, w := range fieldColumnWords {
		if bytes.Contains(letters, []byte(w)) {
			return true
		}
	}
	return false
}

// appendLetters appends the ASCII letters of l to letters, in lower
// case; ok is false for a line with a byte the form's reader may read as
// letters or drop letters with (mayNameFieldColumn).
func appendLetters(letters []byte, l string) (_ []byte, ok bool) {
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case c >= utf8.RuneSelf, c == '<', c == '&', c == '[', c == ']':
			return letters, false
		case 'A' <= c && c <= 'Z':
			letters = append(letters, c+'a'-'A')
		case 'a' <= c && c <= 'z':
			letters = append(letters, c)
		}
	}
	return letters, true
}

// lastTextLine is the line of the last text block of run before line.
func lastTextLine(run []Block, line int) int {
	last := 0
	for _, b := range run {
		if b.Table == nil && b.Line < line {
			last = b.Line
		}
	}
	return last
}

// cellRunSource returns the lines of the run of text blocks that starts
// at blocks[k], as the form's reader reads them, located at their page
// lines, and the index of the block after the run: each block's text on
// its line, a blank line for each page line between two blocks (where a
// blank line between cells, or two more for an empty cell, stood). A run
// that starts with a table is none, but for a table the style read
// without rows, its header on one line (of at least three cells) right
// over text: its cells come first, one a line with a blank line between
// them, at the header's line. The run ends before a table, a code
// fence, a heading (heading, the style's: it reads it as a line of text,
// the form's reader would as a cell), or a block on the line of the one
// before (no line of its own). Where there is no run, the index is k+1;
// a run whose reading could hold no table cellRun takes
// (mayNameFieldColumn) is returned without its lines, which are not made.
func cellRunSource(src Source, page []string, heading func(page []string, n int) bool, blocks []Block, k int) (Source, int) {
	sub := Source{Name: src.Name}
	if blocks[k].Table == nil && heading(page, blocks[k].Line) {
		return Source{}, k + 1
	}
	// header is the cells of the header the run starts with, at line
	// headLine; start the index of its first text block.
	var header []string
	headLine, start := 0, k
	if t := blocks[k].Table; t != nil {
		if len(t.Rows) > 0 || len(t.Header) < 3 || k+1 == len(blocks) || blocks[k+1].Table != nil {
			return sub, k + 1
		}
		header, headLine, start = t.Header, t.Line, k+1
	}
	end := start
	for prev := blocks[k].Line; end < len(blocks) && blocks[end].Table == nil && !IsFence(blocks[end].Text) && !heading(page, blocks[end].Line); end++ {
		if end > k && blocks[end].Line <= prev {
			break
		}
		prev = blocks[end].Line
	}
	if end == k {
		return Source{}, k + 1
	}
	if !mayNameFieldColumn(header, blocks[start:end]) {
		return Source{}, end
	}
	for i, h := range header {
		if i > 0 {
			sub.Lines, sub.At = append(sub.Lines, ""), append(sub.At, headLine)
		}
		sub.Lines, sub.At = append(sub.Lines, h), append(sub.At, headLine)
	}
	prev := blocks[k].Line
	for n, b := range blocks[start:end] {
		if start+n > k {
			for _, l := range gapLines(page, prev, b.Line) {
				sub.Lines, sub.At = append(sub.Lines, ""), append(sub.At, l)
			}
		}
		sub.Lines, sub.At = append(sub.Lines, b.Text), append(sub.At, b.Line)
		prev = b.Line
	}
	return sub, end
}

// gapLines are the page lines of the blank lines the form's reader reads
// between two text blocks at page lines from and to: each page line
// between them, where a blank line between cells, or two more for an
// empty cell, stood; the first alone where a line between them is markup
// the style read as no text (the <div> a converter wraps a header's cell
// in): the markup parts the two cells, and the blank lines around it part
// the markup's blocks, not cells.
func gapLines(page []string, from, to int) []int {
	var out []int
	for l := from + 1; l < to; l++ {
		if l <= len(page) && strings.TrimSpace(page[l-1]) != "" {
			return []int{from + 1}
		}
		out = append(out, l)
	}
	return out
}

// MarkdownHeadingAt reports whether page line n (from 1) of page, a
// source's lines at their page lines, is a heading as Markdown marks
// one: with "#", or underlined on the next line (a Setext heading).
func MarkdownHeadingAt(page []string, n int) bool {
	if n < 1 || n > len(page) {
		return false
	}
	return atxHeadingRe.MatchString(strings.TrimSpace(page[n-1])) || n < len(page) && IsSetextUnderline(page[n])
}
