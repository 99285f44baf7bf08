package cellperline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// A wiki table is also copied without blank lines between its cells: each
// header cell on a line, then each row's cells one per line, the whole
// table one group of lines. Its header fixes the row width, and rows are
// formed by that width where their cells fit their columns: a name under
// Name (an identifier), a type under Type, a requiredness under Mandatory.
// Where they do not, those columns are the evidence rows are formed by: a
// last cell that goes on at the next lines (a wrapped description) runs up
// to the next line that starts a row; a row whose cells fit its columns
// only without one of them lost that cell, and a row whose last line
// starts a row of its own (by two cells that fit, or a status code) lost
// its last cell (an empty description). Each such reading is warned at
// its line; lines after a header that no reading makes rows of are
// refused at their line.

// denseHeader is the header of a dense table found at a line of a group.
type denseHeader struct {
	title int      // the lines before the header cells that are a title (0 or 1)
	cells []string // the header's cells
	lines int      // the lines the title and the header take, the header's second copy included
	// codes is set when the first cell, a word of no kind the columns
	// tell ("Status"), heads the status codes of a table of detail
	// codes, as its rows tell (headerAt).
	codes bool
	// wrapped is the position, from the header's first cell, of the
	// first line of a cell its column wrapped (wrappedHeaderCell), or 0.
	wrapped int
	// shared are the positions, from the header's first cell, of the
	// lines that hold two of its cells (sharedHeaderLines).
	shared []int
}

// minRowFits is the number of a row's cells that must fit their columns
// for it to start a row, or to be read with a cell lost; fewer in a table
// with fewer columns that tell.
const minRowFits = 2

// looseColumns are the columns of header cells, as pages.HeaderColumn
// reads them.
func looseColumns(cells []string) []pages.Column {
	cols := make([]pages.Column, len(cells))
	for i, c := range cells {
		if i == 0 {
			if w, ok := pages.HeaderWord(c); ok {
				c = w
			}
		}
		cols[i] = pages.HeaderColumn(c)
	}
	return cols
}

// headerAt finds the header of a dense table at line i of ts, the texts
// of a group's lines: a run of header cells of two kinds at least, the
// first a Name or Code, printed once, twice, or twice in two languages.
// A first cell of another kind, or one without which the rest is a
// header printed twice, or one that the rows after the run show to be no
// column (the title "Response Status Code" over "Status Code"), is the
// table's title; one that the run prints again, as the first of the
// header's second copy, is the header's.
func headerAt(ts []string, i int) (denseHeader, bool) {
	if h, ok := numberedHeaderAt(ts, i); ok {
		return h, true
	}
	n := 0
	for i+n < len(ts) && n < 2*maxWidth && (pages.IsHeaderCell(ts[i+n]) || n == 0 && i+1 < len(ts) && pages.IsHeaderCell(ts[i+1]) && gluedCell(ts[i])) {
		n++
	}
	if n < 2 {
		return denseHeader{}, false
	}
	h := headerOfRun(ts[i : i+n])
	if n == 2 {
		if pages.ColumnOf(ts[i]) == pages.ColOther && h.shared == nil && !rowStarts(ts, h.cells, i+2) {
			return denseHeader{}, false // a description that ends with a column word ("The code"), then a row's name ("type")
		}
		return headerOf(h)
	}
	t := headerOfRun(ts[i+1 : i+n])
	t.title, t.lines = 1, t.lines+1
	first := looseColumns(ts[i : i+1])[0]
	switch second := pages.HeaderColumn(ts[i+1]); {
	case second != pages.ColName && second != pages.ColCode:
	case first == pages.ColOther && second == pages.ColCode && h.lines == n && codePairAt(ts, i+n):
		// "Status" over "Code | Message | Description", the rows a
		// status code and a detail code: the first cell heads the
		// status codes, a column no title would leave the rows.
		h.codes = true
		return h, true
	case first != pages.ColName && first != pages.ColCode, t.lines-t.title == 2*len(t.cells) && h.lines != 2*len(h.cells), titleOver(ts[i], ts[i+1:i+n]):
		h = t
	case namesAgain(ts[i], ts[i+1]) && !codePairAt(ts, i+n):
		// A title names its table by the column ("Response Status Code"
		// over "Status Code"); "Status Code" over "Code" is no title
		// where the first row is a status code and its detail code: the
		// table of detail codes, as Confluence's "Status Code | Code |
		// Message | Description" heads it.
		h = t
	case h.lines == 2*len(h.cells):
		// The whole run is a header printed twice: its first cell heads
		// the second copy too, a column's name and no title. The rows
		// after it do not decide: a callout and the header printed again
		// under the first row leave too few to rate.
	default:
		after := ts[i+n : i+n+min(len(ts)-i-n, rowsRated*n)]
		if rowsFit(looseColumns(t.cells), after, 0) > rowsFitLosingLast(looseColumns(h.cells), after) {
			h = t
		}
	}
	return headerOf(withoutFirstRow(ts[i:], h))
}

// codePairAt reports whether the texts ts from i on start with a status
// code and a detail code (pages.IsDetailCode): a row of a table of
// detail codes.
func codePairAt(ts []string, i int) bool {
	return i+1 < len(ts) && isStatusCode(ts[i]) && pages.IsDetailCode(ts[i+1])
}

// gluedCell reports whether a cell may be the first of a header as a
// title run into a column word (pages.GluedSplits), whose header
// pages.Read marks Glued. It reads the cell's text, so its callers ask
// it last: once the cell after it is a header cell too.
func gluedCell(c string) bool {
	return len(pages.GluedSplits(c)) > 0
}

// titleOver reports whether the first cell of a run of header cells, a
// title run into a column word (pages.GluedSplits) and no column word
// itself, is a title over the header the rest of the run is, whole: a
// header names each column once, and each column word the cell may end
// with names a kind of column one of the rest names again ("ReturnCode"
// or "ErrorCode" over "Name | Code | Description").
func titleOver(first string, rest []string) bool {
	gs := pages.GluedSplits(first)
	for _, g := range gs {
		k := pages.HeaderColumn(g.Word)
		if !slices.ContainsFunc(rest, func(c string) bool { return pages.HeaderColumn(c) == k }) {
			return false
		}
	}
	return len(gs) > 0
}

// namesAgain reports whether a first cell ends with the words of the
// cell after it ("Response Status Code" over "Status Code"): a header
// names a column once, and a title names its table by the column.
func namesAgain(first, second string) bool {
	f, s := strings.ToLower(strings.TrimSpace(first)), strings.ToLower(strings.TrimSpace(second))
	return len(f) > len(s) && strings.HasSuffix(f, " "+s)
}

// maxNumberingCell bounds the length of a header cell that heads a
// column of row numbers ("#", "No.", "번호").
const maxNumberingCell = 6

// isNumberingCell reports whether a cell, not empty, heads a column of
// row numbers (pages.IsNumberingCell). It runs on every line a header may
// start at: a cell longer than a numbering word, or whose first byte
// starts none, is looked at no further.
func isNumberingCell(c string) bool {
	return c != "" && len(c) <= maxNumberingCell && (c[0] == '#' || c[0]|0x20 == 'n' || c[0] >= utf8.RuneSelf) && pages.IsNumberingCell(c)
}

// numberedHeaderAt finds at line i of ts the header of a table whose
// first column numbers its rows, as a wiki's numbered rows copy: a
// numbering cell ("#", "No.", pages.IsNumberingCell), then a header of
// its own, printed once or twice (the numbering cell with each copy),
// and a first row that starts with a row number. The numbering column
// is the header's first; pages.Read drops it.
func numberedHeaderAt(ts []string, i int) (denseHeader, bool) {
	if i+1 >= len(ts) || !isNumberingCell(ts[i]) {
		return denseHeader{}, false
	}
	h, ok := headerAt(ts, i+1)
	if !ok || h.title > 0 {
		return denseHeader{}, false
	}
	lines, w := 1+h.lines, len(h.cells)
	if i+lines+1+w <= len(ts) && strings.EqualFold(ts[i+lines], ts[i]) && sameTexts(ts[i+lines+1:i+lines+1+w], h.cells) {
		lines += 1 + w
	}
	if i+lines >= len(ts) || !pages.IsRowNumber(ts[i+lines]) {
		return denseHeader{}, false
	}
	if h.wrapped > 0 {
		h.wrapped++
	}
	return denseHeader{cells: append([]string{ts[i]}, h.cells...), lines: lines, wrapped: h.wrapped}, true
}

// withoutFirstRow returns the header h that ts starts with (its title
// included) without its last cell when that cell begins the table's
// first row: a field named by a column word ("code", "status") right
// under a header printed once reads as one more header cell. The rows
// decide: the last cell is cut when it fits the first column, the line
// after the header is no header cell (a row's second cell never is), no
// row starts after the whole header (rowStarts), and one starts at that
// cell under the header without it, whole or short of one cell after its
// first (rowStartsLosingOne): a copy that leaves no line for an empty
// cell ("code", "string", its description, no Required word).
func withoutFirstRow(ts []string, h denseHeader) denseHeader {
	n := len(h.cells)
	if n < 3 || h.lines-h.title != n {
		return h
	}
	if tells, ok := fitsColumn(pages.HeaderColumn(h.cells[0]), h.cells[n-1], false); !tells || !ok {
		return h
	}
	if h.lines < len(ts) && (pages.IsHeaderCell(ts[h.lines]) || pages.IsNumberingCell(ts[h.lines])) {
		return h // a second copy of the header, or a numbered one, follows: no row
	}
	cut := headerOfRun(h.cells[:n-1])
	cut.title, cut.lines = h.title, cut.lines+h.title
	if rowStarts(ts, h.cells, h.lines) || !rowStartsLosingOne(ts, cut.cells, cut.lines) {
		return h
	}
	return cut
}

