package cellperline_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/cellperline"
)

// TestPrintedDenseCells reads tables one cell a line with no blank line,
// as a PDF's text one run a line writes a browser's print (Go's
// ledongthuc/pdf GetPlainText): a header cell its narrow column wrapped
// onto the next line, which the line that says again a cell before it
// tells; a cell whose note in parentheses its column wrapped ("String" over
// "(Enum)", "467 (custom" over "status)"); a page's mark among the rows;
// "Status" over "Code | Message | Description", the rows a status code
// and a detail code, the status cell spanning rows.
func TestPrintedDenseCells(t *testing.T) {
	for _, c := range []struct {
		name  string
		page  []string
		want  []string
		warns int
	}{
		{"a header cell wrapped, a status code's note wrapped, a page's mark between rows",
			[]string{"Status Codes", "Status Code", "Status Code", "Description", "Detailed Description", "200", "Normal Response", "Normal", "Page 1 of 2", "467 (custom", "status)", "Hive Closed", "The hive cannot be opened now", "Example"},
			[]string{"1: Status Codes", "2: | Status Code | Status Code Description | Detailed Description |", "6: | 200 | Normal Response | Normal |", "10: | 467 (custom status) | Hive Closed | The hive cannot be opened now |", "14: Example"}, 2},
		{"a type's note wrapped onto the line under it",
			[]string{"Query", "Name", "Type", "Mandatory", "Description", "mode", "String", "(Enum)", "N", "The mode (fast, slow).", "size", "Integer", "N", "Page size."},
			[]string{"1: Query", "2: | Name | Type | Mandatory | Description |", "6: | mode | String (Enum) | N | The mode (fast, slow). |", "11: | size | Integer | N | Page size. |"}, 1},
		{"a type's note wrapped in a table of three columns",
			[]string{"Reply", "Name", "Type", "Description", "mode", "String", "(Enum)", "The mode (fast, slow).", "size", "Integer", "Page size."},
			[]string{"1: Reply", "2: | Name | Type | Description |", "5: | mode | String (Enum) | The mode (fast, slow). |", "9: | size | Integer | Page size. |"}, 1},
		{"Status over Code, the status cell spanning rows",
			[]string{"Response Codes", "Status", "Code", "Message", "Description", "467", "-85001", "Hive robbed", "Robbers at the hive", "-85002", "Colony smoked", "Smoked an hour ago"},
			[]string{"1: Response Codes", "2: | Status | Code | Message | Description |", "6: | 467 | -85001 | Hive robbed | Robbers at the hive |", "10: | 467 | -85002 | Colony smoked | Smoked an hour ago |"}, 1},
	} {
		rep := &pages.Reporter{}
		blocks := read("p.txt", c.page, rep)
		got := cellperline.Render(blocks)
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		if !reflect.DeepEqual(got, c.want) || len(warns) != c.warns || len(errs) > 0 {
			t.Errorf("%s:\ngot  %s\nwant %s\nwarnings %v, want %d\nerrors %v", c.name, strings.Join(got, "\n     "), strings.Join(c.want, "\n     "), warns, c.warns, errs)
		}
	}
}

