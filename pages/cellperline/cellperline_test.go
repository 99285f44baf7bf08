package cellperline_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/cellperline"
	"github.com/docs2go/docs2go/pages/source"
)

// read reads lines, the page name, in this style from the Source a
// parse reads it from (source.Of: with the readers the styles lend every
// other), reporting on rep.
func read(name string, lines []string, rep *pages.Reporter) []pages.Block {
	return pages.Read(cellperline.Style{}, source.Of(name, pages.Text{Lines: lines}, rep))
}

func TestCellItems(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
		warns      int
	}{
		{"header printed twice", "Request Headers\nName\n\nType\n\nMandatory\n\nDescription\n\nName\n\nType\n\nMandatory\n\nDescription\n\nappSecret\n\nString\n\nY\n\nApp Secret\n\nkgAppId\n\nString\n\nY\n\nKG App ID\n\nRequest Body\nNone\n",
			[]string{"1: Request Headers", "2: | Name | Type | Mandatory | Description |", "18: | appSecret | String | Y | App Secret |", "26: | kgAppId | String | Y | KG App ID |", "34: Request Body", "35: None"}, 0},
		{"header of words not column names, printed twice", "Status Code\n\nStatus Code Description\n\nStatus Code\n\nStatus Code Description\n\n200\n\nNormal\n\n401\n\nUnauthenticated\n",
			[]string{"1: | Status Code | Status Code Description |", "9: | 200 | Normal |", "13: | 401 | Unauthenticated |"}, 0},
		{"a header printed twice, its first copy's first cell a title run into its column word", "Name\n\nDescription\n\nName\n\nDescription\n\ncount\n\nQuantity\n\nResponse Status CodeStatus Code\n\nStatus Code Description\n\nStatus Code\n\nStatus Code Description\n\n200\n\nNormal\n",
			[]string{"1: | Name | Description |", "9: | count | Quantity |", "13: | Response Status CodeStatus Code | Status Code Description |", "21: | 200 | Normal |"}, 0},
		{"a cell cut from its row before a header that a title runs into is no title: warned", "Name\n\nType\n\nDescription\n\nName\n\nType\n\nDescription\n\ncount\n\nInteger\n\nQuantity\n\n(at most 10)\n\nResponse Status CodeStatus Code\n\nStatus Code Description\n\nStatus Code\n\nStatus Code Description\n\n200\n\nNormal\n",
			[]string{"1: | Name | Type | Description |", "13: | count | Integer | Quantity |", "19: (at most 10)", "21: | Response Status CodeStatus Code | Status Code Description |", "29: | 200 | Normal |"}, 1},
		{"header printed once, in Korean", "이름\n\n타입\n\n필수 여부\n\n설명\n\nplayerId\n\nString\n\nY\n\n플레이어 ID\n",
			[]string{"1: | 이름 | 타입 | 필수 여부 | 설명 |", "9: | playerId | String | Y | 플레이어 ID |"}, 0},
		{"a title with a blank line after it ends the table before the next", "Name\n\nType\n\nDescription\n\nitems\n\nList<Item>\n\nThe items\n\nItem\n\nName\n\nType\n\nDescription\n\nitemId\n\nString\n\nItem ID\n",
			[]string{"1: | Name | Type | Description |", "7: | items | List<Item> | The items |", "13: Item", "15: | Name | Type | Description |", "21: | itemId | String | Item ID |"}, 0},
		{"an empty cell is two more blank lines", "Name\n\nType\n\nDescription\n\ncount\n\nInteger\n\n\n\nlimit\n\nInteger\n\nAt most 100\n",
			[]string{"1: | Name | Type | Description |", "7: | count | Integer |  |", "13: | limit | Integer | At most 100 |"}, 0},
		{"a last row one cell short, its description vanished: read empty, with a warning", "Name\n\nType\n\nDescription\n\ncount\n\nInteger\n",
			[]string{"1: | Name | Type | Description |", "7: | count | Integer |  |"}, 1},
		{"a lost blank line between two cells, told by the row width", "Name\n\nType\n\nDescription\n\ncount\nInteger\n\nQuantity\n\nlimit\n\nInteger\n\nAt most 100\n",
			[]string{"1: | Name | Type | Description |", "7: | count | Integer | Quantity |", "12: | limit | Integer | At most 100 |"}, 1},
		{"a cell that goes on at the next line, told by the row width", "Name\n\nType\n\nDescription\n\ncount\n\nInteger\n\nQuantity of the item,\nat most 100\n\nlimit\n\nInteger\n\nPage size\n",
			[]string{"1: | Name | Type | Description |", "7: | count | Integer | Quantity of the item, at most 100 |", "14: | limit | Integer | Page size |"}, 1},
		{"a cell that wraps over three lines, before the next row", "Name\n\nType\n\nMandatory\n\nDescription\n\nmaxUses\n\nInteger\n\nN\n\nHow many may use it\nIt expires when used up.\n(1 ~ 20)\n\nnote\n\nString\n\nN\n\nA note\n",
			[]string{"1: | Name | Type | Mandatory | Description |", "9: | maxUses | Integer | N | How many may use it It expires when used up. (1 ~ 20) |", "19: | note | String | N | A note |"}, 1},
		{"three cells whose blank lines were lost, told by the row width", "Name\n\nType\n\nMandatory\n\nDescription\n\ncount\nInteger\nY\n\nQuantity\n\nlimit\n\nInteger\n\nN\n\nAt most 100\n",
			[]string{"1: | Name | Type | Mandatory | Description |", "9: | count | Integer | Y | Quantity |", "15: | limit | Integer | N | At most 100 |"}, 1},
		{"a three-line group nothing decides ends the table, with a warning", "Status Code\n\nDescription\n\nStatus Code\n\nDescription\n\n200\n\nNormal\n\n400\nBad\nRequest\n\n401\n\nUnauth\n\n402\nmore\n",
			[]string{"1: | Status Code | Description |", "9: | 200 | Normal |", "13: 400", "14: Bad", "15: Request", "17: 401", "19: Unauth", "21: 402", "22: more"}, 1},
		{"a title of two lines ends the table", "Name\n\nType\n\ncount\n\nInteger\n\nRequest Body\nNone\n\nName\n\nType\n\nplayerId\n\nString\n",
			[]string{"1: | Name | Type |", "5: | count | Integer |", "9: Request Body", "10: None", "12: | Name | Type |", "16: | playerId | String |"}, 0},
		{"zero-width spaces at a cell's ends", "Name\n\nMandatory\u200b\n\nplayerId\n\nY\u200b\n\u200b\n",
			[]string{"1: | Name | Mandatory |", "5: | playerId | Y |"}, 0},
		{"a lost blank line in a table whose columns tell nothing, decided by its end", "Status Code\n\nDescription\n\nStatus Code\n\nDescription\n\n200\n\nNormal\n\n400\nBad Request\n\n401\n\nUnauthenticated\n\nResponse Body\nName\n\nType\n\nok\n\nBoolean\n",
			[]string{"1: | Status Code | Description |", "9: | 200 | Normal |", "13: | 400 | Bad Request |", "16: | 401 | Unauthenticated |", "20: Response Body", "21: | Name | Type |", "25: | ok | Boolean |"}, 1},
		{"a two-line group nothing decides ends the table, with a warning", "Status Code\n\nDescription\n\nStatus Code\n\nDescription\n\n200\n\nNormal\n\n400\nBad\n\n401\n\nUnauth\n\n402\nmore\n",
			[]string{"1: | Status Code | Description |", "9: | 200 | Normal |", "13: 400", "14: Bad", "16: 401", "18: Unauth", "20: 402", "21: more"}, 1},
		{"a header whose second copy is in another language", "Name\n\nDescription\n\n이름\n\n설명\n\nplayerId\n\nPlayer ID\n",
			[]string{"1: | Name | Description |", "9: | playerId | Player ID |"}, 0},
		{"a lost cell does not shift the rows after it", "Name\n\nType\n\nMandatory\n\nDescription\n\nplayerId\n\nString\n\nPlayer ID\n\nsize\n\nInteger\n\nN\n\nPage size\n",
			[]string{"1: | Name | Type | Mandatory | Description |", "9: | playerId | String |  | Player ID |", "15: | size | Integer | N | Page size |"}, 1},
		{"a status range among status codes", "Status Code\n\nDescription\n\nStatus Code\n\nDescription\n\n200\n\nNormal\n\n4xx (custom status)\n\nSee the code table\n",
			[]string{"1: | Status Code | Description |", "9: | 200 | Normal |", "13: | 4xx (custom status) | See the code table |"}, 0},
		{"a status header printed once, of cells that end with column words, under a bilingual title", "응답 상태 코드 (Response Status Code)\n\n상태 코드\n\n설명\n\n상세 설명\n\n200\n\nNormal Response\n\nNormal\n\n4xx (custom status)\n\nMission Unavailable\n\nSee the codes\n",
			[]string{"1: 응답 상태 코드 (Response Status Code)", "3: | 상태 코드 | 설명 | 상세 설명 |", "9: | 200 | Normal Response | Normal |", "15: | 4xx (custom status) | Mission Unavailable | See the codes |"}, 0},
		{"a code table whose header has words joined by underscores and words of no kind", "Http response code\n\ndetail_code\n\nmsg\n\nDescription\n\n461\n\n-40101\n\nMission expired\n\nThe mission ended\n\n462\n\n-40102\n\nAlready completed\n\nToday\n",
			[]string{"1: | Http response code | detail_code | msg | Description |", "9: | 461 | -40101 | Mission expired | The mission ended |", "17: | 462 | -40102 | Already completed | Today |"}, 0},
		{"the same header printed once in English", "Status Code\n\nStatus Code Description\n\nStatus Code Detailed Description\n\n200\n\nNormal Response\n\nNormal\n",
			[]string{"1: | Status Code | Status Code Description | Status Code Detailed Description |", "7: | 200 | Normal Response | Normal |"}, 0},
		{"a description that ends with a column word before a row's name is no header", "Name\n\nType\n\nDescription\n\nguild\n\nString\n\nGuild name\n\ntype\n\nString\n\nGuild type\n",
			[]string{"1: | Name | Type | Description |", "7: | guild | String | Guild name |", "13: | type | String | Guild type |"}, 0},
		{"rows of status codes that lost their last cells, the last row cut short", "Status Code\n\nDescription\n\nDetailed Description\n\n200\n\nNormal Response\n\nNormal\n\n400\n\nBad Request\n\n401\n\nUnauthenticated\n\n404\n\nNot Found\n",
			[]string{"1: | Status Code | Description | Detailed Description |", "7: | 200 | Normal Response | Normal |", "13: | 400 | Bad Request |  |", "17: | 401 | Unauthenticated |  |", "21: 404", "23: Not Found"}, 3},
		{"fields named by column words right under a header printed once", "Name\n\nType\n\nMandatory\n\nDescription\n\ncode\n\nString\n\nY\n\nThe code\n\ntype\n\nString\n\nN\n\nThe type\n",
			[]string{"1: | Name | Type | Mandatory | Description |", "9: | code | String | Y | The code |", "17: | type | String | N | The type |"}, 0},
		{"a field named by a column word under a header in two languages", "Name\n\nType\n\n이름\n\n타입\n\nstatus\n\nString\n\nlevel\n\nInteger\n",
			[]string{"1: | Name | Type |", "9: | status | String |", "13: | level | Integer |"}, 0},
		{"a numbering column headed by #", "Request Body\n\n#\n\nName\n\nType\n\n1\n\nplayerId\n\nString\n\n2\n\ncount\n\nInteger\n",
			[]string{"1: Request Body", "3: | Name | Type |", "9: | playerId | String |", "15: | count | Integer |"}, 0},
		{"a numbering column headed by No., the header printed twice", "No.\n\nName\n\nType\n\nNo.\n\nName\n\nType\n\n1\n\nplayerId\n\nString\n",
			[]string{"1: | Name | Type |", "13: | playerId | String |"}, 0},
		{"a numbering column headed by an empty cell", "Request Body\n\n\n\nName\n\nType\n\n1\n\nplayerId\n\nString\n\n2\n\ncount\n\nInteger\n",
			[]string{"1: Request Body", "5: | Name | Type |", "9: | playerId | String |", "15: | count | Integer |"}, 0},
		{"a status table after an empty cell is no numbered table", "Response Status Code\n\n\n\nStatus Code\n\nStatus Code Description\n\nStatus Code Detailed Description\n\n1\n\nNormal Response\n\nNormal\n",
			[]string{"1: Response Status Code", "5: | Status Code | Status Code Description | Status Code Detailed Description |", "11: | 1 | Normal Response | Normal |"}, 0},
		{"a page ending after the header", "Name\n\nType\n", []string{"1: | Name | Type |"}, 0},
		{"prose is text", "Description\nLists the items.\nMethod\nGET\n", []string{"1: Description", "2: Lists the items.", "3: Method", "4: GET"}, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			rep := &pages.Reporter{}
			src := source.Of("p.txt", pages.Text{Lines: pages.Lines([]byte(c.page))}, rep)
			if (cellperline.Style{}).Detect(src.Lines) == 0 && c.name != "prose is text" {
				t.Errorf("Detect: 0, want a rate")
			}
			got := cellperline.Render(pages.Read(cellperline.Style{}, src))
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
			warns, _ := rep.Sorted([]string{"p.txt"}, false)
			if len(warns) != c.warns {
				t.Errorf("warnings %v, want %d", warns, c.warns)
			}
		})
	}
}

