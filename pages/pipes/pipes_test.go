package pipes

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/cellperline"
	"github.com/docs2go/docs2go/pages/flattened"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/source"
)

// TestWrappedRows reads rows whose text goes on at the next lines, in
// tables with and without a closing pipe; under the last row of a table
// without, a line reads as its last cell's rest as pages.WrapRest tells
// for every style, a blank line under it or not.
func TestWrappedRows(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       [][]string
		warns      []string
	}{
		{"closed row wraps", "Name | Type | Description |\n---|---|---|\nstatus | String | Player\nstatus |\nnickname | String | Nickname |",
			[][]string{{"status", "String", "Player status"}, {"nickname", "String", "Nickname"}}, nil},
		{"psql: its ruler's columns meet at a plus, its footer counts the rows", "  Code   |  Type  | Description\n---------+--------+-------------\n thingId | string | The thing.\n size    | number | Its size.\n(2 rows)",
			[][]string{{"thingId", "string", "The thing."}, {"size", "number", "Its size."}}, nil},
		{"closed row wraps twice", "Name | Type | Description |\n---|---|---|\nstatus | String | The\nplayer's\nstatus |",
			[][]string{{"status", "String", "The player's status"}}, nil},
		{"open table, text between rows", "Name | Type | Description\n---|---|---\nstatus | String | Player\nstatus\nnickname | String | Nickname",
			[][]string{{"status", "String", "Player status"}, {"nickname", "String", "Nickname"}}, []string{"p.txt:4: line 4 has no pipe, between two rows of the table at line 1: read as the text of the row at line 3"}},
		{"a hard wrap cuts a row inside a cell, its rest holds the row's last cells", "Name | Required | Description\nGame-Id | Optional if the gameId is\nset, else the game this request targets. |\nContent-Type | true | application/json",
			[][]string{{"Game-Id", "Optional if the gameId is set, else the game this request targets."}, {"Content-Type", "true", "application/json"}}, []string{"p.txt:3: line 3 starts with text that is no name and holds the cells that the row at line 2 lacks of the table's 3: read as the rest of that row, which a hard wrap cut"}},
		{"a hard wrap cuts a row over three lines", "Name\tRequired\tDescription\nGame-Id\tOptional if the gameId\nis set, else the game this\nrequest targets.\t\nSecret-Key\ttrue\tThe key.",
			[][]string{{"Game-Id", "Optional if the gameId is set, else the game this request targets."}, {"Secret-Key", "true", "The key."}}, []string{"p.txt:3: line 3 has no tab, between two rows of the table at line 1: read as the text of the row at line 2", "p.txt:4: line 4 has no tab, between two rows of the table at line 1: read as the text of the row at line 2"}},
		{"a browser reflows a long cell over four lines without pipes, no outer pipes nor ruler (edbrowse)", "Name|Required|Description\nAuth-Token|true|A token used to authenticate the user.\nIt is issued after login (e.g.,\nloginByAccount, etc.)\nor when an admin logs in.\nThis token identifies the sender.\nSecret-Key|true|The key.\nGame-Id||The game.",
			[][]string{{"Auth-Token", "true", "A token used to authenticate the user. It is issued after login (e.g., loginByAccount, etc.) or when an admin logs in. This token identifies the sender."}, {"Secret-Key", "true", "The key."}, {"Game-Id", "", "The game."}}, []string{
				"p.txt:3: line 3 has no pipe, between two rows of the table at line 1: read as the text of the row at line 2",
				"p.txt:4: line 4 has no pipe, between two rows of the table at line 1: read as the text of the row at line 2",
				"p.txt:5: line 5 has no pipe, between two rows of the table at line 1: read as the text of the row at line 2",
				"p.txt:6: line 6 has no pipe, between two rows of the table at line 1: read as the text of the row at line 2",
			}},
		{"a paragraph after a blank line under a table is no row's text", "Name|Required|Description\nSecret-Key|true|The key.\n\nIt is issued after login.\nThis token identifies the sender.\nGame-Id|true|The game.",
			[][]string{{"Secret-Key", "true", "The key."}}, nil},
		{"a hard wrap cuts the header row inside its last cell", "Status Code | Status Code Description | Status Code Detailed\nDescription\n200 | OK | Normal response",
			[][]string{{"200", "OK", "Normal response"}}, []string{"p.txt:2: line 2 has no pipe, right under a header row whose last cell names a column only with it (\"Status Code Detailed Description\"): read as the rest of the header row at line 1, which a hard wrap cut"}},
		{"a hard wrap cuts the header row before its closing pipe, and a row before its own", "Status Code | Status Code Description | Status Code Detailed\nDescription |\n---|---|---|\n400 | Bad Request | Unparsable request data, missing mandatory\nparameters, or parameter type error |\n401 | Unauthenticated | Authentication failed |",
			[][]string{{"400", "Bad Request", "Unparsable request data, missing mandatory parameters, or parameter type error"}, {"401", "Unauthenticated", "Authentication failed"}}, []string{"p.txt:2: line 2 has no pipe, right under a header row whose last cell names a column only with it (\"Status Code Detailed Description\"): read as the rest of the header row at line 1, which a hard wrap cut"}},
		{"a hard wrap cuts the last row inside its last cell, its rest a default", "Code | Type | Required | Description\nflag | boolean |  | Also list the quests done today.\n(Default: true)\nServer",
			[][]string{{"flag", "boolean", "", "Also list the quests done today. (Default: true)"}}, []string{"p.txt:3: line 3 has no pipe, right under the last row of the table at line 1, and ends the table: it begins as the rest of a cell does (\"(Default: true)\"), read as the text of the row at line 2, whose cell a line break cut"}},
		{"a hard wrap cuts the last row inside its last cell, its rest in lower case", "Name\tType\tDescription\nday\tstring\tThe day, as yyyy-MM-dd in the\ngame's time zone.\n\nExample",
			[][]string{{"day", "string", "The day, as yyyy-MM-dd in the game's time zone."}}, []string{"p.txt:3: line 3 has no tab, right under the last row of the table at line 1, and ends the table: it begins as the rest of a cell does (\"game's time zone.\"), read as the text of the row at line 2, whose cell a line break cut"}},
		{"a hard wrap cuts a header row printed again, its rest with the closing pipe", "Status Code | Status Code Description | Status Code Detailed Description |\n---|---|---|\n200 | OK | Normal |\nStatus Code | Status Code Description | Status Code Detailed\nDescription |\n---|---|---|\n400 | Bad Request | Bad |",
			[][]string{{"200", "OK", "Normal"}}, []string{"p.txt:5: line 5 has no pipe, right under a header row whose last cell names a column only with it (\"Status Code Detailed Description\"): read as the rest of the header row at line 4, which a hard wrap cut"}},
		{"closing pipe alone, and a second one", "Name | Type | Description |\n---|---|---|\nstatus | String | Status\n|\nnickname | String | Nickname | |\n|",
			[][]string{{"status", "String", "Status"}, {"nickname", "String", "Nickname", ""}}, nil},
		{"a tab-separated cell quoted over lines, as a spreadsheet copies it", "Code\tType\tRequired\tDescription\ndoubleWithAd\tboolean\t\t\"Whether it is \"\"doubled\"\".\n(Default: false)\"\nday\tnumber\ttrue\t\"Day.\"",
			[][]string{{"doubleWithAd", "boolean", "", "Whether it is \"doubled\". (Default: false)"}, {"day", "number", "true", "\"Day.\""}}, nil},
		{"a tab-separated cell a spreadsheet quoted on its line, a quote in it doubled", "Code\tType\tRequired\tDescription\nmode\tstring\ttrue\t\"One of \"\"a\"\", \"\"b\"\"\"\nday\tnumber\ttrue\t\"Day.\"",
			[][]string{{"mode", "string", "true", "One of \"a\", \"b\""}, {"day", "number", "true", "\"Day.\""}}, nil},
		{"a quoted cell that no line closes is its line's text", "Code\tType\tRequired\tDescription\nname\tstring\ttrue\t\"The name.\nage\tnumber\ttrue\tThe age.",
			[][]string{{"name", "string", "true", "\"The name."}, {"age", "number", "true", "The age."}}, []string{"p.txt:2: line 2 opens a quoted cell (\") that no line up to line 3 closes: read as the text of its line, quote and all"}},
		{"a row that lost its closing pipe, before a row of the table's cells", "Name | Type | Description |\n---|---|---|\nmessage | String | Message body\nbadge | Integer | Badge count |\nsendAt | Long | Delivery time;\nsent at once when omitted |",
			[][]string{{"message", "String", "Message body"}, {"badge", "Integer", "Badge count"}, {"sendAt", "Long", "Delivery time; sent at once when omitted"}}, []string{"p.txt:3: the row at line 3 lost its closing pipe: no line closes it within the 2 after it, before a row or a table of its own; read it as it is, and the lines after it on their own"}},
		{"a last row that lost its closing pipe does not take the text after it", "Name | Type | Description |\n---|---|---|\ndata | Map | Additional data\nExample Request\nPOST /x HTTP/1.1\ntoken: abc |",
			[][]string{{"data", "Map", "Additional data"}}, []string{"p.txt:3: the row at line 3 lost its closing pipe: no line closes it within the 2 after it, before a row or a table of its own; read it as it is, and the lines after it on their own"}},
		{"a last row that lost its closing pipe at the end of the table", "Name | Type | Description |\n---|---|---|\ndata | Map | Additional data\n\nExample Request",
			[][]string{{"data", "Map", "Additional data"}}, nil},
		{"a wrapped last cell with the table's cells but no name first is the row's text", "Name | Type | Description |\n---|---|---|\nmode | String | One of\n(a | b | c) |",
			[][]string{{"mode", "String", "One of (a", "b", "c)"}}, nil},
		{"open table, text after it", "Name | Type | Description\n---|---|---\nstatus | String | Status\nExample Request",
			[][]string{{"status", "String", "Status"}}, nil},
		{"open table, the rest of its last cell under it, a line break in the cell (html2text)", "Name | Type | Description  \n---|---|---  \nnotify | Boolean | Tell the players  \n(default: true)  \n  \n### Response",
			[][]string{{"notify", "Boolean", "Tell the players (default: true)"}}, []string{`p.txt:4: line 4 has no pipe, right under the last row of the table at line 1, and ends the table: it begins as the rest of a cell does ("(default: true)"), read as the text of the row at line 3, whose cell a line break cut`}},
		{"open table, a row wrapped over three lines, a line break in its cell (html2text)", "Code| Type| Required| Description  \n---|---|---|---  \nmutationBias| number| | Chance that a trait mutates instead of being\ninherited.  \n(from 0.0 to 0.25) (Default: 0.0)  \nkeepParents| boolean| | Keep them.  ",
			[][]string{{"mutationBias", "number", "", "Chance that a trait mutates instead of being inherited. (from 0.0 to 0.25) (Default: 0.0)"}, {"keepParents", "boolean", "", "Keep them."}}, []string{"p.txt:4: line 4 has no pipe, between two rows of the table at line 1: read as the text of the row at line 3", "p.txt:5: line 5 has no pipe, between two rows of the table at line 1: read as the text of the row at line 3"}},
		{"open table, a numbered list right under it is text", "Name | Type | Description\n---|---|---\nstatus | String | Status\n1. Call it first.\n",
			[][]string{{"status", "String", "Status"}}, nil},
		{"a row of a table without outer pipes that opens with a pipe has an empty first cell", "Name | Type | Description |\n---|---|---|\n | PlayerAllResponse | Player information |\nstatus | String | Status |",
			[][]string{{"", "PlayerAllResponse", "Player information"}, {"status", "String", "Status"}}, nil},
		{"a row that opens with a pipe, of the table's cells, has no empty first cell", "Name | Type | Description\n---|---|---\n| status | String | Status",
			[][]string{{"status", "String", "Status"}}, nil},
		{"a hard wrap cuts the last row inside a parenthesis, its rest closes it", "Code\tType\tRequired\tDescription\nclans\tClanCard[]\ttrue\tThe clans. (0 - 25\nelements) See ClanCard\nWhat the directory shows.",
			[][]string{{"clans", "ClanCard[]", "true", "The clans. (0 - 25 elements) See ClanCard"}}, []string{`p.txt:3: line 3 has no tab, right under the last row of the table at line 1, and closes the parenthesis that row's last cell leaves open ("elements) See ClanCard"): read as the text of the row at line 2, which a hard wrap cut`}},
		{"a hard wrap cuts the last row inside its last cell after a comma", "Code\tType\tRequired\tDescription\nofficers\tClanOfficer[]\ttrue\tThe leader and officers,\nleader first. See ClanOfficer\nClanOfficer",
			[][]string{{"officers", "ClanOfficer[]", "true", "The leader and officers, leader first. See ClanOfficer"}}, []string{`p.txt:3: line 3 has no tab, right under the last row of the table at line 1, and ends the table: it begins as the rest of a cell does ("leader first. See ClanOfficer"), read as the text of the row at line 2, whose cell a line break cut`}},
		{"a hard wrap cuts the last row inside its last cell after a word, a title under its rest", "Code\tType\tRequired\tDescription\nupdatedAt\tnumber int\t\tWhen the board was last computed, in milliseconds\nsince the epoch. (from 0)\nLapRecord",
			[][]string{{"updatedAt", "number int", "", "When the board was last computed, in milliseconds since the epoch. (from 0)"}}, []string{`p.txt:3: line 3 has no tab, right under the last row of the table at line 1, and ends the table: it begins as the rest of a cell does ("since the epoch. (from 0)"), read as the text of the row at line 2, whose cell a line break cut`}},
		{"a hard wrap cuts the last row before a range's mark, under a row whose line break's rest is a line of its own", "Name\tType\tMandatory\tDescription\ncaption\tString\tN\tCaption painted on the sail\nAt most 24 characters\nsponsorIds\tList<String>\tN\tSponsor IDs whose logos the sail carries, 0\n~ 3 entries\n\nStreamer",
			[][]string{{"caption", "String", "N", "Caption painted on the sail At most 24 characters"}, {"sponsorIds", "List<String>", "N", "Sponsor IDs whose logos the sail carries, 0 ~ 3 entries"}}, []string{"p.txt:3: line 3 has no tab, between two rows of the table at line 1: read as the text of the row at line 2", `p.txt:5: line 5 has no tab, right under the last row of the table at line 1, and ends the table: it begins as the rest of a cell does ("~ 3 entries"), read as the text of the row at line 4, whose cell a line break cut`}},
		{"a hard wrap cuts the last row before a range's mark, a title right under its rest", "Name\tType\tDescription\njudgeIds\tList<String>\tPlayer IDs of the judges, 0\n~ 3 entries\nExample Request",
			[][]string{{"judgeIds", "List<String>", "Player IDs of the judges, 0 ~ 3 entries"}}, []string{`p.txt:3: line 3 has no tab, right under the last row of the table at line 1, and ends the table: it begins as the rest of a cell does ("~ 3 entries"), read as the text of the row at line 2, whose cell a line break cut`}},
		{"a hard wrap cuts the last row after a range's mark, a title right under its rest", "Name\tType\tDescription\njudgeIds\tList<String>\tPlayer IDs of the judges, 0 ~\n3 entries\nExample Request",
			[][]string{{"judgeIds", "List<String>", "Player IDs of the judges, 0 ~ 3 entries"}}, []string{`p.txt:3: line 3 has no tab, right under the last row of the table at line 1, and ends the table: it begins as the rest of a cell does ("3 entries"), read as the text of the row at line 2, whose cell a line break cut`}},
		{"a hard wrap cuts the last row twice, its second rest a range's mark", "Name\tType\tDescription\njudgeIds\tList<String>\tPlayer IDs of the judges who score the kites from\nthe ground and from the tower, 0\n~ 3 entries\nExample Request",
			[][]string{{"judgeIds", "List<String>", "Player IDs of the judges who score the kites from the ground and from the tower, 0 ~ 3 entries"}}, []string{
				`p.txt:3: line 3 has no tab, right under the last row of the table at line 1, and ends the table: it begins as the rest of a cell does ("the ground and from the tower, 0"), read as the text of the row at line 2, whose cell a line break cut`,
				`p.txt:4: line 4 has no tab, right under the last row of the table at line 1, and ends the table: it begins as the rest of a cell does ("~ 3 entries"), read as the text of the row at line 2, whose cell a line break cut`}},
		{"a hard wrap cuts the last row before a range's hyphen", "Code\tType\tRequired\tDescription\nclans\tClanCard[]\ttrue\tThe clans (0\n- 25 elements)\nWhat the directory shows.",
			[][]string{{"clans", "ClanCard[]", "true", "The clans (0 - 25 elements)"}}, []string{`p.txt:3: line 3 has no tab, right under the last row of the table at line 1, and ends the table: it begins as the rest of a cell does ("- 25 elements)"), read as the text of the row at line 2, whose cell a line break cut`}},
		{"a line break's rest that states a bound, right under the last row", "Name\tType\tMandatory\tDescription\ncaption\tString\tN\tCaption painted on the sail\nAt most 24 characters\n\nStreamer",
			[][]string{{"caption", "String", "N", "Caption painted on the sail At most 24 characters"}}, []string{`p.txt:3: line 3 has no tab, right under the last row of the table at line 1, and ends the table: it begins as the rest of a cell does ("At most 24 characters"), read as the text of the row at line 2, whose cell a line break cut`}},
		{"a hard wrap's rest, then a line break's rest that states a default, right under the last row", "Name\tType\tMandatory\tDescription\ncaption\tString\tN\tCaption painted on the sail of the kite, where the\njudges read it\nDefaults to the player's name.\nStreamer",
			[][]string{{"caption", "String", "N", "Caption painted on the sail of the kite, where the judges read it Defaults to the player's name."}}, []string{
				`p.txt:3: line 3 has no tab, right under the last row of the table at line 1, and ends the table: it begins as the rest of a cell does ("judges read it"), read as the text of the row at line 2, whose cell a line break cut`,
				`p.txt:4: line 4 has no tab, right under the last row of the table at line 1, and ends the table: it begins as the rest of a cell does ("Defaults to the player's name."), read as the text of the row at line 2, whose cell a line break cut`}},
		{"a list item right under a last cell that ends in no number is text", "Code\tType\tDescription\nday\tstring\tThe day\n- 3 retries at most\nLapRecord",
			[][]string{{"day", "string", "The day"}}, nil},
		{"a line in lower case under a last cell that ends a sentence is text", "Code\tType\tDescription\nday\tstring\tThe day.\nuse it with care.\nLapRecord",
			[][]string{{"day", "string", "The day."}}, nil},
		{"a line in lower case under a last cell of one word is text", "Code\tType\tRequired\nday\tstring\ttrue\ncurl -X GET /days\nLapRecord",
			[][]string{{"day", "string", "true"}}, nil},
		{"a line in lower case under a last cell that ends a sentence is text, a blank line under it or not", "Code\tType\tDescription\nday\tstring\tThe day.\nuse it with care.\n\nLapRecord",
			[][]string{{"day", "string", "The day."}}, nil},
		{"a number alone right under the last row, before a blank line, is text (a code block's line number)", "Code\tType\tDescription\nday\tstring\tThe day\n1\n\nExample Request",
			[][]string{{"day", "string", "The day"}}, nil},
		{"a hard wrap cuts the last row inside its last cell after a parenthesis", "Name\tType\tDescription\ntowerId\tstring\tThe tower's id (a UUID)\nor its name\nExample Request",
			[][]string{{"towerId", "string", "The tower's id (a UUID) or its name"}}, []string{`p.txt:3: line 3 has no tab, right under the last row of the table at line 1, and ends the table: it begins as the rest of a cell does ("or its name"), read as the text of the row at line 2, whose cell a line break cut`}},
		{"open table, a sentence right under it is text", "Name | Type | Description\n---|---|---\nstatus | String | Status\nSee the guide.",
			[][]string{{"status", "String", "Status"}}, nil},
	} {
		rep := &pages.Reporter{}
		blocks := pipeItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(c.page)), Report: rep})
		var got [][]string
		for _, r := range blocks[0].Table.Rows {
			got = append(got, r.Cells)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: rows\n got %q\nwant %q", c.name, got, c.want)
		}
		warns, _ := rep.Sorted([]string{"p.txt"}, false)
		var gotWarns []string
		for _, w := range warns {
			gotWarns = append(gotWarns, w.Error())
		}
		if !reflect.DeepEqual(gotWarns, c.warns) {
			t.Errorf("%s: warnings\n got %q\nwant %q", c.name, gotWarns, c.warns)
		}
	}
}

