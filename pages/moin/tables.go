package moin

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
)

// cell is a table cell as written: its markup, without the attributes
// that open it ("<-2>"), and the columns and rows it spans (1 for one).
type cell struct {
	text       string
	cols, rows int
}

// protected are the marks inside which a double pipe is text, with their
// closing marks: a link's ([[target|label]]), a macro's, a monospace
// span's.
var protected = [][2]string{{"[[", "]]"}, {"<<", ">>"}, {"{{{", "}}}"}, {"`", "`"}}

// Tables is a wiki markup that writes its tables as MoinMoin writes its
// own: rows that start and end with a double pipe and part their cells
// with double pipes, "||||" spanning the cell after it over one column
// more, and no header row of their own. MoinMoin's dialects (its own,
// WikkaWiki's) and Oddmuse's Table Markup Extension write them so.
// Markup names the markup in the warnings; Protected are the marks
// inside which a double pipe is text, with their closing marks;
// CellAttributes whether a cell may open with MoinMoin's attributes
// ("<-2>"); Rendered is the text a cell's markup shows, as lines.
type Tables struct {
	Markup         string
	Protected      [][2]string
	CellAttributes bool
	Rendered       func(string) []string
}

// spanMarkup names how the markup spans a cell over columns, in the
// warnings of pages.ColumnSpanRow: "||||", or MoinMoin's attribute
// "<-N>" where a cell may open with its attributes.
func (ts Tables) spanMarkup() string {
	if ts.CellAttributes {
		return `"||||" or <-N>`
	}
	return `"||||"`
}

// moinTables are MoinMoin's own tables.
var moinTables = Tables{Markup: "MoinMoin", Protected: protected, CellAttributes: true, Rendered: rendered}

// attrRe matches one attribute of those that open a cell: a span over
// columns ("-2") or rows ("|2"), an alignment ("(", ":", ")", "^", "v"),
// a colour ("#ff0000"), a width ("50%"), or a named one ("style=…",
// "rowspan=2", "tablewidth=…").
var attrRe = regexp.MustCompile(`^(?:-\d+|\|\d+|[(:)^v]|#[0-9A-Fa-f]{3,6}|\d+%|[a-z]+=\S*)$`)

// quotedRe matches a quoted value of an attribute, which may hold
// spaces (style="color: red"): read without its quotes and spaces.
var quotedRe = regexp.MustCompile(`"[^"]*"`)

// IsRow reports whether a line is a table row: it starts and ends with a
// double pipe, as MoinMoin writes every row.
func IsRow(t string) bool {
	return len(t) >= 4 && strings.HasPrefix(t, "||") && strings.HasSuffix(t, "||")
}

// splitRow splits a row at its double pipes, and reports whether it is
// closed (ends with one). A double pipe inside a link, a macro or a
// monospace span is text. A cell with nothing between its pipes, no
// space ("||||"), is MoinMoin's mark of the cell after it spanning one
// column more; one with a space ("||  ||") is an empty cell. Attributes
// that open a cell ("<-2>", "<|2>", "<:>") are no text where the markup
// has them (CellAttributes): "-N" spans N columns, "|N" N rows.
func (ts Tables) splitRow(t string) ([]cell, bool) {
	var cells []cell
	start, span := 2, 1
	for i := 2; i < len(t); {
		if end := pages.ProtectedEnd(t, i, ts.Protected); end > 0 {
			i = end
			continue
		}
		if !strings.HasPrefix(t[i:], "||") {
			i++
			continue
		}
		if raw := t[start:i]; raw == "" {
			span++
		} else {
			cells = append(cells, ts.withAttributes(raw, span))
			span = 1
		}
		i += 2
		start = i
	}
	closed := start == len(t)
	switch {
	case !closed && strings.TrimSpace(t[start:]) != "":
		cells = append(cells, ts.withAttributes(t[start:], span))
	case span > 1:
		cells = append(cells, cell{cols: span - 1, rows: 1}) // "||||" closing the row: empty cells
	}
	return cells, closed
}

// withAttributes is the cell of markup raw, which cols empty cells
// before it span over (1 for none), read with the attributes that open
// it where the markup has them.
func (ts Tables) withAttributes(raw string, cols int) cell {
	c := cell{text: raw, cols: cols, rows: 1}
	t := strings.TrimSpace(raw)
	if !ts.CellAttributes || !strings.HasPrefix(t, "<") {
		return c
	}
	end := strings.IndexByte(t, '>')
	if end < 0 {
		return c
	}
	unquoted := quotedRe.ReplaceAllStringFunc(t[1:end], func(q string) string { return strings.Join(strings.Fields(strings.Trim(q, `"`)), "") })
	attrs := strings.FieldsFunc(unquoted, unicode.IsSpace)
	if len(attrs) == 0 || slices.ContainsFunc(attrs, func(a string) bool { return !attrRe.MatchString(a) }) {
		return c
	}
	for _, a := range attrs {
		switch {
		case strings.HasPrefix(a, "-"):
			c.cols = number(a[1:], c.cols)
		case strings.HasPrefix(a, "|"):
			c.rows = number(a[1:], c.rows)
		case strings.HasPrefix(a, "colspan="):
			c.cols = number(a[len("colspan="):], c.cols)
		case strings.HasPrefix(a, "rowspan="):
			c.rows = number(a[len("rowspan="):], c.rows)
		}
	}
	c.text = t[end+1:]
	return c
}

// number is the count s writes, or else when it writes none.
func number(s string, or int) int {
	if n, err := strconv.Atoi(s); err == nil && n > 0 {
		return n
	}
	return or
}

// ReadTable reads the table whose first row is at line i, and returns
// its blocks with the index of the first line after it: the rows on the
// lines after it up to one that is no row. A row whose line does not
// close with a double pipe is read as it is written, with a warning that
// its last cell may be cut. Rendered renders the cells' markup. The rows
// are put out as pages.PutSpannedTable tells, the first the table's
// header when its cells name columns (MoinMoin marks no header row).
func (ts Tables) ReadTable(src pages.Source, i int) ([]pages.Block, int) {
	lines := src.Lines
	var rows []pages.SpannedRow
	j := i
	for ; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		if !strings.HasPrefix(t, "||") {
			break
		}
		cells, closed := ts.splitRow(t)
		if !closed {
			src.Report.Warn(pages.At(src.Name, j+1), "the row at line %d does not end with \"||\", as %s ends every row: its last cell is read as written, and may be cut", j+1, ts.Markup)
		}
		rw := pages.SpannedRow{Line: j + 1, Raw: t}
		for _, c := range cells {
			rw.Cells = append(rw.Cells, pages.RenderedCell(ts.Rendered(strings.TrimSpace(c.text))))
			rw.Cols = append(rw.Cols, c.cols)
			rw.Rows = append(rw.Rows, c.rows)
		}
		rows = append(rows, rw)
	}
	return pages.PutSpannedTable(src, rows, pages.SpannedTable{Line: rows[0].Line, Markup: ts.spanMarkup(), NamedHeader: true}), j
}
