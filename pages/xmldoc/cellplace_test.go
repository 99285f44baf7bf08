package xmldoc

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/source"
)

// docbookTable is a DocBook table of three named columns, Name, Type and
// Required, its header at line 3 and rows, a line each, from line 5.
func docbookTable(rows ...string) string {
	return "<informaltable><tgroup cols=\"3\">\n<colspec colname=\"c1\"/><colspec colname=\"c2\"/><colspec colname=\"c3\"/>\n<thead><row><entry>Name</entry><entry>Type</entry><entry>Required</entry></row></thead>\n<tbody>\n" +
		strings.Join(rows, "\n") + "\n</tbody></tgroup></informaltable>"
}

// TestCellPlace reads a cell that names its own column at that column,
// the columns it skips empty cells, never at the next free column (a
// Required read as a Type); one that names a column the table does not
// define, or one left of a column its row has filled, refuses its row
// with an error at its line naming it. A cell spanning columns that
// holds no text is that many empty cells, with a warning.
func TestCellPlace(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
		errs        []string
	}{
		{
			name: "DocBook: colname skips a column",
			page: docbookTable(`<row><entry colname="c1">a</entry><entry colname="c3">yes</entry></row>`, `<row><entry>b</entry><entry>int</entry><entry>no</entry></row>`),
			want: []string{"03 [Name|Type|Required]", "05 |a||yes|", "06 |b|int|no|"},
		},
		{
			name: "DocBook: namest with no nameend skips a column, a cell after it at the next",
			page: docbookTable(`<row><entry>a</entry><entry namest="c3">yes</entry></row>`, `<row><entry namest="c2">int</entry><entry>no</entry></row>`),
			want: []string{"03 [Name|Type|Required]", "05 |a||yes|", "06 ||int|no|"},
		},
		{
			name: "DocBook: a spanname's first column",
			page: strings.Replace(docbookTable(`<row><entry>a</entry><entry spanname="last">yes</entry></row>`), "<thead>", "<spanspec spanname=\"last\" namest=\"c3\" nameend=\"c3\"/>\n<thead>", 1),
			want: []string{"04 [Name|Type|Required]", "06 |a||yes|"},
		},
		{
			name: "DocBook: a column a cell spanning rows from above holds is skipped",
			page: docbookTable(`<row><entry morerows="1">a</entry><entry>int</entry><entry>yes</entry></row>`, `<row><entry colname="c3">no</entry></row>`),
			want: []string{"03 [Name|Type|Required]", "05 |a|int|yes|", "06 |a||no|"},
		},
		{
			name: "DocBook: a column the table does not define",
			page: docbookTable(`<row><entry>a</entry><entry colname="c9">yes</entry></row>`, `<row><entry>b</entry><entry>int</entry><entry>no</entry></row>`),
			want: []string{"03 [Name|Type|Required]", "06 |b|int|no|"},
			errs: []string{`p.txt:5: line 5 of the table at line 1 holds a cell ("yes") whose colname="c9" names no column of the table's <colspec>s: at which column its text belongs cannot be told; name a column the table defines, or write the row with one cell a column; or set the fields of the row with fixes {object: TYPE or operation: OPERATION, field: NAME, type: TYPE} in the overrides`},
		},
		{
			name: "DocBook: a column left of one filled",
			page: docbookTable(`<row><entry>a</entry><entry colname="c3">yes</entry><entry colname="c2">int</entry></row>`, `<row><entry>b</entry><entry>int</entry><entry>no</entry></row>`),
			want: []string{"03 [Name|Type|Required]", "06 |b|int|no|"},
			errs: []string{`p.txt:5: line 5 of the table at line 1 holds a cell ("int") whose colname="c2" names column 2, which a cell before it in the row or one spanning rows from above already fills: at which column its text belongs cannot be told; name the column each cell of the row belongs to once, left to right; or set the fields of the row with fixes {object: TYPE or operation: OPERATION, field: NAME, type: TYPE} in the overrides`},
		},
		{
			name:  "DocBook: an empty cell over two columns beside another",
			page:  docbookTable(`<row><entry>a</entry><entry namest="c2" nameend="c3"/></row>`, `<row><entry>b</entry><entry>int</entry><entry>no</entry></row>`),
			want:  []string{"03 [Name|Type|Required]", "05 |a|||", "06 |b|int|no|"},
			warns: []string{"p.txt:5: line 5 of the table at line 1 holds an empty cell that spans 2 columns (namest/nameend) beside 1 other cells: read as 2 empty cells"},
		},
		{
			name:  "TEI: an empty cell over two columns beside another",
			page:  "<TEI><text><body><table>\n<row role=\"label\"><cell>Name</cell><cell>Type</cell><cell>Required</cell></row>\n<row><cell cols=\"2\"></cell><cell>yes</cell></row>\n</table></body></text></TEI>",
			want:  []string{"02 [Name|Type|Required]", "03 |||yes|"},
			warns: []string{"p.txt:3: line 3 of the table at line 1 holds an empty cell that spans 2 columns (cols) beside 1 other cells: read as 2 empty cells"},
		},
		{
			name:  "OpenDocument: an empty cell over two columns beside another, its covered place",
			page:  "<table:table table:name=\"T\">\n<table:table-header-rows><table:table-row><table:table-cell><text:p>Name</text:p></table:table-cell><table:table-cell><text:p>Type</text:p></table:table-cell><table:table-cell><text:p>Required</text:p></table:table-cell></table:table-row></table:table-header-rows>\n<table:table-row><table:table-cell><text:p>a</text:p></table:table-cell><table:table-cell table:number-columns-spanned=\"2\"/><table:covered-table-cell/></table:table-row>\n</table:table>",
			want:  []string{"02 [Name|Type|Required]", "03 |a|||"},
			warns: []string{"p.txt:3: line 3 of the table at line 1 holds an empty cell that spans 2 columns (table:number-columns-spanned) beside 1 other cells: read as 2 empty cells"},
		},
		{
			name: "OpenDocument: an empty cell repeated over the columns a row skips",
			page: "<table:table table:name=\"T\">\n<table:table-header-rows><table:table-row><table:table-cell><text:p>Name</text:p></table:table-cell><table:table-cell><text:p>Type</text:p></table:table-cell><table:table-cell><text:p>Required</text:p></table:table-cell></table:table-row></table:table-header-rows>\n<table:table-row><table:table-cell table:number-columns-repeated=\"2\"/><table:table-cell><text:p>yes</text:p></table:table-cell><table:table-cell table:number-columns-repeated=\"1021\"/></table:table-row>\n</table:table>",
			want: []string{"02 [Name|Type|Required]", "03 |||yes||"},
		},
		{
			name: "OpenDocument: text in a covered place",
			page: "<table:table table:name=\"T\">\n<table:table-header-rows><table:table-row><table:table-cell><text:p>Name</text:p></table:table-cell><table:table-cell><text:p>Type</text:p></table:table-cell><table:table-cell><text:p>Required</text:p></table:table-cell></table:table-row></table:table-header-rows>\n<table:table-row><table:table-cell><text:p>a</text:p></table:table-cell><table:table-cell table:number-columns-spanned=\"2\"><text:p>int</text:p></table:table-cell>\n<table:covered-table-cell><text:p>yes</text:p></table:covered-table-cell></table:table-row>\n<table:table-row><table:table-cell><text:p>b</text:p></table:table-cell><table:table-cell><text:p>int</text:p></table:table-cell><table:table-cell><text:p>no</text:p></table:table-cell></table:table-row>\n</table:table>",
			want: []string{"02 [Name|Type|Required]", "05 |b|int|no|"},
			errs: []string{`p.txt:4: line 4 of the table at line 1 holds text in a covered cell ("yes"), a place a cell before it spans (table:covered-table-cell): at which column it belongs cannot be told; move the text into a cell of its own, or the spanning cell; or set the fields of the row with fixes {object: TYPE or operation: OPERATION, field: NAME, type: TYPE} in the overrides`},
		},
	} {
		rep := &pages.Reporter{}
		blocks := read(source.Of("p.txt", pages.Text{Lines: pages.Lines([]byte(c.page))}, rep))
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
		warns, errs := diagnostics(rep)
		if !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: warnings\n got %q\nwant %q", c.name, warns, c.warns)
		}
		if !reflect.DeepEqual(errs, c.errs) {
			t.Errorf("%s: errors\n got %q\nwant %q", c.name, errs, c.errs)
		}
	}
}

