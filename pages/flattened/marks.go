package flattened

import (
	"slices"
	"strconv"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// MarkCells settles the Required cells of a table whose rows' cells run
// together (flattened text, html2markdown's table written as text, form
// says which, for its messages, and fix how to write it apart), where a
// mark of one letter (Y, N; O, X) runs into a description that begins
// with a capital ("playerIdStringYPlayer ID", "roleStringNOnly …"): the
// split reads the letter as the Required cell, or leaves it to the
// description, or reads the word it makes with the next capital ("NO",
// "nly …"). The header's Required column decides it where every row of
// the table states its requiredness with one letter, run into its
// description or not, and the letters are one spelling for each of
// required and optional: the letter is the Required cell, with a
// warning. Where a row states its requiredness with a word ("true",
// "Yes"), the table states it in words, and the capital a description
// begins with is its own. Where another row states none, or the letters
// spell one value two ways, nothing tells a mark from a description's
// first letter ("OAuth token"): the table is refused at the row, with
// both readings. It reports whether the table is read.
func MarkCells(src pages.Source, tb *pages.Table, form, fix string) bool {
	ri, di := slices.Index(tb.Cols, pages.ColRequired), len(tb.Cols)-1
	if ri < 0 || tb.Cols[di] != pages.ColDescription {
		return true
	}
	// letter holds each row's reading with a one-letter mark: its own,
	// or the other (lettered), or none.
	letter := make([][2]string, len(tb.Rows))
	var lettered []int
	letters := true // every row reads with a mark of one letter
	words := false  // a row states its requiredness with a word
	spelling := map[bool]string{}
	for k, row := range tb.Rows {
		mark, desc := row.Cells[ri], row.Cells[di]
		switch {
		case len(mark) > 1 && isMark(mark) && (strings.ToUpper(mark) != mark || desc == "" || desc[0] < 'a' || desc[0] > 'z'):
			words = true
		case len(mark) == 1 && desc != "" && desc[0] >= 'A' && desc[0] <= 'Z' && strings.Contains(row.Raw, mark+desc[:1]):
			lettered = append(lettered, k)
		case mark == "" && leadingMark(desc):
			mark, desc = desc[:1], desc[1:]
			lettered = append(lettered, k)
		case len(mark) > 1 && strings.ToUpper(mark) == mark && desc != "" && desc[0] >= 'a' && desc[0] <= 'z' && isMark(mark[:1]):
			mark, desc = mark[:1], mark[1:]+desc
			lettered = append(lettered, k)
		}
		letter[k] = [2]string{mark, desc}
		req, ok := pages.Requiredness(mark)
		if !ok || len(mark) != 1 {
			letters = false
			continue
		}
		if w, seen := spelling[req]; seen && !strings.EqualFold(w, mark) {
			letters = false
		}
		spelling[req] = mark
	}
	if len(lettered) == 0 || words {
		return true
	}
	if !letters {
		k := lettered[0]
		row := tb.Rows[k]
		other := slices.Clone(row.Cells)
		other[ri], other[di] = letter[k][0], letter[k][1]
		if slices.Equal(other, row.Cells) {
			other[ri], other[di] = "", row.Cells[ri]+row.Cells[di]
		}
		src.Report.Fail(pages.At(src.Name, row.Line), "line %d is a row of the table at line %d, %s, and it reads as %q or as %q: a letter at its description's start may be its %s cell, and the table's other rows do not each state their requiredness with one letter, one for each value. %s", row.Line, tb.Line, form, strings.Join(row.Cells, " | "), strings.Join(other, " | "), tb.Header[ri], fix)
		return false
	}
	lines := make([]string, len(lettered))
	for n, k := range lettered {
		row := tb.Rows[k]
		row.Cells[ri], row.Cells[di] = letter[k][0], letter[k][1]
		lines[n] = strconv.Itoa(row.Line)
	}
	first := tb.Rows[lettered[0]]
	src.Report.Warn(pages.At(src.Name, first.Line), "the %s cells of the rows at lines %s of the table at line %d run into their descriptions, a letter before a capital (%q): read as their %s cells, as every row of the table states its requiredness with one letter for each value", tb.Header[ri], strings.Join(lines, ", "), tb.Line, pages.Clip(first.Cells[ri]+first.Cells[di]), tb.Header[ri])
	return true
}

// isMark reports whether a cell is a requiredness mark.
func isMark(c string) bool {
	_, ok := pages.Requiredness(c)
	return ok
}

// leadingMark reports whether a description begins with a mark of one
// letter run into a word that begins with a capital ("YPlayer ID",
// "OID of the sanction"), as a description's first word rarely does
// (MarkCells asks the table's other rows).
func leadingMark(desc string) bool {
	if len(desc) < 3 || desc[0] < 'A' || desc[0] > 'Z' {
		return false
	}
	if !isMark(desc[:1]) {
		return false
	}
	return desc[1] >= 'A' && desc[1] <= 'Z' && (desc[2] >= 'a' && desc[2] <= 'z' || desc[2] >= 'A' && desc[2] <= 'Z')
}