// TestTablesWithoutRulers reads tables whose header is known by its
// column words alone, or by its place before rows of its cells: pipe rows
// with and without outer pipes, tabs around the pipes, and rows of
// tab-separated cells, written "line: cell | cell" for a header or a row
// and "line: text"; warns are its warnings, then its errors ("error: ").
func TestTablesWithoutRulers(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
		warns      []string
	}{
		{"no outer pipes, no ruler", "Request Body\nCode | Type | Required | Description\nday | string |  | The day.\nall | boolean | true | All.\nResponse Body",
			[]string{"1: Request Body", "2: Code | Type | Required | Description", "3: day | string |  | The day.", "4: all | boolean | true | All.", "5: Response Body"}, nil},
		{"outer pipes, no ruler", "| Name | Code | Description |\n| Ok | 1 | Done. |\n| Failed | 2 | Not done. |",
			[]string{"1: Name | Code | Description", "2: Ok | 1 | Done.", "3: Failed | 2 | Not done."}, nil},
		{"closing pipes only, as a wiki's copy", "Name | Type | Mandatory | Description |\nkgAppId | String | Y | KG App ID |",
			[]string{"1: Name | Type | Mandatory | Description", "2: kgAppId | String | Y | KG App ID"}, nil},
		{"a code span and a type's values with pipes", "Code | Type | Required | Description\nname | `string in steam | epic` | true | Name.\nmode | string in a | b |  | Mode.",
			[]string{"1: Code | Type | Required | Description", "2: name | string in steam | epic | true | Name.", "3: mode | string in a | b |  | Mode."}, nil},
		{"tabs around pipes", "Code | Type | Required | Description\ngoal\t|\tnumber int\t|\ttrue\t|\tThe goal.",
			[]string{"1: Code | Type | Required | Description", "2: goal | number int | true | The goal."}, nil},
		{"a row cut at the page width", "Code | Type | Required | Description\ntitle | string | true | The quest's title, shown in the\njournal. (1 - 80 characters)\ngoal | number int | true | The goal.",
			[]string{"1: Code | Type | Required | Description", "2: title | string | true | The quest's title, shown in the journal. (1 - 80 characters)", "4: goal | number int | true | The goal."},
			[]string{"p.txt:3: line 3 has no pipe, between two rows of the table at line 1: read as the text of the row at line 2"}},
		{"the header again under a page mark", "Name | Code | Description\nA | 1 | One.\n\n- 2 -\n\nName | Code | Description\nB | 2 | Two.",
			[]string{"1: Name | Code | Description", "2: A | 1 | One.", "6: continues the table at line 1", "6: Name | Code | Description", "7: B | 2 | Two."}, nil},
		{"tab-separated", "Code\tType\tRequired\tDescription\ncode\tstring\tRequired\tThe code.\n\tstring\t\tIts name lost.\nlocale\tstring\t\t",
			[]string{"1: Code | Type | Required | Description", "2: code | string | Required | The code.", "3:  | string |  | Its name lost.", "4: locale | string |  | "}, nil},
		{"tab-separated, a cell with a pipe", "Code\tType\tDescription\nmode\tstring in a | b\tThe mode.",
			[]string{"1: Code | Type | Description", "2: mode | string in a | b | The mode."}, nil},
		{"tab-separated, a row that wraps", "Name\tCode\tDescription\nOk\t1\tThe request\ncompleted.\nFailed\t2\tIt failed.",
			[]string{"1: Name | Code | Description", "2: Ok | 1 | The request completed.", "4: Failed | 2 | It failed."},
			[]string{"p.txt:3: line 3 has no tab, between two rows of the table at line 1: read as the text of the row at line 2"}},
		{"tab-separated tables one after another", "Name\tRequired\tDescription\nAuth-Token\ttrue\tA token.\n\nCode\tType\tRequired\tDescription\nid\tstring\ttrue\tThe id.",
			[]string{"1: Name | Required | Description", "2: Auth-Token | true | A token.", "4: Code | Type | Required | Description", "5: id | string | true | The id."}, nil},
		{"a header no column word marks, as a status table's", "Response Status Code\nStatus Code | Status Code Description |\n200 | Normal Response |\n400 | Bad Request |",
			[]string{"1: Response Status Code", "2: Status Code | Status Code Description", "3: 200 | Normal Response", "4: 400 | Bad Request"}, nil},
		{"each cell followed by a tab, as Word's plain text writes a table", "Request Body\nName\tType\tMandatory\tDescription\t\nslots\tList<Slot>\tY\tSlots, 1 ~ 8 items\nA slot once\t\nlocale\tString\tN\t\t\nSlot\nName\tType\tMandatory\tDescription\t\nslot\tString\tY\tThe slot\t\nResponse Status Code\nStatus Code\tStatus Code Description\tStatus Code Detailed Description\t\n200\tNormal Response\tNormal\t\n400\tBad Request\tBad\t",
			[]string{"1: Request Body", "2: Name | Type | Mandatory | Description", "3: slots | List<Slot> | Y | Slots, 1 ~ 8 items A slot once", "5: locale | String | N | ", "6: Slot", "7: resumes the table at line 2", "7: Name | Type | Mandatory | Description", "8: slot | String | Y | The slot", "9: Response Status Code", "10: Status Code | Status Code Description | Status Code Detailed Description", "11: 200 | Normal Response | Normal", "12: 400 | Bad Request | Bad"}, nil},
		{"each cell followed by a tab, a row that lost its last tab", "Name\tType\tDescription\t\nid\tString\tThe id\nname\tString\tThe name\t",
			[]string{"1: Name | Type | Description", "2: id | String | The id", "3: name | String | The name"}, nil},
		{"a tab-separated row whose last cell is empty keeps it", "Status Code\tStatus Code Description\tStatus Code Detailed Description\n200\tOK\t\n400\tBad Request\tBad",
			[]string{"1: Status Code | Status Code Description | Status Code Detailed Description", "2: 200 | OK | ", "3: 400 | Bad Request | Bad"}, nil},
		{"a header no column word marks, tab-separated", "Response Status Code\nStatus\tMeaning\n200\tDone.\n409\tTaken.",
			[]string{"1: Response Status Code", "2: Status | Meaning", "3: 200 | Done.", "4: 409 | Taken."}, nil},
		{"a text line before rows of other cells ends the table", "Name | Type | Mandatory | Description\nsize | Integer | N | How many\nResponse Status Code\nStatus Code | Status Code Description\n200 | Normal Response",
			[]string{"1: Name | Type | Mandatory | Description", "2: size | Integer | N | How many", "3: Response Status Code", "4: Status Code | Status Code Description", "5: 200 | Normal Response"}, nil},
		{"the rest of a table after a page mark, without its header", "Name | Code | Description\nA | 1 | One.\n\n- 2 -\n\nB | 2 | Two.\nC | 3 | Three.",
			[]string{"1: Name | Code | Description", "2: A | 1 | One.", "6: continues the table at line 1", "6: Name | Code | Description", "6: B | 2 | Two.", "7: C | 3 | Three."}, nil},
		{"code indented with tabs is no table", "Name\tCode\tDescription\nOk\t1\tDone.\n\n{\n\t\"a\": 1,\n\t\"b\": 2\n}",
			[]string{"1: Name | Code | Description", "2: Ok | 1 | Done.", "4: {", "5: \"a\": 1,", "6: \"b\": 2", "7: }"}, nil},
		{"a line of text cuts a table, its last row alone after it", "Name | Type | Mandatory | Description |\nplayerId | String | Y | Player ID |\nPages are counted per album.\npageSize | Integer | N | Pages returned |\nResponse Status Code",
			[]string{"1: Name | Type | Mandatory | Description", "2: playerId | String | Y | Player ID", "3: Pages are counted per album.", "4: resumes the table at line 1", "4: Name | Type | Mandatory | Description", "4: pageSize | Integer | N | Pages returned", "5: Response Status Code"}, nil},
		{"a line of text between blank lines cuts a tab-separated table", "Name\tType\tMandatory\tDescription\nplayerId\tString\tY\tPlayer ID\n\nAn information panel.\n\npageSize\tInteger\tN\tPages returned\nResponse Status Code",
			[]string{"1: Name | Type | Mandatory | Description", "2: playerId | String | Y | Player ID", "4: An information panel.", "6: resumes the table at line 1", "6: Name | Type | Mandatory | Description", "6: pageSize | Integer | N | Pages returned", "7: Response Status Code"}, nil},
		{"a callout cuts an enum table whose rows' closing pipes drop their empty cells, its last row alone after it", "Name| Code| Description  \n---|---|---  \n`UnknownError`| 1|   \n`ArrayMinLength`| 14|   \nINFO\nOperators may skip the cooldown.\n`ArrayMaxLength`| 15|   \n  \n## Example",
			[]string{"1: Name | Code | Description", "3: UnknownError | 1 | ", "4: ArrayMinLength | 14 | ", "5: INFO", "6: Operators may skip the cooldown.", "7: resumes the table at line 1", "7: Name | Code | Description", "7: ArrayMaxLength | 15 | ", "9: Example"},
			[]string{"p.txt:7: the rows at line 7 have 2 cells, one fewer than the columns of the table at line 1 (Name | Code | Description), and no header row: their cells fit those columns without Description, which a converter drops where it is empty in every row; read as the rest of that table, cut in two, their Description cells empty"}},
		{"a line of text cuts an enum table whose rows' closing pipes drop their empty cells, two rows after it", "Name| Code| Description  \n---|---|---  \n`UnknownError`| 1|   \nValues are checked by the server.\n`ArrayMinLength`| 14|   \n`ArrayMaxLength`| 15|   ",
			[]string{"1: Name | Code | Description", "3: UnknownError | 1 | ", "4: Values are checked by the server.", "5: resumes the table at line 1", "5: Name | Code | Description", "5: ArrayMinLength | 14 | ", "6: ArrayMaxLength | 15 | "},
			[]string{"p.txt:5: the rows at line 5 have 2 cells, one fewer than the columns of the table at line 1 (Name | Code | Description), and no header row: their cells fit those columns without Description, which a converter drops where it is empty in every row; read as the rest of that table, cut in two, their Description cells empty"}},
		{"a code row whose status cell a merged cell took, after a line of text, is text, refused", "Http response code | detail_code | msg | Description |\n486 | -76002 | Oven queue full | Full |\nNote:\n-76003 | Bakery closed | Closed for the night |",
			[]string{"1: Http response code | detail_code | msg | Description", "2: 486 | -76002 | Oven queue full | Full", "3: Note:", "4: -76003 | Bakery closed | Closed for the night |"},
			[]string{"error: p.txt:4: line 4 splits at pipes into 3 cells, as a row of the table at line 1 does, but no header row stands over it: it reads as text, and what it documents would be left out of the schema (-76003 | Bakery closed | Closed for the night); if it is a row of that table, move it under the table's rows, or set the table's header row (Http response code | detail_code | msg | Description) over it, or if it is text, write it as a sentence"}},
		{"a row after more text than a page break leaves is text, refused", "Name | Type | Mandatory |\nplayerId | String | Y |\nOne.\nTwo.\nThree.\nFour.\npageSize | Integer | N |",
			[]string{"1: Name | Type | Mandatory", "2: playerId | String | Y", "3: One.", "4: Two.", "5: Three.", "6: Four.", "7: pageSize | Integer | N |"},
			[]string{"error: p.txt:7: line 7 splits at pipes into 3 cells, as a row of the table at line 1 does, but no header row stands over it: it reads as text, and what it documents would be left out of the schema (pageSize | Integer | N); if it is a row of that table, move it under the table's rows, or set the table's header row (Name | Type | Mandatory) over it, or if it is text, write it as a sentence"}},
		{"a row with an empty cell in a column the table leaves empty, after a blank line, is its rest", "Name\tType\tMandatory\tDescription\nplayerId\tString\tY\tPlayer ID\nalbumId\tString\t\tAlbum ID\n\npageSize\tInteger\t\tPages returned",
			[]string{"1: Name | Type | Mandatory | Description", "2: playerId | String | Y | Player ID", "3: albumId | String |  | Album ID", "5: continues the table at line 1", "5: Name | Type | Mandatory | Description", "5: pageSize | Integer |  | Pages returned"}, nil},
		{"a row with an empty cell in a column the table fills is text, refused", "Name\tType\tMandatory\tDescription\nplayerId\tString\tY\tPlayer ID\n\npageSize\t\tN\tPages returned",
			[]string{"1: Name | Type | Mandatory | Description", "2: playerId | String | Y | Player ID", "4: pageSize\t\tN\tPages returned"},
			[]string{"error: p.txt:4: line 4 splits at tabs into 4 cells, as a row of the table at line 1 does, but no header row stands over it: it reads as text, and what it documents would be left out of the schema (pageSize |  | N | Pages returned); if it is a row of that table, move it under the table's rows, or set the table's header row (Name | Type | Mandatory | Description) over it, or if it is text, write it as a sentence"}},
		{"a row with an empty cell after a line of text is text, refused", "Name\tType\tMandatory\nplayerId\tString\tY\n\nA note.\n\npageSize\t\tN",
			[]string{"1: Name | Type | Mandatory", "2: playerId | String | Y", "4: A note.", "6: pageSize\t\tN"},
			[]string{"error: p.txt:6: line 6 splits at tabs into 3 cells, as a row of the table at line 1 does, but no header row stands over it: it reads as text, and what it documents would be left out of the schema (pageSize |  | N); if it is a row of that table, move it under the table's rows, or set the table's header row (Name | Type | Mandatory) over it, or if it is text, write it as a sentence"}},
		{"a header's leading pipe sets its empty first cell apart, over numbered rows", " | Name | Type | Mandatory |\n---|---|---|---|\n1 | playerId | String | Y |\n2 | kilnId | String | N |",
			[]string{"1: Name | Type | Mandatory", "3: playerId | String | Y", "4: kilnId | String | N"}, nil},
		{"a header's leading pipe sets its empty first cell apart, no ruler", " | Name | Type | Mandatory |\n1 | playerId | String | Y |\n2 | kilnId | String | N |",
			[]string{"1: Name | Type | Mandatory", "2: playerId | String | Y", "3: kilnId | String | N"}, nil},
		{"headings written with their tag's name between tables without outer pipes or rulers", "h3: Response Body\nName | Type | Description\npens | List<Pen> | Pens of the page\nh4: Pen\nName | Type | Description\npenId | String | Pen ID\nH3. Example Request",
			[]string{"1: Response Body", "2: Name | Type | Description", "3: pens | List<Pen> | Pens of the page", "4: Pen", "5: resumes the table at line 2", "5: Name | Type | Description", "6: penId | String | Pen ID", "7: Example Request"}, nil},
		{"text with tabs or pipes is no table", "Overview\nA | B\tC\nCode | Type | Required | Description\nid | string | true | The id.",
			[]string{"1: Overview", "2: A | B\tC", "3: Code | Type | Required | Description", "4: id | string | true | The id."}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			lines := pages.Lines([]byte(c.page))
			rep := &pages.Reporter{}
			var got []string
			for _, b := range pages.Read(Style{}, source.Of("p.txt", pages.Text{Lines: lines}, rep)) {
				if b.Table == nil {
					got = append(got, fmt.Sprintf("%d: %s", b.Line, b.Text))
					continue
				}
				if p := b.Table.Continues; p != nil {
					got = append(got, fmt.Sprintf("%d: continues the table at line %d", b.Table.Line, p.Line))
				}
				if p := b.Table.Resumes; p != nil {
					got = append(got, fmt.Sprintf("%d: resumes the table at line %d", b.Table.Line, p.Line))
				}
				got = append(got, fmt.Sprintf("%d: %s", b.Table.Line, strings.Join(b.Table.Header, " | ")))
				for _, r := range b.Table.Rows {
					got = append(got, fmt.Sprintf("%d: %s", r.Line, strings.Join(r.Cells, " | ")))
				}
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
			warns, errs := rep.Sorted([]string{"p.txt"}, false)
			var gotWarns []string
			for _, w := range warns {
				gotWarns = append(gotWarns, w.Error())
			}
			for _, e := range errs {
				gotWarns = append(gotWarns, "error: "+e.Error())
			}
			if !reflect.DeepEqual(gotWarns, c.warns) {
				t.Errorf("warnings and errors\n got %q\nwant %q", gotWarns, c.warns)
			}
		})
	}
}

