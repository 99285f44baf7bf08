package textile

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// rowModRe matches the modifiers of a row before its first pipe,
// "(cls). |", "{background:#ddd}. |", "<>. |"; cellModRe those at the
// start of a cell: "_" of a header cell, then its spans ("\2" across
// columns, "/3" down rows), its class, style, language and alignments,
// then a dot and a space ("_. Name", "=. true", "\2. Note", "/3. 469");
// spanRe a span among them; groupRe the line that opens a group of rows
// ("|^." the head, "|-." the body, "|~." the foot).
var (
	rowModRe  = regexp.MustCompile(`^(?:\([^()]*\)|\{[^{}]*\}|\[[^\[\]]*\]|<>|[<>=^~-])+\.[ \t]*\|`)
	cellModRe = regexp.MustCompile(`^(_?)((?:[\\/]\d{1,3}|\([\w\s#-]*\)|\{[^{}]*\}|\[[A-Za-z-]{2,}\]|<>|[<>=^~-])*)\.(?:[ \t]|$)`)
	spanRe    = regexp.MustCompile(`([\\/])(\d{1,3})`)
	groupRe   = regexp.MustCompile(`^\|[\^~-]` + attrs + `\.[ \t]*$`)
)

// maxCellSpan bounds the columns and rows a cell spans: a table of a
// reference page has a few columns, and a cell spans a few rows.
const maxCellSpan = 100

// isRow reports whether a trimmed line starts a table's row: a pipe,
// maybe after the row's modifiers.
func isRow(t string) bool {
	return t != "" && (t[0] == '|' || rowModRe.MatchString(t))
}

// headerRow reports whether a trimmed line is a table's row whose cells
// are all header cells ("|_. Name |_. Type |").
func headerRow(t string) bool {
	if !isRow(t) || !strings.HasSuffix(t, "|") {
		return false
	}
	for _, c := range splitCells(t) {
		if !c.header {
			return false
		}
	}
	return true
}

// isCaption reports whether line i is a table's caption, as Textile 2.4
// writes one: "|=. Caption", a cell without a closing pipe, on the line right
// over the table's first row.
func isCaption(lines []string, i int) bool {
	t := strings.TrimSpace(lines[i])
	return strings.HasPrefix(t, "|=.") && !strings.Contains(t[1:], "|") && i+1 < len(lines) && isRow(strings.TrimSpace(lines[i+1]))
}

// cell is a table cell as written: its markup without its modifiers,
// whether it is a header cell, and the columns and rows it spans.
type cell struct {
	text       string
	header     bool
	cols, rows int
}

// row is a table row as written: the index of its first line, its
// markup, its cells.
type row struct {
	line  int
	raw   string
	cells []cell
}

// readTable reads the table whose first line is at index i (its caption
// or its first row), and returns its blocks (its caption as a text line,
// then the table, then its notes) with the index of the first line after
// it. Its rows are the lines that start with a pipe, or with a row's
// modifiers and a pipe, up to a blank line or another line; a row that
// does not end with a pipe goes on at the lines after it up to the one
// that does, as Textile writes a line break in a cell; one that none
// closes before a row or a blank line lost its closing pipe: it is read
// as it is, with a warning, and the lines after it on their own. The
// lines that open a group of rows ("|^.", "|-.") are no rows. The
// table's header is its first row when every cell of it is a header
// cell ("|_. Name |_. Type |"); else pages.Read decides. A row of header
// cells after rows, of other cells than the header's, starts another
// table. A cell spanning columns is followed by empty cells, and one
// spanning rows is repeated in the rows below it, each with a warning; a
// row of one cell spanning columns, or of one header cell after rows, is
// a note that follows the table; a row with more cells than its table's
// header is pages.Read's to mend or refuse (pages.PipeRows).
func readTable(src pages.Source, i int) ([]pages.Block, int) {
	lines := src.Lines
	var out []pages.Block
	var rows []row
	j := i
	if isCaption(lines, i) {
		if text, _ := inline(cellOf(strings.TrimSpace(lines[i])[1:]).text); text != "" {
			out = append(out, pages.Block{Line: i + 1, Text: pages.Title(text, true)})
		}
		j++
	}
scan:
	for ; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		switch {
		case groupRe.MatchString(t):
		case isRow(t):
			start := j
			if !strings.HasSuffix(t, "|") {
				if end := rowEnd(lines, j); end > j {
					for k := j + 1; k <= end; k++ {
						t += "\n" + strings.TrimSpace(lines[k])
					}
					j = end
				} else {
					src.Report.Warn(pages.At(src.Name, j+1), "the row at line %d lost its closing pipe: no line closes it before a row or a blank line; read it as it is, and the lines after it on their own", j+1)
				}
			}
			rows = append(rows, row{line: start, raw: t, cells: splitCells(t)})
		default:
			break scan
		}
	}
	return append(out, tables(src, rows)...), j
}

// rowEnd returns the index of the line that closes the row at line i,
// which does not end with a pipe: the first after it that does, before a
// blank line, a row or the page's end; i when none does.
func rowEnd(lines []string, i int) int {
	for k := i + 1; k < len(lines); k++ {
		t := strings.TrimSpace(lines[k])
		switch {
		case t == "" || isRow(t):
			return i
		case strings.HasSuffix(t, "|"):
			return k
		}
	}
	return i
}

