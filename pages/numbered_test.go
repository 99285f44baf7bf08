package pages_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/source"
)

// TestNumberedRows drops the column that numbers a table's rows, headed
// by no word or a numbering word, in every style that has a header row,
// and in the rest of a table cut in two, a row short of a cell (its first
// in the rest too) or not; a column of codes, or of
// numbers that do not count the rows, stays.
func TestNumberedRows(t *testing.T) {
	header := []string{"Name", "Type", "Mandatory", "Description"}
	rows := [][]string{{"clanId", "String", "Y", "Clan ID"}, {"title", "String", "N", "Title"}}
	// shortRows are the rows of a table whose rest's first row lost its
	// Mandatory cell: the cell that numbers it is a column of its own.
	shortRows := [][]string{{"clanId", "String", "Y", "Clan ID"}, {"title", "String", "Title"}, {"tag", "String", "N", "Tag"}}
	for _, c := range []struct {
		name   string
		style  pages.Style
		page   string
		header []string
		rows   [][]string
	}{
		{"Markdown, no header word", markdown.Style{}, "| | Name | Type | Mandatory | Description |\n|---|---|---|---|---|\n| 1 | clanId | String | Y | Clan ID |\n| 2 | title | String | N | Title |", header, rows},
		{"Markdown, #", markdown.Style{}, "| # | Name | Type | Mandatory | Description |\n|---|---|---|---|---|\n| 1 | clanId | String | Y | Clan ID |\n| 2 | title | String | N | Title |", header, rows},
		{"pipes, No.", pipes.Style{}, "No. | Name | Type | Mandatory | Description\n1 | clanId | String | Y | Clan ID\n2 | title | String | N | Title", header, rows},
		{"HTML, Confluence's numbered rows", html.Style{}, `<html><body><table data-number-column="true"><tbody>
<tr><th class="ak-renderer-table-number-column"></th><th><p><strong>Name</strong></p></th><th><p><strong>Type</strong></p></th><th><p><strong>Mandatory</strong></p></th><th><p><strong>Description</strong></p></th></tr>
<tr><td class="ak-renderer-table-number-column">1</td><td><p><code>clanId</code></p></td><td><p>String</p></td><td><p>Y</p></td><td><p>Clan ID</p></td></tr>
<tr><td class="ak-renderer-table-number-column">2</td><td><p><code>title</code></p></td><td><p>String</p></td><td><p>N</p></td><td><p>Title</p></td></tr>
</tbody></table></body></html>`, header, rows},
		{"HTML, a table cut in two", html.Style{}, `<html><body><table>
<tr><th>#</th><th>Name</th><th>Type</th><th>Mandatory</th><th>Description</th></tr>
<tr><td>1</td><td>clanId</td><td>String</td><td>Y</td><td>Clan ID</td></tr>
</table><table>
<tr><td>2</td><td>title</td><td>String</td><td>N</td><td>Title</td></tr>
</table></body></html>`, header, rows},
		{"Markdown, a row short of a cell", markdown.Style{}, "| # | Name | Type | Mandatory | Description |\n|---|---|---|---|---|\n| 1 | clanId | String | Y | Clan ID |\n| 2 | title | String | Title |\n| 3 | tag | String | N | Tag |", header, shortRows},
		{"Markdown, the rest of a table cut in two, its first row short of a cell", markdown.Style{}, "| # | Name | Type | Mandatory | Description |\n|---|---|---|---|---|\n| 1 | clanId | String | Y | Clan ID |\n\n| 2 | title | String | Title |\n| 3 | tag | String | N | Tag |", header, shortRows},
		{"HTML, the rest of a table cut in two, its first row short of a cell", html.Style{}, `<html><body><table>
<tr><th>#</th><th>Name</th><th>Type</th><th>Mandatory</th><th>Description</th></tr>
<tr><td>1</td><td>clanId</td><td>String</td><td>Y</td><td>Clan ID</td></tr>
</table><table>
<tr><td>2</td><td>title</td><td>String</td><td>Title</td></tr>
<tr><td>3</td><td>tag</td><td>String</td><td>N</td><td>Tag</td></tr>
</table></body></html>`, header, shortRows},
		{"a column of codes stays", markdown.Style{}, "| Code | Name | Description |\n|---|---|---|\n| 1 | Ok | Done. |\n| 2 | Failed | Not done. |",
			[]string{"Code", "Name", "Description"}, [][]string{{"1", "Ok", "Done."}, {"2", "Failed", "Not done."}}},
		{"numbers that do not count the rows stay", markdown.Style{}, "| | Name | Description |\n|---|---|---|\n| 1 | Ok | Done. |\n| 3 | Failed | Not done. |",
			[]string{"", "Name", "Description"}, [][]string{{"1", "Ok", "Done."}, {"3", "Failed", "Not done."}}},
	} {
		blocks := pages.Read(c.style, source.Of("p", pages.Text{Lines: pages.Lines([]byte(c.page))}, &pages.Reporter{}))
		var tables []*pages.Table
		for _, b := range blocks {
			if b.Table != nil {
				tables = append(tables, b.Table)
			}
		}
		if len(tables) == 0 {
			t.Errorf("%s: no table", c.name)
			continue
		}
		var got [][]string
		for _, tb := range tables {
			for _, r := range tb.Rows {
				got = append(got, r.Cells)
			}
		}
		if !reflect.DeepEqual(tables[0].Header, c.header) || !reflect.DeepEqual(got, c.rows) {
			t.Errorf("%s: header %q, rows %q; want %q, %q", c.name, tables[0].Header, got, c.header, c.rows)
		}
		if len(tables) > 1 && !reflect.DeepEqual(tables[1].Header, c.header) {
			t.Errorf("%s: the rest has header %q, want %q", c.name, tables[1].Header, c.header)
		}
		if strings.Contains(c.name, "stay") == tables[0].Numbered {
			t.Errorf("%s: Numbered is %v", c.name, tables[0].Numbered)
		}
	}
}

