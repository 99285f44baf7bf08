package flattened

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// A table of codes whose cells run together, as a DOM's textContent
// writes it, has a header of labels with spaces inside them ("Status
// CodeStatus Code DescriptionStatus Code Detailed Description", "Http
// response codedetail_codemsgDescription"), which no column word of
// every style's splits: the protocol's labels do (pages.CodeLabeller).
// Each row begins with its codes, a status code or range ("200", "4xx
// (custom status)"), then, where the header names two code columns, a
// signed detail code run into it ("470-73001": the status is three
// digits); its text after them is cut where a capital follows a letter
// with no space between ("Normal ResponseNormal"), or ends a run of
// capitals ("OKNormal"). A row whose text has as many such places as
// its columns need cuts is read so, with a warning; one with fewer or
// more is refused at its line: which cut is a cell's end is not told. A
// row that begins with its detail code lost its status cell to a
// rowspan over the rows above it: it is read with the status of the row
// above, with a warning.

// runCodesRe matches the codes a row of a table of codes whose cells
// run together begins with: a status code or range and a range's note or
// not (group 1), then a signed detail code or not (group 2), and the
// text after them (group 3).
var runCodesRe = regexp.MustCompile(`^([1-5][0-9xX]{2}(?:\s*\([^()]*\))?)([-+][0-9]+)?\s*(.*)$`)

// detailRe matches a row of a table of codes whose cells run together
// that begins with its signed detail code run into its text.
var detailRe = regexp.MustCompile(`^[-+][0-9]+[^0-9\s]`)

// leadNumberRe matches a line that begins with a number, signed or not.
var leadNumberRe = regexp.MustCompile(`^[-+]?[0-9]`)

// codeRowCells splits a row of a table of codes whose cells run
// together into its codes cells of them, then its text cut into
// cols-codes cells (textCuts); cells is nil where the row begins with no
// code, and cuts holds, where its text cuts in another number of ways
// than its columns need, the places its text could be cut at.
func codeRowCells(r string, codes, cols int) (cells []string, cuts []int, ok bool) {
	m := runCodesRe.FindStringSubmatch(r)
	if m == nil || (m[2] != "") != (codes == 2) {
		return nil, nil, false
	}
	cells = append(cells, strings.TrimSpace(m[1]))
	if codes == 2 {
		cells = append(cells, m[2])
	}
	text := m[3]
	cuts = textCuts(text)
	if len(cuts) != cols-codes-1 {
		if cols-codes == 1 {
			return append(cells, text), nil, true
		}
		return cells, cuts, false
	}
	from := 0
	for _, c := range cuts {
		cells = append(cells, text[from:c])
		from = c
	}
	return append(cells, text[from:]), nil, true
}

// textCuts returns the places of a row's text where a cell may end:
// before a capital right after a letter in lower case, a closing
// parenthesis or a full stop ("ResponseNormal", "(custom
// status)Transfer"), or before the last of a run of two capitals or more
// followed by a letter in lower case ("OKNormal").
func textCuts(text string) []int {
	var cuts []int
	var prev, prev2 rune
	for k, r := range text {
		if unicode.IsUpper(r) && k > 0 {
			next, _ := utf8.DecodeRuneInString(text[k+len(string(r)):])
			switch {
			case unicode.IsLower(prev) || prev == ')' || prev == '.':
				cuts = append(cuts, k)
			case unicode.IsUpper(prev) && unicode.IsUpper(prev2) && unicode.IsLower(next):
				cuts = append(cuts, k)
			}
		}
		prev2, prev = prev, r
	}
	return cuts
}

// A codeTable is the last table of codes whose cells run together read
// on a page: its header's labels, how many of them name code columns,
// the index of its header's line, and the index of the line after its
// rows.
type codeTable struct {
	labels    []string
	codes     int
	head, end int
}

// restOf reports whether line i, a few lines of text after the end of
// the table of codes ct (a callout, a note, a title of its own that
// cut it: pages.MaxBreakLines at most, none of them a line that ends a
// table, lex's EndsTable), is a row of that table that no header
// stands over: it begins with its codes run into its text, no space
// after them as no sentence writes them, and splits into its columns.
// Such rows are read as a table without a header, which pages.Read
// reads as the rest of ct, or warns of.
func (ct *codeTable) restOf(lines []string, i int, lex pages.Lexicon) bool {
	if ct == nil || i-ct.end > 2*pages.MaxBreakLines {
		return false
	}
	text := 0
	for _, l := range lines[ct.end:i] {
		t := strings.TrimSpace(l)
		switch {
		case t == "" || pages.IsPageMark(t):
		case lex != nil && lex.EndsTable(pages.StripHeading(t)):
			return false
		default:
			text++
		}
	}
	return text > 0 && text <= pages.MaxBreakLines && runsTogether(strings.TrimSpace(lines[i]), ct.codes, len(ct.labels))
}