// rowStartsLosingOne reports whether a row of a table with the header
// cells head starts at position i of ts (rowStarts), with a cell for each
// column or, under a header of three columns or more, for each but one
// after the first that is a Type or a Required column, whose empty cell
// a copy one cell a line leaves no line for: the row keeps two cells in
// columns that tell.
func rowStartsLosingOne(ts []string, head []string, i int) bool {
	if rowStarts(ts, head, i) {
		return true
	}
	if len(head) < 3 {
		return false
	}
	cols := looseColumns(head)
	for k := 1; k < len(head); k++ {
		if cols[k] != pages.ColType && cols[k] != pages.ColRequired {
			continue
		}
		if rowStarts(ts, slices.Delete(slices.Clone(head), k, k+1), i) {
			return true
		}
	}
	return false
}

// rowStarts reports whether a row of a table with the header cells
// head starts at position i of ts: a cell for each column, each fitting
// its column, two of them in columns that tell (one, in a table with
// one). An empty line after the first is an empty cell, which fits any
// column, as a page without blank lines between cells writes one.
func rowStarts(ts []string, head []string, i int) bool {
	fits, telling := 0, 0
	for k, col := range looseColumns(head) {
		if tells, _ := fitsColumn(col, "", false); tells {
			telling++
		}
		if i+k >= len(ts) {
			return false
		}
		if k > 0 && ts[i+k] == "" {
			continue
		}
		tells, ok := fitsColumn(col, ts[i+k], false)
		if !ok {
			return false
		}
		if tells {
			fits++
		}
	}
	return fits >= min(minRowFits, telling)
}

// headerOfRun reads a run of header cells: printed twice, in one
// language or in two, or once.
func headerOfRun(run []string) denseHeader {
	n := len(run)
	for w := 2; 2*w <= n; w++ {
		if sameTexts(run[:w], run[w:2*w]) {
			return denseHeader{cells: run[:w], lines: 2 * w}
		}
	}
	if n%2 == 0 && sameColumns(run[:n/2], run[n/2:]) {
		return denseHeader{cells: run[:n/2], lines: n}
	}
	if k := wrappedHeaderCell(run); k > 0 {
		cells := slices.Concat(run[:k], []string{run[k] + " " + run[k+1]}, run[k+2:])
		return denseHeader{cells: cells, lines: n, wrapped: k}
	}
	return sharedHeaderLines(run)
}

// sharedHeaderLines reads a run of header cells printed once, where a
// line may hold two cells that share a baseline, joined with a space, as
// a PDF's text one text line a line writes a print's header cells
// narrower than their columns ("Type Required", "Name Code"): a line is
// two cells where it cuts after a word that ends every header cell it is
// in (pages.EndsHeaderCell: Name, Type, Required, Description; not
// "Status" of "Status Code") into two column names of two kinds, and no
// other cell of the run names either kind.
func sharedHeaderLines(run []string) denseHeader {
	h := denseHeader{cells: run, lines: len(run)}
	for k, c := range run {
		if first, second, ok := sharedHeaderLine(run, c); ok {
			if h.shared == nil {
				h.cells = slices.Clone(run[:k])
			}
			h.cells = append(h.cells, first, second)
			h.shared = append(h.shared, k)
		} else if h.shared != nil {
			h.cells = append(h.cells, c)
		}
	}
	return h
}

// sharedHeaderLine cuts a line c of a run of header cells into the two
// cells it holds (sharedHeaderLines); ok is false where it holds one.
func sharedHeaderLine(run []string, c string) (first, second string, ok bool) {
	first, second, ok = strings.Cut(c, " ")
	if !ok || !pages.EndsHeaderCell(first) || !isColumnName(second) {
		return "", "", false
	}
	a, b := pages.HeaderColumn(first), pages.HeaderColumn(second)
	if a == pages.ColOther || b == pages.ColOther || a == b || slices.ContainsFunc(run, func(o string) bool {
		col := pages.HeaderColumn(o)
		return o != c && (col == a || col == b)
	}) {
		return "", "", false
	}
	return first, second, true
}

// wrappedHeaderCell returns the index in a run of header cells, printed
// once, of the first line of a cell its column wrapped onto the next
// line, or 0 where none is: a line that says again what a cell before it
// says ("Status Code" under "Status Code"), as a header that names each
// column once never does, and with the line after it a header cell
// ("Status Code Description", a print's narrow column, one text run a
// line in a PDF's text). Where the line after it says again the cell
// after that one too, the run is a header printed again, or a title over
// one, and no cell wrapped.
func wrappedHeaderCell(run []string) int {
	for k := 1; k+1 < len(run); k++ {
		j := slices.IndexFunc(run[:k], func(c string) bool { return strings.EqualFold(c, run[k]) })
		if j >= 0 && !strings.EqualFold(run[j+1], run[k+1]) && pages.IsHeaderCell(run[k]+" "+run[k+1]) {
			return k
		}
	}
	return 0
}

// rowsRated is the number of rows after a header that rate a reading of
// it.
const rowsRated = 3

// headerOf checks that a header's cells name two known kinds of columns
// at least, the first a Name or a Code.
func headerOf(h denseHeader) (denseHeader, bool) {
	if len(h.cells) < 2 {
		return h, false
	}
	cols := looseColumns(h.cells)
	if cols[0] != pages.ColName && cols[0] != pages.ColCode {
		return h, false
	}
	for _, k := range cols[1:] {
		if k != cols[0] && k != pages.ColOther {
			return h, true
		}
	}
	return h, false
}

// sameTexts reports whether two runs of cells say the same, in any case.
func sameTexts(a, b []string) bool {
	for i := range a {
		if !strings.EqualFold(a[i], b[i]) {
			return false
		}
	}
	return true
}

// sameColumns reports whether two runs of header cells name the same
// columns, in any language.
func sameColumns(a, b []string) bool {
	for i := range a {
		if pages.HeaderColumn(a[i]) != pages.HeaderColumn(b[i]) {
			return false
		}
	}
	return true
}

// rowsFit rates how well lines fit the columns of a header when read by
// its width, from the line skip on: one up for each cell that fits a
// column that tells, one down for each that does not; a line that holds
// the cells of several columns (sharedCells) counts as those cells. A
// Code column is numeric when its first cell is a number.
func rowsFit(cols []pages.Column, ts []string, skip int) int {
	n := 0
	numeric := len(ts) > 0 && cols[0] == pages.ColCode && isStatusCode(ts[0])
	for i, k := skip, skip%len(cols); i < len(ts); i, k = i+1, (k+1)%len(cols) {
		t := ts[i]
		tells, ok := fitsColumn(cols[k], t, numeric)
		switch {
		case tells && ok:
			n++
		case tells:
			var shared []string
			if strings.Contains(t, " ") {
				shared = sharedCells(len(cols), func(k int, c string) (bool, bool) { return fitsColumn(cols[k], c, numeric) }, k, t, -1)
			}
			if shared == nil {
				n--
				continue
			}
			for j := range shared {
				if tells, _ := fitsColumn(cols[k+j], "", false); tells {
					n++
				}
			}
			k += len(shared) - 1
		}
	}
	return n
}

// rowsFitLosingLast rates lines under a header as rowsFit does, by its
// width, or, where its last column tells no kind (a description, which a
// copy one cell per line drops where it is empty), by its width without
// that column, whichever fits better: an enum table whose rows have no
// description prints each row as a name and a code, and rated by the
// full width its rows would not fit a header they do fit.
func rowsFitLosingLast(cols []pages.Column, ts []string) int {
	n := rowsFit(cols, ts, 0)
	last := len(cols) - 1
	if tells, _ := fitsColumn(cols[last], "", false); tells || last < minRowFits {
		return n
	}
	return max(n, rowsFit(cols[:last], ts, 0))
}

// primitiveWords are the type names written in lower case that a Type
// cell may start with: the primitives' spellings (pages.PrimitiveTypes)
// and other docs' generic types; a type name of the API's own is
// capitalised.
var primitiveWords = func() map[string]bool {
	words := map[string]bool{
		"short": true, "byte": true, "array": true, "list": true, "date": true, "datetime": true,
		"timestamp": true, "enum": true, "json": true,
	}
	for p := range pages.PrimitiveTypes {
		words[strings.ToLower(p)] = true
	}
	return words
}()

// typeCellRe matches a Type cell: a type name, its type arguments, array
// brackets and a note in parentheses, a word or the values of an enum:
// "String (Enum)", "List<Reward>", "long[]", "enum(global|guild)".
var typeCellRe = regexp.MustCompile(`^([A-Za-z][\w.]*)\s*(?:<[^<>]*(?:<[^<>]*>[^<>]*)*>)?(?:\[\])?\s*(?:\(\w+(?:\s*[|,]\s*\w+)*\))?$`)

// isTypeCell reports whether a cell reads as a type: a primitive in any
// of its spellings, a word or two ("number int", "Number Int[]"), or a
// type name with its arguments, brackets and note; a cell whose markup
// holds one, a link to the type's heading ("[WindStyle](#windstyle)"),
// reads as its text (pages.CellText).
func isTypeCell(c string) bool {
	c = pages.CellText(c)
	if len(c) > pages.MaxHeaderCell {
		return false
	}
	if _, ok := pages.LookupLower(pages.PrimitiveTypes, strings.TrimSuffix(c, "[]")); ok {
		return true
	}
	m := typeCellRe.FindStringSubmatch(c)
	if m == nil {
		return false
	}
	if _, isReq := pages.Requiredness(c); isReq {
		return false
	}
	return unicode.IsUpper(rune(m[1][0])) || primitiveWords[strings.ToLower(m[1])]
}

