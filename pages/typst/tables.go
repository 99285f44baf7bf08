package typst

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// maxColumns bounds the columns of a table read: a table of a reference
// page has a few, and its rows are laid out over as many.
const maxColumns = 64

// widthRe matches one column's width: "auto", a fraction, a length.
var widthRe = regexp.MustCompile(`^(?:auto|\d+(?:\.\d+)?(?:fr|%|pt|mm|cm|in|em))$`)

// tableAt reports whether the expression whose "#" is at offset i of s
// holds a table's call ("table(" after no name's byte nor a "."), as a
// "#table(…)" or pandoc's "#figure(align(center)[#table(…)])" does.
func tableAt(s string, i int) bool {
	return tableCall(s, i+1, exprEnd(s, i+1)) >= 0
}

// tableCall returns the offset of the "(" of the first table's call
// from offset i to end, or -1.
func tableCall(s string, i, end int) int {
	for {
		k := strings.Index(s[i:end], "table(")
		if k < 0 {
			return -1
		}
		at := i + k
		if at == 0 || !identByte(s[at-1]) && s[at-1] != '.' {
			return at + len("table")
		}
		i = at + len("table(")
	}
}

// tables reads the tables of the expression from offset from (its "#")
// to end, each table's call in it (tableCall), with a figure's caption
// ("caption: [Errors]") as a text line before them.
func (p *page) tables(from, end int) []pages.Block {
	var out []pages.Block
	if name, args, _ := callParts(p.s, from+1, end); name == "figure" {
		for _, a := range args {
			if n, v := named(p.s, a); n == "caption" {
				out = append(out, p.captionBlocks(v)...)
			}
		}
	}
	for i := from; ; {
		open := tableCall(p.s, i, end)
		if open < 0 {
			return out
		}
		close := min(codeEnd(p.s, open+1, ')'), end)
		out = append(out, p.table(open, close)...)
		i = close
	}
}

// captionBlocks renders a caption's value, a content block, as text.
func (p *page) captionBlocks(v [2]int) []pages.Block {
	t := strings.TrimSpace(p.s[v[0]:v[1]])
	if !strings.HasPrefix(t, "[") {
		return nil
	}
	from := v[0] + strings.IndexByte(p.s[v[0]:v[1]], '[') + 1
	shows, at := p.render(from, min(markupEnd(p.s, from), v[1]), false)
	var out []pages.Block
	for k, s := range shows {
		out = append(out, pages.Block{Line: p.line(at[k]) + 1, Text: s})
	}
	return out
}

// cell is a cell of a table as written: its markup's range, the offset
// it stands at, the columns and rows it spans, whether it is a header's
// (in table.header), and the range of its source.
type cell struct {
	from, to   int
	at         int
	cols, rows int
	header     bool
	src        [2]int
	// text is the text of a string's cell, whose markup is none
	// (plain); call is set for a call in code ("strong[x]").
	text        string
	plain, call bool
}

