package aligned

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// read reads a page of the style, and returns its tables (each its
// header, then its rows' cells), its text lines, and its warnings and
// errors.
func read(page string) (tables [][][]string, texts []string, warns, errs []string) {
	rep := &pages.Reporter{}
	return gather(alignedItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(page)), Report: rep}), rep)
}

// gather returns the tables of blocks (each a list of rows: its header,
// then its rows' cells), their text lines, and the warnings and errors
// rep holds of page p.txt.
func gather(blocks []pages.Block, rep *pages.Reporter) (tables [][][]string, texts []string, warns, errs []string) {
	for _, b := range blocks {
		if b.Table == nil {
			texts = append(texts, b.Text)
			continue
		}
		tb := [][]string{b.Table.Header}
		for _, r := range b.Table.Rows {
			tb = append(tb, r.Cells)
		}
		tables = append(tables, tb)
	}
	ws, es := rep.Sorted([]string{"p.txt"}, false)
	for _, w := range ws {
		warns = append(warns, w.Error())
	}
	for _, e := range es {
		errs = append(errs, e.Error())
	}
	return tables, texts, warns, errs
}

// TestTables reads small pages of each form the style comes in: printed
// to PDF and turned back into text, dumped by text browsers, a console's.
func TestTables(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       [][][]string
		texts      []string
		warns      []string // each a part of a warning, in order
	}{
		{"pdftotext: cells wrap in their columns, rows not set apart",
			"Request Body\n\n" +
				"  Code          Type            Required    Description\n\n" +
				"  eventId       string          true        The live event. (1 - 32\n" +
				"                                            characters)\n" +
				"  teamId        number int                  The team to join; the team\n" +
				"                                            with the fewest players.\n\n" +
				"Response Body\n",
			[][][]string{{{"Code", "Type", "Required", "Description"}, {"eventId", "string", "true", "The live event. (1 - 32 characters)"}, {"teamId", "number int", "", "The team to join; the team with the fewest players."}}},
			[]string{"Request Body", "Response Body"}, nil},
		{"pdftotext: a name and types broken inside the word by narrow columns",
			"  Code              Type                      Required    Description\n" +
				"  returnCode        ReturnCode                true        The outcome.\n" +
				"  invalidRequestPa  GenericModels.LiveEventR              The members that\n" +
				"  rameters          eward[]                               failed.\n" +
				"  items             GenericModels.RewardItem  true        What each gets.\n" +
				"                    []\n",
			[][][]string{{{"Code", "Type", "Required", "Description"}, {"returnCode", "ReturnCode", "true", "The outcome."}, {"invalidRequestParameters", "GenericModels.LiveEventReward[]", "", "The members that failed."}, {"items", "GenericModels.RewardItem[]", "true", "What each gets."}}},
			nil, []string{`p.txt:4: joined "invalidRequestPa" (line 3) and "rameters" (line 4) into "invalidRequestParameters"`, `p.txt:4: joined "GenericModels.LiveEventR" (line 3) and "eward[]" (line 4)`, `p.txt:6: joined "GenericModels.RewardItem" (line 5) and "[]" (line 6)`}},
		{"primitive words that wrap at their space keep it; a short name is no broken word",
			"Code     Type     Description\n" +
				"points   number   The points.\n" +
				"         int\n" +
				"ok       string   Whether it\n" +
				"total    string   is over.\n",
			[][][]string{{{"Code", "Type", "Description"}, {"points", "number int", "The points."}, {"ok", "string", "Whether it"}, {"total", "string", "is over."}}},
			nil, nil},
		{"Kakao, rows set apart by blank lines, a header and a code that wrap",
			"Status      Status Code             Status Code Detailed Description\n" +
				"Code        Description\n\n" +
				"200         Normal Response         Normal\n\n" +
				"4xx         Profile Rejected        See the response codes\n" +
				"(custom                             below\n" +
				"status)\n\n" +
				"Response Body\n\n" +
				"Name                Type                Description\n\n" +
				"nicknameChangesLef  Integer             Changes left this month, 0 ~ 3\n" +
				"t\n",
			[][][]string{
				{{"Status Code", "Status Code Description", "Status Code Detailed Description"}, {"200", "Normal Response", "Normal"}, {"4xx (custom status)", "Profile Rejected", "See the response codes below"}},
				{{"Name", "Type", "Description"}, {"nicknameChangesLeft", "Integer", "Changes left this month, 0 ~ 3"}},
			},
			[]string{"Response Body"}, []string{`p.txt:15: joined "nicknameChangesLef" (line 14) and "t" (line 15)`}},
		{"a print's page breaks: running header and footer, a table going on with its header again or without",
			"3/4/26, 11:02 AM        join | Docs\n\n" +
				"Name          Code    Description\n\n" +
				"Ok            1       Fine.\n" +
				"Failed        2       Not fine.\n\n\n" +
				"https://docs.example.com/api/join        1/2\n" +
				"\f3/4/26, 11:02 AM        join | Docs\n\n" +
				"Name          Code    Description\n\n" +
				"Late          3       Too late.\n\n" +
				"Name          Type    Description\n\n" +
				"level         number  The level, on\n\n\n" +
				"https://docs.example.com/api/join        2/2\n" +
				"\f3/4/26, 11:02 AM        join | Docs\n\n" +
				"                      two lines.\n" +
				"rank          number  The rank.\n\f",
			[][][]string{
				{{"Name", "Code", "Description"}, {"Ok", "1", "Fine."}, {"Failed", "2", "Not fine."}, {"Late", "3", "Too late."}},
				{{"Name", "Type", "Description"}, {"level", "number", "The level, on two lines."}, {"rank", "number", "The rank."}},
			},
			nil, []string{"p.txt:24: line 24, after a page break, has no cell under Name: read as the rest of the row at line 18"}},
		{"a print's page break: the header printed again where the next page's grid sets it",
			"3/4/26, 11:02 AM        ranch | Docs\n\n" +
				"  Status Code       Status Code Description           Status Code Detailed Description\n\n" +
				"  200               Normal Response                   Normal\n\n" +
				"https://docs.example.com/ranch        1/2\n" +
				"\f3/4/26, 11:02 AM        ranch | Docs\n\n" +
				"  Status Code        Status Code Description        Status Code Detailed Description\n\n" +
				"  404                Not Found                      See the response codes below\n\f",
			[][][]string{{{"Status Code", "Status Code Description", "Status Code Detailed Description"}, {"200", "Normal Response", "Normal"}, {"404", "Not Found", "See the response codes below"}}},
			nil, nil},
		{"w3m: a centred header printed twice, cells one space apart",
			"Request Headers\n\n" +
				"    Name       Type  Mandatory            Description\n" +
				"    Name       Type  Mandatory            Description\n" +
				"Content-Type  String Y         \"application/json\"\n" +
				"Authorization String Y         Authorization: KakaoAK {KEY}\n\n" +
				"Status Code Status Code Description Status Code Detailed Description\n" +
				"200         Normal Response         Normal\n" +
				"400         Bad Request             Missing mandatory parameters\n\n" +
				"Example Request\n",
			[][][]string{
				{{"Name", "Type", "Mandatory", "Description"}, {"Content-Type", "String", "Y", "\"application/json\""}, {"Authorization", "String", "Y", "Authorization: KakaoAK {KEY}"}},
				{{"Status Code", "Status Code Description", "Status Code Detailed Description"}, {"200", "Normal Response", "Normal"}, {"400", "Bad Request", "Missing mandatory parameters"}},
			},
			[]string{"Request Headers", "Example Request"}, nil},
		{"links: header cells one space apart, a cell that wraps",
			"   Status Code         Status Code Description Status Code Detailed Description\n" +
				"   200                 Normal Response         Normal\n" +
				"   400                 Bad Request             Missing mandatory parameters, or\n" +
				"                                               type error\n" +
				"   4xx (custom status) Coupon Error            See the code table below\n",
			[][][]string{{{"Status Code", "Status Code Description", "Status Code Detailed Description"}, {"200", "Normal Response", "Normal"}, {"400", "Bad Request", "Missing mandatory parameters, or type error"}, {"4xx (custom status)", "Coupon Error", "See the code table below"}}},
			nil, nil},
		{"Korean cells take two columns a character",
			"이름        타입      필수 여부   설명\n" +
				"playerId    String    Y           플레이어 ID\n" +
				"닉네임      String    N           표시 이름\n",
			[][][]string{{{"이름", "타입", "필수 여부", "설명"}, {"playerId", "String", "Y", "플레이어 ID"}, {"닉네임", "String", "N", "표시 이름"}}},
			nil, nil},
		{"a requiredness under another is another row's, which lost its first cell",
			"Name      Type      Mandatory  Description\n" +
				"userId    String    Y          The user.\n" +
				"          String    N          The lost one.\n",
			[][][]string{{{"Name", "Type", "Mandatory", "Description"}, {"userId", "String", "Y", "The user."}, {"", "String", "N", "The lost one."}}},
			nil, []string{"p.txt:3: line 3 has a cell under Mandatory, as the row at line 2 has already, and none under Name: read as a row that lost its first cell"}},
		{"a hard wrap starts a line's rest at the margin, between lines of the table: the rest of the line before",
			"    Code      Type      Description\n" +
				"    userId    string    The player who joins the team, as the login\n" +
				"returned it.\n" +
				"    teamId    number    The team.\n" +
				"Response Body\n",
			[][][]string{{{"Code", "Type", "Description"}, {"userId", "string", "The player who joins the team, as the login returned it."}, {"teamId", "number", "The team."}}},
			[]string{"Response Body"}, []string{"p.txt:3: line 3 starts at the margin, out of the columns of the table at line 1, between two of its lines: read as the rest of line 2"}},
		{"a hard wrap starts the rest of the table's last line at the margin, as the rest of a sentence: the rest of that line",
			"    Code      Type      Description\n" +
				"    userId    string    The player.\n" +
				"    bypass    boolean   Let a player below the level join, for\n" +
				"testers. (Default: false)\n\n" +
				"Response Body\n",
			[][][]string{{{"Code", "Type", "Description"}, {"userId", "string", "The player."}, {"bypass", "boolean", "Let a player below the level join, for testers. (Default: false)"}}},
			[]string{"Response Body"}, []string{"p.txt:4: line 4 starts at the margin, out of the columns of the table at line 1, after its last line, and reads as the rest of that line's last cell, as no title or sentence of its own does: read as the rest of line 3"}},
		{"a hard wrap starts the rest of the table's last line at the margin, a stated default: the rest of that line",
			"    Code                Type      Description\n" +
				"    userId              string    The player.\n" +
				"    bypassLevelCheck    boolean   Let a player below the level join.\n" +
				"Defaults to false.\n\n" +
				"Response Body\n",
			[][][]string{{{"Code", "Type", "Description"}, {"userId", "string", "The player."}, {"bypassLevelCheck", "boolean", "Let a player below the level join. Defaults to false."}}},
			[]string{"Response Body"}, []string{"p.txt:4: line 4 starts at the margin, out of the columns of the table at line 1, after its last line, and reads as the rest of that line's last cell, as no title or sentence of its own does: read as the rest of line 3"}},
		{"a line in lower case at the margin under the table's last line, which ends a sentence, is text",
			"    Code      Type      Description\n" +
				"    userId    string    The player.\n" +
				"    bypass    boolean   Let a player below the level join the team.\n" +
				"curl -X POST /teams/join\n\n" +
				"Response Body\n",
			[][][]string{{{"Code", "Type", "Description"}, {"userId", "string", "The player."}, {"bypass", "boolean", "Let a player below the level join the team."}}},
			[]string{"curl -X POST /teams/join", "Response Body"}, nil},
		{"a hard wrap starts the rest of the table's last line at the margin of a page indented as a whole, a title at its indent right under it: the rest of that line",
			"    Code      Type      Description\n" +
				"    userId    string    The player.\n" +
				"    notify    boolean   Send an in-game notice to the\n" +
				"player (default: true)\n" +
				"    Response Body\n",
			[][][]string{{{"Code", "Type", "Description"}, {"userId", "string", "The player."}, {"notify", "boolean", "Send an in-game notice to the player (default: true)"}}},
			[]string{"Response Body"}, []string{"p.txt:4: line 4 starts at the margin, out of the columns of the table at line 1, after its last line, and reads as the rest of that line's last cell, as no title or sentence of its own does: read as the rest of line 3"}},
		{"w3m: header cells centred, a name that fills its column to one space before the next, last",
			"Request Headers\n\n" +
				"    Name                Required                        Description\n" +
				"Auth-Token   true                           A token used to authenticate the\n" +
				"                                            user.\n" +
				"Game-Id      Optional if the gameId in the\n" +
				"             SecretInfo is unset.\n" +
				"Content-Type true                           application/json\n\n" +
				"Request Body\n",
			[][][]string{{{"Name", "Required", "Description"}, {"Auth-Token", "true", "A token used to authenticate the user."}, {"Game-Id", "Optional if the gameId in the SecretInfo is unset.", ""}, {"Content-Type", "true", "application/json"}}},
			[]string{"Request Headers", "Request Body"}, nil},
		{"links: header cells centred, a type that fills its column to one space before the next, between rows",
			"   Code        Type     Required Description\n" +
				"eventId    string       true     The live event.\n" +
				"rewards    RewardItem[] true     The rewards.\n" +
				"teamId     number       false    The team.\n",
			[][][]string{{{"Code", "Type", "Required", "Description"}, {"eventId", "string", "true", "The live event."}, {"rewards", "RewardItem[]", "true", "The rewards."}, {"teamId", "number", "false", "The team."}}},
			nil, nil},
		{"lynx: header cells centred, the last column empty in every row, its word one space after the one before",
			"           Name         Code Description\n" +
				"   UnknownError         1\n" +
				"   DataRequired         2\n" +
				"   GNArrayMaxLength     15\n",
			[][][]string{{{"Name", "Code", "Description"}, {"UnknownError", "1", ""}, {"DataRequired", "2", ""}, {"GNArrayMaxLength", "15", ""}}},
			nil, nil},
		{"a last header cell of two words that name one column together, over rows that end before the second",
			"   Name         Status Code\n" +
				"   Ok           200\n" +
				"   Missing      404\n",
			[][][]string{{{"Name", "Status Code"}, {"Ok", "200"}, {"Missing", "404"}}},
			nil, nil},
		{"groff: hyphenated header and cells, a page break's mark after blank lines",
			"Name         Type           Mandatory   Status Code De‐\n" +
				"                                        scription\n" +
				"Authoriza‐   String         Y           Authoriza‐\n" +
				"tion                                    tion: KakaoAK\n" +
				"goals        List<Bond‐     Y           Mentorship track\n" +
				"             Goal>                      (com‐\n" +
				"                                        bat, craft‐\n" +
				"                                        ing)\n" +
				"\n\n\n\n" +
				"                             ‐2‐\n" +
				"\n\n" +
				"tier         Integer        N           Tier\n\n" +
				"BondGoal\n\n" +
				"Authorization: KakaoAK, combat\n",
			[][][]string{{{"Name", "Type", "Mandatory", "Status Code Description"}, {"Authorization", "String", "Y", "Authorization: KakaoAK"}, {"goals", "List<BondGoal>", "Y", "Mentorship track (combat, crafting)"}, {"tier", "Integer", "N", "Tier"}}},
			[]string{"BondGoal", "Authorization: KakaoAK, combat"},
			[]string{`p.txt:8: joined "bat, craft-" (line 7) and "ing)" (line 8) as one word that the wrap hyphenated in the column Status Code Description, "crafting"; the page writes neither it nor "craft-ing" elsewhere`}},
		{"prose and titles end a table",
			"Name      Code   Description\n" +
				"Joined    1      Joined.\n" +
				"Left      2      Left.\n" +
				"The page goes on with prose about what these codes mean.\n\n" +
				"JoinStatus\n",
			[][][]string{{{"Name", "Code", "Description"}, {"Joined", "1", "Joined."}, {"Left", "2", "Left."}}},
			[]string{"The page goes on with prose about what these codes mean.", "JoinStatus"}, nil},
	} {
		tables, texts, warns, errs := read(c.page)
		if !reflect.DeepEqual(tables, c.want) {
			t.Errorf("%s: tables\n got %q\nwant %q", c.name, tables, c.want)
		}
		if !reflect.DeepEqual(texts, c.texts) {
			t.Errorf("%s: texts\n got %q\nwant %q", c.name, texts, c.texts)
		}
		if len(errs) > 0 {
			t.Errorf("%s: errors %q", c.name, errs)
		}
		if len(warns) != len(c.warns) {
			t.Errorf("%s: warnings\n got %q\nwant %q", c.name, warns, c.warns)
			continue
		}
		for i, w := range c.warns {
			if !strings.Contains(warns[i], w) {
				t.Errorf("%s: warning %d\n got %q\nwant %q", c.name, i, warns[i], w)
			}
		}
	}
}

