package pages

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A row of a table of codes whose cells run together, as a DOM's
// textContent writes a row whose cells the HTML's source sets on one
// line, begins with its codes, a status code or range ("200", "4xx
// (custom status)"), then, where the header names two code columns, a
// signed detail code run into it ("470-73001": the status is three
// digits); its text after them is cut where a capital follows a letter
// with no space between ("Normal ResponseNormal"), or ends a run of
// capitals ("OKNormal"). A row whose text has as many such places as its
// columns need cuts is read so. One with more is read so too where the
// places that are not a cell's end are told by the page: a place inside
// a name in camelCase ("A hiveId does not…") that the page writes
// elsewhere as a word of its own (its example JSON, a table, prose; not
// in a row of codes run together, where a message's end runs into a
// description's start as "sealedThe" does) is inside a cell, and where
// the places left are as many as the columns need, the row is cut at
// them, with a warning naming the name and the line that writes it. One
// with fewer places, or more that the page does not tell apart, is
// refused at its line, as which cut is a cell's end is not told. Every style that meets
// such rows (a flattened page's tables, a scraper's text of a page whose
// other rows stand a cell a line) reads them by this one rule.

// runCodesRe matches the codes a row of a table of codes whose cells
// run together begins with: a status code or range and a range's note or
// not (group 1), then a signed detail code or not (group 2), and the
// text after them (group 3).
var runCodesRe = regexp.MustCompile(`^([1-5][0-9xX]{2}(?:\s*\([^()]*\))?)([-+][0-9]+)?\s*(.*)$`)

// runDetailRe matches a row of a table of codes whose cells run
// together that begins with its signed detail code run into its text.
var runDetailRe = regexp.MustCompile(`^[-+][0-9]+[^0-9\s]`)

// RunCodeCells splits a row of a table of codes whose cells run
// together into its codes cells of them, then its text cut into
// cols-codes cells (runTextCuts); cells is nil where the row begins with
// no code, and cuts holds, where its text cuts in another number of ways
// than its columns need, the places its text could be cut at. Where it
// has more places than its columns need, those inside a name the page's
// lines write elsewhere (namedAt) are no cell's end: where the others
// are as many as the columns need, the row is cut at them, and inside
// holds the places left uncut, each with the index of a line that writes
// its name.
func RunCodeCells(r string, codes, cols int, lines []string) (cells []string, cuts []int, inside []Named, ok bool) {
	m := runCodesRe.FindStringSubmatch(r)
	if m == nil || (m[2] != "") != (codes == 2) {
		return nil, nil, nil, false
	}
	cells = append(cells, strings.TrimSpace(m[1]))
	if codes == 2 {
		cells = append(cells, m[2])
	}
	text := m[3]
	cuts = runTextCuts(text)
	need := cols - codes - 1
	if len(cuts) > need && need > 0 {
		var ends []int
		for _, c := range cuts {
			if n, ok := namedAt(lines, text, c); ok {
				inside = append(inside, n)
			} else {
				ends = append(ends, c)
			}
		}
		if len(ends) == need {
			cuts = ends
		} else {
			inside = nil
		}
	}
	if len(cuts) != need {
		if cols-codes == 1 {
			return append(cells, text), nil, nil, true
		}
		return cells, cuts, nil, false
	}
	from := 0
	for _, c := range cuts {
		cells = append(cells, text[from:c])
		from = c
	}
	return append(cells, text[from:]), nil, inside, true
}

// A Named is a place of a row's text inside a name the page writes
// elsewhere: the name, and the index of the first line that writes it.
type Named struct {
	Name string
	Line int
}

// namedAt tells whether the place c of a row's text (before a capital)
// is inside a name in camelCase (CamelName: "hiveId", not "apiaryA")
// that lines write elsewhere as a word of its own, on a line that is no
// row of a table of codes whose cells run together (where a message's
// end runs into a description's start, "sealedThe", as a name's parts
// do); it returns the name with that line's index.
func namedAt(lines []string, text string, c int) (Named, bool) {
	a, b := c, c
	for a > 0 && IsIdentByte(text[a-1]) {
		a--
	}
	for b < len(text) && IsIdentByte(text[b]) {
		b++
	}
	name := text[a:b]
	if !CamelName(name) {
		return Named{}, false
	}
	for k, l := range lines {
		t := strings.TrimSpace(l)
		if OnPage(lines[k:k+1], name) && !runDetailRe.MatchString(t) && !beginsRunCodes(t) {
			return Named{Name: name, Line: k}, true
		}
	}
	return Named{}, false
}

