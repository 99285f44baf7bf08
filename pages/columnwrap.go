package pages

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A table drawn in columns of fixed width (antiword's table of a Word
// document, a fixed-width text layout) sets no rule between its rows: a
// cell's text too long for its column wraps inside it onto the lines
// under the row, whose other cells are blank, and a word too long for
// its column is cut at the column's edge, its rest on the next line
// ("Require" over "d", "Content-Ty" over "pe"). Each line of such a
// table reads as a row of its own; JoinColumnWraps joins a line that
// goes on the row above, cell by cell, to it.

// fixedColumns returns the widths, in display columns, of the columns of a
// table of pipes whose lines, raws, each open and close with a pipe and
// set every pipe at the same place as the first line: a table drawn in
// columns of fixed width. ok is false for any other table, or one of
// fewer than two lines or two columns.
func fixedColumns(raws []string) (widths []int, ok bool) {
	if len(raws) < 2 {
		return nil, false
	}
	var at []int
	for n, r := range raws {
		if !strings.HasPrefix(r, "|") || !ClosesRow(r) {
			return nil, false
		}
		pipes, _ := pipeColumns(r)
		if n == 0 {
			at = pipes
			continue
		}
		if len(pipes) != len(at) {
			return nil, false
		}
		for i := range pipes {
			if pipes[i] != at[i] {
				return nil, false
			}
		}
	}
	if len(at) < 3 {
		return nil, false
	}
	for i := 1; i < len(at); i++ {
		widths = append(widths, at[i]-at[i-1]-1)
	}
	return widths, true
}

// JoinColumnWraps joins each row of table tb of pipes, read from lines a
// line a row, that goes on the row above (goesOn) to it, cell by cell,
// where the table is drawn in columns of fixed width (fixedColumns): a
// row right under the header goes on the header, and the first row of a
// table whose header is not marked may be its header, cut as a header
// is. A cell's texts join with a space, or without one where the column
// cut a word the page knows whole (joinPieces). A first row that a
// header word was cut in, its cells now naming columns, is the table's
// header. The table's columns are read again from its header.
func JoinColumnWraps(src Source, lines []string, tb *Table) {
	widths, ok := fixedColumns(tableLines(lines, tb))
	// bare is set for a table without outer pipes, whose columns are
	// known less well (bareColumns): a line whose first cell holds text
	// starts a row of its own there.
	bare := false
	if !ok {
		widths, ok = bareColumns(bareLines(lines, tb))
		bare = ok
	}
	if !ok {
		return
	}
	c := columnCuts{src: src, widths: widths, known: tableWords(tb)}
	// above is the text of each column on the line above the row read;
	// cur the cells the lines go on (the header's, then a row's), and
	// pieces their texts, line by line.
	var above, cur []string
	var pieces [][]piece
	start := func(cells []string, line int) {
		above, cur, pieces = slices.Clone(cells), cells, make([][]piece, len(cells))
		for k, t := range cells {
			if t != "" {
				pieces[k] = []piece{{t, line}}
			}
		}
	}
	if tb.Header != nil && len(tb.Header) == len(widths) {
		start(tb.Header, tb.Line)
	}
	var rows []*Row
	var last *Row
	headerCut := false // a word of the header, or of the first row, was cut
	finish := func() {
		if cur == nil {
			return
		}
		header := last == nil || tb.Header == nil && last == rows[0]
		into, at := "header", tb.Line
		if last != nil {
			into, at = "row", last.Line
		}
		for k, ps := range pieces {
			var cut bool
			cur[k], cut = c.joinPieces(ps, k, columnAt(kinds(tb, rows), k), header, into, at)
			headerCut = headerCut || cut && header
		}
	}
	for _, r := range tb.Rows {
		if len(r.Cells) != len(widths) || len(above) != len(widths) || cur == nil || bare && r.Cells[0] != "" || !goesOn(above, r.Cells, widths) {
			finish()
			rows = append(rows, r)
			last = r
			start(r.Cells, r.Line)
			continue
		}
		for k, t := range r.Cells {
			if t != "" {
				pieces[k] = append(pieces[k], piece{t, r.Line})
			}
		}
		copy(above, r.Cells)
		if last != nil {
			last.Raw += "\n" + r.Raw
		}
	}
	finish()
	if tb.Header == nil && headerCut && isHeaderRow(rows[0].Cells) {
		// The style took the first row for no header, as a word of it
		// was cut: whole, its cells name columns (isHeaderRow).
		tb.Header, rows = rows[0].Cells, rows[1:]
	}
	tb.Rows = rows
	if tb.Header != nil {
		tb.Cols, _ = ColumnsOf(tb.Header)
	}
}

// A piece is the text of a cell on one line of its row, and that line.
type piece struct {
	text string
	line int
}

// columnCuts joins the pieces of the cells of a table drawn in columns
// of fixed width (widths), with the words its cells hold (known).
type columnCuts struct {
	src    Source
	widths []int
	known  map[string]bool
}

// joinPieces joins the pieces of a cell of column k, of kind kind, of
// the header or a row (header; into and at name it and its line, for a
// warning): each with a space, but a run of pieces on lines one after
// the other, each one word that fills the column but the last, whose
// first word goes on them (a word the column cut at its edge, "Req" over
// "uir" over "ed"): where the page knows the word whole (cutWord), they
// are joined without a space, with a warning, and cut is set; else with
// a space, with a warning too, as words that fill the column may stand
// so.
func (c columnCuts) joinPieces(ps []piece, k int, kind Column, header bool, into string, at int) (joined string, cut bool) {
	var parts []string
	for i := 0; i < len(ps); {
		j := i
		for j+1 < len(ps) && ps[j+1].line == ps[j].line+1 && fillsColumn(ps[j].text, c.widths[k]) && !strings.Contains(ps[j].text, " ") && (startsWord(ps[j+1].text) || closesBracket(ps[j].text, ps[j+1].text)) {
			j++
		}
		if j == i {
			parts = append(parts, ps[i].text)
			i++
			continue
		}
		var word strings.Builder
		var texts []string
		for _, p := range ps[i:j] {
			word.WriteString(p.text)
			texts = append(texts, p.text)
		}
		first, rest, _ := strings.Cut(ps[j].text, " ")
		word.WriteString(first)
		texts = append(texts, ps[j].text)
		whole := word.String()
		if cutWord(whole, kind, header, c.known) {
			c.src.Report.Warn(At(c.src.Name, ps[j].line), "joined %s (lines %d-%d) into %q: the %s at line %d is drawn in columns of fixed width, and its column %d, %d characters wide, cut the word", over(texts), ps[i].line, ps[j].line, whole, into, at, k+1, c.widths[k])
			parts = append(parts, strings.TrimSpace(whole+" "+rest))
			cut = true
		} else {
			c.src.Report.Warn(At(c.src.Name, ps[j].line), "%s (lines %d-%d) fill their column, %d characters wide, of the %s at line %d, which is drawn in columns of fixed width, up to the last: read as words apart, as %q is no name the page knows; if the column cut one word, write it whole on the page", over(texts), ps[i].line, ps[j].line, c.widths[k], into, at, whole)
			parts = append(parts, texts...)
		}
		i = j + 1
	}
	return strings.Join(parts, " "), cut
}

// over quotes texts, one over the other ("Req" over "uir").
func over(texts []string) string {
	quoted := make([]string, len(texts))
	for k, t := range texts {
		quoted[k] = strconv.Quote(t)
	}
	return strings.Join(quoted, " over ")
}

// goesOn reports whether a line's cells, cells, go on the line above,
// above, in a table of columns of widths: a cell has text, and each cell
// with text goes on one above it with text that its next word would
// not have fitted after (the layout wrapped it there), the first
// column's only where it holds the rest of a name the column cut.
func goesOn(above, cells []string, widths []int) bool {
	wraps := false
	for k, b := range cells {
		if b == "" {
			continue
		}
		a := above[k]
		if a == "" {
			return false
		}
		if k == 0 && (!fillsColumn(a, widths[k]) || strings.ContainsAny(a+b, " \t") || !IsNameCell(a+b)) {
			return false
		}
		word, _, _ := strings.Cut(b, " ")
		if textWidth(a)+1+textWidth(word) <= widths[k] {
			return false
		}
		wraps = true
	}
	return wraps
}

// fillsColumn reports whether text a fills a column of width display
// columns to its edge.
func fillsColumn(a string, width int) bool {
	return textWidth(a) >= width
}

// textWidth is the number of display columns text t takes.
func textWidth(t string) int {
	n := 0
	for _, r := range t {
		n += RuneWidth(r)
	}
	return n
}

// startsWord reports whether text b begins as the rest of a word does:
// with a letter or a digit.
func startsWord(b string) bool {
	r, _ := utf8.DecodeRuneInString(b)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// closesBracket reports whether text b begins with the "]" that closes
// the "[" text a ends with: an array type's brackets that a column cut
// ("GenericModels.LureSwing[" over "]").
func closesBracket(a, b string) bool {
	return strings.HasSuffix(a, "[") && strings.HasPrefix(b, "]")
}

// kinds are the kinds of the columns of table tb: its header's, or, for
// a table whose header is not marked, those of its first row read so
// far, rows[0], which may be its header.
func kinds(tb *Table, rows []*Row) []Column {
	if tb.Header != nil {
		return tb.Cols
	}
	cols, _ := ColumnsOf(rows[0].Cells)
	return cols
}

// columnAt is the kind of column k of kinds, or ColOther.
func columnAt(kinds []Column, k int) Column {
	if k < len(kinds) {
		return kinds[k]
	}
	return ColOther
}

// cutWord reports whether whole, a word that a column of fixed width
// cut at its edge, is one the page knows whole: a column's name in the
// header row, or in the first row of a table whose header is not marked
// (header); a name or a type in a column of names, codes or types,
// which hold no spaces; elsewhere a word another cell of the table
// holds (a type its Type column names, which a description's "See"
// names again).
func cutWord(whole string, kind Column, header bool, known map[string]bool) bool {
	switch {
	case header:
		return IsHeaderCell(whole)
	case kind == ColName || kind == ColCode || kind == ColType:
		return IsNameCell(whole)
	}
	return known[strings.TrimRight(whole, ".,;:)")]
}

// tableWords are the words of the cells of table tb, without the array
// brackets of a type ("GenericModels.ReagentPortion[]").
func tableWords(tb *Table) map[string]bool {
	words := map[string]bool{}
	for _, r := range tb.Rows {
		for _, c := range r.Cells {
			for _, w := range strings.Fields(c) {
				words[strings.TrimSuffix(strings.TrimRight(w, ".,;:)"), "[]")] = true
			}
		}
	}
	return words
}

// bareColumns returns the widths, in display columns, of the text of
// the columns of a table of pipes without outer pipes whose lines, raws,
// set every pipe at the same place as the first line, a header that
// opens with no pipe (glamour draws a Markdown table so, each line in
// the document's margin and padded with spaces to the wrap width, every
// cell padded with a space on each side): the spaces that pad a column's
// cell on every line of it, its margin and padding, are not its text's.
// ok is false for any other table, or one of fewer than two lines or two
// columns.
func bareColumns(raws []string) (widths []int, ok bool) {
	if len(raws) < 2 || strings.HasPrefix(strings.TrimSpace(raws[0]), "|") {
		return nil, false
	}
	var at []int
	end := 0
	for n, r := range raws {
		pipes, k := pipeColumns(r)
		if n == 0 {
			at = pipes
		} else if !slices.Equal(pipes, at) {
			return nil, false
		}
		end = max(end, k)
	}
	if len(at) < 1 || end <= at[len(at)-1]+1 {
		return nil, false
	}
	edges := append(append([]int{-1}, at...), end)
	for i := 1; i < len(edges); i++ {
		widths = append(widths, edges[i]-edges[i-1]-1)
	}
	// lead and trail are the fewest spaces before and after the text of
	// each column's cells: a space of padding at most on either side
	// (a layout may widen a column past its longest text), the page's
	// margin too before the first column's.
	lead, trail := make([]int, len(widths)), make([]int, len(widths))
	for i := range widths {
		lead[i], trail[i] = widths[i], widths[i]
	}
	for _, r := range raws {
		for i, cell := range strings.Split(r, "|") {
			t := strings.TrimSpace(cell)
			if t == "" {
				continue
			}
			before := textWidth(cell[:strings.Index(cell, t)])
			lead[i] = min(lead[i], before)
			trail[i] = min(trail[i], textWidth(cell)-before-textWidth(t))
		}
	}
	for i := range widths {
		if i > 0 {
			lead[i] = min(lead[i], 1)
		}
		widths[i] -= lead[i] + min(trail[i], 1)
	}
	return widths, true
}

// bareLines are the lines of table tb of pipes as the page has them,
// margin and padding kept: its header's and its rows'; nil when a row
// was read from several lines.
func bareLines(lines []string, tb *Table) []string {
	var raws []string
	if tb.Header != nil {
		if tb.Line < 1 || tb.Line > len(lines) {
			return nil
		}
		raws = append(raws, lines[tb.Line-1])
	}
	for _, r := range tb.Rows {
		if strings.Contains(r.Raw, "\n") || r.Line < 1 || r.Line > len(lines) {
			return nil
		}
		raws = append(raws, lines[r.Line-1])
	}
	return raws
}

// tableLines are the lines of table tb of pipes, read from lines, each
// trimmed: its header's, if it has one, and its rows'; nil when a row
// was read from several lines (a wrap its style mended already).
func tableLines(lines []string, tb *Table) []string {
	var raws []string
	if tb.Header != nil {
		if tb.Line < 1 || tb.Line > len(lines) {
			return nil
		}
		raws = append(raws, strings.TrimSpace(lines[tb.Line-1]))
	}
	for _, r := range tb.Rows {
		if strings.Contains(r.Raw, "\n") {
			return nil
		}
		raws = append(raws, r.Raw)
	}
	return raws
}

// pipeColumns returns the columns, in display width, at which a line's
// pipes stand, and the line's width.
func pipeColumns(r string) (pipes []int, width int) {
	for _, c := range r {
		if c == '|' {
			pipes = append(pipes, width)
		}
		width += RuneWidth(c)
	}
	return pipes, width
}
