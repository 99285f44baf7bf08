package pages

import (
	"slices"
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

// fixedColumns returns the widths, in characters, of the columns of a
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
		var pipes []int
		k := 0
		for _, c := range r {
			if c == '|' {
				pipes = append(pipes, k)
			}
			k++
		}
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
// where the table is drawn in columns of fixed width (fixedColumns): a row right under the
// header goes on the header, and the first row of a table whose header
// is not marked may be its header, cut as a header is. A cell's text joins the text above it with
// a space, or without one where the column cut a word the page knows
// whole (cutWord), with a warning; a single word that fills its column
// over text the page does not tell is joined with a space, with a warning
// too. The table's columns are read again from its header.
func JoinColumnWraps(src Source, lines []string, tb *Table) {
	widths, ok := fixedColumns(tableLines(lines, tb))
	if !ok {
		return
	}
	known := tableWords(tb)
	// above is the text of each column on the line above the row read.
	// cur is the cells the line goes on: the header's, then the last
	// row's.
	var above, cur []string
	if tb.Header != nil && len(tb.Header) == len(widths) {
		above, cur = slices.Clone(tb.Header), tb.Header
	}
	var rows []*Row
	var last *Row
	for _, r := range tb.Rows {
		if len(r.Cells) != len(widths) || cur == nil || !goesOn(above, r.Cells, widths) {
			rows = append(rows, r)
			last, cur, above = r, r.Cells, slices.Clone(r.Cells)
			continue
		}
		into, at := "header", tb.Line
		if last != nil {
			into, at = "row", last.Line
		}
		for k, b := range r.Cells {
			if b == "" {
				continue
			}
			a := above[k]
			switch whole := a + b; {
			case !fillsColumn(a, widths[k]) || strings.Contains(a, " ") || !startsWord(b):
				cur[k] += " " + b
			case cutWord(whole, columnAt(kinds(tb, rows), k), last == nil || tb.Header == nil && last == rows[0], known):
				src.Report.Warn(At(src.Name, r.Line), "joined %q (line %d) and %q (line %d) into %q: the %s at line %d is drawn in columns of fixed width, and its column %d, %d characters wide, cut the word", a, r.Line-1, b, r.Line, whole, into, at, k+1, widths[k])
				cur[k] += b
			default:
				src.Report.Warn(At(src.Name, r.Line), "%q (line %d) fills its column, %d characters wide, of the %s at line %d, which is drawn in columns of fixed width, and %q goes on under it: read as two words, as %q is no name the page knows; if the column cut one word, write it whole on the page", a, r.Line-1, widths[k], into, at, b, whole)
				cur[k] += " " + b
			}
		}
		copy(above, r.Cells)
		if last != nil {
			last.Raw += "\n" + r.Raw
		}
	}
	tb.Rows = rows
	if tb.Header != nil {
		tb.Cols, _ = ColumnsOf(tb.Header)
	}
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
		if utf8.RuneCountInString(a)+1+utf8.RuneCountInString(word) <= widths[k] {
			return false
		}
		wraps = true
	}
	return wraps
}

// fillsColumn reports whether text a fills a column of width
// characters to its edge.
func fillsColumn(a string, width int) bool {
	return utf8.RuneCountInString(a) >= width
}

// startsWord reports whether text b begins as the rest of a word does:
// with a letter or a digit.
func startsWord(b string) bool {
	r, _ := utf8.DecodeRuneInString(b)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
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
