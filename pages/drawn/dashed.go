package drawn

import (
	"strings"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// Pandoc draws a table in text (-t plain, -t markdown) with rules of
// dashes, a run over each column, the runs one space apart or more,
// which give the columns: a column starts where its run starts, and its
// text may not touch the start of the next one. It writes a table in
// one of four forms:
//
//   - a simple table: a header line over a rule of runs, then a row a
//     line up to a blank line (a closing rule of the same runs, before
//     the blank line, is no row);
//   - a simple table without a header: a rule of runs, a row a line, the
//     same rule again;
//   - a multiline table: a rule of one run, as wide as the table, the
//     header's lines, a rule of runs, then rows set apart by blank lines,
//     each cell wrapped over the row's lines within its column, and a
//     closing rule of one run again;
//   - a multiline table without a header: a rule of runs, rows set apart
//     by blank lines, the same rule again.
//
// A rule of runs over a body with blank lines is a multiline table's.
// A multiline table whose closing rule was lost ends at the first blank
// line that two blank lines, text left of its first column, a rule or
// text across a column's start follow, with a warning
// (drawing.unclosed). A blank line among a simple table's rows, a row
// of its columns under it, is one an edit left: the rows under it are
// the table's, with a warning (drawing.gaps).

// run is a run of a rule of dashes: the display columns where it starts
// and where it ends (after its last dash).
type run struct{ start, end int }

// minRun is the dashes a run of a column rule holds at least: a line of
// single dashes apart ("- - -") is a horizontal rule of Markdown.
const minRun = 2

// minTopRule is the dashes of a multiline table's top rule at least.
const minTopRule = 3

// isRuleDash reports whether r draws a run of a rule: a dash, or a
// box-drawing horizontal (pages.BoxHorizontals).
func isRuleDash(r rune) bool {
	return r == '-' || r >= 0x2500 && strings.ContainsRune(pages.BoxHorizontals, r)
}

// dashRule reads a rule of dashes: runs of "-", or of box-drawing
// horizontals, apart by spaces, in display columns.
func dashRule(l string) ([]run, bool) {
	t := strings.TrimRight(l, " ")
	var runs []run
	col, gap := 0, true
	for _, r := range t {
		switch {
		case r == ' ':
			gap = true
		case isRuleDash(r):
			if gap {
				runs = append(runs, run{col, col})
			}
			gap = false
			runs[len(runs)-1].end = col + 1
		default:
			return nil, false
		}
		col++
	}
	return runs, len(runs) > 0
}

// columnRule reads the rule of runs that gives a dashed table its
// columns: two runs at least, each of minRun dashes at least.
func columnRule(l string) ([]run, bool) {
	runs, ok := dashRule(l)
	if !ok || len(runs) < 2 {
		return nil, false
	}
	for _, r := range runs {
		if r.end-r.start < minRun {
			return nil, false
		}
	}
	return runs, true
}

// topRule reads the rule of one run over a multiline table.
func topRule(l string) (run, bool) {
	runs, ok := dashRule(l)
	if !ok || len(runs) != 1 || runs[0].end-runs[0].start < minTopRule {
		return run{}, false
	}
	return runs[0], true
}

// sameRuns reports whether line l is a column rule with the runs of
// runs.
func sameRuns(l string, runs []run) bool {
	r, ok := columnRule(l)
	if !ok || len(r) != len(runs) {
		return false
	}
	for k := range r {
		if r[k] != runs[k] {
			return false
		}
	}
	return true
}

// startsOf are the display columns where the runs start: the starts of
// the table's columns.
func startsOf(runs []run) []int {
	s := make([]int, len(runs))
	for k, r := range runs {
		s[k] = r.start
	}
	return s
}

// isBlank reports whether line j is blank, or past an end of the page.
func isBlank(lines []string, j int) bool {
	return j < 0 || j >= len(lines) || strings.TrimSpace(lines[j]) == ""
}

// mayStartDashed reports cheaply whether line i may start a dashed
// table: it is a rule, or a rule follows it.
func mayStartDashed(lines []string, i int) bool {
	return dashFirst(lines[i]) || i+1 < len(lines) && dashFirst(lines[i+1])
}

// dashFirst reports whether a line's text begins with a dash or a
// box-drawing horizontal (isRuleDash).
func dashFirst(l string) bool {
	t := strings.TrimLeft(l, " ")
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return isRuleDash(r)
}

// dashedAt reads the dashed table that starts at line i, if one does:
// its top rule, or the header line of a simple table (a pandoc fenced
// div's line, which frames the table and heads none of it, the reading
// of the page's text blanks: pages.ReadText).
func dashedAt(lines []string, i int) (drawing, bool) {
	if top, ok := topRule(lines[i]); ok {
		return multilineAt(lines, i, top)
	}
	if runs, ok := columnRule(lines[i]); ok {
		return headerlessAt(lines, i, runs)
	}
	if i+1 >= len(lines) {
		return drawing{}, false
	}
	if runs, ok := columnRule(lines[i+1]); ok {
		return simpleDashedAt(lines, i, runs, isBlank(lines, i-1))
	}
	return drawing{}, false
}

// simpleDashedAt reads the simple table whose header is line i, over
// the rule of runs at line i+1. Pandoc sets a table apart with a blank
// line; a header right under a line of text (an edit took the blank line
// out) is one where it names two columns (namesTwo), as a paragraph's
// last line over a rule of dashes does not. Its rows are a line each, but
// for a line that goes on the row above (wrapGoesOn), joined to it
// (addRow).
func simpleDashedAt(lines []string, i int, runs []run, apart bool) (drawing, bool) {
	starts := startsOf(runs)
	d := drawing{start: i, headLine: i + 1}
	d.head = d.simpleCells(lines, i, starts, i)
	if strings.TrimSpace(d.head[0]) == "" || !apart && (!namesTwo(d.head) || len(d.refused) > 0) {
		return drawing{}, false
	}
	var group []int
	var parts [][]string
	j := i + 2
	for ; j < len(lines); j++ {
		if isBlank(lines, j) {
			if !isBlank(lines, j+1) && (len(d.rows) > 0 || group != nil) && rowOf(lines[j+1], starts) {
				d.gaps = append(d.gaps, j+1)
				d.addRow(lines, group, parts, runs)
				group, parts = nil, nil
				continue
			}
			break
		}
		if sameRuns(lines[j], runs) && isBlank(lines, j+1) {
			j++ // the closing rule
			break
		}
		cells := d.simpleCells(lines, j, starts, i)
		if !wrapGoesOn(parts, cells, runs) {
			d.addRow(lines, group, parts, runs)
			group, parts = nil, nil
		}
		group, parts = append(group, j), append(parts, cells)
	}
	d.addRow(lines, group, parts, runs)
	d.end = j
	return d, len(d.rows) > 0
}

// addRow adds the row of a dashed table of the columns runs whose lines
// are group (indexes), their cells parts, joined (joinBroken): a word
// the writer broke across a cell's lines is joined without a space, and
// warned of. A row of no line adds none.
func (d *drawing) addRow(lines []string, group []int, parts [][]string, runs []run) {
	if len(group) == 0 {
		return
	}
	inner := make([]int, len(runs))
	for k, r := range runs {
		inner[k] = r.end - r.start
	}
	cells, joins, paras := joinBroken(parts, group, inner)
	d.joins = append(d.joins, joins...)
	d.rows = append(d.rows, keptParagraphs(&pages.Row{Line: group[0] + 1, Raw: strings.TrimSpace(lines[group[0]]), Cells: cells}, paras))
}

// keptParagraphs keeps on a row the paragraphs of its cells, paras by
// column (joinBroken), and returns it.
func keptParagraphs(r *pages.Row, paras [][]string) *pages.Row {
	for k, ps := range paras {
		r.KeepParagraphs(r.Cells[k], ps)
	}
	return r
}

// rowOf reports whether a line is a row of a simple table of the columns
// starts, where a blank line stands between it and the table's rows: its
// first cell starts at the first column's start, another column holds
// text, and no text runs over a column's start (outside). Pandoc ends a
// simple table at a blank line; the text after one starts at the margin
// or runs over the columns.
func rowOf(l string, starts []int) bool {
	if outside(l, starts) || len(l)-len(strings.TrimLeft(l, " ")) != starts[0] {
		return false
	}
	filled := 0
	for _, c := range (&drawing{}).simpleCells([]string{l}, 0, starts, 0) {
		if c != "" {
			filled++
		}
	}
	return filled >= 2
}

// headerlessAt reads the table without a header whose top rule of runs
// is line i: a simple one, a row a line, or a multiline one, its rows set
// apart by blank lines, up to the same rule again. A first row that
// names two columns is its header (namesTwo).
func headerlessAt(lines []string, i int, runs []run) (drawing, bool) {
	if isBlank(lines, i+1) {
		return drawing{}, false
	}
	d := drawing{start: i}
	last, closed := bodyEnd(lines, i+1, func(l string) bool { return sameRuns(l, runs) }, startsOf(runs))
	if last <= i+1 {
		return drawing{}, false
	}
	d.body(lines, i+1, last, closed, runs, i)
	if len(d.rows) > 1 && namesTwo(d.rows[0].Cells) {
		d.head, d.headLine, d.rows = d.rows[0].Cells, d.rows[0].Line, d.rows[1:]
	}
	return d, true
}

// namesTwo reports whether cells name two columns at least: the first
// row of a table without a header that heads it, as a page converted
// from a table without header cells (Confluence's) writes its header.
func namesTwo(cells []string) bool {
	named := 0
	for _, c := range cells {
		if pages.IsHeaderCell(pages.CellText(c)) {
			named++
		}
	}
	return named >= 2
}

// multilineAt reads the multiline table whose top rule of one run is
// line i: its header's lines up to the rule of runs that starts where
// the top rule does, its rows up to the closing rule of one run.
func multilineAt(lines []string, i int, top run) (drawing, bool) {
	j := i + 1
	var runs []run
	for ; j < len(lines) && j <= i+maxHeaderLines; j++ {
		if isBlank(lines, j) {
			return drawing{}, false
		}
		if _, ok := dashRule(lines[j]); ok {
			r, ok := columnRule(lines[j])
			if !ok || r[0].start != top.start {
				return drawing{}, false
			}
			runs = r
			break
		}
	}
	if runs == nil || j == i+1 {
		return drawing{}, false
	}
	starts := startsOf(runs)
	d := drawing{start: i, headLine: i + 2}
	var parts [][]string
	for h := i + 1; h < j; h++ {
		parts = append(parts, d.simpleCells(lines, h, starts, i))
	}
	d.head = joinCells(parts, len(starts))
	last, closed := bodyEnd(lines, j+1, func(l string) bool {
		r, ok := topRule(l)
		return ok && r.start == top.start
	}, starts)
	if last <= j+1 {
		return drawing{}, false
	}
	d.body(lines, j+1, last, closed, runs, i)
	return d, true
}

// maxDashedLines bounds the lines of a dashed table's body.
const maxDashedLines = 2000

// bodyEnd returns the index of the closing rule of a body that starts
// at line from (closes tells it), the rule included in the table, and
// closed set. Where none closes the body, it returns the index after its
// last line: a blank line that another blank line follows, or a line
// that is no part of the table (one that starts left of the table's
// first column, a rule, text across a column's start), a rule of other
// runs, or the page's end. It returns -1 for a body without a line.
func bodyEnd(lines []string, from int, closes func(string) bool, starts []int) (end int, closed bool) {
	j := from
	for ; j < len(lines) && j < from+maxDashedLines; j++ {
		if closingRule(lines[j]) {
			if closes(lines[j]) {
				return j, true
			}
			break
		}
		if isBlank(lines, j) && (isBlank(lines, j+1) || outside(lines[j+1], starts)) {
			break
		}
	}
	if j == from {
		return -1, false
	}
	return j, false
}

// outside reports whether a line is no part of a dashed table of the
// columns starts: its text starts left of the first column, it is a
// rule, or its text runs over the start of a column.
func outside(l string, starts []int) bool {
	if leftOf(l, starts[0]) || closingRule(l) {
		return true
	}
	col := 0
	for _, c := range l {
		for k := 1; k < len(starts); k++ {
			if c != ' ' && col == starts[k]-1 {
				return true
			}
		}
		col += pages.RuneWidth(c)
	}
	return false
}

// leftOf reports whether a line's text starts left of display column
// indent.
func leftOf(l string, indent int) bool {
	return len(l)-len(strings.TrimLeft(l, " ")) < indent
}

// body reads the rows of a dashed table of the columns runs between
// lines from and to (its closing rule where closed, else the line after
// its last one): where a blank line stands among them, the lines between
// two blank lines a row, each cell joined over them; else a row a line,
// but for a line that goes on the row above (wrapGoesOn), its cells joined
// to the row's (addRow).
func (d *drawing) body(lines []string, from, to int, closed bool, runs []run, top int) {
	d.end = to + 1
	if !closed {
		d.end = to
		d.unclosed = to
	}
	starts := startsOf(runs)
	multiline := false
	for j := from; j < to; j++ {
		multiline = multiline || isBlank(lines, j)
	}
	var group []int
	var parts [][]string
	flush := func() {
		d.addRow(lines, group, parts, runs)
		group, parts = nil, nil
	}
	for j := from; j < to; j++ {
		if isBlank(lines, j) {
			flush()
			continue
		}
		cells := d.simpleCells(lines, j, starts, top)
		if !multiline && !wrapGoesOn(parts, cells, runs) {
			flush()
		}
		group, parts = append(group, j), append(parts, cells)
	}
	flush()
}

// wrapGoesOn reports whether a line of cells is the rest of the row whose
// lines' cells are row, as a terminal writer that wraps a cell too long
// for its column sets it, with no blank line between rows (pandoc's ansi
// writer): a cell's lines stand together from its row's first, so each
// cell the line holds text in holds text on the line above too, and its
// first word would not have fit there, in its column's width (a wrap
// sets as many words on a line as fit); and the line leaves blank a cell
// the row's first line fills (a wrap line holds the rest of the cells
// too long only). A line that fills a cell the line above left blank
// starts a row, the cells before it blank (a cell spanning rows, which
// the writer sets on the first alone); so does a line that fills its
// first cell and another, as a row names its member and says something
// of it, where a table sizes its columns to their widest cells (pandoc's
// plain writer), which no word after a wide one fits.
func wrapGoesOn(row [][]string, cells []string, runs []run) bool {
	if len(row) == 0 {
		return false
	}
	first, above := row[0], row[len(row)-1]
	leaves, filled := false, 0
	for k, c := range cells {
		if c == "" {
			leaves = leaves || first[k] != ""
			continue
		}
		if filled++; filled > 1 && cells[0] != "" {
			return false
		}
		word, _, _ := strings.Cut(c, " ")
		if above[k] == "" || displayWidth(above[k])+1+displayWidth(word) <= runs[k].end-runs[k].start {
			return false
		}
	}
	return leaves
}

// closingRule reports whether a line is a rule of dashes.
func closingRule(l string) bool {
	_, ok := dashRule(l)
	return ok
}
