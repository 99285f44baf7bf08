package firefox

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestRead reads what Gecko's plain-text serializer writes back into
// titles, text and rows, each at the line it begins at.
func TestRead(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
		warns      []string
	}{
		{"a heading's permalink: its zero-width space and its address, the title indented by its level",
			"    Request Body \u200b <https://docs.gearn.io/api/gem/gradeGem#request-body>\n\nCode \tType \tDescription\n|gemId| \t|string| \tThe gem.\n|size| \t|number| \tIts size.",
			[]string{"01 Request Body", "03 [Code|Type|Description]", "04 |gemId|string|The gem.|", "05 |size|number|Its size.|"}, nil},
		{"a heading's address cut by the wrap at a slash, its rest indented",
			"      GenericModels.GemFacet \u200b <https://docs.gearn.io/api/gem/\n      gradeGem#genericmodels-gemfacet>\n\nCode \tType \tDescription\n|index| \t|number int| \tThe facet.\n|angle| \t|number| \tThe angle.",
			[]string{"01 GenericModels.GemFacet", "04 [Code|Type|Description]", "05 |index|number int|The facet.|", "06 |angle|number|The angle.|"}, nil},
		{"a row's text wrapped at 80 columns, a link's address cut inside it",
			"Code \tType \tDescription\n|facets| \t|GenericModels.GemFacet[]| \tThe facets, in cutting order. (1 -\n64 items) See GemFacet <https://docs.gearn.io/api/gem/\ngradeGem#gemfacet>\n|inclusions| \t|number int[]| \tDepths of the inclusions found, in microns.",
			[]string{"01 [Code|Type|Description]", "02 |facets|GenericModels.GemFacet[]|The facets, in cutting order. (1 - 64 items) See GemFacet|", "05 |inclusions|number int[]|Depths of the inclusions found, in microns.|"}, nil},
		{"a line of text under a row that would have fit on its line is no rest of the row",
			"Code \tType \tDescription\n|gemId| \t|string| \tThe gem.\nValues are checked by the server.\n|size| \t|number| \tIts size.",
			[]string{"01 [Code|Type|Description]", "02 |gemId|string|The gem. Values are checked by the server.|", "04 |size|number|Its size.|"},
			[]string{"p.txt:3: line 3 has no tab, between two rows of the table at line 1: read as the text of the row at line 2"}},
		{"a sentence that states a default between two rows of a long line is no rest of the row: the pipes' reading warns of it at its line",
			"Code \tType \tRequired \tDescription\n|notes| \t|string| \t\tA note kept with the appraisal. (up to 60 characters)\nDefaults to 5 when omitted.\n|freeOfCharge| \t|boolean| \t\tAppraise without charging the coins.",
			[]string{"01 [Code|Type|Required|Description]", "02 |notes|string||A note kept with the appraisal. (up to 60 characters) Defaults to 5 when omitted.|", "04 |freeOfCharge|boolean||Appraise without charging the coins.|"},
			[]string{"p.txt:3: line 3 has no tab, between two rows of the table at line 1: read as the text of the row at line 2"}},
		{"a sentence that states a default after a long row's last line, with no row after it, is the rest of the row's cell",
			"Code \tType \tRequired \tDescription\n|notes| \t|string| \t\tA note kept with the appraisal. (up to 60 characters)\nDefaults to 5 when omitted.",
			[]string{"01 [Code|Type|Required|Description]", "02 |notes|string||A note kept with the appraisal. (up to 60 characters) Defaults to 5 when omitted.|"}, nil},
		{"a line cut after a hyphen inside a word joins without a space",
			"Name \tCode \tDescription\n|NumberMustInt| \t9 \tA numeric member must be an integer but received a non-\ninteger value.\n|Ok| \t1 \tDone.",
			[]string{"01 [Name|Code|Description]", "02 |NumberMustInt|9|A numeric member must be an integer but received a non-integer value.|", "04 |Ok|1|Done.|"}, nil},
		{"an empty last cell's TAB after the wrapped text of the cell before it",
			"Name \tRequired \tDescription\nGame-Id \tOptional if the gameId in the SecretInfo use in headers Secret-Key has\nassign a valid value, if not, let unique identifier of the game this request is\ntargeting. \t\nContent-Type \ttrue \tapplication/json",
			[]string{"01 [Name|Required|Description]", "02 |Game-Id|Optional if the gameId in the SecretInfo use in headers Secret-Key has assign a valid value, if not, let unique identifier of the game this request is targeting.||", "05 |Content-Type|true|application/json|"}, nil},
		{"empty cells between TABs, a table cut in two by a blank line with no header",
			"Code \tType \tRequired \tDescription\n|gemId| \t|string| \ttrue \tThe gem.\n|notes| \t|string| \t\tA note.\n\n|reason| \t|string| \t\tWhy.",
			[]string{"01 [Code|Type|Required|Description]", "02 |gemId|string|true|The gem.|", "03 |notes|string||A note.|", "05 [Code|Type|Required|Description]", "05 |reason|string||Why.|"}, nil},
		{"a request line in <code>'s bars, a link's address on a line of its own after its text",
			"http\n\n|POST /api/rJson/gem/client/gradeGem|\n\nSee PermissionRules\n<https://docs.gearn.io/api/permission-rules>\n\nName \tRequired\nSecret-Key \ttrue\nGame-Id \tfalse",
			[]string{"01 http", "03 POST /api/rJson/gem/client/gradeGem", "05 See PermissionRules", "08 [Name|Required]", "09 |Secret-Key|true|", "10 |Game-Id|false|"}, nil},
		{"a block of code opened and closed by a bar",
			"|POST /x HTTP/1.1\nContent-Type: application/json\n\n{\"a\": |1|}|\n\nName \tType\n|a| \tnumber\n|b| \tstring",
			[]string{"01 POST /x HTTP/1.1", "02 Content-Type: application/json", "04 {\"a\": |1|}", "06 [Name|Type]", "07 |a|number|", "08 |b|string|"}, nil},
	} {
		blocks, warns := pagestest.Read(Style{}, c.page, false)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: blocks\n got %q\nwant %q", c.name, got, c.want)
		}
		if !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: warnings\n got %q\nwant %q", c.name, warns, c.warns)
		}
	}
}

// TestDetect is certain of a page that bears the serializer's rows and
// links' addresses or <code> cells, and rates 0 one that bears only one
// of them; a line of code indented with spaces and a TAB is no row.
func TestDetect(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       int
	}{
		{"rows and addresses", "See A <https://x/a>\nSee B <https://x/b>\nName \tType\na \tstring", pages.Certain},
		{"rows and an address cut by the wrap", "Overview \u200b <https://x/\na#overview>\nSee B <https://x/b>\nName \tType\na \tstring", pages.Certain},
		{"rows of <code> cells, no link", "Name \tType\n|a| \tstring\n|b| \tnumber", pages.Certain},
		{"rows of TABs alone", "Name\tType\na\tstring\nb\tnumber", 0},
		{"addresses alone", "See A <https://x/a>\nSee B <https://x/b>", 0},
		{"code re-indented with a TAB", "See A <https://x/a>\nSee B <https://x/b>\n  \t{ \"a\": 1 },\n  \t{ \"a\": 2 }", 0},
	} {
		if got := (Style{}).Detect(strings.Split(c.page, "\n")); got != c.want {
			t.Errorf("%s: Detect = %d, want %d", c.name, got, c.want)
		}
	}
}
