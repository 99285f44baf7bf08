package muse

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/org"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
)

// TestInline reads the markup inside a line as the text it shows.
func TestInline(t *testing.T) {
	for _, c := range []struct {
		in    string
		title bool
		want  string
	}{
		{"<verbatim>List<String></verbatim>", false, "List<String>"},
		{`<verbatim>"application/json;charset=UTF-8"</verbatim>`, false, `"application/json;charset=UTF-8"`},
		{"=itemInstanceId=", false, "itemInstanceId"},
		{"=string=[]", false, "string[]"},
		{"inspect =invalidMembers= first", false, "inspect `invalidMembers` first"},
		{"See [[/api/models/ReturnCode][ReturnCode]] or [[https://example.com]]", false, "See ReturnCode or https://example.com"},
		{"[[/][[[/assets/img/gearn.svg][GearN]] Docs]]", false, "GearN Docs"},
		{"[[#overview][<verbatim>#</verbatim>]]Overview", true, "Overview"},
		{"ErrorCode[[#errorcode][]]", true, "ErrorCode"},
		{"See [[#errorcode][ErrorCode]] or [[#errorcode]]", true, "See ErrorCode or #errorcode"},
		{`<class name="type">CurrencyCode</class>`, false, "CurrencyCode"},
		{"*Note*: **required** and ***bold***", false, "Note: required and bold"},
		{"1 ~~ 100, 5 * 3, a = b, x=1", false, "1 100, 5 * 3, a = b, x=1"},
		{"<verbatim>a=b=c</verbatim> and <verbatim>*x*</verbatim>", false, "a=b=c and *x*"},
	} {
		if got := inline(c.in, c.title); got != c.want {
			t.Errorf("inline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestBlocks reads pages of Muse markup into text lines and tables.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "anchors before headings, a header row of double bars",
			page: "#RequestBody\n*** Request Body\n\n Code     || Type     || Required\n =userId= |  =string= |  true\n =count=  |  <verbatim>List<Integer></verbatim> |",
			want: []string{"02 Request Body", "04 [Code|Type|Required]", "05 |userId|string|true|", "06 |count|List<Integer>||"},
		},
		{
			name: "a heading's anchor at its start, as pandoc's Muse writer sets its id, is no part of its title",
			page: "** #client Client [[#client][#]]\n\nNo require permission rules.\n\n*** #c-sharp\n\n* #",
			want: []string{"01 Client", "03 No require permission rules.", "05 c-sharp", "07 #"},
		},
		{
			name: "a header kept in the table's body, a plain row: pages.Read takes it",
			page: "* Kennel\n\n Name  | Type   | Mandatory\n appId | String | Y",
			want: []string{"01 Kennel", "03 [Name|Type|Mandatory]", "04 |appId|String|Y|"},
		},
		{
			name: "a bar in a verbatim span parts no cells",
			page: " Name || Values\n mode |  <verbatim>a | b</verbatim>",
			want: []string{"01 [Name|Values]", "02 |mode|a | b|"},
		},
		{
			name: "an example block, a wrapped paragraph, a list",
			page: "Returns the dogs of a\nplayer's kennel.\n\n 1. [[/wiki][Server API]]\n\n<example>\nPOST /service/v4/kennel/walk HTTP/1.1\n</example>",
			want: []string{"01 Returns the dogs of a player's kennel.", "04 - Server API", "07 POST /service/v4/kennel/walk HTTP/1.1"},
		},
		{
			name:  "an example block never closed",
			page:  "<example>\nGET /x HTTP/1.1",
			want:  []string{"02 GET /x HTTP/1.1"},
			warns: []string{"p.txt:1: the block at line 1 is never closed (no </example>): read lines 2-2 as its lines"},
		},
		{
			name:  "a grid without its header row takes the header of the page's other tables of its width that its rows fit, when one does",
			page:  " Code || Type || Required || Description\n =a= | string | true | The a.\n\n Name || Code || Description\n Ok | 1 | Done.\n\n+-----+--------+------+--------+\n| =b= | =int=  | true | The b, |\n|     |        |      | long.  |\n+-----+--------+------+--------+\n| =c= | string |      | The c. |\n+-----+--------+------+--------+",
			want:  []string{"01 [Code|Type|Required|Description]", "02 |a|string|true|The a.|", "04 [Name|Code|Description]", "05 |Ok|1|Done.|", "07 [Code|Type|Required|Description]", "08 |b|int|true|The b, long.|", "11 |c|string||The c.|"},
			warns: []string{"p.txt:7: the table at line 7, drawn as a grid, has no header row, as pandoc's Muse writer leaves it out of a table it draws as a grid; its rows fit the columns of the page's other tables of its width, Code | Type | Required | Description, and those of no other header: read with them"},
		},
		{
			name:  "a grid without its header row whose rows fit two headers of the page is refused",
			page:  " Code || Type || Required || Description\n =a= | string | true | The a.\n\n Name || Type || Mandatory || Description\n =d= | int | Y | The d.\n\n+-----+--------+------+--------+\n| =b= | =int=  | true | The b, |\n|     |        |      | long.  |\n+-----+--------+------+--------+",
			want:  []string{"01 [Code|Type|Required|Description]", "02 |a|string|true|The a.|", "04 [Name|Type|Mandatory|Description]", "05 |d|int|Y|The d.|", "07 [Name|Type|Mandatory|Description]", "08 |b|int|true|The b, long.|"},
			warns: []string{"p.txt:7: the table at line 7, drawn as a grid, has no header row: pandoc's Muse writer leaves the header of a table it draws as a grid (one whose cell holds several lines) out, and which column is which cannot be told (its rows fit the columns of the page's headers Code | Type | Required | Description; Name | Type | Mandatory | Description alike); write the header back as the grid's first row (\"| Name | Type | … |\"), or convert the page with another writer (pandoc -t org)"},
		},
		{
			name:  "a grid without its header row, which pandoc's Muse writer leaves out",
			page:  "+-----+--------+\n| 404 | -70201 |\n+-----+--------+\n| 463 | -70202 |\n+-----+--------+",
			want:  []string{"02 [404|-70201]", "04 |463|-70202|"},
			warns: []string{"p.txt:1: the table at line 1, drawn as a grid, has no header row: pandoc's Muse writer leaves the header of a table it draws as a grid (one whose cell holds several lines) out, and which column is which cannot be told; write the header back as the grid's first row (\"| Name | Type | … |\"), or convert the page with another writer (pandoc -t org)"},
		},
	} {
		blocks, warns := pagestest.Read(Style{}, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: blocks\n%s\nwant\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
		if !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: warnings\n%s\nwant\n%s", c.name, strings.Join(warns, "\n"), strings.Join(c.warns, "\n"))
		}
	}
}

// TestDetect is certain of Muse markup, and leaves the pages of the
// other styles to them, among the styles in parser's order.
func TestDetect(t *testing.T) {
	styles := []pages.Style{Style{}, org.Style{}, pipes.Style{}}
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"* Kennel\n\n Name || Type\n a    |  int", Style{}},
		{"** Body\n\n Name | Type\n a    | <verbatim>List<Dog></verbatim>", Style{}},
		{"* Example\n<example>\nGET /x\n</example>", Style{}},
		{"#+title: x\n** Body\n<example>\n</example>", org.Style{}},
		{"** Body\n| Name | Type |\n|------+------|\n| a | int |", org.Style{}},
		{"Name | Type\n-----|-----\na | int", pipes.Style{}},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}