// TestNumberedRest marks a table that repeats the header of a table
// right before it, or a few text lines before it (a callout, a page's
// footer), as maybe its rest when either or both number their rows, in
// every style with a header row, the style's or its first row: the
// headers are compared without their numbering columns.
func TestNumberedRest(t *testing.T) {
	md := func(first, second bool) string {
		row := func(numbered bool, n int, cells string) string {
			if numbered {
				return "| " + string(rune('0'+n)) + " " + cells + "\n"
			}
			return cells + "\n"
		}
		head := func(numbered bool) string {
			if numbered {
				return "|  | Code | Type | Description |\n|---| --- | --- | --- |\n"
			}
			return "| Code | Type | Description |\n| --- | --- | --- |\n"
		}
		return head(first) + row(first, 1, "| a | string | An a. |") + row(first, 2, "| b | int | A b. |") +
			"\n> Note: the larger first.\n\n" + head(second) + row(second, 1, "| c | bool | A c. |")
	}
	for _, c := range []struct {
		name  string
		style pages.Style
		page  string
	}{
		{"Markdown, both numbered", markdown.Style{}, md(true, true)},
		{"Markdown, the rest numbered", markdown.Style{}, md(false, true)},
		{"Markdown, the first numbered", markdown.Style{}, md(true, false)},
		{"pipes, both numbered", pipes.Style{}, "No. | Code | Type | Description\n1 | a | string | An a.\n2 | b | int | A b.\n\nNote: the larger first.\n\nNo. | Code | Type | Description\n1 | c | bool | A c.\n"},
		{"pipes, the rest numbered, right after", pipes.Style{}, "Code | Type | Description\na | string | An a.\nb | int | A b.\n\nNo. | Code | Type | Description\n1 | c | bool | A c.\n"},
		{"HTML, both numbered, a note between", html.Style{}, `<html><body><table>
<tr><th></th><th>Code</th><th>Type</th><th>Description</th></tr>
<tr><td>1</td><td>a</td><td>string</td><td>An a.</td></tr>
<tr><td>2</td><td>b</td><td>int</td><td>A b.</td></tr>
</table><p>Note: the larger first.</p><table>
<tr><th></th><th>Code</th><th>Type</th><th>Description</th></tr>
<tr><td>1</td><td>c</td><td>bool</td><td>A c.</td></tr>
</table></body></html>`},
	} {
		blocks := pages.Read(c.style, source.Of("p", pages.Text{Lines: pages.Lines([]byte(c.page))}, &pages.Reporter{}))
		var tables []*pages.Table
		for _, b := range blocks {
			if b.Table != nil {
				tables = append(tables, b.Table)
			}
		}
		if len(tables) != 2 {
			t.Errorf("%s: %d tables, want 2", c.name, len(tables))
			continue
		}
		want := []string{"Code", "Type", "Description"}
		if !reflect.DeepEqual(tables[0].Header, want) || !reflect.DeepEqual(tables[1].Header, want) {
			t.Errorf("%s: headers %q and %q, want %q", c.name, tables[0].Header, tables[1].Header, want)
		}
		if tables[1].Resumes != tables[0] && tables[1].Continues != tables[0] {
			t.Errorf("%s: the second table neither resumes nor continues the first", c.name)
		}
		if got := tables[1].Rows[0].Cells; !reflect.DeepEqual(got, []string{"c", "bool", "A c."}) {
			t.Errorf("%s: the rest's row %q", c.name, got)
		}
	}
}

