package markdown

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestTextTables reads the tables html2markdown writes as text, a
// paragraph a row, in every shape it writes them (a header of words set
// apart or run together, in bold or not; cells set apart by a space or
// by nothing; a line break a hard one; an empty cell nothing), with
// their lines and a warning, and refuses those whose cells cannot be
// told at the line that shows it.
func TestTextTables(t *testing.T) {
	const converted = "the table at line %s (%s) is written as text, a paragraph a row, as html2markdown writes a table whose cell holds a line break: its rows' cells read by their code spans (the name, the type), a requiredness word after them and the description, an empty cell as nothing; convert with --opt-table-newline-behavior=preserve to keep it a table"
	warn := func(line, head string) string {
		return "p.txt:" + line + ": " + strings.Replace(strings.Replace(converted, "%s", line, 1), "%s", head, 1)
	}
	for _, c := range []struct {
		name, page string
		want       []string
		diags      []string
	}{
		{"a header set apart, a hard line break, an empty Required cell, a link",
			"### GenericModels.BellTuning\n\nCode Type Required Description \n\n`bellId` `string` true The bell. (up to 8 characters) \n\n`cents` `number` How far the bell is from its note.  \nPositive is sharp. (from -50.0 to 50.0) \n\n`note` `BellNote` true See [BellNote](https://docs.gearn.io#bellnote)\n\n### ErrorCode",
			[]string{"01 GenericModels.BellTuning", "03 [Code|Type|Required|Description]", "05 |bellId|string|true|The bell. (up to 8 characters)|", "07 |cents|number||How far the bell is from its note. Positive is sharp. (from -50.0 to 50.0)|", "10 |note|BellNote|true|See BellNote|", "12 ErrorCode"},
			[]string{warn("3", "Code | Type | Required | Description")}},
		{"a header and cells run together, a note between rows",
			"### Request Body\n\nCodeTypeRequiredDescription\n\n`matchId``string`trueIdentifier of the match.\n\n`outcome``MatchOutcome`trueHow the match ended.\n\n*Note:* the scores go with the players.\n\n`scores``number[]`(2 - 10 items)",
			[]string{"01 Request Body", "03 [Code|Type|Required|Description]", "05 |matchId|string|true|Identifier of the match.|", "07 |outcome|MatchOutcome|true|How the match ended.|", "09 *Note:* the scores go with the players.", "11 [Code|Type|Required|Description]", "11 |scores|number[]||(2 - 10 items)|"},
			[]string{warn("3", "Code | Type | Required | Description"), "p.txt:11: line 11 goes on with the rows of the table at line 3, written as text, after the text between them: read as the rest of that table"}},
		{"a header and rows with comments and links to types",
			"### Request Body <a href=\"about:blank#request-body\"></a>\n\nCode <!-- col-0 --> Type <!-- col-1 --> Required <!-- col-2 --> Description <!-- col-3 -->\n\n`appraiser` <!-- col-0 --> <a href=\"about:blank#guild\">`Guild`</a> <!-- col-1 --> true <!-- col-2 --> The guild. <!-- col-3 -->",
			[]string{"01 Request Body", "03 [Code|Type|Required|Description]", "05 |appraiser|Guild|true|The guild.|"},
			[]string{warn("3", "Code | Type | Required | Description")}},
		{"an enum's codes after their names",
			"### Temperament\n\nName Code Description\n\n`Equal` 0 Twelve equal semitones.  \nThe default.\n\n`Just` 2 Pure intervals.",
			[]string{"01 Temperament", "03 [Name|Code|Description]", "05 |Equal|0|Twelve equal semitones. The default.|", "08 |Just|2|Pure intervals.|"},
			[]string{warn("3", "Name | Code | Description")}},
		{"an enum's codes run into their descriptions, as cells with nothing between their tags",
			"### ReturnCode\n\nNameCodeDescription\n\n`SecretInvalid`-10The key is wrong.\n\n`Ok`1(done)\n\n`HallNotFound`231No hall.",
			[]string{"01 ReturnCode", "03 [Name|Code|Description]", "05 |SecretInvalid|-10|The key is wrong.|", "07 |Ok|1|(done)|", "09 |HallNotFound|231|No hall.|"},
			[]string{warn("3", "Name | Code | Description")}},
		{"a requiredness word run into a description in lower case, stated by the other rows",
			"### Request Headers\n\nNameRequiredDescription\n\n`Secret-Key`trueThe key.\n\n`Content-Type`trueapplication/json\n\n`Accept`trusted types",
			[]string{"01 Request Headers", "03 [Name|Required|Description]", "05 |Secret-Key|true|The key.|", "07 |Content-Type|true|application/json|", "09 |Accept||trusted types|"},
			[]string{warn("3", "Name | Required | Description"), `p.txt:7: line 7, a row of the table at line 3 written as text, has no Required cell of its own and a description that begins with "true", run together with the rest ("trueapplication/json"), as the other rows state their Required cells: read as its Required cell and a description "application/json"`}},
		{"cells run together with no code span, under a bold header",
			"### Request Body\n\n**Name****Type****Mandatory****Description**\n\nplayerIdStringYPlayer ID\n\nrinkIdStringYRink ID",
			[]string{"01 Request Body", "03 Name****Type****Mandatory****Description", "05 playerIdStringYPlayer ID", "07 rinkIdStringYRink ID"},
			[]string{"p.txt:3: line 3 is the header of a table written as text (Name | Type | Mandatory | Description), a paragraph a row, as html2markdown writes a table whose cell holds a line break, and the cells of the row at line 5 cannot be told: no code span sets its name and type apart, or a column other than a name's, a type's, a requiredness's and a description's has no mark. Convert the page again with html2markdown --plugin-table --opt-table-newline-behavior=preserve, which keeps the table as pipes"}},
		{"a description apart, in paragraphs of its own",
			"CodeTypeRequiredDescription\n\n`userId``string`true\n\nThe player.\n\n`seasonId``string`\n\nThe season.",
			nil,
			[]string{"p.txt:3: line 3 is a row of the table at line 1, written as text, a paragraph a row, as html2markdown writes a table whose cell holds a line break; its description stands apart, in paragraphs of their own, and which paragraphs are whose row cannot be told. Convert the page again with html2markdown --plugin-table --opt-table-newline-behavior=preserve, which keeps the table as pipes"}},
		{"a line of column names over a table of pipes, and in prose",
			"Name Type Description\n\n| Name | Type | Description |\n|---|---|---|\n| a | string | A. |\n\nThe name, type and description.",
			[]string{"01 Name Type Description", "03 [Name|Type|Description]", "05 |a|string|A.|", "07 The name, type and description."},
			nil},
	} {
		blocks, diags := pagestest.Read(Style{}, c.page, true)
		if c.want != nil {
			if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
				t.Errorf("%s: blocks\n%s\nwant\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		}
		if !reflect.DeepEqual(diags, c.diags) {
			t.Errorf("%s: diagnostics\n got %q\nwant %q", c.name, diags, c.diags)
		}
	}
}

// textLexicon knows no type name but the primitives' spellings.
type textLexicon struct{}

func (textLexicon) PrefixesOf(string) []string   { return nil }
func (textLexicon) EndsTable(string) bool        { return false }
func (textLexicon) Primitives() *pages.Spellings { return textPrimitives }

// textPrimitives are the primitive spellings of every vocabulary.
var textPrimitives = pages.NewSpellings(pages.PrimitiveSpellings)

// TestRunTogetherTextTables reads, with the pages' lexicon, the tables
// html2markdown writes as text whose cells run together (no code span
// sets them apart), split as flattened text's rows are: a mark of one
// letter run into its description where every row states one, a cell's
// paragraphs and lists between rows, the header repeated, the rest of a
// table cut by an ad; and refuses a row whose letter no other row
// decides, and a last row whose description stands apart before text.
func TestRunTogetherTextTables(t *testing.T) {
	const runTogether = "the table at line %s (Name | Type | Mandatory | Description) is written as text, a paragraph a row, as html2markdown writes a table whose cell holds a line break, its cells run together or a space apart: its rows split as flattened text's are, by the types the pages name, the requiredness words and the codes, a paragraph's lines joined; convert with --opt-table-newline-behavior=preserve to keep it a table"
	for _, c := range []struct {
		name, page string
		want       []string
		diags      []string
	}{
		{"letters run into descriptions, a list and a paragraph in cells, the header again",
			"### Request Parameters\n\nNameTypeMandatoryDescription\n\nplayerIdStringYPlayer ID\n\nstoreString (Enum)NStore of the payments:\n\n- google\n- apple\n\nNameTypeMandatoryDescription\n\nitemsList&lt;Item&gt;N\n\nItems to buy\n\n### Response Body",
			[]string{"01 Request Parameters", "03 [Name|Type|Mandatory|Description]", "05 |playerId|String|Y|Player ID|", "07 |store|String (Enum)|N|Store of the payments: google, apple|", "14 |items|List<Item>|N|Items to buy|", "18 Response Body"},
			[]string{
				"p.txt:3: " + fmt.Sprintf(runTogether, "3"),
				"p.txt:5: the Mandatory cells of the rows at lines 5, 7 of the table at line 3 run into their descriptions, a letter before a capital (\"YPlayer ID\"): read as their Mandatory cells, as every row of the table states its requiredness with one letter for each value",
				"p.txt:9: lines 9-10 are the rest of the description of the row at line 7 of the table at line 3, written as text: html2markdown writes a cell's paragraphs and lists so, between the table's rows or before what ends it; read as that description",
				"p.txt:16: lines 16-16 are the rest of the description of the row at line 14 of the table at line 3, written as text: html2markdown writes a cell's paragraphs and lists so, between the table's rows or before what ends it; read as that description",
			}},
		{"a letter no other row decides",
			"NameTypeMandatoryDescription\n\nplayerIdStringYPlayer ID\n\ntokenStringOAuth token of the player",
			[]string{"01 NameTypeMandatoryDescription", "03 playerIdStringYPlayer ID", "05 tokenStringOAuth token of the player"},
			[]string{"p.txt:3: line 3 is a row of the table at line 1, written as text, a paragraph a row, as html2markdown writes a table whose cell holds a line break, its cells run together, and it reads as \"playerId | String | Y | Player ID\" or as \"playerId | String |  | YPlayer ID\": a letter at its description's start may be its Mandatory cell, and the table's other rows do not each state their requiredness with one letter, one for each value. Convert the page again with html2markdown --plugin-table --opt-table-newline-behavior=preserve, which keeps the table as pipes"}},
		{"a last row whose description stands apart, before a note",
			"NameTypeMandatoryDescription\n\nplayerIdStringY\n\nPlayer ID\n\n**Note:** ids are unique.",
			[]string{"01 NameTypeMandatoryDescription", "03 playerIdStringY", "05 Player ID", "07 **Note:** ids are unique."},
			[]string{"p.txt:3: line 3 is a row of the table at line 1, written as text, a paragraph a row, as html2markdown writes a table whose cell holds a line break; its description stands apart, in paragraphs of their own, and where the table ends and the page's text begins after it cannot be told. Convert the page again with html2markdown --plugin-table --opt-table-newline-behavior=preserve, which keeps the table as pipes"}},
		{"the rest of a table of pipes after an ad, its cells run together",
			"### Request Body\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| runAt | number | true | When to run it. |\n\nSponsored · Try GearN Cloud\n\nintervalSecondsnumberRepeat every so many seconds.\n\ntagsstring\\[]Labels of the task.\n\n### Response",
			[]string{"01 Request Body", "03 [Code|Type|Required|Description]", "05 |runAt|number|true|When to run it.|", "07 Sponsored · Try GearN Cloud", "09 [Code|Type|Required|Description]", "09 |intervalSeconds|number||Repeat every so many seconds.|", "11 |tags|string[]||Labels of the task.|", "13 Response"},
			[]string{"p.txt:9: line 9 goes on with the rows of the table at line 3, written as text, its cells run together, after the text between them: read as the rest of that table"}},
	} {
		rep := &pages.Reporter{}
		blocks := pages.Read(Style{}, pagestest.Source("p.txt", pages.Text{Lines: pages.Lines([]byte(c.page))}, textLexicon{}, rep))
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		var diags []string
		for _, w := range append(warns, errs...) {
			diags = append(diags, w.Error())
		}
		if got := pagestest.Describe(blocks); c.want == nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: blocks\n%s\nwant\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
		if !reflect.DeepEqual(diags, c.diags) {
			t.Errorf("%s: diagnostics\n got %q\nwant %q", c.name, diags, c.diags)
		}
	}
}

// namedLexicon knows the type names it holds, and the primitives'
// spellings.
type namedLexicon []string

func (l namedLexicon) PrefixesOf(rest string) []string {
	var out []string
	for _, n := range l {
		if strings.HasPrefix(rest, n) {
			out = append(out, n)
		}
	}
	return out
}

func (namedLexicon) EndsTable(string) bool        { return false }
func (namedLexicon) Primitives() *pages.Spellings { return textPrimitives }

// TestTextTableTypeAtEnd reads a row of a table html2markdown wrote as
// text whose name runs into a type the pages document that a primitive
// ends ("glassTintGlassTinttrue…", GlassTint and int), where the page
// writes neither name elsewhere, by the form of the names, with a
// warning at the row's line that names the other reading and its fix;
// and refuses, at the row's line, one whose names' form does not tell.
func TestTextTableTypeAtEnd(t *testing.T) {
	const runTogether = "the table at line 1 (Name | Type | Required | Description) is written as text, a paragraph a row, as html2markdown writes a table whose cell holds a line break, its cells run together or a space apart: its rows split as flattened text's are, by the types the pages name, the requiredness words and the codes, a paragraph's lines joined; convert with --opt-table-newline-behavior=preserve to keep it a table"
	lex := namedLexicon{"GlassTint", "Point"}
	for _, c := range []struct {
		name, page string
		want       []string
		diags      []string
	}{
		{"the form of the names decides",
			"NameTypeRequiredDescription\n\nlabelstringtrueThe label.\n\nglassTintGlassTinttrueTint of the new panes.",
			[]string{"01 [Name|Type|Required|Description]", "03 |label|string|true|The label.|", "05 |glassTint|GlassTint|true|Tint of the new panes.|"},
			[]string{
				"p.txt:1: " + runTogether,
				"p.txt:5: line 5 splits as a field glassTint of type GlassTint, or as a field glassTintGlassT of type int, the primitive that ends the name of the type the pages document: read as glassTint of type GlassTint, as the page writes neither name elsewhere and glassTintGlassT ends in a capital alone, as the start of a word cut off does; if it is glassTintGlassT, add the fix {object: TYPE or operation: OPERATION, field: glassTint, rename: glassTintGlassT, type: integer} to the overrides",
			}},
		{"nothing decides",
			"NameTypeRequiredDescription\n\nlabelstringtrueThe label.\n\nspawnPointtrueWhere the keeper starts.",
			[]string{"01 NameTypeRequiredDescription", "03 labelstringtrueThe label.", "05 spawnPointtrueWhere the keeper starts."},
			[]string{"p.txt:5: line 5 is a row of the table at line 1, written as text, a paragraph a row, as html2markdown writes a table whose cell holds a line break, its cells run together, and two cuts split it as well: \"spawnPo | int | true | Where the keeper starts.\" and \"spawn | Point | true | Where the keeper starts.\". Convert the page again with html2markdown --plugin-table --opt-table-newline-behavior=preserve, which keeps the table as pipes"}},
	} {
		rep := &pages.Reporter{}
		blocks := pages.Read(Style{}, pagestest.Source("p.txt", pages.Text{Lines: pages.Lines([]byte(c.page))}, lex, rep))
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		var diags []string
		for _, w := range append(warns, errs...) {
			diags = append(diags, w.Error())
		}
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: blocks\n%s\nwant\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
		if !reflect.DeepEqual(diags, c.diags) {
			t.Errorf("%s: diagnostics\n got %q\nwant %q", c.name, diags, c.diags)
		}
	}
}
