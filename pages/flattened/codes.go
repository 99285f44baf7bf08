package flattened

import (
	"strings"

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
// digits); its text after them is cut as pages.RunCodeCells tells: a
// row that cuts into its columns is read so, with a warning; one that
// does not is refused at its line. A
// row that begins with its detail code lost its status cell to a
// rowspan over the rows above it: it is read with the status of the row
// above, with a warning.

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
	return text > 0 && text <= pages.MaxBreakLines && pages.RunsTogether(strings.TrimSpace(lines[i]), ct.codes, len(ct.labels), lines)
}

// readCodeTable reads the table of codes whose header, labels, is line
// i, codes of its labels naming code columns, read at its seams or by
// the labels its protocol writes (pages.CodeRunHeader), its rows the
// lines from line from on (the line under the header, or the first row
// of its rest) that begin with a code, up to the first that does not
// (pages.ReadRunCodeRows); it returns the table with the index of the
// line after it.
func readCodeTable(src pages.Source, labels []string, codes, i, from int, seams bool) (*pages.Table, int) {
	cols, _ := pages.ColumnsOf(labels)
	tb := &pages.Table{Line: i + 1, Header: labels, Cols: cols}
	j := pages.ReadRunCodeRows(src, tb, codes, from)
	if len(tb.Rows) > 0 && from == i+1 {
		head := "by the labels its protocol writes"
		if seams {
			head = "where a capital follows a letter with no space between, each piece a label that names a column"
		}
		how := ""
		if codes == 2 {
			how = " (a status code, then its signed detail code run into it: cut before the sign)"
		}
		if len(labels)-codes > 1 {
			how += ", and the text after them cut where a capital follows a letter with no space between, as many places as its columns need"
		}
		src.Report.Warn(pages.At(src.Name, i+1), "the table at line %d has its cells run together, as a page's text (a DOM's textContent) writes a table: read its header %s (%s), each row's codes at its start%s", i+1, head, strings.Join(labels, " | "), how)
	}
	return tb, j
}