func TestDenseItems(t *testing.T) {
	for _, c := range []struct {
		name, page   string
		want         []string
		warns, fails int
	}{
		{"a wrapped description and a lost Mandatory cell", "Request Body\nName\nType\nMandatory\nDescription\nreporterId\nString\nY\nPlayer ID\nreason\nString (Enum)\nY\nReason (abuse,\ncheat)\nmemo\nString\nFree text\nResponse Body\nName\nType\nDescription\nreportId\nString\nReport ID\nExample Request\n",
			[]string{"1: Request Body", "2: | Name | Type | Mandatory | Description |", "6: | reporterId | String | Y | Player ID |", "10: | reason | String (Enum) | Y | Reason (abuse, cheat) |", "15: | memo | String |  | Free text |", "18: Response Body", "19: | Name | Type | Description |", "22: | reportId | String | Report ID |", "25: Example Request"}, 2, 0},
		{"a description wrapped at the end of a table, told by its open parenthesis", "Name\nType\nDescription\nkind\nString\nThe kind (a, b,\nc)\nExample Request\n",
			[]string{"1: | Name | Type | Description |", "4: | kind | String | The kind (a, b, c) |", "8: Example Request"}, 1, 0},
		{"a status table under a title that reads as a column, a header printed twice, page chrome", "Response Status Code\nStatus Code\nStatus Code Description\n200\nNormal\n400\nBad Request\nIntegration Guide > https://example.com/wiki\nName\nType\nName\nType\nok\nBoolean\nPage 2 of 3\n",
			[]string{"1: Response Status Code", "2: | Status Code | Status Code Description |", "4: | 200 | Normal |", "6: | 400 | Bad Request |", "8: Integration Guide > https://example.com/wiki", "9: | Name | Type |", "13: | ok | Boolean |"}, 0, 0},
		{"a status table printed twice under its title, a lost description told by the status code after it", "Response Status Code\nStatus Code\nStatus Code Description\nStatus Code\nStatus Code Description\n200\n400\nBad Request\n",
			[]string{"1: Response Status Code", "2: | Status Code | Status Code Description |", "6: | 200 |  |", "7: | 400 | Bad Request |"}, 1, 0},
		{"a Korean header, Korean requiredness", "요청 파라미터\n이름\n타입\n필수 여부\n설명\nplayerId\nString\n필수\n플레이어 ID\nsize\nInteger\n선택\n조회할 개수\n",
			[]string{"1: 요청 파라미터", "2: | 이름 | 타입 | 필수 여부 | 설명 |", "6: | playerId | String | 필수 | 플레이어 ID |", "10: | size | Integer | 선택 | 조회할 개수 |"}, 0, 0},
		{"a bilingual header", "Name (이름)\nType (타입)\nDescription (설명)\nitems\nList<Item>\n아이템 목록\n",
			[]string{"1: | Name (이름) | Type (타입) | Description (설명) |", "4: | items | List<Item> | 아이템 목록 |"}, 0, 0},
		{"a status header printed once in Korean, a code table whose header has words joined by underscores", "응답 상태 코드\n상태 코드\n설명\n상세 설명\n200\nNormal Response\nNormal\n461\nMission Expired\nSee the codes\n응답 코드\nHttp response code\ndetail_code\nmsg\nDescription\n461\n-40101\nMission expired\nThe mission ended\n",
			[]string{"1: 응답 상태 코드", "2: | 상태 코드 | 설명 | 상세 설명 |", "5: | 200 | Normal Response | Normal |", "8: | 461 | Mission Expired | See the codes |", "11: 응답 코드", "12: | Http response code | detail_code | msg | Description |", "16: | 461 | -40101 | Mission expired | The mission ended |"}, 0, 0},
		{"a lost description, told by the row its line starts", "Name\nType\nMandatory\nDescription\nappSecret\nString\nY\nkgAppId\nString\nY\nKG App ID\n",
			[]string{"1: | Name | Type | Mandatory | Description |", "5: | appSecret | String | Y |  |", "8: | kgAppId | String | Y | KG App ID |"}, 1, 0},
		{"lines after the header that fit no row, before rows that do, are refused", "Name\nType\nMandatory\nDescription\nThe fields are:\nsee below\nplayerId\nString\nY\nPlayer ID\n",
			nil, 0, 1},
		{"a field named by a column word right under a header printed once", "Response Body\nName\nType\nDescription\ncode\nString\nReferral code\nstatus\nString\nCode status\n",
			[]string{"1: Response Body", "2: | Name | Type | Description |", "5: | code | String | Referral code |", "8: | status | String | Code status |"}, 0, 0},
		{"a description that ends with a column word before a field named by one", "Name\nType\nMandatory\nDescription\ncode\nString\nY\nThe code\ntype\nString\nN\nThe type\n",
			[]string{"1: | Name | Type | Mandatory | Description |", "5: | code | String | Y | The code |", "9: | type | String | N | The type |"}, 0, 0},
		{"a wrapped description under a header printed once keeps the header whole", "Name\nType\nMandatory\nDescription\nfield0\nString\nY\nField number 0 (a,\nb)\nfield1\nString\nY\nField number 1\n",
			[]string{"1: | Name | Type | Mandatory | Description |", "5: | field0 | String | Y | Field number 0 (a, b) |", "10: | field1 | String | Y | Field number 1 |"}, 1, 0},
		{"a header printed twice before a field named by a column word", "Name\nType\nDescription\nName\nType\nDescription\ncode\nString\nReferral code\n",
			[]string{"1: | Name | Type | Description |", "7: | code | String | Referral code |"}, 0, 0},
		{"a blank line is an empty cell inside a row, and sets rows apart between them", "Name\nType\nMandatory\nDefault\nDescription\ndeviceId\nString\nN\n\nDevice ID\n\nnotify\nBoolean\nN\ntrue\nWhether to notify\nResponse Body\nName\nType\nDescription\nok\nBoolean\nDone\n",
			[]string{"1: | Name | Type | Mandatory | Default | Description |", "6: | deviceId | String | N |  | Device ID |", "12: | notify | Boolean | N | true | Whether to notify |", "17: Response Body", "18: | Name | Type | Description |", "21: | ok | Boolean | Done |"}, 0, 0},
		{"a blank line after a table's last row ends it", "Name\nDescription\nplayerId\nThe player\n\nSee the guide\nfor more.\n",
			[]string{"1: | Name | Description |", "3: | playerId | The player |", "6: See the guide", "7: for more."}, 0, 0},
		{"a last row cut short by two blank lines is text, with a warning", "Name\nType\nMandatory\nDescription\nplayerId\nString\nY\nPlayer ID\ndeviceId\nString\n\n\nDevice ID\n",
			[]string{"1: | Name | Type | Mandatory | Description |", "5: | playerId | String | Y | Player ID |", "9: deviceId", "10: String", "13: Device ID"}, 1, 0},
		{"a numbering column headed by #", "Request Body\n#\nName\nType\nMandatory\nDescription\n1\nplayerId\nString\nY\nPlayer ID\n2\ncount\nInteger\nN\nHow many\n",
			[]string{"1: Request Body", "2: | Name | Type | Mandatory | Description |", "7: | playerId | String | Y | Player ID |", "12: | count | Integer | N | How many |"}, 0, 0},
		{"a numbering column headed by 번호, the header printed twice", "번호\n이름\n타입\n번호\n이름\n타입\n1\nplayerId\nString\n2\ncount\nInteger\n",
			[]string{"1: | 이름 | 타입 |", "7: | playerId | String |", "10: | count | Integer |"}, 0, 0},
		{"rows numbered under a header without a numbering cell are refused", "Name\nType\nMandatory\nDescription\n1\nplayerId\nString\nY\nPlayer ID\n",
			nil, 0, 1},
		{"a title that names the table's first column, a line of text that cut the table", "Response Status Code\nStatus Code\nStatus Code Description\nStatus Code Detailed Description\n200\nNormal Response\nNormal\nValues are checked by the server.\n400\nBad Request\nMissing parameters\n",
			[]string{"1: Response Status Code", "2: | Status Code | Status Code Description | Status Code Detailed Description |", "5: | 200 | Normal Response | Normal Values are checked by the server. |", "9: | 400 | Bad Request | Missing parameters |"}, 1, 0},
		{"a primitive of two words is a type cell, an empty line an empty cell (LibreOffice's Text export)", "Code\nType\nRequired\nDescription\nbench\nnumber int\ntrue\nThe bench\nskillIds\nnumber int[]\n\nSkills used\ncrafterIds\n\ntrue\nThe crafters\n",
			[]string{"1: | Code | Type | Required | Description |", "5: | bench | number int | true | The bench |", "9: | skillIds | number int[] |  | Skills used |", "13: | crafterIds |  | true | The crafters |"}, 0, 0},
		{"a line break in a last cell before the next row is the cell's rest", "Name\nType\nMandatory\nDescription\nbreath\nDouble\nN\nStrength, 0.1 ~ 1.0\nToo strong bursts it\nturns\nInteger\nN\nTurns\n",
			[]string{"1: | Name | Type | Mandatory | Description |", "5: | breath | Double | N | Strength, 0.1 ~ 1.0 Too strong bursts it |", "10: | turns | Integer | N | Turns |"}, 1, 0},
		{"the title right above the next header is no cell: the text before it is no cell's rest", "Name\nType\nDescription\nsize\nDouble\nDiameter\nExample Request\nGET /x HTTP/1.1\nMethod\nPOST\nRequest Headers\nName\nType\nMandatory\nDescription\nappSecret\nString\nY\nApp Secret\n",
			[]string{"1: | Name | Type | Description |", "4: | size | Double | Diameter |", "7: Example Request", "8: GET /x HTTP/1.1", "9: Method", "10: POST", "11: Request Headers", "12: | Name | Type | Mandatory | Description |", "16: | appSecret | String | Y | App Secret |"}, 0, 0},
		{"a last row's cell right above a header without a title is the row's, as the column count says", "Name\nType\nDescription\nsize\nDouble\nDiameter\nlevel\nInteger\nSeconds to wait. (from 0)\nName\nType\nDescription\nheight\nInteger\nHeight\n",
			[]string{"1: | Name | Type | Description |", "4: | size | Double | Diameter |", "7: | level | Integer | Seconds to wait. (from 0) |", "10: | Name | Type | Description |", "13: | height | Integer | Height |"}, 0, 0},
		{"an empty last cell before the title of the next table", "Name\nType\nDescription\nsize\nDouble\n\nBubble\nName\nType\nDescription\nheight\nInteger\nHeight\n",
			[]string{"1: | Name | Type | Description |", "4: | size | Double |  |", "7: Bubble", "8: | Name | Type | Description |", "11: | height | Integer | Height |"}, 0, 0},
		{"two empty cells in a row are two empty lines", "Name\nType\nMandatory\nDescription\nheroIds\nString\nY\nThe heroes\ndifficulty\n\n\nNormal when omitted\nminutes\nInteger\n\nThe duration\n",
			[]string{"1: | Name | Type | Mandatory | Description |", "5: | heroIds | String | Y | The heroes |", "9: | difficulty |  |  | Normal when omitted |", "13: | minutes | Integer |  | The duration |"}, 0, 0},
		{"a numbering column headed by an empty line", "Method\nPOST\nRequest Headers\n\nName\nType\nMandatory\nDescription\n1\nappSecret\nString\nY\nApp Secret\n2\nkgAppId\nString\nY\nKG App ID\nRequest Body\n",
			[]string{"1: Method", "2: POST", "3: Request Headers", "5: | Name | Type | Mandatory | Description |", "9: | appSecret | String | Y | App Secret |", "14: | kgAppId | String | Y | KG App ID |", "19: Request Body"}, 0, 0},
		{"a status table's numbering column headed by an empty line", "Method\nPOST\nResponse Status Code\n\nStatus Code\nStatus Code Description\nStatus Code Detailed Description\n1\n200\nNormal Response\nNormal\n2\n400\nBad Request\nMissing parameters\n",
			[]string{"1: Method", "2: POST", "3: Response Status Code", "5: | Status Code | Status Code Description | Status Code Detailed Description |", "8: | 200 | Normal Response | Normal |", "12: | 400 | Bad Request | Missing parameters |"}, 0, 0},
		{"an empty line before a header whose rows are not numbered is no cell", "Request Headers\n\nName\nType\nMandatory\nDescription\nappSecret\nString\nY\nApp Secret\n",
			[]string{"1: Request Headers", "3: | Name | Type | Mandatory | Description |", "7: | appSecret | String | Y | App Secret |"}, 0, 0},
		{"an empty Required cell in the first row under a header named by a column word", "InvalidMember\nCode\nType\nRequired\nDescription\ncode\nstring\n\nThe code\ntype\nInvalidMemberType\n\nThe type\n",
			[]string{"1: InvalidMember", "2: | Code | Type | Required | Description |", "6: | code | string |  | The code |", "10: | type | InvalidMemberType |  | The type |"}, 0, 0},
		{"a last cell that reads as a name is the row's own where the next row starts right after it", "Name\nCode\nDescription\nUnknownError\n1\nUnmapped.\nDataRequired\n2\nRequired but missing.\nTypeInvalid\n3\nWrong type.\n",
			[]string{"1: | Name | Code | Description |", "4: | UnknownError | 1 | Unmapped. |", "7: | DataRequired | 2 | Required but missing. |", "10: | TypeInvalid | 3 | Wrong type. |"}, 0, 0},
		{"a list in a last cell, its items led by bullets", "Name\nType\nMandatory\nDescription\ncurrency\nString\nN\nCurrency. One of:\n    \u2022 gold\n    \u2022 gem\nlimit\nInteger\nN\nAt most 100\n",
			[]string{"1: | Name | Type | Mandatory | Description |", "5: | currency | String | N | Currency. One of: gold; gem |", "11: | limit | Integer | N | At most 100 |"}, 1, 0},
		{"a code block's line numbers after a status table start no row of it", "Status Code\nDescription\n200\nNormal\n500\nServer error\nResponse Body\nNone\nExample Request\n1\n2\n3\nGET /x HTTP/1.1\n",
			[]string{"1: | Status Code | Description |", "3: | 200 | Normal |", "5: | 500 | Server error |", "7: Response Body", "8: None", "9: Example Request", "10: 1", "11: 2", "12: 3", "13: GET /x HTTP/1.1"}, 0, 0},
		{"a line break in the last row's last cell, right above the next table's title: a bound is the cell's rest", "Name\nType\nMandatory\nDescription\nreason\nString\nN\nReason kept in the log\nup to 120 characters\nResponse Status Code\nStatus Code\nStatus Code Description\nStatus Code Detailed Description\n200\nNormal Response\nNormal\n",
			[]string{"1: | Name | Type | Mandatory | Description |", "5: | reason | String | N | Reason kept in the log up to 120 characters |", "10: Response Status Code", "11: | Status Code | Status Code Description | Status Code Detailed Description |", "14: | 200 | Normal Response | Normal |"}, 1, 0},
		{"a line break in the last row's last cell, right above the next table's title run into its header: read as without the glue", "Name\nType\nMandatory\nDescription\nvisibleTo\nString (Enum)\nN\nWho sees the plate\n(all, friends, guild) (default: all)\nResponse Status CodeStatus Code\nStatus Code Description\nStatus Code Detailed Description\n200\nNormal Response\nNormal\n",
			[]string{"1: | Name | Type | Mandatory | Description |", "5: | visibleTo | String (Enum) | N | Who sees the plate (all, friends, guild) (default: all) |", "10: | Response Status CodeStatus Code | Status Code Description | Status Code Detailed Description |", "13: | 200 | Normal Response | Normal |"}, 1, 0},
		{"a default in parentheses, then a sentence that states a default, before a title", "Name\nType\nMandatory\nDescription\nlang\nString\nN\nLanguage\n(default: ko)\nDefaults to ko.\nRequest Body\nNone\n",
			[]string{"1: | Name | Type | Mandatory | Description |", "5: | lang | String | N | Language (default: ko) Defaults to ko. |", "11: Request Body", "12: None"}, 1, 0},
		{"a title and an HTTP status after a table's last row are text, not its cell's rest", "Name\nType\nDescription\nplayerId\nString\nPlayer ID\nResponse Body\n200 Ok\nName\nType\nDescription\nlevel\nInteger\nLevel\n",
			[]string{"1: | Name | Type | Description |", "4: | playerId | String | Player ID |", "7: Response Body", "8: 200 Ok", "9: | Name | Type | Description |", "12: | level | Integer | Level |"}, 0, 0},
		{"an HTTP status right after a table's last row is no cell's rest", "Name\nType\nDescription\nplayerId\nString\nPlayer ID\n200 OK\nName\nType\nDescription\nlevel\nInteger\nLevel\n",
			[]string{"1: | Name | Type | Description |", "4: | playerId | String | Player ID |", "7: 200 OK", "8: | Name | Type | Description |", "11: | level | Integer | Level |"}, 0, 0},
		{"a name with a status badge or a deprecation mark, under Code, an enum's values in its type cell", "Code\nType\nRequired\nDescription\ngiftMessage NEW\nstring\n\nMessage\nlegacySku Deprecated\nstring\n\nOld id\nscope\nenum(global|guild|friends)\n\nWhose ranking\n",
			[]string{"1: | Code | Type | Required | Description |", "5: | giftMessage NEW | string |  | Message |", "9: | legacySku Deprecated | string |  | Old id |", "13: | scope | enum(global|guild|friends) |  | Whose ranking |"}, 0, 0},
		{"the toggle that folds a table's rest is skipped, with a warning", "Code\nType\nRequired\nDescription\nsegmentIds\nstring[]\n\nThe segments\nShow 10 more members\nitems\nOfferItem[]\ntrue\nThe items\n",
			[]string{"1: | Code | Type | Required | Description |", "5: | segmentIds | string[] |  | The segments |", "10: | items | OfferItem[] | true | The items |"}, 1, 0},
		{"a row that lost a cell, and nothing tells which, is refused", "Name\nType\nMandatory\nDescription\ncount\nInteger\nY\nThe quantity\nReward\nY\nThe reward\n",
			nil, 0, 1},
		{"an enum table whose rows have no description, a zero-width space under each title", "AccountState\n\u200b\nName\nCode\nDescription\nActive\n1\nBanned\n2\nDeleted\n3\nProfile\n\u200b\nCode\nType\nDescription\nid\nstring\nThe id\n",
			[]string{"1: AccountState", "3: | Name | Code | Description |", "6: | Active | 1 |  |", "8: | Banned | 2 |  |", "10: | Deleted | 3 |  |", "12: Profile", "14: | Code | Type | Description |", "17: | id | string | The id |"}, 3, 0},
		{"a title, a zero-width space and a text over the next table are no row", "ErrorCode\n\u200b\nName\nCode\nDescription\nOk\n1\nDone.\nNotFound\n60\nNo such guild.\nGuildSummary\n\u200b\nA short view of a guild.\nCode\nType\nDescription\ngroupId\nstring\nThe guild's id\n",
			[]string{"1: ErrorCode", "3: | Name | Code | Description |", "6: | Ok | 1 | Done. |", "9: | NotFound | 60 | No such guild. |", "12: GuildSummary", "14: A short view of a guild.", "15: | Code | Type | Description |", "18: | groupId | string | The guild's id |"}, 1, 0},
		{"a last row with an empty Required cell right above a table whose title was lost is a row", "Code\nType\nRequired\nDescription\nticketId\nstring\ntrue\nThe ticket\nestimatedWait\nnumber int\n\nSeconds to wait\nName\nCode\nDescription\nOk\n1\nDone.\n",
			[]string{"1: | Code | Type | Required | Description |", "5: | ticketId | string | true | The ticket |", "9: | estimatedWait | number int |  | Seconds to wait |", "13: | Name | Code | Description |", "16: | Ok | 1 | Done. |"}, 0, 0},
		{"a name after an enum table's last row whose rows do not agree on their descriptions is refused", "Name\nCode\nDescription\nActive\n1\nIn play\nBanned\n2\nDeleted\n3\nProfile\n\u200b\nCode\nType\nDescription\nid\nstring\nThe id\n",
			nil, 1, 1},
		{"an enum table without descriptions whose last row a callout cut off: the row read, the callout the cell before it, with warnings", "Name\nCode\nDescription\nActive\n1\nBanned\n2\n注意\nOperators may skip the cooldown.\nDeleted\n3\n",
			[]string{"1: | Name | Code | Description |", "4: | Active | 1 |  |", "6: | Banned | 2 | 注意 Operators may skip the cooldown. |", "10: | Deleted | 3 |  |"}, 3, 0},
		{"an enum table without descriptions whose last row stands under a title and a blank line: the row read, the title the cell before it", "Name\nCode\nDescription\nActive\n1\nBanned\n2\nOther values\n\nDeleted\n3\n",
			[]string{"1: | Name | Code | Description |", "4: | Active | 1 |  |", "6: | Banned | 2 | Other values |", "10: | Deleted | 3 |  |"}, 2, 0},
		{"a note that states a default glued over a row's first cell, rows a blank line apart, is the rest of the row above's last cell, with a warning: the rows under it are the table's", "Request Body\nName\nType\nDescription\nplayerId\nString\nPlayer ID\n\nDefaults to 5 when omitted.\nlevel\nInteger\nTheir level\n\ncount\nInteger\nHow many\n\nResponse Body\nNone\n",
			[]string{"1: Request Body", "2: | Name | Type | Description |", "5: | playerId | String | Player ID Defaults to 5 when omitted. |", "10: | level | Integer | Their level |", "14: | count | Integer | How many |", "18: Response Body", "19: None"}, 1, 0},
		{"rows two blank lines apart from a header printed twice, which takes none, are refused", "HarvestTool\n\n\nCode\nName\nDescription\nCode\nName\nDescription\n\n\n0\nHands\nNo tool\n\n\n1\nKnife\nUncapping knife\n",
			[]string{"1: HarvestTool", "4: | Code | Name | Description |", "12: 0", "13: Hands", "14: No tool", "17: 1", "18: Knife", "19: Uncapping knife"}, 0, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			rep := &pages.Reporter{}
			src := source.Of("p.txt", pages.Text{Lines: pages.Lines([]byte(c.page))}, rep)
			if (cellperline.Style{}).Detect(src.Lines) == 0 {
				t.Errorf("Detect: 0, want a rate")
			}
			got := cellperline.Render(pages.Read(cellperline.Style{}, src))
			if c.want != nil && !reflect.DeepEqual(got, c.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
			warns, errs := rep.Sorted([]string{"p.txt"}, false)
			if len(warns) != c.warns || len(errs) != c.fails {
				t.Errorf("warnings %v, errors %v; want %d and %d", warns, errs, c.warns, c.fails)
			}
		})
	}
}