// TestRefused reads pages whose columns cannot be told: each is an error
// at its line, never a guess.
func TestRefused(t *testing.T) {
	for _, c := range []struct{ name, page, err string }{
		{"cells in the middle of their rows, a line that either row may hold",
			"Code     Type     Description\n" +
				"                  Alpha one.\n" +
				"alpha    string   Alpha two.\n" +
				"                  Middle it.\n" +
				"beta     string   Beta one..\n" +
				"                  Beta two..\n",
			"p.txt:3: line 3: the table at line 1 sets its cells in the middle of their rows, and line 3 may end a row or go on with the next"},
		{"cells in the middle or at the bottom of their rows: a line either row may hold, which neither where the cells sit nor their text tells",
			"Code     Type     Description\n" +
				"                  Alpha one and two and three and\n" +
				"alpha    string   four and five and six and seven\n" +
				"                  Sets one and two and three and\n" +
				"beta     string   Beta.\n",
			"p.txt:3: line 3: the table at line 1 sets its cells in the middle or at the bottom of their rows, and line 3 may end a row or go on with the next: which lines are whose row cannot be told"},
		{"cells in the middle of their rows, a name wrapped in its column",
			"Code          Type       Description\n" +
				"                         The content, as the\n" +
				"content Key   string     dashboard names it.\n" +
				"platform      Platform   The platform.\n",
			"p.txt:2: line 2, the first of the table at line 1, has no cell under Code: the table's cells sit in the middle of their rows"},
		{"text under a requiredness word, in the middle of the next row",
			"Name          Required     Description\n" +
				"Secret-Key    true         The key.\n" +
				"              Optional if\n" +
				"Game-Id       the game is   The game.\n" +
				"              unknown.\n",
			`p.txt:2: line 2: the table at line 1 sets its cells in the middle of their rows, and line 2 may end a row or go on with the next`},
		{"a table at the margin, rows set apart by blank lines, a row's rest a wrap put at the margin, across the columns",
			"Name              Type            Mandatory    Description\n\n" +
				"Content-Type      String          Y\n" +
				"\"application/json;charset=UTF-8\"\n\n" +
				"appSecret         String          Y            App Secret\n",
			`p.txt:4: line 4: "\"application/json;charset=UTF-8\"" runs over the start of the column Description`},
		{"a header row whose last cell a wrap put at the margin, its rows set apart by blank lines",
			"Response Codes\n\n  Http response code            detail_code   msg              \nDescription\n\n  404                           -76001        Ranch not built   The player has not built a ranch yet\n\n  404                           -76002        Pen locked        The pen is locked\n",
			`p.txt:4: line 4, right under the line 3, starts at the margin and names columns ("Description")`},
		{"a header row at the margin whose last cell a wrap cut inside, its rest at the margin",
			"Status Code         Status Code Description Status Code Detailed\nDescription\n200                 Normal Response         Normal\n401                 Unauthenticated         Authentication failed\n",
			`p.txt:2: line 2, right under the line 1, starts at the margin and names columns ("Description")`},
		{"right under the header, a line under the first column that starts no row, before one that does",
			"Name         Required                      Description\n" +
				"                                           A token used to authenticate\n" +
				"the\n" +
				"                                           user after login.\n" +
				"Auth-Token   true                          It is issued at login.\n",
			`p.txt:3: line 3, under the header of the table at line 1, has text under Name ("the") but starts no row, and a row starts below it at line 5`},
		{"a line of text among the lines of a table's rest laid out apart, that no wrap cut",
			"     Code        Type      Required                Description\n" +
				"   barrelId  string        true     The barrel.\n" +
				"   toast     ToastLevel    true     How deeply the staves were toasted.\n" +
				"\n" +
				"   layers  GenericModels.PaintLayer[]  The paint layers, the oldest first.\n" +
				"NOTE\n" +
				"Operators may skip the cooldown.\n" +
				"   cleaned boolean                     Whether the panel has been cleaned.\n" +
				"   dryness number                      Hours left before it dries.\n",
			"p.txt:6: line 6 cuts the rest of the table at line 1 that lines 5-9 lay out apart in columns of their own"},
		{"text that runs over a column's start where a word of it starts, both readings text",
			"Code      Message     Description\n" +
				"4001      Hive full   The hive is full.\n" +
				"4002      Hive empty The hive holds no honey.\n",
			`p.txt:3: line 3: "Hive empty The hive holds no honey." runs over the start of the column Description, and a word of it starts there: cannot tell whether it is the cell of Message or the cells of Message and Description`},
	} {
		_, _, _, errs := read(c.page)
		if !slices.ContainsFunc(errs, func(e string) bool { return strings.Contains(e, c.err) }) {
			t.Errorf("%s: errors\n got %q\nwant %q", c.name, errs, c.err)
		}
	}
}

// TestDetect rates pages of the style, and none of another style.
func TestDetect(t *testing.T) {
	for _, c := range []struct {
		name, page string
		rated      bool
	}{
		{"aligned", "Name      Type      Description\nuserId    String    The user.\n", true},
		{"aligned tight", "Name   Type    Description\nuserId String  The user.\nlevel  Integer The level.\n", true},
		{"pipes", "Name | Type | Description\nuserId | String | The user.\n", false},
		{"tabs", "Name\tType\tDescription\nuserId\tString\tThe user.\n", false},
		{"markdown", "| Name | Type | Description |\n|---|---|---|\n| userId | String | The user. |\n", false},
		{"one cell per line", "Name\n\nType\n\nDescription\n\nuserId\n\nString\n\nThe user.\n", false},
		{"flattened", "CodeTypeRequiredDescription\nuserIdstringtrueThe user.\n", false},
		{"a header with no row", "Name      Type      Description\n\nThe page ends.\n", false},
		{"prose with column words", "The name  and the type  are described below.\nuserId is a string.\n", false},
	} {
		if got := (Style{}).Detect(pages.Lines([]byte(c.page))) > 0; got != c.rated {
			t.Errorf("%s: rated %v, want %v", c.name, got, c.rated)
		}
	}
}

// TestRunningLines drops the running header and footer of each printed
// page, and keeps the page's own first and last lines.
func TestRunningLines(t *testing.T) {
	page := "Title of the page   1 of 2\n\nFirst line.\n\nLast line.\n\nPage 1\n\fTitle of the page   2 of 2\n\nSecond page.\n\nPage 2\n"
	_, texts, _, _ := read(page)
	want := []string{"First line.", "Last line.", "Second page."}
	if !reflect.DeepEqual(texts, want) {
		t.Errorf("texts\n got %q\nwant %q", texts, want)
	}
	code := "3/4/26, 9:07 AM   Ranch - Docs\n\n{\n\"a\": 1,\n\nhttps://docs.example.com/ranch   1/2\n" +
		"\f3/4/26, 9:07 AM   Ranch - Docs\n\"b\": 2\n}\n\nhttps://docs.example.com/ranch   2/2\n\f"
	if _, texts, _, _ := read(code); !reflect.DeepEqual(texts, []string{"{", "\"a\": 1,", "\"b\": 2", "}"}) {
		t.Errorf("a running header right over the page's text, which repeats one set apart on another page: texts %q", texts)
	}
	htmldoc := "Crates | Docs\n\nFirst line.\n\nOverview                                   1\n" +
		"\fCrates | Docs\n\nRow one                                    2\nSecond page.\n\nRequest Body                               2\n\f"
	if _, texts, _, _ := read(htmldoc); !reflect.DeepEqual(texts, []string{"First line.", "Row one                                    2", "Second page."}) {
		t.Errorf("a footer of a heading and the page's number far right, set apart by a blank line: texts %q", texts)
	}
	one := "A one-page print\n\nIts text.\n\nhttps://docs.example.com/a   1/1\n"
	if _, texts, _, _ := read(one); !reflect.DeepEqual(texts, []string{"A one-page print", "Its text."}) {
		t.Errorf("one page: texts %q", texts)
	}
}

// spacedLexicon knows its names and GearN's primitive spellings.
type spacedLexicon []string

func (l spacedLexicon) PrefixesOf(rest string) []string {
	var out []string
	for _, n := range l {
		if strings.HasPrefix(rest, n) {
			out = append(out, n)
		}
	}
	return out
}

func (spacedLexicon) EndsTable(string) bool { return false }

func (spacedLexicon) Primitives() *pages.Spellings { return spacedPrimitives }

// spacedPrimitives are the primitive spellings of the pages spaced
// tables are read from.
var spacedPrimitives = pages.NewSpellings([]string{"GNHashtable", "number int", "hashtable", "boolean", "number", "string", "object", "long", "bool", "int", "any"})

