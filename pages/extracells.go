package pages

import (
	"fmt"
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
// such a row: joinParted, pipeParting).
type PipeRows interface {
	Style
	// CellPipe is how the style writes a pipe in a cell's text, which
	// parts no cell: `\|`, DokuWiki's `%%|%%`, XWiki's `~|`.
	CellPipe() string
}

// A parting is a reading of rows whose cells a separator parts that a
// cell's text may hold unwritten as the style writes it (a pipe that
// lost its escape, a comma a tool left unquoted): what joinParted needs
// to mend or refuse a row with text in more cells than its header has
// columns, which is what differs between the styles.
type parting struct {
	// sep is the separator that parts the row's cells.
	sep string
	// joint joins the cells too many back into one cell.
	joint string
	// dropsEmpty drops the empty cells of a row past the header's
	// columns, which a separator at the end of the row leaves, where
	// they would keep the row from reading as the header repeated; a
	// style that keeps them (a doubled closing pipe) reads them as
	// written.
	dropsEmpty bool
	// column tells why column k of t takes no cells too many joined
	// back; empty where it may.
	column func(t *Table, k int) string
	// first tells why c, the first of the cells joined back in column
	// k of t, is no text the separator parted; empty where it is. Nil
	// where any is.
	first func(t *Table, k int, c string) string
	// mended writes the warning at a row of n cells read with its cells
	// too many joined back in column k, into joined, after "the row at
	// line … has … cells, more than the … columns of the header at line
	// …".
	mended func(t *Table, n, k int, joined string) string
	// refused writes the error at a row of n cells refused where fit
	// are the columns that take its cells too many (the cells joined
	// in each), and whys tells why each column of the header takes none,
	// after the same words.
	refused func(t *Table, n int, fit []int, joined [][]string, whys []string) string
}

// pipeParting is the reading of the rows of a style whose cells are
// parted by a pipe (PipeRows), which writes a pipe in a cell's text as
// pipe. Where the header's last column is the description and the cells
// from it on are words, the first a sentence of two words at least, and
// every cell before it fits its column (a Required cell states a
// requiredness, a name or a code is one word), a pipe in the
// description's text parted it. Anywhere else where the cell too many
// belongs cannot be told (it falls in a typed column: a name, a type, a
// requiredness, a code), and the row is refused with how to write it:
// the pipe as the style writes one in a cell's text.
func pipeParting(pipe string) parting {
	return parting{
		sep:   "|",
		joint: " | ",
		column: func(t *Table, k int) string {
			if width := len(t.Header); k != width-1 || width > len(t.Cols) || t.Cols[k] != ColDescription {
				return "the header's last column is no description, whose text a pipe may part"
			}
			return ""
		},
		first: func(t *Table, k int, c string) string {
			if c = strings.TrimSpace(c); len(strings.Fields(c)) < 2 {
				return "the cell under " + strings.TrimSpace(t.Header[k]) + ", " + quoteCell(c) + ", is no sentence a pipe may have parted: a cell of a typed column may have shifted there"
			}
			return ""
		},
		mended: func(t *Table, n, k int, joined string) string {
			return fmt.Sprintf(": the cells from its %s column on are words, as a pipe in the description's text parts it, and the cells before fit their columns; read as one description, %q (write a pipe in a cell as %s)", t.Header[k], Clip(joined), pipe)
		},
		refused: func(t *Table, n int, _ []int, _ [][]string, whys []string) string {
			return fmt.Sprintf(" (%s), and where its cell too many belongs cannot be told: %s. If a cell's text holds a pipe, write it as %s, else write the row with the header's columns", strings.Join(t.Header, " | "), whys[len(t.Header)-1], pipe)
		},
	}
}

// unquotedParting is the reading of the rows of a table whose cells a
// separator parts that a tool wrote with no quoting (HTML::TableExtract's
// rows printed joined with commas, Table.Unquoted). The cells too many
// belong to one cell of free text (freeText): a column whose cells in
// the other rows are titles (titles) holds none. Where one reading fits,
// the warning names the cell joined; where none or several do, which
// cell holds the separators cannot be told, and the row is refused with
// the readings that fit, each written as the row to put on the page:
// that cell quoted, as a spreadsheet quotes a cell that holds its
// separator.
func unquotedParting(sep byte) parting {
	return parting{
		sep:        string(sep),
		joint:      string(sep) + " ",
		dropsEmpty: true,
		column: func(t *Table, k int) string {
			if !t.freeText(k) {
				return "the " + strings.TrimSpace(t.Header[k]) + " column holds no free text"
			}
			return ""
		},
		mended: func(t *Table, n, k int, joined string) string {
			return fmt.Sprintf(", as a %q in a cell's text that no quotes hold parts it: only its %s cell, of free text, takes the %d too many with its other cells fitting their columns; read as one cell, %s (quote a cell that holds a %q)", string(sep), strings.TrimSpace(t.Header[k]), n-len(t.Header), quoteCell(joined), string(sep))
		},
		refused: func(t *Table, n int, fit []int, joined [][]string, _ []string) string {
			why := "no column of free text takes them with the row's other cells fitting their columns. Write the row with the cell that holds a " + strconv.Quote(string(sep)) + " in quotes"
			if len(fit) > 1 {
				rows := make([]string, len(fit))
				for i, k := range fit {
					rows[i] = "`" + quotedRow(joined[i], k, sep) + "`"
				}
				why = strings.Join(columnNames(t, fit), " or ") + " takes them with the row's other cells fitting their columns. Write the row with that cell in quotes, as one of " + strings.Join(rows, " ")
			}
			return fmt.Sprintf(" (%s), as a %q in a cell's text that no quotes hold parts it, and which cell holds the %d too many cannot be told: %s", strings.Join(t.Header, string(sep)), string(sep), n-len(t.Header), why)
		},
	}
}

// joinParted reads the rows of table t, of a style whose cells a
// separator parts that a cell's text may hold (p), that have text in
// more cells than its header has columns (empty cells past them are
// nothing lost, as a doubled closing pipe leaves them: p.dropsEmpty):
// the separator in a cell's text parted it. A reading joins the cells
// too many back into one column that may take them (p.column), and fits
// where the row's other cells fit their columns (fitsColumn) and the
// first cell joined reads as text the separator parted (p.first). Where
// one reading fits, the row is read so, with a warning at its line;
// where none or several do, which cell holds the separator cannot be
// told, and the row is refused at its line and dropped, with how to
// write it. A row with no separator in its text (a row of tabs) is
// left as it is.
func (t *Table) joinParted(src Source, p parting) {
	width := len(t.Header)
	if width == 0 {
		return
	}
	t.Rows = slices.DeleteFunc(t.Rows, func(r *Row) bool {
		n := len(r.Cells)
		if n <= width || !strings.Contains(r.Raw, p.sep) {
			return false
		}
		for n > width && strings.TrimSpace(r.Cells[n-1]) == "" {
			n--
		}
		if n <= width {
			if p.dropsEmpty {
				r.Cells = r.Cells[:width]
			}
			return false
		}
		cells := r.Cells[:n]
		var fit []int                 // the columns a reading joins the cells too many in
		var joined [][]string         // the row's cells, as each of those readings joins them
		whys := make([]string, width) // why each column takes no reading
		for k := range width {
			var cut []string
			if whys[k] = p.column(t, k); whys[k] == "" {
				cut = joinedAt(cells, width, k, p.joint)
				whys[k] = t.othersFit(cut, k)
			}
			if whys[k] == "" && p.first != nil {
				whys[k] = p.first(t, k, cells[k])
			}
			if whys[k] == "" {
				fit, joined = append(fit, k), append(joined, cut)
			}
		}
		head := fmt.Sprintf("the row at line %d has %d cells, more than the %d columns of the header at line %d", r.Line, n, width, t.Line)
		if len(fit) != 1 {
			src.Report.Fail(At(src.Name, r.Line), "%s", head+p.refused(t, n, fit, joined, whys))
			return true
		}
		src.Report.Warn(At(src.Name, r.Line), "%s", head+p.mended(t, n, fit[0], joined[0][fit[0]]))
		r.Cells = joined[0]
		return false
	})
}

// othersFit tells why the cells of a row, its cells too many joined in
// column k (joinedAt), do not fit the columns of t: the first of its
// other cells that does not fit its column (fitsColumn); empty where
// they all fit.
func (t *Table) othersFit(cells []string, k int) string {
	for j, c := range cells {
		if c = strings.TrimSpace(c); j != k && c != "" && j < len(t.Cols) && !fitsColumn(t.Cols[j], c) {
			return "the cell " + quoteCell(c) + " stands in the " + strings.TrimSpace(t.Header[j]) + " column, which it does not fit"
		}
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

// joinedAt returns the cells of a row wider than a header of width
// columns, the cells too many joined into column k with joint.
func joinedAt(cells []string, width, k int, joint string) []string {
	extra := len(cells) - width
	parts := make([]string, 0, extra+1)
	for _, c := range cells[k : k+extra+1] {
		parts = append(parts, strings.TrimSpace(c))
	}
	out := append(slices.Clone(cells[:k]), strings.Join(parts, joint))
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