// isMarkedName reports whether a cell is a name with a mark beside it,
// as a wiki shows a lozenge or a strike-through a text copy loses: a
// status badge after the name ("giftMessage NEW": a word of three
// capitals or more that states no requiredness and no primitive type),
// or a deprecation mark before or after it ("legacySku Deprecated",
// pages.IsDeprecatedMark). The protocols' readers drop the mark, with a
// warning, or keep the deprecation in the member's description.
func isMarkedName(c string) bool {
	first, second, ok := strings.Cut(c, " ")
	switch {
	case !ok:
		return false
	case pages.IsNameCell(second) && pages.IsDeprecatedMark(first):
		return true
	case !pages.IsNameCell(first):
		return false
	case pages.IsDeprecatedMark(second):
		return true
	}
	if len(second) < 3 || strings.ToUpper(second) != second || !pages.IsNameCell(second) {
		return false
	}
	if _, isReq := pages.Requiredness(second); isReq {
		return false
	}
	_, primitive := pages.LookupLower(pages.PrimitiveTypes, second)
	return !primitive
}

// statusCodeRe matches a status code, or a range of them, with a note:
// "200", "461", "4xx (custom status)".
var (
	statusCodeRe = regexp.MustCompile(`^(?:\d+|[1-5][xX]{2})(?:\s*\([^()]*\))?$`)
	// httpStatusRe matches an HTTP status, or a class of them, with a
	// note: "404", "4xx (custom status)".
	httpStatusRe = regexp.MustCompile(`^[1-5](?:\d\d|[xX]{2})(?:\s*\([^()]*\))?$`)
)

// isStatusCode reports whether a cell is a status code or a range of
// them.
func isStatusCode(c string) bool { return statusCodeRe.MatchString(c) }

// fitsColumn reports whether a column tells what its cells read as, and
// whether a cell reads so. A Code column holds names or, when numeric
// (its first row a status code), status codes and detail codes.
func fitsColumn(col pages.Column, c string, numeric bool) (tells, ok bool) {
	switch col {
	case pages.ColName:
		return true, pages.IsNameCell(c) || isMarkedName(c)
	case pages.ColCode:
		code := isStatusCode(c) || pages.IsDetailCode(c)
		if numeric {
			return true, code
		}
		return true, pages.IsNameCell(c) || isMarkedName(c) || code
	case pages.ColType:
		return true, isTypeCell(c)
	case pages.ColRequired:
		_, req := pages.Requiredness(c)
		return true, req || pages.IsCondition(c)
	}
	return false, true
}

// denseTable reads the rows of a dense table.
type denseTable struct {
	src     pages.Source
	lines   []int    // the group's lines, counted from 0
	ts      []string // their texts
	cols    []pages.Column
	telling int // the columns that tell what their cells read as
	numeric bool
	head    int // the line of the header, counted from 1
	// blankLines is set when an empty text is a blank line of the page,
	// as in a table copied without blank lines between its cells: an
	// empty cell inside a row, or a line between rows; never a row's
	// first cell. Otherwise it is an empty cell of the form with blank
	// lines, which fits any column.
	blankLines bool
	// scanning is set while the next row is looked for at each line
	// rather than read where the last one ended: there, a row whose
	// cells in columns that tell are all empty but one is none, and the
	// title right above a header is no row's cell.
	scanning bool
	// titles are the texts of the table's lines that are a name alone
	// (a type's title among them), made when a line's cells that share
	// it are first read (sharedCells).
	titles map[string]bool
	// intCodes is set when the first row read holds an integer under a
	// Code column after the first (an enum's "Ok | 1 | …"): that column
	// holds integers, and a line that is none ("GNHashtable", which
	// inline code cut out of a description) is no cell of it, so no
	// row starts two lines before it.
	intCodes bool
}

// fits reports whether the column k of the table tells what its cells
// read as, and whether the cell c reads so (fitsColumn): a Code column
// holds numbers where the table's first cells are status codes, or,
// after the first column, where its first row's cell is an integer
// (intCodes).
func (d *denseTable) fits(k int, c string) (tells, ok bool) {
	return fitsColumn(d.cols[k], c, d.numeric || k > 0 && d.intCodes)
}

// fitsOK reports whether the cell c fits the column k of the table
// (fits).
func (d *denseTable) fitsOK(k int, c string) bool {
	_, ok := d.fits(k, c)
	return ok
}

// integerCodes reports whether a row's cells hold an integer under a
// Code column after the first.
func integerCodes(cols []pages.Column, cells []string) bool {
	for k := 1; k < len(cols) && k < len(cells); k++ {
		if cols[k] == pages.ColCode && (isStatusCode(cells[k]) || pages.IsDetailCode(cells[k])) {
			return true
		}
	}
	return false
}

// newDenseTable is the reader of the rows of the table tb, whose cells
// are ts, at lines.
func newDenseTable(src pages.Source, lines []int, ts []string, tb *pages.Table, codes bool) *denseTable {
	d := &denseTable{src: src, lines: lines, ts: ts, cols: looseColumns(tb.Header), head: tb.Line}
	if codes {
		d.cols[0] = pages.ColCode
	}
	for _, col := range d.cols {
		if tells, _ := fitsColumn(col, "", false); tells {
			d.telling++
		}
	}
	return d
}

// fitByWidth reports whether each row read by the table's width has its
// cells fit their columns, an empty cell fitting any, and no row's last
// cell is the next row's first (lostLast).
func (d *denseTable) fitByWidth() bool {
	w := len(d.cols)
	numeric := len(d.ts) > 0 && d.cols[0] == pages.ColCode && isStatusCode(d.ts[0])
	for i, t := range d.ts[:len(d.ts)/w*w] {
		if _, ok := fitsColumn(d.cols[i%w], t, numeric); t != "" && !ok {
			return false
		}
	}
	for p := w - 1; p+1 < len(d.ts); p += w {
		if d.lostLast(p, numeric) {
			return false
		}
	}
	return !d.lostInTail(len(d.ts)/w*w, numeric)
}

// lostInTail reports whether the cells from position i to the end, fewer
// than the table's columns, are its last row with a cell lost, as a copy
// one cell per line drops an empty one, and no text after the table:
// read by the table's width, they would be read as text, and the row
// left out. One reading must fit: a cell of a column that tells lost
// (rowAt) or the last one (lastRowLosingLast); where both fit
// ("maxUses | Integer | N", its Mandatory or its Description lost), the
// cells are text, with the warning of a row cut short. numeric tells a
// table of status codes, whose rows are read before the reading of its
// rows tells it: a detail code there begins a row that lost its status
// cell to a cell spanning rows ("-84002 | Apiary wintering | …" after
// "475 | -84001 | …"), and is no status code.
func (d *denseTable) lostInTail(i int, numeric bool) bool {
	if i >= len(d.ts) || d.telling == 0 {
		return false
	}
	t := *d
	t.numeric = numeric
	_, lost, ambiguous := t.rowAt(i, true)
	_, last := t.lastRowLosingLast(i)
	return !ambiguous && lost != last
}

// lostLast reports whether the cell at position p, the last of a row
// read by the table's width in a column that tells no kind (a
// description), is the first of the next row instead, the row's own
// empty and vanished, as a copy one cell per line drops an empty cell:
// the cells after it do not fit the columns of a row that starts right
// after it, and from it they do, two of them in columns that tell ("Shut
// | 1 | Sealed" then "2" under Name, where "Sealed | 2" is a row's name
// and code). Only the next row's cells are looked at, those the table
// has.
func (d *denseTable) lostLast(p int, numeric bool) bool {
	w := len(d.cols)
	if tells, _ := fitsColumn(d.cols[w-1], "", false); tells || d.ts[p] == "" {
		return false
	}
	fitsFrom := func(i int) (fit bool, telling int) {
		for k := 0; k < w && i+k < len(d.ts); k++ {
			t := d.ts[i+k]
			if t == "" {
				continue
			}
			tells, ok := fitsColumn(d.cols[k], t, numeric)
			if !ok {
				return false, telling
			}
			if tells {
				telling++
			}
		}
		return true, telling
	}
	after, _ := fitsFrom(p + 1)
	from, telling := fitsFrom(p)
	return !after && from && telling >= min(minRowFits, d.telling)
}

// headsTable reports whether a table's header starts at position i, or,
// where a blank line is a blank line of the page (no blank line sets a
// title apart from the table it titles, as LibreOffice's "Text" export
// writes a page), the line at i is the title right above a header: no
// rest of a wrapped cell, and no cell of a row but where the column
// count sets one, as the last cell of the row read before it. A header
// whose first cell may be a title run into its column word (gluedCell,
// which pages.Read marks Glued for interpretation to read the title out
// or refuse) has its title: the line above it is read as the line above
// a title on a line of its own is, the rest of a wrapped cell or text.
func (d *denseTable) headsTable(i int) bool {
	if _, ok := headerAt(d.ts, i); ok {
		return true
	}
	if !d.blankLines || d.ts[i] == "" || i+1 >= len(d.ts) {
		return false
	}
	h, ok := headerAt(d.ts, i+1)
	return ok && h.title == 0 && !gluedCell(h.cells[0])
}

// denseRow is a row read: its cells, the position after its last line,
// the column whose cell it lost, or -1, and the positions of the lines
// that were the rest of a cell whose note in parentheses its column
// wrapped (wrapsNote).
type denseRow struct {
	cells []string
	end   int
	lost  int
	wraps []int
	// shared are the lines that hold cells of several columns, which
	// share a baseline (sharedCells).
	shared []sharedLine
}

