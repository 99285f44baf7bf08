package cellperline_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/cellperline"
)

// blankApart sets the lines apart by a blank line each, as a copy one
// cell a line writes them.
func blankApart(lines ...string) []string {
	var out []string
	for i, l := range lines {
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, l)
	}
	return out
}

// TestColumnWise checks that a table written column by column, each
// header cell over its own column's cells (pdfminer's pdf2txt, a PDF
// viewer's copy, an OCR tool), is refused once at its first line, naming
// where its columns stand and what to convert instead, its lines read as
// no table, and that the text and tables around it are read as before; a
// table written row by row, printed once or twice, and one followed by
// the next table's header are no such table.
func TestColumnWise(t *testing.T) {
	for _, c := range []struct {
		name string
		page []string
		want []string
		errs []string
	}{
		{"a field table written column by column",
			append(blankApart("Request Body", "Name", "manuscriptId", "folioNumber", "Type", "string", "number", "Required", "true", "true", "Description", "The manuscript.", "The folio."), "", "POST /api/scriptorium/illuminateFolio"),
			[]string{"1: Request Body", "27: POST /api/scriptorium/illuminateFolio"},
			[]string{"p.txt:3: the table at line 3 is written column by column (Name at lines 3 to 7, Type at lines 9 to 13, Required at lines 15 to 19, Description at lines 21 to 25), each column's header cell over its own cells, as pdfminer's pdf2txt lays out a PDF's table (and some PDF viewers copy one, some OCR tools read one): which cells make a row cannot be told, so lines 3 to 25 are read as no table; convert the PDF with pdftotext -layout, or read the page's HTML, instead"}},
		{"an enum written column by column, its names and codes apart, before a table written row by row",
			blankApart("ScriptHand", "Name", "Uncial", "Rotunda", "Carolingian", "Code", "0", "3", "1", "Name", "Code", "Ok", "1"),
			[]string{"1: ScriptHand", "19: | Name | Code |", "23: | Ok | 1 |"},
			[]string{"p.txt:3: the table at line 3 is written column by column (Name at lines 3 to 9, Code at lines 11 to 17), each column's header cell over its own cells, as pdfminer's pdf2txt lays out a PDF's table (and some PDF viewers copy one, some OCR tools read one): which cells make a row cannot be told, so lines 3 to 17 are read as no table; convert the PDF with pdftotext -layout, or read the page's HTML, instead"}},
		{"a table written column by column without blank lines, under a title",
			[]string{"Request Body", "Name", "manuscriptId", "folioNumber", "Type", "string", "number", "Description", "The manuscript.", "The folio.", "", "POST /api/scriptorium/illuminateFolio"},
			[]string{"1: Request Body", "12: POST /api/scriptorium/illuminateFolio"},
			[]string{"p.txt:2: the table at line 2 is written column by column (Name at lines 2 to 4, Type at lines 5 to 7, Description at lines 8 to 10), each column's header cell over its own cells, as pdfminer's pdf2txt lays out a PDF's table (and some PDF viewers copy one, some OCR tools read one): which cells make a row cannot be told, so lines 2 to 10 are read as no table; convert the PDF with pdftotext -layout, or read the page's HTML, instead"}},
		{"a table written row by row, its header printed twice",
			blankApart("Name", "Type", "Description", "Name", "Type", "Description", "count", "number", "How many."),
			[]string{"1: | Name | Type | Description |", "13: | count | number | How many. |"}, nil},
		{"a table without a Description column, then the next table's header whose first cell names a column it lacks",
			blankApart("Name", "Code", "Ok", "1", "Code", "Type", "Description", "Auth-Token", "string", "The token."),
			[]string{"1: | Name | Code |", "5: | Ok | 1 |", "9: | Code | Type | Description |", "15: | Auth-Token | string | The token. |"}, nil},
	} {
		rep := &pages.Reporter{}
		blocks := read("p.txt", c.page, rep)
		got := cellperline.Render(blocks)
		_, errs := rep.Sorted([]string{"p.txt"}, false)
		var gotErrs []string
		for _, e := range errs {
			gotErrs = append(gotErrs, e.Error())
		}
		if !reflect.DeepEqual(got, c.want) || !reflect.DeepEqual(gotErrs, c.errs) {
			t.Errorf("%s:\ngot  %s\nwant %s\nerrors %q\nwant   %q", c.name, strings.Join(got, "\n     "), strings.Join(c.want, "\n     "), gotErrs, c.errs)
		}
	}
}
