package markdown

import (
	"reflect"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestWrappedAndUnpipedRows reads rows whose text goes on at the next
// lines, and a row that lost its leading pipe.
func TestWrappedAndUnpipedRows(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       [][]string
		warns      []string
	}{
		{"last cell wraps", "| Code | Type | Description |\n|---|---|---|\n| value | number | The new value.\n(from -1 to 1) |\n| key | string | Key. |",
			[][]string{{"value", "number", "The new value. (from -1 to 1)"}, {"key", "string", "Key."}}, nil},
		{"closing pipe alone", "| Code | Type | Description |\n|---|---|---|\n| value | number | The value.\n|",
			[][]string{{"value", "number", "The value."}}, nil},
		{"a second closing pipe alone", "| Code | Type | Description |\n|---|---|---|\n| value | number | The value. | |\n|\n| key | string | Key. |",
			[][]string{{"value", "number", "The value.", ""}, {"key", "string", "Key."}}, nil},
		{"several lines", "| Code | Type | Description |\n|---|---|---|\n| value | number | The\nnew\nvalue. |",
			[][]string{{"value", "number", "The new value."}}, nil},
		{"never closes", "| Code | Type | Description |\n|---|---|---|\n| value | number | The\nvalue.",
			[][]string{{"value", "number", "The value."}}, []string{"p.md:4: the row at line 3 never closes with a pipe: read lines 3-4 as its text"}},
		{"a row that lost its closing pipe before the next row", "| Name | Type | Description |\n|---|---|---|\n| message | String | Message body\n| badge | Integer | Badge count |",
			[][]string{{"message", "String", "Message body"}, {"badge", "Integer", "Badge count"}}, []string{"p.md:3: the row at line 3 lost its closing pipe: no line closes it within the 2 after it, before a row or a table of its own; read it as it is, and the lines after it on their own"}},
		{"a last row that lost its closing pipe does not take the text after it", "| Name | Type | Description |\n|---|---|---|\n| data | Map | Additional data\nExample Request\nPOST /x HTTP/1.1\ntoken: abc |",
			[][]string{{"data", "Map", "Additional data"}}, []string{"p.md:3: the row at line 3 lost its closing pipe: no line closes it within the 2 after it, before a row or a table of its own; read it as it is, and the lines after it on their own"}},
		{"leading pipe lost", "| Code | Type | Description |\n|---|---|---|\nts | number | Time. |\n| level | string | Level. |",
			[][]string{{"ts", "number", "Time."}, {"level", "string", "Level."}}, []string{"p.md:3: the row at line 3 has lost its leading pipe: read as a row of the table at line 1, with its 3 cells"}},
		{"leading pipe and a cell lost", "| Code | Type | Required | Description |\n|---|---|---|---|\nkeys | string[] | The keys. |\nid | string | true | The id. | |",
			[][]string{{"keys", "string[]", "The keys."}, {"id", "string", "true", "The id.", ""}}, []string{
				"p.md:3: the row at line 3 has lost its leading pipe: read as a row of the table at line 1, with its 3 cells",
				"p.md:4: the row at line 4 has lost its leading pipe: read as a row of the table at line 1, with its 5 cells",
			}},
		{"rows without closing pipes, text between them", "| Code | Type | Description\n|---|---|---\n| value | number | The new\nvalue.\n| key | string | Key.",
			[][]string{{"value", "number", "The new value."}, {"key", "string", "Key."}}, []string{"p.md:4: line 4 has no pipe, between two rows of the table at line 1: read as the text of the row at line 3"}},
		{"text after the table", "| Code | Type | Description |\n|---|---|---|\n| ts | number | Time. |\nOne entry.",
			[][]string{{"ts", "number", "Time."}}, nil},
	} {
		rep := &pages.Reporter{}
		blocks := markdownItems(pages.Source{Name: "p.md", Lines: pages.Lines([]byte(c.page)), Report: rep})
		var got [][]string
		for _, r := range blocks[0].Table.Rows {
			got = append(got, r.Cells)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: rows\n got %q\nwant %q", c.name, got, c.want)
		}
		warns, _ := rep.Sorted([]string{"p.md"}, false)
		var gotWarns []string
		for _, w := range warns {
			gotWarns = append(gotWarns, w.Error())
		}
		if !reflect.DeepEqual(gotWarns, c.warns) {
			t.Errorf("%s: warnings\n got %q\nwant %q", c.name, gotWarns, c.warns)
		}
	}
}

// TestPageMarkBetweenHalves reads a table cut by a page mark ("Page 2 of
// 3") as two tables, the second marked as maybe continuing the first.
func TestPageMarkBetweenHalves(t *testing.T) {
	page := "| Name | Code | Description |\n|---|---|---|\n| A | 1 | One. |\n\nPage 2 of 3\n\n| Name | Code | Description |\n|---|---|---|\n| B | 2 | Two. |\n- 3 -"
	blocks := pages.Read(Style{}, pages.Source{Name: "p.md", Lines: pages.Lines([]byte(page)), Report: &pages.Reporter{}})
	if len(blocks) != 2 || blocks[1].Table == nil || blocks[1].Table.Continues != blocks[0].Table {
		t.Fatalf("want two tables, the second continuing the first; got %d blocks", len(blocks))
	}
}

// TestNumberedHeadings reads a heading without the number of its
// section, and leaves the items of a numbered list.
func TestNumberedHeadings(t *testing.T) {
	page := "## 5 Types\n\n### 5.1 ReturnCode\n\n| Name | Code |\n|---|---|\n| Ok | 1 |\n\n#### 5.1.1. Notes\n\n1. Android\n2) iOS"
	var got []string
	for _, b := range pages.Read(Style{}, pages.Source{Name: "p.md", Lines: pages.Lines([]byte(page)), Report: &pages.Reporter{}}) {
		if b.Table == nil {
			got = append(got, b.Text)
		}
	}
	want := []string{"5 Types", "ReturnCode", "Notes", "1. Android", "iOS"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
