package xmldoc

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/source"
)

// TestColumnSpans reads a cell that spans a table's columns in each
// vocabulary as HTML's reading reads a colspan: a row of one such cell
// above the header is a title over the table, amid the rows a note after
// it, each with a warning at its line; a row of several cells one of
// which spans columns, or a span whose columns cannot be told, is
// refused with an error at its line, never read as shifted cells.
func TestColumnSpans(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
		errs        []string
	}{
		{
			name: "DocBook: a title row by namest/nameend, a note row by spanname",
			page: "<informaltable><tgroup cols=\"3\">\n<colspec colname=\"c1\"/><colspec colname=\"c2\"/><colspec colname=\"c3\"/>\n<spanspec spanname=\"all\" namest=\"c1\" nameend=\"c3\"/>\n<thead>\n<row><entry namest=\"c1\" nameend=\"c3\">Request Body</entry></row>\n<row><entry>Name</entry><entry>Type</entry><entry>Description</entry></row>\n</thead>\n<tbody>\n<row><entry>a</entry><entry>int</entry><entry>A.</entry></row>\n<row><entry spanname=\"all\">Advanced</entry></row>\n<row><entry>b</entry><entry>string</entry><entry>B.</entry></row>\n</tbody></tgroup></informaltable>",
			want: []string{"05 Request Body", "06 [Name|Type|Description]", "09 |a|int|A.|", "11 |b|string|B.|", "10 Advanced"},
			warns: []string{
				"p.txt:5: line 5 holds one cell that spans the columns of the table under it (namest/nameend), above its header: a title over the table, no row; read as text before it (\"Request Body\")",
				"p.txt:10: line 10 of the table at line 6 holds one cell that spans its columns (namest/nameend), a label or a note over the rows below it (\"Advanced\"): a note over its rows, no field; read as text after the table",
			},
		},
		{
			name: "DocBook: a cell over two of three columns beside another is refused",
			page: "<informaltable><tgroup cols=\"3\">\n<colspec colname=\"c1\"/><colspec colname=\"c2\"/><colspec colname=\"c3\"/>\n<thead><row><entry>Name</entry><entry>Type</entry><entry>Required</entry></row></thead>\n<tbody>\n<row><entry>a</entry><entry namest=\"c2\" nameend=\"c3\">int, required</entry></row>\n<row><entry>b</entry><entry>string</entry><entry>no</entry></row>\n</tbody></tgroup></informaltable>",
			want: []string{"03 [Name|Type|Required]", "06 |b|string|no|"},
			errs: []string{"p.txt:5: line 5 of the table at line 1 holds a cell that spans 2 columns (namest/nameend, \"int, required\") beside 1 other cells: which of the columns it covers holds which value cannot be told; write the row with one cell a column, or set the fields of the row with fixes {object: TYPE or operation: OPERATION, field: NAME, type: TYPE} in the overrides"},
		},
		{
			name: "DocBook: a span of a column no colspec names is refused",
			page: "<informaltable><tgroup cols=\"2\">\n<thead><row><entry>Name</entry><entry>Type</entry></row></thead>\n<tbody>\n<row><entry namest=\"c1\" nameend=\"c2\">Advanced</entry></row>\n<row><entry>b</entry><entry>string</entry></row>\n</tbody></tgroup></informaltable>",
			want: []string{"02 [Name|Type]", "05 |b|string|"},
			errs: []string{"p.txt:4: line 4 of the table at line 1 holds a cell (\"Advanced\") whose span of columns cannot be told (its namest/nameend names no column of the table's <colspec>s or <spanspec>s, or no number): write the columns it spans, or the row with one cell a column"},
		},
		{
			name:  "JATS: a note row by colspan",
			page:  "<table-wrap><table>\n<thead><tr><th>Name</th><th>Type</th></tr></thead>\n<tbody>\n<tr><td>a</td><td>int</td></tr>\n<tr><td colspan=\"2\">Errors</td></tr>\n<tr><td>b</td><td>string</td></tr>\n</tbody></table></table-wrap>",
			want:  []string{"02 [Name|Type]", "04 |a|int|", "06 |b|string|", "05 Errors"},
			warns: []string{"p.txt:5: line 5 of the table at line 2 holds one cell that spans its columns (colspan), a label or a note over the rows below it (\"Errors\"): a note over its rows, no field; read as text after the table"},
		},
		{
			name: "TEI: a cell over two columns beside another by cols is refused",
			page: "<TEI><text><body><table>\n<row role=\"label\"><cell>Name</cell><cell>Type</cell><cell>Required</cell></row>\n<row><cell cols=\"2\">a int</cell><cell>yes</cell></row>\n</table></body></text></TEI>",
			want: []string{"02 [Name|Type|Required]"},
			errs: []string{"p.txt:3: line 3 of the table at line 1 holds a cell that spans 2 columns (cols, \"a int\") beside 1 other cells: which of the columns it covers holds which value cannot be told; write the row with one cell a column, or set the fields of the row with fixes {object: TYPE or operation: OPERATION, field: NAME, type: TYPE} in the overrides"},
		},
		{
			name:  "TEI: a table of one spanning cell alone is a box around text",
			page:  "<TEI><text><body><table>\n<row><cell cols=\"3\">Deprecated: use v2.</cell></row>\n</table></body></text></TEI>",
			want:  []string{"02 Deprecated: use v2."},
			warns: []string{"p.txt:2: line 2 holds one cell that spans the columns of a table of no other row (cols): a box around text, no table; read as text (\"Deprecated: use v2.\")"},
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

// TestICMLColumnSpan reads an ICML cell that spans columns (ColumnSpan)
// as one cell of its row: a row of it alone a note, a nameless cell
// after it in the column after its span.
func TestICMLColumnSpan(t *testing.T) {
	cell := func(name, span, text string) string {
		return "<Cell Name=\"" + name + "\"" + span + "><ParagraphStyleRange><CharacterStyleRange><Content>" + text + "</Content></CharacterStyleRange></ParagraphStyleRange></Cell>\n"
	}
	page := "<?aid style=\"50\" type=\"snippet\" ?>\n<Document><Story>\n<Table HeaderRowCount=\"1\" ColumnCount=\"3\">\n" +
		cell("0:0", "", "Name") + cell("1:0", "", "Type") + cell("2:0", "", "Description") +
		cell("0:1", "", "a") + cell("1:1", "", "int") + cell("2:1", "", "A.") +
		cell("0:2", ` ColumnSpan="3"`, "Advanced") +
		cell("0:3", "", "b") + cell("1:3", "", "string") + cell("2:3", "", "B.") +
		cell("0:4", ` ColumnSpan="2"`, "c string") + strings.Replace(cell("", "", "C."), ` Name=""`, "", 1) +
		"</Table>\n</Story></Document>"
	rep := &pages.Reporter{}
	blocks := read(source.Of("p.txt", pages.Text{Lines: pages.Lines([]byte(page))}, rep))
	want := []string{"04 [Name|Type|Description]", "07 |a|int|A.|", "11 |b|string|B.|", "10 Advanced"}
	if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	wantWarns := []string{"p.txt:10: line 10 of the table at line 4 holds one cell that spans its columns (ColumnSpan), a label or a note over the rows below it (\"Advanced\"): a note over its rows, no field; read as text after the table"}
	warns, errs := diagnostics(rep)
	if !reflect.DeepEqual(warns, wantWarns) {
		t.Errorf("warnings\n got %q\nwant %q", warns, wantWarns)
	}
	if got := errs; len(got) != 1 || !strings.HasPrefix(got[0], "p.txt:14: line 14 of the table at line 3 holds a cell that spans 2 columns (ColumnSpan, \"c string\") beside 1 other cells") {
		t.Errorf("errors: got %q, want the row of line 14 refused", got)
	}
}

// diagnostics are a reading's warnings and errors, each as it prints.
func diagnostics(rep *pages.Reporter) (warns, errs []string) {
	ws, es := rep.Sorted([]string{"p.txt"}, false)
	for _, w := range ws {
		warns = append(warns, w.Error())
	}
	for _, e := range es {
		errs = append(errs, e.Error())
	}
	return warns, errs
}
