package aligned

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
)

// A text browser (lynx -dump) prints a table of codes too wide for its
// width as it prints one of fields (spacedTable): its cells one space
// apart, each row's text wrapped at the width onto lines indented as its
// first. Its header names a code column first (or two: a status and a
// detail code), then columns of text, whose labels run together
// ("Status Code Status Code Description Status Code Detailed
// Description", "Http response code detail_code msg Description"). A
// row starts at a line that begins with its codes: a status code or a
// range ("200", "4xx (custom status)") or a signed integer ("-89001"),
// each with a note in parentheses or not; a line that does not is the
// rest of the row above where the line before reaches the width the
// page's text is wrapped at, and else ends the table (a line of the page
// right under it). The text after the codes is one run, whose columns
// cannot be told apart: it is read as the last column's, the others left
// empty, with a warning. A row of two code columns that begins with one
// code lost a cell of a code column to a cell spanning rows (rowspan),
// which the browser printed once, on another row of its group: where a
// status owns it (spannedCodes), it is read with that status, else with
// one cell fewer, as a copy of the table gives it, which the protocol's
// reader tells.

// codeHeader reads a line as the header of a table of codes whose cells
// are one space apart (pages.CodeHeader), and returns its labels and how
// many of them, at its start, name code columns (one or two); nil where
// the line is none.
func codeHeader(line string) ([]string, int) {
	if !mayHead(line) {
		return nil, 0
	}
	return pages.CodeHeader(strings.Fields(line))
}

// wrappedCodeHeader reads lines i and i+1 as the header of a table of
// codes whose cells are one space apart (codeHeader), which a text
// browser wrapped as it wraps the table's rows ("Status Code Status Code
// Description Status Code" ⏎ "Detailed Description"): line i+1 is at the
// indent of line i and begins with no code, and the two read as one
// header. Where line i alone is no header, the first word of line i+1
// does not fit on it within the width the page's text of that indent is
// wrapped at (wrapWidth). Where line i alone is one, the two read as one
// of more columns: a browser breaks a header row between its cells too
// ("Status Code Status Code Description" ⏎ "Status Code Detailed
// Description"), and line i's own table would begin with no row. It
// returns the header's labels and code columns, as codeHeader does; nil
// where the lines are none.
func wrappedCodeHeader(lines []string, i int) ([]string, int) {
	if i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "" || indentOf(lines[i+1]) != indentOf(lines[i]) || codeCells(lines[i+1], 1) != nil {
		return nil, 0
	}
	labels, codes := codeHeader(strings.TrimSpace(lines[i]) + " " + strings.TrimSpace(lines[i+1]))
	if labels == nil {
		return nil, 0
	}
	if own, _ := codeHeader(lines[i]); own != nil {
		if len(labels) <= len(own) {
			return nil, 0
		}
		return labels, codes
	}
	if columns(lines[i])+1+columns(firstWordOf(lines[i+1])) <= wrapWidth(lines, indentOf(lines[i])) {
		return nil, 0
	}
	return labels, codes
}

// brokenCodeHeader reads lines i and the lines after it, up to the first
// that begins with a code, as the header of a table of codes whose cells
// are one space apart (codeHeader), which pdftotext -raw prints of a
// PDF's table one cell after another, each cell broken over lines as its
// column wrapped it ("Status" ⏎ "Code" ⏎ "Status Code" ⏎ "Description" ⏎
// "Status Code Detailed Description"), or pdf.js of a browser's print
// with the lines of the cells side by side run together ("Status Code
// Status Code" ⏎ "Description" ⏎ "Status Code Detailed Description"):
// three lines or more at one indent, none blank or beginning with a code, that read as one header,
// the table's first row right under them. A text browser wraps a header
// of codes, a few words (pages.MaxCodeHeaderWords), onto two lines at most,
// which it reads only where the first reaches the page's width
// (wrappedCodeHeader): two lines under no such width are left unread,
// and three or more are no browser's wrap. It returns the header's labels and
// code columns, as codeHeader does, with the index of the first row's
// line; nil where the lines are none.
func brokenCodeHeader(lines []string, i int) ([]string, int, int) {
	text := strings.TrimSpace(lines[i])
	for k := i + 1; k < len(lines) && k-i <= pages.MaxCodeHeaderWords; k++ {
		t := strings.TrimSpace(lines[k])
		if t == "" || indentOf(lines[k]) != indentOf(lines[i]) {
			return nil, 0, 0
		}
		if codeCells(t, 1) != nil {
			labels, codes := codeHeader(text)
			if k-i < 3 || labels == nil {
				return nil, 0, 0
			}
			return labels, codes, k
		}
		text += " " + t
	}
	return nil, 0, 0
}