// sharedLine is a line of a row that holds the cells of several columns
// (sharedCells): its position, the first of those columns, and how many.
type sharedLine struct {
	pos, col, cells int
}

// sharedCells reads the line c, at column k of a row whose cell of
// column lost vanished (-1 for none), which fits no column k tells, as
// the cells of columns k and after it that share a baseline, joined
// with a space, as a PDF's text one text line a line writes a print's
// cells narrower than their columns ("lengthFathoms number int",
// "GenericModels.StrandBundle[] true", "Shroud 2").
func (d *denseTable) sharedCells(k int, c string, lost int) []string {
	// Most lines that fit no column are a description's, read where a
	// row may start: their first word mostly fits no column that tells,
	// as the first word of a cell that shares a line does (a name, a
	// code, "number" of "number int"); under Required, a requiredness
	// ("true"), which a condition of words sharing no line is not.
	first, _, _ := strings.Cut(c, " ")
	if _, req := pages.Requiredness(first); d.cols[k] == pages.ColRequired && !req || d.cols[k] != pages.ColRequired && !d.fitsOK(k, first) {
		return nil
	}
	if d.titles == nil {
		d.titles = map[string]bool{}
		for _, t := range d.ts {
			if pages.IsNameCell(t) {
				d.titles[t] = true
			}
		}
	}
	return sharedCells(len(d.cols), func(k int, c string) (bool, bool) {
		tells, ok := d.fits(k, c)
		return tells, ok && (d.cols[k] != pages.ColType || strings.Contains(c, " ") || documentedType(d.titles, c))
	}, k, c, lost)
}

// sentenceStart reports whether a line's first word begins a sentence
// and no row: an article, or a cross reference's "See".
func sentenceStart(w string) bool {
	switch strings.ToLower(w) {
	case "a", "an", "the", "see":
		return true
	}
	return false
}

// documentedType reports whether a Type cell, which shares its line with
// other cells, names a primitive or a type the page titles, a line of
// its own (titles): a word that fits the column by its capital alone
// ("Response Body", a heading, read as a name and a type) is none.
func documentedType(titles map[string]bool, c string) bool {
	name := strings.TrimSuffix(c, "[]")
	if _, ok := pages.LookupLower(pages.PrimitiveTypes, name); ok || primitiveWords[strings.ToLower(name)] {
		return true
	}
	return titles[name]
}

// sharedCells cuts a line c, which fits no column k tells, at spaces
// into the cells of columns k, k+1 and on of a table of w columns, whose
// column fits as fit tells, other than lost (-1 for none): each fitting
// a column that tells, two of them at least, the last fitting its own
// (any text where it tells nothing: a description's first line). A line
// of a sentence is no row's cells: one that begins with an article or a
// cross reference's "See" ("See LayStyle", which ends a description; a
// row's name is neither), or whose cell before the last ends with a full
// stop ("The mode."). The one such reading is returned; nil where none
// or several fit, which nothing tells apart.
func sharedCells(w int, fit func(k int, c string) (tells, ok bool), k int, c string, lost int) []string {
	if first, _, _ := strings.Cut(c, " "); sentenceStart(first) {
		return nil
	}
	var found []string
	n := 0
	var cut func(k int, rest string, cells []string, telling int)
	cut = func(k int, rest string, cells []string, telling int) {
		if k >= w || k == lost || n > 1 {
			return
		}
		tells, ok := true, false // the whole line, which fits no column it tells
		if len(cells) > 0 {
			tells, ok = fit(k, rest)
		}
		if tells && ok {
			telling++
		}
		if len(cells) > 0 && ok && telling >= minRowFits {
			found, n = append(slices.Clone(cells), rest), n+1
		}
		if !tells {
			return
		}
		for at := strings.IndexByte(rest, ' '); at > 0; {
			if _, ok := fit(k, rest[:at]); ok && !strings.HasSuffix(rest[:at], ".") {
				cut(k+1, rest[at+1:], append(cells, rest[:at]), telling+1)
			}
			next := strings.IndexByte(rest[at+1:], ' ')
			if next < 0 {
				break
			}
			at += 1 + next
		}
	}
	cut(k, c, make([]string, 0, w), 0)
	if n != 1 {
		return nil
	}
	return found
}

// noteRe matches a note in parentheses alone on its line: "(Enum)".
var noteRe = regexp.MustCompile(`^\([^()]+\)$`)

// wrapsNote reports whether the cell at position pos, of column k, which
// tells a kind, goes on at the next line with its note in parentheses, a
// print's narrow column having wrapped it there, as a PDF's text one run
// a line writes it: the cell leaves a parenthesis open that the next line
// closes ("467 (custom" over "status)"), or the next line is a note in
// parentheses alone ("String" over "(Enum)") that fits no next column that
// tells. Joined with a space, the cell must fit its column, as the other
// readers join a cell wrapped in its column (a type and its note: "String
// (Enum)").
func (d *denseTable) wrapsNote(k, pos int) bool {
	if pos+1 >= len(d.ts) {
		return false
	}
	c, next := d.ts[pos], d.ts[pos+1]
	switch open := strings.Count(c, "(") - strings.Count(c, ")"); {
	case open == 1 && strings.HasSuffix(next, ")") && !strings.Contains(next, "("):
	case open == 0 && noteRe.MatchString(next):
		if k+1 < len(d.cols) {
			if tells, ok := d.fits(k+1, next); tells && ok {
				return false
			}
		}
	default:
		return false
	}
	_, ok := d.fits(k, c+" "+next)
	return ok
}

// rowAt reads the row that starts at position i: with no cell lost, or,
// when that does not fit and loss is allowed, with one lost. ok is false
// when no reading fits, or more than one does (ambiguous).
func (d *denseTable) rowAt(i int, loss bool) (r denseRow, ok, ambiguous bool) {
	if r, ok := d.rowLosing(i, -1); ok {
		return r, true, false
	}
	if !loss {
		return denseRow{}, false, false
	}
	found := 0
	for k, col := range d.cols {
		if tells, _ := fitsColumn(col, "", false); !tells {
			continue
		}
		if lr, ok := d.rowLosing(i, k); ok {
			r = lr
			found++
		}
	}
	return r, found == 1, found > 1
}

// rowLosing reads the row that starts at position i with the cell of
// column lost lost (none for -1): each line in turn is the next column's
// cell, each must fit its column and start no header, and enough of them
// must tell: two, or, read where the last row ended, all its cells in
// columns that tell but its empty ones (a name and two empty cells: one).
func (d *denseTable) rowLosing(i, lost int) (denseRow, bool) {
	r := denseRow{lost: lost, cells: make([]string, 0, len(d.cols))}
	pos, fits, empty, emptyOther := i, 0, 0, 0
	for k := 0; k < len(d.cols); k++ {
		col := d.cols[k]
		if k == lost {
			r.cells = append(r.cells, "")
			continue
		}
		if pos >= len(d.ts) {
			return r, false
		}
		if _, head := headerAt(d.ts, pos); head || d.scanning && d.headsTable(pos) {
			return r, false // where the column count does not set a row's cell, the title right above a header is none
		}
		if d.blankLines && pos == i && d.ts[pos] == "" {
			return r, false
		}
		if d.ts[pos] == "" { // an empty cell, which a blank line keeps, fits any column
			if tells, _ := fitsColumn(col, "", false); tells {
				empty++
			} else {
				emptyOther++
			}
			r.cells = append(r.cells, "")
			pos++
			continue
		}
		tells, ok := d.fits(k, d.ts[pos])
		if k == 0 && d.codePair() && pages.IsDetailCode(d.ts[pos]) {
			ok = false // a detail code is no status code
		}
		if k == 0 && d.scanning && d.numeric && !httpStatusRe.MatchString(d.ts[pos]) {
			ok = false // looked for past lines of text, a row starts at an HTTP status, not at any number (a code block's line numbers)
		}
		cell := d.ts[pos]
		if tells && d.blankLines && d.wrapsNote(k, pos) {
			cell, ok = cell+" "+d.ts[pos+1], true
			r.wraps = append(r.wraps, pos+1)
			pos++
		}
		if !ok && tells {
			if shared := d.sharedCells(k, cell, lost); shared != nil {
				fits += len(shared) - 1
				r.cells = append(r.cells, shared[:len(shared)-1]...)
				r.shared = append(r.shared, sharedLine{pos: pos, col: k, cells: len(shared)})
				k += len(shared) - 1
				cell, ok = shared[len(shared)-1], true
				tells, _ = fitsColumn(d.cols[k], "", false)
			}
		}
		if !ok {
			return r, false
		}
		if tells {
			fits++
		}
		r.cells = append(r.cells, cell)
		pos++
	}
	r.end = pos
	need := min(minRowFits, d.telling)
	if !d.scanning {
		need = max(min(need, d.telling-empty), 1) // an empty cell tells nothing, and leaves fewer that tell
	}
	switch {
	case lost == 0 && d.codePair() && pages.IsDetailCode(d.ts[i]):
		need = 1 // a detail code where the status code should be: the status cell, merged over the row above, is lost
	case lost >= 0:
		need = minRowFits
	}
	if lost >= 0 && empty+emptyOther > 0 {
		return r, false // a row that keeps an empty cell as an empty line loses none
	}
	return r, fits >= need && d.endsRow(r)
}