// styles are parser's styles but HTML's, in its order.
var styles = []pages.Style{markdown.Style{}, Style{}, cellperline.Style{}, flattened.Style{}}

// TestDetect tells a page of pipes or tabs from a Markdown page, whose
// rulers have a leading pipe, and from one without a table. Rows whose
// header only its place tells do not make a page one of pipes: a
// flattened page's rows may hold pipes ("string in a | b").
func TestDetect(t *testing.T) {
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"| Code | Type |\n|---|---|\n| id | string |\n\n| Name | Code |\n|---|---|\n| Ok | 1 |", markdown.Style{}},
		{"Code | Type\n---|---\nid | string", Style{}},
		{"Code | Type\nid | string", Style{}},
		{"Code\tType\nid\tstring", Style{}},
		{"| Code | Type |\n|---|---|\n| id | string |\n\nName | Code\nOk | 1", markdown.Style{}},
		{"| Code | Type |\n| :-- | --: |\n| id | string |\n\n| Name | Code |\n| :-: | :-- |\n| Ok | 1 |", markdown.Style{}},
		{"Code | Type\n:--|--:\nid | string", Style{}},
		{"Overview\nA | B\nC\tD", nil},
		{"Response Status Code\nStatus Code | Status Code Description\n200 | Normal Response\n400 | Bad Request", nil},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("%q: detected as %v, want %v", c.page, got, c.want)
		}
	}
}

