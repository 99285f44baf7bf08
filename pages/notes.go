package pages

import (
	"slices"
	"strings"
)

// minNoteWords is the fewest words of a note's cell: a sentence, where a
// name is one word.
const minNoteWords = 3

// IsNote reports whether a cell holds a sentence, a note's: words,
// minNoteWords at least; not a status code's row ("4xx (custom status)")
// nor a field's whose separators were lost, a name and a primitive type
// ("userId string The user.").
func IsNote(c string) bool {
	// The words are counted up to minNoteWords and not gathered: every
	// first cell of a table's rows is asked, most of them one word.
	n, second := 0, ""
	for w := range strings.FieldsSeq(c) {
		if n == 1 {
			second = w
		}
		if n++; n == minNoteWords {
			break
		}
	}
	if n < minNoteWords || c[0] >= '0' && c[0] <= '9' {
		return false
	}
	_, typed := LookupLower(PrimitiveTypes, second)
	return !typed
}

// takeNotes takes out of a table's rows its notes written as a row whose
// first cell alone holds a sentence (TakeNotes). A note over a table's
// rows ("Note: heights are measured from …") is a cell that spans the
// table's columns; a markup without such a cell (wiki markup, Org,
// Textile, Muse, reStructuredText's grids, AsciiDoc as pandoc writes it)
// writes it as a row whose first cell holds a sentence and whose other
// cells are empty or missing. Of a table of three columns or more, such
// a row documents no field, and would be refused as a row that lost its
// name and type. But where another row sets a text in the Required
// column that states no requiredness, the table's rows lost cells and
// slid the rest left (a description in the Required column): there a
// sentence in the first cell alone may be a field's description whose
// name and type cells were lost, which the protocol may recover, and no
// row is taken.
func (t *Table) takeNotes(src Source) []Block {
	if len(t.Header) < 3 {
		return nil
	}
	note := func(r *Row) bool {
		return len(r.Cells) > 0 && IsNote(r.Cells[0]) && !slices.ContainsFunc(r.Cells[1:], func(c string) bool { return strings.TrimSpace(Clean(c)) != "" })
	}
	if req := slices.Index(t.Cols, ColRequired); req >= 0 && slices.ContainsFunc(t.Rows, func(r *Row) bool { return !note(r) && !statesRequiredness(r.Cells, req) }) {
		return nil
	}
	return t.TakeNotes(src, note, "a sentence in its first cell alone and no name, type or other cell, as a page writes a note where it spans no cell over the columns")
}

// TakeNotes is the one hand-off of a table's notes to the page's text:
// it takes out of the table's rows those that are notes over its rows
// (note), a sentence in their first cell, and returns them as text
// blocks, which follow the table, with a warning each that says how the
// style saw the note (form: a first cell alone, a header cell alone amid
// the rows, …). How a note is written is the style's to tell; what
// becomes of it is this rule's.
func (t *Table) TakeNotes(src Source, note func(*Row) bool, form string) []Block {
	var notes []Block
	t.Rows = slices.DeleteFunc(t.Rows, func(r *Row) bool {
		if !note(r) {
			return false
		}
		src.Report.Warn(At(src.Name, r.Line), "line %d of the table at line %d holds %s (%q): a note over its rows, no field; read as text after the table", r.Line, t.Line, form, Clip(r.Cells[0]))
		notes = append(notes, Block{Line: r.Line, Text: r.Cells[0]})
		return true
	})
	return notes
}

// TitleRow is the one reading of a row of one cell above a table's
// header (form: a cell that spans its columns, …), which is neither the
// header nor a field's row but a title over the table, as a caption is,
// where the page may name what the table documents: text before the
// table, with a warning at its line.
func TitleRow(src Source, line int, text, form string) Block {
	src.Report.Warn(At(src.Name, line), "line %d holds %s, above its header: a title over the table, no row; read as text before it (%q)", line, form, Clip(text))
	return Block{Line: line, Text: text}
}

// statesRequiredness reports whether the cell of a row's cells in the
// Required column, at index req, is empty or missing, or states a
// requiredness or a condition.
func statesRequiredness(cells []string, req int) bool {
	if req >= len(cells) {
		return true
	}
	c := strings.TrimSpace(Clean(cells[req]))
	_, ok := Requiredness(c)
	return c == "" || ok || IsCondition(c)
}
