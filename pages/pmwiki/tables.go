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

// readTable reads the table whose attributes line or first row is at
// line i, and returns its blocks with the index of the first line after
// it: the rows on the lines after it up to one that is no row, or to the
// attributes line that opens the next table. A row whose line does not
// close with a double pipe is read as it is written, with a warning that
// its last cell may be cut. The rows are put out as
// pages.PutSpannedTable tells, the first the table's header when its
// cells are header cells ("!") or name columns.
func readTable(src pages.Source, i int) ([]pages.Block, int) {
	lines := src.Lines
	var rows []pages.SpannedRow
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
		rw := pages.SpannedRow{Line: j + 1, Raw: t, Header: true}
		for _, c := range cells {
			text := cellText(c.text)
			rw.Cells = append(rw.Cells, text)
			rw.Cols = append(rw.Cols, c.cols)
			rw.Header = rw.Header && (c.header || text == "")
		}
		rw.Header = rw.Header && len(cells) > 0 && strings.Join(rw.Cells, "") != ""
		rows = append(rows, rw)
	}
	if len(rows) == 0 {
		return nil, j
	}
	return pages.PutSpannedTable(src, rows, pages.SpannedTable{Line: rows[0].Line, Markup: spanMarkup, NamedHeader: true}), j
}
