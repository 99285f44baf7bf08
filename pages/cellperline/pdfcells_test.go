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