// table reads the table whose call's arguments run from the "(" at
// offset open to the ")" at close: its columns ("columns: 3", or a
// tuple of their widths, "(25%, 25%, auto)", "(1fr,) * 3"), the cells
// of its header ("table.header([Name], [Type])") and the others, each
// a content block ("[…]"), a string, a call that shows text
// ("strong[x]") or a cell that spans columns or rows
// ("table.cell(colspan: 2)[…]"); rules ("table.hline()") are no cells.
// The cells are laid out into rows of the columns, as Typst lays them
// out, the cells spanning rows above taking their places (layout). A
// table whose columns are not told, or whose cells are not a whole
// number of rows (a cell lost or one too many shifts every row after
// it, and nothing tells where), is refused at its line.
func (p *page) table(open, close int) []pages.Block {
	s := p.s
	cols, colsAt := 0, -1
	var cells []cell
	ok := true
	for _, a := range callArgs(s, open+1, close) {
		name, v := named(s, a)
		val := strings.TrimSpace(s[v[0]:v[1]])
		at := v[0] + strings.Index(s[v[0]:v[1]], val)
		switch {
		case name == "columns":
			colsAt = at
			var err error
			if cols, err = columns(val); err != nil {
				p.fail(at, "line %d gives the table's columns as %q, which is not read (%v): write their number, \"columns: 3\", or a tuple of their widths, \"columns: (auto, auto, 1fr)\"", p.line(at)+1, pages.Clip(val), err)
				ok = false
			}
		case name != "":
		case strings.HasPrefix(val, "table.header") || strings.HasPrefix(val, "table.footer"):
			header := strings.HasPrefix(val, "table.header")
			for _, b := range groupArgs(s, at+len("table.header"), at+len(val)) {
				c, good := p.cellOf(b)
				c.header = header
				cells, ok = append(cells, c), ok && good
			}
		case strings.HasPrefix(val, "table.hline(") || strings.HasPrefix(val, "table.vline("):
		default:
			c, good := p.cellOf(v)
			cells, ok = append(cells, c), ok && good
		}
	}
	if colsAt < 0 && ok {
		p.fail(open, "the table at line %d does not give its columns (\"columns: 3\"): Typst lays its cells out in one column, and which cell is in which row cannot be told; write them", p.line(open)+1)
		ok = false
	}
	if !ok || len(cells) == 0 {
		return nil
	}
	if cols > maxColumns {
		p.fail(colsAt, "line %d gives the table %d columns, more than the %d a reference page's table has: write their number", p.line(colsAt)+1, cols, maxColumns)
		return nil
	}
	return p.layout(open, cols, cells)
}

// groupArgs returns the ranges of the positional arguments of a call
// whose name ends at offset i ("table.header"), up to end, in order:
// those in its parentheses, then its content blocks after them
// ("table.header[Name][Type]").
func groupArgs(s string, i, end int) [][2]int {
	var out [][2]int
	for i < end {
		switch s[i] {
		case '(':
			close := min(codeEnd(s, i+1, ')'), end)
			for _, a := range callArgs(s, i+1, close) {
				if n, _ := named(s, a); n == "" {
					out = append(out, a)
				}
			}
			i = close + 1
		case '[':
			close := min(markupEnd(s, i+1), end-1)
			out = append(out, [2]int{i, close + 1})
			i = close + 1
		default:
			return out
		}
	}
	return out
}

// columns is the number of columns a table's "columns:" value tells: a
// number, a tuple of their widths ("(25%, auto,)"), such a tuple
// repeated ("(1fr,) * 3"), or one width ("auto", "1fr") for one column.
func columns(v string) (int, error) {
	if n, err := strconv.Atoi(v); err == nil {
		if n < 1 {
			return 0, fmt.Errorf("no column")
		}
		return n, nil
	}
	if strings.HasPrefix(v, "(") {
		close := codeEnd(v, 1, ')')
		if close >= len(v) {
			return 0, fmt.Errorf("a tuple never closed")
		}
		n := len(callArgs(v, 1, close))
		rest := strings.TrimSpace(v[close+1:])
		if rest != "" {
			times, found := strings.CutPrefix(rest, "*")
			k, err := strconv.Atoi(strings.TrimSpace(times))
			if !found || err != nil || k < 1 || k > maxColumns {
				return 0, fmt.Errorf("a tuple with %q after it", rest)
			}
			n *= k
		}
		if n == 0 {
			return 0, fmt.Errorf("no column")
		}
		return n, nil
	}
	if widthRe.MatchString(v) {
		return 1, nil
	}
	return 0, fmt.Errorf("neither a number nor a tuple")
}