// TestSpacedTables reads tables a text browser (lynx -dump) prints with
// their cells one space apart and their rows wrapped at its width: rows
// by what their cells hold, the lines a row wraps onto joined where the
// line before reaches the width, and refuses a line that could be a row
// or the rest of one, and a line that is neither.
func TestSpacedTables(t *testing.T) {
	words := spacedLexicon{"ReturnCode", "GenericModels.BuildingState", "BuildingKind"}
	const width = "   The longest line of the page's text, which sets the width it wraps at here.\n   and goes on.\n\n"
	for _, c := range []struct {
		name, page string
		want       [][][]string
		errs       []string // each a part of the first error
	}{
		{"fields, a row wrapped, link numbers, a name in the other case",
			width + "   Code Type Required Description\n" +
				"   returnCode [8]ReturnCode true Additional metadata that can be attached to\n" +
				"   any request. See [9]ReturnCode\n" +
				"   building [16]GenericModels.BuildingState true The building after the call.\n" +
				"   See [17]GenericModels.BuildingState\n" +
				"   workers number int Workers on the upgrade. (from 0 to 5)\n" +
				"   kind [20]BuildingKind See [21]BuildingKind\n",
			[][][]string{{{"Code", "Type", "Required", "Description"},
				{"returnCode", "ReturnCode", "true", "Additional metadata that can be attached to any request. See ReturnCode"},
				{"building", "GenericModels.BuildingState", "true", "The building after the call. See GenericModels.BuildingState"},
				{"workers", "number int", "", "Workers on the upgrade. (from 0 to 5)"},
				{"kind", "BuildingKind", "", "See BuildingKind"}}},
			nil},
		{"headers, a condition as the requiredness, wrapped",
			width + "   Name Required Description\n" +
				"   Secret-Key true The SecretKey in SecretInfo with role must is Server.\n" +
				"   Game-Id Optional if the gameId in the SecretInfo use in headers Secret-Key\n" +
				"   has assign a valid value.\n" +
				"   Content-Type true application/json\n",
			[][][]string{{{"Name", "Required", "Description"},
				{"Secret-Key", "true", "The SecretKey in SecretInfo with role must is Server."},
				{"Game-Id", "Optional if the gameId in the SecretInfo use in headers Secret-Key has assign a valid value.", ""},
				{"Content-Type", "true", "application/json"}}},
			nil},
		{"headers, a row wrapped short of the rows of a table laid out in columns below, which run past the width the prose wraps at (lynx -width=120)",
			width + "   Name Required Description\n" +
				"   Auth-Token true A token used to authenticate the user, issued at a login.\n" +
				"   This token identifies the sender.\n" +
				"   Content-Type true application/json\n" +
				"\n" +
				"       Name    Code                    Description\n" +
				"   UnknownError   1    The backend rejected the member but did not map it to a more specific category.\n" +
				"   DataRequired   2    The member is required but missing.\n",
			[][][]string{{{"Name", "Required", "Description"},
				{"Auth-Token", "true", "A token used to authenticate the user, issued at a login. This token identifies the sender."},
				{"Content-Type", "true", "application/json"}},
				{{"Name", "Code", "Description"},
					{"UnknownError", "1", "The backend rejected the member but did not map it to a more specific category."},
					{"DataRequired", "2", "The member is required but missing."}}},
			nil},
		{"headers, a row's rest that a hard wrap put at the margin",
			width + "   Name Required Description\n" +
				"   Auth-Token true A token used to authenticate the user, issued after\n" +
				"login.\n" +
				"   Content-Type true application/json\n",
			[][][]string{{{"Name", "Required", "Description"},
				{"Auth-Token", "true", "A token used to authenticate the user, issued after login."},
				{"Content-Type", "true", "application/json"}}},
			nil},
		{"headers, a row's rest that two hard wraps put at the margin, the table's last row",
			width + "   Name Required Description\n" +
				"   Content-Type true application/json\n" +
				"   Auth-Token true A token used to authenticate the user, issued after\n" +
				"login, valid for\n" +
				"1 ~ 24 hours\n",
			[][][]string{{{"Name", "Required", "Description"},
				{"Content-Type", "true", "application/json"},
				{"Auth-Token", "true", "A token used to authenticate the user, issued after login, valid for 1 ~ 24 hours"}}},
			nil},
		{"an enum, a description wrapped",
			width + "   Name Code Description\n" +
				"   OperationNotAuthorized -6 The caller is not authorized to perform this\n" +
				"   operation.\n" +
				"   Ok 1 Success.\n",
			[][][]string{{{"Name", "Code", "Description"}, {"OperationNotAuthorized", "-6", "The caller is not authorized to perform this operation."}, {"Ok", "1", "Success."}}},
			nil},
		{"a row whose description begins in lower case after a line that reaches the width",
			width + "   Code Type Required Description\n" +
				"   level number int true The level to reach; one more than the level of the\n" +
				"   player number of the base.\n",
			[][][]string{{{"Code", "Type", "Required", "Description"}, {"level", "number int", "true", "The level to reach; one more than the level of the"}, {"player", "number", "", "of the base."}}},
			[]string{"p.txt:6: line 6 of the table at line 4", "or the line may be the rest of the row above"}},
		{"a type with the values it takes",
			width + "   Code Type Required Description\n" +
				"   serviceName string in steam | epic | discord true Name of the service.\n",
			[][][]string{{{"Code", "Type", "Required", "Description"}, {"serviceName", "string in steam | epic | discord", "true", "Name of the service."}}},
			nil},
		{"a line that is no row after a line short of the width",
			width + "   Code Type Required Description\n" +
				"   level number int true The level.\n" +
				"   the player's own.\n",
			[][][]string{{{"Code", "Type", "Required", "Description"}, {"level", "number int", "true", "The level."}}},
			[]string{"p.txt:6: line 6 (\"the player's own.\"), under the header at line 4", "the line before it ends short of the page's width"}},
		{"a row whose name cell is empty, printed as nothing, after a line that reaches the width",
			width + "   Code Type Required Description\n" +
				"   amount number int true Amount to add; a negative amount subtracts. (from\n" +
				"   -1000000 to 1000000)\n" +
				"   number int true Amount to add; a negative amount subtracts. (from\n" +
				"   -1000000 to 1000000)\n",
			[][][]string{{{"Code", "Type", "Required", "Description"}, {"amount", "number int", "true", "Amount to add; a negative amount subtracts. (from -1000000 to 1000000)"}}},
			[]string{"p.txt:7: line 7 (\"number int true Amount to add", "a cell of it may be lost"}},
		{"a row whose type cell is empty, after a line that reaches the width",
			width + "   Code Type Required Description\n" +
				"   amount number int true Amount to add; a negative amount subtracts. (from\n" +
				"   mentions true The players mentioned.\n",
			[][][]string{{{"Code", "Type", "Required", "Description"}, {"amount", "number int", "true", "Amount to add; a negative amount subtracts. (from"}}},
			[]string{"p.txt:6: line 6 (\"mentions true The players mentioned.\")", "a cell of it may be lost"}},
		{"a bound written with no-break spaces, kept whole on the next line",
			width + "   Code Type Required Description\n" +
				"   minComfort number Departures whose comfort is lower are left out.\n" +
				"   (from 0.0 to 1.0) (Default: 0.0)\n" +
				"   comfort number Share of the free seats when the train leaves here. (from 0.0\n" +
				"   to 1.0)\n",
			[][][]string{{{"Code", "Type", "Required", "Description"},
				{"minComfort", "number", "", "Departures whose comfort is lower are left out. (from 0.0 to 1.0) (Default: 0.0)"},
				{"comfort", "number", "", "Share of the free seats when the train leaves here. (from 0.0 to 1.0)"}}},
			nil},
		{"a Kakao type with its enum note",
			width + "   Name Type Mandatory Description\n" +
				"   language String (Enum) N Language of the notices (ko, en, ja) (default: ko)\n" +
				"   labels List<String> (enum) Y Labels.\n",
			[][][]string{{{"Name", "Type", "Mandatory", "Description"},
				{"language", "String (Enum)", "N", "Language of the notices (ko, en, ja) (default: ko)"},
				{"labels", "List<String> (enum)", "Y", "Labels."}}},
			nil},
		{"every word one space apart, a row's words lined up with the header's by chance",
			width + "   Name Type Mandatory Description\n" +
				"   lang String (Enum) N Language of the notices (default: ko)\n" +
				"   platform String (Enum) N Platform (android, ios, pc)\n",
			[][][]string{{{"Name", "Type", "Mandatory", "Description"},
				{"lang", "String (Enum)", "N", "Language of the notices (default: ko)"},
				{"platform", "String (Enum)", "N", "Platform (android, ios, pc)"}}},
			nil},
		{"a header centred over its columns, one row one space apart",
			width + "    Name       Type          Description\n" +
				"   notices List<Notice> Notices, newest first\n",
			[][][]string{{{"Name", "Type", "Description"},
				{"notices", "List<Notice>", "Notices, newest first"}}},
			nil},
		{"a callout between two rows: the rows after it the table's rest, with no header",
			width + "   Name Required Description\n" +
				"   Auth-Token true A token used to authenticate the user.\n" +
				"주의\n" +
				"Operators may skip the cooldown; every such call is written to the audit log.\n" +
				"   Secret-Key true The SecretKey in SecretInfo.\n" +
				"   Content-Type true application/json\n",
			[][][]string{{{"Name", "Required", "Description"},
				{"Auth-Token", "true", "A token used to authenticate the user."}},
				{nil,
					{"Secret-Key", "true", "The SecretKey in SecretInfo."},
					{"Content-Type", "true", "application/json"}}},
			nil},
		{"a cell's paragraphs on lines of their own before the next row: whose cell they are cannot be told",
			width + "   Code Type Required Description\n" +
				"   grade number int true\n" +
				"\n" +
				"   VIP grade\n" +
				"\n" +
				"   0 ~ 10\n" +
				"   kind string false\n",
			[][][]string{{{"Code", "Type", "Required", "Description"}, {"grade", "number int", "true", ""}},
				{nil, {"kind", "string", "false", ""}}},
			[]string{"p.txt:7: line 7 (\"VIP grade\"), between the table at line 4", "follows the row at line 5, whose Description cell is empty"}},
		{"a sentence on a line of its own before the next row, after a row whose last cell is empty: whose it is cannot be told",
			width + "   Name Type Mandatory Description\n" +
				"   elements List<SkateElement> Y\n" +
				"\n" +
				"   Elements skated, in order, 1 ~ 10 items.\n" +
				"\n" +
				"   costumeIds List<String> N Costume pieces worn\n",
			[][][]string{{{"Name", "Type", "Mandatory", "Description"}, {"elements", "List<SkateElement>", "Y", ""}},
				{nil, {"costumeIds", "List<String>", "N", "Costume pieces worn"}}},
			[]string{"p.txt:7: line 7 (\"Elements skated, in order, 1 ~ 10 items.\"), between the table at line 4", "follows the row at line 5, whose Description cell is empty"}},
		{"a cell's rest in lower case first among the lines before the next row, blank lines between",
			width + "   Code Type Required Description\n" +
				"   grade number int true\n" +
				"\n" +
				"   from 0 to 10\n" +
				"\n" +
				"   VIP grade\n" +
				"\n" +
				"   Note\n" +
				"   kind string false\n",
			[][][]string{{{"Code", "Type", "Required", "Description"}, {"grade", "number int", "true", ""}},
				{nil, {"kind", "string", "false", ""}}},
			[]string{"p.txt:7: line 7 (\"from 0 to 10\"), between the table at line 4"}},
		{"text after the table at its indent that splits as no row is no rest",
			width + "   Name Code Description\n" +
				"   Ok 1 Success.\n" +
				"Note:\n" +
				"See the codes below.\n" +
				"   the codes below are the business ones\n",
			[][][]string{{{"Name", "Code", "Description"}, {"Ok", "1", "Success."}}},
			nil},
		{"header names and field names in one table, in either case, each row filling its cells; a wrapped line that begins with a word and a number",
			width + "   Name Type Required Description\n" +
				"   X-Request-Id string true Identifies the call in the logs.\n" +
				"   userId string true The user.\n" +
				"   Accept-Language string false Language of the messages\n" +
				"   nickname string false Shown to the other players of the guild, no longer than\n" +
				"   to 100 characters\n" +
				"   guildId string true (none)\n",
			[][][]string{{{"Name", "Type", "Required", "Description"},
				{"X-Request-Id", "string", "true", "Identifies the call in the logs."},
				{"userId", "string", "true", "The user."},
				{"Accept-Language", "string", "false", "Language of the messages"},
				{"nickname", "string", "false", "Shown to the other players of the guild, no longer than to 100 characters"},
				{"guildId", "string", "true", "(none)"}}},
			nil},
		{"a wrapped line that begins with a word and a number under a Code column that names the row",
			width + "   Code Type Required Description\n" +
				"   motto string false Shown on the guild page to the players of other guilds, up\n" +
				"   to 200 characters\n",
			[][][]string{{{"Code", "Type", "Required", "Description"}, {"motto", "string", "false", "Shown on the guild page to the players of other guilds, up to 200 characters"}}},
			nil},
		{"a name in the other case with a name and a type only, its description in lower case: a wrapped sentence may read so",
			width + "   Code Type Description\n" +
				"   userId string The user.\n" +
				"   Unique string identifying the user\n",
			[][][]string{{{"Code", "Type", "Description"}, {"userId", "string", "The user."}}},
			[]string{"p.txt:6: line 6 (\"Unique string identifying the user\")", "its name Unique is in the other case than the names of the rows above"}},
		{"lynx -list_inline: a name alone, as its type's link with its address did not fit after it, the link longer than a line cut inside its word, and a See link cut inside its address",
			width + "   Code Type Required Description\n" +
				"   returnCode [file://localhost/p.html#returncode]ReturnCode true Additional\n" +
				"   metadata. See [file://localhost/p.html#returncode]ReturnCode\n" +
				"   building\n" +
				"   [file://localhost/p.html#genericmodels-buildingstate]GenericModels.Building\n" +
				"   State true The building after the call. See\n" +
				"   [file://localhost/docs/api/reference/models/page.html#genericmodels-buildin\n" +
				"   gstate]GenericModels.BuildingState\n" +
				"   kind [file://localhost/p.html#buildingkind]BuildingKind The kind.\n",
			[][][]string{{{"Code", "Type", "Required", "Description"},
				{"returnCode", "ReturnCode", "true", "Additional metadata. See ReturnCode"},
				{"building", "GenericModels.BuildingState", "true", "The building after the call. See GenericModels.BuildingState"},
				{"kind", "BuildingKind", "", "The kind."}}},
			nil},
		{"link numbers: a line short of the width as its next unit, a link's number and text, did not fit on it",
			width + "   Code Type Required Description\n" +
				"   building [16]GenericModels.BuildingState true The building after the call.\n" +
				"   [17]GenericModels.BuildingState\n" +
				"   kind\n" +
				"   [20]BuildingKind The kind.\n",
			[][][]string{{{"Code", "Type", "Required", "Description"},
				{"building", "GenericModels.BuildingState", "true", "The building after the call. GenericModels.BuildingState"}}},
			[]string{"p.txt:7: line 7 (\"kind\")", "the line before it ends short of the page's width"}},
		{"a name alone over a line that is a row of its own is no row wrapped",
			width + "   Code Type Required Description\n" +
				"   returnCode [8]ReturnCode true Metadata.\n" +
				"   building\n" +
				"   kind [file://localhost/p.html#kind]BuildingKind true The kind of the building.\n",
			[][][]string{{{"Code", "Type", "Required", "Description"},
				{"returnCode", "ReturnCode", "true", "Metadata."},
				{"kind", "BuildingKind", "true", "The kind of the building."}}},
			[]string{"p.txt:6: line 6 (\"building\")"}},
		{"html_text's rows: a linked type spaced inside its brackets, a cell glued to the quote that begins the next",
			width + "   Name Type Mandatory Description\n" +
				"   Content-Type String Y\"application/json;charset=UTF-8\"\n" +
				"   plays List< Play > Y Plays of the repertoire\n" +
				"   counts Map< String, List< Long > > N Counts by kind\n" +
				"   tags List<String> N\"a\" or \"b\"\n" +
				"   slots List< Slot >[] N Slots\n",
			[][][]string{{{"Name", "Type", "Mandatory", "Description"},
				{"Content-Type", "String", "Y", "\"application/json;charset=UTF-8\""},
				{"plays", "List< Play >", "Y", "Plays of the repertoire"},
				{"counts", "Map< String, List< Long > >", "N", "Counts by kind"},
				{"tags", "List<String>", "N", "\"a\" or \"b\""},
				{"slots", "List< Slot >[]", "N", "Slots"}}},
			nil},
		{"an enum's table, its Code column first: a value, then the name",
			width + "   Code Name Description\n" +
				"   1 Largo Slow, for a first reading\n" +
				"   -2 Moderato Stage speed\n" +
				"   PRESTO Presto Fast, for a final run\n",
			[][][]string{{{"Code", "Name", "Description"},
				{"1", "Largo", "Slow, for a first reading"},
				{"-2", "Moderato", "Stage speed"},
				{"PRESTO", "Presto", "Fast, for a final run"}}},
			nil},
		{"an enum's table, its Code column first: a value with no name is refused",
			width + "   Code Name Description\n" +
				"   1 Largo Slow\n" +
				"   2 (unused)\n",
			[][][]string{{{"Code", "Name", "Description"},
				{"1", "Largo", "Slow"}}},
			[]string{"p.txt:6: line 6 (\"2 (unused)\")", "\"(unused)\" is no name"}},
		{"an unknown type",
			width + "   Code Type Required Description\n" +
				"   level Level true The level.\n",
			[][][]string{{{"Code", "Type", "Required", "Description"}}},
			[]string{"p.txt:5: line 5 (\"level Level true The level.\")", "\"Level\" is no type the pages know"}},
	} {
		rep := &pages.Reporter{}
		var got [][][]string
		for _, b := range alignedItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(c.page)), Report: rep, Words: words}) {
			if b.Table == nil {
				continue
			}
			tb := [][]string{b.Table.Header}
			for _, r := range b.Table.Rows {
				tb = append(tb, r.Cells)
			}
			got = append(got, tb)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: tables\n got %q\nwant %q", c.name, got, c.want)
		}
		_, es := rep.Sorted([]string{"p.txt"}, false)
		var errs []string
		for _, e := range es {
			errs = append(errs, e.Error())
		}
		if len(errs) == 0 && len(c.errs) > 0 || len(errs) > 0 && len(c.errs) == 0 {
			t.Errorf("%s: errors %q, want the first with %q", c.name, errs, c.errs)
			continue
		}
		for _, part := range c.errs {
			if !strings.Contains(errs[0], part) {
				t.Errorf("%s: error %q, want it to say %q", c.name, errs[0], part)
			}
		}
	}
}