// TestStrayRowsAfterACut refuses the rows of a table of one cell per
// line that a line of text took in with a cell's lines cut from it: the
// table ends before the cell, and the cells after it that fit its
// columns, as a row's do, read as text, their facts lost; text after a
// table that fits no row is not refused.
func TestStrayRowsAfterACut(t *testing.T) {
	for _, c := range []struct {
		name  string
		page  []string
		warns []string
		errs  []string
	}{
		{"rows after a line of text run into a name", []string{"Name", "", "Type", "", "Mandatory", "", "Description", "", "playerId", "", "String", "", "Y", "", "Player ID", "", "maxUses", "", "Integer", "", "N", "", "How many players may use the link", "(1 ~ 20, default: 5)", "", "Values are checked by the server before the call runs.", "message", "", "String", "", "N", "", "Text sent with the link", "", "Response Body"},
			[]string{
				"p.txt:17: the table at line 1 ends with 3 cells, fewer than its 4 columns: read them as text (maxUses | Integer | N); put each of its rows' 4 cells on a line of its own, a blank line between them",
				"p.txt:26: ended a table at line 23: lines 23 to 24, and lines 26 to 27 right after them (Values are checked by the server before the call runs.), are each one cell or one cell a line, with no cell of its own between them to tell which; they and the cells after them are read as text: put a blank line between cells",
			},
			[]string{
				"p.txt:27: lines 27-33 split one cell a line into 4 cells, as a row of the table at line 1 does, but no header row stands over them: they read as text, and what they document would be left out of the schema (message | String | N | Text sent with the link); if they are a row of that table, move them under the table's rows, or set the table's header row (Name | Type | Mandatory | Description) over them, or if they are text, write them as a sentence",
			}},
		{"text after a table", []string{"Name", "", "Type", "", "Mandatory", "", "Description", "", "playerId", "", "String", "", "Y", "", "Player ID", "", "Example Request", "", "GET /x HTTP/1.1", "Host: example.com"},
			[]string{"p.txt:17: the table at line 1 ends with 1 cells, fewer than its 4 columns: read them as text (Example Request); put each of its rows' 4 cells on a line of its own, a blank line between them"}, nil},
	} {
		rep := &pages.Reporter{}
		read("p.txt", c.page, rep)
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		var got, gotErrs []string
		for _, w := range warns {
			got = append(got, w.Error())
		}
		for _, e := range errs {
			gotErrs = append(gotErrs, e.Error())
		}
		if !reflect.DeepEqual(got, c.warns) || !reflect.DeepEqual(gotErrs, c.errs) {
			t.Errorf("%s: warnings\n%q\nerrors\n%q\nwant\n%q\n%q", c.name, got, gotErrs, c.warns, c.errs)
		}
	}
}

