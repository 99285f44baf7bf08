package pmwiki

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// spanMarkup names how PmWiki spans a cell over columns, in the warnings
// of pages.ColumnSpanRow.
const spanMarkup = `"||||" after the cell`

// protected are the marks inside which a double pipe is text, with their
// closing marks: a link's ("[[target | label]]"), a monospace span's,
// escaped text's.
var protected = [][2]string{{"[[", "]]"}, {"@@", "@@"}, {"[@", "@]"}}

// attributesRe matches a table's attributes line, which opens a table:
// a double pipe alone or followed by attributes ("||border=1
// width=\"100%\"").
var attributesRe = regexp.MustCompile(`^\|\|(?:[ \t]*[A-Za-z][\w-]*=(?:"[^"]*"|'[^']*'|[^\s"'|]+))*[ \t]*$`)

// isAttributes reports whether a trimmed line is a table's attributes
// line.
func isAttributes(t string) bool {
	return attributesRe.MatchString(t)
}

// isRow reports whether a trimmed line is a table row: it starts and
// ends with a double pipe, as PmWiki writes every row.
func isRow(t string) bool {
	return len(t) >= 4 && strings.HasPrefix(t, "||") && strings.HasSuffix(t, "||")
}

// cell is a table cell as written: its markup without its header mark,
// whether it is a header cell ("!"), and the columns it spans.
type cell struct {
	text   string
	header bool
	cols   int
}

// splitRow splits a row at its double pipes, and reports whether it is
// closed (ends with one). A double pipe inside a link, a monospace span
// or escaped text is text. A cell with nothing between its pipes, no
// space ("||a ||||"), is PmWiki's mark of the cell before it spanning
// one column more; one with a space ("|| ||") is an empty cell. A cell
// whose text starts with "!" is a header cell.
func splitRow(t string) ([]cell, bool) {
	var cells []cell
	start := 2
	for i := 2; i < len(t); {
		if end := pages.ProtectedEnd(t, i, protected); end > 0 {
			i = end
			continue
		}
		if !strings.HasPrefix(t[i:], "||") {
			i++
			continue
		}
		if raw := t[start:i]; raw == "" && len(cells) > 0 {
			cells[len(cells)-1].cols++
		} else {
			cells = append(cells, headerMarked(raw))
		}
		i += 2
		start = i
	}
	closed := start == len(t)
	if !closed && strings.TrimSpace(t[start:]) != "" {
		cells = append(cells, headerMarked(t[start:]))
	}
	return cells, closed
}

// headerMarked is the cell of markup raw, read with the "!" that marks a
// header cell.
func headerMarked(raw string) cell {
	t := strings.TrimSpace(raw)
	if strings.HasPrefix(t, "!") {
		return cell{text: t[1:], header: true, cols: 1}
	}
	return cell{text: t, cols: 1}
}

// cellText is the text a cell's markup shows (rendered), its lines (a
// line break in it, "[[<<]]") joined by spaces.
func cellText(c string) string {
	var parts []string
	for _, l := range rendered(strings.TrimSpace(c)) {
		if l = strings.TrimSpace(l); l != "" {
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, " ")
}

// tableRow is a row of a table as read: its line and markup, its cells'
// texts, the columns each spans, and whether its cells with text are all
// header cells.
type tableRow struct {
	line   int
	raw    string
	texts  []string
	cols   []int
	header bool
}

// readTable reads the table whose attributes line or first row is at
// line i, and returns its blocks with the index of the first line after
// it: the rows on the lines after it up to one that is no row, or to the
// attributes line that opens the next table. A row whose line does not
// close with a double pipe is read as it is written, with a warning that
// its last cell may be cut.
func readTable(src pages.Source, i int) ([]pages.Block, int) {
	lines := src.Lines
	var rows []tableRow
	j := i
	for ; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		if !strings.HasPrefix(t, "||") || isAttributes(t) && j > i {
			break
		}
		if isAttributes(t) {
			continue
		}
		cells, closed := splitRow(t)
		if !closed {
			src.Report.Warn(pages.At(src.Name, j+1), "the row at line %d does not end with \"||\", as PmWiki ends every row: its last cell is read as written, and may be cut", j+1)
		}
		rw := tableRow{line: j + 1, raw: t, header: true}
		for _, c := range cells {
			text := cellText(c.text)
			rw.texts = append(rw.texts, text)
			rw.cols = append(rw.cols, c.cols)
			rw.header = rw.header && (c.header || text == "")
		}
		rw.header = rw.header && len(cells) > 0 && strings.Join(rw.texts, "") != ""
		rows = append(rows, rw)
	}
	if len(rows) == 0 {
		return nil, j
	}
	return putTable(src, rows), j
}

// putTable puts a table's rows out as blocks. A cell that spans columns
// is read as pages.ColumnSpanRow tells it: a row of one cell spanning
// them is a title over the table when it opens the table, or the table's
// text when the table has no other row (pages.ColumnSpanTitles), and a
// note after the table amid its rows (pages.TakeNotes); empty cells that
// span them are one empty cell a column each (pages.WidenSpans); a row
// whose cell with text spans them is refused. The table's header is its
// first row when its cells are header cells ("!"), or when they name
// columns (pages.CellsNameColumns); else pages.Read decides.
func putTable(src pages.Source, rows []tableRow) []pages.Block {
	line := rows[0].line
	notes := map[int]bool{}
	kept := rows[:0]
	for _, rw := range rows {
		note, ok := pages.ColumnSpanRow(src, rw.line, line, rw.texts, rw.cols, spanMarkup)
		if !ok {
			continue
		}
		if !note {
			rw.texts = pages.WidenSpans(rw.texts, rw.cols)
		}
		notes[rw.line] = note
		kept = append(kept, rw)
	}
	rows = kept
	lead := 0
	for lead < len(rows) && notes[rows[lead].line] {
		lead++
	}
	lines, texts := make([]int, lead), make([]string, lead)
	for k, rw := range rows[:lead] {
		lines[k], texts[k] = rw.line, rw.texts[0]
	}
	out := pages.ColumnSpanTitles(src, lines, texts, lead == len(rows), spanMarkup)
	if rows = rows[lead:]; len(rows) == 0 {
		return out
	}
	tb := &pages.Table{Line: rows[0].line}
	for k, rw := range rows {
		if k == 0 && (rw.header || pages.CellsNameColumns(rw.texts)) {
			tb.Header = rw.texts
			tb.Cols, _ = pages.ColumnsOf(tb.Header)
			continue
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: rw.line, Raw: rw.raw, Cells: rw.texts})
	}
	taken := tb.TakeNotes(src, func(r *pages.Row) bool { return notes[r.Line] }, pages.ColumnSpanNote(spanMarkup))
	return append(append(out, pages.Block{Line: tb.Line, Table: tb}), taken...)
}
