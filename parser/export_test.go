package parser

import (
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/source"
	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

// ParseChecking is Parse, checking the schema the pages' protocol read
// with valid in place of schema.Validate: a test sees every such schema.
func ParseChecking(scraped []Page, opts Options, valid func(api *schema.API, file string) schema.Diagnostics) (*Result, error) {
	return parse(scraped, opts, valid)
}

// StyleOf is the name of the style a page's bytes are read in, once
// read into its lines as a parse reads them (pages.ReadTitledText with
// the protocols' section titles: a page a mail quotes is of the style of
// its unquoted lines, a page whose line breaks were lost of the style of
// the lines recovered); "" for a page of no style.
func StyleOf(data []byte) string {
	if s := pages.Detect(styles, pages.ReadTitledText("", data, read.IsTitle, &pages.Reporter{}).Lines); s != nil {
		return s.String()
	}
	return ""
}

// CasePages is casePages, for the tests outside the package.
func CasePages(t *testing.T, dir string) []Page { return casePages(t, dir) }

// CodeTable is codeTable, for the tests outside the package.
func CodeTable(lines []string, rows bool) []string { return codeTable(lines, rows) }

// TableRows are the lines of the rows of each table of a page, read in
// its style as a parse of that page alone reads it: nil for a page of no
// style.
func TableRows(name string, data []byte) [][]int {
	blocks, _, ok := readAlone(name, data, &pages.Reporter{})
	if !ok {
		return nil
	}
	var out [][]int
	for _, b := range blocks {
		if b.Table == nil {
			continue
		}
		var rows []int
		for _, r := range b.Table.Rows {
			rows = append(rows, r.Line)
		}
		out = append(out, rows)
	}
	return out
}

// TableHeaders are the lines of the header rows of the tables of a page,
// read in its style, in the order TableRows lists their rows: 0 for a
// table without a header row of its own.
func TableHeaders(name string, data []byte) []int {
	blocks, _, ok := readAlone(name, data, &pages.Reporter{})
	if !ok {
		return nil
	}
	var out []int
	for _, b := range blocks {
		switch {
		case b.Table == nil:
		case b.Table.NoHeader:
			out = append(out, 0)
		default:
			out = append(out, b.Table.Line)
		}
	}
	return out
}

// TitledTables are the lines of the header rows of the tables of a page,
// read in its style as TableRows reads them, whose line before (blank
// lines aside) is a line of text: their title, or the text above them.
func TitledTables(name string, data []byte) []int {
	blocks, src, ok := readAlone(name, data, &pages.Reporter{})
	if !ok {
		return nil
	}
	var out []int
	last := 0 // the line of the last text block
	for _, b := range blocks {
		if b.Table == nil {
			last = b.Line
			continue
		}
		t := b.Table
		if t.NoHeader || t.Line < 2 || t.Line > len(src.Lines) {
			continue
		}
		above := t.Line - 1
		for above > 0 && strings.TrimSpace(src.Lines[above-1]) == "" {
			above--
		}
		if above > 0 && above == last {
			out = append(out, t.Line)
		}
	}
	return out
}

// readAlone reads the page name into blocks as a parse of that page
// alone reads it: from the Source a parse takes (source.Read, with the
// protocols' section titles), unescaped, relinked and with its lexicon as its
// style needs, reporting on rep; ok is false for a page of no style.
func readAlone(name string, data []byte, rep *pages.Reporter) (blocks []pages.Block, src pages.Source, ok bool) {
	src = source.Read(name, data, read.IsTitle, rep)
	st := pages.Detect(styles, src.Lines)
	if st == nil {
		return nil, src, false
	}
	src.Lines = pages.Relink(st, pages.Unescape(st, src.Lines, name, src.At, rep), name, src.At, rep)
	src.Words = pageLexicon(src, st)
	return pages.Read(st, src), src, true
}

// pageLexicon is the lexicon a page read alone is read with, or nil when
// its style needs none.
func pageLexicon(src pages.Source, st pages.Style) pages.Lexicon {
	words := lexiconsOf([]pages.Source{src}, []pages.Style{st}, []bool{pages.NeedsLexicon(st, src.Lines)}, [][]pages.Block{nil}, nil)
	if words == nil {
		return nil
	}
	return words[0]
}

// PageBlock is a block of a page as a parse of that page alone reads
// it: its first line (from 1), its text, and whether it is a table.
type PageBlock struct {
	Line  int
	Text  string
	Table bool
}

// PageBlocks are the blocks of a page, read in its style as a parse of
// that page alone reads it: nil for a page of no style.
func PageBlocks(name string, data []byte) []PageBlock {
	blocks, _, ok := readAlone(name, data, &pages.Reporter{})
	if !ok {
		return nil
	}
	out := make([]PageBlock, len(blocks))
	for i, b := range blocks {
		out[i] = PageBlock{b.Line, b.Text, b.Table != nil}
	}
	return out
}

// FieldTables are the tables of fields and of headers of a page, read in
// its style as TableRows reads them, that have a header row of their own
// and rows: for each, the line of its header row and those of its first
// and its last row.
func FieldTables(name string, data []byte) [][3]int {
	return tablesOf(name, data, pages.KindFields, pages.KindHeaders)
}

// ListTables are the tables of a page FieldTables gives, and its tables
// of an enum's codes (Name | Code | Description).
func ListTables(name string, data []byte) [][3]int {
	return tablesOf(name, data, pages.KindFields, pages.KindHeaders, pages.KindEnum)
}

// tablesOf are the tables of a page of the kinds given, as FieldTables
// reads them.
func tablesOf(name string, data []byte, kinds ...pages.Kind) [][3]int {
	blocks, _, ok := readAlone(name, data, &pages.Reporter{})
	if !ok {
		return nil
	}
	var out [][3]int
	for _, b := range blocks {
		tb := b.Table
		if tb == nil || tb.NoHeader || tb.Terms || len(tb.Rows) == 0 || !slices.Contains(kinds, tb.Kind()) {
			continue
		}
		out = append(out, [3]int{tb.Line, tb.Rows[0].Line, tb.Rows[len(tb.Rows)-1].Line})
	}
	return out
}

// RowsOf are the rows of the table of a page whose header row is at
// line, read as FieldTables reads the page, and whether it has one.
func RowsOf(name string, data []byte, line int) (rows int, ok bool) {
	blocks, _, read := readAlone(name, data, &pages.Reporter{})
	if !read {
		return 0, false
	}
	for _, b := range blocks {
		if b.Table != nil && !b.Table.NoHeader && b.Table.Line == line {
			return len(b.Table.Rows), true
		}
	}
	return 0, false
}
