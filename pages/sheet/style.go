package sheet

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Style reads pages a spreadsheet wrote as delimited text: CSV, or a
// sheet saved as tab-delimited text.
type Style struct{}

func (Style) String() string                      { return "a spreadsheet's rows as delimited text" }
func (Style) NeedsLexicon() bool                  { return false }
func (Style) Extensions() []string                { return []string{".csv", ".tsv", ".txt"} }
func (Style) Read(src pages.Source) []pages.Block { return read(src) }

// Detect is certain of a page of a spreadsheet's rows padded to its
// sheet's width (separatorOf), whatever its file's name: no other style's
// page has the shape of one. Of rows of commas or semicolons that a tool
// wrote without padding (unpaddedOf) it is certain where a cell is quoted
// as only a spreadsheet quotes it (a quote in it doubled, or the
// separator or a line break in it) and no line holds a pipe (a pipe
// table's page, whose cells a spreadsheet did not write); else it rates
// them least: the page is a sheet's only when no other style reads it.
// Tab-separated rows without padding are what a browser copies of a
// page's tables too, among the page's other lines, and its quotes of a
// cell that holds a line break: pipe- or tab-separated text reads them.
func (Style) Detect(lines []string) int {
	if _, w := separatorOf(lines); w > 0 {
		return pages.Certain
	}
	sep, quoted, ok := unpaddedOf(lines)
	switch {
	case !ok:
		return 0
	case quoted && sep != '\t' && !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, "|") }):
		return pages.Certain
	}
	return 1
}

// sheetSeparator returns the separator of a page of a spreadsheet's
// rows, padded or not, and whether the page is one, with the width of
// the sheet its rows are padded to, 0 for rows without padding.
func sheetSeparator(lines []string) (sep byte, width int, ok bool) {
	if sep, w := separatorOf(lines); w > 0 {
		return sep, w, true
	}
	sep, _, ok = unpaddedOf(lines)
	return sep, 0, ok
}

// unpaddedOf returns the separator of a page of a spreadsheet's rows
// without padding, and whether the page is one: every line that holds
// the separator or a quote, but for a member of an example's JSON that
// opens its line (isMember) and a table's mark (isTableMark), is a row
// as a spreadsheet writes it, with
// neither a quote never closed nor a stray one; a row whose cells name
// columns (a header) stands among them, and two rows hold two cells
// that are not empty. quoted tells whether a cell is quoted as only a
// spreadsheet quotes it: it holds a quote, the separator or a line break.
func unpaddedOf(lines []string) (sep byte, quoted, ok bool) {
	for _, sep := range separators {
		if !slices.ContainsFunc(lines, func(l string) bool { return namesColumns(l, sep) }) {
			continue // no header: no line need be read as a row
		}
		header, table := false, 0
		quoted, ok := false, true
		for i := 0; i < len(lines) && ok; i++ {
			if strings.IndexByte(lines[i], sep) < 0 && strings.IndexByte(lines[i], '"') < 0 || isMember(lines[i]) || isTableMark(lines[i]) {
				continue
			}
			r := pages.ReadRecord(lines, i, sep)
			i = r.End
			ok = !r.Unclosed && !r.Stray
			header = header || isHeader(r.Cells)
			for k, c := range r.Cells {
				quoted = quoted || r.Quoted[k] && strings.ContainsAny(c, "\"\n"+string(sep))
			}
			if filled(r.Cells) >= 2 {
				table++
			}
		}
		if ok && header && table >= 2 {
			return sep, quoted, true
		}
	}
	return 0, false, false
}

// separators are the separators a spreadsheet writes its rows with: a
// comma (CSV), a tab (text), a semicolon (CSV where a comma is the
// decimal mark).
var separators = []byte{',', '\t', ';'}

