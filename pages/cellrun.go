package pages

import (
	"slices"
	"strings"
)

// A table printed one cell per line (a blank line between cells, the
// header on one line of column words or one word a line, maybe printed
// twice) is a form a converter writes inside a page of another style:
// html2markdown without its table plugin writes a wiki table's cells as
// paragraphs among the page's Markdown tables, a text browser a table it
// could not lay out among its aligned ones. The style reads its lines as
// text; cellRunTables reads them as the table they print, where the
// cells fill whole rows that fit their columns, and leaves them text
// otherwise (a lost cell would shift every row after it), for
// interpretation to refuse what they state.

// cellRunTables returns blocks with each run of text lines that prints a
// table one cell per line read as that table, with a warning naming the
// form. A page with none is returned as it is.
func cellRunTables(src Source, blocks []Block) []Block {
	var out []Block
	for k := 0; k < len(blocks); {
		tb, next := cellRunTable(src, blocks, k)
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

// cellRunCell is a cell of a table printed one cell per line: its text
// (its lines joined) and its lines.
type cellRunCell struct {
	line, end int // its first line and its last
	text      string
}

// cellRunCells returns the cells of the text blocks from blocks[k] on, up
// to the next table, and at most limit of them when limit is above 0: a
// block a blank line or more after the one before starts a cell, one
// right under it goes on with it (a line break in the cell).
func cellRunCells(blocks []Block, k, limit int) []cellRunCell {
	var cs []cellRunCell
	var lines []string
	flush := func() {
		if len(lines) > 0 {
			cs[len(cs)-1].text = CellLines(lines)
		}
	}
	for i := k; i < len(blocks) && blocks[i].Table == nil; i++ {
		if i == k || blocks[i].Line-blocks[i-1].Line > 1 {
			if limit > 0 && len(cs) == limit {
				break
			}
			flush()
			cs = append(cs, cellRunCell{line: blocks[i].Line})
			lines = lines[:0]
		}
		lines = append(lines, blocks[i].Text)
		cs[len(cs)-1].end = blocks[i].Line
	}
	flush()
	return cs
}

// cellRunHeaderCells is the most cells a header printed one cell per
// line takes: twelve columns, printed twice.
const cellRunHeaderCells = 24

// cellRunHeader returns the header that the cells cs start with, and the
// number of cells it takes: a cell of column words set apart by spaces
// ("Name Type Mandatory Description"), or a cell per column word, maybe
// printed twice. Its columns must name a field or a code and tell its
// type or its requiredness, which the rows under it are checked by.
func cellRunHeader(cs []cellRunCell) ([]string, int) {
	if len(cs) == 0 {
		return nil, 0
	}
	var head []string
	taken := 0
	if ColumnOf(cs[0].text) == ColOther && startsHeader(cs[0].text) {
		head, taken = strings.Fields(cs[0].text), 1
	} else {
		for taken < len(cs) && taken < cellRunHeaderCells/2 && ColumnOf(cs[taken].text) != ColOther {
			taken++
		}
		for _, c := range cs[:taken] {
			head = append(head, c.text)
		}
	}
	if len(head) < 3 {
		return nil, 0
	}
	if w := len(head) / 2; taken == len(head) && len(head)%2 == 0 && slices.EqualFunc(head[:w], head[w:], strings.EqualFold) {
		head = head[:w]
	} else if taken+len(head) <= len(cs) && slices.EqualFunc(head, texts(cs[taken:taken+len(head)]), strings.EqualFold) {
		taken += len(head)
	}
	if !fieldColumns(head) {
		return nil, 0
	}
	return head, taken
}

// startsHeader reports whether a line can start a header printed one
// cell per line or on one line: a column word, or words that each are
// one. It runs on every text line of a page; the cells after the line
// are gathered only where it holds.
func startsHeader(text string) bool {
	if ColumnOf(text) != ColOther {
		return true
	}
	n := 0
	for w := range strings.FieldsSeq(text) {
		if ColumnOf(w) == ColOther {
			return false
		}
		n++
	}
	return n >= 3
}

// fieldColumns reports whether a header names a field or a code and
// tells its type or its requiredness: columns its rows are checked by.
func fieldColumns(head []string) bool {
	cols, _ := ColumnsOf(head)
	return (slices.Contains(cols, ColName) || slices.Contains(cols, ColCode)) && (slices.Contains(cols, ColType) || slices.Contains(cols, ColRequired))
}

// texts returns the texts of cells.
func texts(cs []cellRunCell) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.text
	}
	return out
}

// cellRunTable reads the table printed one cell per line that the text
// blocks from blocks[k] on start with, and returns it with the block after
// its last row; nil when they start with none. The rows are the header's
// width of cells each, taken while they fit its columns (cellsFit); the
// table is none when no row fits, or when a row of its width fits
// further on among the text up to the next table: a cell was lost or
// added on the way, and which lines are whose row is not told.
func cellRunTable(src Source, blocks []Block, k int) (*Table, int) {
	var cs []cellRunCell
	var head []string
	taken := 0
	switch t := blocks[k].Table; {
	case t != nil && len(t.Rows) == 0 && len(t.Header) >= 3 && k+1 < len(blocks) && blocks[k+1].Table == nil:
		// a header the style read as a table, its rows the cells under it
		head = t.Header
		if !fieldColumns(head) {
			return nil, k
		}
		cs = cellRunCells(blocks, k+1, 0)
		if len(head) <= len(cs) && slices.EqualFunc(head, texts(cs[:len(head)]), strings.EqualFold) {
			taken = len(head)
		}
	case t != nil || k > 0 && blocks[k-1].Table == nil && blocks[k].Line-blocks[k-1].Line == 1 || !startsHeader(blocks[k].Text):
		return nil, k
	default:
		// the header is told by its first cells (cellRunHeaderCells at
		// most); the rest of the text is gathered only under a header
		if head, taken = cellRunHeader(cellRunCells(blocks, k, cellRunHeaderCells)); head == nil {
			return nil, k
		}
		cs = cellRunCells(blocks, k, 0)
	}
	w := len(head)
	cols, _ := ColumnsOf(head)
	tb := &Table{Line: blocks[k].Line, Header: head, Cols: cols}
	at := taken
	for ; at+w <= len(cs); at += w {
		cells := texts(cs[at : at+w])
		if !cellsFit(cells, cols) {
			break
		}
		tb.Rows = append(tb.Rows, &Row{Line: cs[at].line, Raw: strings.Join(cells, " | "), Cells: cells})
	}
	if len(tb.Rows) == 0 {
		return nil, k
	}
	for i := at + 1; i+w <= len(cs); i++ {
		if cellsFit(texts(cs[i:i+w]), cols) {
			return nil, k
		}
	}
	src.Report.Warn(At(src.Name, tb.Line), "read lines %d to %d as a table printed one cell per line (a blank line between cells), its header %s over %d rows", tb.Line, cs[at-1].end, strings.Join(head, " | "), len(tb.Rows))
	next := k + 1
	end := cs[min(at, len(cs)-1)].line
	for next < len(blocks) && blocks[next].Table == nil && (at < len(cs) && blocks[next].Line < end || at == len(cs)) {
		next++
	}
	return tb, next
}
