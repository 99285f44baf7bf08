package org

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// cookieRe matches a cell of a row that sets its column's width or
// alignment, "<10>", "<l>", "<r12>".
var cookieRe = regexp.MustCompile(`^<[lrc]?\d*>$`)

// row is a table row as written: its line's index and its cells' texts.
type row struct {
	at    int
	raw   string
	cells []string
}

// table reads the table whose first line is at index i, and returns it
// (nil when its lines are only rules) with the index of the first line
// after it. Its lines are the lines that start with "|"; its rules part
// its rows into groups, and the first group is the header when another
// follows it, as Org exports a table: the header is the rows over the
// first rule. A header of several rows is one row, its cells the cells
// of each column joined, with a warning (the same row twice is one);
// but where the first row names the columns and the rows after it name
// none, those are the table's first rows, with a warning (a rule drawn
// under a row too low).
// A row wider than the first whose verbatim text holds a pipe is read
// with it (rejoined). A row of width cookies ("<10>") is no row. A row right over a rule
// after the first, whose cells name columns other than the first row's,
// is the header of another table (startsTable), which starts there, as
// a Markdown table's header over its ruler does. A row without its closing
// pipe where the table's first row has one was cut, as a hard wrap cuts
// a long line: the lines after it that hold no row, no heading and no
// markup of a line of their own are its last cell's rest, joined with a
// warning; with none, it is read as it is, with a warning.
func (r *reader) table(i int) (*pages.Table, int) {
	lines := r.src.Lines
	var groups [][]row
	var cur []row
	closed := false
	j := i
	for ; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" || t[0] != '|' {
			break
		}
		if pages.IsOrgRule(t) {
			if n := len(cur); len(groups) > 0 && n > 0 && startsTable(cur[n-1].cells, groups[0][0].cells) {
				j, cur = cur[n-1].at, cur[:n-1]
				break
			}
			if len(cur) > 0 {
				groups, cur = append(groups, cur), nil
			}
			continue
		}
		if len(groups) == 0 && len(cur) == 0 {
			closed = strings.HasSuffix(t, "|") && len(t) > 1
		}
		at := j
		if closed && !strings.HasSuffix(t, "|") {
			t, j = r.unclosed(t, j)
		}
		cells := split(t)
		if isCookies(cells) {
			continue
		}
		cur = append(cur, row{at: at, raw: t, cells: cells})
	}
	if len(cur) > 0 {
		groups = append(groups, cur)
	}
	if len(groups) == 0 {
		return nil, j
	}
	width := len(groups[0][0].cells)
	for n, g := range groups {
		for k := range g {
			rw := &g[k]
			if len(rw.cells) > width {
				rw.cells = r.rejoined(*rw, width)
			}
		}
		if n > 0 || len(groups) == 1 {
			groups[n] = r.joinedLines(g)
		}
		for k := range groups[n] {
			rw := &groups[n][k]
			for c, cell := range rw.cells {
				rw.cells[c] = r.inline(rw.at, cell)
			}
		}
	}
	tb := &pages.Table{Line: groups[0][0].at + 1}
	body := groups
	if len(groups) > 1 {
		head := groups[0]
		if _, ok := pages.ColumnsOf(head[0].cells); ok && len(head) > 1 && !slices.ContainsFunc(head[1:], func(rw row) bool { return isHeader(rw.cells) }) {
			r.src.Report.Warn(pages.At(r.src.Name, head[1].at+1), "the table at line %d has rows %d-%d over its rule under its header, which name no columns: read as its first rows", head[0].at+1, head[1].at+1, head[len(head)-1].at+1)
			groups = append([][]row{head[:1], head[1:]}, groups[1:]...)
		}
		tb.Header = r.header(groups[0])
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
		body = groups[1:]
	}
	for _, g := range body {
		for _, rw := range g {
			tb.Rows = append(tb.Rows, &pages.Row{Line: rw.at + 1, Raw: rw.raw, Cells: rw.cells})
		}
	}
	return tb, j
}

