package cellperline

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// A table can also be written column by column: each header cell on a
// line of its own followed by the cells of its column, the names, then
// the types, then the descriptions, as pdfminer's pdf2txt lays out a
// PDF's table (each column a box of text, the cells of a row it sets on
// one line glued by a space, "Name Code"), and as some PDF viewers copy
// one and some OCR tools read one. Which cells make a row is then only
// their order, which such a tool does not keep (pdf2txt writes a
// column's cells out of order): no such table can be read without
// guessing. It is known by its header cells: a run of them that names a
// Name or a Code column, then cells, then a header cell of a column the
// run did not name, standing apart from the run, before any header that
// names a column again (the next table's). The table is refused at its
// first line, once, naming where its columns stand; its lines up to the
// next table, a code block or the page's end are read as no table, so
// that no cascade of errors follows.

// maxColumnLines bounds the lines between a column-wise table's header
// cells, and after its last one.
const maxColumnLines = 80

// columnWise is a table written column by column: its header cells, in
// the order the page writes them, and where its lines begin and end.
type columnWise struct {
	heads []int // the lines of its header cells, counted from 0
	first int   // the group its first line is in
	from  int   // the index of its first line in that group
	last  int   // the group its last line is in
	end   int   // its last line, counted from 0
}

// kinds is a set of column kinds, a bit each.
type kinds uint8

// otherColumn is the kind of a header cell that names a column of no
// Column kind ("Default", "Message"): a cell of a header run, which
// names no column a table can be told by.
const otherColumn = kinds(1 << pages.ColOther)

// columnCell returns the columns a line of the page names when it is a
// header cell standing alone, or the cells of a header row glued by
// spaces ("Name Code"): each word a column word (pages.ColumnOf) of a
// column of its own, the line begun by no small letter (a field "type"
// is a name), and no rest of the line before it, which a narrow column
// broke at a hyphen ("Secret-" over "Key"); otherColumn for a header
// cell of another column; 0 for any other line.
func columnCell(ts []string, l int) kinds {
	t := ts[l]
	if t == "" || len(t) > pages.MaxHeaderCell {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(t); unicode.IsLower(r) || l > 0 && strings.HasSuffix(ts[l-1], "-") {
		return 0
	}
	if k := pages.ColumnOf(t); k != pages.ColOther {
		return 1 << k
	}
	if pages.IsColumnWord(t) || pages.OtherColumnOf(t) != pages.OtherUnknown {
		return otherColumn
	}
	var ks kinds
	for rest := t; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		k := pages.ColumnOf(w)
		if k == pages.ColOther || ks&(1<<k) != 0 {
			return 0
		}
		ks |= 1 << k
	}
	if ks&(ks-1) == 0 {
		return 0 // one word, or none: "Status Code" names one column
	}
	return ks
}

// columnWiseTables finds the tables written column by column of a page
// of the style, its groups gs of its lines, cleaned ts, in order.
func columnWiseTables(lines, ts []string, gs []group) []columnWise {
	var cws []columnWise
	var sc *columnScan
	for g := 0; g < len(gs); g++ {
		for i := range gs[g].lines {
			if columnCell(ts, gs[g].lines[i]) == 0 {
				continue
			}
			if sc == nil {
				sc = newColumnScan(lines, gs)
			}
			if cw, ok := sc.at(ts, g, i); ok {
				cws = append(cws, cw)
				g = cw.last
				break
			}
		}
	}
	return cws
}

// columnScan holds what the search for tables written column by column
// reads of a page, once: its non-blank lines in order, the group of
// each, and of each group whether it ends the search (a code block, the
// chrome that ends the page's content), told once asked.
type columnScan struct {
	lines   []string
	gs      []group
	flat    []int  // the lines of the groups, in order
	groupOf []int  // the group of each of flat's lines
	offset  []int  // the index in flat of each group's first line
	stops   []int8 // of each group: 0 not told yet, 1 it ends the search, 2 not
}

// newColumnScan is the columnScan of a page's lines and their groups.
func newColumnScan(lines []string, gs []group) *columnScan {
	n := 0
	for _, grp := range gs {
		n += len(grp.lines)
	}
	sc := &columnScan{lines: lines, gs: gs, flat: make([]int, 0, n), groupOf: make([]int, 0, n), offset: make([]int, len(gs)), stops: make([]int8, len(gs))}
	for k, grp := range gs {
		sc.offset[k] = len(sc.flat)
		for _, l := range grp.lines {
			sc.flat, sc.groupOf = append(sc.flat, l), append(sc.groupOf, k)
		}
	}
	return sc
}