// separatorOf returns the separator of a page of a spreadsheet's rows
// and the width of its sheet, or 0 for a page that is none. It is one
// when its rows, read as a spreadsheet writes
// them (pages.ReadRecord), have the same number of cells, two at least,
// but for one and a tenth of them at the most, as a spreadsheet pads
// every row with empty cells to the width of its sheet, a line of text
// too; two rows at least hold two cells that are not empty (a table);
// and the rows bear a spreadsheet's marks: two of them end in an empty
// cell (padding) or hold a quoted cell, or one is a header whose cells
// name columns. Prose whose lines happen to hold as many commas bears
// none.
func separatorOf(lines []string) (byte, int) {
	nonblank := 0
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			nonblank++
		}
	}
	for _, sep := range separators {
		if w := widthOf(lines, sep, 1+nonblank/10); w > 0 {
			return sep, w
		}
	}
	return 0, 0
}

// widthOf returns the width the rows of the page, their cells separated
// by sep, have but for allowed of them at the most, when two of them
// hold two cells that are not empty and the rows bear a spreadsheet's
// marks; else 0.
func widthOf(lines []string, sep byte, allowed int) int {
	width, other, table, marks := 0, 0, 0, 0
	for i := 0; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		if strings.IndexByte(lines[i], sep) < 0 && strings.IndexByte(lines[i], '"') < 0 {
			if other++; other > allowed {
				return 0
			}
			continue
		}
		r := pages.ReadRecord(lines, i, sep)
		i = r.End
		if width == 0 && !r.Unclosed {
			width = len(r.Cells)
		}
		if r.Unclosed || len(r.Cells) != width {
			if other++; other > allowed {
				return 0
			}
			continue
		}
		if filled(r.Cells) >= 2 {
			table++
		}
		switch {
		case strings.TrimSpace(r.Cells[width-1]) == "" || slices.Contains(r.Quoted, true):
			marks++
		case isHeader(r.Cells):
			marks += 2
		}
	}
	if width < 2 || table < 2 || marks < 2 {
		return 0
	}
	return width
}

// namesColumns reports whether a line, split at sep as it is written and
// its cells' quotes dropped, is a header (isHeader), without a slice of
// its cells: it runs on every line of every page.
func namesColumns(l string, sep byte) bool {
	if strings.IndexByte(l, sep) < 0 {
		return false
	}
	known := 0
	for l != "" {
		c, rest, _ := strings.Cut(l, string(sep))
		c = strings.Trim(strings.TrimSpace(c), `"`)
		switch {
		case pages.ColumnOf(c) != pages.ColOther:
			known++
		case strings.TrimSpace(c) != "":
			return false
		}
		l = rest
	}
	return known >= 2
}

// filled counts the cells that are not empty.
func filled(cells []string) int {
	n := 0
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}

// isMember reports whether a line is a member of an example's JSON that
// opens its line with its quoted key ("spools": [): a quote a colon
// follows closes no cell a spreadsheet writes, whose closing quote ends
// its line or stands before the separator. A tool that writes a page's
// tables as rows and its other lines as they are, unindented, leaves it
// so.
func isMember(l string) bool {
	t := strings.TrimLeft(l, " \t")
	if !strings.HasPrefix(t, `"`) {
		return false
	}
	end := strings.IndexByte(t[1:], '"')
	return end >= 0 && strings.HasPrefix(strings.TrimLeft(t[end+2:], " \t"), ":")
}

// tableMark matches the line HTML::TableExtract's printout writes before
// each table it prints as rows, "Table (0,0):", its depth and count.
var tableMark = regexp.MustCompile(`^Table \(\d+,\d+\):$`)

// isTableMark reports whether a line is the mark a tool prints before a
// table it writes as rows (tableMark): the table's chrome, no heading.
// The pattern runs only on a line that opens with the mark's word: this
// runs on every line of a page the style rates.
func isTableMark(l string) bool {
	t := strings.TrimSpace(l)
	return strings.HasPrefix(t, "Table (") && tableMark.MatchString(t)
}