// isHeader reports whether a row's cells name a column at least, or
// are empty: the rest of a header whose titles go on at a second row.
func isHeader(cells []string) bool {
	for _, c := range cells {
		if c != "" && (pages.ColumnOf(c) != pages.ColOther || pages.OtherColumnOf(c) != pages.OtherUnknown) {
			return true
		}
	}
	return false
}

// startsTable reports whether a row over a rule, after the first one,
// is the header of another table: its cells name columns, and are not
// the first row's.
func startsTable(cells, first []string) bool {
	_, ok := pages.ColumnsOf(cells)
	return ok && !slices.Equal(cells, first)
}

// joinedLines joins the rows of a group of a table's rows that are the
// further lines of the row before them: pandoc's Org writer writes a
// row whose cells hold several lines (a line break, <br>, or several
// paragraphs) as a row a line, the cells of its further lines empty but
// where a cell goes on. Such a line has no name (its first cell is
// empty), and each of its cells goes on with a cell of the row above
// that holds text and ends with Org's line break ("\\"), or follows
// it through a line of empty cells, the blank line between two
// paragraphs: read as that cell's rest, joined by a space, with a
// warning. A row that fills a cell the row above leaves empty (a
// Required cell) is a row of its own, whose lost cells interpretation
// tells of.
func (r *reader) joinedLines(g []row) []row {
	out := g[:0]
	last := -1     // the index in out of the row the lines go on
	blank := false // a line of empty cells stood since that row
	for _, rw := range g {
		if !slices.ContainsFunc(rw.cells, func(c string) bool { return c != "" }) {
			blank = last >= 0
			out = append(out, rw)
			continue
		}
		if last >= 0 && goesOn(out[last].cells, rw.cells, blank) {
			p := &out[last]
			how := "a cell that ends with a line break (\\\\) there"
			if blank {
				how = "a cell with text there, after a line of empty cells (a blank line between two paragraphs)"
				out = out[:last+1]
			}
			for k, c := range rw.cells {
				if c != "" {
					p.cells[k] += " " + c
				}
			}
			p.raw += "\n" + rw.raw
			r.src.Report.Warn(pages.At(r.src.Name, rw.at+1), "the row at line %d has no name, and its cells go on with those of the row at line %d, which has %s: a cell of several lines, as pandoc's Org writer writes one, a row a line; read as the rest of the row at line %d", rw.at+1, p.at+1, how, p.at+1)
			blank = false
			continue
		}
		out = append(out, rw)
		last, blank = len(out)-1, false
	}
	return out
}

// goesOn reports whether a row's cells, next, are the further line of
// the row above, cells: its first cell is empty, and each of its cells
// with text goes on with a cell of cells that holds text and ends with
// a line break, or, after a blank line (blank), holds text.
func goesOn(cells, next []string, blank bool) bool {
	if len(next) == 0 || next[0] != "" || len(next) > len(cells) {
		return false
	}
	for k, c := range next {
		if c == "" {
			continue
		}
		if cells[k] == "" || !blank && !strings.HasSuffix(cells[k], `\\`) {
			return false
		}
	}
	return true
}

// split splits a row at its pipes into its cells as written, trimmed.
// In Org a pipe always parts two cells (a cell writes one as \vert{}).
func split(t string) []string {
	parts := strings.Split(strings.TrimSuffix(strings.TrimPrefix(t, "|"), "|"), "|")
	for k, p := range parts {
		parts[k] = strings.TrimSpace(p)
	}
	return parts
}

