package markdown

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/drawn"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/source"
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
		{"leading pipe lost, the row cut by a hard wrap", "| Code | Type | Description |\n|---|---|---|\n| level | string | Level. |\nts | number | The time, in\nseconds. |\n| key | string | Key. |",
			[][]string{{"level", "string", "Level."}, {"ts", "number", "The time, in seconds."}, {"key", "string", "Key."}}, []string{"p.md:4: the row at line 4 has lost its leading pipe: read as a row of the table at line 1, with its 3 cells"}},
		{"rows without closing pipes, text between them", "| Code | Type | Description\n|---|---|---\n| value | number | The new\nvalue.\n| key | string | Key.",
			[][]string{{"value", "number", "The new value."}, {"key", "string", "Key."}}, []string{"p.md:4: line 4 has no pipe, between two rows of the table at line 1: read as the text of the row at line 3"}},
		{"rows without closing pipes, a long cell reflowed over three lines between them", "| Code | Type | Description\n|---|---|---\n| value | number | The new value.\nIt is issued after login (e.g.,\nloginByAccount, etc.)\n(3 - 20 characters)\n| key | string | Key.",
			[][]string{{"value", "number", "The new value. It is issued after login (e.g., loginByAccount, etc.) (3 - 20 characters)"}, {"key", "string", "Key."}}, []string{
				"p.md:4: line 4 has no pipe, between two rows of the table at line 1: read as the text of the row at line 3",
				"p.md:5: line 5 has no pipe, between two rows of the table at line 1: read as the text of the row at line 3",
				"p.md:6: line 6 has no pipe, between two rows of the table at line 1: read as the text of the row at line 3",
			}},
		{"a row of padded cells wrapped, a cell's closing pipe alone on a line", "| Code   | Type      | Required | Description        |\n| ------ | --------- | -------- | ------------------ |\n| `left`\n         | `integer`\n                     |\ntrue\n           | Materials left.\n(from 0 to 50)\n  |",
			[][]string{{"left", "integer", "true", "Materials left. (from 0 to 50)"}}, []string{"p.md:5: the row at line 3 closes at line 5 with 2 of its table's 4 cells, and the lines under it, up to the pipe that closes them (line 9), hold the 2 it lacks, as a hard wrap that cut a row of padded cells leaves them: read as one row"}},
		{"text after the table", "| Code | Type | Description |\n|---|---|---|\n| ts | number | Time. |\nOne entry.",
			[][]string{{"ts", "number", "Time."}}, nil},
		{"rows without closing pipes, a title under the last row", "| Code | Type | Description\n|---|---|---\n| ts | number | Time.\nPet\n| Name | Type | Description\n|---|---|---",
			[][]string{{"ts", "number", "Time."}}, nil},
		{"rows without closing pipes, the last row's text wrapped under it", "| Code | Type | Description\n|---|---|---\n| ts | number | Time.\n| on | boolean | Whether it is on.\n(Default: false)\n\n## Response",
			[][]string{{"ts", "number", "Time."}, {"on", "boolean", "Whether it is on. (Default: false)"}}, []string{"p.md:5: line 5 has no pipe, under the last row of the table at line 1 with no blank line between, where Markdown reads it as part of the table: read as the text of the row at line 4"}},
		{"text after the table, a blank line between", "| Code | Type | Description |\n|---|---|---|\n| ts | number | Time. |\n\nOne entry.",
			[][]string{{"ts", "number", "Time."}}, nil},
		{"a list under the table", "| Code | Type | Description |\n|---|---|---|\n| ts | number | Time. |\n- One entry.",
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
// 3", or the comment a PDF-to-Markdown converter writes at the break,
// "<!-- PAGE_BREAK -->" as @opendocsg/pdf2md does) as two tables, the
// second marked as maybe continuing the first.
func TestPageMarkBetweenHalves(t *testing.T) {
	for _, mark := range []string{"Page 2 of 3", "\n<!-- PAGE_BREAK -->", "<!-- page break -->"} {
		page := "| Name | Code | Description |\n|---|---|---|\n| A | 1 | One. |\n\n" + mark + "\n\n| Name | Code | Description |\n|---|---|---|\n| B | 2 | Two. |\n- 3 -"
		blocks := pages.Read(Style{}, source.Of("p.md", pages.Text{Lines: pages.Lines([]byte(page))}, &pages.Reporter{}))
		if len(blocks) != 2 || blocks[1].Table == nil || blocks[1].Table.Continues != blocks[0].Table || !blocks[1].Table.AfterBreak {
			t.Errorf("%q: want two tables, the second continuing the first after a break; got %d blocks", mark, len(blocks))
		}
	}
}

// TestNumberedHeadings reads a heading without the number of its
// section, and leaves the items of a numbered list.
func TestNumberedHeadings(t *testing.T) {
	page := "## 5 Types\n\n### 5.1 ReturnCode\n\n| Name | Code |\n|---|---|\n| Ok | 1 |\n\n#### 5.1.1. Notes\n\n1. Android\n2) iOS"
	var got []string
	for _, b := range pages.Read(Style{}, source.Of("p.md", pages.Text{Lines: pages.Lines([]byte(page))}, &pages.Reporter{})) {
		if b.Table == nil {
			got = append(got, b.Text)
		}
	}
	want := []string{"5 Types", "ReturnCode", "Notes", "1. Android", "iOS"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestOtherBlockForms reads what a Markdown page holds of other forms:
// HTML blocks, read as an HTML page's content, at their lines (a table
// whose rows a blank line sets apart is one; its references are its
// own); block quotes, whose lines are read without their marks; and the
// escapes of text lines. Table markup that makes no table is refused.
func TestOtherBlockForms(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"an HTML table, rows apart, references its own", "### Request Body\n\n<table>\n  <tr><th>Code</th><th>Type</th></tr>\n\n  <tr><td>a</td><td>List&lt;String&gt;</td></tr>\n\n<tr><td>b</td><td><p>One.</p>\n<p>Default: 2.</p></td></tr>\n</table>\n\nAfter &amp; text",
			[]string{"1: Request Body", "4: | Code | Type |", "6: a | List<String>", "8: b | One. Default: 2.", "12: After & text"}},
		{"an escaped or a type's tag in a cell is text", "### Catch\n\n| Name | Type |\n|---|---|\n| marks | List\\<Mark> |\n| times | List<Time> |\n| tags | <mark>List</mark> |",
			[]string{"1: Catch", "3: | Name | Type |", "5: marks | List<Mark>", "6: times | List<Time>", "7: tags | List"}},
		{"details fold a table, its summary the title", "<details>\n<summary>Invitation</summary>\n\n| Name | Type |\n|---|---|\n| a | string |\n\n</details>\n\nText",
			[]string{"2: Invitation", "4: | Name | Type |", "6: a | string", "10: Text"}},
		{"an aside is a callout; a comment no text", "<aside>\n💡 A callout.\n\n</aside>\n\n<!-- old\n| x | y |\n-->\nText",
			[]string{"2: 💡 A callout.", "9: Text"}},
		{"a table in a block quote", "> **Note**\n> | Name | Type |\n> | --- | --- |\n> | a | string |\n\n```\n> kept\n```",
			[]string{"1: Note", "2: | Name | Type |", "4: a | string", "7: > kept"}},
		{"escapes and links in text, not in code", "## 2\\. Server\n\nGenericModels.PushTarget\\[\\] \\<b\\>\n\n\\# 1\n\n\\- See [Reward](#reward)\n\nSee [PermissionRules](https://docs.example.com/p) and [Invitations](Invitations%203f9c.md).\n\n```json\n{\"a\": \"\\\"q\\\"\", \"b\": [\"x\"]}\n```",
			[]string{"1: Server", "3: GenericModels.PushTarget[] <b>", "5: # 1", "7: - See Reward", "9: See PermissionRules and Invitations.", "12: {\"a\": \"\\\"q\\\"\", \"b\": [\"x\"]}"}},
		{"Markdown's own table, code and heading right after HTML", "<div>\n| Name | Type |\n|---|---|\n| a | string |\n</div>\n<details><summary>Example</summary>\n```json\n{\"a\": 1}\n```\n</details>\n### Response Body",
			[]string{"2: | Name | Type |", "4: a | string", "6: Example", "8: {\"a\": 1}", "11: Response Body"}},
		{"an HTML table in a list item", "- Reward\n    <table><tr><th>Name</th><th>Type</th></tr>\n    <tr><td>a</td><td>string</td></tr></table>",
			[]string{"1: Reward", "2: | Name | Type |", "3: a | string"}},
		{"a definition list of names, as the HTML reading reads it", "Request Body\n<dl><dt>noteId String Y</dt><dd>The note.</dd></dl>",
			[]string{"1: Request Body", "2: | Name | Type | Required | Description |", "2: noteId | String | Y | The note."}},
		{"HTML in a fenced code block is code", "```html\n<table><tr><td>a</td></tr></table>\n```",
			[]string{"2: <table><tr><td>a</td></tr></table>"}},
		{"Markdown in a cell of a table", "<table>\n<tr><th>Code</th><th>Type</th></tr>\n<tr><td>\n\n**a**\n\n</td><td>string</td></tr>\n</table>",
			[]string{"2: | Code | Type |", "3: a | string"}},
		{"rows outside a table", "<table>\n<tr><th>Code</th></tr>\n\nText\n\n<tr><td>a</td></tr>",
			[]string{"2: | Code |", "4: Text", "6: a", "error p.md:6: line 6 holds 2 start tags of a table's rows or cells (<tr>, <td>, <th>) that stand in no table: HTML drops them, and what the rows hold would be read as text, no row of a table. A line of text or an element cut them out of their table, or its start tag is lost: write them inside their table"}},
		{"a code block numbered in a table (Pygments), and one a word processor kept as a table, are code, no table lost", "<div class=\"highlight\">\n\n<table class=\"highlighttable\">\n<tr>\n<td class=\"linenos\"><pre>1</pre></td>\n<td class=\"code\"><pre><code>POST /api/a</code></pre></td>\n</tr>\n</table>\n\n</div>\n\n<table width=\"680\">\n<tr><td><p><code>GET /b</code></p>\n<p><code>Host: x</code></p></td></tr>\n</table>",
			[]string{"6: POST /api/a", "13: GET /b", "14: Host: x"}},
		{"GitBook's Liquid tags frame their content; a tab's and a code block's title is a line", "{% hint style=\"info\" %}\nA note.\n{% endhint %}\n{% tabs %}\n{% tab title=\"200 OK\" %}\n{% code title=\"Example request\" overflow=\"wrap\" %}\n```json\n{% raw %}\n```\n{% endcode %}{% endtab %}\n{% swagger-parameter in=\"body\" name=\"a\" %}",
			[]string{"2: A note.", "5: 200 OK", "6: Example request", "8: {% raw %}", "11: {% swagger-parameter in=\"body\" name=\"a\" %}"}},
		{"Hugo's shortcodes and MkDocs' content tabs", "{{< tabs >}}\n{{< tab \"Client\" >}}\nPOST /a\n{{< /tab >}}\n{{% notice info %}}\n=== \"Server\"\n\n    | Name | Type |\n    |---|---|\n    | a | string |",
			[]string{"2: Client", "3: POST /a", "6: Server", "8: | Name | Type |", "10: a | string"}},
		{"a one-line HTML table under a hidden empty header", "<table data-header-hidden><thead><tr><th width=\"1\"></th><th></th></tr></thead><tbody><tr><td>Name</td><td>Type</td></tr><tr><td><code>a</code></td><td>string</td></tr></tbody></table>",
			[]string{"1: | Name | Type |", "1: a | string"}},
		{"a one-line HTML table, its header row bold, text right under it", "### Response Code\n<table><tbody><tr><td><strong>Code</strong></td><td><strong>msg</strong></td></tr><tr><td>404</td><td>Not found</td></tr></tbody></table>\nServer\nPOST /a &amp; b",
			[]string{"1: Response Code", "2: | Code | msg |", "2: 404 | Not found", "3: Server", "4: POST /a & b"}},
		{"a table inline, after text", "Body: <table><tr><td>a</td></tr></table>",
			[]string{"1: Body: <table><tr><td>a</td></tr></table>", "error p.md:1: line 1 holds an HTML table (<table>), which is not read as a table where it stands: its rows would be lost. Write the table as rows of pipes (| cell | cell |), begin a line with its <table> tag, or save the page as HTML"}},
	} {
		rep := &pages.Reporter{}
		var got []string
		for _, b := range pages.Read(Style{}, source.Of("p.md", pages.Text{Lines: pages.Lines([]byte(c.page))}, rep)) {
			if b.Table == nil {
				got = append(got, fmt.Sprintf("%d: %s", b.Line, b.Text))
				continue
			}
			got = append(got, fmt.Sprintf("%d: | %s |", b.Table.Line, strings.Join(b.Table.Header, " | ")))
			for _, r := range b.Table.Rows {
				got = append(got, fmt.Sprintf("%d: %s", r.Line, strings.Join(r.Cells, " | ")))
			}
		}
		_, errs := rep.Sorted([]string{"p.md"}, false)
		for _, e := range errs {
			got = append(got, "error "+e.Error())
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestRowWrappedPastMaxWrap reads a row that a hard wrap at 70 columns
// broke over more lines than a scrape wraps a cell over, each of them
// ending where the next word would not fit, as one row, with a warning.
func TestRowWrappedPastMaxWrap(t *testing.T) {
	page := `## Request Headers

| Name | Required | Description |
|---|---|---|
| Auth-Token | true | A token used to authenticate the user. It is
issued after successful login from the client type authenticate
(e.g., loginByAccount, loginWithCustomId, etc.) or when an admin logs
in via the GearN Dashboard. This token identifies the request sender
and determines their access level. |
| Secret-Key | true | The SecretKey in SecretInfo with role must is
Player. |
| Content-Type | true | application/json |`
	blocks, warns := pagestest.ReadText(Style{}, page)
	got := pagestest.Describe(blocks)
	want := []string{
		"01 Request Headers",
		"03 [Name|Required|Description]",
		"05 |Auth-Token|true|A token used to authenticate the user. It is issued after successful login from the client type authenticate (e.g., loginByAccount, loginWithCustomId, etc.) or when an admin logs in via the GearN Dashboard. This token identifies the request sender and determines their access level.|",
		"10 |Secret-Key|true|The SecretKey in SecretInfo with role must is Player.|",
		"12 |Content-Type|true|application/json|",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "p.txt:5: the row at line 5 goes on to line 9") {
		t.Errorf("warnings %q, want one of the row at line 5", warns)
	}
}

// TestRowCutByAWrapAfterAPipe reads a row that a hard wrap cut right
// after a cell's pipe, the rest of its cells on the next lines, and one
// whose empty last cell and closing pipe it put on a line of their own,
// as one row each.
func TestRowCutByAWrapAfterAPipe(t *testing.T) {
	page := `## Response Body

| Code | Type | Description | Required |
|---|---|---|---|
| playerCurrencies | GenericModels.CurrencyItem[] | List of all
virtual currencies and their balances. See GenericModels.CurrencyItem
| |
| googlePlayGameService | GooglePlayGameService |
GooglePlayGameService used in ExternalItem. See GooglePlayGameService
| |
| gameCenter | GameCenter | GameCenter used in ExternalItem, and in
the other items. | |`
	blocks, warns := pagestest.ReadText(Style{}, page)
	got := pagestest.Describe(blocks)
	want := []string{
		"01 Response Body",
		"03 [Code|Type|Description|Required]",
		"05 |playerCurrencies|GenericModels.CurrencyItem[]|List of all virtual currencies and their balances. See GenericModels.CurrencyItem||",
		"08 |googlePlayGameService|GooglePlayGameService|GooglePlayGameService used in ExternalItem. See GooglePlayGameService||",
		"11 |gameCenter|GameCenter|GameCenter used in ExternalItem, and in the other items.||",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read\n%s\nwant\n%s\nwarnings %q", strings.Join(got, "\n"), strings.Join(want, "\n"), warns)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "p.txt:8: the row at line 8 has 2 of its table's 4 cells") {
		t.Errorf("warnings %q, want one of the row at line 8", warns)
	}
}

// TestLineCutByAWrapAfterAPipe reads a row that one hard-wrapped line
// cut right after a cell's pipe, on a page whose other lines tell no
// wrap: the lines under it, up to the pipe that closes them, hold the
// cells it lacks, and are its rest. A short row followed by a line
// that holds more cells than it lacks is not joined to it (that line is
// a row that lost its leading pipe), nor one followed by text that
// never closes.
func TestLineCutByAWrapAfterAPipe(t *testing.T) {
	page := `## Response Body

| Code | Type | Required | Description |
| --- | --- | --- | --- |
| ` + "`itemId`" + ` | ` + "`string`" + ` | true | The catalog item of the result, as the catalog names it in its own pages. |
| ` + "`stats`" + ` | [` + "`GenericModels.ItemStat[]`" + `](#genericmodels-itemstat) |  |
Rolled stats of the result. (up to 6 items) See
[GenericModels.ItemStat](#genericmodels-itemstat) |

| Code | Type | Required | Description |
| --- | --- | --- | --- |
| ` + "`a`" + ` | ` + "`string`" + ` |  |
One | two | three |

| Code | Type | Required | Description |
| --- | --- | --- | --- |
| ` + "`b`" + ` | ` + "`string`" + ` |  |
Text that never closes.`
	blocks, warns := pagestest.ReadText(Style{}, page)
	got := pagestest.Describe(blocks)
	want := []string{
		"01 Response Body",
		"03 [Code|Type|Required|Description]",
		"05 |itemId|string|true|The catalog item of the result, as the catalog names it in its own pages.|",
		"06 |stats|GenericModels.ItemStat[]||Rolled stats of the result. (up to 6 items) See GenericModels.ItemStat|",
		"10 [Code|Type|Required|Description]",
		"12 |a|string||",
		"13 |One|two|three|",
		"15 [Code|Type|Required|Description]",
		"17 |b|string||",
		"18 Text that never closes.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read\n%s\nwant\n%s\nwarnings %q", strings.Join(got, "\n"), strings.Join(want, "\n"), warns)
	}
	if len(warns) != 2 || !strings.Contains(warns[0], "p.txt:6: the row at line 6 has 3 of its table's 4 cells, and the text under it (lines 7-8)") || !strings.Contains(warns[1], "p.txt:13: the row at line 13 has lost its leading pipe") {
		t.Errorf("warnings %q, want one of the row at line 6 and one of the row at line 13", warns)
	}
}

// TestHeaderCutByAWrap reads a header row that a hard wrap cut inside
// its last cell, its rest and closing pipe over the ruler, as one header
// row, with a warning.
func TestHeaderCutByAWrap(t *testing.T) {
	page := `### Response Status Code

| Status Code | Status Code Description | Status Code Detailed
Description |
|---|---|---|
| 200 | Normal Response | Normal |
| 400 | Bad Request | Unparsable request data |`
	blocks, warns := pagestest.Read(Style{}, page, true)
	got := pagestest.Describe(blocks)
	want := []string{
		"01 Response Status Code",
		"03 [Status Code|Status Code Description|Status Code Detailed Description]",
		"06 |200|Normal Response|Normal|",
		"07 |400|Bad Request|Unparsable request data|",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "p.txt:4: line 4 has no pipe but its closing one") {
		t.Errorf("warnings %q, want one at line 4", warns)
	}
}

// TestStrayRow refuses a line of a table's cells that is read as text:
// a row that lost its leading pipe after a line of text that cut its
// table; a line of other cells, or in a code block, is text without a
// word.
func TestStrayRow(t *testing.T) {
	for _, c := range []struct {
		name, page string
		warns      []string
	}{
		{"a row without its leading pipe after a line of text", "| Name | Type | Mandatory |\n|---|---|---|\n| playerId | String | Y |\nA note.\nreason | String | N |",
			[]string{"p.md:5: line 5 splits at pipes into 3 cells, as a row of the table at line 1 does, but no header row stands over it: it reads as text, and what it documents would be left out of the schema (reason | String | N); if it is a row of that table, move it under the table's rows, or set the table's header row (Name | Type | Mandatory) over it, or if it is text, write it as a sentence"}},
		{"a line of other cells", "| Name | Type | Mandatory |\n|---|---|---|\n| playerId | String | Y |\nA note.\nsee a | b", nil},
		{"a line of the table's cells in a code block", "| Name | Type | Mandatory |\n|---|---|---|\n| playerId | String | Y |\n```\nls | sort | uniq\n```", nil},
	} {
		rep := &pages.Reporter{}
		markdownItems(pages.Source{Name: "p.md", Lines: pages.Lines([]byte(c.page)), Report: rep})
		_, errs := rep.Sorted([]string{"p.md"}, false)
		var got []string
		for _, w := range errs {
			got = append(got, w.Error())
		}
		if !reflect.DeepEqual(got, c.warns) {
			t.Errorf("%s: errors\n got %q\nwant %q", c.name, got, c.warns)
		}
	}
}

// TestPandocMarkdown reads a page pandoc -t markdown wrote, as a parse
// reads it (pagestest.ReadText): its tables drawn with dashes (a cell's
// escapes decoded, a code span or a link around a whole cell dropped),
// its headings without their attributes and permalinks, its fenced divs
// as no text, its bracketed spans as their text; and rates it Markdown
// above the style of drawn tables.
func TestPandocMarkdown(t *testing.T) {
	page := "::: {#app}\n::: VPNav\n[GearN Docs](/){.title}\n:::\n\n## Request Body [\u200b](#request-body){.header-anchor aria-label=\"Permalink to \\\"Request Body\\\"\"} {#request-body tabindex=\"-1\"}\n\n  Code        Type                             Required   Description\n  ----------- -------------------------------- ---------- ---------------------------\n  `userId`    `string`                         true       The player\\'s id.\n  `lighting`  [`LightingMode`](#lightingmode)             How the stage is lit.\n\n::: {.language-http .vp-adaptive-theme}\n[http]{.lang}\n\n``` shiki\nPOST /api/a\n```\n:::\n"
	blocks, diags := pagestest.ReadText(Style{}, page)
	want := []string{
		"03 GearN Docs",
		"06 Request Body",
		"08 [Code|Type|Required|Description]",
		"10 |userId|string|true|The player's id.|",
		"11 |lighting|LightingMode||How the stage is lit.|",
		"14 http",
		"17 POST /api/a",
	}
	if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, want) {
		t.Errorf("blocks\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(diags) > 0 {
		t.Errorf("diagnostics %q", diags)
	}
	lines := pages.ReadText("p.txt", []byte(page), &pages.Reporter{}).Lines
	if md, dr := (Style{}).Detect(lines), (drawn.Style{}).Detect(lines); md <= dr {
		t.Errorf("rates Markdown %d, drawn tables %d: want Markdown above", md, dr)
	}
}

// TestHTMLFirst detects as Markdown a page that begins with an HTML
// block and keeps its tables as HTML, as pandoc -t commonmark and -t
// markdown_strict write one, or as kramdown -o kramdown writes an HTML
// document, its <html>, <head> and <body> tags kept: its headings or
// fences are Markdown's, and the HTML style, which would read its text
// as one paragraph, is not certain of it; a page of HTML whose <pre>
// holds a line like a heading stays HTML.
func TestHTMLFirst(t *testing.T) {
	styles := []pages.Style{html.Style{}, Style{}}
	for _, c := range []struct {
		name, page string
		want       pages.Style
	}{
		{"commonmark", "<div class=\"page\">\n\n# consumeItem\n\n``` http\nPOST /api/a\n```\n\n<table>\n<tr><th>Name</th></tr>\n<tr><td>a</td></tr>\n</table>\n\n</div>", Style{}},
		{"markdown_strict", "<a href=\"/\">Docs</a>\n\n## Request Headers\n\n    POST /api/a\n\n<table>\n<tr><th>Name</th></tr>\n<tr><td>a</td></tr>\n</table>", Style{}},
		{"HTML, a heading's mark in a <pre>", "<div>\n<pre>\n\n# install\n</pre>\n<table>\n<tr><th>Name</th></tr>\n<tr><td>a</td></tr>\n</table>\n</div>", html.Style{}},
		{"kramdown -o kramdown of an HTML document, its tags kept", "<html><head><title>Server API</title></head><body>\n<div id=\"main-content\" markdown=\"1\">\n# /falconry/mews   {#id-mews}\n\n## Request Headers   {#id-headers}\n\n<table><tbody>\n<tr><th>Name</th></tr>\n<tr><td>a</td></tr>\n</tbody></table>\n</div>\n</body></html>", Style{}},
		{"an HTML document, a heading's mark in a <pre>", "<!DOCTYPE html>\n<html><body>\n<pre>\n\n# install\n</pre>\n<table>\n<tr><th>Name</th></tr>\n<tr><td>a</td></tr>\n</table>\n</body></html>", html.Style{}},
		{"HTML, a mark in its text", "<div>\n<p>\n# of items</p>\n<table>\n<tr><th>Name</th></tr>\n<tr><td>a</td></tr>\n</table>\n</div>", html.Style{}},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("%s: Detect = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestInlineHTML reads the inline HTML a converter leaves in a Markdown
// page's text as the text it shows, at its lines, whatever line layout
// the converter used: pandoc's GFM keeps a heading's permalink as a raw
// <a> whose tag its wrap cuts (and Prettier sets the tag's rest apart
// from the heading by a blank line), the language label of a code block in the
// <div> of the block, links with attributes in list items and in cells;
// a code span's tag and a type's angle brackets stay as written.
func TestInlineHTML(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"a heading's permalink, its tag cut", "### GenericModels.BakedBatch <a href=\"#genericmodels-bakedbatch\" class=\"header-anchor\"\naria-label=\"Permalink to &quot;GenericModels.BakedBatch&quot;\">\u200b</a>\n\nA batch.\n\n| Code | Type |\n|---|---|\n| `batchId` | `string` |",
			[]string{"01 GenericModels.BakedBatch", "04 A batch.", "06 [Code|Type]", "08 |batchId|string|"}},
		{"a heading's permalink, its tag cut and its rest set apart by a blank line (Prettier after pandoc's GFM)", "### GenericModels.Reagent <a href=\"#genericmodels-reagent\" class=\"header-anchor\"\n\naria-label=\"Permalink to &quot;GenericModels.Reagent&quot;\">\u200b</a>\n\n| Code | Type |\n|---|---|\n| `reagentId` | `string` |",
			[]string{"01 GenericModels.Reagent", "05 [Code|Type]", "07 |reagentId|string|"}},
		{"a heading's permalink cut inside its label, its rest set apart", "## A rather long heading of a page <a href=\"#a-rather-long-heading-of-a-page\" class=\"header-anchor\" aria-label=\"Permalink to\n\n&quot;A rather long heading of a page&quot;\">\u200b</a>\n\nText.",
			[]string{"01 A rather long heading of a page", "05 Text."}},
		{"a tag left open, and a paragraph after it that is no tag's rest", "## Limits <a href=\"#limits\"\n\nAt most 5 items > 3 kinds.",
			[]string{"01 Limits <a href=\"#limits\"", "03 At most 5 items > 3 kinds."}},
		{"a code block's language label in its <div>", "<div class=\"language-http vp-adaptive-theme\">\n\n<span class=\"lang\">http</span>\n\n``` shiki\nPOST /a\n```\n\n</div>\n\n<span class=\"lang\">json</span>",
			[]string{"06 POST /a", "11 json"}},
		{"a skip link and a list of links, tags cut", "<a href=\"#VPContent\" class=\"VPSkipLink visually-hidden\">Skip to\ncontent</a>\n\n-   <a href=\"#overview\" class=\"outline-link\" title=\"Overview\">Overview</a>\n-   <a href=\"#response-body\" class=\"outline-link\"\n    title=\"Response Body\">Response Body</a>",
			[]string{"04 -   Overview", "05 -   Response Body"}},
		{"a table's cells", "| Name | <span class=\"h\">Type</span> | Description |\n|---|---|---|\n| <code>rewards</code> | <a href=\"#reward\" class=\"x\">Reward</a>[] | The rewards.<br>(1 ~ 5 items) `<br>` |",
			[]string{"01 [Name|Type|Description]", "03 |rewards|Reward[]|The rewards. (1 ~ 5 items) `<br>`|"}},
		{"comments in the cells, the headings and the text (dom-to-semantic-markdown's column tracking)",
			"## Request Body <a href=\"about:blank#request-body\"></a>\n\nThe body <!-- note --> of the request.\n\n| Code <!-- col-0 --> | Type <!-- col-1 --> | Required <!-- col-2 --> |\n| --- | --- | --- |\n| `appraiser` <!-- col-0 --> | <a href=\"about:blank#guild\">`Guild`</a> <!-- col-1 --> |  <!-- col-2 --> |\n| `note` <!-- col-0 --> | `<!-- x -->` <!-- col-1 --> | true <!-- col-2 --> |",
			[]string{"01 Request Body", "03 The body of the request.", "05 [Code|Type|Required]", "07 |appraiser|Guild||", "08 |note|<!-- x -->|true|"}},
		{"what is no tag stays", "Returns `<br>` as written, a List<String> and &lt;b&gt;.\n\n| Name | Type |\n|---|---|\n| items | List&lt;String&gt; |",
			[]string{"01 Returns `<br>` as written, a List<String> and <b>.", "03 [Name|Type]", "05 |items|List<String>|"}},
	} {
		blocks, warns := pagestest.Read(Style{}, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got\n%q\nwant\n%q\nwarnings %q", c.name, got, c.want, warns)
		}
	}
}

// TestPaddedRowCutInItsPadding reads a padded row (node-html-markdown
// pads each cell to its column) that a hard wrap cut inside the spaces
// of a cell, its rest indented by them before the next pipe, as one row,
// and a row that lost its closing pipe with its default wrapped under
// it as one row too.
func TestPaddedRowCutInItsPadding(t *testing.T) {
	for _, c := range []struct {
		name  string
		page  []string
		want  []string
		warns []string
	}{
		{"cut in a cell's padding", []string{
			"| Code         | Type         | Required | Description                                        |",
			"| ------------ | ------------ | -------- | -------------------------------------------------- |",
			"| runes        | string       | true     | Rune codes carved.                                 |",
			"| pattern      | CarvePattern | true",
			"                | How the runes are laid out. See",
			"[CarvePattern](#carvepattern)                   |",
			"| depth        | number       |          | Depth of the cut.                                  |",
		}, []string{"01 [Code|Type|Required|Description]", "03 |runes|string|true|Rune codes carved.|", "04 |pattern|CarvePattern|true|How the runes are laid out. See CarvePattern|", "07 |depth|number||Depth of the cut.|"}, nil},
		{"a row that lost its closing pipe", []string{
			"| Name | Type | Description |",
			"|---|---|---|",
			"| includeRewards | Boolean | Include the rewards",
			"(default: true)",
			"## Response",
			"| Status | Description |",
			"|---|---|",
			"| 200 | Normal |",
		}, []string{"01 [Name|Type|Description]", "03 |includeRewards|Boolean|Include the rewards (default: true)|", "05 Response", "06 [Status|Description]", "08 |200|Normal|"},
			[]string{"p.txt:4: the row at line 3 lost its closing pipe, and the text under it (line 4) has no pipe and begins as the rest of a cell does (\"(default: true)\"), as no row and no line of text of its own does: read as the rest of that row, which a hard wrap cut"}},
	} {
		blocks, warns := pagestest.ReadText(Style{}, strings.Join(c.page, "\n"))
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) || !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: read\n%s\nwarnings %q; want\n%s\n%q", c.name, strings.Join(got, "\n"), warns, strings.Join(c.want, "\n"), c.warns)
		}
	}
}

// TestSiteGeneratorMarkup reads the markup of a static site generator's
// Markdown (kramdown's, MkDocs' attr_list, Hugo's, pandoc's attribute
// lists; kramdown's table of contents, definitions and extensions) as no
// text, and the Liquid raw tags of a code block as no code, with a
// warning.
func TestSiteGeneratorMarkup(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
		warns      []string
	}{
		{"kramdown's block attribute lists, after a heading and a table", "## /housing/visitors\n{: #housing-visitors}\n\n#### Visitor\n{: #visitor}\n\n| Name | Type |\n|---|---|\n| a | String |\n{: .api-table .headers}\n\nText.\n{:title=\"x\"}",
			[]string{"1: /housing/visitors", "4: Visitor", "7: | Name | Type |", "9: a | String", "12: Text."}, nil},
		{"kramdown's table of contents, definitions, options and comments", "* TOC\n{:toc}\n[TOC]\n[[_TOC_]]\n{:ref: .api #x}\n{::options parse_block_html=\"true\" /}\n## Body\n{::comment}\n| Old | Type |\n|---|---|\n{:/comment}\nKept {::comment}not{:/} here.\n{::nomarkdown}\n<p>Shown</p>\n{:/nomarkdown}",
			[]string{"7: Body", "12: Kept here.", "14: Shown"}, nil},
		{"attribute lists at a heading's end and after spans; none in code", "## Visitor {: #visitor}\n## Reward { #reward .api }\n## Item {#item}\n- {:.cls} An *item*{:.red} and [a link](/a){:target=\"_blank\"} and `id`{: .code}, `{: #kept}`\n{.note}\n```\n{: #code}\n```",
			[]string{"1: Visitor", "2: Reward", "3: Item", "4: - An *item* and a link and `id`, `{: #kept}`", "7: {: #code}"}, nil},
		{"kramdown -o kramdown of an HTML export: header IDs of any characters, attribute lists after a list's mark, under a list and under an indented code block, with quoted values",
			"<div id=\"main-header\" markdown=\"1\">\n1.  {: .first} <span>[Server API](index.html)</span>\n2.  <span>Outdoor</span>\n{: #breadcrumbs}\n\n</div>\n# /falconry/mews   {#id-매사냥Falconry(/falconry)-/falconry/mews}\n\n## Description   {#id-매사냥Falconry(/falconry)-Description.1}\n\n<div class=\"code panel pdl\">\n<div class=\"codeContent panelContent pdl\" markdown=\"1\">\n    GET /falconry/mews HTTP/1.1\n    Host: a\n{: .syntaxhighlighter-pre data-syntaxhighlighter-params=\"brush: java; gutter: false\" data-theme=\"Confluence\"}\n\n</div>\n</div>",
			[]string{"2: 1.  Server API", "3: 2.  Outdoor", "7: /falconry/mews", "9: Description", "13: GET /falconry/mews HTTP/1.1", "14: Host: a"}, nil},
		{"an HTML block's content is Markdown after a tag marked so, raw after one marked markdown=0", "<div markdown=\"0\">\nText\n    code\n</div>\n\n<section class=\"a\">\n<div markdown=\"block\">\nText\n\n    code\n</div>\n</section>",
			[]string{"2: Text code", "8: Text", "10: code"}, nil},
		{"Markdown Extra's and pandoc's id and classes at a heading's end, djot's attributes on the line before a block", "{#visitor .api lang=\"en\"}\n## Visitor {#visitor .api}\n{.note}\nText {#not-a-heading}.",
			[]string{"2: Visitor", "4: Text {#not-a-heading}."}, nil},
		{"a comment that never closes is text; a path's braces are no attributes", "## GET /users/{userId}\n{::comment}\nNote",
			[]string{"1: GET /users/{userId}", "2: {::comment}", "3: Note"}, nil},
		{"Liquid's raw tags in a code block", "~~~ http\nHTTP/1.1 200 OK\n{% raw %}\n{\"a\": \"{{ x }}\"}\n{%- endraw -%}\n~~~\n```\nsay {% raw %}{{ y }}{% endraw %}\n```",
			[]string{"2: HTTP/1.1 200 OK", "4: {\"a\": \"{{ x }}\"}", "8: say {{ y }}"},
			[]string{"p.md:1: read the code block at line 1 without its Liquid tags {% raw %} and {% endraw %} (at lines 3, 5), which the site does not show", "p.md:7: read the code block at line 7 without its Liquid tags {% raw %} and {% endraw %} (at line 8), which the site does not show"}},
		{"a raw tag never ended is code", "```\n{% raw %}\n{\"a\": 1}\n```",
			[]string{"2: {% raw %}", "3: {\"a\": 1}"}, nil},
	} {
		rep := &pages.Reporter{}
		var got []string
		for _, b := range pages.Read(Style{}, source.Of("p.md", pages.Text{Lines: pages.Lines([]byte(c.page))}, rep)) {
			if b.Table == nil {
				got = append(got, fmt.Sprintf("%d: %s", b.Line, b.Text))
				continue
			}
			got = append(got, fmt.Sprintf("%d: | %s |", b.Table.Line, strings.Join(b.Table.Header, " | ")))
			for _, r := range b.Table.Rows {
				got = append(got, fmt.Sprintf("%d: %s", r.Line, strings.Join(r.Cells, " | ")))
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
		warns, errs := rep.Sorted([]string{"p.md"}, false)
		var gotWarns []string
		for _, w := range append(warns, errs...) {
			gotWarns = append(gotWarns, w.Error())
		}
		if !reflect.DeepEqual(gotWarns, c.warns) {
			t.Errorf("%s: warnings\n got %q\nwant %q", c.name, gotWarns, c.warns)
		}
	}
}

// TestTableTagsGlued reads a table whose ruler, or a row, a converter
// glued to the HTML table tags it kept (<colgroup>, <tbody>): the tags
// are markup, the ruler is one and the row a row, and a page of such
// rulers is a Markdown page; the tags of a cell's text, or in a code
// block, stay.
func TestTableTagsGlued(t *testing.T) {
	page := "## Request\n\n| Name | Type | Description |\n<colgroup><col /><col style=\"width: 50%\" /><col /></colgroup>|---|---|---|\n<tbody>|id|String|Item ID|\n| count | Integer | <b>Count</b> of the item |\n\n```\n<tr>|not|a row|\n```"
	if r := (Style{}).Detect(pages.Lines([]byte(page))); r < 1 {
		t.Errorf("a page whose ruler is glued to a <colgroup> rates %d as Markdown", r)
	}
	blocks, warns := pagestest.Read(Style{}, page, true)
	want := []string{"01 Request", "03 [Name|Type|Description]", "05 |id|String|Item ID|", "06 |count|Integer|Count of the item|", "09 <tr>|not|a row|"}
	if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%q\nwant\n%q\nwarnings %q", got, want, warns)
	}
}

// TestHTML2WikiPage reads a page as html2wiki's Markdown dialect writes
// a Confluence export: each heading's anchor after a tab as pandoc's
// header attributes, and each table kept as HTML, a tag a line, the
// text of its cells escaped as Markdown's ("\{ADMIN\_KEY\}"), which is
// read as the characters escaped, with a warning.
func TestHTML2WikiPage(t *testing.T) {
	page := "# /tea/tins\t{#id-TeaHouse(/tea)-/tea/tins}\n\n## Method\t{#id-TeaHouse(/tea)-Method}\n\nGET\n\n## Request Headers\t{#id-TeaHouse(/tea)-RequestHeaders}\n\n<table>\n<tr>\n<th>Name</th>\n<th>Description</th>\n</tr>\n<tr>\n<td>Authorization</td>\n<td>KakaoAK \\{ADMIN\\_KEY\\}</td>\n</tr>\n<tr>\n<td>appSecret</td>\n<td>List&lt;Guest&gt;</td>\n</tr>\n</table>\n"
	rep := &pages.Reporter{}
	text := pages.ReadText("p.md", []byte(page), rep)
	var got []string
	for _, b := range pages.Read(Style{}, source.Of("p.md", pages.Text{Lines: pages.Unescape(Style{}, text.Lines, "p.md", text.At, rep), At: text.At}, rep)) {
		if b.Table == nil {
			got = append(got, fmt.Sprintf("%d: %s", b.Line, b.Text))
			continue
		}
		got = append(got, fmt.Sprintf("%d: | %s |", b.Table.Line, strings.Join(b.Table.Header, " | ")))
		for _, r := range b.Table.Rows {
			got = append(got, fmt.Sprintf("%d: %s", r.Line, strings.Join(r.Cells, " | ")))
		}
	}
	want := []string{"1: /tea/tins", "3: Method", "5: GET", "7: Request Headers", "10: | Name | Description |", "14: Authorization | KakaoAK {ADMIN_KEY}", "18: appSecret | List<Guest>"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	warns, errs := rep.Sorted([]string{"p.md"}, false)
	if len(errs) != 0 || len(warns) != 1 || warns[0].Pos.Line != 14 || !strings.Contains(warns[0].Msg, "backslash escapes") {
		t.Errorf("warnings %v, errors %v, want one warning of the escapes at line 14", warns, errs)
	}
}

// TestCellParagraphRows reads a row whose last cell's further paragraphs
// stand on lines of their own under it, up to the line that closes it
// with a pipe (godown's cell of several <p>s, or with a <br>), as one row
// of its table, its cell's paragraphs kept, and the rows after it as the
// same table's; a table that ends, text, then a table, stay three blocks.
func TestCellParagraphRows(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
		paragraphs []string
	}{
		{"two <p>s", "|Name|Type|Description|\n|----|----|-----------|\n|weight|Double|Weight, 0.4 ~ 2.1|\n|condition|String (Enum)|Flying condition (sharp, yarak, high)\n\n\nA falcon in yarak is keen to hunt\n\n\n|\n|hunger|Double|Hunger, 0.0 ~ 1.0|",
			[]string{"01 [Name|Type|Description]", "03 |weight|Double|Weight, 0.4 ~ 2.1|", "04 |condition|String (Enum)|Flying condition (sharp, yarak, high) A falcon in yarak is keen to hunt|", "11 |hunger|Double|Hunger, 0.0 ~ 1.0|"},
			[]string{"Flying condition (sharp, yarak, high)", "A falcon in yarak is keen to hunt"}},
		{"a <br>", "|Name|Type|Mandatory|Description|\n|---|---|---|---|\n|passes|List<StoopPass>|Y|Passes of the flight, 1 ~ 5\n\n\nThe falcon flies them in the listed order|\n|wind|Double|N|Wind speed|",
			[]string{"01 [Name|Type|Mandatory|Description]", "03 |passes|List<StoopPass>|Y|Passes of the flight, 1 ~ 5 The falcon flies them in the listed order|", "07 |wind|Double|N|Wind speed|"},
			[]string{"Passes of the flight, 1 ~ 5", "The falcon flies them in the listed order"}},
		{"a table's end, text, a table", "|Name|Type|Description|\n|---|---|---|\n|weight|Double|Weight|\n\nA note after the table.\n\n|Name|Type|Description|\n|---|---|---|\n|hunger|Double|Hunger|",
			[]string{"01 [Name|Type|Description]", "03 |weight|Double|Weight|", "05 A note after the table.", "07 [Name|Type|Description]", "09 |hunger|Double|Hunger|"}, nil},
	} {
		blocks, warns := pagestest.Read(Style{}, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) || warns != nil {
			t.Errorf("%s: got\n%s\nwarnings %q, want\n%s", c.name, strings.Join(got, "\n"), warns, strings.Join(c.want, "\n"))
			continue
		}
		if c.paragraphs == nil {
			continue
		}
		r := blocks[0].Table.Rows[len(blocks[0].Table.Rows)-2]
		if got := r.CellParagraphs[r.Cells[len(r.Cells)-1]]; !reflect.DeepEqual(got, c.paragraphs) {
			t.Errorf("%s: the cell's paragraphs %q, want %q", c.name, got, c.paragraphs)
		}
	}
}