// codeHeaderAt reads line i, and the lines after it its header goes on
// to, as the header of a table of codes whose cells are one space apart:
// wrapped by a text browser (wrappedCodeHeader), on one line
// (codeHeader) or broken over lines (brokenCodeHeader). It returns the
// header's labels and code columns, as codeHeader does, with the index
// of the line after the header; nil where the lines are none.
func codeHeaderAt(lines []string, i int) ([]string, int, int) {
	if labels, codes := wrappedCodeHeader(lines, i); labels != nil {
		return labels, codes, i + 2
	}
	if labels, codes := codeHeader(lines[i]); labels != nil {
		return labels, codes, i + 1
	}
	return brokenCodeHeader(lines, i)
}

// brokenCodeHeaderAt reports whether lines i and after are a header of
// codes broken over lines (brokenCodeHeader), which a reader of a header
// cut by a hard wrap leaves to it.
func brokenCodeHeaderAt(lines []string, i int) bool {
	labels, _, _ := brokenCodeHeader(lines, i)
	return labels != nil
}

// codeTable reads the table of codes whose header, labels, is line i of
// the page's lines, wrapped onto the lines before line from or not,
// codes of its labels naming code columns; it returns the table with
// the index of the line after it.
func codeTable(src pages.Source, lines []string, labels []string, codes int, i, from int) (*pages.Table, int) {
	cols, _ := pages.ColumnsOf(labels)
	tb := &pages.Table{Line: i + 1, Header: labels, Cols: cols}
	lines = unshiftFirstRow(src, lines, i, from)
	indent := indentOf(lines[i])
	if from < len(lines) && strings.TrimSpace(lines[from]) != "" && indentOf(lines[from]) < indent {
		indent = indentOf(lines[from]) // a header centred over its columns
	}
	if from > i+1 {
		how := fmt.Sprintf("line %d goes on with the header at line %d, whose cells are one space apart, as a text browser wraps a table too wide for it", i+2, i+1)
		if from > i+2 {
			how = fmt.Sprintf("lines %d-%d go on with the header at line %d, whose cells are one space apart, as a PDF's text extraction (pdftotext -raw, pdf.js) prints its header cells broken over lines", i+2, from, i+1)
		}
		src.Report.Warn(pages.At(src.Name, i+2), "%s: read as one header, %s", how, strings.Join(labels, " | "))
	}
	tb, end := codeRows(src, lines, tb, codes, i, from, indent, nil)
	if len(tb.Rows) > 0 {
		how := ""
		if len(labels)-codes > 1 {
			how = fmt.Sprintf("; the text after its codes is read as its %s, the columns %s left empty: words one space apart do not tell where they end", labels[len(labels)-1], strings.Join(labels[codes:len(labels)-1], " | "))
		}
		src.Report.Warn(pages.At(src.Name, i+1), "the table at line %d has its cells one space apart, its rows wrapped, as a text browser prints a table too wide for it: read a row at each line that begins with a code%s", i+1, how)
	}
	return tb, end
}

