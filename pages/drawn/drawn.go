package drawn

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A table drawn with characters is known by its borders, and read by
// them: a grid's columns are where its first rule's junctions stand (or,
// under an outer border without junctions, as a text browser draws a box
// in ASCII, those of its first rule with them), a simple table's where
// the runs of its rules start, each counted in display columns (a wide
// rune, Hangul or CJK, takes two), as a console draws them. The rows of
// a grid are the lines between its rules (a cell wraps inside its box,
// a header's cells too); a grid whose body has no rule between its rows
// (a database console's, drawn in ASCII) has a row a line, a line whose
// first cell is blank going on the row before, as a simple table's does.
// A grid's line whose walls stand off its columns, as many as they are,
// is read by its walls, with a warning.

// drawing is a table drawn with characters, read from a page's lines.
type drawing struct {
	start, end int // its first line's index, and the index after its last
	// head are the header's cells; nil where the drawing marks none.
	head []string
	// headLine is the header's first line, 1-based.
	headLine int
	rows     []*pages.Row
	// refused are the rows the drawing's columns do not hold.
	refused []refusal
	// unclosed is the last line (1-based) of a grid that walls end, its
	// bottom rule lost; 0 for one closed.
	unclosed int
	// gaps are the blank lines (1-based) inside a simple table's rows,
	// the rows under them fitting its columns.
	gaps []int
	// joins are the words a grid's cells broke across lines, joined.
	joins []wordJoin
	// notes are the readings that another reading may be right for, at
	// their lines: of a manual page's table (ruled.go), of a grid's row
	// whose walls stand off its columns (offColumns).
	notes []refusal
	// cols are a manual page's table's columns.
	cols []band
	// breaks tells that the page's lines mark the hyphens a typesetter
	// set where it broke a word (marksBreaks).
	breaks bool
}

// clean makes the text the drawing holds plain (pages.Clean): the
// hyphens of a typesetter's breaks (withBreaks) that it kept, in a
// cell's text or a row's, are "-" as the page's other text's.
func (d *drawing) clean() {
	for k, h := range d.head {
		d.head[k] = pages.Clean(h)
	}
	for _, r := range d.rows {
		r.Raw = pages.Clean(r.Raw)
		for k, c := range r.Cells {
			r.Cells[k] = pages.Clean(c)
		}
	}
	for _, rs := range []([]refusal){d.refused, d.notes} {
		for k := range rs {
			rs[k].why = pages.Clean(rs[k].why)
		}
	}
}

// refusal is a row that cannot be read, at its line (1-based).
type refusal struct {
	line int
	why  string
	// whole is set where why is the whole message, advice and all (a
	// pages.StrayCheck refusal); otherwise the advice to write the row
	// inside its columns follows it.
	whole bool
}

func (d drawing) header() []string {
	if d.head != nil {
		return d.head
	}
	if len(d.rows) > 0 {
		return d.rows[0].Cells
	}
	return nil
}

// drawnItems reads a page whose tables are drawn with characters: its
// tables, and its text as text, without reStructuredText's markup or
// Haddock's where the page is written in it (rstLines, rstText,
// haddockLines, haddockText), its words that groff
// hyphenated joined where it is a manual page (joinTextHyphens).
func drawnItems(src pages.Source) []pages.Block {
	var markup func(string) string
	lines, text := src.Lines, pages.StripHeading
	switch {
	case isHaddock(src.Lines):
		markup = haddockText
		lines = haddockLines(src.Lines)
	case isRST(src.Lines):
		markup = rstText
		lines = rstLines(src.Lines)
	}
	if markup != nil {
		text = func(t string) string { return pages.StripHeading(markup(t)) }
	}
	var last *pages.Table // the last table read
	marked := withBreaks(src)
	ruled := boxRuled(marked.Lines)
	blocks := pages.LineForms{
		Text: text,
		Table: func(i int) (*pages.Table, int) {
			tb, end := table(marked, i, markup, ruled)
			if tb != nil {
				last = tb
			} else {
				strayRow(src, i, last)
			}
			return tb, end
		},
	}.Blocks(lines)
	if manual(src.Lines) {
		blocks = joinTextHyphens(src, blocks)
	}
	return blocks
}

// withBreaks returns the page with its lines as Marked has them, the
// hyphens where a typesetter broke a word apart from the words' own
// (pages.Hyphenated), for its tables' cells: a manual page's table
// joins a cell's lines by them (joinHyphen).
func withBreaks(src pages.Source) pages.Source {
	if src.Hyphenated == nil {
		return src
	}
	lines := make([]string, len(src.Lines))
	for i := range lines {
		lines[i] = src.Marked(i)
	}
	src.Lines = lines
	return src
}

// strayRow refuses line i, read as text, when it splits at walls into
// the cells of the last table read (pages.StrayCheck): a grid's row that a
// line of text cut from its table.
func strayRow(src pages.Source, i int, last *pages.Table) {
	ws := wallsOf(src.Lines[i])
	if len(ws) < 3 {
		return
	}
	cols := make([]int, len(ws))
	for k, w := range ws {
		cols[k] = w.col
	}
	if cells, ok := gridCells(src.Lines[i], cols); ok {
		pages.StrayCheck{Table: last, Split: "at walls"}.Refuse(src, i+1, i+1, cells)
	}
}