// TestICMLCellPlace reads an ICML cell by its name: one named at a place
// a cell before it spans is that place, read as none when empty, and its
// row refused with an error at its line when it holds text; an empty cell
// spanning columns beside others is that many empty cells, with a
// warning.
func TestICMLCellPlace(t *testing.T) {
	cell := func(name, span, text string) string {
		return "<Cell Name=\"" + name + "\"" + span + "><ParagraphStyleRange><CharacterStyleRange><Content>" + text + "</Content></CharacterStyleRange></ParagraphStyleRange></Cell>\n"
	}
	page := "<?aid style=\"50\" type=\"snippet\" ?>\n<Document><Story>\n<Table HeaderRowCount=\"1\" ColumnCount=\"3\">\n" +
		cell("0:0", "", "Name") + cell("1:0", "", "Type") + cell("2:0", "", "Required") +
		cell("0:1", "", "a") + cell("1:1", ` ColumnSpan="2"`, "int") + cell("2:1", "", "yes") +
		cell("0:2", "", "b") + cell("1:2", ` ColumnSpan="2"`, "") + cell("2:2", "", "") +
		cell("0:3", "", "c") + cell("1:3", "", "int") + cell("2:3", "", "no") +
		"</Table>\n</Story></Document>"
	rep := &pages.Reporter{}
	blocks := read(source.Of("p.txt", pages.Text{Lines: pages.Lines([]byte(page))}, rep))
	want := []string{"04 [Name|Type|Required]", "10 |b|||", "13 |c|int|no|"}
	if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	wantWarns := []string{"p.txt:10: line 10 of the table at line 3 holds an empty cell that spans 2 columns (ColumnSpan) beside 1 other cells: read as 2 empty cells"}
	wantErrs := []string{`p.txt:9: line 9 of the table at line 3 holds a cell named "2:1" ("yes") at a place a cell before it spans (its RowSpan or ColumnSpan): at which column its text belongs cannot be told; write the spanning cell's span, or the cell at a place of its own; or set the fields of the row with fixes {object: TYPE or operation: OPERATION, field: NAME, type: TYPE} in the overrides`}
	warns, errs := diagnostics(rep)
	if !reflect.DeepEqual(warns, wantWarns) {
		t.Errorf("warnings\n got %q\nwant %q", warns, wantWarns)
	}
	if !reflect.DeepEqual(errs, wantErrs) {
		t.Errorf("errors\n got %q\nwant %q", errs, wantErrs)
	}
}