// TestHeaderPrintedTwice reads a table whose header row is printed twice,
// as a wiki's copy prints a header of its table's head and of its body,
// after its ruler or before it, with or without outer pipes, as one
// table's header, with a warning.
func TestHeaderPrintedTwice(t *testing.T) {
	for _, c := range []struct {
		name  string
		style pages.Style
		page  string
		rows  [][]string
		warns []string
	}{
		{"after the ruler, without outer pipes", Style{}, "Name | Type | Mandatory | Description  \n---|---|---|---  \nName | Type | Mandatory | Description  \nbadgeId | String | Y | Badge ID  \nlevel | Integer | N | Level  \n",
			[][]string{{"badgeId", "String", "Y", "Badge ID"}, {"level", "Integer", "N", "Level"}},
			[]string{"p.txt:3: line 3 repeats the header of the table at line 1, with no row between: the header printed twice, as a wiki's copy prints it, read as one table"}},
		{"before the ruler, without outer pipes", Style{}, "Name | Type | Description\nName | Type | Description\n---|---|---\nbadgeId | String | Badge ID\n",
			[][]string{{"badgeId", "String", "Badge ID"}},
			[]string{"p.txt:2: line 2 repeats the header of the table at line 1, with no row between: the header printed twice, as a wiki's copy prints it, read as one table"}},
		{"after the ruler, Markdown", markdown.Style{}, "| Name | Type | Description |\n|---|---|---|\n| Name | Type | Description |\n| badgeId | String | Badge ID |\n",
			[][]string{{"badgeId", "String", "Badge ID"}}, nil},
		{"before the ruler, Markdown", markdown.Style{}, "| Name | Type | Description |\n| Name | Type | Description |\n|---|---|---|\n| badgeId | String | Badge ID |\n",
			[][]string{{"badgeId", "String", "Badge ID"}},
			[]string{"p.txt:1: line 1 is the header at line 2 printed twice, as a wiki's copy prints it: read as one header"}},
		{"before the ruler, Markdown, right under a table", markdown.Style{}, "| Name | Type | Description |\n|---|---|---|\n| a | String | A |\n| Name | Code | Description |\n| Name | Code | Description |\n|---|---|---|\n| Ok | 1 | Done |\n",
			[][]string{{"a", "String", "A"}, {"Ok", "1", "Done"}},
			[]string{"p.txt:4: line 4 is the header at line 5 printed twice, as a wiki's copy prints it: read as one header"}},
	} {
		rep := &pages.Reporter{}
		var tables []*pages.Table
		for _, b := range pages.Read(c.style, source.Of("p.txt", pages.Text{Lines: pages.Lines([]byte(c.page))}, rep)) {
			if b.Table != nil {
				tables = append(tables, b.Table)
			}
		}
		var got [][]string
		for _, tb := range tables {
			for _, r := range tb.Rows {
				got = append(got, r.Cells)
			}
		}
		if !reflect.DeepEqual(got, c.rows) {
			t.Errorf("%s: rows\n got %q\nwant %q", c.name, got, c.rows)
		}
		warns, _ := rep.Sorted([]string{"p.txt"}, false)
		var gotWarns []string
		for _, w := range warns {
			gotWarns = append(gotWarns, w.Error())
		}
		if !reflect.DeepEqual(gotWarns, c.warns) {
			t.Errorf("%s: warnings\n got %q\nwant %q", c.name, gotWarns, c.warns)
		}
	}
}