// endsRow reports whether what follows a row whose last cell is an empty
// line lets that line be an empty cell: the end, a blank line, a header
// or its title, or a cell that fits the first column (a next row's
// name). Another line after it ("Device ID" after a name, a type and two
// empty lines) tells that the empty lines were no cells of the row, but
// lines it was cut short by.
func (d *denseTable) endsRow(r denseRow) bool {
	if !d.blankLines || r.cells[len(r.cells)-1] != "" || r.end >= len(d.ts) || d.ts[r.end] == "" || d.headsTable(r.end) {
		return true
	}
	tells, ok := fitsColumn(d.cols[0], d.ts[r.end], d.numeric)
	return !tells || ok
}

// codePair reports whether the table is a code table of status codes and
// their detail codes: a numeric Code column, then a Code column.
func (d *denseTable) codePair() bool {
	return d.numeric && len(d.cols) > 1 && d.cols[1] == pages.ColCode
}

// titleOverNext reports whether the row r, read whole, is rather the
// title and the text of the next table: the line right after its first
// is an empty line, as a page without blank lines between cells sets
// under a title (a line of a zero-width space), and its last line
// stands right above the next table's header, where the text over a
// table stands. A row whose second cell is filled ("estimatedWait",
// "number int", an empty Required cell, its description) is a row, the
// last of its table, right above a next table whose title a copy lost.
func (d *denseTable) titleOverNext(r denseRow) bool {
	n := len(r.cells)
	if !d.blankLines || r.lost >= 0 || n < 3 || r.cells[1] != "" || r.cells[n-1] == "" {
		return false
	}
	return d.headsTable(r.end - 1)
}

// A lastLineReading is a reading of the last line of a row read whole,
// in a column that tells no kind (a description, which a copy one cell
// per line drops where it is empty), other than the row's own cell
// alone.
type lastLineReading int

const (
	// nextRowsFirst: the line is the next row's first cell, the row's
	// own empty and vanished.
	nextRowsFirst lastLineReading = iota
	// ownBeforeLastRow: the line is the row's own cell, and the cells
	// after it, the table's last ones, are its last row with its last
	// cell vanished.
	ownBeforeLastRow
	// lineAfter: the line is the one after the table, a title, the
	// table's rows agreeing that it has no such cells.
	lineAfter
	// lineAfterDisputed: the line may be the one after the table, and
	// the table's rows disagree on whether it has such cells.
	lineAfterDisputed
)

// lastCell decides what the last line of the row r, read whole from
// position i as a row of the table tb, is where the table's last column
// tells no kind and others tell (two, or a Code column of status
// codes). It lists the readings the line fits besides the row's own
// cell, then decides among them once:
//   - the next row's first: a row starts at it and none right after it
//     (where one does, the rows read by the table's width fit, and the
//     cell is the row's own), or the cells from it to the table's end
//     are a row but for its last cell (the last row, whose description
//     is empty), or, in a table of status codes, it is a status code and
//     too few cells follow it for a row of their own (the table's last
//     row, cut short);
//   - the row's own, the cells after it the table's last row with its
//     last cell vanished (lastRowLosingLast);
//   - the line after the table: it reads as the first column's (a name,
//     as a title does) and ends the table's lines (the end, an empty
//     line or a header follows), and every row before it, two at least,
//     lost that cell, as an enum table whose values have no description
//     prints a name and a code a row; where some of those rows have the
//     cell and some lost it, the rows disagree and nothing tells (where
//     none lost it, the line is the row's).
//
// The row loses its last cell (lose) where the line is the next row's
// first or the line after the table. Where it is the next row's first
// and the row's own as well, the kinds of the cells decide neither
// ("Brass | 1 | Brassy | Card | 3"): the row is refused at its line, and
// the table's reading stops (stop). Where the rows disagree, the line is
// refused at its line, and the other readings decide.
func (d *denseTable) lastCell(tb *pages.Table, r denseRow, i int) (lose, stop bool) {
	last, p := len(d.cols)-1, r.end-1
	if tells, _ := fitsColumn(d.cols[last], "", false); r.lost >= 0 || tells || d.telling < minRowFits && !d.numeric || slices.ContainsFunc(r.shared, func(l sharedLine) bool { return l.pos == p }) {
		return false, false // a last line that holds other cells too is the row's own
	}
	var readings []lastLineReading
	if _, ok := d.rowLosing(p, -1); ok {
		if _, after := d.rowLosing(p+1, -1); !after {
			readings = append(readings, nextRowsFirst)
		}
	} else if _, ok := d.lastRowLosingLast(p); ok || d.numeric && p+len(d.cols) > len(d.ts) && isStatusCode(d.ts[p]) {
		readings = append(readings, nextRowsFirst)
	}
	if _, ok := d.lastRowLosingLast(p + 1); ok {
		readings = append(readings, ownBeforeLastRow)
	}
	if len(tb.Rows) >= minRowFits && d.startsCell(p) && (r.end == len(d.ts) || d.ts[r.end] == "" || d.headsTable(r.end)) {
		lost := 0
		for _, row := range tb.Rows {
			if row.Cells[last] == "" {
				lost++
			}
		}
		switch {
		case lost == len(tb.Rows):
			readings = append(readings, lineAfter)
		case lost > 0:
			readings = append(readings, lineAfterDisputed)
		}
	}
	line := func(k int) int { return d.lines[k] + 1 }
	next := slices.Contains(readings, nextRowsFirst)
	switch {
	case next && slices.Contains(readings, ownBeforeLastRow):
		d.src.Report.Fail(pages.At(d.src.Name, line(i)), "the row at line %d of the table at line %d ends with a cell (%s) that reads as its %s or as the next row's first, and the cells after it as that row with its %s lost, or with its own: one of the two lost a cell, and nothing tells which; put each of the %d cells of its rows on a line of its own (an empty one as a line with a dash)", line(i), d.head, pages.Clip(d.ts[p]), tb.Header[last], tb.Header[last], len(d.cols))
		return false, true
	case slices.Contains(readings, lineAfterDisputed):
		d.src.Report.Fail(pages.At(d.src.Name, line(p)), "line %d (%s), after the last row of the table at line %d, reads as a name, as the title of what follows does, and as that row's %s: some of the table's rows have that cell and some lost it, and nothing tells which this one did; write the row's %s, or a line with a dash for an empty one", line(p), pages.Clip(d.ts[p]), d.head, tb.Header[last], tb.Header[last])
	}
	return next || slices.Contains(readings, lineAfter), false
}

// rowShortOfATypedCell reports whether the cells from position i to end,
// of a table copied one cell per line, one fewer than its columns, fit
// them as a row whose cell of a column that tells, no row's first, nor
// its last, vanished: the first fits the first column, and each other
// its column, the lost one left out ("Steel | Made of steel." under Name
// | Code | Description). Read as the rest of the last cell of the row
// before them, they would shift the row out of the table.
func (d *denseTable) rowShortOfATypedCell(i, end int) bool {
	w := len(d.cols)
	if end-i != w-1 {
		return false
	}
	for lost := 1; lost < w-1; lost++ {
		if tells, _ := fitsColumn(d.cols[lost], "", false); !tells {
			continue
		}
		fit, pos := true, i
		for k := range d.cols {
			if k == lost {
				continue
			}
			tells, ok := d.fits(k, d.ts[pos])
			if d.ts[pos] == "" || !ok || k == 0 && !tells {
				fit = false
				break
			}
			pos++
		}
		if fit {
			return true
		}
	}
	return false
}

// lastRowLosingLast reads the cells from position i to the table's end
// as its last row with its last cell empty: they are one fewer than its
// columns, the last column tells no kind (a description, which a copy
// one cell per line drops where it is empty), and they fit the others.
func (d *denseTable) lastRowLosingLast(i int) (denseRow, bool) {
	last := len(d.cols) - 1
	if tells, _ := fitsColumn(d.cols[last], "", false); tells || i+last != len(d.ts) {
		return denseRow{}, false
	}
	return d.rowLosing(i, last)
}

// startsRow reports whether a row starts at position i as rows reads
// one: whole or with a cell of a column that tells lost (rowAt), or, in
// a table with such a column, as its last row whose last cell vanished
// (lastRowLosingLast). A callout or a title that cuts an enum table
// without descriptions before its last row leaves that row so: the rest
// of the table, which nextRow looks for past them.
func (d *denseTable) startsRow(i int) bool {
	if d.headsTable(i) {
		return false
	}
	if _, ok, _ := d.rowAt(i, true); ok {
		return true
	}
	_, ok := d.lastRowLosingLast(i)
	return ok && d.telling > 0
}

// nextRow is the position of the next line from i on that starts a row,
// before the next header; -1 when there is none.
func (d *denseTable) nextRow(i int) int {
	d.scanning = true
	defer func() { d.scanning = false }()
	for ; i < len(d.ts); i++ {
		if d.headsTable(i) {
			return -1
		}
		if d.startsRow(i) {
			return i
		}
	}
	return -1
}

// goesOnRe matches a cell that goes on at the next line: one that ends
// with a comma, a colon, a conjunction's mark or an opening bracket.
var goesOnRe = regexp.MustCompile(`[,;:(\[{/&-]$`)

// articleEndRe matches a cell that ends with an article, which no
// sentence does: inline markup (a <code>, a link) that a copy one text
// run a line puts on a line of its own cut the word it goes with from
// it ("A" over "GNArray" over "member is null.", "Returns the").
var articleEndRe = regexp.MustCompile(`(?:^(?:A|An|The)|\s(?:a|an|the))$`)

// goesOn reports whether a cell reads as going on at the next line: it
// ends as goesOnRe says, with an article, or leaves a bracket open.
func goesOn(c string) bool {
	return goesOnRe.MatchString(c) || articleEndRe.MatchString(c) || strings.Count(c, "(") > strings.Count(c, ")") || strings.Count(c, "[") > strings.Count(c, "]")
}