// TableAt reads the table drawn with characters that starts at line i
// of a page of another style (a grid, a simple table of "=" rules,
// pandoc's tables of dashes), with the index of the line after it, and
// reports what it cannot read; nil when none starts there. A page that
// pandoc wrote as plain text or Markdown draws its tables so.
// TableAt is called at each line of such a page: it looks for a manual
// page's table at every line, as one page line cannot tell whether the
// page holds a box rule (boxRuled).
func TableAt(src pages.Source, i int) (*pages.Table, int) {
	return table(src, i, nil, true)
}

// table reads the drawn table that starts at line i, its cells without
// the page's inline markup where markup is set (rstText, haddockText),
// and a manual page's table only where ruled is set (boxRuled).
func table(src pages.Source, i int, markup func(string) string, ruled bool) (*pages.Table, int) {
	if !mayStart(src.Lines, i, ruled) {
		return nil, i
	}
	d, ok := tableAt(src.Lines, i, ruled)
	if !ok {
		return nil, i
	}
	if src.Hyphenated != nil {
		d.clean()
	}
	if d.unclosed > 0 {
		src.Report.Warn(pages.At(src.Name, d.unclosed), "the table drawn at line %d has no bottom border: read its rows up to line %d, the last one as it stands", i+1, d.unclosed)
	}
	for _, g := range d.gaps {
		src.Report.Warn(pages.At(src.Name, g), "line %d is blank inside the simple table at line %d, and the line after it is a row of its columns: read the rows after it as the table's, the blank line as one an edit left", g, i+1)
	}
	for _, w := range d.joins {
		src.Report.Warn(pages.At(src.Name, w.line), "line %d of the table drawn at line %d goes on a cell with %q, as wide as the cell, under %q: read as a word too long for its column that the table broke across lines, joined without a space (%q); if they are two words, widen the column on the page", w.line, i+1, w.end, w.before, w.before+w.end)
	}
	for _, n := range d.notes {
		src.Report.Warn(pages.At(src.Name, n.line), "%s", n.why)
	}
	for _, r := range d.refused {
		if r.whole {
			src.Report.Fail(pages.At(src.Name, r.line), "%s", r.why)
			continue
		}
		src.Report.Fail(pages.At(src.Name, r.line), "%s: write the row on the page with each cell inside its column", r.why)
	}
	tb := &pages.Table{Line: i + 1, Rows: d.rows}
	if markup != nil {
		for _, r := range tb.Rows {
			for k, c := range r.Cells {
				r.Cells[k] = markup(c)
			}
		}
	}
	if d.head != nil {
		tb.Line = d.headLine
		tb.Header = d.head
		if markup != nil {
			for k, c := range tb.Header {
				tb.Header[k] = markup(c)
			}
		}
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
	}
	return tb, d.end
}

// mayStart reports cheaply whether line i may be a drawn table's first:
// a rule, of a grid or of a simple table, the header over a dashed
// table's rule, the header over a manual page's box rule, or the rows
// after the blank line that ends such a table.
func mayStart(lines []string, i int, ruled bool) bool {
	if mayStartDashed(lines, i) || ruled && (mayStartRuled(lines, i) || mayRestRuled(lines, i)) {
		return true
	}
	t := strings.TrimLeft(lines[i], " ")
	if t == "" {
		return false
	}
	switch t[0] {
	case '+', '=':
		return true
	case '-', 0xE2:
		if mayStartOpen(lines, i) {
			return true
		}
	}
	return strings.HasPrefix(t, "┌") || strings.HasPrefix(t, "╔") || strings.HasPrefix(t, "┏") || strings.HasPrefix(t, "╒") || strings.HasPrefix(t, "╓")
}

// tableAt reads the drawn table whose first rule is line i, or whose
// header is over a manual page's box rule (ruled.go), if one is.
func tableAt(lines []string, i int, ruled bool) (drawing, bool) {
	if !ruled {
		return unruledAt(lines, i)
	}
	if d, ok := ruledAt(lines, i); ok {
		return d, true
	}
	if d, ok := ruledRestAt(lines, i); ok {
		return d, true
	}
	return unruledAt(lines, i)
}

// unruledAt reads the table drawn with rules of its own (a grid, one
// without its right border, a simple table, a dashed one) whose first rule is line i, if one is.
func unruledAt(lines []string, i int) (drawing, bool) {
	if _, ok := gridRule(lines[i]); ok {
		return gridAt(lines, i, nil)
	}
	if d, ok := rightOpenAt(lines, i); ok {
		return d, true
	}
	if d, ok := openGridAt(lines, i); ok {
		return d, true
	}
	if _, ok := simpleRule(lines[i]); ok {
		return simpleAt(lines, i)
	}
	return dashedAt(lines, i)
}

// joinCells joins the cells of a row's lines, column by column, each
// line's part of a cell a word group of it.
func joinCells(parts [][]string, width int) []string {
	cells := make([]string, width)
	for _, p := range parts {
		for k := 0; k < width && k < len(p); k++ {
			c := strings.TrimSpace(p[k])
			switch {
			case c == "":
			case cells[k] == "":
				cells[k] = c
			default:
				cells[k] += " " + c
			}
		}
	}
	return cells
}

// blankFirst reports whether a line's cells leave the first one blank:
// the line goes on the row before.
func blankFirst(cells []string) bool {
	if len(cells) == 0 || strings.TrimSpace(cells[0]) != "" {
		return false
	}
	for _, c := range cells[1:] {
		if strings.TrimSpace(c) != "" {
			return true
		}
	}
	return false
}