// TestCutFirstCell joins a row of pipes whose first cell a line break
// cut, its start alone on a line (or with the row's other cells empty)
// and its rest with the row's other cells on the next, when the start
// alone cannot be the row; other lines are read as they are.
func TestCutFirstCell(t *testing.T) {
	const header = "Status Code | Status Code Description | Status Code Detailed Description |\n---|---|---|\n404 | Not Found | No such character |\n"
	type row struct {
		line  int
		cells []string
	}
	for _, c := range []struct {
		name  string
		rest  string
		want  []row
		warns []string
	}{
		{"the code alone on its line, its note on the next", "4xx\n(custom status) | Dispatch Rejected | See below |\n500 | Internal Server Error | Error |",
			[]row{{3, []string{"404", "Not Found", "No such character"}}, {4, []string{"4xx (custom status)", "Dispatch Rejected", "See below"}}, {6, []string{"500", "Internal Server Error", "Error"}}},
			[]string{`p.txt:4: line 4 holds only the start of a first cell, and line 5 its rest, which starts no row, with the row's other cells: read as one row, whose first cell "4xx (custom status)" a line break cut`}},
		{"the code with the row's other cells empty", "4xx | | |\n(custom status) | Dispatch Rejected | See below |",
			[]row{{3, []string{"404", "Not Found", "No such character"}}, {4, []string{"4xx (custom status)", "Dispatch Rejected", "See below"}}},
			[]string{`p.txt:4: line 4 holds only the start of a first cell, and line 5 its rest, which starts no row, with the row's other cells: read as one row, whose first cell "4xx (custom status)" a line break cut`}},
		{"a code whose line has cells is a row", "4xx | Custom | Rejected |\n(custom status) | Dispatch Rejected | See below |",
			[]row{{3, []string{"404", "Not Found", "No such character"}}, {4, []string{"4xx", "Custom", "Rejected"}}, {5, []string{"(custom status)", "Dispatch Rejected", "See below"}}}, nil},
		{"a line of text before a row of its own ends the table", "Custom codes\n409 | Conflict | Taken |",
			[]row{{3, []string{"404", "Not Found", "No such character"}}}, nil},
	} {
		rep := &pages.Reporter{}
		blocks := pipeItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(header + c.rest)), Report: rep})
		var got []row
		for _, r := range blocks[0].Table.Rows {
			got = append(got, row{r.Line, r.Cells})
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: rows\n got %v\nwant %v", c.name, got, c.want)
		}
		warns, _ := rep.Sorted([]string{"p.txt"}, false)
		var gotWarns []string
		for _, w := range warns {
			gotWarns = append(gotWarns, w.Error())
		}
		if !reflect.DeepEqual(gotWarns, c.warns) {
			t.Errorf("%s: warnings\n got %q\nwant %q", c.name, gotWarns, c.warns)
		}
	}
}

