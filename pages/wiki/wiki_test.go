package wiki

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/aligned"
	"github.com/docs2go/docs2go/pages/cellperline"
	"github.com/docs2go/docs2go/pages/flattened"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/mediawiki"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/textile"
)

// TestRendered reads the markup inside a line as the text it shows, and
// leaves as text what opens no markup.
func TestRendered(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"{{string}}", "string"},
		{"{{GenericModels.GachaResult\\[\\]}}", "GenericModels.GachaResult[]"},
		{"{{List<[PushMessage|#PushMessage]>}}", "List<PushMessage>"},
		{"See [GachaCurrency|#GachaCurrency]", "See GachaCurrency"},
		{"See [#GachaCurrency] and [Rewards]", "See GachaCurrency and Rewards"},
		{"See [|#GachaCurrency]", "See GachaCurrency"},
		{"([https://docs.example.com/api/x])", "(https://docs.example.com/api/x)"},
		{"Values in [1, 10]; a {{List[String]}}", "Values in [1, 10]; a `List[String]`"},
		{"Authorization: KakaoAK \\{ADMIN_KEY\\}", "Authorization: KakaoAK {ADMIN_KEY}"},
		{"/users/{userId}/items and /guild/{status}", "/users/{userId}/items and /guild/{status}"},
		{"*true*", "true"},
		{"_optional_ and -deprecated- and +new+ and ??cite??", "optional and deprecated and new and cite"},
		{"{color:red}Required{color}", "Required"},
		{"{status:colour=Green|title=Required}", "Required"},
		{"!check.png|alt=Required!", "Required"},
		{"!check.png!", "✓"},
		{"!chart.png!", "!chart.png!"},
		{"user_id_x and snake_case_name", "user_id_x and snake_case_name"},
		{"from -10 to -1, 1 - 32 characters, 2024-01-01", "from -10 to -1, 1 - 32 characters, 2024-01-01"},
		{"5 * 3 and a*b*c and **x**", "5 * 3 and a*b*c and x"},
		{"https://example.com/a_b_/-c-/ stays", "https://example.com/a_b_/-c-/ stays"},
		{"inspect {{invalidMembers}} first", "inspect `invalidMembers` first"},
		{"{{Gacha}}Result", "GachaResult"},
		{"*필수*", "필수"},
		{"{anchor:x}{toc}", ""},
		{"{{unclosed and [unclosed and {code", "{{unclosed and [unclosed and {code"},
	} {
		lines, _ := rendered(c.in)
		if got := strings.Join(lines, "⏎"); got != c.want {
			t.Errorf("rendered(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"How many pulls at once.\\\\(from 1 to 10)", []string{"How many pulls at once.", "(from 1 to 10)"}},
		{"{info:title=Note}Only the game server calls it.{info}", []string{"Note", "Only the game server calls it."}},
	} {
		if got, _ := rendered(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("rendered(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// read reads a page of wiki markup into blocks, with the warnings.
func read(page string) ([]pages.Block, []string) {
	return pagestest.Read(Style{}, page, false)
}

// TestBlocks reads pages of wiki markup into text lines and tables.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{"headings, anchors, panels, lists and rules", "{toc:maxLevel=3}\nh1. pullGacha\n{anchor:ReturnCode}\nh3. 5.1 ReturnCode\n{info:title=Note}Read it.{info}\n* one\n## two\nbq. quoted\n----\n*Request Body*",
			[]string{"02 pullGacha", "04 ReturnCode", "05 Note", "05 Read it.", "06 - one", "07 - two", "08 quoted", "10 Request Body"}, nil},
		{"a header row of double pipes, rows of single ones, an empty cell", "||Code||Type||Required||Description||\n|pulls|{{number int}}|true|How many.\\\\(from 1 to 10)|\n|free|{{boolean}}| |Free. See [Cost|#Cost]|",
			[]string{"01 [Code|Type|Required|Description]", "02 |pulls|number int|true|How many. (from 1 to 10)|", "03 |free|boolean||Free. See Cost|"}, nil},
		{"spaces around the separators, rows without their closing pipe", "|| Name || Type || Mandatory || Description ||\n| lang | {{String}} | Y | Language code\n| title | {{String}} | N | Title",
			[]string{"01 [Name|Type|Mandatory|Description]", "02 |lang|String|Y|Language code|", "03 |title|String|N|Title|"}, nil},
		{"a header of single pipes that name columns", "|Name|Type|Description|\n|id|String|The id|",
			[]string{"01 [Name|Type|Description]", "02 |id|String|The id|"}, nil},
		{"a link and a status lozenge whose pipes are no separators", "||Name||Type||Required||\n|items|{{List<[Item|#Item]>}}|{status:colour=Green|title=Required}|",
			[]string{"01 [Name|Type|Required]", "02 |items|List<Item>|Required|"}, nil},
		{"a pipe in a monospace span", "||Name||Type||Description||\n|mode|{{string}}|One of {{fast|safe}}|",
			[]string{"01 [Name|Type|Description]", "02 |mode|string|One of `fast|safe`|"}, nil},
		{"a pipe escaped in a monospace span, as Confluence writes it in a cell", "||Name||Type||Description||\n|recipeKey|{{String}}|Recipe as {{category\\|recipeId}}, up to 64|",
			[]string{"01 [Name|Type|Description]", "02 |recipeKey|String|Recipe as `category|recipeId`, up to 64|"}, nil},
		{"struck-out text is text, with a warning", "||Name||Type||Description||\n|name|{{string}}|The name. -(max 16 characters)- (max 32 characters)|\nThe -old- way.",
			[]string{"01 [Name|Type|Description]", "02 |name|string|The name. (max 16 characters) (max 32 characters)|", "03 The old way."},
			[]string{
				"p.txt:2: the text \"(max 16 characters)\" at line 2 is struck out (-…-): read as text, though the page may mean it deleted; correct the page, or the schema with an override",
				"p.txt:3: the text \"old\" at line 3 is struck out (-…-): read as text, though the page may mean it deleted; correct the page, or the schema with an override",
			}},
		{"a cell that ends with a line break before its closing pipe, an escaped pipe", "||Name||Type||Description||\n|a|{{string}}|The a.\\\\|\n|b|{{string}}|One \\| two|",
			[]string{"01 [Name|Type|Description]", "02 |a|string|The a.|", "03 |b|string|One | two|"}, nil},
		{"check and cross emoticons", "||Name||Type||Required||\n|a|{{string}}|(/)|\n|b|{{string}}|(x)|",
			[]string{"01 [Name|Type|Required]", "02 |a|string|✓|", "03 |b|string|✗|"}, nil},
		{"a cell that holds a list, over lines", "||Name||Type||Description||\n|mode|{{string}}|One of:\n* fast\n* safe|\n|id|{{string}}|The id|",
			[]string{"01 [Name|Type|Description]", "02 |mode|string|One of: fast; safe|", "05 |id|string|The id|"}, nil},
		{"a cell that holds a list of a word processor's bullets, \"·\" and non-breaking spaces, as pandoc keeps Word's", "| *Name* | *Type* | *Description* |\n| category | String | One of:\n·\u00a0\u00a0\u00a0 account\n·\u00a0\u00a0\u00a0 bug |\n| id | String | The id |",
			[]string{"01 [Name|Type|Description]", "02 |category|String|One of: account; bug|", "05 |id|String|The id|"}, nil},
		{"a row without its closing pipe, and a list in its last cell", "||Name||Type||Description||\n|mode|{{string}}|One of:\n* fast\n* safe\n|id|{{string}}|The id\nh3. Next",
			[]string{"01 [Name|Type|Description]", "02 |mode|string|One of: fast; safe|", "05 |id|string|The id|", "06 Next"}, nil},
		{"an image whose parameters hold a pipe", "||Name||Required||\n|a|!check.png|alt=Yes!|\n|b|!check.png!|\n|c|!chart.png!|",
			[]string{"01 [Name|Required]", "02 |a|Yes|", "03 |b|✓|", "04 |c|!chart.png!|"}, nil},
		{"a cell that holds a code block", "||Name||Example||\n|body|{code}\n{\"a\": 1}\n{code}|\n|id|x|\nh3. After",
			[]string{"01 [Name|Example]", "02 |body|{\"a\": 1}|", "05 |id|x|", "06 After"}, nil},
		{"empty cells written as double pipes", "||Code||Type||Required||Description||\n|free|{{boolean}}||Free.|",
			[]string{"01 [Code|Type|Required|Description]", "02 |free|boolean||Free.|"},
			[]string{"p.txt:2: the row at line 2 writes 1 empty cells as \"||\", which wiki markup reads as the start of a header cell: read as empty cells, which give it the 4 cells of its table"}},
		{"a row that lost its closing pipe before text", "||Name||Type||Description||\n|data|{{Map}}|Additional data\nExample Request\nPOST /x HTTP/1.1\ntoken: abc |",
			[]string{"01 [Name|Type|Description]", "02 |data|Map|Additional data|", "03 Example Request", "04 POST /x HTTP/1.1", "05 token: abc |"},
			[]string{"p.txt:2: the row at line 2 lost its closing pipe: no line closes it within the 2 after it, before a row or a table of its own; read it as it is, and the lines after it on their own"}},
		{"a row that lost its closing pipe, its default wrapped under it", "||Name||Type||Description||\n|rewards|{{boolean}}|Include the rewards\n(default: true)\nExample Request\nPOST /x HTTP/1.1\ntoken: abc |",
			[]string{"01 [Name|Type|Description]", "02 |rewards|boolean|Include the rewards (default: true)|", "04 Example Request", "05 POST /x HTTP/1.1", "06 token: abc |"},
			[]string{"p.txt:3: the row at line 2 lost its closing pipe, and the text under it (line 3) has no pipe and begins as the rest of a cell does (\"(default: true)\"), as no row and no line of text of its own does: read as the rest of that row, which a hard wrap cut"}},
		{"a header row and its rows parted by blank lines", "h3. Body\n||Name||Type||\n\n|a|int|\n\n|b|int|\n\n||Name||Code||\n\nOk",
			[]string{"01 Body", "02 [Name|Type]", "04 |a|int|", "06 |b|int|", "08 [Name|Code]", "10 Ok"},
			[]string{"p.txt:2: lines 2-6: the table at line 2 sets a blank line between its rows (2), each row of its header's 2 cells, as a page printed double-spaced does: read as one table"}},
		{"a page that doubles its line breaks", "h3. Body\n\n||Name||Type||\n\n|a|int|\n\n|b|int|\n\nh3. Codes\n\n||Name||Code||\n\n|Ok|1|",
			[]string{"01 Body", "03 [Name|Type]", "05 |a|int|", "07 |b|int|", "09 Codes", "11 [Name|Code]", "13 |Ok|1|"},
			[]string{"p.txt:3: lines 3-7: the table at line 3 sets a blank line between its rows (2), each row of its header's 2 cells, as a page printed double-spaced does: read as one table", "p.txt:11: lines 11-13: the table at line 11 sets a blank line between its rows (1), each row of its header's 2 cells, as a page printed double-spaced does: read as one table"}},
		{"a table right before a heading", "h3. Body\n||Name||Type||\n|a|int|\nh3. Next\n||Name||Code||\n|Ok|1|",
			[]string{"01 Body", "02 [Name|Type]", "03 |a|int|", "04 Next", "05 [Name|Code]", "06 |Ok|1|"}, nil},
		{"a header row starts a table, repeated or not", "||Name||Type||\n|a|int|\n||Name||Type||\n|b|int|\n||Name||Code||\n|Ok|1|",
			[]string{"01 [Name|Type]", "02 |a|int|", "03 [Name|Type]", "04 |b|int|", "05 [Name|Code]", "06 |Ok|1|"}, nil},
		{"code blocks are literal", "h3. Example\n{code:language=json|title=POST /x}\n{\"a\": [1, 2], \"b\": \"*x*\"}\n{code}\n{noformat}GET /x?a=1 HTTP/1.1{noformat} after\n{code:json}{\"c\": 1}\n{code}",
			[]string{"01 Example", "03 {\"a\": [1, 2], \"b\": \"*x*\"}", "05 GET /x?a=1 HTTP/1.1", "05 after", "06 {\"c\": 1}"}, nil},
		{"pandoc's Jira writer: anchors and permalinks in headings, tags glued to lines, escaped brackets, parentheses and minus signs, a row broken by a line break",
			"{panel:role=main}\nh1. {anchor:gettidetable}getTideTable [\u200b|#gettidetable]\nh2. {anchor:client}Client [|#client]\n{noformat}\nGET /almanac/getTideTable{noformat}\nh3. {anchor:query}Query Parameters [¶|#query]\n|| Code || Type || Required || Description ||\n" +
				"| {{harbourId}} | {{string}} | true | The harbour. \\(3 - 24 characters) |\n| {{stations}} | {{string\\[\\]}} |  | Stations to include.\n\\(1 - 5 items) |\n| {{days}} | {{number int}} |  | How many days.\\\\\n\\(Default: 3) |\n" +
				"| {{minHeight}} | {{number}} |  | The least height. \\(from \\-2.5 to 12.5) See [TideUnit|#tideunit] |\nh3. See [TideUnit|#tideunit] [\u200b|#see]\n{noformat}\n{\"a\": 1}{noformat}{panel}",
			[]string{"02 getTideTable", "03 Client", "05 GET /almanac/getTideTable", "06 Query Parameters", "07 [Code|Type|Required|Description]", "08 |harbourId|string|true|The harbour. (3 - 24 characters)|",
				"09 |stations|string[]||Stations to include. (1 - 5 items)|", "11 |days|number int||How many days. (Default: 3)|", "13 |minHeight|number||The least height. (from -2.5 to 12.5) See TideUnit|", "14 See TideUnit", "16 {\"a\": 1}"}, nil},
		{"note rows: a sentence in the first cell alone, the others empty or missing, or in a header cell alone amid the rows; not a status code's row, nor a field's that lost its separators",
			"|| Code || Type || Required || Description ||\n| {{a}} | {{string}} | true | The a. |\n| _Note:_ the rows below apply from version 2.4 on. |  |  |  |\n| {{b}} |  |  |  |\n| Only the rows above are sent. |\n| {{c}} | {{int}} |  | The c. |\n|| The rows below are new. ||\n| {{e}} | {{int}} |  | The e. |\n| 4xx (custom status) |  |  |  |\n| {{d}} string The d. |\n\n||Name||Code||\n|The first member|1|\n|Two words| |",
			[]string{"01 [Code|Type|Required|Description]", "02 |a|string|true|The a.|", "04 |b||||", "06 |c|int||The c.|", "08 |e|int||The e.|", "09 |4xx (custom status)||||", "10 |`d` string The d.|", "03 Note: the rows below apply from version 2.4 on.", "05 Only the rows above are sent.", "07 The rows below are new.", "12 [Name|Code]", "13 |The first member|1|", "14 |Two words||"},
			[]string{
				"p.txt:3: line 3 of the table at line 1 holds a sentence in its first cell alone and no name, type or other cell, as a page writes a note where it spans no cell over the columns (\"Note: the rows below apply from version 2.4 on.\"): a note over its rows, no field; read as text after the table",
				"p.txt:5: line 5 of the table at line 1 holds a sentence in its first cell alone and no name, type or other cell, as a page writes a note where it spans no cell over the columns (\"Only the rows above are sent.\"): a note over its rows, no field; read as text after the table",
				"p.txt:7: line 7 of the table at line 1 holds a header cell alone amid its rows, as wiki markup, which spans no cell over columns, writes a label or a note over the rows below it (\"The rows below are new.\"): a note over its rows, no field; read as text after the table",
			}},
		{"a label in a header cell alone amid the rows is text after the table; one that names a column starts another table",
			"|| Code || Type || Required || Description ||\n| {{a}} | {{string}} | true | The a. |\n|| Advanced ||\n| {{b}} | {{int}} |  | The b. |\n|| Name ||\n| c |",
			[]string{"01 [Code|Type|Required|Description]", "02 |a|string|true|The a.|", "04 |b|int||The b.|", "03 Advanced", "05 [Name]", "06 |c|"},
			[]string{
				"p.txt:3: line 3 of the table at line 1 holds a header cell alone amid its rows, as wiki markup, which spans no cell over columns, writes a label or a note over the rows below it (\"Advanced\"): a note over its rows, no field; read as text after the table",
			}},
		{"an empty cell a line break cut, as pandoc's Jira writer writes one: the line led by a space and a pipe goes on with the row",
			"|| Code || Type || Required || Description ||\n| cityId | string | true | The city. |\n| districts | string\\[\\] | \n | Districts. \\(1 - 6 items) |\n| theme | string | true | The theme. |",
			[]string{"01 [Code|Type|Required|Description]", "02 |cityId|string|true|The city.|", "03 |districts|string[]||Districts. (1 - 6 items)|", "05 |theme|string|true|The theme.|"},
			[]string{"p.txt:4: line 4 begins with a space before its pipe, under the row at line 3, which ends with a cell left open and has fewer cells than the table's 4 columns: a line break in an empty cell, as pandoc's Jira writer breaks one; read as one row"}},
		{"a monospace span that holds a code macro's name, {{code}} or {{noformat}}, is the word, and opens no code block: in a cell, in text",
			"h3. InvalidMember\n|| Code || Type || Description ||\n| {{code}} | {{string}} | The parameterCode invalid. |\n| {{invalidMemberType}} | [{{InvalidMemberType}}|/api/models/InvalidMemberType] | See [InvalidMemberType|/api/models/InvalidMemberType] |\nThe {{code}} and {{noformat}} members.\nh3. Next",
			[]string{"01 InvalidMember", "02 [Code|Type|Description]", "03 |code|string|The parameterCode invalid.|", "04 |invalidMemberType|InvalidMemberType|See InvalidMemberType|", "05 The `code` and `noformat` members.", "06 Next"}, nil},
		{"a code block that is never closed ends at a heading", "{code}\nPOST /x\nh3. Body\n||Name||Type||\n|a|int|",
			[]string{"02 POST /x", "03 Body", "04 [Name|Type]", "05 |a|int|"},
			[]string{"p.txt:1: the {code} macro at line 1 is never closed: read lines 1-2 as its code, up to the heading at line 3"}},
		{"a code block that the page's end cuts off", "||Name||Type||\n|a|int|\n{code}\n{\"a\": 1,",
			[]string{"01 [Name|Type]", "02 |a|int|", "04 {\"a\": 1,"},
			[]string{"p.txt:3: the {code} macro at line 3 is never closed: read the lines to the page's end as its code"}},
	} {
		blocks, warns := read(c.page)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: blocks\n got %q\nwant %q", c.name, got, c.want)
		}
		if !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: warnings\n got %q\nwant %q", c.name, warns, c.warns)
		}
	}
}