// codeRows reads into tb the rows of the table of codes whose header,
// tb's, is line i, codes of its labels naming code columns, from line
// from on, at indent, after the rows before (of the part of the table
// before a break); it returns tb with the index of the line after its
// last row. A line that begins with the codes of a row of the table,
// right over a table's header row, is that table's title ("465 detail
// codes" over "Code Message Description"), no row: a table lists each
// code once. A page's mark between two of its lines, no blank line
// around it (pypdf's text of a print), is read across, with a warning.
func codeRows(src pages.Source, lines []string, tb *pages.Table, codes, i, from, indent int, before []*pages.Row) (*pages.Table, int) {
	labels := tb.Header
	end := from
	for end < len(lines) && strings.TrimSpace(lines[end]) != "" && (indentOf(lines[end]) == indent || marginRest(lines, end, indent)) && spacedHeader(lines[end]) == nil && !isCodeHeader(lines[end]) {
		end++
	}
	width := wrapWidth(lines, indent)
	var rows [][]int // the lines of each row: its first, and those its text wraps onto
	wrapEnd := -1    // the row after the lines from line j that are the rest of the last row's cell (cellWrapEnd)
	seen := map[string]bool{}
	for _, r := range before {
		seen[rowCodes(r.Cells, codes)] = true
	}
	j := from
	for ; j < end; j++ {
		if pages.IsPageMark(lines[j]) && j+1 < end && j > from {
			src.Report.Warn(pages.At(src.Name, j+1), "line %d (%q), in the table at line %d whose cells are one space apart, is a page's mark with no blank line around it, as a PDF's text extraction (pypdf) writes a print's page break: read across it, the rows after it the table's", j+1, pages.Clip(strings.TrimSpace(lines[j])), i+1)
			continue
		}
		cells := codeCells(lines[j], codes)
		starts := cells != nil
		if starts && seen[rowCodes(cells, codes)] && j+1 == end && j+1 < len(lines) && (isCodeHeader(lines[j+1]) || headerRow(lines[j+1])) {
			break // the title of the table under it
		}
		if starts {
			seen[rowCodes(cells, codes)] = true
		}
		prev := j - 1
		if pages.IsPageMark(lines[prev]) && prev > from {
			prev--
		}
		full := len(rows) > 0 && columns(lines[prev])+1+columns(firstWordOf(lines[j])) > width
		if !starts && !full && len(rows) > 0 && j >= wrapEnd {
			wrapEnd = cellWrapEnd(src.Words, lines, j, end, func(k int) (bool, bool) { return codeCells(lines[k], codes) != nil, true })
		}
		ambiguous := starts && full && !startsCell(cells[len(cells)-1])
		if ambiguous {
			if col, ok := unmetColumn(lines, rows, j, end, codes, cells); ok {
				src.Report.Warn(pages.At(src.Name, j+1), "line %d (%q) of the table at line %d, whose cells are one space apart as a text browser prints them, begins with a code and then text in lower case, right under a line that reaches the page's width; its code %s is not of the form each of the other cells of the column %s is (such as %s), which a row's would be: read as the rest of the row at line %d, wrapped", j+1, pages.Clip(strings.TrimSpace(lines[j])), i+1, cells[col.cell], labels[col.column], col.example, rows[len(rows)-1][0]+1)
				starts, ambiguous = false, false
			}
		}
		switch {
		case ambiguous:
			src.Report.Fail(pages.At(src.Name, j+1), "line %d of the table at line %d, whose cells are one space apart as a text browser prints them, begins with a code and then text in lower case, right under a line that reaches the page's width: it may be a row or the rest of the row above, wrapped. Write the page's table with its cells set apart (two spaces or a tab between them)", j+1, i+1)
			rows = append(rows, []int{j})
		case starts:
			rows = append(rows, []int{j})
		case full:
			rows[len(rows)-1] = append(rows[len(rows)-1], j)
		case len(rows) > 0 && j < wrapEnd:
			src.Report.Warn(pages.At(src.Name, j+1), "line %d (%q), under the header at line %d whose cells are one space apart, begins with no code and the line before it ends short of the page's width, but the lines from it to the next row are no row and no title: read as the rest of the row at line %d, which its column wrapped (a cell broken inside its column, as pdftotext -raw prints a PDF's, or a line break inside a cell a converter kept)", j+1, pages.Clip(strings.TrimSpace(lines[j])), i+1, rows[len(rows)-1][0]+1)
			rows[len(rows)-1] = append(rows[len(rows)-1], j)
			full = true
		case len(rows) == 0:
			src.Report.Fail(pages.At(src.Name, j+1), "line %d (%q), the first under the header at line %d whose cells are one space apart as a text browser prints them, begins with no code (a status code such as 200 or 4xx, or a signed integer) of the columns %s. Write the page's table with its cells set apart (two spaces or a tab between them)", j+1, pages.Clip(strings.TrimSpace(lines[j])), i+1, strings.Join(labels, " | "))
			return tb, end
		}
		if !starts && !full && len(rows) > 0 {
			break
		}
	}
	for k := j + 1; k < end; k++ {
		if codeCells(lines[k], codes) != nil {
			src.Report.Fail(pages.At(src.Name, k+1), "line %d begins with a code as a row of the table at line %d does, but line %d (%q) between them is no row of it and no rest of one: a line of text cut the table. Set the table apart from the text around it, with a blank line", k+1, i+1, j+1, pages.Clip(strings.TrimSpace(lines[j])))
			break
		}
	}
	first := len(tb.Rows)
	for _, rl := range rows {
		parts := make([]string, len(rl))
		for k, l := range rl {
			parts[k] = strings.TrimSpace(lines[l])
		}
		tb.Rows = append(tb.Rows, codeRow(rl[0]+1, strings.Join(parts, "\n"), codeCells(strings.Join(parts, " "), codes), len(labels), codes))
	}
	if codes == 2 {
		spannedCodes(src, tb, tb.Rows[first:], i)
	}
	return tb, j
}