// TestRowRestByShape reads the lines under a row that no line closes
// within pages.MaxWrap lines, or that lost its closing pipe, as its
// rest where each begins as the rest of a cell does (a default in
// parentheses, a word in lower case): up to the line that closes the
// row, or a hard wrap's rest; and, in a table whose rows do not close,
// the lines of a cell a line break and a hard wrap cut, up to a blank
// line. A title under a row that lost its pipe is no rest.
func TestRowRestByShape(t *testing.T) {
	for _, c := range []struct {
		name  string
		page  []string
		want  []string
		warns []string
	}{
		{"a row that lost its closing pipe, its default wrapped", []string{"Name | Type | Mandatory | Description |", "---|---|---|---|", "includeRewards | Boolean | N | Include the rewards of each cell", "(default: true)", "Response Status Code", "Status Code | Description |", "---|---|", "200 | Normal |"},
			[]string{"01 [Name|Type|Mandatory|Description]", "03 |includeRewards|Boolean|N|Include the rewards of each cell (default: true)|", "05 Response Status Code", "06 [Status Code|Description]", "08 |200|Normal|"},
			[]string{"p.txt:4: the row at line 3 lost its closing pipe, and the text under it (line 4) has no pipe and begins as the rest of a cell does (\"(default: true)\"), as no row and no line of text of its own does: read as the rest of that row, which a hard wrap cut"}},
		{"a row whose list goes on past the lines a wrap takes", []string{"Name | Type | Mandatory | Description |", "---|---|---|---|", "careLevel | String (Enum) | N | Care the pets get, one of:", "basic", "premium", "royal", "(default: basic) |", "tipRate | Double | N | Tip for the staff |"},
			[]string{"01 [Name|Type|Mandatory|Description]", "03 |careLevel|String (Enum)|N|Care the pets get, one of: basic premium royal (default: basic)|", "08 |tipRate|Double|N|Tip for the staff|"},
			[]string{"p.txt:3: the row at line 3 goes on to line 7, where a pipe closes it: the text under it (lines 4-7) has no other pipe and begins as the rest of a cell does, line by line (\"basic\"), as no row and no line of text of its own does; read as one row"}},
		{"a title under a row that lost its closing pipe", []string{"Name | Type | Mandatory | Description |", "---|---|---|---|", "includeRewards | Boolean | N | Include the rewards of each cell", "Response Status Code", "Status Code | Description |", "---|---|", "200 | Normal |"},
			[]string{"01 [Name|Type|Mandatory|Description]", "03 |includeRewards|Boolean|N|Include the rewards of each cell|", "04 Response Status Code", "05 [Status Code|Description]", "07 |200|Normal|"},
			[]string{"p.txt:3: the row at line 3 lost its closing pipe: no line closes it within the 2 after it, before a row or a table of its own; read it as it is, and the lines after it on their own"}},
		{"unclosed rows, a cell cut by a line break and a wrap", []string{"Code| Type| Required| Description", "---|---|---|---", "`keepParents`| `boolean`| | Keep the parents in their pots.", "`skipCooldown`| `boolean`| | Cross even while the cooldown", "runs.", "(Default: false)", "", "## Admin"},
			[]string{"01 [Code|Type|Required|Description]", "03 |keepParents|boolean||Keep the parents in their pots.|", "04 |skipCooldown|boolean||Cross even while the cooldown runs. (Default: false)|", "08 Admin"},
			[]string{
				"p.txt:5: line 5 has no pipe, right under the last row of the table at line 1, and ends the table: it begins as the rest of a cell does (\"runs.\"), read as the text of the row at line 4, whose cell a line break cut",
				"p.txt:6: line 6 has no pipe, right under the last row of the table at line 1, and ends the table: it begins as the rest of a cell does (\"(Default: false)\"), read as the text of the row at line 4, whose cell a line break cut",
			}},
	} {
		blocks, warns := pagestest.ReadText(Style{}, strings.Join(c.page, "\n"))
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) || !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: read\n%s\nwarnings %q; want\n%s\n%q", c.name, strings.Join(got, "\n"), warns, strings.Join(c.want, "\n"), c.warns)
		}
	}
}

