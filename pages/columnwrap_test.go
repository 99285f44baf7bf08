package pages_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
)

// TestJoinColumnWraps reads tables drawn in columns of fixed width, no
// rule between their rows, whose cells wrap inside their columns (as
// antiword draws a Word table): a line that goes on the row above is
// joined to it cell by cell, a word the column cut joined whole where the
// page knows it, with a warning; a line whose text would have fitted on
// the line above is a row of its own, and so is every line of a table
// whose pipes do not stand at the same places, and a line under a row of
// fewer cells than the table's columns.
func TestJoinColumnWraps(t *testing.T) {
	for _, c := range []struct {
		name  string
		style pages.Style
		page  string
		want  []string
		warns []string
	}{
		{"antiword: a header word, a name and a type cut, a condition and a description wrapped", pipes.Style{},
			"|Code      |Type           |Require|Description         |\n" +
				"|          |               |d      |                    |\n" +
				"|Content-Ty|string         |true   |The body's type, as |\n" +
				"|pe        |               |       |the client sends it.|\n" +
				"|reagents  |Mod.Portion[]  |Only if|Reagents put in. See|\n" +
				"|          |               |heat is|                    |\n" +
				"|          |               |high.  |                    |\n" +
				"|note      |string         |       |See                 |\n" +
				"|          |               |       |Mod.PortionOfTheBatc|\n" +
				"|          |               |       |h                   |\n",
			[]string{"01 [Code|Type|Required|Description]", "03 |Content-Type|string|true|The body's type, as the client sends it.|", "05 |reagents|Mod.Portion[]|Only if heat is high.|Reagents put in. See|", "08 |note|string||See Mod.PortionOfTheBatc h|"},
			[]string{
				`p.txt:2: joined "Require" over "d" (lines 1-2) into "Required": the row at line 1 is drawn in columns of fixed width, and its column 3, 7 characters wide, cut the word`,
				`p.txt:4: joined "Content-Ty" over "pe" (lines 3-4) into "Content-Type": the row at line 3 is drawn in columns of fixed width, and its column 1, 10 characters wide, cut the word`,
				`p.txt:10: "Mod.PortionOfTheBatc" over "h" (lines 9-10) fill their column, 20 characters wide, of the row at line 8, which is drawn in columns of fixed width, up to the last: read as words apart, as "Mod.PortionOfTheBatch" is no name the page knows; if the column cut one word, write it whole on the page`,
			}},
		{"a type the table's Type column names, cut in a description", pipes.Style{},
			"|Name |Type                  |Description     |\n" +
				"|items|Mod.ReagentPortion[]  |Reagents. See   |\n" +
				"|     |                      |Mod.ReagentPorti|\n" +
				"|     |                      |on              |\n",
			[]string{"01 [Name|Type|Description]", "02 |items|Mod.ReagentPortion[]|Reagents. See Mod.ReagentPortion|"},
			[]string{`p.txt:4: joined "Mod.ReagentPorti" over "on" (lines 3-4) into "Mod.ReagentPortion": the row at line 2 is drawn in columns of fixed width, and its column 3, 16 characters wide, cut the word`}},
		{"a header word cut in three, right under a table: the header of a table of its own", pipes.Style{},
			"| Code | Type | Description |\n|---|---|---|\n| code | string | The code. |\n\n" +
				"|Name        |Type  |Req|Description                   |\n" +
				"|            |      |uir|                              |\n" +
				"|            |      |ed |                              |\n" +
				"|userId      |string|yes|The player.                   |\n",
			[]string{"01 [Code|Type|Description]", "03 |code|string|The code.|", "05 [Name|Type|Required|Description]", "08 |userId|string|yes|The player.|"},
			[]string{`p.txt:7: joined "Req" over "uir" over "ed" (lines 5-7) into "Required": the row at line 5 is drawn in columns of fixed width, and its column 3, 3 characters wide, cut the word`}},
		{"Markdown, a ruler under the header", markdown.Style{},
			"| Name   | Type   | Description          |\n" +
				"|--------|--------|----------------------|\n" +
				"| userId | string | The player who sends |\n" +
				"|        |        | the request.         |\n" +
				"| level  | number | The player's level.  |\n",
			[]string{"01 [Name|Type|Description]", "03 |userId|string|The player who sends the request.|", "05 |level|number|The player's level.|"},
			nil},
		{"an empty first cell under text it would have fitted after: a row of its own", pipes.Style{},
			"|Status|Code        |Description                 |\n" +
				"|400   |BadRequest  |The request is malformed.   |\n" +
				"|      |MissingField|A required field is absent. |\n",
			[]string{"01 [Status|Code|Description]", "02 |400|BadRequest|The request is malformed.|", "03 ||MissingField|A required field is absent.|"},
			nil},
		{"pipes not at the same places: each line a row", pipes.Style{},
			"|Name|Type|Description|\n" +
				"|userId|string|The player who sends|\n" +
				"||| the request.|\n",
			[]string{"01 [Name|Type|Description]", "02 |userId|string|The player who sends|", "03 |||the request.|"},
			nil},
		{"a row whose code span holds pipes, of fewer cells, over a row of every cell", pipes.Style{},
			"| Code             | Type                         | Required | Description             |\n" +
				"|                  | <#responsedata>`__           |          | `ResponseData           |\n" +
				"|                  |                              |          | <#responsedata>`__      |\n",
			[]string{"01 [Code|Type|Required|Description]", "02 ||<#responsedata>`__ |  | `ResponseData|", "03 ||||<#responsedata>`__|"},
			nil},
		{"glamour: no outer pipes, a margin, padded cells and lines, an empty last cell, a type and its brackets cut", pipes.Style{},
			"   Name     | Type                | Required | Description           \n" +
				"  ----------|---------------------|----------|-----------------------\n" +
				"   lines    | GenericModels.LureL | true     | The lines swung. See  \n" +
				"            | ine[]               |          | GenericModels.LureLine\n" +
				"   swings   | GenericModels.Lure[ | Only if  |                       \n" +
				"            | ]                   | flown.   |                       \n" +
				"   LongName | 11                  | yes      | The code.             \n" +
				"   LongPart | 12                  | yes      | The next.             \n",
			[]string{"01 [Name|Type|Required|Description]", "03 |lines|GenericModels.LureLine[]|true|The lines swung. See GenericModels.LureLine|", "05 |swings|GenericModels.Lure[]|Only if flown.||", "07 |LongName|11|yes|The code.|", "08 |LongPart|12|yes|The next.|"},
			[]string{
				`p.txt:4: joined "GenericModels.LureL" over "ine[]" (lines 3-4) into "GenericModels.LureLine[]": the row at line 3 is drawn in columns of fixed width, and its column 2, 19 characters wide, cut the word`,
				`p.txt:6: joined "GenericModels.Lure[" over "]" (lines 5-6) into "GenericModels.Lure[]": the row at line 5 is drawn in columns of fixed width, and its column 2, 19 characters wide, cut the word`,
			}},
	} {
		blocks, warns := pagestest.Read(c.style, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got\n%q\nwant\n%q\nwarnings %q", c.name, got, c.want, warns)
		}
		var mine []string
		for _, w := range warns {
			if strings.Contains(w, "fixed width") {
				mine = append(mine, w)
			}
		}
		if !reflect.DeepEqual(mine, c.warns) {
			t.Errorf("%s: warnings\n%q\nwant\n%q", c.name, mine, c.warns)
		}
	}
}