// rows reads the rows from position i on, up to the next header or a line
// that starts no row, and returns them with the position after them.
func (d *denseTable) rows(tb *pages.Table, i int) int {
	line := func(p int) int { return d.lines[p] + 1 }
	last := len(d.cols) - 1
	lastTells, _ := fitsColumn(d.cols[last], "", false)
	if codes := pages.CodeColumns(tb.Header); codes > 0 && len(tb.Rows) == 0 && i < len(d.ts) && pages.RunsTogether(d.ts[i], codes, len(d.cols), d.src.Lines) {
		end := pages.ReadRunCodeRows(d.src, tb, codes, d.lines[i])
		warnRunCodeRows(d.src, tb, 0, d.lines[i])
		for i < len(d.ts) && d.lines[i] < end {
			i++
		}
		return i
	}
	for i < len(d.ts) {
		if d.headsTable(i) {
			break
		}
		if d.blankLines && d.ts[i] == "" {
			if i+1 < len(d.ts) && d.startsRow(i+1) {
				i++
				continue
			}
			if note := d.noteOverRow(i); note > 0 && len(tb.Rows) > 0 {
				row := tb.Rows[len(tb.Rows)-1]
				row.Cells[last] += " " + noteOfRow(d.src, tb, d.lines[note])
				i = note + 1
				continue
			}
			if len(tb.Rows) == 0 {
				d.apartFromHeader(tb, i)
			}
			break
		}
		if end, ok := d.spannedRow(tb, i); ok {
			i = end
			continue
		}
		r, ok, ambiguous := d.rowAt(i, d.telling > 0)
		if again := d.headerAgain(tb, i); (ok || ambiguous) && again > 0 && calloutOver(d.ts, i, again) {
			d.src.Report.Warn(pages.At(d.src.Name, line(i)), calloutWarning, line(i), d.ts[i], line(again-1), d.head, line(again))
			break
		}
		if ambiguous {
			d.src.Report.Fail(pages.At(d.src.Name, line(i)), "the row at line %d of the table at line %d lost a cell, and nothing tells which: put each of its %d cells on a line of its own (an empty one as a line with a dash)", line(i), d.head, len(d.cols))
			return len(d.ts)
		}
		if ok && d.titleOverNext(r) {
			d.src.Report.Warn(pages.At(d.src.Name, line(i)), "lines %d to %d after the table at line %d hold an empty line where its %s cell would be, as under a title, and end right above the next table's header: read them as that table's title and text, not as a row (%s)", line(i), line(r.end-1), d.head, tb.Header[1], pages.Clip(strings.Join(r.cells, " | ")))
			break
		}
		if !ok && d.telling > 0 {
			r, ok = d.lastRowLosingLast(i)
		}
		if !ok {
			if len(tb.Rows) == 0 && d.telling > 0 {
				if next := d.nextRow(i); next > i {
					if pages.IsRowNumber(d.ts[i]) {
						d.src.Report.Fail(pages.At(d.src.Name, line(i)), "the rows after the header at line %d start with a row number (%s), which no header cell heads: the table numbers its rows; put \"#\" before the header's first cell (%s), as a cell of its own, or take the numbers out", d.head, d.ts[i], tb.Header[0])
						return len(d.ts)
					}
					d.src.Report.Fail(pages.At(d.src.Name, line(i)), "the lines %d to %d after the header at line %d fit no row of its columns (%s): put each of a row's %d cells on a line of its own", line(i), line(next-1), d.head, strings.Join(tb.Header, " | "), len(d.cols))
					return len(d.ts)
				}
			}
			if k := d.cutShort(i); k > 0 {
				d.src.Report.Warn(pages.At(d.src.Name, line(i)), "the table at line %d ends with %d lines that begin a row of its %d columns (%s): read them as text; put each of the row's %d cells on a line of its own (an empty one as a line with a dash)", d.head, k, len(d.cols), pages.Clip(strings.Join(d.ts[i:i+k], " | ")), len(d.cols))
			}
			break
		}
		if tb.Rows == nil && d.cols[0] == pages.ColCode && isStatusCode(r.cells[0]) {
			d.numeric = true
		}
		if tb.Rows == nil {
			d.intCodes = integerCodes(d.cols, r.cells)
		}
		lose, stop := d.lastCell(tb, r, i)
		if stop {
			return len(d.ts)
		}
		if lose {
			r.cells[last], r.lost, r.end = "", last, r.end-1
		}
		for _, w := range r.wraps {
			d.src.Report.Warn(pages.At(d.src.Name, line(w)), "line %d (%q) is the rest of the cell at line %d, its note in parentheses, which the column wrapped: read as one cell", line(w), d.ts[w], line(w-1))
		}
		for _, l := range r.shared {
			d.src.Report.Warn(pages.At(d.src.Name, line(l.pos)), "line %d (%q) holds the cells of %d columns, which share a baseline, as a PDF's text writes a print's cells narrower than their columns on one line: read as %s", line(l.pos), pages.Clip(d.ts[l.pos]), l.cells, pages.Clip(strings.Join(r.cells[l.col:l.col+l.cells], " | ")))
		}
		if r.lost >= 0 {
			d.src.Report.Warn(pages.At(d.src.Name, line(i)), "the row at line %d has %d cells for the %d columns of the table at line %d, and no cell that reads as its %s: read that cell as empty", line(i), len(d.cols)-1, len(d.cols), d.head, tb.Header[r.lost])
		}
		end := r.end
		for end < len(d.ts) && pages.IsToggle(d.ts[end]) {
			pages.SkipToggle(d.src.Report, d.src.Name, line(end), d.ts[end]) // a collapsible that folds the table's rest ("Show 10 more members")
			end++
		}
		if _, next := d.rowLosing(end, -1); !next && r.lost != last && !lastTells && d.telling > 0 && !d.spannedAfter(r.cells, end) {
			stop := d.nextRow(end)
			if stop < 0 {
				for stop = end; stop < len(d.ts) && goesOn(strings.Join(append([]string{r.cells[last]}, d.ts[end:stop]...), " ")); stop++ {
					if d.headsTable(stop) {
						break
					}
				}
				for stop < len(d.ts) && !d.headsTable(stop) && d.restAt(stop, append([]string{r.cells[last]}, d.ts[end:stop]...)) {
					stop++
				}
			}
			if blank := slices.Index(d.ts[end:stop], ""); d.blankLines && blank >= 0 {
				stop = end + blank // a description goes on at no blank line
			}
			if !d.blankLines && d.rowShortOfATypedCell(end, stop) {
				d.src.Report.Fail(pages.At(d.src.Name, line(end)), "lines %d to %d after the row at line %d of the table at line %d read as the rest of its %s or as a row whose %s vanished: nothing tells which; put each of the %d cells of its rows on a line of its own (an empty one as a line with a dash)", line(end), line(stop-1), line(i), d.head, tb.Header[last], strings.Join(tb.Header[1:last], " or "), len(d.cols))
				return len(d.ts)
			}
			if stop > end {
				r.cells[last] = joinLines(append([]string{r.cells[last]}, d.ts[end:stop]...))
				more := fmt.Sprintf("line %d", line(end))
				if stop-end > 1 {
					more = fmt.Sprintf("lines %d to %d", line(end), line(stop-1))
				}
				d.src.Report.Warn(pages.At(d.src.Name, line(end)), "the cell at line %d goes on at %s: read them as one cell, as the table's %d columns need", line(end-1), more, len(d.cols))
				end = stop
			}
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: line(i), Raw: strings.Join(r.cells, " | "), Cells: r.cells})
		i = end
	}
	return i
}

// spannedRow reads the lines from position i on as a row of the table
// tb that lost its status cell to a rowspan over the row above
// (spannedStatus): its cells, one a line, one fewer than the columns,
// then the table's end, a blank line, or a line that starts a row or
// another such row. It returns the position after the row.
func (d *denseTable) spannedRow(tb *pages.Table, i int) (int, bool) {
	end := i + len(d.cols) - 1
	if len(tb.Rows) == 0 || end > len(d.ts) || slices.Contains(d.ts[i:end], "") || d.headsTable(i) {
		return 0, false
	}
	if end < len(d.ts) && d.ts[end] != "" && !pages.IsDetailCode(d.ts[end]) && !d.startsRow(end) {
		return 0, false
	}
	cells, ok := spannedStatus(d.src, tb, d.ts[i:end], d.lines[i]+1)
	if !ok {
		return 0, false
	}
	tb.Rows = append(tb.Rows, &pages.Row{Line: d.lines[i] + 1, Raw: strings.Join(cells, " | "), Cells: cells})
	return end, true
}

// spannedAfter reports whether the lines from position i on are a row
// that lost its status cell to a rowspan over the row of cells before
// them (spanLost), no rest of that row's last cell.
func (d *denseTable) spannedAfter(cells []string, i int) bool {
	end := i + len(d.cols) - 1
	return end <= len(d.ts) && !slices.Contains(d.ts[i:end], "") && spanLost(cells, d.ts[i:end], len(d.cols))
}

// noteOverRow returns the position of a note that states a default
// (statesDefault) after the blank lines from position i on, right over a
// line that starts a row, no blank line between them; 0 when none stands
// there. Such a note is no row and no text after the table: a cell's
// second paragraph, or a note between two rows, of the field of the row
// above (noteOfRow), which would else end the table and drop the rows
// after it with no word.
func (d *denseTable) noteOverRow(i int) int {
	for i < len(d.ts) && d.ts[i] == "" {
		i++
	}
	if i+1 >= len(d.ts) || !statesDefault(d.ts[i]) || d.ts[i+1] == "" || !d.startsRow(i+1) {
		return 0
	}
	return i
}

