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
	cells  []string
	spans  []int // the rows each cell spans; nil when none spans more than one
	header bool
}

// table reads a table: its title (a DocBook <title>, a TEI <head>) as a
// heading before it, and its rows. Its header row is the first row the
// document marks so: a row of a <thead>, a row whose every cell is a
// <th>, a TEI row of role="label"; a table that marks none has no header
// here, and pages.Read takes its first row for it, as pandoc writes a
// page's header row of <th> cells inside a <tbody> (a wiki's) as a
// plain first row. A cell that spans several rows is each of their
// cells (pages.SpanRows).
func (r *reader) table(n *node, id string) {
	var rows []tableRow
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
				rows = append(rows, r.row(k, id, inHeader))
			case skipped:
			default:
				walk(k, inHeader)
			}
		}
	}
	walk(n, false)
	if len(rows) == 0 {
		return
	}
	cells := make([][]string, len(rows))
	spans := make([][]int, len(rows))
	for i, rw := range rows {
		cells[i], spans[i] = rw.cells, rw.spans
	}
	pages.SpanRows(cells, spans)
	for i := range rows {
		rows[i].cells = cells[i]
	}
	tb := &pages.Table{Line: rows[0].line}
	for i, rw := range rows {
		if i == 0 && rw.header {
			tb.Header = rw.cells
			tb.Cols, _ = pages.ColumnsOf(rw.cells)
			continue
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: rw.line, Raw: "| " + strings.Join(rw.cells, " | ") + " |", Cells: rw.cells})
	}
	r.out = append(r.out, pages.Block{Line: tb.Line, Table: tb})
}

// row reads a table's row: its cells and the rows each spans, at the
// line where its first text begins. A row is a header row in a table's header group, when
// every cell is a <th>, or when TEI marks it role="label".
func (r *reader) row(n *node, id string, inHeader bool) tableRow {
	rw := tableRow{line: n.line, header: inHeader || n.attr("role") == "label"}
	ths, tds := 0, 0
	found := false
	// spanned is the columns a cell of the row spans past its own.
	spanned := 0
	for _, k := range n.kids {
		if k.name == "" || kindOf(k) != cell {
			continue
		}
		if k.name == "covered-table-cell" {
			// OpenDocument's place of a cell that one before spans: in
			// this row, an empty cell of the span, as other styles
			// write it; in a row below, the cell spanned down
			// (pages.SpanRows).
			if spanned > 0 {
				spanned--
				rw.cells = append(rw.cells, "")
				if rw.spans != nil {
					rw.spans = append(rw.spans, 0)
				}
			}
			continue
		}
		spanned = max(colSpan(k)-1, 0)
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
		rw.cells = append(rw.cells, c)
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

// colSpan is the number of columns an OpenDocument cell spans
// (table:number-columns-spanned), 0 when it says none.
func colSpan(n *node) int {
	k, _ := strconv.Atoi(strings.TrimSpace(n.attr("number-columns-spanned")))
	return max(k, 0)
}
