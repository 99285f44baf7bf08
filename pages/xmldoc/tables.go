package xmldoc

import (
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// tableRow is a row of a table with whether the document marks it a
// header row.
type tableRow struct {
	line            int
	cells           []tableCell
	spans           []int // the rows each cell spans; nil when none spans more than one
	header, refused bool
}

// tableCell is a cell's text and the columns it spans (0 or 1 for one,
// untold when the document names columns it does not define), with the
// markup that spans them; and the column it names as its own (at,
// counted from 1, by the markup named: 0 when it names none, put at the
// next column its row leaves free; undefined when its table defines no
// column of the name).
type tableCell struct {
	text, markup string
	cols         int
	at           int
	named        string
}

// undefined is the column of a cell that names one its table does not
// define.
const undefined = -1

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
				rows = append(rows, r.row(k, id, inHeader, cols, n.line))
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
	r.place(rows, n.line)
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

// column reads the column a DocBook entry names as its own into the
// cell: its colname's, else its namest's (with or without a nameend),
// else its spanname's first.
func (c columns) column(n *node, cell *tableCell) {
	for _, a := range []string{"colname", "namest"} {
		if name := n.attr(a); name != "" {
			cell.named = a + "=\"" + name + "\""
			cell.at = c.at(name)
			return
		}
	}
	if name := n.attr("spanname"); name != "" {
		if sp, ok := c.spans[name]; ok {
			cell.named = "spanname=\"" + name + "\""
			cell.at = c.at(sp[0])
		}
	}
}

// at is the column of a name, counted from 1, undefined when no
// <colspec> names it.
func (c columns) at(name string) int {
	if i, ok := c.index[name]; ok {
		return i + 1
	}
	return undefined
}

// place puts each cell of a table's rows that names its column
// (DocBook's colname, namest, spanname) at that column, the columns it
// skips empty cells, as a cell that names none is put at the next column
// its row leaves free (a column a cell spanning rows from a row above
// holds is none). A cell that names a column its table does not define,
// or one left of a column its row has filled or that a cell from above
// holds, cannot be placed: its row is refused, with an error at its line
// naming it, and left out once the cells spanning rows are repeated.
func (r *reader) place(rows []tableRow, tableLine int) {
	held := map[int]int{} // the rows below that a cell spanning rows holds, by its column
	for i := range rows {
		rw := &rows[i]
		cells, spans := rw.cells[:0:0], []int(nil)
		if rw.spans != nil {
			spans = []int{}
		}
		below := map[int]int{}
		next := 0
		for k, c := range rw.cells {
			for held[next] > 0 {
				next++
			}
			if at := c.at - 1; c.at != 0 && c.cols != untold && !rw.refused {
				switch {
				case c.at == undefined:
					r.src.Report.Fail(pages.At(r.src.Name, rw.line), "line %d of the table at line %d holds a cell (%q) whose %s names no column of the table's <colspec>s: at which column its text belongs cannot be told; name a column the table defines, or write the row with one cell a column; or %s", rw.line, tableLine, pages.Clip(c.text), c.named, pages.RowFieldsFix)
					rw.refused = true
				case at < next || held[at] > 0:
					r.src.Report.Fail(pages.At(r.src.Name, rw.line), "line %d of the table at line %d holds a cell (%q) whose %s names column %d, which a cell before it in the row or one spanning rows from above already fills: at which column its text belongs cannot be told; name the column each cell of the row belongs to once, left to right; or %s", rw.line, tableLine, pages.Clip(c.text), c.named, c.at, pages.RowFieldsFix)
					rw.refused = true
				}
				for ; !rw.refused && next < at; next++ {
					if held[next] == 0 {
						cells = append(cells, tableCell{})
						if spans != nil {
							spans = append(spans, 0)
						}
					}
				}
			}
			cells = append(cells, c)
			wide := min(max(c.cols, 1), pages.MaxColumnSpan)
			if spans != nil {
				spans = append(spans, rw.spans[k])
				for j := range wide {
					below[next+j] = rw.spans[k] - 1
				}
			}
			next += wide
		}
		for col, n := range held {
			held[col] = n - 1
		}
		for col, n := range below {
			held[col] = max(held[col], n)
		}
		if !rw.refused {
			rw.cells, rw.spans = cells, spans
		}
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

// putTable puts a table's rows out (the table at line) as
// pages.PutSpannedTable tells, a cell that spans several rows already
// repeated in each (pages.SpanRows): a row refused (refused) left out;
// its first other row its header when the document marks it so; a row
// of one empty cell spanning the columns amid the others left out.
func (r *reader) putTable(rows []tableRow, line int) {
	spanned := make([]pages.SpannedRow, len(rows))
	for i, rw := range rows {
		sr := pages.SpannedRow{Line: rw.line, Cells: make([]string, len(rw.cells)), Cols: make([]int, len(rw.cells)), Header: rw.header}
		for k, c := range rw.cells {
			sr.Cells[k], sr.Cols[k] = c.text, c.cols
		}
		spanned[i] = sr
	}
	refused := func(i int) bool { return r.refused(rows[i], line) }
	r.out = append(r.out, pages.PutSpannedTable(r.src, spanned, pages.SpannedTable{Line: line, Markup: spanMarkup(rows), DropEmpty: true, Refused: refused})...)
}

// refused tells whether the row rw of the table at tableLine is refused
// before its spans over columns are read: refused as it was read, or
// holding a cell whose span cannot be told, with an error at its line.
func (r *reader) refused(rw tableRow, tableLine int) bool {
	if rw.refused {
		return true
	}
	for _, c := range rw.cells {
		if c.cols == untold {
			r.src.Report.Fail(pages.At(r.src.Name, rw.line), "line %d of the table at line %d holds a cell (%q) whose span of columns cannot be told (its %s names no column of the table's <colspec>s or <spanspec>s, or no number): write the columns it spans, or the row with one cell a column", rw.line, tableLine, pages.Clip(c.text), c.markup)
			return true
		}
	}
	return false
}

// row reads a table's row (of the table at tableLine): its cells, the
// rows and columns each spans, an OpenDocument cell repeated the times
// it says (repeated), at the line where its first text begins; a row
// with text in a place a cell before it spans (OpenDocument's
// table:covered-table-cell) is refused with an error at its line. A row is a header row in a
// table's header group, when every cell is a <th>, or when TEI marks it
// role="label".
func (r *reader) row(n *node, id string, inHeader bool, cols columns, tableLine int) tableRow {
	rw := tableRow{line: n.line, header: inHeader || n.attr("role") == "label"}
	ths, tds := 0, 0
	found := false
	var last *node
	for _, k := range n.kids {
		if k.name != "" && kindOf(k) == cell {
			last = k
		}
	}
	for _, k := range n.kids {
		if k.name == "" || kindOf(k) != cell {
			continue
		}
		if k.name == "covered-table-cell" {
			// OpenDocument's place of a cell that one before spans: the
			// spanning cell holds its columns (colSpan), and one spanned
			// down from a row above is that row's (pages.SpanRows). Text
			// in it is under the spanning cell, at no column of its own.
			if c, line := r.cell(k, id); c != "" {
				r.src.Report.Fail(pages.At(r.src.Name, line), "line %d of the table at line %d holds text in a covered cell (%q), a place a cell before it spans (table:covered-table-cell): at which column it belongs cannot be told; move the text into a cell of its own, or the spanning cell; or %s", line, tableLine, pages.Clip(c), pages.RowFieldsFix)
				rw.refused = true
			}
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
		cols.column(k, &tc)
		times := 1
		if k != last {
			times = repeated(k)
		}
		for range times {
			rw.cells = append(rw.cells, tc)
			if rw.spans != nil && len(rw.spans) < len(rw.cells) {
				rw.spans = append(rw.spans, rw.spans[len(rw.spans)-1])
			}
		}
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

// repeated is the number of cells a cell stands for: OpenDocument's
// table:number-columns-repeated (the empty cells a row skips, written
// once; those that end a row, up to the 1024 columns of a sheet, are
// read as the one), one when it says none.
func repeated(n *node) int {
	k, err := strconv.Atoi(strings.TrimSpace(n.attr("number-columns-repeated")))
	if err != nil || k < 1 {
		return 1
	}
	return min(k, pages.MaxColumnSpan)
}

// isList reports whether an element is a list of items.
func isList(n *node) bool {
	switch n.name {
	case "itemizedlist", "orderedlist", "simplelist", "list":
		return true
	}
	return false
}
