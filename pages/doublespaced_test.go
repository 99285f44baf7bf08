package pages_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/org"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/textile"
	"github.com/docs2go/docs2go/pages/wiki"
)

// TestDoubleSpacedPipeTable reads a pipe table with a blank line between
// each two of its rows as one table, in every style that reads pipe
// rows, its rows at their page lines, with a warning: rows without a
// leading pipe each closed by " |" (a user's strip_tags script), or
// open but one closed on its empty last cell, or one cut inside a cell
// whose closing pipe comes two lines after its first (its cells counted
// over its lines), a row whose last cell wraps onto the lines before its closing pipe,
// a closed row of a code without its empty last cell ("409 | Conflict |"),
// Markdown without a ruler and with one, a Markdown row cut inside a
// cell, its last cells on the next line, its header in bold or empty
// (the names in its first row), an Org table, a header row of wiki
// markup ("||Name||Type||"), a Textile header row ("|_. Name|").
func TestDoubleSpacedPipeTable(t *testing.T) {
	rows := []string{"03 |playerId|String|Y|Player ID|", "05 |page|Integer|N|Page number, 1 ~ 200 (default: 1)|", "09 |size|Integer|N|Hides per page|"}
	for _, c := range []struct {
		name  string
		style pages.Style
		page  string
		want  []string
	}{
		{"strip_tags, closed rows", pipes.Style{}, "Name | Type | Mandatory | Description |\n\nplayerId | String | Y | Player ID |\n\npage | Integer | N | Page number, 1 ~ 200\n(default: 1)\n |\n\nsize | Integer | N | Hides per page |\n\nResponse Body",
			append(append([]string{"01 [Name|Type|Mandatory|Description]"}, rows...), "11 Response Body")},
		{"pipes, open rows", pipes.Style{}, "Name | Type | Mandatory | Description\n\nplayerId | String | Y | Player ID\n\npage | Integer | N | Page number, 1 ~ 200 (default: 1)\n\nsize | Integer | N | Hides per page\n\nResponse Body\n",
			append(append([]string{"01 [Name|Type|Mandatory|Description]"}, rows[0], rows[1], "07 |size|Integer|N|Hides per page|"), "09 Response Body")},
		{"pipes, open rows, one closed on its empty last cell", pipes.Style{}, "Name | Required | Description\n\nplayerId | true | Player ID\n\nGame-Id | Optional if the game is set | \n\nsize | false | Hides per page\n\nResponse Body\n",
			[]string{"01 [Name|Required|Description]", "03 |playerId|true|Player ID|", "05 |Game-Id|Optional if the game is set||", "07 |size|false|Hides per page|", "09 Response Body"}},
		{"pipes, open rows, one cut inside a cell, its closing pipe two lines on", pipes.Style{}, "Name| Required| Description\n\n---|---|---\n\nAuth-Token| true| A token\n\nGame-Id| Optional if the gameId in the SecretInfo\nhas a valid value, if not, the game this\nrequest is targeting.|\n\nContent-Type| true| application/json\n\nResponse Body\n",
			[]string{"01 [Name|Required|Description]", "05 |Auth-Token|true|A token|", "07 |Game-Id|Optional if the gameId in the SecretInfo has a valid value, if not, the game this request is targeting.|", "11 |Content-Type|true|application/json|", "13 Response Body"}},
		{"Markdown, a row cut inside a cell, its last cells on the next line", markdown.Style{}, "| Code | Type | Required | Description |\n\n|---|---|---|---|\n\n| trialId | string | true | The trial |\n\n| accuracy | number | Share of the checkpoints (from 0.0\nto 1.0) (Default: 1.0) | |\n\n| comment | string | false | A comment |\n",
			[]string{"01 [Code|Type|Required|Description]", "05 |trialId|string|true|The trial|", "07 |accuracy|number|Share of the checkpoints (from 0.0 to 1.0) (Default: 1.0)||", "10 |comment|string|false|A comment|"}},
		{"strip_tags, a closed row without its empty last cell", pipes.Style{}, "Status Code | Description | Detail |\n\n---|---|---|\n\n200 | Normal | Normal |\n\n409 | Conflict |\n\n500 | Server Error | Internal error |\n\nResponse Body\n",
			[]string{"01 [Status Code|Description|Detail]", "05 |200|Normal|Normal|", "07 |409|Conflict|", "09 |500|Server Error|Internal error|", "11 Response Body"}},
		{"Markdown, no ruler", markdown.Style{}, "| Name | Type | Mandatory | Description |\n\n| playerId | String | Y | Player ID |\n\n| page | Integer | N | Page number, 1 ~ 200 (default: 1) |\n\n| size | Integer | N | Hides per page |\n",
			[]string{"01 [Name|Type|Mandatory|Description]", "03 |playerId|String|Y|Player ID|", "05 |page|Integer|N|Page number, 1 ~ 200 (default: 1)|", "07 |size|Integer|N|Hides per page|"}},
		{"Markdown, a ruler", markdown.Style{}, "| Name | Type | Mandatory | Description |\n\n|---|---|---|---|\n\n| playerId | String | Y | Player ID |\n\n| size | Integer | N | Hides per page |\n",
			[]string{"01 [Name|Type|Mandatory|Description]", "05 |playerId|String|Y|Player ID|", "07 |size|Integer|N|Hides per page|"}},
		{"Markdown, a ruler under a header in bold", markdown.Style{}, "| **Name** | **Type** | **Mandatory** | **Description** |\n\n| --- | --- | --- | --- |\n\n| playerId | String | Y | Player ID |\n\n| size | Integer | N | Hides per page |\n",
			[]string{"01 [Name|Type|Mandatory|Description]", "05 |playerId|String|Y|Player ID|", "07 |size|Integer|N|Hides per page|"}},
		{"Markdown, a ruler under an empty header", markdown.Style{}, "|     |     |     |     |\n\n| --- | --- | --- | --- |\n\n| **Name** | **Type** | **Mandatory** | **Description** |\n\n| playerId | String | Y | Player ID |\n\n| size | Integer | N | Hides per page |\n",
			[]string{"05 [Name|Type|Mandatory|Description]", "07 |playerId|String|Y|Player ID|", "09 |size|Integer|N|Hides per page|"}},
		{"wiki markup", wiki.Style{}, "||Name||Type||Mandatory||Description||\n\n|playerId|String|Y|Player ID|\n\n|size|Integer|N|Hides per page|\nThe page goes on.\n",
			[]string{"01 [Name|Type|Mandatory|Description]", "03 |playerId|String|Y|Player ID|", "05 |size|Integer|N|Hides per page|", "06 The page goes on."}},
		{"Textile", textile.Style{}, "|_. Name |_. Type |_. Mandatory |_. Description |\n\n| playerId | String | Y | Player ID |\n\n| size | Integer | N | Hides per page |\nThe page goes on.\n",
			[]string{"01 [Name|Type|Mandatory|Description]", "03 |playerId|String|Y|Player ID|", "05 |size|Integer|N|Hides per page|", "06 The page goes on."}},
		{"Org", org.Style{}, "| Name | Type | Mandatory | Description |\n\n|---+---+---+---|\n\n| playerId | String | Y | Player ID |\n\n| size | Integer | N | Hides per page |\n",
			[]string{"01 [Name|Type|Mandatory|Description]", "05 |playerId|String|Y|Player ID|", "07 |size|Integer|N|Hides per page|"}},
	} {
		blocks, warns := pagestest.Read(c.style, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got\n%q\nwant\n%q\nwarnings %q", c.name, got, c.want, warns)
		}
		if len(warns) == 0 || !strings.Contains(warns[0], "p.txt:1: lines 1-") || !strings.Contains(warns[0], "blank line between its rows") {
			t.Errorf("%s: warnings %q, want the double-spaced table warned of at line 1", c.name, warns)
		}
	}
}

