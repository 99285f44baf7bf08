package sheet

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestCommaRows reads tables a tool printed as rows of cells joined with
// commas, with no quoting, among a page's lines (HTML::TableExtract's
// printout, bd02_twist): the "Table (0,0):" line before each is no
// heading; a cell across the table's columns, written with the empty
// cells of the others, is a row of its table; a row after a line of
// text that cut its table is one, whose text holds a comma or not; a row a comma in a cell's text parted reads with the cells too
// many joined back in its one column of free text, with a warning, and
// is refused where two columns of free text may hold them (a column of
// titles holds none); a row that ends in a comma past the table's
// columns goes on at the next line of no comma; a JSON member that opens
// its line is text.
func TestCommaRows(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
		errors      []string
	}{
		{
			name: "a marked table: a comma in the description, a row that wrapped after a comma",
			page: "Query Parameters\nTable (0,0):\nName,Type,Mandatory,Description\nplayerId,String,Y,Player ID\nfibre,String (Enum),N,Fibre filter (hemp, manila, sisal). All fibres\ngang,List<Spinner>,Y,Spinners walking the yarn,\n1 ~ 6 entries\nSpinner\nTable (0,0):\nName,Type,Description\npace,Integer,Paces per turn, 2 ~ 40",
			want: []string{"01 Query Parameters", "03 [Name|Type|Mandatory|Description]", "04 |playerId|String|Y|Player ID|", "05 |fibre|String (Enum)|N|Fibre filter (hemp, manila, sisal). All fibres|", "06 |gang|List<Spinner>|Y|Spinners walking the yarn, 1 ~ 6 entries|", "08 Spinner", "10 [Name|Type|Description]", "11 |pace|Integer|Paces per turn, 2 ~ 40|"},
			warns: []string{
				`p.txt:5: the row at line 5 has 6 cells, more than the 4 columns of the header at line 3, as a "," in a cell's text that no quotes hold parts it: only its Description cell, of free text, takes the 2 too many with its other cells fitting their columns; read as one cell, "Fibre filter (hemp, manila, sisal). All fibres" (quote a cell that holds a ",")`,
				"p.txt:7: line 7 has no comma, right under the row at line 6, which ends in one past the 4 columns of its table: read as the rest of its last cell, which a line break cut after that comma",
				`p.txt:11: the row at line 11 has 4 cells, more than the 3 columns of the header at line 10, as a "," in a cell's text that no quotes hold parts it: only its Description cell, of free text, takes the 1 too many with its other cells fitting their columns; read as one cell, "Paces per turn, 2 ~ 40" (quote a cell that holds a ",")`,
			},
		},
		{
			name: "no mark; a row whose empty last cell ends it in a comma is whole, the title under it text",
			page: "Ban\nBans a player.\nName,Type,Description\na,int,\nItem\nName,Type,Description\nb,int,The b",
			want: []string{"01 Ban", "02 Bans a player.", "03 [Name|Type|Description]", "04 |a|int||", "05 Item", "06 [Name|Type|Description]", "07 |b|int|The b|"},
		},
		{
			name: "a column of titles takes no comma; two columns of free text may: refused, with both readings",
			page: "Item\nTable (0,0):\nName,Type,Description\nid,int,The id\nResponse Status Code\nTable (0,0):\nStatus Code,Status Code Description,Status Code Detailed Description\n200,Normal Response,Normal\n404,Not Found,The player, or the walk, does not exist\n500,Internal Server Error,Internal error\nResponse Codes\nTable (0,0):\nCode,Message,Description\n-1,Walk flooded,The walk is wet\n-2,Gang large,Too many, by far",
			want: []string{"01 Item", "03 [Name|Type|Description]", "04 |id|int|The id|", "05 Response Status Code", "07 [Status Code|Status Code Description|Status Code Detailed Description]", "08 |200|Normal Response|Normal|", "09 |404|Not Found|The player, or the walk, does not exist|", "10 |500|Internal Server Error|Internal error|", "11 Response Codes", "13 [Code|Message|Description]", "14 |-1|Walk flooded|The walk is wet|"},
			warns: []string{
				`p.txt:9: the row at line 9 has 5 cells, more than the 3 columns of the header at line 7, as a "," in a cell's text that no quotes hold parts it: only its Status Code Detailed Description cell, of free text, takes the 2 too many with its other cells fitting their columns; read as one cell, "The player, or the walk, does not exist" (quote a cell that holds a ",")`,
			},
			errors: []string{
				"p.txt:15: the row at line 15 has 4 cells, more than the 3 columns of the header at line 13 (Code,Message,Description), as a \",\" in a cell's text that no quotes hold parts it, and which cell holds the 1 too many cannot be told: Message or Description takes them with the row's other cells fitting their columns. Write the row with that cell in quotes, as one of `-2,\"Gang large, Too many\",by far` `-2,Gang large,\"Too many, by far\"`",
			},
		},
		{
			name: "a comma that falls in a typed column: refused",
			page: "Ban\nBans a player.\nName,Type,Mandatory,Description\na,int,Y,The a\nb,int,maybe, later,The b",
			want: []string{"01 Ban", "02 Bans a player.", "03 [Name|Type|Mandatory|Description]", "04 |a|int|Y|The a|"},
			errors: []string{
				`p.txt:5: the row at line 5 has 5 cells, more than the 4 columns of the header at line 3 (Name,Type,Mandatory,Description), as a "," in a cell's text that no quotes hold parts it, and which cell holds the 1 too many cannot be told: no column of free text takes them with the row's other cells fitting their columns. Write the row with the cell that holds a "," in quotes`,
			},
		},
		{
			name: "a note the tool wrote with the empty cells of the table's other columns is a row of its table: the row under it too",
			page: "Request Body\nTable (0,0):\nName,Type,Mandatory,Description\nplayerId,String,Y,Player ID\nThe fields below are optional.,,,\nchannel,String,N,Channel, up to 32 characters\nResponse Body",
			want: []string{"01 Request Body", "03 [Name|Type|Mandatory|Description]", "04 |playerId|String|Y|Player ID|", "06 |channel|String|N|Channel, up to 32 characters|", "05 The fields below are optional.", "07 Response Body"},
			warns: []string{
				`p.txt:5: line 5 of the table at line 3 holds a sentence in its first cell alone and no name, type or other cell, as a page writes a note where it spans no cell over the columns ("The fields below are optional."): a note over its rows, no field; read as text after the table`,
				`p.txt:6: the row at line 6 has 5 cells, more than the 4 columns of the header at line 3, as a "," in a cell's text that no quotes hold parts it: only its Description cell, of free text, takes the 1 too many with its other cells fitting their columns; read as one cell, "Channel, up to 32 characters" (quote a cell that holds a ",")`,
			},
		},
		{
			name: "a row a comma in its text parted, after a line of text that cut its table, opens a table (whose header the parse asks for): a sentence's commas make no row",
			page: "Request Body\nTable (0,0):\nName,Type,Mandatory,Description\nplayerId,String,Y,Player ID\nValues are checked by the server before the call runs.\nNote that limits, bounds, caps, floors, and ceilings, all apply.\nmailIds,List<String>,Y,Mails to claim, 1 ~ 50 items\n\nResponse Body",
			want: []string{"01 Request Body", "03 [Name|Type|Mandatory|Description]", "04 |playerId|String|Y|Player ID|", "05 Values are checked by the server before the call runs.", "06 Note that limits, bounds, caps, floors, and ceilings, all apply.", "07 [mailIds|List<String>|Y|Mails to claim|1 ~ 50 items]", "09 Response Body"},
		},
		{
			name: "an example's JSON unindented: a member that opens its line is text",
			page: "Name,Type,Description\na,int,The a\nb,int,The b\nExample\n{\n\"a\": 1,\n\"b\": [\"x\", \"y\"]\n}",
			want: []string{"01 [Name|Type|Description]", "02 |a|int|The a|", "03 |b|int|The b|", "04 Example", "05 {", `06 "a": 1,`, `07 "b": ["x", "y"]`, "08 }"},
		},
	} {
		blocks, got := pagestest.Read(Style{}, c.page, true)
		if d := pagestest.Describe(blocks); !reflect.DeepEqual(d, c.want) {
			t.Errorf("%s: blocks\n%s\nwant\n%s", c.name, strings.Join(d, "\n"), strings.Join(c.want, "\n"))
		}
		if want := append(c.warns, c.errors...); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: warnings, then errors\n%s\nwant\n%s", c.name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}
