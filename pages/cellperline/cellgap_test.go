package cellperline_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/cellperline"
)

// abiword writes rows as AbiWord's --to=txt writes a table: each cell a
// line and two blank lines after it, an empty cell a blank line of its
// own; a row of nil is the two blank lines more that end a table.
func abiword(rows ...[]string) []string {
	var out []string
	for _, r := range rows {
		if r == nil {
			out = append(out, "", "")
			continue
		}
		for _, c := range r {
			if c != "" {
				out = append(out, c)
			} else {
				out = append(out, "")
			}
			out = append(out, "", "")
		}
	}
	return out
}

// TestCellGap checks tables read by the gap between their header's
// cells: two blank lines, as AbiWord writes a table, where an empty cell
// is three more, two more end the table, and a table a page break cut
// goes on after those without a header. A gap that fits no count of
// empty cells is refused where it cuts a row that begins, or is narrower
// than the cell gap; where the cells it cuts from the rows begin none,
// they are text after the table, with a warning.
func TestCellGap(t *testing.T) {
	head := []string{"Code", "Type", "Required", "Description"}
	for _, c := range []struct {
		name  string
		page  []string
		want  []string
		warns int
		errs  []string
	}{
		{"empty cells", append(abiword(head, []string{"mountId", "string", "true", "The mount."}, []string{"tags", "string[]", "", "Tags."}, nil), "Example"),
			[]string{"1: | Code | Type | Required | Description |", "13: | mountId | string | true | The mount. |", "25: | tags | string[] |  | Tags. |", "39: Example"}, 0, nil},
		{"a table a page break cut, its rest without a header: the rest takes the header of the table it continues", append(abiword(head, []string{"mountId", "string", "true", "The mount."}, nil, []string{"nickname", "string", "", "Its name."}, nil), "Example"),
			[]string{"1: | Code | Type | Required | Description |", "13: | mountId | string | true | The mount. |", "27: | Code | Type | Required | Description |", "27: | nickname | string |  | Its name. |", "41: Example"}, 0, nil},
		{"a note that states a default glued over a row's first cell is the rest of the row above", append(append(append(abiword(head, []string{"mountId", "string", "true", "The mount."}), "Defaults to 5 when omitted."), abiword([]string{"nickname", "string", "", "Its name."}, nil)...), "Example"),
			[]string{"1: | Code | Type | Required | Description |", "13: | mountId | string | true | The mount. Defaults to 5 when omitted. |", "26: | nickname | string |  | Its name. |", "40: Example"}, 1, nil},
		{"a note that states a default glued over the first cell of a table's rest after a cut", append(append(append(abiword(head, []string{"mountId", "string", "true", "The mount."}, nil), "Defaults to 5 when omitted."), abiword([]string{"nickname", "string", "", "Its name."}, nil)...), "Example"),
			[]string{"1: | Code | Type | Required | Description |", "13: | mountId | string | true | The mount. Defaults to 5 when omitted. |", "28: | Code | Type | Required | Description |", "28: | nickname | string |  | Its name. |", "42: Example"}, 1, nil},
		{"a last row's empty cell before the table's end", append(abiword([]string{"Name", "Code", "Description"}, []string{"Ok", "1", ""}, []string{"Failed", "2", ""}, nil), "Example"),
			[]string{"1: | Name | Code | Description |", "10: | Ok | 1 |  |", "19: | Failed | 2 |  |", "30: Example"}, 0, nil},
		{"a gap that cuts a row that begins", append(abiword(head, []string{"mountId", "string"}, nil), "Example", "", "", "more"),
			[]string{"1: | Code | Type | Required | Description |", "13: mountId", "16: string", "21: Example", "24: more"}, 0,
			[]string{"p.txt:21: the 4 blank lines before line 21 cut the row at line 13 of the table at line 1 after 2 of its 4 cells (mountId | string), and fit no count of its empty cells: 2 blank lines set its cells apart and an empty cell leaves 3 more, so which of its columns the row's cells fall in cannot be told; write each of its empty cells as a blank line and 2 more"}},
		{"a gap that cuts a row that begins none, one blank line between cells", []string{"Http response code", "", "detail_code", "", "msg", "", "Description", "", "461", "", "-40101", "", "Mission expired", "", "The mission ended", "", "=-40101", "", "", "Page restrictions apply"},
			[]string{"1: | Http response code | detail_code | msg | Description |", "9: | 461 | -40101 | Mission expired | The mission ended |", "17: =-40101", "20: Page restrictions apply"}, 1, nil},
		{"a gap narrower than the cell gap", []string{"Code", "", "", "Type", "", "", "Description", "", "", "count", "", "", "integer", "", "How many.", "", "", "size", "", "", "integer", "", "", "Page size."},
			[]string{"1: | Code | Type | Description |", "10: | count | integer |  |", "15: How many.", "18: size", "21: integer", "24: Page size."}, 1,
			[]string{
				"p.txt:15: the 1 blank lines before line 15, fewer than the 2 that set apart the cells of the table at line 1, fit no count of its empty cells (each leaves 3 more), so which of its columns line 15 falls in cannot be told; set its cells apart by 2 blank lines each",
				"p.txt:18: lines 18-24 split one cell a line into 3 cells, as a row of the table at line 1 does, but no header row stands over them: they read as text, and what they document would be left out of the schema (size | integer | Page size.); if they are a row of that table, move them under the table's rows, or set the table's header row (Code | Type | Description) over them, or if they are text, write them as a sentence",
			}},
	} {
		rep := &pages.Reporter{}
		blocks := read("p.txt", c.page, rep)
		got := cellperline.Render(blocks)
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		var gotErrs []string
		for _, e := range errs {
			gotErrs = append(gotErrs, e.Error())
		}
		if !reflect.DeepEqual(got, c.want) || len(warns) != c.warns || !reflect.DeepEqual(gotErrs, c.errs) {
			t.Errorf("%s:\ngot  %s\nwant %s\nwarnings %v, want %d\nerrors %q\nwant   %q", c.name, strings.Join(got, "\n     "), strings.Join(c.want, "\n     "), warns, c.warns, gotErrs, c.errs)
		}
	}
}