// TestDoubleSpacedRunEnds keeps apart what a blank line sets apart from
// a pipe table's rows: a second table of the same header or of a header
// of its own, a table with a ruler of its own under its header, a row of another width, and pipe
// lines in a fenced code block.
func TestDoubleSpacedRunEnds(t *testing.T) {
	for _, c := range []struct {
		name  string
		style pages.Style
		page  string
		want  []string
		warns []string
	}{
		{"the header repeated", pipes.Style{}, "Name | Type | Description\nplayerId | String | Player ID\n\nName | Type | Description\nvatId | String | Vat ID\n",
			[]string{"01 [Name|Type|Description]", "02 |playerId|String|Player ID|", "04 [Name|Type|Description]", "05 |vatId|String|Vat ID|"}, nil},
		{"a header of other columns", pipes.Style{}, "Name | Type | Description |\n\nplayerId | String | Player ID |\n\nCode | Type | Description |\n\nvatId | String | Vat ID |\n",
			[]string{"01 [Name|Type|Description]", "03 |playerId|String|Player ID|", "05 [Code|Type|Description]", "07 |vatId|String|Vat ID|"},
			[]string{"p.txt:1: lines 1-3: the table at line 1 sets a blank line between its rows (1), each row of its header's 3 cells, as a page printed double-spaced does: read as one table", "p.txt:5: lines 5-7: the table at line 5 sets a blank line between its rows (1), each row of its header's 3 cells, as a page printed double-spaced does: read as one table"}},
		{"a header over a ruler", markdown.Style{}, "| Name | Type | Description |\n|---|---|---|\n| playerId | String | Player ID |\n\n| Code | Type | Description |\n|---|---|---|\n| vatId | String | Vat ID |\n",
			[]string{"01 [Name|Type|Description]", "03 |playerId|String|Player ID|", "05 [Code|Type|Description]", "07 |vatId|String|Vat ID|"},
			nil},
		{"a fenced block", markdown.Style{}, "```\nName | Type | Description\n\nplayerId | String | Player ID\n```\n",
			[]string{"02 Name | Type | Description", "04 playerId | String | Player ID"}, nil},
	} {
		blocks, warns := pagestest.Read(c.style, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got\n%q\nwant\n%q\nwarnings %q", c.name, got, c.want, warns)
		}
		var spaced []string
		for _, w := range warns {
			if strings.Contains(w, "blank line between its rows") {
				spaced = append(spaced, w)
			}
		}
		if !reflect.DeepEqual(spaced, c.warns) {
			t.Errorf("%s: warned %q, want %q", c.name, spaced, c.warns)
		}
	}
}

