package cellperline_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/cellperline"
)

// rowText writes rows as the textContent of HTML rows whose source sets
// each cell on a line of its own (PHP DOMDocument's, trimmed at its ends):
// a row's first cell at column 0, each other cell on a line indented 48
// spaces. A row of one string is a line of text.
func rowText(rows ...[]string) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r[0])
		for _, c := range r[1:] {
			out = append(out, strings.Repeat(" ", 48)+c)
		}
	}
	return out
}

// TestRowText checks tables whose rows are written as their HTML rows'
// text, the first cell at column 0 and the others indented: a header
// whose first cell is no Name or Code keeps it ("Status" over "Code |
// Message | Description", no title), where a title over a header stands
// at column 0 over the header's first cell at column 0 too; a row short
// of a cell (the status cell of the row above spanning it) is read as it
// stands, with a warning; a cell's paragraphs, run together in the row
// and printed again one a line after it, are read once, a space between
// them, with a warning; a line of text after the rows ends the table,
// and a row after it, before the next header, is refused.
func TestRowText(t *testing.T) {
	for _, c := range []struct {
		name  string
		page  []string
		want  []string
		warns int
	}{
		{"a header's first cell that is no Name or Code, and rows a status spans",
			rowText([]string{"Response Code"}, []string{"Status", "Code", "Message", "Description"},
				[]string{"475", "-84001", "Scion dried out", "Too dry"}, []string{"-84002", "Incompatible stock", "Does not take"},
				[]string{"476", "-84004", "Tree resting", "Grafted lately"}, []string{"Response Body"}),
			[]string{"1: Response Code", "2: | Status | Code | Message | Description |", "6: | 475 | -84001 | Scion dried out | Too dry |", "10: | -84002 | Incompatible stock | Does not take |", "13: | 476 | -84004 | Tree resting | Grafted lately |", "17: Response Body"}, 1},
		{"a title over a header whose first cell is a Name",
			rowText([]string{"Response Status Code"}, []string{"Status Code", "Status Code Description", "Status Code Detailed Description"},
				[]string{"200", "Normal Response", "Normal"}, []string{"404", "Not Found", "No such tree"}),
			[]string{"1: Response Status Code", "2: | Status Code | Status Code Description | Status Code Detailed Description |", "5: | 200 | Normal Response | Normal |", "8: | 404 | Not Found | No such tree |"}, 0},
		{"a cell's paragraphs run together, then printed again",
			rowText([]string{"Name", "Type", "Mandatory", "Description"},
				[]string{"graftId", "String", "Y", "ID of the plan.Sending a known ID replaces it."}, []string{"ID of the plan."}, []string{"Sending a known ID replaces it."},
				[]string{"treeId", "String", "Y", "ID of the tree"}, []string{"A tree takes 4 unions."}),
			[]string{"1: | Name | Type | Mandatory | Description |", "5: | graftId | String | Y | ID of the plan. Sending a known ID replaces it. |", "11: | treeId | String | Y | ID of the tree |", "15: A tree takes 4 unions."}, 1},
		{"a cell's text and its one paragraph run together, then the paragraph printed again; a blank line between rows",
			append(rowText([]string{"Name", "Type", "Description"}, []string{"note", "String", "Shown on the card.Up to 60 characters."}, []string{"Up to 60 characters."}),
				append([]string{""}, rowText([]string{"size", "Integer", "Page size"})...)...),
			[]string{"1: | Name | Type | Description |", "4: | note | String | Shown on the card. Up to 60 characters. |", "9: | size | Integer | Page size |"}, 1},
	} {
		rep := &pages.Reporter{}
		got := cellperline.Render(read("p.txt", c.page, rep))
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		if !reflect.DeepEqual(got, c.want) || len(warns) != c.warns || len(errs) > 0 {
			t.Errorf("%s:\ngot  %s\nwant %s\nwarnings %v, want %d\nerrors %v", c.name, strings.Join(got, "\n     "), strings.Join(c.want, "\n     "), warns, c.warns, errs)
		}
	}
}

