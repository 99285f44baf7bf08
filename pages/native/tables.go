package native

import (
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// spanMarkup names, in warnings, the markup by which a cell spans
// columns.
const spanMarkup = "ColSpan"

// tableRow is a row of a table: its cells, whether the AST puts it in
// the table's head, and the page line of its first text.
type tableRow struct {
	line   int
	cells  []tableCell
	spans  []int // the rows each cell spans (0 or 1 for one)
	header bool
}

// tableCell is a cell's text and the columns it spans (0 or 1 for one).
type tableCell struct {
	text string
	cols int
}

// table reads a Table: pandoc-types 1.21's (pandoc 2.10 and later: an
// attr, a Caption, the columns, a TableHead, TableBodys, a TableFoot)
// or the older one (a caption's inlines, alignments, widths, the header
// cells, the rows). Its caption is text before it; the rows of its head
// are header rows, the first its header; a table whose head holds none
// has no header here, and pages.Read takes its first row for it. A cell
// that spans rows (RowSpan) is each of their cells (pages.SpanRows); one
// that spans columns (ColSpan) is read as putTable tells.
func (r *reader) table(b *value) {
	var rows []tableRow
	switch {
	case len(b.args) == 6 && b.args[1].is("Caption"):
		r.caption(b.args[1])
		if head := b.arg(3, constructor); head.is("TableHead") {
			rows = r.rows(rows, head.arg(1, list), true)
		}
		if bodies := b.arg(4, list); bodies != nil {
			for _, body := range bodies.args {
				if !body.is("TableBody") {
					r.malformed(body, "a TableBody")
					continue
				}
				rows = r.rows(rows, body.arg(2, list), false)
				rows = r.rows(rows, body.arg(3, list), false)
			}
		}
		if foot := b.arg(5, constructor); foot.is("TableFoot") {
			rows = r.rows(rows, foot.arg(1, list), false)
		}
	case len(b.args) == 5 && b.args[0].kind == list && b.args[3].kind == list && b.args[4].kind == list:
		r.text(b.args[0], b, "", false)
		if head := r.oldRow(b.args[3], true); head.cells != nil && head.line != 0 {
			rows = append(rows, head)
		}
		for _, rw := range b.args[4].args {
			if rw.kind != list {
				r.malformed(rw, "a row of cells")
				continue
			}
			rows = append(rows, r.oldRow(rw, false))
		}
	default:
		r.malformed(b, "a Table of a caption, its columns, its head, bodies and foot")
		return
	}
	if len(rows) == 0 {
		return
	}
	cells := make([][]tableCell, len(rows))
	spans := make([][]int, len(rows))
	for i, rw := range rows {
		cells[i], spans[i] = rw.cells, rw.spans
	}
	pages.SpanRows(cells, spans)
	for i := range rows {
		rows[i].cells = cells[i]
	}
	r.putTable(rows, b.line)
}

// rows appends the rows of a list of Rows ("Row attr [Cell]"), each
// cell's RowSpan and ColSpan with it.
func (r *reader) rows(rows []tableRow, l *value, header bool) []tableRow {
	if l == nil {
		return rows
	}
	for _, rw := range l.args {
		cl := rw.arg(1, list)
		if !rw.is("Row") || cl == nil {
			r.malformed(rw, "a Row of cells")
			continue
		}
		out := tableRow{header: header}
		for _, c := range cl.args {
			if !c.is("Cell") || len(c.args) != 5 || c.args[4].kind != list {
				r.malformed(c, "a Cell of an attr, an alignment, its RowSpan and ColSpan and its blocks")
				continue
			}
			text, line := r.cell(c.args[4])
			if out.line == 0 {
				out.line = line
			}
			out.cells = append(out.cells, tableCell{text: text, cols: spanOf(c.args[3], "ColSpan")})
			out.spans = append(out.spans, spanOf(c.args[2], "RowSpan"))
		}
		if out.line == 0 {
			out.line = rw.line
		}
		rows = append(rows, out)
	}
	return rows
}

// oldRow reads a row of the older Table: a list of cells, each a list
// of blocks. Its line is that of its first text, 0 when it has none.
func (r *reader) oldRow(l *value, header bool) tableRow {
	out := tableRow{header: header}
	for _, c := range l.args {
		if c.kind != list {
			r.malformed(c, "a cell of blocks")
			continue
		}
		text, line := r.cell(c)
		if out.line == 0 {
			out.line = line
		}
		out.cells = append(out.cells, tableCell{text: text})
		out.spans = append(out.spans, 0)
	}
	if out.line == 0 && !header {
		out.line = l.line
	}
	return out
}

// spanOf is the number a cell's "(RowSpan n)" or "(ColSpan n)" says, 0
// when it says none.
func spanOf(v *value, name string) int {
	if n := v.arg(0, number); v.is(name) && n != nil {
		k, err := strconv.Atoi(n.text)
		if err == nil && k > 0 {
			return k
		}
	}
	return 0
}

// cell reads a cell's blocks as its text on one line, with the line of
// its first string: its paragraphs joined, a list in it as its items
// (pages.ListInCellFollowed), a code block's lines and the text of any
// other block joined with spaces.
func (r *reader) cell(l *value) (string, int) {
	var prose, items, after []string
	line := 0
	note := func(t string, at int) {
		if t == "" {
			return
		}
		if items == nil {
			prose = append(prose, t)
		} else {
			after = append(after, t)
		}
		if line == 0 {
			line = at
		}
	}
	for _, b := range l.args {
		switch {
		case b.is("BulletList") || b.is("OrderedList"):
			its := b.arg(0, list)
			if b.is("OrderedList") {
				its = b.arg(1, list)
			}
			for _, it := range argsOf(its) {
				if t, at := r.words(it); t != "" {
					items = append(items, t)
					if line == 0 {
						line = at
					}
				}
			}
		default:
			note(r.words(b))
		}
	}
	return pages.ListInCellFollowed(prose, items, after), line
}

// words is the text of a block, or of a list of blocks, on one line:
// the inlines of its paragraphs, headings and lines, a code block's
// lines, joined with spaces, with the line of its first string.
func (r *reader) words(v *value) (string, int) {
	var parts []string
	line := 0
	var walk func(v *value)
	walk = func(v *value) {
		var t string
		at := 0
		switch {
		case v.is("Para") || v.is("Plain"):
			t, at = r.inline(argsOf(v.arg(0, list)), "", false)
		case v.is("Header"):
			t, at = r.inline(argsOf(v.arg(2, list)), "", false)
		case v.is("CodeBlock"):
			if s := v.arg(1, str); s != nil {
				t, at = strings.Join(strings.Fields(s.text), " "), s.line
			}
		case v.is("RawBlock"), v.kind == str, v.kind == number:
		default:
			for _, a := range v.args {
				walk(a)
			}
		}
		if t != "" {
			parts = append(parts, t)
			if line == 0 {
				line = at
			}
		}
	}
	walk(v)
	return strings.Join(parts, " "), line
}

// putTable puts a table's rows out (the table at tableLine) as
// pages.PutSpannedTable tells: its first row its header when the AST puts
// it in the table's head, a row of one empty cell spanning the columns
// amid the others left out.
func (r *reader) putTable(rows []tableRow, tableLine int) {
	spanned := make([]pages.SpannedRow, len(rows))
	for i, rw := range rows {
		sr := pages.SpannedRow{Line: rw.line, Cells: make([]string, len(rw.cells)), Cols: make([]int, len(rw.cells)), Header: rw.header}
		for k, c := range rw.cells {
			sr.Cells[k], sr.Cols[k] = c.text, c.cols
		}
		spanned[i] = sr
	}
	r.out = append(r.out, pages.PutSpannedTable(r.src, spanned, pages.SpannedTable{Line: tableLine, Markup: spanMarkup, DropEmpty: true})...)
}
