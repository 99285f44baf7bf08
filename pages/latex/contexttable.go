package latex

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// contextMark is what a command between or in a ConTeXt table's rows
// does: start or stop a row or a cell, part cells or end a row (a
// tabulation's \NC, \NR), draw a rule, or start a part of the table.
type contextMark int

const (
	rowStart contextMark = iota + 1
	rowStop
	cellStart
	cellStop
	cellPart
	rowEnd
	tableRule
	headPart
	bodyPart
	footPart
	nextPart
	partStop
)

// contextMarks are the commands of the three kinds of ConTeXt tables:
// extreme (\startxrow), natural (\bTR) and tabulations (\NC … \NR).
var contextMarks = map[string]contextMark{
	"startxrow": rowStart, "stopxrow": rowStop, "startxcell": cellStart, "stopxcell": cellStop,
	"startxtablehead": headPart, "stopxtablehead": partStop, "startxtablebody": bodyPart, "stopxtablebody": partStop,
	"startxtablefoot": footPart, "stopxtablefoot": partStop, "startxtablenext": nextPart, "stopxtablenext": partStop,
	"bTR": rowStart, "eTR": rowStop, "bTD": cellStart, "eTD": cellStop, "bTH": cellStart, "eTH": cellStop,
	"bTABLEhead": headPart, "eTABLEhead": partStop, "bTABLEbody": bodyPart, "eTABLEbody": partStop,
	"bTABLEfoot": footPart, "eTABLEfoot": partStop, "bTABLEnext": nextPart, "eTABLEnext": partStop,
	"starttabulatehead": headPart, "stoptabulatehead": partStop, "starttabulatetail": footPart, "stoptabulatetail": partStop,
	"NC": cellPart, "VL": cellPart, "NR": rowEnd, "AR": rowEnd, "FR": rowEnd, "MR": rowEnd, "LR": rowEnd, "SR": rowEnd, "BR": rowEnd,
	"HL": tableRule, "FL": tableRule, "ML": tableRule, "LL": tableRule, "BL": tableRule, "TB": tableRule, "hline": tableRule,
}

// contextRow is a row of a ConTeXt table as written: its cells' markup
// and how many columns and rows each spans (nx=, ny=), its page line,
// its source and the part of the table it is in.
type contextRow struct {
	cells  []string
	nx, ny []int
	line   int
	raw    string
	part   contextMark
}