// TestLeadingTab reads tab-separated tables whose every row opens with a
// tab, as Word's plain text and unrtf --text write them (a trailing tab
// row, the header printed twice): the empty first column is dropped, a
// header of a status table's words ("Status Code Description") is read
// as one, and a row of such a table after a few lines of text is its
// rest, or is refused as a stray row when empty cells set it apart.
func TestLeadingTab(t *testing.T) {
	for _, c := range []struct {
		name   string
		page   string
		header [][]string
		rows   [][]string
		msgs   []string
	}{
		{"a status table, its header printed twice",
			"Response Status Code\n\n\tStatus Code\tStatus Code Description\tStatus Code Detailed Description\n\tStatus Code\tStatus Code Description\tStatus Code Detailed Description\n\t200\tNormal Response\tNormal\n\t400\tBad Request\tMissing parameters\n\t\n",
			[][]string{{"Status Code", "Status Code Description", "Status Code Detailed Description"}},
			[][]string{{"200", "Normal Response", "Normal"}, {"400", "Bad Request", "Missing parameters"}},
			[]string{"p.txt:4: line 4 repeats the header of the table at line 3, with no row between: the header printed twice, as a wiki's copy prints it, read as one table"}},
		{"a field table, and its rest after an advert",
			"\tName\tType\tMandatory\tDescription\n\tplayerId\tString\tY\tPlayer ID\n\nSponsored\n\n\tlevel\tInteger\tN\tLevel\n",
			[][]string{{"Name", "Type", "Mandatory", "Description"}, {"Name", "Type", "Mandatory", "Description"}},
			[][]string{{"playerId", "String", "Y", "Player ID"}, {"level", "Integer", "N", "Level"}}, nil},
		{"a row after an advert with an empty cell the table never leaves empty is refused",
			"\tCode\tType\tRequired\tDescription\n\tname\tstring\ttrue\tThe name.\n\nSponsored\n\n\tage\tnumber\t\tThe age.\n",
			[][]string{{"Code", "Type", "Required", "Description"}},
			[][]string{{"name", "string", "true", "The name."}},
			[]string{"error: p.txt:6: line 6 splits at tabs into 4 cells, as a row of the table at line 1 does, but no header row stands over it: it reads as text, and what it documents would be left out of the schema (age | number |  | The age.); if it is a row of that table, move it under the table's rows, or set the table's header row (Code | Type | Required | Description) over it, or if it is text, write it as a sentence"}},
		{"a table one of whose rows fills the first column keeps it",
			"\tName\tType\n\tid\tstring\nx\tsize\tnumber\n",
			[][]string{{"", "Name", "Type"}},
			[][]string{{"", "id", "string"}, {"x", "size", "number"}}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			rep := &pages.Reporter{}
			var header, rows [][]string
			for _, b := range pages.Read(Style{}, source.Of("p.txt", pages.Text{Lines: pages.Lines([]byte(c.page))}, rep)) {
				if b.Table == nil {
					continue
				}
				header = append(header, b.Table.Header)
				for _, r := range b.Table.Rows {
					rows = append(rows, r.Cells)
				}
			}
			if !reflect.DeepEqual(header, c.header) || !reflect.DeepEqual(rows, c.rows) {
				t.Errorf("tables\n got %q %q\nwant %q %q", header, rows, c.header, c.rows)
			}
			warns, errs := rep.Sorted([]string{"p.txt"}, false)
			var msgs []string
			for _, w := range warns {
				msgs = append(msgs, w.Error())
			}
			for _, e := range errs {
				msgs = append(msgs, "error: "+e.Error())
			}
			if !reflect.DeepEqual(msgs, c.msgs) {
				t.Errorf("messages\n got %q\nwant %q", msgs, c.msgs)
			}
		})
	}
}

// TestPrintedTabTables reads tables of tabs that a PDF's text extraction
// of a browser's print wrote (pdf-parse): a page's mark ends a table, the
// lines under the header printed again after it that begin no row are
// the rest of the last row before the break, and a name a narrow first
// column broke at its hyphens, alone on its lines, is the first cell of
// the row whose other cells the line after them holds.
func TestPrintedTabTables(t *testing.T) {
	for _, c := range []struct {
		name, page string
		rows       [][]string
		warns      []string
	}{
		{"a page break in a row's text, the header printed again", "Name\tType\tDescription\ndebugMessage\tstring\tA developer-oriented\nmessage that provides\nfile:///tmp/p.html \t3/10\nName\tType\tDescription\nadditional context for\ndebugging.\nparameters\tResponseData\tThe data.",
			[][]string{{"debugMessage", "string", "A developer-oriented message that provides additional context for debugging."}, {"parameters", "ResponseData", "The data."}},
			[]string{
				`p.txt:3: line 3 has no tab, right under the last row of the table at line 1, and ends the table: it begins as the rest of a cell does ("message that provides"), read as the text of the row at line 2, whose cell a line break cut`,
				"p.txt:6: line 6, under the header at line 5 that repeats the header of the table at line 1, begins no row but goes on a description: read as the text of the row at line 2, which a page break cut, and the rows after it as the rest of that table",
			}},
		{"text under a header printed again that begins a sentence is no row's rest", "Name\tType\tDescription\nday\tstring\tThe day.\nfile:///tmp/p.html \t3/10\nName\tType\tDescription\nSee the guide.\nlevel\tnumber\tThe level.\nrank\tnumber\tThe rank.",
			[][]string{{"day", "string", "The day."}, {"level", "number", "The level."}, {"rank", "number", "The rank."}}, nil},
		{"a name broken at its hyphens, the row's other cells on the next line", "Name\tRequired\tDescription\nSecret-\nKey\ntrue\tThe key.\nX-Request-\nTrace-\nId\nfalse\tThe trace.\nGame-Id\tfalse\tThe game.",
			[][]string{{"Secret-Key", "true", "The key."}, {"X-Request-Trace-Id", "false", "The trace."}, {"Game-Id", "false", "The game."}},
			[]string{
				`p.txt:2: lines 2 to 3 hold a name alone, broken at its hyphens ("Secret-Key"), and line 4 the other cells of its row: read as one row, whose first cell a narrow column broke`,
				`p.txt:5: lines 5 to 7 hold a name alone, broken at its hyphens ("X-Request-Trace-Id"), and line 8 the other cells of its row: read as one row, whose first cell a narrow column broke`,
			}},
		{"a name broken at its hyphen before a whole row is no cell of it", "Name\tRequired\tDescription\nSecret-\nKey\nGame-Id\tfalse\tThe game.",
			nil, nil},
	} {
		rep := &pages.Reporter{}
		var got [][]string
		for _, b := range pages.Read(Style{}, source.Of("p.txt", pages.Text{Lines: pages.Lines([]byte(c.page))}, rep)) {
			if b.Table != nil {
				for _, r := range b.Table.Rows {
					got = append(got, r.Cells)
				}
			}
		}
		if !reflect.DeepEqual(got, c.rows) {
			t.Errorf("%s: rows\n got %q\nwant %q", c.name, got, c.rows)
		}
		warns, _ := rep.Sorted([]string{"p.txt"}, false)
		var gotWarns []string
		for _, w := range warns {
			gotWarns = append(gotWarns, w.Error())
		}
		if !reflect.DeepEqual(gotWarns, c.warns) {
			t.Errorf("%s: warnings\n got %q\nwant %q", c.name, gotWarns, c.warns)
		}
	}
}

