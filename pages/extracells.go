package pages

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
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
		if !fitsColumn(t.Cols[k], c) {
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

// fitsColumn reports whether a cell's text, not empty, fits a column of
// its kind: a requiredness states one, or a condition; a name or a code
// is one word; a type is two words at the most ("number int"), with a
// note in parentheses ("String (Enum)"). A cell of another column fits
// any.
func fitsColumn(col Column, c string) bool {
	switch col {
	case ColRequired:
		_, ok := Requiredness(c)
		return ok || IsCondition(c)
	case ColName, ColCode:
		return len(strings.Fields(CellText(c))) == 1
	case ColType:
		word, note, _ := strings.Cut(CellText(c), "(")
		n := len(strings.Fields(word))
		return n >= 1 && n <= 2 && (note == "" || strings.HasSuffix(strings.TrimSpace(note), ")"))
	}
	return true
}

// freeTextWords are the last words of the headers of the columns of
// free text, lowered: a description, a message, a note.
var freeTextWords = map[string]bool{
	"description": true, "message": true, "msg": true, "comment": true, "comments": true,
	"note": true, "notes": true, "remark": true, "remarks": true,
	"설명": true, "비고": true, "메시지": true,
}

// freeText reports whether column k of t holds free text, which a
// separator a tool left unquoted may part: a Description column, or one
// whose header ends in a word of free text ("Status Code Detailed
// Description", "msg"), but for a column of titles (titles).
func (t *Table) freeText(k int) bool {
	if k < len(t.Cols) && t.Cols[k] == ColDescription {
		return !t.titles(k)
	}
	words := strings.Fields(strings.ToLower(CellText(t.Header[k])))
	return len(words) > 0 && freeTextWords[words[len(words)-1]] && !t.titles(k)
}

// titles reports whether column k of t holds titles, whatever its header
// names ("Status Code Description" over "Bad Request", "Not Found"): its
// cell in each row of the header's width that has one, two rows at
// least, is a title (isTitle), which holds no separator.
func (t *Table) titles(k int) bool {
	n := 0
	for _, r := range t.Rows {
		if len(r.Cells) != len(t.Header) || strings.TrimSpace(r.Cells[k]) == "" {
			continue
		}
		if !isTitle(r.Cells[k]) {
			return false
		}
		n++
	}
	return n >= 2
}

// isTitle reports whether a cell is a title: every word of it begins
// with a capital letter or a digit, and it holds no punctuation that
// parts a sentence ("Internal Server Error").
func isTitle(c string) bool {
	words := strings.Fields(c)
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) || strings.ContainsAny(w, ",;:.") {
			return false
		}
	}
	return len(words) > 0
}

// joinUnquoted reads the rows of table t, of a style whose cells a
// separator parts that a tool wrote with no quoting (HTML::TableExtract's
// rows printed joined with commas), that have text in more cells than
// its header has columns: a separator in a cell's text parted it. The
// cells too many belong to one cell of free text (freeText): a reading
// joins them back there, and fits where the row's other cells fit
// their columns (fitsColumn); a column whose cells in the other rows are
// titles (titles) holds none. Where one reading fits, the row is read so,
// with a warning at its line that names the cell joined; where none or
// several do, which cell holds the separators cannot be told, and the
// row is refused at its line and dropped, with the readings that fit,
// each written as the row to put on the page: that cell quoted, as a
// spreadsheet quotes a cell that holds its separator.
func (t *Table) joinUnquoted(src Source, sep byte) {
	width := len(t.Header)
	if width == 0 {
		return
	}
	t.Rows = slices.DeleteFunc(t.Rows, func(r *Row) bool {
		n := len(r.Cells)
		for n > width && strings.TrimSpace(r.Cells[n-1]) == "" {
			n--
		}
		if n <= width {
			r.Cells = r.Cells[:min(len(r.Cells), width)] // past it, empty
			return false
		}
		cells := r.Cells[:n]
		var fit []int // the columns a reading joins the cells too many in
		for k := range width {
			if t.freeText(k) && t.joinFits(cells, k, sep) {
				fit = append(fit, k)
			}
		}
		if len(fit) == 1 {
			k := fit[0]
			joined := joinedAt(cells, width, k, sep)
			src.Report.Warn(At(src.Name, r.Line), "the row at line %d has %d cells, more than the %d columns of the header at line %d, as a %q in a cell's text that no quotes hold parts it: only its %s cell, of free text, takes the %d too many with its other cells fitting their columns; read as one cell, %s (quote a cell that holds a %q)", r.Line, n, width, t.Line, string(sep), strings.TrimSpace(t.Header[k]), n-width, quoteCell(joined[k]), string(sep))
			r.Cells = joined
			return false
		}
		why := "no column of free text takes them with the row's other cells fitting their columns. Write the row with the cell that holds a " + strconv.Quote(string(sep)) + " in quotes"
		if len(fit) > 1 {
			rows := make([]string, len(fit))
			for i, k := range fit {
				rows[i] = "`" + quotedRow(joinedAt(cells, width, k, sep), k, sep) + "`"
			}
			why = strings.Join(columnNames(t, fit), " or ") + " takes them with the row's other cells fitting their columns. Write the row with that cell in quotes, as one of " + strings.Join(rows, " ")
		}
		src.Report.Fail(At(src.Name, r.Line), "the row at line %d has %d cells, more than the %d columns of the header at line %d (%s), as a %q in a cell's text that no quotes hold parts it, and which cell holds the %d too many cannot be told: %s", r.Line, n, width, t.Line, strings.Join(t.Header, string(sep)), string(sep), n-width, why)
		return true
	})
}

// joinFits reports whether the cells of a row wider than the header of t
// fit its columns with the cells too many joined in column k (joinedAt).
func (t *Table) joinFits(cells []string, k int, sep byte) bool {
	for j, c := range joinedAt(cells, len(t.Header), k, sep) {
		if c = strings.TrimSpace(c); j != k && c != "" && j < len(t.Cols) && !fitsColumn(t.Cols[j], c) {
			return false
		}
	}
	return true
}

// joinedAt returns the cells of a row wider than a header of width
// columns, the cells too many joined into column k with the separator
// sep that parted them, and a space after it.
func joinedAt(cells []string, width, k int, sep byte) []string {
	extra := len(cells) - width
	parts := make([]string, 0, extra+1)
	for _, c := range cells[k : k+extra+1] {
		parts = append(parts, strings.TrimSpace(c))
	}
	out := append(slices.Clone(cells[:k]), strings.Join(parts, string(sep)+" "))
	return append(out, cells[k+extra+1:]...)
}

// quotedRow writes a row's cells parted by sep, its cell k in quotes, a
// quote in it doubled, as a spreadsheet writes a cell that holds sep.
func quotedRow(cells []string, k int, sep byte) string {
	out := make([]string, len(cells))
	for j, c := range cells {
		out[j] = strings.TrimSpace(c)
	}
	out[k] = `"` + strings.ReplaceAll(out[k], `"`, `""`) + `"`
	return strings.Join(out, string(sep))
}

// columnNames names the columns ks of t by their header cells.
func columnNames(t *Table, ks []int) []string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = strings.TrimSpace(t.Header[k])
	}
	return out
}
