package pages

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A copy that loses the line break after a title runs the title into the
// line after it: into a table's header row ("Request BodyName | Type |
// Mandatory | Description"), in every form a page is copied in. The
// form tells the seam, where a column word starts with no space before
// it; whether the text before it is a title, only the protocol's words
// tell (read.UnglueTitles).

// Glued is a way a header row's first cell may be a title run into the
// column word after it: "Request Body" and "Name" of "Request BodyName".
type Glued struct {
	Title, Word string
}

// GluedSplits returns the ways cell may be a title run into a column
// word: each seam with no space at it where the text after it names a
// column (IsHeaderCell) and starts a word by its form, a capital after
// a small letter or a digit ("BodyName"), or a word of small letters
// alone after a letter ("Bodyname"); the text before it holds a letter
// and is no column word itself ("ParameterName" is a header cell run
// together, no title; "Response Status Code" is a title). A cell of words that names a column by its last
// one ("Status Code") has no such seam.
func GluedSplits(cell string) []Glued {
	c := strings.TrimSpace(CellText(strings.TrimSpace(cell)))
	if c == "" || len(c) > MaxTitleRun {
		return nil
	}
	var out []Glued
	for i := 1; i < len(c); i++ {
		before, _ := utf8.DecodeLastRuneInString(c[:i])
		at, _ := utf8.DecodeRuneInString(c[i:])
		word, title := c[i:], c[:i]
		switch {
		case before == ' ' || at == ' ' || !utf8.RuneStart(c[i]):
			continue
		case unicode.IsUpper(at) && (unicode.IsLower(before) || unicode.IsDigit(before)):
		case unicode.IsLower(at) && unicode.IsLetter(before) && isLetters(word) && strings.ToLower(word) == word:
		default:
			continue
		}
		if !IsHeaderCell(word) || !strings.ContainsFunc(title, unicode.IsLetter) || isLetters(title) && IsHeaderCell(title) {
			continue
		}
		out = append(out, Glued{Title: title, Word: word})
	}
	return out
}

// MaxTitleRun bounds a first cell read as a title run into a column
// word: a title of a few words and the word.
const MaxTitleRun = 80

// gluedHeaders marks the tables whose header row's first cell may be a
// title run into a column word (GluedSplits), the header's other cells
// naming columns: its Glued, where the style did not mark it (a header
// it read by the protocol's labels, which name no column of their own). A row of a table whose cells are so is
// such a header that the style read as a row, the table before it of
// the same width: the table is cut there, the row the header of the
// table of the rows after it.
func gluedHeaders(blocks []Block) []Block {
	out := make([]Block, 0, len(blocks))
	for _, b := range blocks {
		t := b.Table
		if t == nil {
			out = append(out, b)
			continue
		}
		if t.Header != nil && t.Glued == nil {
			t.Glued = gluedHeader(t.Header)
		}
		for k := 0; k < len(t.Rows); k++ {
			glued := gluedHeader(t.Rows[k].Cells)
			if glued == nil {
				continue
			}
			r := t.Rows[k]
			rest := &Table{Line: r.Line, Header: r.Cells, Rows: slices.Clone(t.Rows[k+1:]), Glued: glued}
			rest.Cols, _ = ColumnsOf(r.Cells)
			t.Rows = t.Rows[:k]
			out = append(out, Block{Line: t.Line, Table: t})
			b, t = Block{Line: rest.Line, Table: rest}, rest
			k = -1
		}
		out = append(out, b)
	}
	return out
}

// gluedHeader returns the ways the first of a row's cells may be a title
// run into a column word, the others naming columns, two at least in
// all with the word of a kind the readers tell (HeaderColumn: a code
// table's "Http response code" and "detail_code" as a field table's
// "Name" and "Type"); nil when it is no such row.
func gluedHeader(cells []string) []Glued {
	if len(cells) < 2 {
		return nil
	}
	known := 0
	for _, c := range cells[1:] {
		c = strings.TrimSpace(CellText(strings.TrimSpace(c)))
		if c != "" && !IsHeaderCell(c) {
			return nil
		}
		if HeaderColumn(c) != ColOther {
			known++
		}
	}
	var out []Glued
	for _, g := range GluedSplits(cells[0]) {
		n := known
		if HeaderColumn(g.Word) != ColOther {
			n++
		}
		if n >= 2 {
			out = append(out, g)
		}
	}
	return out
}

// HeaderWord returns the column word the first cell of a header row
// names: the cell itself where it names a column (IsHeaderCell), else
// the word of the first way a title runs into one (GluedSplits: "Name"
// of "Request BodyName"); ok is false where it names none. The styles
// that tell a header row by the words of its cells read its first cell
// through it; Read marks such a header Glued, and interpretation reads
// the title out or refuses the row.
func HeaderWord(cell string) (word string, ok bool) {
	if IsHeaderCell(cell) {
		return cell, true
	}
	if gs := GluedSplits(cell); len(gs) > 0 {
		return gs[0].Word, true
	}
	return "", false
}

// GluedRunTogetherHeader reads a run-together header (RunTogetherHeader)
// that a title runs into ("Request HeadersNameRequiredDescription"),
// where the title and the first column word make a seam of GluedSplits:
// it returns the header's column words, and its cells as the line
// writes them, the first the title and the word ("Request HeadersName").
// Both are nil for any other line, and for a line that is a run-together
// header by itself.
func GluedRunTogetherHeader(t string) (words, written []string) {
	if RunTogetherHeader(t) != nil {
		return nil, nil
	}
	// A run-together header holds only the letters of column words: the
	// header starts after the last other byte (a space of the title).
	from := 1
	for i := len(t) - 1; i > 0; i-- {
		if c := t[i]; !runLetters[lowerASCII(c)] {
			from = i + 1
			break
		}
	}
	for i := from; i < len(t) && i < MaxTitleRun; i++ {
		head := RunTogetherHeader(t[i:])
		if head == nil {
			continue
		}
		n := i + len(strings.ReplaceAll(head[0], " ", ""))
		if slices.Contains(GluedSplits(t[:n]), Glued{Title: t[:i], Word: t[i:n]}) {
			written = slices.Clone(head)
			written[0] = t[:n]
			return head, written
		}
	}
	return nil, nil
}