// stop reports whether group k ends the search: a code block, or the
// chrome that ends the page's content (pages.EndsContent).
func (sc *columnScan) stop(k int) bool {
	if sc.stops[k] == 0 {
		sc.stops[k] = 2
		if codeGroup(sc.lines, sc.gs[k]) || pages.EndsContent(sc.lines, sc.gs[k].lines[0]) {
			sc.stops[k] = 1
		}
	}
	return sc.stops[k] == 1
}

// after are the lines after line i of group g, up to a group that ends
// the search.
func (sc *columnScan) after(g, i int) []int {
	from := sc.offset[g] + i + 1
	end := from
	for end < len(sc.flat) && (sc.groupOf[end] == g || !sc.stop(sc.groupOf[end])) {
		end++
	}
	return sc.flat[from:end]
}

// at finds the table written column by column whose first header cell
// is line i of group g, of the page's cleaned lines ts. ok is false
// where none starts there: a header run all of whose columns stand
// together (a table written row by row), or none of them a Name or a
// Code column.
func (sc *columnScan) at(ts []string, g, i int) (cw columnWise, ok bool) {
	s := sc.gs[g].lines[i]
	k0 := columnCell(ts, s)
	if k0 == 0 {
		return cw, false
	}
	if prev := previousLine(ts, s); prev >= 0 && columnCell(ts, prev) != 0 {
		return cw, false // inside a run of header cells
	}
	cw = columnWise{heads: []int{s}, first: g, from: i, last: g, end: s}
	after := sc.after(g, i)
	if !runNames(ts, k0, after) {
		return cw, false
	}
	groupOf := sc.groupOf[sc.offset[g]+i+1:]
	seen, apart, body := k0, false, 0
	for j, l := range after {
		cell := columnCell(ts, l)
		ks := cell &^ otherColumn
		switch {
		case cell == otherColumn:
		case ks != 0 && (ks&seen != 0 || body > 0 && runSeen(ts, after[j+1:], seen)):
			return cw.of(apart, seen)
		case ks != 0:
			seen |= ks
			cw.heads = append(cw.heads, l)
			apart = apart || body > 0
			body = 0
		case body == maxColumnLines:
			return cw.of(apart, seen)
		default:
			body++
		}
		if j+1 == len(after) || groupOf[j+1] != groupOf[j] {
			cw.last, cw.end = groupOf[j], l
		}
	}
	return cw.of(apart, seen)
}

// previousLine is the last line before line l that is not blank, or -1.
func previousLine(ts []string, l int) int {
	for l--; l >= 0 && ts[l] == ""; l-- {
	}
	return l
}

// nameOrCode is the set of the columns a table's first column is: a
// table of fields, or an enum.
const nameOrCode = kinds(1<<pages.ColName | 1<<pages.ColCode)

// runNames reports whether the run of header cells that names the
// columns k0, then goes on at the lines after, names a Name or a Code
// column.
func runNames(ts []string, k0 kinds, after []int) bool {
	ks := k0
	for _, l := range after {
		k := columnCell(ts, l)
		if k == 0 {
			break
		}
		ks |= k
	}
	return ks&nameOrCode != 0
}

// runSeen reports whether the run of header cells the lines ls start
// with names a column seen already: it heads the next table.
func runSeen(ts []string, ls []int, seen kinds) bool {
	for _, l := range ls {
		ks := columnCell(ts, l)
		if ks == 0 {
			return false
		}
		if ks&^otherColumn&seen != 0 {
			return true
		}
	}
	return false
}

// of is cw, and whether it is a table written column by column: its
// header cells stand apart and name a Name or a Code column.
func (cw columnWise) of(apart bool, seen kinds) (columnWise, bool) {
	return cw, apart && seen&nameOrCode != 0
}

// refuse refuses the table cw at its first line, naming where each of
// its columns stands: its header cell and the cells under it.
func (cw columnWise) refuse(src pages.Source, ts []string) {
	var cols []string
	for i, h := range cw.heads {
		end := cw.end
		if i+1 < len(cw.heads) {
			end = previousLine(ts, cw.heads[i+1])
		}
		if end == h {
			cols = append(cols, fmt.Sprintf("%s at line %d", ts[h], h+1))
			continue
		}
		cols = append(cols, fmt.Sprintf("%s at lines %d to %d", ts[h], h+1, end+1))
	}
	first := cw.heads[0] + 1
	src.Report.Fail(pages.At(src.Name, first), "the table at line %d is written column by column (%s), each column's header cell over its own cells, as pdfminer's pdf2txt lays out a PDF's table (and some PDF viewers copy one, some OCR tools read one): which cells make a row cannot be told, so lines %d to %d are read as no table; convert the PDF with pdftotext -layout, or read the page's HTML, instead", first, strings.Join(cols, ", "), first, cw.end+1)
}
