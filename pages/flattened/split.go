package flattened

import (
	"slices"

	"github.com/docs2go/docs2go/pages"
)

// A Splitter splits, by the rules of this style, the rows of a table
// whose cells run together that a page of another style holds: the
// rows html2markdown writes as text, a paragraph a row, of a table
// whose cell holds a line break ("playerIdStringYPlayer ID").
type Splitter struct{ names *vocabulary }

// NewSplitter returns a Splitter that splits with the pages' lexicon,
// looking the names of a row's readings up on the page's lines where
// a primitive ends the name of a type its name runs into (typeAtEnd).
func NewSplitter(words pages.Lexicon, lines []string) *Splitter {
	v := vocabularyOf(words)
	v.letters, v.lines = true, lines
	return &Splitter{names: v}
}

// Cells splits a row s under the header head into one cell per column,
// as a row of flattened text is split. It returns nil where the row
// splits into none; and, with the cells, another split as good (rival)
// where two cuts of the row fit equally and differ, or where the row
// reads both with a type cell and as a row that lost it: then nothing
// tells its cells, and the caller names both readings. A Required cell
// of one letter in upper case (Y, N, O, X) may run into a description
// that begins with a capital ("YPlayer ID"), as flattened text's may
// not: the caller decides by the table's other rows whether it is the
// table's mark. A row whose name runs into a type the pages document
// that a primitive ends is read as the evidence decides (typeAtEnd):
// where the form of the names decided, doubt is what the caller warns
// of where it reads the row; where nothing did, the other reading is
// the rival.
func (sp *Splitter) Cells(s string, head []string) (cells, rival []string, doubt *Doubt) {
	cols, _ := pages.ColumnsOf(head)
	kind := pages.RunKind(cols)
	v := sp.names
	v.otherColumns(head)
	clear(v.stated)
	v.rival = v.rival[:0]
	cells, _, other := splitRow(s, kind, cols, v)
	switch {
	case cells == nil:
		return nil, nil, nil
	case other != nil:
		return cells, other, nil
	case v.end != nil && v.end.by == endUndecided:
		return cells, v.end.cells, nil
	case len(v.rival) > 0 && !slices.Equal(v.rival, cells):
		return cells, slices.Clone(v.rival), nil
	case v.end != nil && v.end.by == endForm:
		return cells, nil, &Doubt{cols: cols, cells: slices.Clone(cells), end: v.end}
	}
	return cells, nil, nil
}

// A Doubt is a row split by a Splitter whose name runs into a type the
// pages document that a primitive ends, read by the form of the names
// alone (typeAtEnd): the caller warns of it where it reads the row.
type Doubt struct {
	cols  []pages.Column
	cells []string
	end   *typeEnd
}

// Warn warns, at the line of index j of src, of the row's other
// reading and the fix that reads it, as flattened text's reader does.
func (d *Doubt) Warn(src pages.Source, j int) {
	endOf(src, j, d.cols, d.cells, d.end)
}