// TestPrintedCutNames reads a name a print's narrow column cut at its
// hyphen over two lines (PyMuPDF's get_text of a Chromium print): one
// name where the page writes it joined elsewhere ("Auth-Token:" in an
// example) or the second line is the name's rest alone and its parts
// capitalised words ("Content-" over "Type", which alone would read as
// a header cell); without the hyphen where the page writes it so; a
// name the page writes neither way, not of capitalised words, is
// refused at its line. So in the form with a blank line between cells,
// where the two lines would be one cell "Auth- Token".
func TestPrintedCutNames(t *testing.T) {
	for _, c := range []struct {
		name   string
		page   []string
		want   []string
		warns  int
		errors []string
	}{
		{"header names cut at their hyphens",
			[]string{"Request Headers", "Name", "Required", "Description", "Auth-", "Token", "true", "The player's token.", "Content-", "Type", "true", "application/json", "Example", "Auth-Token: abc"},
			[]string{"1: Request Headers", "2: | Name | Required | Description |", "5: | Auth-Token | true | The player's token. |", "9: | Content-Type | true | application/json |", "13: Example", "14: Auth-Token: abc"}, 2, nil},
		{"a header's name cut at its hyphen, a blank line between cells",
			[]string{"Request Headers", "Name", "", "Required", "", "Description", "", "Auth-", "Token", "", "true", "", "The player's token."},
			[]string{"1: Request Headers", "2: | Name | Required | Description |", "8: | Auth-Token | true | The player's token. |"}, 1, nil},
		{"a field's name, the page writes it without the hyphen",
			[]string{"Reply", "Code", "Type", "Description", "hawser-", "Tag", "string", "The tag.", "Example", "hawserTag: x"},
			[]string{"1: Reply", "2: | Code | Type | Description |", "5: | hawserTag | string | The tag. |", "9: Example", "10: hawserTag: x"}, 1, nil},
		{"a field's name the page writes neither way",
			[]string{"Reply", "Code", "Type", "Description", "hawser-", "Tag", "string", "The tag."},
			nil, 0, []string{`p.txt:5: lines 5, 6 ("hawser-", "Tag") are one name its column cut at its hyphen, and the page writes it neither as "hawser-Tag" nor as "hawserTag": which it is is not told; write the name on one line`}},
	} {
		rep := &pages.Reporter{}
		blocks := read("p.txt", c.page, rep)
		got := cellperline.Render(blocks)
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		var gotErrs []string
		for _, e := range errs {
			gotErrs = append(gotErrs, e.Error())
		}
		if c.want != nil && (!reflect.DeepEqual(got, c.want) || len(warns) != c.warns) || !reflect.DeepEqual(gotErrs, c.errors) {
			t.Errorf("%s:\ngot  %s\nwant %s\nwarnings %v, want %d\nerrors %q, want %q", c.name, strings.Join(got, "\n     "), strings.Join(c.want, "\n     "), warns, c.warns, gotErrs, c.errors)
		}
	}
}

// TestPrintedSharedLines reads the cells a PDF's text writes on one line
// where they share a baseline in a print (PyMuPDF's get_text): header
// cells ("Type Required", "Name Code"), a name and its type ("lengthFathoms
// number int"), a type and its requiredness, a name and a code, three
// cells, the last a description's first line; a heading after a table
// ("Response Body"), whose second word no type the page titles, and a
// sentence's line ("See LayStyle", "The mode.") are no row.
func TestPrintedSharedLines(t *testing.T) {
	for _, c := range []struct {
		name  string
		page  []string
		want  []string
		warns int
	}{
		{"a field table",
			[]string{"Request Body", "Code", "Type Required", "Description", "layStyle", "LayStyle", "true", "How the strands are laid.", "See LayStyle", "strands", "GenericModels.StrandBundle[] true", "The strands to lay up.", "lengthFathoms number int", "true", "Finished length.", "tarCoating", "number", "Share of tar.", "Response Body", "200 Ok", "GenericModels.StrandBundle", "Code", "Type", "Description", "invalidMemberType InvalidMemberType The invalid member", "type of this code.", "InvalidMemberType", "Name", "Code", "Description", "Unknown", "1", "Unknown."},
			[]string{"1: Request Body", "2: | Code | Type | Required | Description |", "5: | layStyle | LayStyle | true | How the strands are laid. See LayStyle |", "10: | strands | GenericModels.StrandBundle[] | true | The strands to lay up. |", "13: | lengthFathoms | number int | true | Finished length. |", "16: | tarCoating | number |  | Share of tar. |", "19: Response Body", "20: 200 Ok", "21: GenericModels.StrandBundle", "22: | Code | Type | Description |", "25: | invalidMemberType | InvalidMemberType | The invalid member type of this code. |", "27: InvalidMemberType", "28: | Name | Code | Description |", "31: | Unknown | 1 | Unknown. |"}, 7},
		{"an enum table",
			[]string{"LayStyle", "Name Code", "Description", "Plain", "1", "Three strands.", "Shroud 2", "Four strands.", "Cable", "3", "The mode."},
			[]string{"1: LayStyle", "2: | Name | Code | Description |", "4: | Plain | 1 | Three strands. |", "7: | Shroud | 2 | Four strands. |", "9: | Cable | 3 | The mode. |"}, 2},
	} {
		rep := &pages.Reporter{}
		blocks := read("p.txt", c.page, rep)
		got := cellperline.Render(blocks)
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		if !reflect.DeepEqual(got, c.want) || len(warns) != c.warns || len(errs) > 0 {
			t.Errorf("%s:\ngot  %s\nwant %s\nwarnings %v, want %d\nerrors %v", c.name, strings.Join(got, "\n     "), strings.Join(c.want, "\n     "), warns, c.warns, errs)
		}
	}
}