// TestSpacedRequiredLost reads a row of a text browser's table that
// splits only with an empty Required cell before a description in lower
// case, under a line short of the width, as a row that lost its Required
// cell where the column's other rows fill theirs; where they do not, it
// is refused at its line.
func TestSpacedRequiredLost(t *testing.T) {
	words := spacedLexicon{"ReturnCode"}
	const width = "   The longest line of the page's text, which sets the width it wraps at here.\n   and goes on.\n\n"
	for _, c := range []struct {
		name, rows string
		lost       []bool
		err        string
	}{
		{"the column's other rows filled", "   level number int true The level.\n   double boolean watch an advert to double it.\n   slot number false The slot.\n", []bool{false, true, false}, ""},
		{"another row's cell empty too", "   level number int true The level.\n   double boolean watch an advert to double it.\n   slot number The slot.\n", []bool{false, false, false}, "p.txt:6: line 6 of the table at line 4, whose cells are one space apart as a text browser prints them, reads as a row (double | boolean |  | watch an advert to double it.) only with an empty cell before a description that begins in lower case, and the table's other rows do not all fill that column"},
	} {
		rep := &pages.Reporter{}
		var lost []bool
		for _, b := range alignedItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(width + "   Code Type Required Description\n" + c.rows)), Report: rep, Words: words}) {
			if b.Table == nil {
				continue
			}
			for _, r := range b.Table.Rows {
				lost = append(lost, slices.Equal(r.Lost, []pages.Column{pages.ColRequired}))
			}
		}
		if !slices.Equal(lost, c.lost) {
			t.Errorf("%s: rows lost their Required cell: %v, want %v", c.name, lost, c.lost)
		}
		_, es := rep.Sorted([]string{"p.txt"}, false)
		if c.err == "" && len(es) > 0 || c.err != "" && (len(es) == 0 || !strings.HasPrefix(es[0].Error(), c.err)) {
			t.Errorf("%s: errors %v, want %q", c.name, es, c.err)
		}
	}
}

// TestCellLineBreak reads a line under a row of a text browser's table,
// short of the width, that closes a parenthesis the row leaves open or
// is a bound or a note in parentheses as the rest of the row's last
// cell, as the browser prints the text after a line break in a cell
// (<br>), with a warning at its line, and so prose that ends a sentence
// begun with a capital under rows named in lower case; a line that begins
// otherwise ("Optional members", a cell spanning the row), or with a
// callout's label (a note spanning the row), or prose under rows named
// with a capital (a row that lost its cells) is refused.
func TestCellLineBreak(t *testing.T) {
	const width = "   The longest line of the page's text, which sets the width it wraps at here.\n   and goes on.\n\n"
	for _, c := range []struct {
		name, rows string
		want       [][]string
		warns      []string
		err        string
	}{
		{"a bound after a line break",
			"   rides string[] true Only these rides.\n   (1 - 5 items)\n   note string A note.\n",
			[][]string{{"rides", "string[]", "true", "Only these rides. (1 - 5 items)"}, {"note", "string", "", "A note."}},
			[]string{"p.txt:6: line 6 (\"(1 - 5 items)\"), under the header at line 4 whose cells are one space apart as a text browser prints them, splits into no row and the line before it ends short of the page's width, but it is a bound, a default or a note in parentheses, which no row begins with: read as the rest of the last cell of the row at line 5, which a line break in the cell (<br>) or the browser's wrap set on a line of its own"},
			""},
		{"a parenthesis closed",
			"   cellX number int true The column. (from 0 to\n   31)\n",
			[][]string{{"cellX", "number int", "true", "The column. (from 0 to 31)"}},
			[]string{"p.txt:6: line 6 (\"31)\")", "but it closes the parenthesis the row leaves open: read as the rest of the last cell of the row at line 5"},
			""},
		{"a cell spanning the row",
			"   amount number int true How much.\n   Optional members\n   note string A note.\n",
			[][]string{{"amount", "number int", "true", "How much."}, {"note", "string", "", "A note."}},
			nil,
			"p.txt:6: line 6 (\"Optional members\"), under the header at line 4 whose cells are one space apart as a text browser prints them, splits into no row"},
		{"prose after a line break, then a link the browser wrapped",
			"   mode string true How the pieces are taken apart.\n   Careful keeps the sockets but yields less dust. See\n   [file://localhost/tmp/aj/dismantleGear.html#dismantlemode]DismantleMode\n   note string A note.\n",
			[][]string{{"mode", "string", "true", "How the pieces are taken apart. Careful keeps the sockets but yields less dust. See DismantleMode"}, {"note", "string", "", "A note."}},
			[]string{"p.txt:6: line 6 (\"Careful keeps the sockets but yields less dust. See\")", "but it is prose that ends a sentence, begun with a capital where the rows' names begin in lower case, which no row and no title spanning the row is: read as the rest of the last cell of the row at line 5"},
			""},
		{"a note spanning the row",
			"   amount number int true How much.\n   Note: the amount stays in the log.\n   note string A note.\n",
			[][]string{{"amount", "number int", "true", "How much."}, {"note", "string", "", "A note."}},
			nil,
			"p.txt:6: line 6 (\"Note: the amount stays in the log.\"), under the header at line 4"},
		{"prose under rows named with a capital",
			"   Amount number int true How much.\n   Careful keeps the sockets. See\n",
			[][]string{{"Amount", "number int", "true", "How much."}},
			nil,
			"p.txt:6: line 6 (\"Careful keeps the sockets. See\"), under the header at line 4"},
		{"a lone word that ends the sentence the row leaves open, a table's title after it",
			"   vatIds string[] false Vats to fill. The default vat is used if\n   empty.\n",
			[][]string{{"vatIds", "string[]", "false", "Vats to fill. The default vat is used if empty."}},
			[]string{"p.txt:6: line 6 (\"empty.\")", "but it begins in lower case and ends the sentence the row's text leaves open, as no row does (a lone word that ends with a full stop is no name, and where the rows' names begin with a capital no row begins in lower case): read as the rest of the last cell of the row at line 5"},
			""},
		{"words in lower case that end the sentence, under rows named in lower case: a row that lost cells may begin so",
			"   vatIds string[] false Vats to fill. The default vat is used if\n   volume is empty.\n",
			[][]string{{"vatIds", "string[]", "false", "Vats to fill. The default vat is used if"}},
			nil,
			"p.txt:6: line 6 (\"volume is empty.\"), under the header at line 4"},
		{"a lone word that ends a sentence under a row that ends one: refused",
			"   vatIds string[] false Vats to run the juice into.\n   empty.\n",
			[][]string{{"vatIds", "string[]", "false", "Vats to run the juice into."}},
			nil,
			"p.txt:6: line 6 (\"empty.\"), under the header at line 4"},
		{"a console's count of rows",
			"   amount number int true How much.\n   (2 rows)\n",
			[][]string{{"amount", "number int", "true", "How much."}},
			nil,
			"p.txt:6: line 6 (\"(2 rows)\")"},
	} {
		rep := &pages.Reporter{}
		var got [][]string
		for _, b := range alignedItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(width + "   Code Type Required Description\n" + c.rows)), Report: rep, Words: spacedLexicon{}}) {
			if b.Table == nil {
				continue
			}
			for _, r := range b.Table.Rows {
				got = append(got, r.Cells)
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: rows %q, want %q", c.name, got, c.want)
		}
		all, es := rep.Sorted([]string{"p.txt"}, false)
		var ws []error // the warnings but the table's own, at its header
		for _, w := range all {
			if !strings.HasPrefix(w.Error(), "p.txt:4:") {
				ws = append(ws, w)
			}
		}
		if len(ws) != min(len(c.warns), 1) {
			t.Errorf("%s: warnings %v, want one with %q", c.name, ws, c.warns)
		}
		for _, part := range c.warns {
			if len(ws) > 0 && !strings.Contains(ws[0].Error(), part) {
				t.Errorf("%s: warning %q, want it to say %q", c.name, ws[0].Error(), part)
			}
		}
		if c.err == "" && len(es) > 0 || c.err != "" && (len(es) == 0 || !strings.HasPrefix(es[0].Error(), c.err)) {
			t.Errorf("%s: errors %v, want %q", c.name, es, c.err)
		}
	}
}