// rejoined are the cells of a row wider than its table's first row
// (width) where a verbatim or code mark that opens in a cell closes in a
// later one (a cell "=a", then "b="): a writer that does not escape a
// pipe in verbatim text (pandoc writes =a|b=) leaves a pipe that Org
// reads as parting two cells. Such cells are one, joined by their pipes,
// with a warning, while the row is wider than the table.
func (r *reader) rejoined(rw row, width int) []string {
	cells := rw.cells
	for k := 0; k < len(cells)-1 && len(cells) > width; k++ {
		open := unclosedMark(cells[k])
		if open < 0 {
			continue
		}
		joined := cells[k]
		for m := k + 1; m < len(cells) && len(cells)-(m-k) >= width; m++ {
			joined += "|" + cells[m]
			if end := closingMark(joined, open); end > 0 {
				r.src.Report.Warn(pages.At(r.src.Name, rw.at+1), "the row at line %d has %d cells, more than the %d of its table, and the verbatim text %q holds pipes, which part cells in Org: read as one cell, as a writer that writes a pipe in verbatim text leaves it", rw.at+1, len(cells), width, pages.Clip(joined[open:end+1]))
				cells = append(append(slices.Clone(cells[:k]), joined), cells[m+1:]...)
				break
			}
		}
	}
	return cells
}

// unclosedMark returns the index in a cell of the first verbatim or
// code mark that opens there (closingMark) and closes nowhere in it, or
// -1.
func unclosedMark(cell string) int {
	for i := 0; i < len(cell); i++ {
		if cell[i] != '=' && cell[i] != '~' {
			continue
		}
		if i > 0 && !isPre(cell[i-1]) || i+1 >= len(cell) || isSpace(cell[i+1]) {
			continue
		}
		end := closingMark(cell, i)
		if end == 0 {
			return i
		}
		i = end
	}
	return -1
}

// isCookies reports whether a row only sets its columns' widths or
// alignments: a cookie in a cell at least, and no other text.
func isCookies(cells []string) bool {
	n := 0
	for _, c := range cells {
		switch {
		case cookieRe.MatchString(c):
			n++
		case c != "":
			return false
		}
	}
	return n > 0
}

// header is the header row of a table from the rows over its first
// rule: the one row, or the cells of each column of several joined by a
// space (a header whose long titles go on at a second row), with a
// warning; a row the same as the one before is that one printed again,
// with a warning.
func (r *reader) header(rows []row) []string {
	head := rows[0].cells
	for _, rw := range rows[1:] {
		if slices.Equal(rw.cells, head) {
			r.src.Report.Warn(pages.At(r.src.Name, rw.at+1), "line %d is the header at line %d printed again: read as one header", rw.at+1, rows[0].at+1)
			continue
		}
		joined := make([]string, max(len(head), len(rw.cells)))
		for k := range joined {
			var parts []string
			if k < len(head) && head[k] != "" {
				parts = append(parts, head[k])
			}
			if k < len(rw.cells) && rw.cells[k] != "" {
				parts = append(parts, rw.cells[k])
			}
			joined[k] = strings.Join(parts, " ")
		}
		r.src.Report.Warn(pages.At(r.src.Name, rw.at+1), "the header of the table at line %d has rows %d-%d over its rule: read as one row, the cells of each column joined (%q)", rows[0].at+1, rows[0].at+1, rw.at+1, pages.Clip(strings.Join(joined, " | ")))
		head = joined
	}
	return head
}

// unclosed reads the row at index j, t trimmed, which has lost its
// closing pipe: the lines after it that hold no row, no heading and no
// markup of a line of its own (the rest a wrap left) are its last
// cell's rest, joined with a warning; with none, the row is read as it
// is written, with a warning that its last cell may be cut. It returns
// the row and the index of its last line.
func (r *reader) unclosed(t string, j int) (string, int) {
	lines, at := r.src.Lines, j
	for j+1 < len(lines) {
		next := strings.TrimSpace(lines[j+1])
		if next == "" || next[0] == '|' || next[0] == '#' || next[0] == ':' || headingLevel(lines[j+1]) > 0 {
			break
		}
		t, j = t+" "+next, j+1
		if strings.HasSuffix(next, "|") {
			break
		}
	}
	if j == at {
		r.src.Report.Warn(pages.At(r.src.Name, at+1), "the row at line %d has no closing pipe, as the table's first row has: its last cell is read as written, and may be cut", at+1)
	} else {
		r.src.Report.Warn(pages.At(r.src.Name, at+1), "the row at line %d has no closing pipe, and lines %d-%d hold no row: read as the rest of its last cell, as a wrap leaves it", at+1, at+2, j+1)
	}
	return t, j
}