// TestRowTextCut checks that a row written as its HTML row's text, no
// header over it, after what ended its table is refused at its line: a
// line of text, a title of its own with a blank line under it (a table's
// rows set apart under "Other fields"), a heading, a paragraph set apart
// by blank lines, or two blank lines; the line that cut it is named.
func TestRowTextCut(t *testing.T) {
	head, first := []string{"Name", "Type", "Mandatory", "Description"}, []string{"treeId", "String", "Y", "ID of the tree"}
	stray, end := rowText([]string{"height", "Double", "N", "Height in metres"}, []string{"Response Body"}), rowText(head, first)
	for _, c := range []struct {
		name string
		cut  []string
		want string
	}{
		{"a line of text", []string{"A tree takes 4 unions."}, "p.txt:10: lines 10-13 split one cell a line into 4 cells, as a row of the table at line 1 does, but no header row stands over them (line 9 cut them"},
		{"a title and a blank line", []string{"Other fields", ""}, "p.txt:11: lines 11-14 split one cell a line into 4 cells, as a row of the table at line 1 does, but no header row stands over them (line 9 cut them"},
		{"a heading and a blank line", []string{"## Other fields", ""}, "p.txt:11: lines 11-14 split one cell a line into 4 cells, as a row of the table at line 1 does, but no header row stands over them (line 9 cut them"},
		{"a paragraph set apart", []string{"", "A tree takes 4 unions.", ""}, "p.txt:12: lines 12-15 split one cell a line into 4 cells, as a row of the table at line 1 does, but no header row stands over them (line 10 cut them"},
		{"two blank lines", []string{"", ""}, "p.txt:11: lines 11-14 split one cell a line into 4 cells, as a row of the table at line 1 does, but no header row stands over them:"},
	} {
		page := append(append(slices.Clone(end), c.cut...), stray...)
		rep := &pages.Reporter{}
		got := cellperline.Render(read("p.txt", page, rep))
		want := []string{"1: | Name | Type | Mandatory | Description |", "5: | treeId | String | Y | ID of the tree |"}
		for k, l := range append(slices.Clone(c.cut), stray...) {
			if l = strings.TrimLeft(strings.TrimSpace(l), "# "); l != "" {
				want = append(want, fmt.Sprintf("%d: %s", 9+k, l))
			}
		}
		_, errs := rep.Sorted([]string{"p.txt"}, false)
		if !reflect.DeepEqual(got, want) || len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), c.want) {
			t.Errorf("%s:\ngot  %s\nwant %s\nerrors %v", c.name, strings.Join(got, "\n     "), strings.Join(want, "\n     "), errs)
		}
	}
}

// TestRowTextWrapRest checks that a line at column 0 right under a row
// written as its HTML row's text, with no cell after it, that reads as
// the rest of the row's last cell (pages.WrapRest: a hard wrap cut it: a
// default in parentheses, a word in lower case under a cell of words
// that ends no sentence, a range's second bound, the close of the
// cell's open parenthesis) is read into that cell, with a warning, under
// the table's last row and between two rows alike; a line that begins
// as a title or a sentence does, or that stands under a cell of one
// word, stays text after the table.
func TestRowTextWrapRest(t *testing.T) {
	head := []string{"Name", "Type", "Mandatory", "Description"}
	for _, c := range []struct {
		name  string
		page  []string
		want  []string
		warns int
	}{
		{"a default under the last row, over a title",
			rowText(head, []string{"cursor", "String", "N", "Paging cursor"}, []string{"size", "Integer", "N", "Page size, 1 ~ 40"}, []string{"(default: 10)"}, []string{"Request Body"}, []string{"None"}),
			[]string{"1: | Name | Type | Mandatory | Description |", "5: | cursor | String | N | Paging cursor |", "9: | size | Integer | N | Page size, 1 ~ 40 (default: 10) |", "14: Request Body", "15: None"}, 1},
		{"a default between two rows",
			rowText(head, []string{"size", "Integer", "N", "Page size, 1 ~ 40"}, []string{"(default: 10)"}, []string{"cursor", "String", "N", "Paging cursor"}),
			[]string{"1: | Name | Type | Mandatory | Description |", "5: | size | Integer | N | Page size, 1 ~ 40 (default: 10) |", "10: | cursor | String | N | Paging cursor |"}, 1},
		{"the rest of a sentence, then a range cut at its mark",
			rowText(head, []string{"size", "Integer", "N", "Page size of the"}, []string{"answer, 1 ~"}, []string{"40"}, []string{"Request Body"}),
			[]string{"1: | Name | Type | Mandatory | Description |", "5: | size | Integer | N | Page size of the answer, 1 ~ 40 |", "11: Request Body"}, 1},
		{"a parenthesis the last cell leaves open after a full stop, closed by the line under it",
			rowText(head, []string{"tag", "String", "N", "Any tag of the tree (e.g."}, []string{"crown or root)"}, []string{"Request Body"}),
			[]string{"1: | Name | Type | Mandatory | Description |", "5: | tag | String | N | Any tag of the tree (e.g. crown or root) |", "10: Request Body"}, 1},
		{"a cell of one word is whole: the line in lower case under it is text",
			rowText(head, []string{"size", "Integer", "N", "Size"}, []string{"curl -X GET /trees"}),
			[]string{"1: | Name | Type | Mandatory | Description |", "5: | size | Integer | N | Size |", "9: curl -X GET /trees"}, 0},
		{"a sentence's end is no cell's: the line after it is text",
			rowText(head, []string{"size", "Integer", "N", "Page size."}, []string{"cursor paging is described below"}),
			[]string{"1: | Name | Type | Mandatory | Description |", "5: | size | Integer | N | Page size. |", "9: cursor paging is described below"}, 0},
	} {
		rep := &pages.Reporter{}
		got := cellperline.Render(read("p.txt", c.page, rep))
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		if !reflect.DeepEqual(got, c.want) || len(warns) != c.warns || len(errs) > 0 {
			t.Errorf("%s:\ngot  %s\nwant %s\nwarnings %v, want %d\nerrors %v", c.name, strings.Join(got, "\n     "), strings.Join(c.want, "\n     "), warns, c.warns, errs)
		}
	}
}