// TestSpacedChromeEnds ends a table whose cells are one space apart at
// the site's chrome that stands right under its last row, no blank line
// between (pages.EndsContent: the doc footer's edit link or date of the
// last change, the pager), and refuses such a line where a row of the
// table follows it: whether the table ends there cannot be told.
func TestSpacedChromeEnds(t *testing.T) {
	const width = "   The longest line of the page's text, which sets the width it wraps at here.\n   and goes on.\n\n"
	rows := "   amount number int true How much.\n   note string A note.\n"
	want := [][]string{{"amount", "number int", "true", "How much."}, {"note", "string", "", "A note."}}
	for _, c := range []struct {
		name, rows string
		want       [][]string
		err        string
	}{
		{"an edit link", rows + "   Edit this page on GitHub\n\n   Last updated: 2/11/2027, 4:18 PM\n", want, ""},
		{"the date of the last change", rows + "   Last updated: 2/11/2027, 4:18 PM\n   Pager\n", want, ""},
		{"a pager's link", rows + "   Next pageabortVoyage\n", want, ""},
		{"a pager's label over its title", rows + "   Previous page\n   getStarMap\n", want, ""},
		{"an edit link a row follows", "   amount number int true How much.\n   Edit this page on GitHub\n   note string A note.\n",
			[][]string{{"amount", "number int", "true", "How much."}, {"note", "string", "", "A note."}},
			"p.txt:6: line 6 (\"Edit this page on GitHub\"), under the header at line 4 whose cells are one space apart as a text browser prints them, is the site's chrome that ends a page's content (its doc footer or pager), but line 7 after it splits as a row"},
	} {
		rep := &pages.Reporter{}
		var got [][]string
		for _, b := range alignedItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(width + "   Code Type Required Description\n" + c.rows)), Report: rep, Words: spacedLexicon{}}) {
			if b.Table == nil {
				continue
			}
			for _, r := range b.Table.Rows {
				got = append(got, r.Cells)
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: rows %q, want %q", c.name, got, c.want)
		}
		_, es := rep.Sorted([]string{"p.txt"}, false)
		if c.err == "" && len(es) > 0 || c.err != "" && (len(es) != 1 || !strings.HasPrefix(es[0].Error(), c.err)) {
			t.Errorf("%s: errors %v, want %q", c.name, es, c.err)
		}
	}
}

// TestWrappedHeader refuses a header row whose rest a hard wrap put on
// the next line, at the margin: where its last columns start, no line
// tells.
func TestWrappedHeader(t *testing.T) {
	_, _, _, errs := read("    Code      Type      Required\n" +
		"Description\n" +
		"\n" +
		"    userId    string    true        The player.\n")
	want := "p.txt:2: line 2, right under the header row at line 1, starts left of its columns and names columns"
	if len(errs) != 1 || !strings.HasPrefix(errs[0], want) {
		t.Errorf("errors %q, want one that starts %q", errs, want)
	}
}

// TestRunTogetherHeaderCell reads a header whose two cells a print set
// with no space between them ("TypeRequired") as a cell for each, with a
// warning at the header's line.
func TestRunTogetherHeaderCell(t *testing.T) {
	tables, _, warns, errs := read("Code      TypeRequired   Description\n" +
		"userId    string true    The player.\n" +
		"plotId    string true    The plot.\n")
	want := [][]string{{"Code", "Type", "Required", "Description"}, {"userId", "string", "true", "The player."}, {"plotId", "string", "true", "The plot."}}
	if len(tables) != 1 || !reflect.DeepEqual(tables[0], want) || len(errs) > 0 {
		t.Errorf("tables %q, errors %q, want %q", tables, errs, want)
	}
	if w := "p.txt:1: line 1: the header cell \"TypeRequired\" runs the names of two columns together: read as the cells Type | Required"; !slices.Contains(warns, w) {
		t.Errorf("warnings %q, want %q", warns, w)
	}
}

// TestTableCutByText reads the rows of a table after a line of text that
// cut it, in its columns, as a table without a header (pages.Read
// resumes the table before with it); a row after more text than a page
// break leaves is text, refused at its line (pages.StrayCheck); and a
// sentence under a table printed tight is text.
func TestTableCutByText(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       [][][]string
		texts      []string
		warns      []string
		errs       []string
	}{
		{"a note between two rows set apart by blank lines",
			"Name              Type            Mandatory    Description\n\nappSecret         String          Y            App Secret\n\nValues are checked by the server.\nkgAppId           String          Y            KG App ID\n\nResponse\n",
			[][][]string{{{"Name", "Type", "Mandatory", "Description"}, {"appSecret", "String", "Y", "App Secret"}}, {nil, {"kgAppId", "String", "Y", "KG App ID"}}},
			[]string{"Values are checked by the server.", "Response"}, nil, nil},
		{"a row after more text than a page break leaves",
			"Name              Type            Mandatory    Description\n\nappSecret         String          Y            App Secret\n\nOne.\nTwo.\nThree.\nFour.\nkgAppId           String          Y            KG App ID\n",
			[][][]string{{{"Name", "Type", "Mandatory", "Description"}, {"appSecret", "String", "Y", "App Secret"}}},
			[]string{"One.", "Two.", "Three.", "Four.", "kgAppId           String          Y            KG App ID"},
			nil, []string{"p.txt:9: line 9 splits at columns into 4 cells, as a row of the table at line 1 does, but no header row stands over it: it reads as text, and what it documents would be left out of the schema (kgAppId | String | Y | KG App ID); if it is a row of that table, move it under the table's rows, or set the table's header row (Name | Type | Mandatory | Description) over it, or if it is text, write it as a sentence"}},
		{"chrome whose words begin at the columns of an enum table, after it",
			"Name Code Description\nLow  -1   Low water.\nHigh 1    High water.\n\nExample Response\n\njson\n\n{\n  \"error\": \"\"\n}\n\nEdit this page on GitHub\n",
			[][][]string{{{"Name", "Code", "Description"}, {"Low", "-1", "Low water."}, {"High", "1", "High water."}}},
			[]string{"Example Response", "json", "{", "\"error\": \"\"", "}", "Edit this page on GitHub"}, nil, nil},
		{"the last row's rest at the margin, a title right under it",
			"  Name        Type       Mandatory   Description\n  page        Integer    N           Page of the list\n  withFrames  Boolean    N           Also return the frames\nof each hive (default: true)\nResponse Status Code\n",
			[][][]string{{{"Name", "Type", "Mandatory", "Description"}, {"page", "Integer", "N", "Page of the list"}, {"withFrames", "Boolean", "N", "Also return the frames of each hive (default: true)"}}},
			[]string{"Response Status Code"},
			[]string{"p.txt:4: line 4 starts at the margin, out of the columns of the table at line 1, after its last line, and reads as the rest of that line's last cell, as no title or sentence of its own does: read as the rest of line 3, which a hard wrap cut (an editor or a mail client that wraps at a column)"}, nil},
		{"a sentence under a table printed tight",
			"   Code                   Type               Required        Description\nerrorCode  ErrorCode                         true     The status.\ntokensLeft number int                        true     The balance.\n\nGenericModels.TokenExchangeResult\n\nThe outcome of one exchange.\n",
			[][][]string{{{"Code", "Type", "Required", "Description"}, {"errorCode", "ErrorCode", "true", "The status."}, {"tokensLeft", "number int", "true", "The balance."}}},
			[]string{"GenericModels.TokenExchangeResult", "The outcome of one exchange."}, nil, nil},
		{"a callout between two rows of a table printed tight, each cell at its column's start",
			"   Name               Code Description\n   Ok                 1    The operation completed.\n   BuildingNotFound   140  The base has no such building.\n   RequirementsNotMet 141  The town hall level is too low.\n[!IMPORTANT]\nOperators may skip the cooldown.\n   NotEnoughResources 142  The player cannot pay.\n   QueueFull          143  Every builder is busy.\n",
			[][][]string{{{"Name", "Code", "Description"}, {"Ok", "1", "The operation completed."}, {"BuildingNotFound", "140", "The base has no such building."}, {"RequirementsNotMet", "141", "The town hall level is too low."}}, {nil, {"NotEnoughResources", "142", "The player cannot pay."}, {"QueueFull", "143", "Every builder is busy."}}},
			[]string{"[!IMPORTANT]", "Operators may skip the cooldown."}, nil, nil},
		{"a sentence under a table printed tight whose words start two of its columns",
			"     Code      Type    Required                  Description\n   barrelId string     true     The barrel. (up to 10 characters)\n   months   number int true     Months the lot spends in the barrel.\n\nGenericModels.BarrelUse\n\n   One barrel a lot ages in.\n",
			[][][]string{{{"Code", "Type", "Required", "Description"}, {"barrelId", "string", "true", "The barrel. (up to 10 characters)"}, {"months", "number int", "true", "Months the lot spends in the barrel."}}},
			[]string{"GenericModels.BarrelUse", "One barrel a lot ages in."}, nil, nil},
		{"the last row's rest at the margin, one column left of a table indented one column",
			"HarvestFrame\n Name        Type Mandatory Description\n frameIndex Integer Y       Frame to take honey from, 0 ~ 9\n share       Double N       Share of the frame's honey taken, 0.1 ~ 1.0\n(default: 0.8)\nResponse Status Code\n",
			[][][]string{{{"Name", "Type", "Mandatory", "Description"}, {"frameIndex", "Integer", "Y", "Frame to take honey from, 0 ~ 9"}, {"share", "Double", "N", "Share of the frame's honey taken, 0.1 ~ 1.0 (default: 0.8)"}}},
			[]string{"HarvestFrame", "Response Status Code"},
			[]string{`p.txt:3: line 3: "frameIndex Integer Y" runs over the start of the column Type: read as Name "frameIndex", Type "Integer", Mandatory "Y", the only reading whose cells hold what their columns do`, `p.txt:4: line 4: "Double N" runs over the start of the column Mandatory: read as Type "Double", Mandatory "N", the only reading whose cells hold what their columns do`, "p.txt:5: line 5 starts at the margin, out of the columns of the table at line 2, after its last line, and reads as the rest of that line's last cell, as no title or sentence of its own does: read as the rest of line 4, which a hard wrap cut (an editor or a mail client that wraps at a column)"}, nil},
		{"a note spanning the columns between two rows of cells set in the middle of their rows, as elinks prints an HTML row of one cell (colspan)",
			"        Code           Type     Required             Description\n   matchId         string       true     Identifier of the match. (20\n                                         characters)\n                                         The players of the match, winners\n   playerIds       string[]     true     first.\n                                         (2 - 10 items)\n   Note: playerIds and scores must have the same length.\n                                         Each player's score, in the order\n   scores          number[]     true     of playerIds, the first the\n                                         winner's. (2 - 10 items)\n   durationSeconds number int            Length of the match. (from 1 to\n                                         7200)\n",
			[][][]string{{{"Code", "Type", "Required", "Description"}, {"matchId", "string", "true", "Identifier of the match. (20 characters)"}, {"playerIds", "string[]", "true", "The players of the match, winners first. (2 - 10 items)"}}, {nil, {"scores", "number[]", "true", "Each player's score, in the order of playerIds, the first the winner's. (2 - 10 items)"}, {"durationSeconds", "number int", "", "Length of the match. (from 1 to 7200)"}}},
			[]string{"Note: playerIds and scores must have the same length."},
			[]string{"p.txt:6: line 6 goes on with the cell of Description at line 5, which had room for its first word: read as a line break in the cell, the rows of the table at line 1 told by where its cells sit in the middle of them"}, nil},
		{"notes between the rows of an enum table with no descriptions, the widest name one space from its code",
			"           Name         Code Description\n   StringNull           4\n   StringMinLength      5\n   GNHashtableNull      10\nDefaults to 5 when omitted.\n   GNHashtableMinLength 11\n   GNHashtableMaxLength 12\nDefaults to 5 when omitted.\n   GNArrayNull          13\n",
			[][][]string{{{"Name", "Code", "Description"}, {"StringNull", "4", ""}, {"StringMinLength", "5", ""}, {"GNHashtableNull", "10", ""}}, {nil, {"GNHashtableMinLength", "11", ""}, {"GNHashtableMaxLength", "12", ""}}, {nil, {"GNArrayNull", "13", ""}}},
			[]string{"Defaults to 5 when omitted.", "Defaults to 5 when omitted."}, nil, nil},
		{"a sentence of two words at the margin, after an enum table with no descriptions, is no row",
			"           Name         Code Description\n   StringNull           4\n   StringMinLength      5\n   GNHashtableNull      10\n\nSee below.\n",
			[][][]string{{{"Name", "Code", "Description"}, {"StringNull", "4", ""}, {"StringMinLength", "5", ""}, {"GNHashtableNull", "10", ""}}},
			[]string{"See below."}, nil, nil},
		{"a name as wide as its column, one space from its type: a row, no note",
			"Code                  Type       Required Description\nofferId               string     true     The offer's id.\nmaxPurchasesPerPlayer number int          How many times one player may buy\n                                          the offer.\n",
			[][][]string{{{"Code", "Type", "Required", "Description"}, {"offerId", "string", "true", "The offer's id."}, {"maxPurchasesPerPlayer", "number int", "", "How many times one player may buy the offer."}}},
			nil, nil, nil},
	} {
		tables, texts, warns, errs := read(c.page)
		if !reflect.DeepEqual(tables, c.want) || !slices.Equal(texts, c.texts) || !slices.Equal(warns, c.warns) || !slices.Equal(errs, c.errs) {
			t.Errorf("%s:\n got %q\n     %q\n     %q %q\nwant %q\n     %q\n     %q %q", c.name, tables, texts, warns, errs, c.want, c.texts, c.warns, c.errs)
		}
	}
}