// apartFromHeader refuses the rows of the table tb, which took none, that
// more than one blank line sets apart from its header, from position i
// on: a row starts after the blank lines (startsRow), which a table a
// cell a line without blank lines between its cells never leaves between
// its header and its first row. Read as text, what they document would be
// left out of the schema with no word.
func (d *denseTable) apartFromHeader(tb *pages.Table, i int) {
	next := i
	for next < len(d.ts) && d.ts[next] == "" {
		next++
	}
	if next == len(d.ts) || next-i < 2 || !d.startsRow(next) {
		return
	}
	line := d.lines[next] + 1
	d.src.Report.Fail(pages.At(d.src.Name, line), "line %d begins a row of the table at line %d (%s), but %d blank lines set it apart from the header, and the table takes no row: they read as text, and what they document would be left out of the schema; set the header and the rows apart by one blank line at most", line, d.head, strings.Join(tb.Header, " | "), next-i)
}

// headerAgain returns the position of the header of the table tb
// printed again among the pages.MaxBreakLines lines after position i,
// or -1 when another header, or none, stands there.
func (d *denseTable) headerAgain(tb *pages.Table, i int) int {
	for k := i + 1; k < len(d.ts) && k <= i+pages.MaxBreakLines; k++ {
		if h, ok := headerAt(d.ts, k); ok {
			if h.title == 0 && isHeaderAgain(h.cells, tb.Header) {
				return k
			}
			return -1
		}
	}
	return -1
}

// startsCell reports whether the line at position i reads as the first
// cell of a row: it fits the table's first column where that column
// tells (a name under Name, a code under Code).
func (d *denseTable) startsCell(i int) bool {
	tells, ok := fitsColumn(d.cols[0], d.ts[i], d.numeric)
	return tells && ok
}

// restAt reports whether the line at position k reads as the rest of
// the last cell above it, whose lines so far are cell, where no row
// follows: it begins as a cell's rest does (pages.BeginsAsRest) and
// starts no cell of the first column, or, under a line that ends no
// sentence, it starts no row and a line that begins as a rest follows
// it, as the word inline code cut out of a sentence does where a copy
// writes each text run on a line of its own ("… validate the business"
// / "errorCode" / "in that payload.").
func (d *denseTable) restAt(k int, cell []string) bool {
	if !d.startsCell(k) {
		return pages.BeginsAsRest(d.ts[k])
	}
	return !pages.EndsSentence(cell[len(cell)-1]) && k+1 < len(d.ts) && !d.startsRow(k) && !d.headsTable(k+1) && !d.startsCell(k+1) && pages.BeginsAsRest(d.ts[k+1])
}

// joinLines reads the lines of a cell that wraps as one cell: a line
// break is a space, and lines led by a bullet ("• gold", as LibreOffice
// writes the items of a list in a cell) are the items of a list, each a
// clause of its own, as a list in a cell reads in every style
// (pages.Unbroken): "One of: gold; gem".
func joinLines(ls []string) string {
	return pages.Unbroken(strings.Join(ls, "<br>"))
}

// cutShort returns the number of lines from position i on that begin a
// row and end before it is whole: fewer than the table's columns up to a
// blank line, a header or the end, each fitting its column, two of them
// in columns that tell; 0 when the lines are no such row.
func (d *denseTable) cutShort(i int) int {
	k, fits := 0, 0
	for ; i+k < len(d.ts) && k < len(d.cols) && d.ts[i+k] != ""; k++ {
		if d.headsTable(i + k) {
			break
		}
		tells, ok := d.fits(k, d.ts[i+k])
		if !ok {
			return 0
		}
		if tells {
			fits++
		}
	}
	if k == len(d.cols) || fits < minRowFits {
		return 0
	}
	return k
}

// denseItems reads a group's lines, given by their indices, into text
// lines and the dense tables among them. A table ends before the chrome
// that ends the page's content (contentEnd): its lines are no cells. A
// name a narrow column cut at its hyphen over two lines is one cell
// (joinCutNames).
func denseItems(src pages.Source, lines []int) []pages.Block {
	if slices.ContainsFunc(lines, func(l int) bool { return pages.IsPageMark(src.Lines[l]) }) {
		// A page's mark is none of a table it stands in, and no text:
		// a print's page break, read across (pages.IsPageMark).
		lines = slices.DeleteFunc(slices.Clone(lines), func(l int) bool { return pages.IsPageMark(src.Lines[l]) })
	}
	ts := make([]string, len(lines))
	for k, l := range lines {
		ts[k] = clean(src.Lines[l])
	}
	lines, ts = joinCutNames(src, lines, ts)
	var items []pages.Block
	text := func(k int) {
		// The line under a Setext heading ("/hive/requeen" over
		// "-------------", as turndown and HTML::FormatText underline an
		// h2) is the heading's mark, no text.
		if ts[k] != "" && (k == 0 || ts[k-1] == "" || !pages.IsSetextUnderline(ts[k])) {
			items = append(items, pages.Block{Line: lines[k] + 1, Text: pages.StripHeading(ts[k])})
		}
	}
	for i := 0; i < len(ts); {
		h, ok := headerAt(ts, i)
		if !ok {
			text(i)
			i++
			continue
		}
		h = withIndentedFirst(src.Lines, lines[i:], ts[i:], h)
		if h.title > 0 {
			text(i)
		}
		if k := h.wrapped; k > 0 {
			at := lines[i+h.title+k] + 1
			src.Report.Warn(pages.At(src.Name, at), "lines %d, %d of the header at line %d (%q, %q) are one cell its column wrapped, as the first says again a cell before it: read as %q", at, lines[i+h.title+k+1]+1, lines[i+h.title]+1, ts[i+h.title+k], ts[i+h.title+k+1], ts[i+h.title+k]+" "+ts[i+h.title+k+1])
		}
		for _, k := range h.shared {
			at := lines[i+h.title+k] + 1
			src.Report.Warn(pages.At(src.Name, at), "line %d (%q) of the header at line %d holds two of its cells, which share a baseline, as a PDF's text writes a print's narrow header cells on one line: read as %q", at, ts[i+h.title+k], lines[i+h.title]+1, strings.Replace(ts[i+h.title+k], " ", " | ", 1))
		}
		head := append([]string(nil), h.cells...)
		if numberedByEmptyLine(ts, i, h) {
			head = append([]string{""}, head...)
		}
		cols, _ := pages.ColumnsOf(head)
		tb := &pages.Table{Line: lines[i+h.title] + 1, Header: head, Cols: cols}
		content := i + contentEnd(src.Lines, lines[i:])
		d := newDenseTable(src, lines[:content], ts[:content], tb, h.codes)
		d.blankLines = true
		var end int
		if indent := rowIndent(src.Lines, lines[i+h.title:i+h.lines]); indent > 0 && h.lines-h.title == len(h.cells) {
			end = d.indentedRows(tb, i+h.lines, indent)
		} else if d.telling == 0 {
			end = d.countedRows(tb, i+h.lines)
		} else {
			end = d.rows(tb, i+h.lines)
		}
		items = append(items, pages.Block{Line: tb.Line, Table: tb})
		i = end
	}
	return items
}

// withIndentedFirst is the header h found at the first of lines, whose
// texts are ts, with its first cell where the page writes each row of a
// table as its first cell at column 0 and every other cell on a line of
// its own, indented alike (the textContent of an HTML row, which keeps the
// source's line breaks and indentation between its cells; PHP's
// DOMDocument, a browser's): the line headerAt took for a title ("Status"
// over "Code | Message | Description") starts the header's row, as the
// indented lines after it tell, where a title, an element of its own,
// would stand at column 0 over the header's first cell at column 0 too.
func withIndentedFirst(page []string, lines []int, ts []string, h denseHeader) denseHeader {
	if h.title != 1 || h.lines != len(h.cells)+1 || !pages.IsHeaderCell(ts[0]) || pages.IndentOf(page[lines[0]]) != 0 {
		return h
	}
	d := pages.IndentOf(page[lines[1]])
	if d == 0 {
		return h
	}
	for _, l := range lines[2:h.lines] {
		if pages.IndentOf(page[l]) != d {
			return h
		}
	}
	return denseHeader{cells: append([]string{ts[0]}, h.cells...), lines: h.lines}
}

// rowIndent is the indentation of the cells after the first of a row
// whose lines are lines of page, where the page writes the row as its
// first cell at column 0 and each other cell on a line of its own, all
// indented alike (withIndentedFirst); 0 where it does not.
func rowIndent(page []string, lines []int) int {
	if len(lines) < 2 || pages.IndentOf(page[lines[0]]) != 0 {
		return 0
	}
	d := pages.IndentOf(page[lines[1]])
	for _, l := range lines[2:] {
		if pages.IndentOf(page[l]) != d {
			return 0
		}
	}
	return d
}

