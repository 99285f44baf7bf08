// Package cellperline reads the form a wiki table takes when copied as
// text: each cell on a line of its own, a blank line between cells, and
// the header row often printed twice.
package cellperline

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A table is a header run followed by its rows. A header run is a run of
// cells that name columns: printed twice, each of its cells holds a
// column word ("Status Code Description"); printed once, each is one
// ("Name", "Mandatory", "필수"). The run's length is the row width, and
// the cells after it are read that many to a row, up to a line that is
// no cell or the next header run.

// cell is a line of a one-cell-per-line table, with the empty cells
// before it.
type cell struct {
	line   int // counted from 0
	text   string
	empty  int  // the empty cells between the previous cell and this one
	closed bool // a blank line follows it, or the page ends
}

// cellsAt returns the cells from line i on: non-blank lines with blank
// lines between them. Each run of 2k+1 blank lines holds k empty cells.
// The run ends at a line followed by another non-blank line, which is
// the run's last cell when it is not the first.
func cellsAt(lines []string, i int) []cell {
	var out []cell
	empty := 0
	for i < len(lines) {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			return out
		}
		j := i + 1
		for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			j++
		}
		blank := j - i - 1
		out = append(out, cell{line: i, text: t, empty: empty, closed: blank > 0 || j == len(lines)})
		if blank == 0 && j < len(lines) {
			return out
		}
		empty = (blank - 1) / 2
		i = j
	}
	return out
}

// maxWidth bounds a table's columns.
const maxWidth = 12

// headerWidth returns the width of the header run cs starts with, or 0
// when cs starts with none.
func headerWidth(cs []cell) int {
	for w := 2; w <= maxWidth && 2*w <= len(cs); w++ {
		if twice(cs, w) {
			return w
		}
	}
	w := 0
	for w < len(cs) && w < maxWidth && cs[w].closed && cs[w].empty == 0 && isColumnName(cs[w].text) {
		w++
	}
	if w < 2 {
		return 0
	}
	return w
}

// twice reports whether the first w cells are a header printed twice.
func twice(cs []cell, w int) bool {
	if 2*w > len(cs) {
		return false
	}
	for k := 0; k < 2*w; k++ {
		if !cs[k].closed || cs[k].empty > 0 || !hasColumnWord(cs[k].text) {
			return false
		}
	}
	for k := 0; k < w; k++ {
		if !strings.EqualFold(cs[k].text, cs[w+k].text) {
			return false
		}
	}
	return true
}

// columnWords are the words a header cell is made of, in the languages
// the pages use.
var columnWords = []string{
	"name", "type", "mandatory", "required", "description", "code", "status",
	"parameter", "field", "value", "default", "remark", "note", "message", "msg",
	"이름", "타입", "유형", "필수", "설명", "코드", "상태", "파라미터", "필드", "값", "비고",
}

// maxHeaderCell bounds the length of a header cell.
const maxHeaderCell = 40

// hasColumnWord reports whether a cell is short and holds a column word.
func hasColumnWord(c string) bool {
	if len(c) > maxHeaderCell {
		return false
	}
	lower := strings.ToLower(c)
	for _, w := range columnWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// isColumnName reports whether a cell is a column word and nothing else:
// "Name", "Mandatory", "필수 여부", "Name (이름)".
func isColumnName(c string) bool {
	lower := strings.ToLower(c)
	for _, part := range strings.FieldsFunc(lower, func(r rune) bool { return r == '(' || r == ')' || r == '/' }) {
		part = strings.TrimSpace(part)
		if _, ok := pages.ColumnWords[part]; ok {
			return true
		}
		for _, w := range columnWords {
			if part == w || part == w+" 여부" {
				return true
			}
		}
	}
	return false
}

// cellItems reads a page of the style into blocks.
func cellItems(src pages.Source) []pages.Block {
	lines := src.Lines
	var items []pages.Block
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		cs := cellsAt(lines, i)
		w := headerWidth(cs)
		if w == 0 {
			items = append(items, pages.Block{Line: i + 1, Text: pages.StripHeading(t)})
			continue
		}
		tb, next := table(src, cs, w)
		items = append(items, pages.Block{Line: i + 1, Table: tb})
		i = next - 1
	}
	return items
}

// table reads the table whose header is cs[:w], and returns it with the
// line after its last cell.
func table(src pages.Source, cs []cell, w int) (*pages.Table, int) {
	head := make([]string, w)
	for k := range head {
		head[k] = cs[k].text
	}
	cols, _ := pages.ColumnsOf(head)
	tb := &pages.Table{Line: cs[0].line + 1, Header: head, Cols: cols}
	k := w
	if twice(cs, w) {
		k = 2 * w
	}
	for k < len(cs) && !headerWithin(cs[k:], w) {
		row, n := rowAt(cs[k:], w)
		if row == nil {
			break
		}
		tb.Rows = append(tb.Rows, row)
		k += n
	}
	if rest := cs[k:]; len(rest) > 0 && headerWidth(rest) == 0 && rest[0].closed && len(rest) < w {
		var texts []string
		for _, c := range rest {
			texts = append(texts, c.text)
		}
		src.Report.Warn(pages.At(src.Name, rest[0].line+1), "the table at line %d ends with %d cells, fewer than its %d columns: read them as text (%s); put each of its rows' %d cells on a line of its own, a blank line between them", tb.Line, len(rest), w, pages.Clip(strings.Join(texts, " | ")), w)
	}
	end := cs[len(cs)-1].line + 1
	if k < len(cs) {
		end = cs[k].line
	}
	return tb, end
}

// headerWithin reports whether a header run starts among the first w
// cells: the cells before it are titles, not a row.
func headerWithin(cs []cell, w int) bool {
	for m := 0; m < w && m < len(cs); m++ {
		if headerWidth(cs[m:]) > 0 {
			return true
		}
	}
	return false
}

// rowAt reads a row of w cells from cs, the empty cells counted; it
// returns nil when cs has fewer, or a cell before the row's last is not
// closed by a blank line.
func rowAt(cs []cell, w int) (*pages.Row, int) {
	var cells []string
	n := 0
	for n < len(cs) && len(cells) < w {
		c := cs[n]
		if n > 0 {
			for e := 0; e < c.empty && len(cells) < w; e++ {
				cells = append(cells, "")
			}
		}
		if len(cells) == w {
			break
		}
		if !c.closed && len(cells) < w-1 {
			return nil, 0
		}
		cells = append(cells, c.text)
		n++
	}
	if len(cells) < w {
		return nil, 0
	}
	return &pages.Row{Line: cs[0].line + 1, Raw: strings.Join(cells, " | "), Cells: cells}, n
}