// TestDashedTable reads a table pandoc draws with dashes among a page's
// aligned columns by its rules (drawn.TableAt): its rule is no row, and
// a cell wrapped over the lines of a multiline table is one cell.
func TestDashedTable(t *testing.T) {
	page := "Request Body\n\n  -------------------------------------------\n  Code       Type       Required   Description\n  ---------- ---------- ---------- ----------\n  userId     string     true       The player\n                                   who digs.\n\n  depth      number                How deep.\n  -------------------------------------------\n\nErrors\n\nName          Code   Description\nOk            1      Done.\n"
	tables, texts, warns, errs := read(page)
	want := [][][]string{
		{{"Code", "Type", "Required", "Description"}, {"userId", "string", "true", "The player who digs."}, {"depth", "number", "", "How deep."}},
		{{"Name", "Code", "Description"}, {"Ok", "1", "Done."}},
	}
	if !reflect.DeepEqual(tables, want) || !reflect.DeepEqual(texts, []string{"Request Body", "Errors"}) || warns != nil || errs != nil {
		t.Errorf("tables %q, texts %q, warnings %q, errors %q", tables, texts, warns, errs)
	}
}

// TestBoxRuledTable reads a table whose rules are runs of box-drawing
// horizontals (pandoc's ansi writer) among a page's aligned columns by
// its rules, as one of dashes: no rule is a row, though a header cell
// runs up to one space from the next column, and a cell wrapped in its
// column is one cell.
func TestBoxRuledTable(t *testing.T) {
	page := "Response Status Code\n\n─────────── ─────────────────────── ────────────\nStatus Code Status Code Description Detailed\n200         Normal Response         Normal\n400         Bad Request             Unparsable\n                                    request\n─────────── ─────────────────────── ────────────\n\nErrors\n\nName          Code   Description\nOk            1      Done.\n"
	tables, texts, warns, errs := read(page)
	want := [][][]string{
		{{"Status Code", "Status Code Description", "Detailed"}, {"200", "Normal Response", "Normal"}, {"400", "Bad Request", "Unparsable request"}},
		{{"Name", "Code", "Description"}, {"Ok", "1", "Done."}},
	}
	if !reflect.DeepEqual(tables, want) || !reflect.DeepEqual(texts, []string{"Response Status Code", "Errors"}) || warns != nil || errs != nil {
		t.Errorf("tables %q, texts %q, warnings %q, errors %q", tables, texts, warns, errs)
	}
}

// rowLines reads a page of the style, and returns each row of its tables
// as its first line, then its cells.
func rowLines(page string) ([][]string, []string, []string) {
	rep := &pages.Reporter{}
	var rows [][]string
	for _, b := range alignedItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(page)), Report: rep}) {
		if b.Table == nil {
			continue
		}
		for _, r := range b.Table.Rows {
			rows = append(rows, append([]string{strconv.Itoa(r.Line)}, r.Cells...))
		}
	}
	ws, es := rep.Sorted([]string{"p.txt"}, false)
	var warns, errs []string
	for _, w := range ws {
		warns = append(warns, w.Error())
	}
	for _, e := range es {
		errs = append(errs, e.Error())
	}
	return rows, warns, errs
}

// TestMiddleRows reads tables whose cells a text browser set in the
// middle of their rows (w3m), told by where they sit, each row at its
// first line; a table that sits at the top of its rows on such a page
// keeps its reading.
func TestMiddleRows(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       [][]string
		warns      []string
	}{
		{"w3m: a name on the middle line of its description, a type and a bound wrapped, a line break in a cell",
			"   Code       Type   Required                    Description\n" +
				"harborId    string   true     The harbor whose tides are read. (3 - 16\n" +
				"                              characters)\n" +
				"days        number            How many days are returned, today first. (from 1\n" +
				"            int               to 14) (Default: 3)\n" +
				"units       TideUnit          Unit of the heights. See TideUnit\n" +
				"                              Gauge stations whose readings are averaged;\n" +
				"stations    string[]          repeat the parameter for each station.\n" +
				"                              (1 - 5 items)\n" +
				"tz          string            IANA time zone of the dates and times. (up to 32\n" +
				"                              characters) (Default: \"UTC\")\n",
			[][]string{
				{"2", "harborId", "string", "true", "The harbor whose tides are read. (3 - 16 characters)"},
				{"4", "days", "number int", "", "How many days are returned, today first. (from 1 to 14) (Default: 3)"},
				{"6", "units", "TideUnit", "", "Unit of the heights. See TideUnit"},
				{"7", "stations", "string[]", "", "Gauge stations whose readings are averaged; repeat the parameter for each station. (1 - 5 items)"},
				{"10", "tz", "string", "", "IANA time zone of the dates and times. (up to 32 characters) (Default: \"UTC\")"},
			},
			[]string{"p.txt:9: line 9 goes on with the cell of Description at line 8, which had room for its first word: read as a line break in the cell"}},
		{"w3m: the first lines of a table before its first name",
			"Code             Type            Required              Description\n" +
				"                                          Empty when the request succeeded,\n" +
				"error string                              else the reason it failed. (up to 200\n" +
				"                                          characters)\n" +
				"data  GenericModels.TideForecast          The forecast; absent when error is\n" +
				"                                          set.\n",
			[][]string{
				{"2", "error", "string", "", "Empty when the request succeeded, else the reason it failed. (up to 200 characters)"},
				{"5", "data", "GenericModels.TideForecast", "", "The forecast; absent when error is set."},
			},
			nil},
		{"w3m: a table that the page's other table tells is placed in the middle, a type broken before its brackets",
			"    Code       Type      Required          Description\n" +
				"code       number                 The code of the answer\n" +
				"                                  as sent.\n" +
				"                                  Empty when the request\n" +
				"error      string                 succeeded, else why not.\n" +
				"                                  (up to 200 characters)\n\n" +
				"  Code              Type            Required            Description\n" +
				"date      string                    true     The day, as YYYY-MM-DD in the\n" +
				"                                             asked time zone. (10 characters)\n" +
				"                                             The high and low waters of the\n" +
				"extremes  GenericModels.TideExtreme true     day, in time order. (2 - 6\n" +
				"          []                                 elements) See\n" +
				"                                             GenericModels.TideExtreme\n",
			[][]string{
				{"2", "code", "number", "", "The code of the answer as sent."},
				{"4", "error", "string", "", "Empty when the request succeeded, else why not. (up to 200 characters)"},
				{"9", "date", "string", "true", "The day, as YYYY-MM-DD in the asked time zone. (10 characters)"},
				{"11", "extremes", "GenericModels.TideExtreme[]", "true", "The high and low waters of the day, in time order. (2 - 6 elements) See GenericModels.TideExtreme"},
			},
			[]string{`p.txt:13: joined "GenericModels.TideExtreme" (line 12) and "[]" (line 13)`}},
		{"a browser that rounds the lines above a cell up",
			"Code     Type     Description\n" +
				"                  Alpha one and two and three and\n" +
				"alpha    string   four.\n" +
				"                  Beta one and two and three and\n" +
				"beta     string   four.\n" +
				"                  Gamma one and two and three and\n" +
				"gamma    string   four and five and six and seven\n" +
				"                  and eight.\n",
			[][]string{
				{"2", "alpha", "string", "Alpha one and two and three and four."},
				{"4", "beta", "string", "Beta one and two and three and four."},
				{"6", "gamma", "string", "Gamma one and two and three and four and five and six and seven and eight."},
			},
			nil},
		{"cells at the bottom of their rows (valign=bottom), rows of three lines, two and one",
			"Code     Type     Description\n" +
				"                  Alpha one and two and three and\n" +
				"                  four and five and six and seven\n" +
				"alpha    string   and eight.\n" +
				"         number   Beta one and two and three and\n" +
				"beta     int      four.\n" +
				"gamma    string   Gamma.\n",
			[][]string{
				{"2", "alpha", "string", "Alpha one and two and three and four and five and six and seven and eight."},
				{"5", "beta", "number int", "Beta one and two and three and four."},
				{"7", "gamma", "string", "Gamma."},
			},
			nil},
		{"cells in the middle or at the bottom of their rows, a line of a row that only its text tells: warned",
			"Code     Type     Description\n" +
				"                  Alpha one and two and three and\n" +
				"alpha    string   four and five and six and seven\n" +
				"                  and eight and nine and ten and\n" +
				"beta     string   Beta.\n",
			[][]string{
				{"2", "alpha", "string", "Alpha one and two and three and four and five and six and seven and eight and nine and ten and"},
				{"5", "beta", "string", "Beta."},
			},
			[]string{"p.txt:3: line 3: the table at line 1 sets its cells in the middle of their rows, and by where they sit, line 3 may end a row or go on with the next: read as going on with the next"}},
		{"a name a narrow column broke, in the middle of its row",
			"Code                Type     Description\n" +
				"                             The changes left\n" +
				"nicknameChangesLef  Integer  this month, 0 ~ 3\n" +
				"t                            (up to 3)\n" +
				"level               Integer  The level.\n",
			[][]string{
				{"2", "nicknameChangesLeft", "Integer", "The changes left this month, 0 ~ 3 (up to 3)"},
				{"5", "level", "Integer", "The level."},
			},
			[]string{`p.txt:4: joined "nicknameChangesLef" (line 3) and "t" (line 4)`}},
		{"cells at the top of their rows, a line break in a cell: no placement in the middle explains them",
			"Code     Type     Description\n" +
				"alpha    string   Alpha one and two and three and\n" +
				"                  four.\n" +
				"                  A second paragraph.\n" +
				"beta     string   Beta.\n",
			[][]string{
				{"2", "alpha", "string", "Alpha one and two and three and four. A second paragraph."},
				{"5", "beta", "string", "Beta."},
			},
			nil},
		{"w3m, Kakao: a status code in the middle of its row, and one that wraps inside its parenthesis",
			"Status Code    Status Code            Status Code Detailed Description\n" +
				"               Description\n" +
				"200          Normal Response Normal\n" +
				"                             Unparsable request data, missing mandatory\n" +
				"400          Bad Request     parameters, or parameter type error, or a\n" +
				"                             body too large\n" +
				"4xx (custom  Withdrawal      See the response codes below\n" +
				"status)      Rejected\n",
			[][]string{
				{"3", "200", "Normal Response", "Normal"},
				{"4", "400", "Bad Request", "Unparsable request data, missing mandatory parameters, or parameter type error, or a body too large"},
				{"7", "4xx (custom status)", "Withdrawal Rejected", "See the response codes below"},
			},
			nil},
		{"Kakao, rows not set apart: a status cell that wraps inside its parenthesis",
			"Status Code    Status Code            Status Code Detailed Description\n" +
				"               Description\n" +
				"400          Bad Request     Unparsable request data, missing mandatory\n" +
				"                             parameters, or parameter type error\n" +
				"4xx (custom  Withdrawal      See the response codes below\n" +
				"status)      Rejected\n" +
				"500          Internal Server Internal server system error\n" +
				"             Error\n",
			[][]string{
				{"3", "400", "Bad Request", "Unparsable request data, missing mandatory parameters, or parameter type error"},
				{"5", "4xx (custom status)", "Withdrawal Rejected", "See the response codes below"},
				{"7", "500", "Internal Server Error", "Internal server system error"},
			},
			nil},
	} {
		rows, warns, errs := rowLines(c.page)
		if !reflect.DeepEqual(rows, c.want) {
			t.Errorf("%s: rows\n got %q\nwant %q", c.name, rows, c.want)
		}
		if len(errs) > 0 {
			t.Errorf("%s: errors %q", c.name, errs)
		}
		if len(warns) != len(c.warns) {
			t.Errorf("%s: warnings\n got %q\nwant %q", c.name, warns, c.warns)
			continue
		}
		for i, w := range c.warns {
			if !strings.Contains(warns[i], w) {
				t.Errorf("%s: warning %d\n got %q\nwant %q", c.name, i, warns[i], w)
			}
		}
	}
}