// A page a converter wrote in Markdown (html2markdown without its table
// plugin), its headings marked and a table's cells one a paragraph, has
// its backslash escapes decoded in cells and text; a plain text page
// keeps its backslashes. Its headings' marks may follow the empty
// anchors mammoth writes before them on their lines.
func TestMarkdownEscapes(t *testing.T) {
	const table = "Name\n\nType\n\nMandatory\n\nDescription\n\nAuthorization\n\nString\n\nY\n\nKakaoAK {ADMIN\\_KEY}\n\nuser\\_id\n\nString\n\nN\n\nPlayer\\'s ID\n"
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"markdown", "# Cash\n\n1\\. Server\n\n### Request Headers\n\n" + table, []string{"1: Cash", "3: 1. Server", "5: Request Headers", "7: | Name | Type | Mandatory | Description |", "15: | Authorization | String | Y | KakaoAK {ADMIN_KEY} |", "23: | user_id | String | N | Player's ID |"}},
		{"mammoth", "<a id=\"cash\"></a># Cash\n\n1\\. Server\n\n<a id=\"Cash-RequestHeaders\"></a><a id=\"headers\"></a>### Request Headers\n\n" + table, []string{"1: Cash", "3: 1. Server", "5: Request Headers", "7: | Name | Type | Mandatory | Description |", "15: | Authorization | String | Y | KakaoAK {ADMIN_KEY} |", "23: | user_id | String | N | Player's ID |"}},
		{"plain text, an anchor before no heading mark", "<a id=\"cash\"></a>Cash\n\nRequest Headers\n\n" + table[:strings.Index(table, "user")], []string{"1: Cash", "3: Request Headers", "5: | Name | Type | Mandatory | Description |", "13: | Authorization | String | Y | KakaoAK {ADMIN\\_KEY} |"}},
		{"plain text", "Cash\n\nRequest Headers\n\n" + table[:strings.Index(table, "user")], []string{"1: Cash", "3: Request Headers", "5: | Name | Type | Mandatory | Description |", "13: | Authorization | String | Y | KakaoAK {ADMIN\\_KEY} |"}},
	} {
		rep := &pages.Reporter{}
		got := cellperline.Render(read("p.txt", pages.Lines([]byte(c.page)), rep))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\ngot  %q\nwant %q", c.name, got, c.want)
		}
	}
}

