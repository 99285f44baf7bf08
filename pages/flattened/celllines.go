package flattened

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// A header whose cells run together may stand over rows written one cell
// a line, no blank line between them: node-html-parser's structuredText
// writes each <td> on a line of its own, but the <th> cells of a header
// row, no block elements to it, run together ("NameTypeMandatoryDescription",
// "Status CodeStatus Code DescriptionStatus Code Detailed Description").
// Every table under such a header, of fields or of codes, reads its rows
// so (cellLinesTable): its header's columns one a line over the lines
// under it, read by the reading of a table one cell a line
// (Source.OneCellPerLine).

// cellLinesTable reads the rows under the header run together at line
// i, head its columns, where they are written one cell a line: the line
// right under the header is a row's first cell alone (lone tells it: it
// reads as no row whose cells run together, its last cell empty), and
// the lines from it up to a blank line or a header run together
// (header), up to a title that ends a table (ends) the reading took in
// (titleAfter), read, the header's columns one a line over them, as a
// table one cell a line whose first row starts there. It returns that table, at the header's
// line, and the index of the line after its last row, with a warning
// naming the form and the reading's own warnings; nil and i+1 where
// the lines are none such.
func cellLinesTable(src pages.Source, head []string, i int, lone, header, ends func(string) bool) (*pages.Table, int) {
	if src.OneCellPerLine == nil || i+1 >= len(src.Lines) || !lone(strings.TrimSpace(src.Lines[i+1])) {
		return nil, i + 1
	}
	sub := pages.Source{Name: src.Name, Report: &pages.Reporter{}}
	for _, h := range head {
		sub.Lines, sub.At = append(sub.Lines, h), append(sub.At, i+1)
	}
	for k := i + 1; k < len(src.Lines); k++ {
		t := strings.TrimSpace(src.Lines[k])
		if t == "" || header(t) {
			break
		}
		sub.Lines, sub.At = append(sub.Lines, t), append(sub.At, k+1)
	}
	read := pages.ReadLocated(sub, src.OneCellPerLine)
	if len(read) == 0 || read[0].Table == nil {
		return nil, i + 1
	}
	if n := titleAfter(read[0].Table, sub, ends); n > 0 {
		sub.Lines, sub.At, sub.Report = sub.Lines[:n], sub.At[:n], &pages.Reporter{}
		read = pages.ReadLocated(sub, src.OneCellPerLine)
		if len(read) == 0 || read[0].Table == nil {
			return nil, i + 1
		}
	}
	tb := read[0].Table
	if tb.Line != i+1 || len(tb.Header) != len(head) || len(tb.Rows) == 0 || tb.Rows[0].Line != i+2 || len(tb.Wrapped) > 0 {
		return nil, i + 1
	}
	end := sub.At[len(sub.At)-1]
	if len(read) > 1 {
		end = read[1].Line - 1
	}
	last := tb.Rows[len(tb.Rows)-1]
	src.Report.Warn(pages.At(src.Name, i+1), "the table at line %d has its header's cells run together over rows written one cell a line, as node-html-parser's structuredText writes a table: read lines %d to %d as its %d rows of the columns %s", i+1, i+2, max(last.Line, end), len(tb.Rows), strings.Join(head, " | "))
	src.Report.Merge(sub.Report)
	return tb, end
}

// loneCode reports whether a line is a status code alone (runCodesRe),
// the first cell of a row of a table of codes written one cell a line.
func loneCode(r string) bool {
	m := runCodesRe.FindStringSubmatch(r)
	return m != nil && m[2] == "" && m[3] == ""
}

// codeCellLines reads, as cellLinesTable does, the rows under the header
// of a table of codes run together at line i, labels its columns, codes
// of them code columns: each row's first cell a status code alone, and
// no cell after its codes one, as a table of codes alone, one a row,
// would read if taken a cell a line.
func codeCellLines(src pages.Source, labels []string, codes, i int) (*pages.Table, int) {
	rep := &pages.Reporter{}
	try := src
	try.Report = rep
	tb, j := cellLinesTable(try, labels, i, loneCode, func(t string) bool { return isRunHeader(t, src.Words) }, func(t string) bool { return src.Words.EndsTable(pages.StripHeading(t)) })
	if tb == nil || slices.ContainsFunc(tb.Rows, func(r *pages.Row) bool {
		return !loneCode(r.Cells[0]) || slices.ContainsFunc(r.Cells[codes:], loneCode)
	}) {
		return nil, i + 1
	}
	src.Report.Merge(rep)
	return tb, j
}

// fieldCellLines reads, as cellLinesTable does, the rows under the
// header run together at line i, head its column words, of a table of
// fields or an enum's: the line under it splits as no row (splitFlat)
// or as one with an empty description, a name alone; and each cell of
// a Code column is a number, as an enum's rows of a name run into its
// code, one a line ("Common1", "Uncommon2"), would not read if taken a
// cell a line.
func fieldCellLines(src pages.Source, names *vocabulary, head []string, i int) (*pages.Table, int) {
	cols, _ := pages.ColumnsOf(head)
	kind := pages.RunKind(cols)
	lone := func(r string) bool {
		cells := splitFlat(r, kind, cols, names)
		return r != "" && !strings.Contains(r, "  ") && (cells == nil || strings.TrimSpace(cells[len(cells)-1]) == "")
	}
	rep := &pages.Reporter{}
	try := src
	try.Report = rep
	tb, j := cellLinesTable(try, head, i, lone, func(t string) bool { return isRunHeader(t, src.Words) }, func(t string) bool { return names.EndsTable(pages.StripHeading(t)) })
	if tb == nil || slices.ContainsFunc(tb.Rows, func(r *pages.Row) bool {
		return slices.ContainsFunc(cols, func(c pages.Column) bool {
			k := slices.Index(cols, c)
			return c == pages.ColCode && !numberCellRe.MatchString(r.Cells[k])
		})
	}) {
		return nil, i + 1
	}
	src.Report.Merge(rep)
	return tb, j
}

// numberCellRe matches a cell that is a number, signed or not.
var numberCellRe = regexp.MustCompile(`^[-+]?[0-9]+$`)

// isRunHeader reports whether a line is a header whose cells run
// together, of fields (isHeader) or of codes (codeHeaderOf).
func isRunHeader(t string, lex pages.Lexicon) bool {
	l, _, _ := codeHeaderOf(t, lex)
	return l != nil || isHeader(t)
}

// titleAfter returns the index in sub's lines of the first title that
// ends a table (ends) which the reading one cell a line took into the
// table tb, or 0 where there is none: a line the reading joined to the
// cell before it, as the text of a cell that wraps ("Example Request"
// after a row's description), or the first cell of a row, a title of
// words (a name or a code is one word; a word the lexicon takes for a
// type's heading, "Authorization", may be a row's name).
func titleAfter(tb *pages.Table, sub pages.Source, ends func(string) bool) int {
	whole := map[string]bool{}
	first := map[int]bool{}
	for _, r := range tb.Rows {
		for _, c := range r.Cells {
			whole[c] = true
		}
		if strings.Contains(r.Cells[0], " ") {
			first[r.Line] = true
		}
	}
	for n := len(tb.Header); n < len(sub.Lines); n++ {
		if t := sub.Lines[n]; ends(t) && (!whole[t] || first[sub.At[n]]) {
			return n
		}
	}
	return 0
}