// indentedRows reads the rows of the table tb from position i where the
// page writes each row as its header is written (rowIndent): a line at
// column 0 starts a row, and the lines after it indented as deep as the
// header's cells are its other cells, a line of those spaces alone an
// empty one, a line deeper still the rest of the cell above it. A row of
// fewer cells than the columns is read as it stands, with a warning: the
// row's text ends where its last filled cell does, and a cell of the row
// above that spans it (a status over its detail codes) leaves no line,
// which interpretation tells apart. Lines at column 0 with no cell after
// them right after a row, that end a cell of the row run together
// (withParagraphs), are its paragraphs, printed again; those that read as
// the rest of the row's last cell are its text, which a hard wrap cut
// (restOfRow); any other ends the table, as a header does, and so does
// a blank line before no row: the rows after it up to the next header,
// past blank lines and lines of text, are refused (strayIndentedRows). A
// blank line between rows is none. A row of more cells than the columns is read, with the rest, by
// the evidence of the columns (rows).
func (d *denseTable) indentedRows(tb *pages.Table, i, indent int) int {
	w := len(d.cols)
	under := -1 // the position right under the last row
	for i < len(d.ts) {
		if d.ts[i] == "" && i+1 < len(d.ts) && d.ts[i+1] != "" && d.depth(i+1) == 0 {
			if cells, _ := d.indentedRow(i+1, indent); len(cells) > 1 {
				i++ // a blank line between rows
			}
		}
		if d.ts[i] == "" {
			d.strayIndentedRows(tb, i, indent)
			break
		}
		if d.depth(i) != 0 {
			break
		}
		if _, ok := headerAt(d.ts, i); ok {
			break
		}
		cells, end := d.indentedRow(i, indent)
		if len(cells) == 1 && w > 1 {
			next, ok := i, false
			if len(tb.Rows) > 0 {
				next, ok = withParagraphs(d.src, tb.Rows[len(tb.Rows)-1], d.ts, d.lines, i, func(p int) bool {
					return d.ts[p] != "" && d.depth(p) == 0 && (p+1 == len(d.ts) || d.depth(p+1) < indent)
				})
			}
			if !ok && i == under {
				next = d.restOfRow(tb, i, indent)
				ok = next > i
			}
			if !ok {
				d.strayIndentedRows(tb, i, indent)
				break
			}
			i, under = next, next
			continue
		}
		if len(cells) > w {
			return d.rows(tb, i)
		}
		line := d.lines[i] + 1
		if len(cells) < w {
			d.src.Report.Warn(pages.At(d.src.Name, line), "the row at line %d has %d cells for the %d columns of the table at line %d (%s): read as they stand; a row written with its first cell at column 0 and each other indented on a line of its own ends at its last filled cell, and a cell of the row above that spans it leaves no line", line, len(cells), w, d.head, pages.Clip(strings.Join(cells, " | ")))
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: line, Raw: strings.Join(cells, " | "), Cells: cells})
		i, under = end, end
	}
	return i
}

// restOfRow reads the lines at column 0 from position i on, right under
// the last row of the table tb, each with no cell after it (indentedRow),
// that read as the rest of that row's last cell (pages.WrapRest): a hard wrap
// of the row's last line sets its rest at column 0, where a row's first
// cell, a title or text after the table stands. They are the cell's
// text, with a warning; the position after them is returned, i where
// none reads so. A line that begins as a title or a sentence does stays
// one.
func (d *denseTable) restOfRow(tb *pages.Table, i, indent int) int {
	r := tb.Rows[len(tb.Rows)-1]
	last := len(r.Cells) - 1
	cell := r.Cells[last]
	p := i
	for p < len(d.ts) && d.ts[p] != "" && d.depth(p) == 0 && (p+1 == len(d.ts) || d.depth(p+1) < indent) && pages.WrapRest(d.src.Words, cell, d.ts[p]) != pages.NoRest {
		cell = joinLines([]string{cell, d.ts[p]})
		p++
	}
	if p == i {
		return i
	}
	at := fmt.Sprintf("line %d", d.lines[i]+1)
	if p-i > 1 {
		at = fmt.Sprintf("lines %d to %d", d.lines[i]+1, d.lines[p-1]+1)
	}
	d.src.Report.Warn(pages.At(d.src.Name, d.lines[i]+1), "%s at column 0, right under the row at line %d of the table at line %d, with no cell after it, begins as the rest of a cell does (%s): read as the end of the row's last cell, which a hard wrap cut (%s)", at, r.Line, d.head, pages.Clip(d.ts[i]), pages.Clip(cell))
	r.Cells[last] = cell
	r.Raw = strings.Join(r.Cells, " | ")
	return p
}

// depth is the indentation of the page line at position p.
func (d *denseTable) depth(p int) int { return pages.IndentOf(d.src.Lines[d.lines[p]]) }

// indentedRow reads the cells of the row that starts at position i,
// where the cells after its first are indented indent deep
// (indentedRows), and returns them with the position after the row.
func (d *denseTable) indentedRow(i, indent int) (cells []string, end int) {
	cells = []string{d.ts[i]}
	for end = i + 1; end < len(d.ts) && d.depth(end) >= indent && (d.ts[end] != "" || d.depth(end) == indent); end++ {
		if d.depth(end) > indent && d.ts[end] != "" {
			cells[len(cells)-1] = joinLines([]string{cells[len(cells)-1], d.ts[end]})
			continue
		}
		cells = append(cells, d.ts[end])
	}
	return cells, end
}

// strayIndentedRows refuses the rows written as those of the table tb
// (indentedRow) from position i on, where a line of text or a blank line
// ended it, up to the next header, past blank lines and lines of text:
// a title of their own, with a blank line under it or not, or a
// paragraph set apart, cut them from the table's rows (the first such
// line is the cut), and read as text, what they document would be left
// out of the schema with no word.
func (d *denseTable) strayIndentedRows(tb *pages.Table, i, indent int) {
	check := pages.StrayCheck{Table: tb, Split: "one cell a line", Match: pages.MatchCount}
	for p := i; p < len(d.ts); {
		if _, ok := headerAt(d.ts, p); ok {
			return
		}
		if d.ts[p] == "" || d.depth(p) != 0 {
			p++
			continue
		}
		cells, end := d.indentedRow(p, indent)
		if len(cells) > 1 {
			check.Refuse(d.src, d.lines[p]+1, d.lines[end-1]+1, cells)
		} else if check.Cut == 0 {
			check.Cut = d.lines[p] + 1
		}
		p = end
	}
}

// withParagraphs reads the lines from position i of ts (at lines) that
// single tells are lines of their own, as the end of a cell of the row r
// run together, with no space between them: the cell's paragraphs (or
// list items), which a script that prints each row's text and each
// paragraph's (an XPath of tr and p) prints again after the row. The
// cell is read with a space before each, with a warning; next is the
// position after them. ok is false where no cell of r ends with those
// lines run together.
func withParagraphs(src pages.Source, r *pages.Row, ts []string, lines []int, i int, single func(p int) bool) (next int, ok bool) {
	for k, c := range r.Cells {
		for p := i; p < len(ts) && single(p); p++ {
			run := strings.Join(ts[i:p+1], "")
			if !strings.HasSuffix(c, run) {
				continue
			}
			if p+1 < len(ts) && single(p+1) && strings.HasSuffix(c, run+ts[p+1]) {
				continue
			}
			paras := strings.Join(ts[i:p+1], " ")
			if lead := strings.TrimSpace(strings.TrimSuffix(c, run)); lead != "" {
				paras = lead + " " + paras
			}
			r.Cells[k] = paras
			r.Raw = strings.Join(r.Cells, " | ")
			at := fmt.Sprintf("line %d prints", lines[i]+1)
			if p > i {
				at = fmt.Sprintf("lines %d to %d print", lines[i]+1, lines[p]+1)
			}
			src.Report.Warn(pages.At(src.Name, lines[i]+1), "%s again, one paragraph a line, the end of the cell %s of the row at line %d, which runs them together: read once, a space before each (%s)", at, pages.Clip(c), r.Line, pages.Clip(r.Cells[k]))
			return p + 1, true
		}
	}
	return i, false
}

// contentEnd is the position in lines of the first line of the page
// that starts the chrome after its content (pages.EndsContent: the
// site's pager, a text browser's list of links), or len(lines): a
// table ends before it, and its lines are text.
func contentEnd(page []string, lines []int) int {
	for k, l := range lines {
		if pages.EndsContent(page, l) {
			return k
		}
	}
	return len(lines)
}

// numberedByEmptyLine reports whether the header h at position i of ts,
// without a title, follows an empty line that is its empty first cell,
// heading a column of row numbers (as a wiki's numbered rows export
// without blank lines between cells): the first row starts with the
// number 1, and the cell after it fits the header's first column, a Name
// or a Code (a status code's "200"). pages.Read drops the column.
func numberedByEmptyLine(ts []string, i int, h denseHeader) bool {
	first := i + h.lines
	if h.title > 0 || i == 0 || ts[i-1] != "" || first+1 >= len(ts) || ts[first] != "1" {
		return false
	}
	tells, ok := fitsColumn(pages.HeaderColumn(h.cells[0]), ts[first+1], isStatusCode(ts[first+1]))
	return tells && ok
}

// countedRows reads the rows of a table none of whose columns tells what
// its cells read as: by its width, up to the next header, the lines left
// fewer than its width being text.
func (d *denseTable) countedRows(tb *pages.Table, i int) int {
	w := len(d.cols)
	for ; i+w <= len(d.ts); i += w {
		if d.headsTable(i) || slices.Contains(d.ts[i:i+w], "") {
			break
		}
		cells := append([]string(nil), d.ts[i:i+w]...)
		tb.Rows = append(tb.Rows, &pages.Row{Line: d.lines[i] + 1, Raw: strings.Join(cells, " | "), Cells: cells})
	}
	return i
}

// denseHeaders counts the headers of dense tables among a group's lines,
// of a page's lines cleaned (cleanLines).
func denseHeaders(page []string, lines []int) int {
	if len(lines) < 2 {
		return 0
	}
	first, end := lines[0], lines[len(lines)-1]+1
	ts := page[first:end:end] // a group's lines follow each other
	n := 0
	for i := 0; i < len(ts); i++ {
		if h, ok := headerAt(ts, i); ok {
			n++
			i += h.lines - 1
		}
	}
	return n
}