// TestLinkNumbers takes the numbers a text browser prints before its
// links out of a dump that numbers them (its list of links at its end):
// out of a heading, with its permalink's number after its title, out of
// the cells of a table laid out in columns and of one whose cells are one
// space apart; a line of a link's number alone is dropped. Each block
// keeps its line.
func TestLinkNumbers(t *testing.T) {
	page := "   [1]Skip to content\n" +
		"   [6]\n" +
		"\n" +
		"Overview [15]\n" +
		"\n" +
		"   The departures of one station. See [19]StopKind\n" +
		"\n" +
		"StopKind [30]\n" +
		"\n" +
		"   Name          Code   Description\n" +
		"   Regular       0      The train stops. See [31]Rules\n" +
		"   PassThrough   2      The train passes without stopping.\n" +
		"\n" +
		"   Code Type Required Description\n" +
		"   callKind [32]StopKind true How the train calls. See [33]StopKind\n" +
		"\n" +
		"References\n" +
		"\n" +
		"   1. file:///home/docs/page.html#VPContent\n"
	rep := &pages.Reporter{}
	type block struct {
		line  int
		text  string
		cells [][]string
	}
	var got []block
	for _, b := range alignedItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(page)), Report: rep, Words: spacedLexicon{"StopKind"}}) {
		if b.Table == nil {
			got = append(got, block{line: b.Line, text: b.Text})
			continue
		}
		tb := [][]string{b.Table.Header}
		for _, r := range b.Table.Rows {
			tb = append(tb, r.Cells)
		}
		got = append(got, block{line: b.Line, cells: tb})
	}
	want := []block{
		{line: 1, text: "Skip to content"},
		{line: 4, text: "Overview"},
		{line: 6, text: "The departures of one station. See StopKind"},
		{line: 8, text: "StopKind"},
		{line: 10, cells: [][]string{{"Name", "Code", "Description"}, {"Regular", "0", "The train stops. See Rules"}, {"PassThrough", "2", "The train passes without stopping."}}},
		{line: 14, cells: [][]string{{"Code", "Type", "Required", "Description"}, {"callKind", "StopKind", "true", "How the train calls. See StopKind"}}},
		{line: 17, text: "References"},
		{line: 19, text: "1. file:///home/docs/page.html#VPContent"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks\n got %#v\nwant %#v", got, want)
	}
	if _, es := rep.Sorted([]string{"p.txt"}, false); len(es) > 0 {
		t.Errorf("errors %v", es)
	}
}

// TestWrappedLinkNumbers takes a link's number out of a cell where the
// text browser wrapped the cell between the number and the link's text:
// the number alone on the cell's first line ("[21]" over
// "GenericModels.ModuleSlot" over "[]", as w3m wraps a narrow Type
// column, in the middle of the row or at its top), or ending a line of a
// description ("See [20]" over "HullClass"). A number in brackets that a
// line of the page writes as its text ("slots [1] and [2]") stays.
func TestWrappedLinkNumbers(t *testing.T) {
	refs := "\nReferences:\n\n[1] file:///p.html#a\n"
	for _, c := range []struct {
		name, page string
		want       [][]string
	}{
		{"w3m: cells in the middle of their rows",
			"   Code               Type           Required            Description\n" +
				"shipId      string                   true     The warship being refitted. (12\n" +
				"                                              characters)\n" +
				"                                              Hull class the ship is refitted\n" +
				"hullClass   [19]HullClass            true     to; only the same class or the\n" +
				"                                              next one up is accepted. See [20]\n" +
				"                                              HullClass\n" +
				"            [21]                              Modules to install, one per slot.\n" +
				"modules     GenericModels.ModuleSlot true     Slots left out keep their module.\n" +
				"            []                                (1 - 6 items) See [22]\n" +
				"                                              GenericModels.ModuleSlot\n" +
				"rushOrder   boolean                           Pay gems to finish, slots [1] and\n" +
				"                                              [2] first. (Default: false)\n" + refs,
			[][]string{
				{"2", "shipId", "string", "true", "The warship being refitted. (12 characters)"},
				{"4", "hullClass", "HullClass", "true", "Hull class the ship is refitted to; only the same class or the next one up is accepted. See HullClass"},
				{"8", "modules", "GenericModels.ModuleSlot[]", "true", "Modules to install, one per slot. Slots left out keep their module. (1 - 6 items) See GenericModels.ModuleSlot"},
				{"12", "rushOrder", "boolean", "", "Pay gems to finish, slots [1] and [2] first. (Default: false)"},
			}},
		{"cells at the top of their rows, set apart by blank lines",
			"  Code       Type                      Required   Description\n\n" +
				"  modules    [21]                      true       Modules to install. See [22]\n" +
				"             GenericModels.ModuleSlot             GenericModels.ModuleSlot\n" +
				"             []\n\n" +
				"  rushOrder  boolean                              Pay gems to finish.\n" + refs,
			[][]string{
				{"3", "modules", "GenericModels.ModuleSlot[]", "true", "Modules to install. See GenericModels.ModuleSlot"},
				{"7", "rushOrder", "boolean", "", "Pay gems to finish."},
			}},
	} {
		rows, _, errs := rowLines(c.page)
		if !reflect.DeepEqual(rows, c.want) {
			t.Errorf("%s: rows\n got %q\nwant %q", c.name, rows, c.want)
		}
		if len(errs) > 0 {
			t.Errorf("%s: errors %q", c.name, errs)
		}
	}
}

// TestToolbar drops the "?" a text browser prints of a code block's
// toolbar, and keeps the code under it.
func TestToolbar(t *testing.T) {
	_, texts, _, _ := read("Example Request\n\n?\nGET /kite HTTP/1.1\nHost: example.com\n")
	want := []string{"Example Request", "GET /kite HTTP/1.1", "Host: example.com"}
	if !reflect.DeepEqual(texts, want) {
		t.Errorf("texts\n got %q\nwant %q", texts, want)
	}
}

// TestElinksTables reads tables as ELinks 0.13 dumps them (elinks -dump):
// cells in the middle of their rows, rows of one line run together, a
// header's cells one space apart or centred over their columns, a table
// split in two laid out apart; each row at its first line.
func TestElinksTables(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       [][]string
		warns      []string
	}{
		{"a row of two lines whose last could start a taller row below: the cut that parts no sentence",
			"     Code       Type    Required                 Description\n" +
				"   cellarId  string     true     The cellar the blend is made in. (8\n" +
				"                                 characters)\n" +
				"                                 The grape lots pressed together, from the\n" +
				"   grapeLots string[]   true     player's cellar.\n" +
				"                                 (2 - 5 items)\n" +
				"   style     WineStyle  true     The wine made. See [25]WineStyle\n" +
				"   oakMonths number int          Months the blend ages in oak before it can\n" +
				"                                 be bottled. (from 0 to 36) (Default: 12)\n" +
				"   sweetness number              Residual sugar left in the blend, as a\n" +
				"                                 fraction. (from 0.0 to 0.3) (Default: 0.05)\n",
			[][]string{
				{"2", "cellarId", "string", "true", "The cellar the blend is made in. (8 characters)"},
				{"4", "grapeLots", "string[]", "true", "The grape lots pressed together, from the player's cellar. (2 - 5 items)"},
				{"7", "style", "WineStyle", "true", "The wine made. See [25]WineStyle"},
				{"8", "oakMonths", "number int", "", "Months the blend ages in oak before it can be bottled. (from 0 to 36) (Default: 12)"},
				{"10", "sweetness", "number", "", "Residual sugar left in the blend, as a fraction. (from 0.0 to 0.3) (Default: 0.05)"},
			},
			[]string{
				"p.txt:6: line 6 goes on with the cell of Description at line 5, which had room for its first word",
				"p.txt:8: line 8: the table at line 1 sets its cells in the middle of their rows, and by where they sit, line 8 may end a row or go on with the next: read as going on with the next",
			}},
		{"a cross reference's See over the name it refers to: the one cut of two by the cells' places that keeps them in one cell",
			"    Code                  Type              Required         Description\n" +
				"                                                     Where the game posts the\n" +
				"callbackUrl   string                        true     events. (up to 2048\n" +
				"                                                     characters)\n" +
				"events        string[]                      true     The event names to deliver.\n" +
				"                                                     (1 - 10 elements)\n" +
				"                                                     Headers added to each\n" +
				"extraHeaders  GenericModels.WebhookHeader[]          delivery. (0 - 5 elements)\n" +
				"                                                     See\n" +
				"                                                     GenericModels.WebhookHeader\n" +
				"enabled       boolean                                Whether deliveries start at\n" +
				"                                                     once. (Default: true)\n",
			[][]string{
				{"2", "callbackUrl", "string", "true", "Where the game posts the events. (up to 2048 characters)"},
				{"5", "events", "string[]", "true", "The event names to deliver. (1 - 10 elements)"},
				{"7", "extraHeaders", "GenericModels.WebhookHeader[]", "", "Headers added to each delivery. (0 - 5 elements) See GenericModels.WebhookHeader"},
				{"11", "enabled", "boolean", "", "Whether deliveries start at once. (Default: true)"},
			},
			[]string{"p.txt:9: line 9: the table at line 1 sets its cells in the middle of their rows, and by where they sit, line 9 may end a row or go on with the next: read as going on with the next"}},
		{"a bound in parentheses that wraps inside them: the one cut of two by the cells' places that keeps it in one cell",
			"    Code             Type             Required          Description\n" +
				"   roomId string                      true     The room. (1 - 20 characters)\n" +
				"                                               The pieces in the room. (0 -\n" +
				"   pieces GenericModels.PlacedPiece[] true     64 elements) See\n" +
				"                                               GenericModels.PlacedPiece\n",
			[][]string{
				{"2", "roomId", "string", "true", "The room. (1 - 20 characters)"},
				{"3", "pieces", "GenericModels.PlacedPiece[]", "true", "The pieces in the room. (0 - 64 elements) See GenericModels.PlacedPiece"},
			},
			[]string{"p.txt:2: line 2: the table at line 1 sets its cells in the middle of their rows, and by where they sit, line 2 may end a row or go on with the next: read as ending its row"}},
		{"a row of one line whose name fills its column, over a row: two names, not one broken",
			"     Code        Type      Required                Description\n" +
				"   cellarId  string        true     The cellar the blend is made in. (8\n" +
				"                                    characters)\n" +
				"   barrelId  string        true     The barrel.\n" +
				"                                    How deeply the barrel's staves were\n" +
				"   toast     [2]ToastLevel true     toasted, and how dark the wine turns in\n" +
				"                                    them. See [3]ToastLevel\n",
			[][]string{
				{"2", "cellarId", "string", "true", "The cellar the blend is made in. (8 characters)"},
				{"4", "barrelId", "string", "true", "The barrel."},
				{"5", "toast", "[2]ToastLevel", "true", "How deeply the barrel's staves were toasted, and how dark the wine turns in them. See [3]ToastLevel"},
			},
			nil},
		{"a table split in two, the second laid out apart without its empty Required column",
			"     Code        Type      Required                Description\n" +
				"   barrelId  string        true     The barrel.\n" +
				"                                    How deeply the barrel's staves were\n" +
				"   toast     [2]ToastLevel true     toasted, and how dark the wine turns in\n" +
				"                                    them. See [3]ToastLevel\n" +
				"\n" +
				"   layers  [4]GenericModels.PaintLayer[]  The paint layers, the oldest first.\n" +
				"                                          (0 - 4 items)\n" +
				"                                          Whether the panel has been cleaned\n" +
				"   cleaned boolean                        since it was found. (Default:\n" +
				"                                          false)\n",
			[][]string{
				{"2", "barrelId", "string", "true", "The barrel."},
				{"3", "toast", "ToastLevel", "true", "How deeply the barrel's staves were toasted, and how dark the wine turns in them. See ToastLevel"},
				{"7", "layers", "GenericModels.PaintLayer[]", "", "The paint layers, the oldest first. (0 - 4 items)"},
				{"9", "cleaned", "boolean", "", "Whether the panel has been cleaned since it was found. (Default: false)"},
			},
			[]string{"p.txt:7: lines 7-11, after a blank line under the table at line 1, set their cells in columns of their own: read as the table's rest laid out apart"}},
		{"a table split in two by a note, the second laid out apart, its descriptions' words lined up by chance (w3m)",
			"      Name           Type      Mandatory             Description\n" +
				"targetPlayerId   String        Y         Player ID of the reported player\n" +
				"reason           String (Enum) Y         Reason (abuse, cheat, spam, other)\n" +
				"\n" +
				"Reports are reviewed within 24 hours.\n" +
				"\n" +
				"detail         String       N What happened, between 1 and 300 characters\n" +
				"screenshotUrls List<String> N Screenshot URLs, at most 3\n",
			[][]string{
				{"2", "targetPlayerId", "String", "Y", "Player ID of the reported player"},
				{"3", "reason", "String (Enum)", "Y", "Reason (abuse, cheat, spam, other)"},
				{"7", "detail", "String", "N", "What happened, between 1 and 300 characters"},
				{"8", "screenshotUrls", "List<String>", "N", "Screenshot URLs, at most 3"},
			},
			[]string{"p.txt:7: lines 7-8, after text under the table at line 1, set their cells in columns of their own: read as the table's rest laid out apart"}},
		{"a table split in two by a note with no blank line around it, the second laid out apart (lynx)",
			"         Name           Type      Mandatory            Description\n" +
				"   targetPlayerId   String        Y         Player ID of the reported player\n" +
				"   reason           String (Enum) Y         Reason (abuse, cheat, spam, other)\n" +
				"\n" +
				"   Reports are reviewed within 24 hours.\n" +
				"   detail         String       N What happened, between 1 and 300 characters\n" +
				"   screenshotUrls List<String> N Screenshot URLs, at most 3\n",
			[][]string{
				{"2", "targetPlayerId", "String", "Y", "Player ID of the reported player"},
				{"3", "reason", "String (Enum)", "Y", "Reason (abuse, cheat, spam, other)"},
				{"6", "detail", "String", "N", "What happened, between 1 and 300 characters"},
				{"7", "screenshotUrls", "List<String>", "N", "Screenshot URLs, at most 3"},
			},
			[]string{"p.txt:6: lines 6-7, after text under the table at line 1, set their cells in columns of their own: read as the table's rest laid out apart"}},
		{"two lines of prose under a table, words lined up by chance: text",
			"         Name           Type      Mandatory            Description\n" +
				"   targetPlayerId   String        Y         Player ID of the reported player\n" +
				"\n" +
				"   Reports are reviewed within 24 hours of the time the report was filed, by\n" +
				"   a moderator of the game who sees the report and the chat of the player.\n",
			[][]string{{"2", "targetPlayerId", "String", "Y", "Player ID of the reported player"}},
			nil},
		{"a first column of row headers centred in it, one starting left of the header (w3m's <th scope=row>)",
			"    Name       Type  Mandatory             Description\n" +
				"  appSecret   String Y         App Secret\n" +
				"Authorization String Y         Authorization: KakaoAK {ADMIN_KEY}\n" +
				"   kgAppId    String Y         KG App ID\n",
			[][]string{
				{"2", "appSecret", "String", "Y", "App Secret"},
				{"3", "Authorization", "String", "Y", "Authorization: KakaoAK {ADMIN_KEY}"},
				{"4", "kgAppId", "String", "Y", "KG App ID"},
			},
			nil},
		{"a header whose cells are one space apart, over rows in the middle of their lines",
			"   Http response code detail_code    msg               Description\n" +
				"   492                -84001      Drill bit The drill bit is worn out and\n" +
				"                                  broken    must be repaired\n" +
				"   493                -84003      Cave-in   The shaft caved in during a blast\n" +
				"                                            and is closed for an hour\n",
			[][]string{
				{"2", "492", "-84001", "Drill bit broken", "The drill bit is worn out and must be repaired"},
				{"4", "493", "-84003", "Cave-in", "The shaft caved in during a blast and is closed for an hour"},
			},
			nil},
		{"a header one space apart over columns a row's cell runs over, one space after the cell before it",
			"   Status Code Status Code Description Status Code Detailed Description\n" +
				"   200         Normal Response         Normal\n" +
				"   400         Bad Request             Missing mandatory parameters\n" +
				"   401 Unauthenticated                 Authentication failed\n",
			[][]string{
				{"2", "200", "Normal Response", "Normal"},
				{"3", "400", "Bad Request", "Missing mandatory parameters"},
				{"4", "401", "Unauthenticated", "Authentication failed"},
			},
			[]string{`p.txt:4: line 4: "Unauthenticated" runs over the start of the column Status Code Description`}},
		{"a single row one space apart under a centred header",
			"    Name       Type          Description\n" +
				"   notices List<Notice> Notices, newest first\n",
			[][]string{{"2", "notices", "List<Notice>", "Notices, newest first"}},
			nil},
		{"rows one space apart under a centred header",
			"    Name   Type      Description\n" +
				"   weight Double Weight in grams\n" +
				"   purity Double Purity of the metal\n",
			[][]string{
				{"2", "weight", "Double", "Weight in grams"},
				{"3", "purity", "Double", "Purity of the metal"},
			},
			nil},
		{"a callout between two rows whose cells sit in the middle of them: the rows after it the table's rest",
			"       Name             Required                      Description\n" +
				"                                          A token used to authenticate the\n" +
				"                                          user. It is issued after successful\n" +
				"                                          login from the client type\n" +
				"   Auth-Token   true                      authenticate (e.g., loginByAccount,\n" +
				"                                          loginWithCustomId, etc.) or when an\n" +
				"                                          admin logs in via the GearN\n" +
				"                                          Dashboard.\n" +
				"   Secret-Key   true                      The SecretKey in SecretInfo with\n" +
				"                                          role must is Player.\n" +
				"[!IMPORTANT]\n" +
				"Operators may skip the cooldown.\n" +
				"                Optional if the gameId in\n" +
				"                the SecretInfo use in\n" +
				"                headers Secret-Key has\n" +
				"   Game-Id      assign a valid value, if\n" +
				"                not, let unique\n" +
				"                identifier of the game\n" +
				"                this request is\n" +
				"                targeting.\n" +
				"   Content-Type true                      application/json\n",
			[][]string{
				{"2", "Auth-Token", "true", "A token used to authenticate the user. It is issued after successful login from the client type authenticate (e.g., loginByAccount, loginWithCustomId, etc.) or when an admin logs in via the GearN Dashboard."},
				{"9", "Secret-Key", "true", "The SecretKey in SecretInfo with role must is Player."},
				{"13", "Game-Id", "Optional if the gameId in the SecretInfo use in headers Secret-Key has assign a valid value, if not, let unique identifier of the game this request is targeting.", ""},
				{"21", "Content-Type", "true", "application/json"},
			},
			nil},
		{"a callout between a row and the next, whose first line runs over a column, the columns told past it",
			"         Code              Type                     Description\n" +
				"   code              string            The parameterCode invalid.\n" +
				"[!IMPORTANT]\n" +
				"Operators may skip the cooldown.\n" +
				"                                       The invalid member type of this\n" +
				"   invalidMemberType InvalidMemberType parameterCode. See\n" +
				"                                       [54]InvalidMemberType\n",
			[][]string{
				{"2", "code", "string", "The parameterCode invalid."},
				{"5", "invalidMemberType", "InvalidMemberType", "The invalid member type of this parameterCode. See [54]InvalidMemberType"},
			},
			[]string{`p.txt:6: line 6: "invalidMemberType InvalidMemberType" runs over the start of the column Type`}},
	} {
		rows, warns, errs := rowLines(c.page)
		if !reflect.DeepEqual(rows, c.want) {
			t.Errorf("%s: rows\n got %q\nwant %q", c.name, rows, c.want)
		}
		if len(errs) > 0 {
			t.Errorf("%s: errors %q", c.name, errs)
		}
		if len(warns) != len(c.warns) {
			t.Errorf("%s: warnings\n got %q\nwant %q", c.name, warns, c.warns)
			continue
		}
		for i, w := range c.warns {
			if !strings.Contains(warns[i], w) {
				t.Errorf("%s: warning %q, want one with %q", c.name, warns[i], w)
			}
		}
	}
}

