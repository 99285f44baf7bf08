package pages

import (
	"fmt"
	"slices"
	"strings"
)

// StrayCheck is the one decision of a row a style left as text: a line
// of text (a note, a callout, a title of its own) cut a table, and a row
// under it has no header row over it, which the style does not read as
// the table's rest. What it documents would be left out of the schema: a
// lost row is an error at its line, as a row no table took is on both
// protocols' pages, never a warning. The style only splits the line, or
// the lines, into cells, as it splits a row of its own (at pipes, at
// gaps, one cell a line, by a header's columns), and asks whether they
// are a row of Table, the last table it read above them; Match says how
// its cells are held against the table's columns.
type StrayCheck struct {
	// Table is the last table the style read above the line; nil where
	// there is none, which refuses nothing.
	Table *Table
	// Split says, for the message, how the style split the line into
	// cells: "at pipes", "at gaps", "one cell a line".
	Split string
	// Match is how the cells are held against the table's columns.
	Match StrayMatch
	// Cut is the line (1-based) of the text that cut the table, where
	// the style knows it; 0 where it does not.
	Cut int
}

// StrayMatch is how a StrayCheck holds the cells against the table's
// columns: the one place where the styles' evidence differs.
type StrayMatch int

const (
	// MatchCount holds cells split at a separator (pipes, gaps, walls,
	// a tab), which tell nothing of their columns, by their count: as
	// many as the table's columns, or as one of its rows has, or, in a
	// table of four columns or more, one fewer (its first merged over
	// the row before it, a status cell), three at least (two cells are
	// any line with a separator in it), and a code in each column where
	// every row of the table holds one ("-1", "200", "4xx"): a line of
	// text whose words happen to begin at the table's columns ("Edit
	// this page on GitHub" under Name | Code | Description) holds none.
	MatchCount StrayMatch = iota
	// MatchLines holds cells one a line, spanning several lines, which
	// the style took as many as the table's columns and fitted each to
	// its column: three at least, as two lines in a row are any two
	// lines of text.
	MatchLines
	// MatchColumns holds cells the style cut by the table's own columns
	// and fitted each to its column (a header's Fits; a name and a type
	// the vocabulary knows, run together; tbl's gutters at the columns'
	// starts): the style's fit is the evidence, whatever their count.
	MatchColumns
)

// Refusal returns the error of the cells split from lines from to to
// (1-based; the same for one line) where they are a stray row of the
// table, and whether they are.
func (c StrayCheck) Refusal(from, to int, cells []string) (string, bool) {
	if c.Table == nil || !c.isRow(cells) {
		return "", false
	}
	at, splits, them, it, reads, documents, is := fmt.Sprintf("line %d", from), "splits", "it", "it", "reads", "documents", "is"
	if to > from {
		at, splits, them, it, reads, documents, is = fmt.Sprintf("lines %d-%d", from, to), "split", "them", "they", "read", "document", "are"
	}
	cut := ""
	if c.Cut > 0 {
		cut = fmt.Sprintf(" (line %d cut %s from the table's rows)", c.Cut, them)
	}
	head := ""
	if c.Table.Header != nil {
		head = fmt.Sprintf(", or set the table's header row (%s) over %s", strings.Join(c.Table.Header, " | "), them)
	}
	return fmt.Sprintf("%s %s %s into %d cells, as a row of the table at line %d does, but no header row stands over %s%s: %s %s as text, and what %s %s would be left out of the schema (%s); if %s %s a row of that table, move %s under the table's rows%s, or if %s %s text, write %s as a sentence",
		at, splits, c.Split, len(cells), c.Table.Line, them, cut, it, reads, it, documents, Clip(strings.Join(cells, " | ")), it, is, them, head, it, is, them), true
}

// Refuse reports the refusal of Refusal to src at line from, and
// whether it refused.
func (c StrayCheck) Refuse(src Source, from, to int, cells []string) bool {
	msg, ok := c.Refusal(from, to, cells)
	if ok {
		src.Report.Fail(At(src.Name, from), "%s", msg)
	}
	return ok
}

// isRow reports whether cells are a row of the table, as Match holds
// them against its columns.
func (c StrayCheck) isRow(cells []string) bool {
	switch c.Match {
	case MatchLines:
		return len(cells) >= 3
	case MatchColumns:
		return len(cells) > 0
	}
	last := c.Table
	width := len(last.Header)
	if last.Header == nil && len(last.Rows) > 0 {
		width = len(last.Rows[0].Cells)
	}
	rowWide := slices.ContainsFunc(last.Rows, func(r *Row) bool { return len(r.Cells) == len(cells) })
	merged := width >= 4 && len(cells) == width-1
	return width >= 3 && len(cells) >= 3 && (len(cells) == width || rowWide || merged) && codesFit(last, width, cells)
}

// codesFit reports whether cells, a line's, hold a code in each column
// where every row of the table last that has width cells holds one (its
// cells the last of the row, where they are fewer).
func codesFit(last *Table, width int, cells []string) bool {
	offset := max(0, width-len(cells))
	for j, c := range cells {
		k := j + offset
		if k >= width || isCodeCell(c) {
			continue
		}
		rows := 0
		codes := true
		for _, r := range last.Rows {
			if len(r.Cells) == width {
				rows++
				codes = codes && isCodeCell(r.Cells[k])
			}
		}
		if rows > 0 && codes {
			return false
		}
	}
	return true
}

// isCodeCell reports whether a cell is a code: digits, signed or not
// ("-74001"), or a status class ("4xx").
func isCodeCell(c string) bool {
	c = strings.TrimLeft(strings.TrimSpace(c), "-+")
	return c != "" && c[0] >= '0' && c[0] <= '9' && strings.Trim(c, "0123456789xX") == ""
}