// contextTable reads the table beginning at line index i with command
// start (\startxtable, \bTABLE, \starttabulate, \starttable): its rows,
// each of the cells between a cell's start and stop, or parted by \NC
// and ended by \NR in a tabulation, a cell going on over as many lines
// as pandoc wraps it on. The last row of its head is its header, a row
// above it a title over the table (pages.TitleRow); a tabulation's first
// row a rule sets apart is its header. The rows of its foot are rows of
// the table after its body, where ConTeXt prints them, those of the head
// repeated on the next pages (\startxtablenext) no rows (repeatedHead).
// A row of one cell spanning the columns (nx=) is a note over the rows
// below it, one of several cells one of which spans columns is refused
// (pages.ColumnSpanRow), a cell spanning rows (ny=) fills the empty
// cells of its column below.
// It returns the table, nil when it has no row, the text before and
// after it and the index of its last line.
func contextTable(src pages.Source, i, to int, start string) (*pages.Table, []pages.Block, []pages.Block, int) {
	end := contextClosing(src, i, to, `\`+contextTableEnds[start])
	s, lineAt := joined(src, i, end)
	pairs := groupsOf(s, true)
	var rows []contextRow
	ruled := map[int]bool{}
	part, nested := bodyPart, 0
	var row *contextRow
	rowFrom, cellFrom, nx, ny := 0, -1, 1, 1
	parted := false // whether the open cell is one an \NC opened
	closeCell := func(at int, last bool) {
		if row != nil && cellFrom >= 0 && !(last && parted && strings.TrimSpace(s[cellFrom:at]) == "") {
			row.cells, row.nx, row.ny = append(row.cells, s[cellFrom:at]), append(row.nx, nx), append(row.ny, ny)
		}
		cellFrom, nx, ny, parted = -1, 1, 1, false
	}
	openRow := func(at int) {
		row, rowFrom = &contextRow{line: lineAt(at), part: part}, at
	}
	closeRow := func(at int) {
		if row == nil {
			return
		}
		closeCell(at, true)
		row.raw = strings.TrimSpace(s[rowFrom:at])
		if len(row.cells) > 0 {
			rows = append(rows, *row)
		}
		row = nil
	}
	pos := skipBlank(s, strings.Index(s, `\`+start)+len(`\`+start))
	for pos < len(s) && s[pos] == '[' {
		pos = skipBlank(s, pairs.closing(pos)+1)
	}
	for p := pos; p < len(s); p++ {
		if s[p] != '\\' || p+1 >= len(s) {
			continue
		}
		if !pages.IsASCIILetter(s[p+1]) {
			p++
			continue
		}
		q := nameEnd(s, p+1)
		name := s[p+1 : q]
		if contextTableEnds[name] != "" {
			nested++
		} else if nested > 0 && contextTableEndsOf(name) {
			nested--
		}
		mark := contextMarks[name]
		if nested > 0 || mark == 0 {
			p = q - 1
			continue
		}
		switch mark {
		case rowStart:
			closeRow(p)
			openRow(p)
		case rowStop:
			closeRow(p)
		case cellStart:
			if row == nil {
				openRow(p)
			}
			closeCell(p, false)
			if q < len(s) && s[q] == '[' {
				k := pairs.closing(q)
				opts := s[q+1 : min(k, len(s))]
				nx, ny = spanOf(opts, "nx"), spanOf(opts, "ny")
				q = min(k+1, len(s))
			}
			cellFrom = q
		case cellStop:
			closeCell(p, false)
		case cellPart:
			if row == nil {
				openRow(p)
			}
			closeCell(p, false)
			cellFrom, parted = q, true
		case rowEnd:
			closeRow(p)
		case tableRule:
			if row == nil && len(rows) > 0 {
				ruled[len(rows)-1] = true
			}
		case headPart, bodyPart, footPart, nextPart:
			closeRow(p)
			part = mark
		case partStop:
			closeRow(p)
			part = bodyPart
		}
		p = q - 1
	}
	closeRow(len(s))
	return contextRows(src, rows, ruled, end)
}

// contextTableEndsOf reports whether command name ends a table.
func contextTableEndsOf(name string) bool {
	for _, e := range contextTableEnds {
		if e == name {
			return true
		}
	}
	return false
}

// spanOf is the number of columns or rows a cell's settings (opts, "nx=2")
// say it spans with key: 1 when they say none, or a number out of 1 to
// maxSpan.
func spanOf(opts, key string) int {
	v, ok := setting(opts, key)
	if !ok {
		return 1
	}
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 1 || n > maxSpan {
		return 1
	}
	return n
}

// contextRows makes the table of rows read from a ConTeXt table whose
// last line has index end: the last of its head's rows is its header
// (or, with no head, the first row a rule sets apart), each head row
// above it a title over the table; the rows of its body follow, then
// those of its foot, with a warning where that moves them (a foot
// written before the body); the head repeated on the next pages is no
// row, checked against the head (repeatedHead).
func contextRows(src pages.Source, rows []contextRow, ruled map[int]bool, end int) (*pages.Table, []pages.Block, []pages.Block, int) {
	var head, body, foot, next []int
	moved := -1
	for k, r := range rows {
		switch r.part {
		case headPart:
			head = append(head, k)
		case footPart:
			foot = append(foot, k)
		case nextPart:
			next = append(next, k)
		default:
			if len(foot) > 0 && moved < 0 {
				moved = foot[0]
			}
			body = append(body, k)
		}
	}
	if moved >= 0 {
		src.Report.Warn(pages.At(src.Name, rows[moved].line), "line %d starts the foot of a table (its rows at lines %d-%d), written before its body at line %d: read its rows after the body's, where the table prints them", rows[moved].line, rows[foot[0]].line, rows[foot[len(foot)-1]].line, rows[body[0]].line)
	}
	repeatedHead(src, rows, head, next)
	tb := &pages.Table{}
	var before []pages.Block
	notes := map[*pages.Row]bool{}
	var down []spanDown
	order := append(append(append([]int{}, head...), body...), foot...)
	for n, k := range order {
		r := rows[k]
		cs := make([]string, 0, len(r.cells))
		spans := make([]int, 0, len(r.cells))
		wide := false
		for c, raw := range r.cells {
			cs, spans = append(cs, contextInline(raw, false)), append(spans, r.ny[c])
			for x := 1; x < r.nx[c]; x++ {
				cs, spans = append(cs, ""), append(spans, 1)
			}
			wide = wide || r.nx[c] > 1
		}
		whole := wide && len(r.cells) == 1 && cs[0] != ""
		if wide && len(r.cells) > 1 {
			if _, ok := pages.ColumnSpanRow(src, r.line, rows[order[0]].line, r.texts(), r.nx, "nx="); !ok {
				continue
			}
		}
		for c := range down {
			if d := &down[c]; d.left > 0 && d.col < len(cs) && strings.TrimSpace(cs[d.col]) == "" {
				cs[d.col], d.left = d.text, d.left-1
			}
		}
		for col, ny := range spans {
			if ny > 1 {
				down = append(down, spanDown{col: col, left: ny - 1, text: cs[col]})
			}
		}
		switch {
		case n < len(head)-1 || whole && tb.Line == 0:
			if shown := strings.Join(strings.Fields(strings.Join(cs, " ")), " "); shown != "" {
				before = append(before, pages.TitleRow(src, r.line, shown, "a row of the table's head above its last (a title over its header)"))
			}
			continue
		case n == len(head)-1 || len(head) == 0 && n == 0 && ruled[k]:
			tb.Line, tb.Header = r.line, cs
			tb.Cols, _ = pages.ColumnsOf(cs)
			continue
		}
		if tb.Line == 0 {
			tb.Line = r.line
		}
		row := &pages.Row{Line: r.line, Raw: r.raw, Cells: cs}
		notes[row] = whole
		tb.Rows = append(tb.Rows, row)
	}
	if tb.Line == 0 {
		return nil, before, nil, end
	}
	after := tb.TakeNotes(src, func(row *pages.Row) bool { return notes[row] }, pages.ColumnSpanNote("nx="))
	return tb, before, after, end
}

// repeatedHead checks the rows of a table's head repeated on the pages
// after its first (next: \startxtablenext, \bTABLEnext), which are no
// rows of the table, against its head: a row that is not the head's
// row at its place (head) says what the table does not, and is left out
// with a warning at its line.
func repeatedHead(src pages.Source, rows []contextRow, head, next []int) {
	for n, k := range next {
		r := rows[k]
		shown := strings.Join(r.texts(), " | ")
		if n < len(head) && shown == strings.Join(rows[head[n]].texts(), " | ") {
			continue
		}
		what := "the table has no head"
		if n < len(head) {
			what = fmt.Sprintf("its head's row at line %d is %q", rows[head[n]].line, pages.Clip(strings.Join(rows[head[n]].texts(), " | ")))
		} else if len(head) > 0 {
			what = fmt.Sprintf("its head at line %d has %d rows", rows[head[0]].line, len(head))
		}
		src.Report.Warn(pages.At(src.Name, r.line), "line %d is a row of the head a table repeats on the pages after its first (next), %q, but %s: read as no row of the table; write it in the table's head or body", r.line, pages.Clip(shown), what)
	}
}

// texts are a row's cells' text, as a cell of a table reads.
func (r contextRow) texts() []string {
	out := make([]string, len(r.cells))
	for c, raw := range r.cells {
		out[c] = contextInline(raw, false)
	}
	return out
}