// TestCellOfParagraphs reads the paragraphs under a row short of its last
// cell, blank lines around them, as that cell, where the table goes on
// right after them, as go-readability's RenderText (a browser's
// innerText) and html2markdown under a row of pipes that does not close
// write a cell of several <p>s; and leaves them text, the row short,
// where the table does not go on after them, where the row lacks no cell,
// or where a title or a header stands among them.
func TestCellOfParagraphs(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       [][]string
		paras      []string
		warns      []string
	}{
		{"tabs: two paragraphs, the next row right after them", "Name\tType\tDescription\npilotId\tString\tPilot ID\nlicence\tString\n\nLicence class (A, B, C)\n\nOnly a class A pilot takes a deep ship\nlaunchId\tString\tLaunch",
			[][]string{{"pilotId", "String", "Pilot ID"}, {"licence", "String", "Licence class (A, B, C) Only a class A pilot takes a deep ship"}, {"launchId", "String", "Launch"}},
			[]string{"Licence class (A, B, C)", "Only a class A pilot takes a deep ship"},
			[]string{`p.txt:5: lines 5-7, set apart by blank lines and without a tab, under the row of "licence" at line 3, which has 2 cells of the table's 3, and the table goes on at line 8: read as that row's last cell ("Licence class (A, B, C) Only a class A pilot takes a deep..."), a cell's paragraphs that the converter set on lines of their own`}},
		{"pipes without outer ones: one paragraph of two lines, a blank line before the next row", "Name | Type | Description\n---|---|---\nlicence | String\n\nLicence class,\nA, B or C\n\nlaunchId | String | Launch",
			[][]string{{"licence", "String", "Licence class, A, B or C"}, {"launchId", "String", "Launch"}},
			nil,
			[]string{`p.txt:5: lines 5-6, set apart by blank lines and without a pipe, under the row of "licence" at line 3, which has 2 cells of the table's 3, and the table goes on at line 8: read as that row's last cell ("Licence class, A, B or C"), a cell's paragraphs that the converter set on lines of their own`}},
		{"tabs: two rows of paragraphs, one after the other", "Name\tType\tDescription\nlicence\tString\n\nLicence class\nlaunchId\tString\n\nThe launch. It carries the pilot\netaMinutes\tInteger\tMinutes",
			[][]string{{"licence", "String", "Licence class"}, {"launchId", "String", "The launch. It carries the pilot"}, {"etaMinutes", "Integer", "Minutes"}},
			nil,
			[]string{`p.txt:4: line 4, set apart by blank lines and without a tab, under the row of "licence" at line 2, which has 2 cells of the table's 3, and the table goes on at line 5: read as that row's last cell ("Licence class"), a cell's paragraphs that the converter set on lines of their own`,
				`p.txt:7: line 7, set apart by blank lines and without a tab, under the row of "launchId" at line 5, which has 2 cells of the table's 3, and the table goes on at line 8: read as that row's last cell ("The launch. It carries the pilot"), a cell's paragraphs that the converter set on lines of their own`}},
		{"the last row short, text after it: the table ends, with a warning", "Name\tType\tDescription\nlicence\tString\n\nLicence class (A, B, C)\n\nExample Request",
			[][]string{{"licence", "String"}}, nil, []string{`p.txt:2: the row of "licence" at line 2 has 2 cells of the table's 3, the last of the table, and the paragraph at line 4 ("Licence class (A, B, C)") after it may be its last cell, set on lines of its own as a converter sets a cell's paragraphs, or text after the table: nothing tells which; read as text after the table, the row's cell empty (if it is the row's, write it on the row's line, after a tab)`}},
		{"a row that lacks no cell, text, then rows: the table ends", "Name\tType\tDescription\nlicence\tString\tLicence\n\nA note on the pilots\n\nlaunchId\tString\tLaunch",
			[][]string{{"licence", "String", "Licence"}}, nil, nil},
		{"a name alone among them is a title: the table ends", "Name\tType\tDescription\nlicence\tString\n\nPilotLaunch\n\nlaunchId\tString\tLaunch",
			[][]string{{"licence", "String"}}, nil, nil},
		{"a header after them: the table ends, with a warning", "Name\tType\tDescription\nlicence\tString\n\nThe launches\n\nName\tType\tDescription\nlaunchId\tString\tLaunch",
			[][]string{{"licence", "String"}}, nil, []string{`p.txt:2: the row of "licence" at line 2 has 2 cells of the table's 3, the last of the table, and the paragraph at line 4 ("The launches") after it may be its last cell, set on lines of its own as a converter sets a cell's paragraphs, or text after the table: nothing tells which; read as text after the table, the row's cell empty (if it is the row's, write it on the row's line, after a tab)`}},
	} {
		rep := &pages.Reporter{}
		blocks := pipeItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(c.page)), Report: rep})
		var got [][]string
		for _, r := range blocks[0].Table.Rows {
			got = append(got, r.Cells)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: rows\n got %q\nwant %q", c.name, got, c.want)
		}
		if len(got) > 1 {
			row := blocks[0].Table.Rows[len(got)-2]
			if ps := row.CellParagraphs[lastCell(row.Cells)]; !reflect.DeepEqual(ps, c.paras) {
				t.Errorf("%s: paragraphs\n got %q\nwant %q", c.name, ps, c.paras)
			}
		}
		warns, _ := rep.Sorted([]string{"p.txt"}, false)
		var gotWarns []string
		for _, w := range warns {
			gotWarns = append(gotWarns, w.Error())
		}
		if !reflect.DeepEqual(gotWarns, c.warns) {
			t.Errorf("%s: warnings\n got %q\nwant %q", c.name, gotWarns, c.warns)
		}
	}
}

// TestCellLineBreaks keeps the paragraphs of a cell whose line break
// (a <br>, which RenderText and innerText write as one) set a sentence
// on a line of its own between two rows, so that what the line above
// states ends at the break; a line that goes on a sentence, or one under
// a line a hard wrap of the page cut, goes on the paragraph above.
func TestCellLineBreaks(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"a sentence after a bound", "Name\tType\tDescription\nlegs\tList<Leg>\tLegs of the passage, 1 ~ 6\nThe pilot cons them in order\nspeed\tDouble\tSpeed",
			[]string{"Legs of the passage, 1 ~ 6", "The pilot cons them in order"}},
		{"a sentence, then the rest of it in lower case", "Name\tType\tDescription\nlegs\tList<Leg>\tLegs of the passage, 1 ~ 6\nThe pilot cons them\nin order\nspeed\tDouble\tSpeed",
			[]string{"Legs of the passage, 1 ~ 6", "The pilot cons them in order"}},
		{"the rest of a sentence", "Name\tType\tDescription\nlegs\tList<Leg>\tLegs of the\npassage, 1 ~ 6\nspeed\tDouble\tSpeed", nil},
	} {
		blocks := pipeItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(c.page)), Report: &pages.Reporter{}})
		row := blocks[0].Table.Rows[0]
		if got := row.CellParagraphs[lastCell(row.Cells)]; !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: paragraphs\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestBlockGluedAfterHTMLTable reads the block glued after the </table>
// of an HTML table kept on one line (embedTables) as a block of its own
// after the table, with a warning at its line, in every style whose
// page holds one: the heading turndown, then marked, glued in Markdown
// ("...</tbody></table>### Response Body"), a title in a page of pipes.
func TestBlockGluedAfterHTMLTable(t *testing.T) {
	const warn = "p.txt:3: line 3 writes %q after the </table> that closes the HTML table at line 3, as a converter that passes an HTML block through glues the block after the table to its last line: read as a block of its own after the table; write it on a line of its own"
	want := []string{"01 Response Status Code", "03 [Status Code|Description]", "03 |466|Refused|", "03 Response Body", "05 [Name|Type]", "07 |id|String|"}
	for _, c := range []struct {
		style        pages.Style
		title, table string
	}{
		{markdown.Style{}, "### ", "<table><tbody><tr><th>Status Code</th><th>Description</th></tr><tr><td>466</td><td>Refused</td></tr></tbody></table>"},
		{Style{}, "", "<table><tr><th>Status Code</th><th>Description</th></tr><tr><td>466</td><td>Refused</td></tr></table>"},
	} {
		page := c.title + "Response Status Code\n\n" + c.table + c.title + "Response Body\n\n| Name | Type |\n|---|---|\n| id | String |\n"
		blocks, warns := pagestest.Read(c.style, page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, want) {
			t.Errorf("%T: read\n%s\nwant\n%s", c.style, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if w := fmt.Sprintf(warn, c.title+"Response Body"); !reflect.DeepEqual(warns, []string{w}) {
			t.Errorf("%T: warnings\n%s\nwant\n%s", c.style, strings.Join(warns, "\n"), w)
		}
	}
}