// A callout (its label, then its text) under a table's first row, and the
// table's header printed again after it, in each form of the style: the
// table keeps its header and its first row (a header printed twice is the
// header, its first cell no title, whatever few rows stand under it), the
// callout is text, with a warning where its lines would fit as a row, and
// the rows under the header printed again are a table of their own.
func TestCalloutAndHeaderAgain(t *testing.T) {
	const note = "Operators may skip the cooldown; every such call is written to the audit log."
	for _, c := range []struct {
		name  string
		page  []string
		want  []string
		warns []string
	}{
		{"a status table, its header printed twice, no blank lines",
			[]string{"Response Codes", "Http response code", "detail_code", "msg", "Description", "Http response code", "detail_code", "msg", "Description", "471", "-41001", "Board closed", "The board is closed", "注意", note, "Http response code", "detail_code", "msg", "Description", "Http response code", "detail_code", "msg", "Description", "472", "-41002", "Score rejected", "The score is above the cap"},
			[]string{"1: Response Codes", "2: | Http response code | detail_code | msg | Description |", "10: | 471 | -41001 | Board closed | The board is closed |", "14: 注意", "15: " + note, "16: | Http response code | detail_code | msg | Description |", "24: | 472 | -41002 | Score rejected | The score is above the cap |"},
			nil},
		{"a table of names and descriptions, no blank lines",
			[]string{"Members", "Name", "Description", "Name", "Description", "playerId", "The player", "TIP", note, "Name", "Description", "Name", "Description", "score", "The score"},
			[]string{"1: Members", "2: | Name | Description |", "6: | playerId | The player |", "8: TIP", "9: " + note, "10: | Name | Description |", "14: | score | The score |"},
			[]string{`p.txt:8: line 8 ("TIP") is a callout's label, and its text up to line 9 stands between rows of the table at line 2 and that table's header printed again at line 10: read as text between its rows, no row of it`}},
		{"a table of names and descriptions, a blank line between cells",
			[]string{"Name", "", "Description", "", "playerId", "", "The player", "", "Note:", "", note, "", "Name", "", "Description", "", "score", "", "The score"},
			[]string{"1: | Name | Description |", "5: | playerId | The player |", "9: Note:", "11: " + note, "13: | Name | Description |", "17: | score | The score |"},
			[]string{`p.txt:9: line 9 ("Note:") is a callout's label, and its text up to line 11 stands between rows of the table at line 1 and that table's header printed again at line 13: read as text between its rows, no row of it`}},
		{"a table of names and descriptions as a scraper's text of the page, two blank lines between rows",
			[]string{"Name", "Description", "", "", "playerId", "The player", "", "", "INFO", note, "", "", "Name", "Description", "", "", "score", "The score", "", "", "memo", "A memo"},
			[]string{"1: | Name | Description |", "5: | playerId | The player |", "9: INFO", "10: " + note, "13: | Name | Description |", "17: | score | The score |", "21: | memo | A memo |"},
			[]string{`p.txt:9: line 9 ("INFO") is a callout's label, and its text up to line 10 stands between rows of the table at line 1 and that table's header printed again at line 13: read as text between its rows, no row of it`}},
	} {
		rep := &pages.Reporter{}
		got := cellperline.Render(read("p.txt", c.page, rep))
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		var gotWarns []string
		for _, w := range warns {
			gotWarns = append(gotWarns, w.Error())
		}
		if !reflect.DeepEqual(got, c.want) || !reflect.DeepEqual(gotWarns, c.warns) || len(errs) > 0 {
			t.Errorf("%s:\ngot  %q\nwant %q\nwarnings %q\nwant %q\nerrors %v", c.name, got, c.want, gotWarns, c.warns, errs)
		}
	}
}