// cellOf reads the argument a of a table's call as a cell: a content
// block, "table.cell(…)[…]" with its spans, a string, "none", or a call
// that shows text ("strong[x]", rendered as "#strong[x]" is). ok is
// false, the cell refused at its line, for any other argument (a
// variable, a spread "..cells", a number), whose text is not read.
func (p *page) cellOf(a [2]int) (cell, bool) {
	s := p.s
	val := strings.TrimSpace(s[a[0]:a[1]])
	at := a[0] + strings.Index(s[a[0]:a[1]], val)
	c := cell{at: at, cols: 1, rows: 1, src: [2]int{at, at + len(val)}}
	switch {
	case strings.HasPrefix(val, "[") && markupEnd(s, at+1) == at+len(val)-1:
		c.from, c.to = at+1, at+len(val)-1
		return c, true
	case strings.HasPrefix(val, "table.cell(") || strings.HasPrefix(val, "table.cell["):
		_, args, blocks := callParts(s, at, at+len(val))
		for _, b := range args {
			n, v := named(s, b)
			switch n {
			case "colspan", "rowspan":
				k, err := strconv.Atoi(strings.TrimSpace(s[v[0]:v[1]]))
				if err != nil || k < 1 {
					p.fail(b[0], "line %d gives a cell's %s as %q, which is not read: write a number", p.line(b[0])+1, n, pages.Clip(strings.TrimSpace(s[v[0]:v[1]])))
					return c, false
				}
				if n == "colspan" {
					c.cols = k
				} else {
					c.rows = k
				}
			case "x", "y":
				p.fail(b[0], "line %d places a cell at a column or row of its own (table.cell(%s: …)), which is not read: write the cells in the order of the table's rows", p.line(b[0])+1, n)
				return c, false
			case "":
				if v := strings.TrimSpace(s[b[0]:b[1]]); strings.HasPrefix(v, `"`) {
					c.text, c.plain = unquoted(v), true
				}
			}
		}
		if len(blocks) > 0 {
			c.from, c.to = blocks[0][0], blocks[len(blocks)-1][1]
		}
		return c, true
	case strings.HasPrefix(val, `"`):
		c.text, c.plain = unquoted(val), true
		return c, true
	case val == "none" || val == "[]":
		c.plain = true
		return c, true
	case identStart(val[0]) && (strings.ContainsAny(val, "[(")):
		c.from, c.to, c.call = at, at+len(val), true
		return c, true
	}
	p.fail(at, "line %d holds %q as a cell of a table, whose text is not read (a variable, a spread of cells, a number): write the cell's text as a content block, \"[text]\"", p.line(at)+1, pages.Clip(val))
	return c, false
}

// cellText renders a cell as the text it shows: its paragraphs joined by a
// space, and the paragraphs themselves.
func (p *page) cellText(c cell) (string, []string) {
	if c.plain {
		return pages.SingleSpaced(c.text), nil
	}
	var t text
	if c.call {
		p.call(&t, c.from, c.to, false)
	} else {
		p.walk(&t, c.from, c.to, false)
	}
	shows, _ := t.lines()
	return strings.Join(shows, " "), shows
}

