package xmldoc

import (
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// tableRow is a row of a table with whether the document marks it a
// header row.
type tableRow struct {
	line   int
	cells  []tableCell
	spans  []int // the rows each cell spans; nil when none spans more than one
	header bool
}

// tableCell is a cell's text and the columns it spans (0 or 1 for one,
// untold when the document names columns it does not define), with the
// markup that spans them.
type tableCell struct {
	text, markup string
	cols         int
}

// untold is a cell's span over columns the document names but does not
// define (a DocBook namest of no colspec): how many it covers cannot be
// told.
const untold = -1

// columns are a DocBook <tgroup>'s columns by name (its <colspec>s) and
// its spans of columns by name (its <spanspec>s), for the cells that
// span columns by their names.
type columns struct {
	index map[string]int
	spans map[string][2]string
}

// table reads a table: its title (a DocBook <title>, a TEI <head>) as a
// heading before it, and its rows. Its header row is the first row the
// document marks so: a row of a <thead>, a row whose every cell is a
// <th>, a TEI row of role="label"; a table that marks none has no header
// here, and pages.Read takes its first row for it, as pandoc writes a
// page's header row of <th> cells inside a <tbody> (a wiki's) as a
// plain first row. A cell that spans several rows is each of their
// cells (pages.SpanRows); one that spans columns is read as putTable
// tells.
func (r *reader) table(n *node, id string) {
	var rows []tableRow
	cols := columns{index: map[string]int{}, spans: map[string][2]string{}}
	var walk func(n *node, inHeader bool)
	walk = func(n *node, inHeader bool) {
		for _, k := range n.kids {
			if k.name == "" {
				continue
			}
			switch kindOf(k) {
			case title:
				if t, line := r.inline(k.kids, id, true); t != "" {
					r.out = append(r.out, pages.Block{Line: line, Text: pages.Title(t, true)})
				}
			case header:
				walk(k, true)
			case row:
				rows = append(rows, r.row(k, id, inHeader, cols))
			case skipped:
				cols.define(k)
			default:
				walk(k, inHeader)
			}
		}
	}
	walk(n, false)
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
	r.putTable(rows, n.line)
}

// define reads a DocBook <colspec> (a column's name, at its colnum or
// after the column before it) or <spanspec> (a span's name, from its
// namest to its nameend column) into the columns.
func (c columns) define(n *node) {
	switch n.name {
	case "colspec":
		at := len(c.index)
		if k, err := strconv.Atoi(strings.TrimSpace(n.attr("colnum"))); err == nil && k > 0 {
			at = k - 1
		}
		if name := n.attr("colname"); name != "" {
			c.index[name] = at
		}
	case "spanspec":
		c.spans[n.attr("spanname")] = [2]string{n.attr("namest"), n.attr("nameend")}
	}
}

// colSpan reads the columns a cell spans (0 when it says none; untold
// when it names a column or span its table does not define, or gives no
// number) into the cell: DocBook's namest to nameend, or its spanname's,
// JATS' colspan, TEI's cols, ICML's ColumnSpan, OpenDocument's
// table:number-columns-spanned.
func (c columns) colSpan(n *node, cell *tableCell) {
	st, end := n.attr("namest"), n.attr("nameend")
	cell.markup = "namest/nameend"
	if name := n.attr("spanname"); name != "" {
		sp, ok := c.spans[name]
		cell.markup, st, end = "spanname", sp[0], sp[1]
		if !ok {
			cell.cols = untold
			return
		}
	}
	if end != "" {
		a, ok1 := c.index[st]
		b, ok2 := c.index[end]
		cell.cols = b - a + 1
		if !ok1 || !ok2 || b < a {
			cell.cols = untold
		}
		return
	}
	for _, a := range [][2]string{{"colspan", "colspan"}, {"cols", "cols"}, {"columnspan", "ColumnSpan"}, {"number-columns-spanned", "table:number-columns-spanned"}} {
		if v := n.attr(a[0]); v != "" {
			cell.markup = a[1]
			k, err := strconv.Atoi(strings.TrimSpace(v))
			cell.cols = k
			if err != nil || k < 0 {
				cell.cols = untold
			}
			return
		}
	}
}

// spanMarkup names the markup by which a table's cells span columns,
// for the warnings: the attribute of the first cell that spans columns
// (DocBook's namest/nameend or spanname, JATS' colspan, TEI's cols,
// ICML's ColumnSpan).
func spanMarkup(rows []tableRow) string {
	for _, rw := range rows {
		for _, c := range rw.cells {
			if c.cols > 1 || c.cols == untold {
				return c.markup
			}
		}
	}
	return "colspan"
}

// putTable puts a table's rows out, a cell that spans several rows
// repeated in each (pages.SpanRows): a row whose cells span columns as
// pages.ColumnSpanRow tells it, a row refused left out; the rows of one
// cell spanning the columns it begins with as titles over it, or as its
// text where it has no other row (pages.ColumnSpanTitles); its first
// other row as its header when the document marks it so; a row of one
// cell spanning the columns amid the others as a note after it
// (pages.TakeNotes).
func (r *reader) putTable(rows []tableRow, line int) {
	markup := spanMarkup(rows)
	notes := map[int]bool{}
	kept := rows[:0]
	for _, rw := range rows {
		texts := make([]string, len(rw.cells))
		spans := make([]int, len(rw.cells))
		for i, c := range rw.cells {
			texts[i], spans[i] = c.text, c.cols
			if c.cols == untold {
				r.src.Report.Fail(pages.At(r.src.Name, rw.line), "line %d of the table at line %d holds a cell (%q) whose span of columns cannot be told (its %s names no column of the table's <colspec>s or <spanspec>s, or no number): write the columns it spans, or the row with one cell a column", rw.line, line, pages.Clip(c.text), c.markup)
				spans = nil
				break
			}
		}
		if spans == nil {
			continue
		}
		note, ok := pages.ColumnSpanRow(r.src, rw.line, line, texts, spans, markup)
		if !ok {
			continue
		}
		notes[len(kept)] = note
		kept = append(kept, rw)
	}
	rows = kept
	lead := 0
	for lead < len(rows) && notes[lead] {
		lead++
	}
	lines, texts := make([]int, lead), make([]string, lead)
	for i, rw := range rows[:lead] {
		lines[i], texts[i] = rw.line, rw.cells[0].text
	}
	r.out = append(r.out, pages.ColumnSpanTitles(r.src, lines, texts, lead == len(rows), markup)...)
	if lead == len(rows) {
		return
	}
	tb := &pages.Table{Line: rows[lead].line}
	noteRows := map[*pages.Row]bool{}
	for i, rw := range rows[lead:] {
		cells := make([]string, len(rw.cells))
		for k, c := range rw.cells {
			cells[k] = c.text
		}
		if i == 0 && rw.header {
			tb.Header = cells
			tb.Cols, _ = pages.ColumnsOf(cells)
			continue
		}
		if notes[lead+i] && cells[0] == "" {
			continue
		}
		row := &pages.Row{Line: rw.line, Raw: "| " + strings.Join(cells, " | ") + " |", Cells: cells}
		noteRows[row] = notes[lead+i]
		tb.Rows = append(tb.Rows, row)
	}
	taken := tb.TakeNotes(r.src, func(row *pages.Row) bool { return noteRows[row] }, pages.ColumnSpanNote(markup))
	r.out = append(append(r.out, pages.Block{Line: tb.Line, Table: tb}), taken...)
}

// row reads a table's row: its cells, the rows and columns each spans,
// at the line where its first text begins. A row is a header row in a
// table's header group, when every cell is a <th>, or when TEI marks it
// role="label".
func (r *reader) row(n *node, id string, inHeader bool, cols columns) tableRow {
	rw := tableRow{line: n.line, header: inHeader || n.attr("role") == "label"}
	ths, tds := 0, 0
	found := false
	for _, k := range n.kids {
		if k.name == "" || kindOf(k) != cell {
			continue
		}
		if k.name == "covered-table-cell" {
			// OpenDocument's place of a cell that one before spans: the
			// spanning cell holds its columns (colSpan), and one spanned
			// down from a row above is that row's (pages.SpanRows).
			continue
		}
		if k.name == "th" {
			ths++
		} else {
			tds++
		}
		c, line := r.cell(k, id)
		if line != 0 && !found {
			rw.line, found = line, true
		}
		if n := rowSpan(k); n > 1 || rw.spans != nil {
			if rw.spans == nil {
				rw.spans = make([]int, len(rw.cells))
			}
			rw.spans = append(rw.spans, n)
		}
		tc := tableCell{text: c}
		cols.colSpan(k, &tc)
		rw.cells = append(rw.cells, tc)
	}
	if ths > 0 && tds == 0 {
		rw.header = true
	}
	return rw
}

// cell reads a cell's text on one line: its paragraphs joined, a list in
// it as its items (pages.ListInCellFollowed), with the line where its
// text begins.
func (r *reader) cell(n *node, id string) (string, int) {
	var prose, items, after []string
	line := 0
	var run []*node
	flush := func() {
		if t, l := r.inline(run, id, false); t != "" {
			if items == nil {
				prose = append(prose, t)
			} else {
				after = append(after, t)
			}
			if line == 0 {
				line = l
			}
		}
		run = nil
	}
	for _, k := range n.kids {
		if k.name == "" || !isList(k) {
			run = append(run, k)
			continue
		}
		flush()
		for _, it := range k.kids {
			if it.name != "" && kindOf(it) == item {
				if t, l := r.inline(it.kids, id, false); t != "" {
					items = append(items, t)
					if line == 0 {
						line = l
					}
				}
			}
		}
	}
	flush()
	return pages.ListInCellFollowed(prose, items, after), line
}

// rowSpan is the number of rows a cell spans, 0 when it says none:
// DocBook's morerows (the rows it spans below its own), JATS' rowspan,
// TEI's rows, OpenDocument's table:number-rows-spanned.
func rowSpan(n *node) int {
	if v := n.attr("morerows"); v != "" {
		k, _ := strconv.Atoi(strings.TrimSpace(v))
		return max(k, 0) + 1
	}
	for _, a := range []string{"rowspan", "rows", "number-rows-spanned"} {
		if v := n.attr(a); v != "" {
			k, _ := strconv.Atoi(strings.TrimSpace(v))
			return max(k, 0)
		}
	}
	return 0
}

// isList reports whether an element is a list of items.
func isList(n *node) bool {
	switch n.name {
	case "itemizedlist", "orderedlist", "simplelist", "list":
		return true
	}
	return false
}