// A page printed one cell per line (HTML::FormatText, get_text("\n"), a
// wiki's copy) wraps a long cell onto further lines with no blank line
// between them, drops an empty cell, and sets a table's title, a name
// run into a column word, over its header: the title is no column, a
// wrapped description is one cell (the last row's too, before a heading
// or the next table's header), and a row whose empty description
// vanished at the table's end is read with it empty, each with a
// warning; a line cut off a wrapped cell that no row takes is refused.
// A title over a table printed without blank lines is no header cell,
// nor are that table's lines cells of the table before it, and lines
// after the last row that no row took a line of are text.
func TestWrappedCells(t *testing.T) {
	for _, c := range []struct {
		name  string
		page  []string
		want  []string
		warns []string
		errs  []string
	}{
		{"a title run into a column word the header names again, descriptions wrapped",
			[]string{"LockCode\u200b", "", "Name", "", "Code", "", "Description", "", "Open", "", "0", "", "The door may be opened by anyone who holds", "a key for the building.", "", "Shut", "", "1", "", "The door is closed and the building's owner", "decides who enters.", "", "Sealed", "", "2", "", "Nobody enters."},
			[]string{"1: LockCode", "3: | Name | Code | Description |", "9: | Open | 0 | The door may be opened by anyone who holds a key for the building. |", "16: | Shut | 1 | The door is closed and the building's owner decides who enters. |", "23: | Sealed | 2 | Nobody enters. |"},
			[]string{
				"p.txt:13: the cell at line 13 goes on to line 14: read them as one cell, as the table's 3 columns need",
				"p.txt:20: the cell at line 20 goes on to line 21: read them as one cell, as the table's 3 columns need",
			}, nil},
		{"the last row's description wrapped onto a bound before the next table's title",
			[]string{"Name", "", "Type", "", "Mandatory", "", "Description", "", "lockId", "", "String", "", "Y", "", "Lock ID", "", "weight", "", "Double", "", "N", "", "Weight of the lock in kilograms,", "0.5 ~ 40.0", "", "Response Body", "", "Name", "", "Type", "", "Description", "", "lockId", "", "String", "", "Lock ID"},
			[]string{"1: | Name | Type | Mandatory | Description |", "9: | lockId | String | Y | Lock ID |", "17: | weight | Double | N | Weight of the lock in kilograms, 0.5 ~ 40.0 |", "26: Response Body", "28: | Name | Type | Description |", "34: | lockId | String | Lock ID |"},
			[]string{"p.txt:23: the cell at line 23 goes on to line 24, the last of the table's cells: read them as one cell, as its last row needs a cell and each line goes on from the line before"}, nil},
		{"the last row's description wrapped before a heading",
			[]string{"Name", "", "Type", "", "Required", "", "Description", "", "size", "", "integer", "", "true", "", "Size of the lock.", "", "color", "", "string", "", "false", "", "Paint of the lock, when it is painted. (Default:", "black)", "", "", "Errors", "------"},
			[]string{"1: | Name | Type | Required | Description |", "9: | size | integer | true | Size of the lock. |", "17: | color | string | false | Paint of the lock, when it is painted. (Default: black) |", "27: Errors"},
			[]string{
				"p.txt:23: the cell at line 23 goes on to line 24, the last of the table's cells: read them as one cell, as its last row needs a cell and each line goes on from the line before",
			}, nil},
		{"a row whose empty Required cell vanished and whose description wraps, then a note glued to the next row's first cell: the table ends, warned at the note",
			[]string{"Name", "", "Type", "", "Required", "", "Description", "", "size", "", "integer", "", "true", "", "Size of the lock.", "", "color", "", "string", "", "Paint of the lock, when it is painted. (Default:", "black)", "", "Defaults to 5 when omitted.", "weight", "", "number", "", "Weight of the lock."},
			[]string{"1: | Name | Type | Required | Description |", "9: | size | integer | true | Size of the lock. |", "17: color", "19: string", "21: Paint of the lock, when it is painted. (Default:", "22: black)", "24: Defaults to 5 when omitted.", "25: weight", "27: number", "29: Weight of the lock."},
			[]string{
				"p.txt:17: the table at line 1 ends with 2 cells, fewer than its 4 columns: read them as text (color | string); put each of its rows' 4 cells on a line of its own, a blank line between them",
				"p.txt:24: ended a table at line 21: lines 21 to 22, and lines 24 to 25 right after them (Defaults to 5 when omitted.), are each one cell or one cell a line, with no cell of its own between them to tell which; they and the cells after them are read as text: put a blank line between cells",
			}, nil},
		{"empty descriptions gone, the last row's too",
			[]string{"KeyKind\u200b", "", "Name", "", "Code", "", "Description", "", "Brass", "", "1", "", "Steel", "", "2", "", "Card", "", "3"},
			[]string{"1: KeyKind", "3: | Name | Code | Description |", "9: | Brass | 1 |  |", "13: | Steel | 2 |  |", "17: | Card | 3 |  |"},
			[]string{
				"p.txt:9: the row at line 9 has 2 cells for the 3 columns of the table at line 3, and no cell that reads as its Description: read that cell as empty",
				"p.txt:13: the row at line 13 has 2 cells for the 3 columns of the table at line 3, and no cell that reads as its Description: read that cell as empty",
				"p.txt:17: the row at line 17 has 2 cells for the 3 columns of the table at line 3, and no cell that reads as its Description: read that cell as empty",
			}, nil},
		{"a title two blank lines over a table printed without blank lines",
			[]string{"DoorCode", "", "", "Name", "Code", "Description", "Open", "0", "Anyone may enter.", "Shut", "1", "Only the owner enters."},
			[]string{"1: DoorCode", "4: | Name | Code | Description |", "7: | Open | 0 | Anyone may enter. |", "10: | Shut | 1 | Only the owner enters. |"}, nil, nil},
		{"a table printed without blank lines after a table with them, a title over it",
			[]string{"Name", "", "Code", "", "Description", "", "Open", "", "0", "", "Anyone may enter.", "", "DoorCode", "", "", "Name", "Code", "Description", "Ajar", "0", "Anyone may look in.", "Shut", "1", "Only the owner enters."},
			[]string{"1: | Name | Code | Description |", "7: | Open | 0 | Anyone may enter. |", "13: DoorCode", "16: | Name | Code | Description |", "19: | Ajar | 0 | Anyone may look in. |", "22: | Shut | 1 | Only the owner enters. |"},
			[]string{"p.txt:13: the table at line 1 ends with 1 cells, fewer than its 3 columns: read them as text (DoorCode); put each of its rows' 3 cells on a line of its own, a blank line between them"}, nil},
		{"an example's lines after the table's last row, no row taking any",
			[]string{"Http response code", "", "detail_code", "", "msg", "", "Description", "", "404", "", "-50001", "", "Lock not found", "", "No lock with this ID", "", "### Example Request", "", "Expand source", "", "```", "GET /lock?lockId=1 HTTP/1.1", "Host: example.com", "Accept: application/json", "User-Agent: curl/8.0", "kgAppId: 909428", "```", "", "Like", "", "No labels", "", "Powered by a wiki"},
			[]string{"1: | Http response code | detail_code | msg | Description |", "9: | 404 | -50001 | Lock not found | No lock with this ID |", "17: Example Request", "22: GET /lock?lockId=1 HTTP/1.1", "23: Host: example.com", "24: Accept: application/json", "25: User-Agent: curl/8.0", "26: kgAppId: 909428", "29: Like", "31: No labels", "33: Powered by a wiki"},
			[]string{
				"p.txt:19: skipped line 19, \"Expand source\": the toggle of a collapsible (an expand macro's, or a <details> element's summary that names nothing), no text of the page; what it stands between, a title and its table, is read as one",
			}, nil},
	} {
		rep := &pages.Reporter{}
		got := cellperline.Render(read("p.txt", c.page, rep))
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		var gotWarns, gotErrs []string
		for _, w := range warns {
			gotWarns = append(gotWarns, w.Error())
		}
		for _, e := range errs {
			gotErrs = append(gotErrs, e.Error())
		}
		if !reflect.DeepEqual(got, c.want) || !reflect.DeepEqual(gotWarns, c.warns) || !reflect.DeepEqual(gotErrs, c.errs) {
			t.Errorf("%s:\ngot  %q\nwant %q\nwarnings %q\nwant     %q\nerrors %q\nwant   %q", c.name, got, c.want, gotWarns, c.warns, gotErrs, c.errs)
		}
	}
}

