package cellperline_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/cellperline"
	"github.com/docs2go/docs2go/pages/source"
)

// TestStackedRows reads a PDF's text (Chromium's print of a page, then
// mutool draw -F txt): each cell's lines stacked with no gap between the
// cells of a row, two narrow cells of one baseline on one line, a name
// cut at its hyphen, an empty Required cell leaving no line, and a
// description set apart from its row by a blank line.
func TestStackedRows(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
		nmsgs      int
	}{
		{"two narrow cells on one line, an empty requiredness, a wrapped description",
			"Code\nType\nRequired\nDescription\n\nrelicId\nstring\ntrue\nThe relic.\n\nlockedSlots number int[]\nIndexes of the slots. (0 - 3 items)\n\ncatalyst\nForgeCatalyst true\nThe catalyst spent.\n\nluckBonus\nnumber\nMultiplier on the chance. (from 0.5\nto 2.5) (Default: 1.0)\n\naffixId string\ntrue\nCatalog key.\n",
			[]string{"1: | Code | Type | Required | Description |", "6: | relicId | string | true | The relic. |", "11: | lockedSlots | number int[] |  | Indexes of the slots. (0 - 3 items) |", "14: | catalyst | ForgeCatalyst | true | The catalyst spent. |", "18: | luckBonus | number |  | Multiplier on the chance. (from 0.5 to 2.5) (Default: 1.0) |", "23: | affixId | string | true | Catalog key. |"},
			4},
		{"a name cut at its hyphen, its description after a blank line; a condition wrapped",
			"Name\nRequired\nDescription\n\nAuth-\nToken\ntrue\n\nA token used to authenticate the user, issued\nafter login.\n\nSecret-\nKey\ntrue\nThe SecretKey.\n\nGame-Id\nOptional if the gameId in the SecretInfo is\nvalid, else the game's id.\n\nContent-\nType\ntrue\napplication/json\n",
			[]string{"1: | Name | Required | Description |", "5: | Auth-Token | true | A token used to authenticate the user, issued after login. |", "12: | Secret-Key | true | The SecretKey. |", "17: | Game-Id | Optional if the gameId in the SecretInfo is valid, else the game's id. |  |", "21: | Content-Type | true | application/json |"},
			5},
		{"enum rows with name and code on one line; a header printed so is a header",
			"Name\nCode\nDescription\n\nEmberDust 1\nRolls tiers Minor and Major.\n\nStarShard\n2\nRolls every tier.\n\nAffixTier\n\nName Code\nDescription\n\nMinor\n1\nMinor roll.\n\nExalted 3\nExalted roll.\n",
			[]string{"1: | Name | Code | Description |", "5: | EmberDust | 1 | Rolls tiers Minor and Major. |", "8: | StarShard | 2 | Rolls every tier. |", "12: AffixTier", "14: | Name | Code | Description |", "17: | Minor | 1 | Minor roll. |", "21: | Exalted | 3 | Exalted roll. |"},
			2},
		{"name and type on one line, no requiredness, the description after a blank line; a bound cut inside its parentheses",
			"Code\nType\nRequired\nDescription\n\nreturnCode\nReturnCode\ntrue\n\nThe status.\n\ninvalidRequestParameters InvalidMember[]\n\nJust had data when the returnCode is\nInvalidRequestParameters.A list of members.\n\ncatalystLeft number int\ntrue\nCatalysts left. (from 0 to\n99999)\n\nparameters\nResponseData\nThe data.\n",
			[]string{"1: | Code | Type | Required | Description |", "6: | returnCode | ReturnCode | true | The status. |", "12: | invalidRequestParameters | InvalidMember[] |  | Just had data when the returnCode is InvalidRequestParameters.A list of members. |", "17: | catalystLeft | number int | true | Catalysts left. (from 0 to 99999) |", "22: | parameters | ResponseData |  | The data. |"},
			5},
		{"a line alone after a row, two words that fit no row's cells, ends the table",
			"Code\nType\nRequired\nDescription\n\nrelicId\nstring\ntrue\nThe relic.\n\nResponse Body\n\nThe body the server returns.\n",
			[]string{"1: | Code | Type | Required | Description |", "6: | relicId | string | true | The relic. |", "11: Response Body", "13: The body the server returns."},
			0},
		{"a row's three cells on one line, its description's first line the rest of it",
			"Code\nType\nDescription\n\ncode\nstring\nThe parameterCode invalid.\n\ninvalidMemberType InvalidMemberType The invalid member type. See\n\nInvalidMemberType\n\nmessage\nstring\nThe message.\n",
			[]string{"1: | Code | Type | Description |", "5: | code | string | The parameterCode invalid. |", "9: | invalidMemberType | InvalidMemberType | The invalid member type. See |", "13: | message | string | The message. |", "11: InvalidMemberType"},
			2},
		{"a row's three cells on one line, its description wrapped onto the lines after it",
			"Code\nType\nDescription\n\ncode\nstring\nThe parameterCode invalid.\n\ninvalidMemberType InvalidMemberType The invalid member type of this\nparameterCode. See\n\nInvalidMemberType\n\nmessage\nstring\nThe message.\n",
			[]string{"1: | Code | Type | Description |", "5: | code | string | The parameterCode invalid. |", "9: | invalidMemberType | InvalidMemberType | The invalid member type of this parameterCode. See |", "14: | message | string | The message. |", "12: InvalidMemberType"},
			2},
		{"a row's three cells on one line, the lines after it no rest of its description, is refused",
			"Code\nType\nDescription\n\ncode\nstring\nThe parameterCode invalid.\n\ninvalidMemberType InvalidMemberType The invalid member type of this\nParameterCode. See\n\nmessage\nstring\nThe message.\n",
			[]string{"1: | Code | Type | Description |", "5: | code | string | The parameterCode invalid. |", "12: | message | string | The message. |"},
			1},
		{"lines no reading tells apart are refused",
			"Code\nType\nRequired\nDescription\n\nrelicId\nstring\ntrue\nThe relic.\n\nskin\nTone\nInteger\nY\nSkin tone\n",
			[]string{"1: | Code | Type | Required | Description |", "6: | relicId | string | true | The relic. |", "11: skin", "12: Tone", "13: Integer", "14: Y", "15: Skin tone"},
			1},
	} {
		t.Run(c.name, func(t *testing.T) {
			rep := &pages.Reporter{}
			src := source.Of("p.txt", pages.Text{Lines: pages.Lines([]byte(c.page))}, rep)
			if got := cellperline.Render(pages.Read(cellperline.Style{}, src)); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
			warns, errs := rep.Sorted([]string{"p.txt"}, false)
			if n := len(warns) + len(errs); n != c.nmsgs {
				var msgs []string
				for _, m := range append(warns, errs...) {
					msgs = append(msgs, m.Error())
				}
				t.Errorf("%d messages, want %d:\n%s", n, c.nmsgs, strings.Join(msgs, "\n"))
			}
		})
	}
}