// TestRowPastHeader reads a row that holds text in a cell past its
// table's header, where a pipe that no link, monospace span, macro or
// escape holds parts its description, as one description, with a warning
// (pages.PipeRows), and keeps the other rows; an empty cell past the
// header is nothing lost.
func TestRowPastHeader(t *testing.T) {
	page := "||Code||Type||Description||\n|a|{{string}}|The a. [A|#a]|\n|mode|{{string}}|One of fast|safe|\n|b|{{int}}|The b.| |"
	blocks, warns := pagestest.Read(Style{}, page, true)
	want := []string{"01 [Code|Type|Description]", "02 |a|string|The a. A|", "03 |mode|string|One of fast | safe|", "04 |b|int|The b.||"}
	if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, want) {
		t.Errorf("blocks\n got %q\nwant %q", got, want)
	}
	wantWarns := []string{`p.txt:3: the row at line 3 has 4 cells, more than the 3 columns of the header at line 1: the cells from its Description column on are words, as a pipe in the description's text parts it, and the cells before fit their columns; read as one description, "One of fast | safe" (write a pipe in a cell as \|)`}
	if !reflect.DeepEqual(warns, wantWarns) {
		t.Errorf("errors\n got %q\nwant %q", warns, wantWarns)
	}
}

// TestDetect is certain of wiki markup, and leaves the pages of the
// other styles to them (want: the style detected, nil for none): a page
// of Textile, whose headings and rows are wiki markup's too, by its own
// marks.
func TestDetect(t *testing.T) {
	styles := []pages.Style{html.Style{}, mediawiki.Style{}, textile.Style{}, Style{}, markdown.Style{}, pipes.Style{}, cellperline.Style{}, flattened.Style{}, aligned.Style{}}
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"||Name||Type||\n|a|int|", Style{}},
		{"h3. Request Body\n|Name|Type|\n|a|int|", Style{}},
		{"h3. Request Body\nName | Type\na | int", pipes.Style{}},
		{"| Name | Type |\n|---|---|\n| a | int |", markdown.Style{}},
		{"h3. Body\n| Name | Type |\n|---|---|\n| a | int |", markdown.Style{}},
		{"Name | Type | Description\nid | String | The id", pipes.Style{}},
		{"h3. Overview\nNo table here.", nil},
		{"h3. Body\n{| class=\"wikitable\"\n||Name||Type\n|-\n|a||int\n|}", mediawiki.Style{}},
		{"h3. Request Body\n|_. Name |_. Type |\n| a | int |", textile.Style{}},
		{"h3. Request Body\n\nbc. GET /a\n\n|Name|Type|\n|a|int|", textile.Style{}},
		{"h3. Request Body\n{code}\nGET /a\n{code}\n||Name||Type||\n|a|{{int}}|", Style{}},
	} {
		got := pages.Detect(styles, pages.Lines([]byte(c.page)))
		if got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}