// A copy one cell per line prints nothing for an empty cell: the cell
// vanishes, and the row after it would shift by one. Where the cells'
// kinds decide it, the row that lost the cell reads it empty, warned at
// that row; where they do not, the row is refused at its line.
func TestVanishedCells(t *testing.T) {
	for _, c := range []struct {
		name  string
		page  []string
		want  []string
		warns []string
		errs  []string
	}{
		{"a description vanished mid table, the next row's name and code where it would stand",
			[]string{"Name", "", "Code", "", "Description", "", "Brass", "", "1", "", "Made of brass.", "", "Steel", "", "2", "", "Card", "", "3", "", "A key card."},
			[]string{"1: | Name | Code | Description |", "7: | Brass | 1 | Made of brass. |", "13: | Steel | 2 |  |", "17: | Card | 3 | A key card. |"},
			[]string{"p.txt:13: the row at line 13 has 2 cells for the 3 columns of the table at line 1, and no cell that reads as its Description: read that cell as empty"}, nil},
		{"descriptions vanished in the last two rows, the next table's title two blank lines over its header",
			[]string{"Name", "", "Code", "", "Description", "", "Open", "", "0", "", "Anyone may enter.", "", "Shut", "", "1", "", "Sealed", "", "2", "", "", "HingeCode", "", "", "Name", "Code", "Description", "Left", "0", "Opens to the left."},
			[]string{"1: | Name | Code | Description |", "7: | Open | 0 | Anyone may enter. |", "13: | Shut | 1 |  |", "17: | Sealed | 2 |  |", "22: HingeCode", "25: | Name | Code | Description |", "28: | Left | 0 | Opens to the left. |"},
			[]string{
				"p.txt:13: the row at line 13 has 2 cells for the 3 columns of the table at line 1, and no cell that reads as its Description: read that cell as empty",
				"p.txt:17: the row at line 17 has 2 cells for the 3 columns of the table at line 1, and no cell that reads as its Description: read that cell as empty",
			}, nil},
		{"a requiredness vanished in the last row",
			[]string{"Name", "", "Type", "", "Required", "", "Description", "", "lockId", "", "String", "", "Y", "", "Lock ID", "", "size", "", "Integer", "", "Size of the lock"},
			[]string{"1: | Name | Type | Required | Description |", "9: | lockId | String | Y | Lock ID |", "17: | size | Integer |  | Size of the lock |"},
			[]string{"p.txt:17: the row at line 17 has 3 cells for the 4 columns of the table at line 1, and no cell that reads as its Required: read that cell as empty"}, nil},
		{"a requiredness vanished mid table",
			[]string{"Name", "", "Type", "", "Required", "", "Description", "", "lockId", "", "String", "", "Y", "", "Lock ID", "", "size", "", "Integer", "", "Size", "", "color", "", "String", "", "N", "", "Paint"},
			[]string{"1: | Name | Type | Required | Description |", "9: | lockId | String | Y | Lock ID |", "17: | size | Integer |  | Size |", "23: | color | String | N | Paint |"},
			[]string{"p.txt:17: the row at line 17 has 3 cells for the 4 columns of the table at line 1, and no cell that reads as its Required: read that cell as empty"}, nil},
		{"requirednesses vanished before descriptions a reflow wrapped, the counts of cells off",
			[]string{"Code", "", "Type", "", "Required", "", "Description", "", "spotId", "", "string", "", "true", "", "The spot to cast at.", "", "baitIds", "", "string[]", "", "Item keys of the bait thrown in with", "the net, used up by the cast. (0 - 5", "items)", "", "depth", "", "number", "", "How deep the net sinks, in meters.", "Deeper water holds rarer fish. (from 0.5", "to 40.0) (Default: 2.5)", "", "netType", "", "NetType", "", "true", "", "Which net is cast."},
			[]string{"1: | Code | Type | Required | Description |", "9: | spotId | string | true | The spot to cast at. |", "17: | baitIds | string[] |  | Item keys of the bait thrown in with the net, used up by the cast. (0 - 5 items) |", "25: | depth | number |  | How deep the net sinks, in meters. Deeper water holds rarer fish. (from 0.5 to 40.0) (Default: 2.5) |", "33: | netType | NetType | true | Which net is cast. |"},
			[]string{
				"p.txt:17: the row at line 17 has 3 cells for the 4 columns of the table at line 1, and no cell that reads as its Required: read that cell as empty",
				"p.txt:21: the cell at line 21 goes on to line 23: read them as one cell, as each line goes on from the line before and no run of the table's columns takes them as cells of their own",
				"p.txt:25: the row at line 25 has 3 cells for the 4 columns of the table at line 1, and no cell that reads as its Required: read that cell as empty",
				"p.txt:29: no blank line between the cells at lines 29 to 31: read them as 3 cells, as the table's 4 columns need",
				"p.txt:30: the cell at line 29 goes on at lines 30 to 31: read them as one cell, as the table's 4 columns need",
			}, nil},
		{"a requiredness vanished in the last row, before a title a reflow wrapped over two lines and the next table",
			[]string{"Code", "", "Type", "", "Required", "", "Description", "", "spotId", "", "string", "", "true", "", "The spot to cast at.", "", "crewNote", "", "string", "", "A note shown to the player's crew in", "the fishing log. (max 120 characters)", "", "Response", "Body ", "", "200 Ok ", "", "Code", "", "Type", "", "Required", "", "Description", "", "returnCode", "", "ReturnCode", "", "true", "", "The outcome."},
			[]string{"1: | Code | Type | Required | Description |", "9: | spotId | string | true | The spot to cast at. |", "17: | crewNote | string |  | A note shown to the player's crew in the fishing log. (max 120 characters) |", "24: Response", "25: Body", "27: 200 Ok", "29: | Code | Type | Required | Description |", "37: | returnCode | ReturnCode | true | The outcome. |"},
			[]string{
				"p.txt:17: the row at line 17 has 3 cells for the 4 columns of the table at line 1, and no cell that reads as its Required: read that cell as empty",
				"p.txt:21: the cell at line 21 goes on to line 22, the last of the table's cells: read them as one cell, as its last row needs a cell and each line goes on from the line before",
			}, nil},
		{"an example's title a reflow wrapped and a code block's language label after the last table: no row of it",
			[]string{"Name", "", "Code", "", "Description", "", "Open", "", "0", "", "Anyone may enter.", "", "Shut", "", "1", "", "Only the owner", "enters.", "", "Example", "Request ", "", "http", "POST /api/door/open", "Content-Type: application/json"},
			[]string{"1: | Name | Code | Description |", "7: | Open | 0 | Anyone may enter. |", "13: | Shut | 1 | Only the owner enters. |", "20: Example", "21: Request", "23: http", "24: POST /api/door/open", "25: Content-Type: application/json"},
			[]string{"p.txt:17: the cell at line 17 goes on to line 18, the last of the table's cells: read them as one cell, as its last row needs a cell and each line goes on from the line before"}, nil},
		{"a code vanished mid table, the row short of it read as the rest of a description or as a row: refused at its line",
			[]string{"Name", "", "Code", "", "Description", "", "Brass", "", "1", "", "Made of brass.", "", "Steel", "", "Made of steel.", "", "Card", "", "3", "", "A key card."},
			[]string{"1: | Name | Code | Description |"},
			nil,
			[]string{"p.txt:13: lines 13 to 15 after the row at line 7 of the table at line 1 read as the rest of its Description or as a row whose Code vanished: nothing tells which; put each of the 3 cells of its rows on a line of its own (an empty one as a line with a dash)"}},
		{"a last cell that is its own or the next row's first, nothing telling which: refused at its row",
			[]string{"Name", "", "Code", "", "Description", "", "Brass", "", "BR", "", "Brassy", "", "Card", "", "CD"},
			[]string{"1: | Name | Code | Description |"},
			nil,
			[]string{"p.txt:7: the row at line 7 of the table at line 1 ends with a cell (Brassy) that reads as its Description or as the next row's first, and the cells after it as that row with its Description lost, or with its own: one of the two lost a cell, and nothing tells which; put each of the 3 cells of its rows on a line of its own (an empty one as a line with a dash)"}},
		{"a last cell that is its own, as the codes are integers: the next row's first would have a name for its code",
			[]string{"Name", "", "Code", "", "Description", "", "Brass", "", "1", "", "Brassy", "", "Card", "", "3"},
			[]string{"1: | Name | Code | Description |", "7: | Brass | 1 | Brassy |", "13: | Card | 3 |  |"},
			[]string{"p.txt:13: the row at line 13 has 2 cells for the 3 columns of the table at line 1, and no cell that reads as its Description: read that cell as empty"}, nil},
	} {
		rep := &pages.Reporter{}
		got := cellperline.Render(read("p.txt", c.page, rep))
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		var gotWarns, gotErrs []string
		for _, w := range warns {
			gotWarns = append(gotWarns, w.Error())
		}
		for _, e := range errs {
			gotErrs = append(gotErrs, e.Error())
		}
		if !reflect.DeepEqual(got, c.want) || !reflect.DeepEqual(gotWarns, c.warns) || !reflect.DeepEqual(gotErrs, c.errs) {
			t.Errorf("%s:\ngot  %q\nwant %q\nwarnings %q\nwant     %q\nerrors %q\nwant   %q", c.name, got, c.want, gotWarns, c.warns, gotErrs, c.errs)
		}
	}
}

