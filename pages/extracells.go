package pages

import (
	"slices"
	"strings"
)

// PipeRows is a style whose rows are cells parted by a pipe (Markdown,
// pipe-separated text, DokuWiki, XWiki, Zim, Textile, Confluence wiki):
// a pipe in a cell's text that lost its escape parts the cell, and the
// row has more cells than its table's header (Read mends or refuses
// such a row: pastHeader).
type PipeRows interface {
	Style
	// CellPipe is how the style writes a pipe in a cell's text, which
	// parts no cell: `\|`, DokuWiki's `%%|%%`, XWiki's `~|`.
	CellPipe() string
}

// pastHeader reads the rows of table t, of a style whose cells are
// parted by a pipe, that have text in more cells than its header has
// columns (empty cells past them are nothing lost, as a doubled closing
// pipe leaves them). Where the header's last column is the description
// and the cells from it on are words, the first a sentence of two words
// at least, and every cell before it fits its column (a Required cell
// states a requiredness, a name or a code is one word), a pipe in the
// description's text parted it: the cells are joined back into one with
// the pipe, with a warning at the row. Anywhere else where the cell
// too many belongs cannot be told (it falls in a typed column: a
// name, a type, a requiredness, a code), and the row is refused at its
// line and dropped, with how to write it: the pipe as the style writes
// one in a cell's text (pipe).
func (t *Table) pastHeader(src Source, pipe string) {
	width := len(t.Header)
	if width == 0 {
		return
	}
	t.Rows = slices.DeleteFunc(t.Rows, func(r *Row) bool {
		n := len(r.Cells)
		if n <= width || !strings.Contains(r.Raw, "|") {
			return false // or a row of tabs, which no pipe parted
		}
		for n > width && strings.TrimSpace(r.Cells[n-1]) == "" {
			n--
		}
		if n <= width {
			return false
		}
		why := t.pastWhy(r.Cells[:n])
		if why != "" {
			src.Report.Fail(At(src.Name, r.Line), "the row at line %d has %d cells, more than the %d columns of the header at line %d (%s), and where its cell too many belongs cannot be told: %s. If a cell's text holds a pipe, write it as %s, else write the row with the header's columns", r.Line, n, width, t.Line, strings.Join(t.Header, " | "), why, pipe)
			return true
		}
		desc := strings.Join(r.Cells[width-1:n], " | ")
		src.Report.Warn(At(src.Name, r.Line), "the row at line %d has %d cells, more than the %d columns of the header at line %d: the cells from its %s column on are words, as a pipe in the description's text parts it, and the cells before fit their columns; read as one description, %q (write a pipe in a cell as %s)", r.Line, n, width, t.Line, t.Header[width-1], Clip(desc), pipe)
		r.Cells = append(r.Cells[:width-1:width-1], desc)
		return false
	})
}

// pastWhy tells why the cells of a row wider than the header of t do
// not read as a description parted by a pipe; empty where they do.
func (t *Table) pastWhy(cells []string) string {
	width := len(t.Header)
	if width > len(t.Cols) || t.Cols[width-1] != ColDescription {
		return "the header's last column is no description, whose text a pipe may part"
	}
	for k, c := range cells[:width-1] {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		fits := true
		switch t.Cols[k] {
		case ColRequired:
			_, ok := Requiredness(c)
			fits = ok || IsCondition(c)
		case ColName, ColCode:
			fits = len(strings.Fields(CellText(c))) == 1
		}
		if !fits {
			return "the cell " + quoteCell(c) + " stands in the " + strings.TrimSpace(t.Header[k]) + " column, which it does not fit"
		}
	}
	if first := strings.TrimSpace(cells[width-1]); len(strings.Fields(first)) < 2 {
		return "the cell under " + strings.TrimSpace(t.Header[width-1]) + ", " + quoteCell(first) + ", is no sentence a pipe may have parted: a cell of a typed column may have shifted there"
	}
	return ""
}

// quoteCell quotes a cell's text, clipped, for a message.
func quoteCell(c string) string {
	return "\"" + Clip(c) + "\""
}