// splitCells splits a row (t, trimmed) into its cells: at its pipes,
// but for one in a wiki link ("[[Page|text]]"), without the row's
// modifiers before its first pipe and what follows its closing one; each
// cell's modifiers read and dropped (cellModRe).
func splitCells(t string) []cell {
	t = t[strings.IndexByte(t, '|')+1:]
	closed := strings.HasSuffix(t, "|")
	var parts []string
	start := 0
	for k := 0; k < len(t); k++ {
		switch {
		case strings.HasPrefix(t[k:], "[["):
			if end := closing(t, k+2, "]]"); end > 0 && !strings.Contains(t[k+2:end], "\n") {
				k = end + 1
			}
		case t[k] == '|':
			parts = append(parts, t[start:k])
			start = k + 1
		}
	}
	if !closed {
		parts = append(parts, t[start:])
	}
	cells := make([]cell, len(parts))
	for k, p := range parts {
		cells[k] = cellOf(p)
		cells[k].text = strings.ReplaceAll(cells[k].text, cellPipe, "|")
	}
	return cells
}

// cellPipe is a pipe in a cell's text, written as its character
// reference, which parts no cell (Redmine renders it as the pipe).
const cellPipe = "&#124;"

// cellOf reads a cell's modifiers, and returns the cell without them.
func cellOf(p string) cell {
	c := cell{text: strings.TrimSpace(p), cols: 1, rows: 1}
	m := cellModRe.FindStringSubmatch(c.text)
	if m == nil || m[1] == "" && m[2] == "" {
		return c
	}
	c.text, c.header = strings.TrimSpace(c.text[len(m[0]):]), m[1] != ""
	for _, s := range spanRe.FindAllStringSubmatch(m[2], -1) {
		n, _ := strconv.Atoi(s[2])
		n = min(max(n, 1), maxCellSpan)
		if s[1] == `\` {
			c.cols = n
		} else {
			c.rows = n
		}
	}
	return c
}

// cellText is a cell's markup as one line: the lines of a cell that
// holds line breaks joined by spaces, but for the items of a list ("*
// kr" on a line of its own), each a clause of its own ("; " between
// two), without their marks.
func cellText(c string) string {
	if !strings.Contains(c, "\n") {
		return c
	}
	var b strings.Builder
	item := false // the text so far ends with a list item
	for k, l := range strings.Split(c, "\n") {
		l = strings.TrimSpace(l)
		m := ""
		if k > 0 {
			m = listRe.FindString(l)
		}
		l = l[len(m):]
		switch {
		case l == "":
			continue
		case b.Len() == 0:
		case m != "" && item:
			b.WriteString("; ")
		default:
			b.WriteString(" ")
		}
		b.WriteString(l)
		item = m != ""
	}
	return b.String()
}

// spanned renders the rows' cells as Textile lays them out
// (pages.SpanGrid): a cell's spans are its "\2." and "/3." modifiers,
// and a row's spans fill at most maxCellSpan columns.
func spanned(src pages.Source, rows []row) []pages.GridRow {
	in := make([]pages.GridSource, len(rows))
	for k, rw := range rows {
		in[k] = pages.GridSource{Line: rw.line, Cells: len(rw.cells)}
	}
	cell := func(k, n int) pages.GridCell {
		c := rows[k].cells[n]
		text, struck := inline(cellText(c.text))
		warnStruck(src, rows[k].line, struck)
		return pages.GridCell{Text: text, Line: rows[k].line, Header: c.header, Cols: c.cols, Rows: c.rows}
	}
	return pages.SpanGrid(src, in, cell, pages.GridSpans{
		Cols:  func(n int) string { return fmt.Sprintf("\\%d.", n) },
		Rows:  func(n int) string { return fmt.Sprintf("/%d.", n) },
		Bound: maxCellSpan,
	})
}

// tables are the blocks the rows of a table make (readTable): tables,
// each followed by its notes.
func tables(src pages.Source, rows []row) []pages.Block {
	if len(rows) == 0 {
		return nil
	}
	grid := spanned(src, rows)
	var out, pending []pages.Block // pending: the notes of the table read so far
	tb := &pages.Table{Line: rows[0].line + 1}
	flush := func(line int) {
		if tb.Header != nil || len(tb.Rows) > 0 {
			out = append(out, pages.Block{Line: tb.Line, Table: tb})
		}
		out, pending, tb = append(out, pending...), nil, &pages.Table{Line: line}
	}
	for k, rw := range rows {
		g := grid[k]
		header := len(g.Header) > 0 && !slices.Contains(g.Header, false)
		started := tb.Header != nil || len(tb.Rows) > 0
		if g.Note == "" && header && len(g.Cells) == 1 && started {
			g.Note = g.Cells[0]
		}
		switch {
		case g.Note != "":
			pending = append(pending, pages.Block{Line: rw.line + 1, Text: g.Note})
			continue
		case len(g.Cells) == 0:
			continue
		case header && !started:
			tb.Line, tb.Header = rw.line+1, g.Cells
			tb.Cols, _ = pages.ColumnsOf(g.Cells)
			continue
		case header && !slices.Equal(g.Cells, tb.Header):
			flush(rw.line + 1)
			tb.Header = g.Cells
			tb.Cols, _ = pages.ColumnsOf(g.Cells)
			continue
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: rw.line + 1, Raw: rw.raw, Cells: g.Cells})
	}
	flush(0)
	return out
}