// TestSpacedRest reads the rest of a table split in two, one row a text
// browser printed one space apart under no header, as the table's rest
// by what its cells hold; a title that reads as a name, a type and a
// word is none.
func TestSpacedRest(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       [][]string
		warns      []string
	}{
		{"a table's rest of one row, one space apart, after a blank line (elinks: a second <table>)",
			"       Name         Type      Mandatory              Description\n" +
				"   tournamentId String        Y         Tournament ID\n" +
				"   page         Integer       N         Page number (1 ~ 1000, default: 1)\n" +
				"\n" +
				"   region String N Only entries of this region, at most 8 characters\n",
			[][]string{
				{"2", "tournamentId", "String", "Y", "Tournament ID"},
				{"3", "page", "Integer", "N", "Page number (1 ~ 1000, default: 1)"},
				{"5", "region", "String", "N", "Only entries of this region, at most 8 characters"},
			},
			[]string{"p.txt:5: lines 5-5, right under the table at line 1, split by what their cells hold"}},
		{"a title that reads as a name, a type and a word under a table: no rest",
			"    Name       Type  Mandatory             Description\n" +
				"Authorization String Y         Authorization: KakaoAK {ADMIN_KEY}\n" +
				"kgAppId       String Y         KG App ID\n" +
				"\n" +
				"Query String Parameters\n",
			[][]string{
				{"2", "Authorization", "String", "Y", "Authorization: KakaoAK {ADMIN_KEY}"},
				{"3", "kgAppId", "String", "Y", "KG App ID"},
			},
			nil},
	} {
		rep := &pages.Reporter{}
		var rows [][]string
		for _, b := range alignedItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(c.page)), Report: rep, Words: spacedLexicon{}}) {
			if b.Table == nil {
				continue
			}
			for _, r := range b.Table.Rows {
				rows = append(rows, append([]string{strconv.Itoa(r.Line)}, r.Cells...))
			}
		}
		if !reflect.DeepEqual(rows, c.want) {
			t.Errorf("%s: rows\n got %q\nwant %q", c.name, rows, c.want)
		}
		ws, _ := rep.Sorted([]string{"p.txt"}, false)
		if len(ws) != len(c.warns) {
			t.Errorf("%s: warnings %q, want %q", c.name, ws, c.warns)
			continue
		}
		for i, w := range c.warns {
			if !strings.HasPrefix(ws[i].Error(), w) {
				t.Errorf("%s: warning %q, want one starting %q", c.name, ws[i].Error(), w)
			}
		}
	}
}

// TestCodeRowApart refuses a line right under a table of codes that
// begins as a row of it (a name, then a code) but sits out of its
// columns, as html2text lays a second table of the same rows, with no
// header row, right under the first, and a line under a table with a
// word at each column's start, a cell one space from the next (w3m's
// widest cell); a line of text past a blank line is no such row.
func TestCodeRowApart(t *testing.T) {
	for _, c := range []struct {
		name, page string
		err        string // the first error's start; "" for none
	}{
		{"a second table's rows in columns of their own",
			"Name             Code Description\n" +
				"Ok               1    Done.\n" +
				"HerbMissing      141  An herb is missing.\n" +
				"RecipeUnknown 143 No potion can be brewed.\n",
			"p.txt:4: line 4 (\"RecipeUnknown 143 No potion can be brewed.\"), right under the last row of the table at line 1"},
		{"a row whose name runs up to one space from the Type column, as w3m sizes a column",
			"Code              Type              Description\n" +
				"\n" +
				"code              string            The parameter code.\n" +
				"\n" +
				"invalidMemberType InvalidMemberType The invalid member type.\n",
			"p.txt:5: line 5 (\"invalidMemberType InvalidMemberType The invalid member type.\"), under the table at line 1, sets a word at the start of each of its columns"},
		{"a line of text after the table, past a blank line",
			"Name             Code Description\n" +
				"Ok               1    Done.\n" +
				"HerbMissing      141  An herb is missing.\n" +
				"\n" +
				"Ok 1 is the code of a success.\n",
			""},
	} {
		rep := &pages.Reporter{}
		alignedItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(c.page)), Report: rep})
		_, es := rep.Sorted([]string{"p.txt"}, false)
		switch {
		case c.err == "" && len(es) > 0:
			t.Errorf("%s: errors %q, want none", c.name, es)
		case c.err != "" && (len(es) == 0 || !strings.HasPrefix(es[0].Error(), c.err)):
			t.Errorf("%s: errors %q, want the first to start with %q", c.name, es, c.err)
		}
	}
}

// TestMiddleLineRows reads tables that pdftotext -layout turned back
// into text from a print: each row's one-line cells on its middle line,
// a description of two lines above and below it, a name and its type one
// space apart, a requiredness left of its column; the printed pages'
// running header and footer (a heading and the page's number far right)
// dropped, and the table going on after the break under its header
// printed again, the lines before its next name the rest of the row the
// break cut.
func TestMiddleLineRows(t *testing.T) {
	page := "                        Crates | Docs\n" +
		"Crate \u200b\n" +
		"\n" +
		"     Code                 Type                   Required                     Description\n" +
		"                                                             The unique identifier of the crate. (14\n" +
		"crateId string                                   true\n" +
		"                                                             characters)\n" +
		"varietal GrapeVarietal                           true        The grape variety in the crate. See\n" +
		"\n" +
		"Crate \u200b                                                                                   1\n" +
		"\f                        Crates | Docs\n" +
		"\n" +
		"     Code                 Type                   Required                     Description\n" +
		"                                                             GrapeVarietal\n" +
		"                                                             Weight of the crate in kilograms. (from 0.5 to\n" +
		"weightKg number                                  true\n" +
		"                                                             25)\n" +
		"                                                             The bunches packed in the crate. (1 - 12\n" +
		"bunches GenericModels.GrapeBunch[] true\n" +
		"                                                             items)\n" +
		"\n" +
		"Crate \u200b                                                                                   2\n" +
		"\f"
	rows, warns, errs := rowLines(page)
	want := [][]string{
		{"5", "crateId", "string", "true", "The unique identifier of the crate. (14 characters)"},
		{"8", "varietal", "GrapeVarietal", "true", "The grape variety in the crate. See GrapeVarietal"},
		{"15", "weightKg", "number", "true", "Weight of the crate in kilograms. (from 0.5 to 25)"},
		{"18", "bunches", "GenericModels.GrapeBunch[]", "true", "The bunches packed in the crate. (1 - 12 items)"},
	}
	if !reflect.DeepEqual(rows, want) || len(errs) > 0 {
		t.Errorf("rows\n got %q\nwant %q\nerrors %q", rows, want, errs)
	}
	for _, w := range []string{
		"p.txt:5: line 5: the table at line 4 sets the one-line cells of each row on the row's middle line",
		"p.txt:6: line 6: \"crateId string\" sits under the column Code, but its words are no cell of it",
		"p.txt:14: line 14, after a page break, has no cell under Code: read as the rest of the row at line 8",
		"p.txt:19: line 19: \"bunches GenericModels.GrapeBunch[] true\" stands alone on its line",
	} {
		if !slices.ContainsFunc(warns, func(g string) bool { return strings.HasPrefix(g, w) }) {
			t.Errorf("warnings %q, want one that starts %q", warns, w)
		}
	}
}