// TestDoubleSpacedSpannedRow keeps in a double-spaced pipe table a row
// that lost its leading cell to a cell of the row above that spans it
// (rowspan), as a scraper writes such a cell once: its first cell a code
// where the row above holds one in that column. The table's reader
// reads it one cell short, for the protocol to tell; so are the rows
// after it that the same cell spans. A short row that
// does not fit so (its first cell no code, or the column above no code,
// or the leading cell above empty) ends the table, as before.
func TestDoubleSpacedSpannedRow(t *testing.T) {
	head := "Http response code | detail_code | msg | Description |\n\n470 | -72101 | Beach closed | Closed |\n\n"
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"a detail code under a status spanning it", head + "471 | -72102 | Tower too tall | Too high |\n\n-72103 | Unknown decoration | Not in the inventory |\n\nDone",
			[]string{"01 [Http response code|detail_code|msg|Description]", "03 |470|-72101|Beach closed|Closed|", "05 |471|-72102|Tower too tall|Too high|", "07 |-72103|Unknown decoration|Not in the inventory|", "09 Done"}},
		{"a detail code under a status spanning it, its last cell wrapped", head + "471 | -72102 | Tower too tall | Too high |\n\n-72103 | Unknown decoration | Not in the\nplayer's inventory\n |\n\nDone",
			[]string{"01 [Http response code|detail_code|msg|Description]", "03 |470|-72101|Beach closed|Closed|", "05 |471|-72102|Tower too tall|Too high|", "07 |-72103|Unknown decoration|Not in the player's inventory|", "11 Done"}},
		{"two detail codes under a status spanning them", head + "471 | -72102 | Tower too tall | Too high |\n\n-72103 | Unknown decoration | Not in the inventory |\n\n-72104 | Stage closed | The stage is closed |\n\nDone",
			[]string{"01 [Http response code|detail_code|msg|Description]", "03 |470|-72101|Beach closed|Closed|", "05 |471|-72102|Tower too tall|Too high|", "07 |-72103|Unknown decoration|Not in the inventory|", "09 |-72104|Stage closed|The stage is closed|", "11 Done"}},
		{"text where the row above holds a code", head + "471 | -72102 | Tower too tall | Too high |\n\nUnknown | decoration | Not in the inventory |\n",
			[]string{"01 [Http response code|detail_code|msg|Description]", "03 |470|-72101|Beach closed|Closed|", "05 |471|-72102|Tower too tall|Too high|", "07 Unknown | decoration | Not in the inventory |"}},
		{"a code where the row above holds text", "Name | Type | Mandatory | Description |\n\ncount | Integer | N | Count |\n\n3 | N | Count again |\n",
			[]string{"01 [Name|Type|Mandatory|Description]", "03 |count|Integer|N|Count|", "05 3 | N | Count again |"}},
		{"the leading cell above empty", head + " | -72102 | Tower too tall | Too high |\n\n-72103 | Unknown decoration | Not in the inventory |\n",
			[]string{"01 [Http response code|detail_code|msg|Description]", "03 |470|-72101|Beach closed|Closed|", "05 ||-72102|Tower too tall|Too high|", "07 -72103 | Unknown decoration | Not in the inventory |"}},
	} {
		blocks, warns := pagestest.Read(pipes.Style{}, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got\n%q\nwant\n%q\nwarnings %q", c.name, got, c.want, warns)
		}
	}
}
