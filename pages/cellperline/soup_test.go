package cellperline_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/cellperline"
	"github.com/docs2go/docs2go/pages/source"
)

// TestSoupItems reads a scraper's text of the page (get_text("\n")): each
// text node a line, blank lines as many as the HTML's whitespace between
// its tags.
func TestSoupItems(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
		msgs       []string
	}{
		{"rows on one line of HTML each: no gap between cells, two between rows, a cut cell joined by its comma",
			"Request Body\n\n\n\nName\nType\nMandatory\nDescription\n\n\nplayerId\nString\nY\nPlayer ID\n\n\nlockHours\nInteger\nN\nHours before withdrawal\n, 0 ~ 72\n\n\n\n\nResponse Body\n",
			[]string{"1: Request Body", "5: | Name | Type | Mandatory | Description |", "11: | playerId | String | Y | Player ID |", "17: | lockHours | Integer | N | Hours before withdrawal, 0 ~ 72 |", "26: Response Body"},
			[]string{"p.txt:17: lines 17-21 hold 5 cells for a row of 4 columns, the row of lockHours at line 17: its first 3 each fit their columns, Name, Type, Mandatory, and its Description, at line 20, goes on over the lines after it to line 21, as a line break or a wrap cuts a cell: read as one cell (lockHours | Integer | N | Hours before withdrawal, 0 ~ 72)"}},
		{"a row that lost an empty cell with no gap to show it takes it where its cells fit",
			"Name\nType\nDescription\n\n\nused\nInteger\nSlots in use\n\n\ntotal\nInteger\n\n\n\n\nExample\n",
			[]string{"1: | Name | Type | Description |", "6: | used | Integer | Slots in use |", "11: | total | Integer |  |", "17: Example"},
			[]string{"p.txt:11: lines 11-12 hold 2 cells for a row of 3 columns: read the empty ones where the cells fit their columns (total | Integer | )"}},
		{"indented HTML (BeautifulSoup 4.11.2's get_text of a VitePress table): two blank lines between cells, an empty cell two more, one that ends a row too, a link's text joined",
			"Request Body \n#\n\n\n\n\n\n\n\n\nCode\n\n\nType\n\n\nRequired\n\n\nDescription\n\n\n\n\n\n\n\n\n\n\nkeys\n\n\nstring[]\n\n\n\n\nKeys to read;\n\nevery key when empty.\n\n\n\n\n\n\nreturnCode\n\n\nReturnCode\n\n\ntrue\n\n\nSee \nReturnCode\n\n\n\n\n\n\nGame-Id\n\n\nOptional if set\n\n\n\n\n\n\n\n\n\n\nitems\n\n\nItem\n[]\n\n\ntrue\n\n\nThe items\n\n\n\n\n\n\n\n\nServer \n#\n\n",
			[]string{"1: Request Body", "11: | Code | Type | Required | Description |", "31: | keys | string[] |  | Keys to read; every key when empty. |", "48: | returnCode | ReturnCode | true | See ReturnCode |", "65: | Game-Id | Optional if set |  |  |", "79: | items | Item[] | true | The items |", "98: Server"},
			nil},
		{"a note across the columns between two rows, set apart as the rows are, is text after the table, with a warning: the rows after it are the table's",
			"Code\nType\nRequired\nDescription\n\n\nuserId\nstring\ntrue\nThe player.\n\n\nrotation\nRotation\nWhich way the piece faces.\n\n\nNote:\n cellX counts from the room's north-west corner; a wider piece grows east.\n\n\nscale\nnumber\nDisplay scale of the piece.\n\n\n\n\nAdmin\n",
			[]string{"1: | Code | Type | Required | Description |", "7: | userId | string | true | The player. |", "13: | rotation | Rotation |  | Which way the piece faces. |", "22: | scale | number |  | Display scale of the piece. |", "18: Note: cellX counts from the room's north-west corner; a wider piece grows east.", "29: Admin"},
			[]string{"p.txt:13: lines 13-15 hold 3 cells for a row of 4 columns: read the empty ones where the cells fit their columns (rotation | Rotation |  | Which way the piece faces.)", "p.txt:18: line 18 of the table at line 1 holds one cell across its columns, on lines of their own between its rows (\"Note: cellX counts from the room's north-west corner; a w...\"): a note over its rows, no field; read as text after the table", "p.txt:22: lines 22-24 hold 3 cells for a row of 4 columns: read the empty ones where the cells fit their columns (scale | number |  | Display scale of the piece.)"}},
		{"a callout run into the row after it, set apart as the rows are, is text after the table, with a warning: the lines after it are the table's row",
			"Name\nType\nMandatory\nDescription\n\n\nappSecret\nString\nY\nApp Secret\n\n\nTIP\nOperators may skip the cooldown; every such call is written to the audit log.\nkgAppId\nString\nY\nKG App ID\n\n\n\n\nRequest Body\n",
			[]string{"1: | Name | Type | Mandatory | Description |", "7: | appSecret | String | Y | App Secret |", "15: | kgAppId | String | Y | KG App ID |", "13: TIP Operators may skip the cooldown; every such call is written to the audit log.", "23: Request Body"},
			[]string{"p.txt:13: lines 13-14 (TIP Operators may skip the cooldown; every such call is w...), between rows of the table at line 1, are no row of it, and the lines after them, 15-18, hold the 4 cells of its row, each fitting its column (kgAppId | String | Y | KG App ID): read them as its row, the lines before them as a note across its columns", "p.txt:13: line 13 of the table at line 1 holds one cell across its columns, on lines of their own between its rows (\"TIP Operators may skip the cooldown; every such call is w...\"): a note over its rows, no field; read as text after the table"}},
		{"a title after a table of one row, over the next table's header, is no note",
			"Name\nType\nDescription\n\n\nachievements\nList<Achievement>\nAchievements, by category\n\n\n\n\nAchievement\n\n\n\n\nName\nType\nDescription\n\n\nachievementId\nString\nAchievement ID\n",
			[]string{"1: | Name | Type | Description |", "6: | achievements | List<Achievement> | Achievements, by category |", "13: Achievement", "18: | Name | Type | Description |", "23: | achievementId | String | Achievement ID |"},
			nil},
		{"rows a cell short after a gap wider than those between the rows before: the gap alone does not end the table, their cells fitting its columns make them its rows, with a warning",
			"Code\nType\nRequired\nDescription\n\n\nuserId\nstring\ntrue\nThe player.\n\n\ndownforce\nnumber\nShare of the power.\n\n\n\n\n\n\n\n\nskipCooldown\nboolean\nTune even when tuned lately.\n\n\nnote\nstring\nWhy the kart was tuned.\n\n\n\n\nResponse Body\n",
			[]string{"1: | Code | Type | Required | Description |", "7: | userId | string | true | The player. |", "13: | downforce | number |  | Share of the power. |", "24: | skipCooldown | boolean |  | Tune even when tuned lately. |", "29: | note | string |  | Why the kart was tuned. |", "36: Response Body"},
			[]string{"p.txt:13: lines 13-15 hold 3 cells for a row of 4 columns: read the empty ones where the cells fit their columns (downforce | number |  | Share of the power.)", "p.txt:24: lines 24-26 hold 3 cells for a row of 4 columns: read the empty ones where the cells fit their columns (skipCooldown | boolean |  | Tune even when tuned lately.)", "p.txt:24: lines 24-26, after a gap wider than those between the rows of the table at line 1, hold the 4 cells of a row of it, each fitting its column (skipCooldown | boolean |  | Tune even when tuned lately.): read as its row", "p.txt:29: lines 29-31 hold 3 cells for a row of 4 columns: read the empty ones where the cells fit their columns (note | string |  | Why the kart was tuned.)"}},
		{"indented HTML: a note across the columns ends the table, and the row after it, its empty cell a wider gap, is refused",
			"Code\n\n\nType\n\n\nRequired\n\n\nDescription\n\n\n\n\n\n\nuserId\n\n\nstring\n\n\ntrue\n\n\nThe player.\n\n\n\n\n\n\nNote:\n cellX counts from the room's north-west corner; a wider piece grows east.\n\n\n\n\n\n\nscale\n\n\nnumber\n\n\n\n\nDisplay scale of the piece.\n\n\n\n\n\n\nAdmin\n",
			[]string{"1: | Code | Type | Required | Description |", "17: | userId | string | true | The player. |", "33: Note:", "34: cellX counts from the room's north-west corner; a wider piece grows east.", "41: scale", "44: number", "49: Display scale of the piece.", "56: Admin"},
			[]string{"p.txt:41: lines 41-49 hold a row of the table at line 1 (scale | number |  | Display scale of the piece.), but a line that is no row of it (a note across its columns, a title) or a gap wider than those between its rows ends the table before them, and no header row stands over them: they read as text, and what they document would be left out of the schema; if they are a row of that table, take out what stands between its rows, or give them a header row"}},
		{"text after a table, its lines no row's cells, is text",
			"Code\nType\nRequired\nDescription\n\n\nuserId\nstring\ntrue\nThe player.\n\n\n\n\nAdmin\n\n\nRequire permission rules\ngarage.tuneKart\n. See PermissionRules\n\n\nHTTP\n",
			[]string{"1: | Code | Type | Required | Description |", "7: | userId | string | true | The player. |", "15: Admin", "18: Require permission rules", "19: garage.tuneKart", "20: . See PermissionRules", "23: HTTP"},
			nil},
		{"lines past the columns after a name, a type and a requiredness each on a line are the description's",
			"Name\nType\nMandatory\nDescription\n\n\nendTime\nLong\nN\nEnd of the period (epoch milliseconds)\nDefaults to now.\n\n\nholdId\nString\nY\nHold ID, as \n/wallet/balance\n lists it\n\n\n\n\nExample\n",
			[]string{"1: | Name | Type | Mandatory | Description |", "7: | endTime | Long | N | End of the period (epoch milliseconds) Defaults to now. |", "14: | holdId | String | Y | Hold ID, as /wallet/balance lists it |", "24: Example"},
			[]string{"p.txt:7: lines 7-11 hold 5 cells for a row of 4 columns, the row of endTime at line 7: its first 3 each fit their columns, Name, Type, Mandatory, and its Description, at line 10, goes on over the lines after it to line 11, as a line break or a wrap cuts a cell: read as one cell (endTime | Long | N | End of the period (epoch millisecond...)", "p.txt:14: lines 14-19 hold 6 cells for a row of 4 columns, the row of holdId at line 14: its first 3 each fit their columns, Name, Type, Mandatory, and its Description, at line 17, goes on over the lines after it to line 19, as a line break or a wrap cuts a cell: read as one cell (holdId | String | Y | Hold ID, as /wallet/balance lists it)"}},
		{"a name cut in two leaves a type under Mandatory: the row is refused",
			"Name\nType\nMandatory\nDescription\n\n\nendTime\nLong\nN\nEnd of the period\n\n\nskin\nTone\nInteger\nY\nSkin tone\n\n\n\n\nExample\n",
			[]string{"1: | Name | Type | Mandatory | Description |", "7: | endTime | Long | N | End of the period |", "13: skin", "14: Tone", "15: Integer", "16: Y", "17: Skin tone", "22: Example"},
			[]string{"p.txt:13: lines 13-17 hold 5 lines for a row of the table's 4 columns (skin | Tone | Integer | Y | Skin tone), and nothing tells which of them go on a cell before them: write each cell on one line"}},
		{"a row of too many lines that nothing joins is refused",
			"Name\nType\nDescription\n\n\ncapacity\nInteger\nSlots\n\n\n\n\nName\nType\nDescription\n\n\nused\nInteger\nSlots\nIn use\n\n\nExample\n",
			[]string{"1: | Name | Type | Description |", "6: | capacity | Integer | Slots |", "13: | Name | Type | Description |", "18: used", "19: Integer", "20: Slots", "21: In use", "24: Example"},
			[]string{"p.txt:18: lines 18-21 hold 4 lines for a row of the table's 3 columns (used | Integer | Slots | In use), and nothing tells which of them go on a cell before them: write each cell on one line"}},
		{"string value of the HTML (xmllint --xpath 'string(//main)'): no gap between cells, two blank lines between rows, an empty cell an empty line of its own, in the first row and after; a title after the table is no row of it",
			"Request Body\n\n\n\nCode\nType\nRequired\nDescription\n\n\n\n\nmotto\nstring\n\nA line.\n\n\nguildId\nstring\ntrue\nThe guild.\n\n\nnote\nstring\n\nA note.\n\n\n\nResponse Body\n200 Ok\n\n\n\nCode\nType\nRequired\nDescription\n\n\n\n\nreturnCode\nReturnCode\ntrue\nThe code.\n\n\n\nErrorCode\n",
			[]string{"1: Request Body", "5: | Code | Type | Required | Description |", "13: | motto | string |  | A line. |", "19: | guildId | string | true | The guild. |", "25: | note | string |  | A note. |", "32: Response Body", "33: 200 Ok", "37: | Code | Type | Required | Description |", "45: | returnCode | ReturnCode | true | The code. |", "52: ErrorCode"},
			nil},
		{"string value of the HTML: a block of more cells than the columns, its empty lines read as cells, is refused at its line, and the table goes on after it",
			"Code\nType\nRequired\nDescription\n\n\n\n\nmotto\nstring\n\nA line.\n\n\nguildId\nstring\n\ntrue\nThe guild.\n\n\nnote\nstring\n\nA note.\n\n\n\nErrorCode\n",
			[]string{"1: | Code | Type | Required | Description |", "9: | motto | string |  | A line. |", "22: | note | string |  | A note. |", "29: ErrorCode"},
			[]string{"p.txt:15: lines 15-19, set apart as the rows of the table at line 1 are, hold 5 cells for its 4 columns, each blank line among them an empty cell as in its other rows (guildId | string | true | The guild.): which of them make its row cannot be told; write each of its cells on a line, an empty one as an empty line"}},
		{"string value of the HTML, glamour's print of a raw HTML table: a block whose description wraps under its empty Required cell's blank line is one row, with a warning; the rows after it are the table's",
			"Code\nType\nRequired\nDescription\n\n\n\n\nmotto\nstring\n\nA line\nthat wraps. (1\n- 4 items)\n\n\nguildId\nstring\ntrue\nThe guild.\n\n\n\nErrorCode\n",
			[]string{"1: | Code | Type | Required | Description |", "9: | motto | string |  | A line that wraps. (1 - 4 items) |", "17: | guildId | string | true | The guild. |", "24: ErrorCode"},
			[]string{"p.txt:9: lines 9-14, each blank line among them an empty cell, hold 6 cells for a row of 4 columns, the row of motto at line 9: its first 3 each fit their columns, Code, Type, Required, and its Description, at line 12, goes on over the lines after it to line 14, as a line break or a wrap cuts a cell: read as one cell (motto | string |  | A line that wraps. (1 - 4 items))"}},
		{"string value of the HTML: a row after a title that ends the table, a block with its empty cell, is refused as a row of the table",
			"Code\nType\nRequired\nDescription\n\n\n\n\nmotto\nstring\n\nA line.\n\n\nguildId\nstring\ntrue\nThe guild.\n\n\n\nNote\n\n\n\nnote\nstring\n\nA note.\n\n\n\nErrorCode\n",
			[]string{"1: | Code | Type | Required | Description |", "9: | motto | string |  | A line. |", "15: | guildId | string | true | The guild. |", "22: Note", "26: note", "27: string", "29: A note.", "33: ErrorCode"},
			[]string{"p.txt:26: lines 26-29 hold a row of the table at line 1 (note | string |  | A note.), but a line that is no row of it (a note across its columns, a title) or a gap wider than those between its rows ends the table before them, and no header row stands over them: they read as text, and what they document would be left out of the schema; if they are a row of that table, take out what stands between its rows, or give them a header row"}},
		{"string value of the HTML: a note that states a default glued over a row's first cell, the rows blocks with their empty cells, is the rest of the row above's last cell, with a warning: the row under it is the table's",
			"Request Headers\n\n\n\nName\nRequired\nDescription\n\n\n\n\nSecret-Key\ntrue\nThe key.\n\n\nGame-Id\n\nThe game.\n\n\nDefaults to 5 when omitted.\nContent-Type\ntrue\napplication/json\n\n\n\nRequest Body\n",
			[]string{"1: Request Headers", "5: | Name | Required | Description |", "12: | Secret-Key | true | The key. |", "17: | Game-Id |  | The game. Defaults to 5 when omitted. |", "23: | Content-Type | true | application/json |", "29: Request Body"},
			[]string{"p.txt:22: line 22 (Defaults to 5 when omitted.) states a default, a sentence of its own right over the cell at line 23 that starts a row of the table at line 5, no blank line between them: read as the rest of the last cell of the row above it, as a cell's second paragraph; if it is a note of the table's, set it apart from the rows"}},
		{"indented HTML: a note that states a default glued over a row's first cell, no cell gap between them, is no part of that cell but the rest of the row above's last cell, with a warning",
			"Code\n\n\nType\n\n\nRequired\n\n\nDescription\n\n\n\n\n\n\nuserId\n\n\nstring\n\n\ntrue\n\n\nThe player.\n\n\n\n\n\n\nDefaults to 5 when omitted.\nlevel\n\n\nnumber\n\n\ntrue\n\n\nTheir level.\n\n\n\n\n\n\ncount\n\n\nnumber\n\n\ntrue\n\n\nHow many.\n\n\n\n\n\n\nAdmin\n",
			[]string{"1: | Code | Type | Required | Description |", "17: | userId | string | true | The player. Defaults to 5 when omitted. |", "34: | level | number | true | Their level. |", "50: | count | number | true | How many. |", "66: Admin"},
			[]string{"p.txt:33: line 33 (Defaults to 5 when omitted.) states a default, a sentence of its own right over the cell at line 34 that starts a row of the table at line 1, no blank line between them: read as the rest of the last cell of the row above it, as a cell's second paragraph; if it is a note of the table's, set it apart from the rows"}},
		{"a page's text whose status table's header cells stand a line each and whose rows run together, a row a line (striptags of a Confluence page that writes a row's <td>s on one line): each row's codes at its start, its text cut where a capital follows a letter; a row whose text cuts too many ways is refused",
			"Response Status Code\n\nStatus Code\nStatus Code Description\nStatus Code Detailed Description\n\n200Normal ResponseNormal\n465 (custom status)Glacier UnavailableSee Response Codes\n\n\n401UnauthenticatedAuthentication FailedHere\n500Internal Server ErrorInternal server system error\n\n\n\nResponse Body\n",
			[]string{"1: Response Status Code", "3: | Status Code | Status Code Description | Status Code Detailed Description |", "7: | 200 | Normal Response | Normal |", "8: | 465 (custom status) | Glacier Unavailable | See Response Codes |", "12: | 500 | Internal Server Error | Internal server system error |", "16: Response Body"},
			[]string{"p.txt:7: lines 7-12, the rows of the table at line 3, whose header cells stand a line each, have their cells run together, a row a line, as a page's text writes a row whose cells its HTML sets on one line: read each row's codes at its start, and the text after them cut where a capital follows a letter with no space between, as many places as its columns need (200 | Normal Response | Normal)", "p.txt:11: cannot split \"401UnauthenticatedAuthentication FailedHere\" into the columns Status Code | Status Code Description | Status Code Detailed Description: its cells run together, and its text after its codes has 2 places (\"Unauthenticated|Authentication\", \"Failed|Here\") where a capital follows a letter with no space between, where its columns need 1 cuts: which of them ends a cell is not told. Write the page's table with its cells set apart (a tab or pipes between them)"}},
		{"a table of codes a cell a line whose status cell spanned the rows under it (a rowspan), written once: a row a cell short that begins with a detail code takes the status of the row above, with a warning naming it",
			"Status\nCode\nMessage\nDescription\n\n\n465\n-86001\nGlacier closed\nThe glacier is closed\n\n\n-86002\nPermit expired\nThe permit has expired\n\n\n466\n-86003\nDrill stuck\nThe drill is stuck\n\n\n-86004\nBrittle ice\nThe ice is brittle\n\n\n\n\nExample\n",
			[]string{"1: | Status | Code | Message | Description |", "7: | 465 | -86001 | Glacier closed | The glacier is closed |", "13: | 465 | -86002 | Permit expired | The permit has expired |", "18: | 466 | -86003 | Drill stuck | The drill is stuck |", "24: | 466 | -86004 | Brittle ice | The ice is brittle |", "31: Example"},
			[]string{"p.txt:13: line 13 (\"-86002 | Permit expired | The permit has expired\") under the table at line 1, whose cells stand a line each, begins with its detail code, without its status: the status cell spanned the rows above it (a rowspan), which a page's text writes once; read with the status of the row above, at line 7 (465)", "p.txt:24: line 24 (\"-86004 | Brittle ice | The ice is brittle\") under the table at line 1, whose cells stand a line each, begins with its detail code, without its status: the status cell spanned the rows above it (a rowspan), which a page's text writes once; read with the status of the row above, at line 18 (466)"}},
		{"UnRTF's text: each cell a line led by a tab, but the header's first cell, right under the titles",
			"Request Body\nCode\n\tType\n\tDescription\n\n\tuserId\n\tstring\n\tThe player\n\n\tlevel\n\tnumber int\n\tTheir level\n\n\t\nResponse Body\n200 Ok\nCode\n\tType\n\tDescription\n\n\treturnCode\n\tReturnCode\n\tThe outcome\n\n\tparameters\n\tResponseData\n\tThe data\n",
			[]string{"1: Request Body", "2: | Code | Type | Description |", "6: | userId | string | The player |", "10: | level | number int | Their level |", "15: Response Body", "16: 200 Ok", "17: | Code | Type | Description |", "21: | returnCode | ReturnCode | The outcome |", "25: | parameters | ResponseData | The data |"},
			nil},
		{"a tag stripper's text of indented HTML: an empty description cell, a blank line, whose rest goes on after it is that rest",
			"                        Name\n                        Type\n                        Mandatory\n                        Description\n                      \n                        Content-Type\n                        String\n                        Y\n                        \n                        \"application/json;charset=UTF-8\"\n                      \n                        String",
			[]string{"1: | Name | Type | Mandatory | Description |", "6: | Content-Type | String | Y | \"application/json;charset=UTF-8\" |", "12: String"},
			[]string{"p.txt:6: lines 6-10, each blank line among them an empty cell, hold 5 cells for a row of 4 columns, the row of Content-Type at line 6: its first 3 each fit their columns, Name, Type, Mandatory, and its Description, at line 9, goes on over the lines after it to line 10, as a line break or a wrap cuts a cell: read as one cell (Content-Type | String | Y | \"application/json;charset=UTF-8\")"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			rep := &pages.Reporter{}
			src := source.Of("p.txt", pages.Text{Lines: pages.Lines([]byte(c.page))}, rep)
			if got := cellperline.Render(pages.Read(cellperline.Style{}, src)); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
			warns, errs := rep.Sorted([]string{"p.txt"}, false)
			var msgs []string
			for _, m := range append(warns, errs...) {
				msgs = append(msgs, m.Error())
			}
			if !reflect.DeepEqual(msgs, c.msgs) {
				t.Errorf("messages\n%s\nwant\n%s", strings.Join(msgs, "\n"), strings.Join(c.msgs, "\n"))
			}
		})
	}
}

// TestSoupDetect rates a scraper's text of the page as this style's.
func TestSoupDetect(t *testing.T) {
	page := "Name\nType\nDescription\n\n\nused\nInteger\nSlots in use\n\n\ncapacity\nInteger\nSlots\n"
	if got := (cellperline.Style{}).Detect(pages.Lines([]byte(page))); got < 3 {
		t.Errorf("Detect = %d, want 3 at least", got)
	}
}