// CamelName reports whether a name is written camelCase: a letter in
// lower case, then letters and digits, ending in no capital.
func CamelName(name string) bool {
	if name == "" || !unicode.IsLower(rune(name[0])) || unicode.IsUpper(rune(name[len(name)-1])) {
		return false
	}
	for i := 0; i < len(name); i++ {
		if !IsASCIILetter(name[i]) && (name[i] < '0' || name[i] > '9') {
			return false
		}
	}
	return true
}

// runTextCuts returns the places of a row's text where a cell may end:
// before a capital right after a letter in lower case, a closing
// parenthesis or a full stop ("ResponseNormal", "(custom
// status)Transfer"), or before the last of a run of two capitals or more
// followed by a letter in lower case ("OKNormal").
func runTextCuts(text string) []int {
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

// RunsTogether reports whether a line is a row of a table of codes
// whose cells run together (BeginsRunCodeRow) that splits into cols
// columns (RunCodeCells, told by the page's lines).
func RunsTogether(r string, codes, cols int, lines []string) bool {
	if !BeginsRunCodeRow(r, codes) {
		return false
	}
	_, _, _, ok := RunCodeCells(r, codes, cols, lines)
	return ok
}

// BeginsRunCodeRow reports whether a line begins as a row of a table of
// codes whose cells run together does, codes of its columns code
// columns: its codes run into its text, no space between, as no
// sentence writes them.
func BeginsRunCodeRow(r string, codes int) bool {
	m := runCodesRe.FindStringSubmatchIndex(r)
	return m != nil && beginsRunCodes(r) && (m[4] >= 0) == (codes == 2)
}

// beginsRunCodes reports whether a line begins with codes run into its
// text, no space after them, whatever its code columns.
func beginsRunCodes(r string) bool {
	m := runCodesRe.FindStringSubmatchIndex(r)
	return m != nil && m[6] < len(r) && m[6] == max(m[3], m[5])
}

// BeginsWithRunDetail reports whether a line of a table of codes whose
// cells run together begins with its signed detail code run into its
// text, without its status code: a rowspan's status cell, written once
// in the row above.
func BeginsWithRunDetail(r string) bool {
	return runDetailRe.MatchString(r)
}

// leadNumberRe matches a line that begins with a number, signed or not.
var leadNumberRe = regexp.MustCompile(`^[-+]?[0-9]`)

// ReadRunCodeRows reads into the table of codes tb, whose header's
// labels codes of them name code columns, the rows whose cells run
// together, one a line, from line from of the page on (counted from 0)
// up to the first line that begins with no code, and returns the index
// of that line. A row that begins with its detail code, where the header
// names two code columns, lost its status cell to a rowspan over the row
// above: it is read with that row's status, with a warning; a row that
// begins with a number but not with its codes, or whose text does not
// cut into its columns, is refused at its line.
func ReadRunCodeRows(src Source, tb *Table, codes, from int) int {
	labels := tb.Header
	j := from
	for ; j < len(src.Lines); j++ {
		r := strings.TrimSpace(src.Lines[j])
		if IsPageMark(r) {
			continue
		}
		row := r
		cells, cuts, inside, ok := RunCodeCells(row, codes, len(labels), src.Lines)
		if cells == nil && codes == 2 && len(tb.Rows) > 0 && BeginsWithRunDetail(r) {
			above := tb.Rows[len(tb.Rows)-1]
			row = above.Cells[0] + r
			if cells, cuts, inside, ok = RunCodeCells(row, codes, len(labels), src.Lines); cells != nil {
				WarnSpannedStatus(src.Report, src.Name, j+1, r, tb.Line, "whose cells run together", above.Line, above.Cells[0])
			}
		}
		if cells == nil {
			if leadNumberRe.MatchString(r) {
				src.Report.Fail(At(src.Name, j+1), "line %d (%q) under the table at line %d, whose cells run together, begins with a number but not with the codes of its columns %s (a status code such as 200 or 4xx%s): what it documents would be left out of the schema. Write the page's table with its cells set apart (a tab or pipes between them)", j+1, Clip(r), tb.Line, strings.Join(labels, " | "), map[bool]string{true: ", then a signed detail code run into it", false: ""}[codes == 2])
			}
			break
		}
		if !ok {
			src.Report.Fail(At(src.Name, j+1), "cannot split %q into the columns %s: its cells run together, and its text after its codes has %s where a capital follows a letter with no space between, where its columns need %d cuts: which of them ends a cell is not told. Write the page's table with its cells set apart (a tab or pipes between them)", Clip(r), strings.Join(labels, " | "), RunCutPlaces(row, cuts), len(labels)-codes-1)
			continue
		}
		if inside != nil {
			var ns []string
			for _, n := range inside {
				ns = append(ns, fmt.Sprintf("%s (line %d)", n.Name, n.Line+1))
			}
			src.Report.Warn(At(src.Name, j+1), "line %d (%q) has its cells run together, and its text after its codes has more places where a capital follows a letter with no space between than its columns need cuts: read with no cut inside %s, a name in camelCase the page writes elsewhere as a word of its own, and cut at the places left into %s", j+1, Clip(r), strings.Join(ns, ", "), strings.Join(cells[codes:], " | "))
		}
		tb.Rows = append(tb.Rows, &Row{Line: j + 1, Raw: r, Cells: cells})
	}
	return j
}

// RunCutPlaces names the places cuts of a row's text (a row that
// RunCodeCells matched): "no place", or the words around each
// ("Response|Normal").
func RunCutPlaces(r string, cuts []int) string {
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

// WarnSpannedStatus warns, at line (counted from 1) of the page name, of
// the row r under the table at line table (form tells how its cells
// stand: "whose cells run together", "a cell a line"), which begins with
// its detail code, without its status: the status cell of the row above,
// at line above, status, spanned it (a rowspan), which a page's text
// writes once; the row is read with that status.
func WarnSpannedStatus(rep *Reporter, name string, line int, r string, table int, form string, above int, status string) {
	rep.Warn(At(name, line), "line %d (%q) under the table at line %d, %s, begins with its detail code, without its status: the status cell spanned the rows above it (a rowspan), which a page's text writes once; read with the status of the row above, at line %d (%s)", line, Clip(r), table, form, above, status)
}

// maxCodeLabels bounds the labels of a header of a table of codes.
const maxCodeLabels = 5

// SeamCodeLabels reads a line as the header of a table of codes whose
// labels run together in words its protocol does not write ("Status
// CodeDetail CodeMessageDescription"): it is cut at each place where a
// cell of a row's text may end (runTextCuts: a capital after a letter in
// lower case, "CodeDetail"), each piece a label that names a column
// (IsHeaderCell), the first one or two code columns and the last a
// description (CodeColumns), no code column after them, and no label
// another with words before it ("Response Status Code" before "Status
// Code": a title run into the header, which names a column once). It
// returns the labels and how many name code columns; nil where the line
// is none, or where the word a seam is inside names a column itself
// ("StatusCode" of "StatusCodeDescription"): which seam ends a label is
// not told.
func SeamCodeLabels(line string) ([]string, int) {
	if len(line) > maxCodeLabels*MaxHeaderCell || strings.ContainsFunc(line, unicode.IsDigit) {
		return nil, 0
	}
	cuts := runTextCuts(line)
	if len(cuts) == 0 || len(cuts) >= maxCodeLabels {
		return nil, 0
	}
	labels := make([]string, 0, len(cuts)+1)
	from := 0
	for _, c := range append(cuts, len(line)) {
		l := strings.TrimSpace(line[from:c])
		if !IsHeaderCell(l) {
			return nil, 0
		}
		labels, from = append(labels, l), c
	}
	codes := CodeColumns(labels)
	if codes == 0 {
		return nil, 0
	}
	for k, l := range labels {
		if k >= codes && HeaderColumn(l) == ColCode || k > 0 && IsHeaderCell(seamWord(labels[k-1], l)) {
			return nil, 0
		}
		if slices.ContainsFunc(labels, func(o string) bool { return len(o) < len(l) && strings.HasSuffix(l, " "+o) }) {
			return nil, 0
		}
	}
	return labels, codes
}

// seamWord returns the word that a seam between two labels run together
// is inside: the last word of the one before it run into the first of
// the one after it ("CodeDetail" of "Status Code" and "Detail Code").
func seamWord(before, after string) string {
	w := before[strings.LastIndexAny(before, " _")+1:]
	if i := strings.IndexByte(after, ' '); i >= 0 {
		after = after[:i]
	}
	return w + after
}
