package dokuwiki

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// cell is a table cell as written: its markup, and whether a caret
// starts it (a header cell).
type cell struct {
	text   string
	header bool
}

// protected are the marks inside which a caret or a pipe is text, with
// their closing marks: a link's ([[target|text]]), an image's, nowiki.
var protected = [][2]string{{"[[", "]]"}, {"{{", "}}"}, {"%%", "%%"}, {"<nowiki>", "</nowiki>"}, {"''", "''"}}

// splitRow splits a row at its separators, "^" and "|", and reports
// whether its line is a row: it starts with a separator, and holds a
// cell. A separator inside a link, an image, nowiki or a monospace span
// is text. A row without its closing separator keeps its last cell.
func splitRow(t string) ([]cell, bool) {
	if t == "" || t[0] != '^' && t[0] != '|' {
		return nil, false
	}
	var cells []cell
	start, header := 1, t[0] == '^'
	for i := 1; i < len(t); {
		if end := pages.ProtectedEnd(t, i, protected); end > 0 {
			i = end
			continue
		}
		if c := t[i]; c == '^' || c == '|' {
			cells = append(cells, cell{text: t[start:i], header: header})
			header, start = c == '^', i+1
		}
		i++
	}
	if strings.TrimSpace(t[start:]) != "" {
		cells = append(cells, cell{text: t[start:], header: header})
	}
	return cells, len(cells) > 0
}

// allHeader reports whether every cell of a row is a header cell.
func allHeader(cells []cell) bool {
	for _, c := range cells {
		if !c.header {
			return false
		}
	}
	return len(cells) > 0
}

// headerRow reports whether a line is a header row, "^ Name ^ Type ^".
func headerRow(t string) bool {
	cells, ok := splitRow(t)
	return ok && allHeader(cells)
}

// spanMark is the text of a cell that spans the cell above it.
const spanMark = ":::"

// readTable reads the table whose first row is at line i, and returns it
// with the index of the first line after it. Its header is its first
// row when every cell of it is a header cell; else pages.Read decides.
// Its rows are the lines that start with a separator after it, up to a
// header row, which starts another table (pages.Read reads one with the
// same cells as this one's rest). A cell written empty ("||", no space
// between the separators) is DokuWiki's mark of the cell before it
// spanning its column: read as an empty cell, with a warning. A cell
// ":::" spans the row above: it holds that row's cell of its column,
// with a warning; one with no cell above it (the table's first row, or a
// row above shorter) is refused at its line, as the cell it stands for is
// lost.
func readTable(src pages.Source, i int) (*pages.Table, int) {
	lines := src.Lines
	tb := &pages.Table{Line: i + 1}
	j := i
	if first, _ := splitRow(strings.TrimSpace(lines[i])); allHeader(first) {
		tb.Header = texts(src, i, first)
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
		j++
	}
	var above []string
	for ; j < len(lines); j++ {
		at := j
		l := strings.TrimSpace(lines[j])
		cells, ok := splitRow(l)
		if j > i && (!ok || allHeader(cells)) {
			break
		}
		if l, j = unclosed(src, l, j); l != strings.TrimSpace(lines[at]) {
			cells, _ = splitRow(l)
		}
		row := texts(src, at, cells)
		for k, c := range row {
			if c != spanMark {
				continue
			}
			if k >= len(above) || above[k] == "" {
				src.Report.Fail(pages.At(src.Name, at+1), "the cell %d of the row at line %d is %q, DokuWiki's mark of a cell spanning the row above, which has no cell there: write the cell's text in the page, or the fact it states with an override", k+1, at+1, spanMark)
				row[k] = ""
				continue
			}
			src.Report.Warn(pages.At(src.Name, at+1), "the cell %d of the row at line %d spans the row above (%q): read as that row's cell, %q", k+1, at+1, spanMark, pages.Clip(above[k]))
			row[k] = above[k]
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: at + 1, Raw: l, Cells: row})
		above = row
	}
	return tb, j
}

// texts renders the cells of the row at line j, warning of a cell
// written empty, which spans the cell before it.
func texts(src pages.Source, j int, cells []cell) []string {
	out := make([]string, len(cells))
	for k, c := range cells {
		if c.text == "" && k > 0 {
			src.Report.Warn(pages.At(src.Name, j+1), "the cell %d of the row at line %d is empty with no space in it, DokuWiki's mark of the cell before spanning its column: read as an empty cell", k+1, j+1)
		}
		out[k] = cellText(c.text)
	}
	return out
}

// unclosed reads the row at line j, l trimmed, whose closing separator
// may be lost: DokuWiki ends every row with one, so a row without it was
// cut, as a hard wrap cuts a long line. The lines after it that hold no
// cell, no heading and no code (the rest the wrap left) are its last
// cell's rest, joined with a warning; with none, the row is read as it
// is written, with a warning that its last cell may be cut. It returns
// the row and the index of its last line.
func unclosed(src pages.Source, l string, j int) (string, int) {
	if strings.HasSuffix(l, "|") || strings.HasSuffix(l, "^") {
		return l, j
	}
	lines, at := src.Lines, j
	for j+1 < len(lines) {
		next := strings.TrimSpace(lines[j+1])
		if next == "" || isRow(next) || headingLevel(next) > 0 || codeRe.MatchString(next) {
			break
		}
		l, j = l+" "+next, j+1
		if strings.HasSuffix(next, "|") || strings.HasSuffix(next, "^") {
			break
		}
	}
	if j == at {
		src.Report.Warn(pages.At(src.Name, at+1), "the row at line %d has no closing separator, as DokuWiki ends every row: its last cell is read as written, and may be cut", at+1)
	} else {
		src.Report.Warn(pages.At(src.Name, at+1), "the row at line %d has no closing separator, and lines %d-%d hold no cell: read as the rest of its last cell, as a wrap leaves it", at+1, at+2, j+1)
	}
	return l, j
}