// layout lays the cells of a table of cols columns out into its rows as
// Typst does: each cell in the next place of the grid its row has free,
// a row's places taken by the cells above that span down to it, its
// header's cells in rows of their own. The rows' cells are then put out
// with the spans (pages.SpanGrid): a cell spanning columns followed by
// empty cells, one spanning rows repeated in the rows it spans below,
// each with a warning; a row of one cell spanning the columns is a title
// over the table above its header, a note over its rows below it. The
// header is its header's rows (their cells joined by column where they
// are several); a table without one has none, and pages.Read takes its
// first row for it. A table whose last row its cells do not fill is
// refused: a cell is missing, or one too many, and every row after it is
// shifted, and nothing tells where.
func (p *page) layout(open, cols int, cells []cell) []pages.Block {
	type gridRow struct {
		cells    []int
		header   bool
		from, to int
	}
	var rows []gridRow
	taken := make([]int, cols) // the row up to which each column is taken
	row, col, wasHeader := 0, 0, true
	for k, c := range cells {
		if !c.header && wasHeader && col > 0 {
			row, col = row+1, 0
		}
		wasHeader = c.header
		for {
			if col >= cols {
				row, col = row+1, 0
			}
			if taken[col] > row {
				col++
				continue
			}
			break
		}
		for len(rows) <= row {
			rows = append(rows, gridRow{from: -1})
		}
		r := &rows[row]
		r.cells, r.header = append(r.cells, k), c.header
		if r.from < 0 {
			r.from = c.src[0]
		}
		r.to = c.src[1]
		span := min(c.cols, cols-col)
		for x := col; x < col+span; x++ {
			taken[x] = row + max(c.rows, 1)
		}
		col += span
	}
	if col < cols {
		free := 0
		for x := col; x < cols; x++ {
			if taken[x] <= row {
				free++
			}
		}
		if free > 0 {
			last, body := cells[len(cells)-1], 0
			for _, c := range cells {
				if !c.header {
					body++
				}
			}
			p.fail(last.at, "the table at line %d has %d cells after its header that do not fill its last row, at line %d, of %d columns (%d places left): a cell is missing, or one too many, and every row after it is shifted to the next column, which cannot be told where; write each row's cells, an empty one as \"[]\"", p.line(open)+1, body, p.line(rows[row].from)+1, cols, free)
			return nil
		}
	}
	in := make([]pages.GridSource, len(rows))
	for k := range rows {
		if r := &rows[k]; r.from < 0 {
			// A row whose places the cells above all span down to: it
			// stands where the row above does.
			r.from, r.to = rows[k-1].from, rows[k-1].to
		}
	}
	for k, r := range rows {
		in[k] = pages.GridSource{Line: p.line(max(r.from, open)), Cells: len(r.cells)}
	}
	paragraphs := map[int][]string{}
	grid := pages.SpanGrid(p.src, in, func(k, n int) pages.GridCell {
		c := cells[rows[k].cells[n]]
		t, paras := p.cellText(c)
		paragraphs[rows[k].cells[n]] = paras
		return pages.GridCell{Text: t, Line: p.line(c.at), Header: c.header, Cols: c.cols, Rows: c.rows}
	}, pages.GridSpans{Cols: spanOf("colspan"), Rows: spanOf("rowspan"), Bound: cols})
	tb := &pages.Table{}
	var before []pages.Block
	notes := map[*pages.Row]bool{}
	var header [][]string
	for k, r := range rows {
		g := grid[k]
		line := in[k].Line + 1
		switch {
		case g.Note != "" && tb.Line == 0 && len(header) == 0:
			before = append(before, pages.TitleRow(p.src, line, g.Note, "one cell that spans the columns of the table under it (table.cell(colspan: …))"))
			continue
		case r.header && len(tb.Rows) == 0:
			header = append(header, g.Cells)
			if tb.Line == 0 {
				tb.Line = line
			}
			continue
		}
		if tb.Line == 0 {
			tb.Line = line
		}
		row := &pages.Row{Line: line, Raw: strings.TrimSpace(p.s[r.from:r.to]), Cells: g.Cells}
		if g.Note != "" {
			row.Cells, notes[row] = []string{g.Note}, true
		}
		for n, ci := range r.cells {
			if n < len(g.Cells) {
				row.KeepParagraphs(g.Cells[n], paragraphs[ci])
			}
		}
		tb.Rows = append(tb.Rows, row)
	}
	if len(header) > 0 {
		tb.Header = header[0]
		for _, h := range header[1:] {
			for x := range min(len(h), len(tb.Header)) {
				tb.Header[x] = strings.TrimSpace(tb.Header[x] + " " + h[x])
			}
		}
		if len(header) > 1 {
			p.src.Report.Warn(pages.At(p.src.Name, tb.Line), "the table at line %d has %d header rows: read as one, the cells of each column joined (%s)", tb.Line, len(header), pages.Clip(strings.Join(tb.Header, " | ")))
		}
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
	}
	if tb.Line == 0 {
		return before
	}
	after := tb.TakeNotes(p.src, func(r *pages.Row) bool { return notes[r] }, "one cell that spans its columns (table.cell(colspan: …)), a label or a note over the rows below it")
	return append(append(before, pages.Block{Line: tb.Line, Table: tb}), after...)
}

// spanOf names a cell's span in pages.SpanGrid's warnings.
func spanOf(name string) func(int) string {
	return func(n int) string { return fmt.Sprintf("table.cell(%s: %d)", name, n) }
}