// TestNumberedRowsResume checks that a numbered table after a few lines
// of text with the header of the numbered table before it may resume
// it: the headers are compared without their numbering columns.
func TestNumberedRowsResume(t *testing.T) {
	page := "| | Name | Type | Mandatory | Description |\n|---|---|---|---|---|\n| 1 | clanId | String | Y | Clan ID |\n\n💡 A note between the halves.\n\n" +
		"| | Name | Type | Mandatory | Description |\n|---|---|---|---|---|\n| 1 | title | String | N | Title |"
	var tables []*pages.Table
	for _, b := range pages.Read(markdown.Style{}, source.Of("p", pages.Text{Lines: pages.Lines([]byte(page))}, &pages.Reporter{})) {
		if b.Table != nil {
			tables = append(tables, b.Table)
		}
	}
	if len(tables) != 2 || !tables[1].Numbered || tables[1].Resumes != tables[0] {
		t.Fatalf("got %d tables; want the second numbered, resuming the first", len(tables))
	}
}

// TestNumberedHeaderAfterText reads a numbered table after a few lines
// of text under another numbered table of as many cells as its header
// row, whose cells name columns no kind reads ("Status Code
// Description"): the header of a table of its own, no rest of that one.
func TestNumberedHeaderAfterText(t *testing.T) {
	page := `<html><body><p>Charm</p><table><tbody>
<tr><th></th><td>Name</td><td>Type</td><td>Mandatory</td><td>Description</td></tr>
<tr><td>1</td><td>charmId</td><td>String</td><td>Y</td><td>Charm ID</td></tr>
</tbody></table><p>Response Status Code</p><table><tbody>
<tr><th></th><td>Status Code</td><td>Status Code Description</td><td>Status Code Detailed Description</td></tr>
<tr><td>1</td><td>200</td><td>Normal Response</td><td>Normal</td></tr>
</tbody></table></body></html>`
	var got [][]string
	for _, b := range pages.Read(html.Style{}, source.Of("p", pages.Text{Lines: pages.Lines([]byte(page))}, &pages.Reporter{})) {
		if b.Table != nil {
			got = append(got, b.Table.Header)
			if b.Table.Resumes != nil || b.Table.Continues != nil {
				t.Errorf("the table at line %d is read as the rest of the table at line %d", b.Table.Line, b.Table.Line)
			}
		}
	}
	want := [][]string{{"Name", "Type", "Mandatory", "Description"}, {"Status Code", "Status Code Description", "Status Code Detailed Description"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("headers\n got %q\nwant %q", got, want)
	}
}