// runsTogether reports whether a line is a row of a table of codes
// whose cells run together: its codes run into its text, no space
// between, and it splits into cols columns (codeRowCells).
func runsTogether(r string, codes, cols int) bool {
	m := runCodesRe.FindStringSubmatchIndex(r)
	if m == nil || m[6] == len(r) || m[6] != max(m[3], m[5]) {
		return false
	}
	_, _, ok := codeRowCells(r, codes, cols)
	return ok
}

// readCodeTable reads the table of codes whose header, labels, is line
// i, codes of its labels naming code columns, its rows the lines from
// line from on (the line under the header, or the first row of its
// rest) that begin with a code, up to the first that does not; it
// returns the table with the index of the line after it.
func readCodeTable(src pages.Source, labels []string, codes, i, from int) (*pages.Table, int) {
	cols, _ := pages.ColumnsOf(labels)
	tb := &pages.Table{Line: i + 1, Header: labels, Cols: cols}
	j := from
	for ; j < len(src.Lines); j++ {
		r := strings.TrimSpace(src.Lines[j])
		if pages.IsPageMark(r) {
			continue
		}
		cells, cuts, ok := codeRowCells(r, codes, len(labels))
		if cells == nil && codes == 2 && len(tb.Rows) > 0 && detailRe.MatchString(r) {
			above := tb.Rows[len(tb.Rows)-1]
			if cells, cuts, ok = codeRowCells(above.Cells[0]+r, codes, len(labels)); cells != nil {
				src.Report.Warn(pages.At(src.Name, j+1), "line %d (%q) under the table at line %d, whose cells run together, begins with its detail code, without its status: the status cell spanned the rows above it (a rowspan), which a page's text writes once; read with the status of the row above, at line %d (%s)", j+1, pages.Clip(r), i+1, above.Line, above.Cells[0])
			}
		}
		if cells == nil {
			if leadNumberRe.MatchString(r) {
				src.Report.Fail(pages.At(src.Name, j+1), "line %d (%q) under the table at line %d, whose cells run together, begins with a number but not with the codes of its columns %s (a status code such as 200 or 4xx%s): what it documents would be left out of the schema. Write the page's table with its cells set apart (a tab or pipes between them)", j+1, pages.Clip(r), i+1, strings.Join(labels, " | "), map[bool]string{true: ", then a signed detail code run into it", false: ""}[codes == 2])
			}
			break
		}
		if !ok {
			src.Report.Fail(pages.At(src.Name, j+1), "cannot split %q into the columns %s: its cells run together, and its text after its codes has %s where a capital follows a letter with no space between, where its columns need %d cuts: which of them ends a cell is not told. Write the page's table with its cells set apart (a tab or pipes between them)", pages.Clip(r), strings.Join(labels, " | "), placesOf(r, cuts), len(labels)-codes-1)
			continue
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: j + 1, Raw: r, Cells: cells})
	}
	if len(tb.Rows) > 0 && from == i+1 {
		how := ""
		if len(labels)-codes > 1 {
			how = ", and the text after them cut where a capital follows a letter with no space between, as many places as its columns need"
		}
		src.Report.Warn(pages.At(src.Name, i+1), "the table at line %d has its cells run together, as a page's text (a DOM's textContent) writes a table: read its header by the labels its protocol writes (%s), each row's codes at its start%s", i+1, strings.Join(labels, " | "), how)
	}
	return tb, j
}

// placesOf names the places cuts of a row's text: "no place", or the
// words around each ("Response|Normal").
func placesOf(r string, cuts []int) string {
	if len(cuts) == 0 {
		return "no place"
	}
	m := runCodesRe.FindStringSubmatch(r)
	text := m[3]
	var ps []string
	for _, c := range cuts {
		a := strings.LastIndexByte(text[:c], ' ') + 1
		b := strings.IndexByte(text[c:], ' ')
		if b < 0 {
			b = len(text) - c
		}
		ps = append(ps, fmt.Sprintf("%q", text[a:c]+"|"+text[c:c+b]))
	}
	return fmt.Sprintf("%d places (%s)", len(cuts), strings.Join(ps, ", "))
}