// A heading marked as Markdown marks one, on a line of its own after a
// table's last cell (its marks perhaps after mammoth's anchors), ends the
// table: the heading is no cell, and the code after it, its lines each
// ending in a hard line break, none either; a cell whose "#" its escape
// keeps ("\# of items") is a cell.
func TestHeadingEndsTable(t *testing.T) {
	const page = "### Response Body\n\nName\n\nType\n\nDescription\n\ncount\n\nInteger\n\n\\# of items\n\n" +
		"<a id=\"x\"></a>### Example Request\n\nGET /items HTTP/1\\.1  \nHost: example\\.com\n\n## Errors\n\nCode\n\nMessage\n\nDescription\n\n471\n\nFull\n\nThe club is full\n"
	want := []string{"1: Response Body", "3: | Name | Type | Description |", "9: | count | Integer | # of items |",
		"15: Example Request", "17: GET /items HTTP/1.1", "18: Host: example.com", "20: Errors",
		"22: | Code | Message | Description |", "28: | 471 | Full | The club is full |"}
	rep := &pages.Reporter{}
	got := cellperline.Render(read("p.md", pages.Lines([]byte(page)), rep))
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if warns, errs := rep.Sorted([]string{"p.md"}, false); len(warns)+len(errs) > 0 {
		t.Errorf("diagnostics: %v %v", warns, errs)
	}
}