// codeShape is the form of a code cell, which a column of codes holds
// in each of its cells where its codes are of one kind: a status code or
// a range ("200", "4xx (custom status)"), a negative code ("-68101"), a
// code signed + or any other number.
func codeShape(code string) string {
	c := strings.Fields(code)[0]
	switch {
	case statusShapeRe.MatchString(c):
		return "status"
	case strings.HasPrefix(c, "-"):
		return "negative"
	case strings.HasPrefix(c, "+"):
		return "signed"
	}
	return "number"
}

// statusShapeRe matches a status code or a range of them.
var statusShapeRe = regexp.MustCompile(`^[1-5][0-9xX]{2}$`)

// unmetCode is a code cell of a line that its column's shape does not
// meet: the cell, the column, and a cell of the column's rows.
type unmetCode struct {
	cell, column int
	example      string
}

// unmetColumn tells whether line j, which begins with the code cells of
// cells, is no row of a table of codes whose rows so far begin at the
// lines of rows and whose table ends at line end: a code column whose
// cells at each row all have one shape (codeShape), the rows above and
// the lines below that begin a row whatever the line above them (its
// codes all there, then a capital), must be met by a new row's cell, and
// one of line j's is not. A row short of a code cell lost the first
// column's (codeCells), so its cells meet the columns after it. It
// returns the cell that does not; false where the columns do not tell
// (a column of one cell, or of cells of two shapes).
func unmetColumn(lines []string, rows [][]int, j, end, codes int, cells []string) (unmetCode, bool) {
	var known [][]string
	for _, rl := range rows {
		known = append(known, codeCells(lines[rl[0]], codes))
	}
	for k := j + 1; k < end; k++ {
		if c := codeCells(lines[k], codes); len(c) == codes+1 && startsCell(c[codes]) {
			known = append(known, c)
		}
	}
	skip := codes - (len(cells) - 1)
	for n, code := range cells[:len(cells)-1] {
		col := n + skip
		shape, example, count := "", "", 0
		for _, c := range known {
			if len(c) != codes+1 {
				continue
			}
			s := codeShape(c[col])
			if count > 0 && s != shape {
				count = 0
				break
			}
			if count == 0 {
				example = c[col]
			}
			shape = s
			count++
		}
		if count >= 2 && codeShape(code) != shape {
			return unmetCode{cell: n, column: col, example: example}, true
		}
	}
	return unmetCode{}, false
}

// startsCell reports whether the text after a row's codes begins as a
// cell does: with a capital, a digit, a sign, a parenthesis or a quote,
// or is empty. Text wrapped from the row above after a number ("500" over
// "characters") goes on in lower case.
func startsCell(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return text == "" || unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("-+(\"", r)
}

// codeRow is the row at page line line, of text raw, of a table of
// codes of width columns, codes of them code columns, whose code cells
// and the text after them are cells (codeCells): the text is its last
// column's, the columns between left empty.
func codeRow(line int, raw string, cells []string, width, codes int) *pages.Row {
	text := cells[len(cells)-1]
	cells = cells[:len(cells)-1]
	for range width - codes - 1 {
		cells = append(cells, "")
	}
	return &pages.Row{Line: line, Raw: raw, Cells: append(cells, text)}
}

// rowCodes is the codes a row of a table of codes begins with (the
// first codes of its cells), each without a note after it ("465" of
// "465 (custom status)").
func rowCodes(cells []string, codes int) string {
	keys := make([]string, 0, codes)
	for _, c := range cells[:min(codes, len(cells))] {
		keys = append(keys, firstWordOf(c))
	}
	return strings.Join(keys, " ")
}

// isCodeHeader reports whether a line is the header of a table of codes
// whose cells are one space apart.
func isCodeHeader(line string) bool {
	labels, _ := codeHeader(line)
	return labels != nil
}

// codeCells splits a row of a table of codes into its code cells
// (pages.SplitCode), codes of them or, where the row lost one to a cell spanning rows above it,
// one fewer, and the text after them as the last cell; nil where it does
// not begin with a code.
func codeCells(line string, codes int) []string {
	rest := strings.TrimSpace(pages.Unnumbered(line))
	var cells []string
	for range codes {
		code, text, ok := pages.SplitCode(rest)
		if !ok {
			break
		}
		cells = append(cells, code)
		rest = text
	}
	if cells == nil {
		return nil
	}
	return append(cells, rest)
}
