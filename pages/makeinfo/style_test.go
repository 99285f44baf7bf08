package makeinfo

import (
	"reflect"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/aligned"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestDetect tells makeinfo's text by its underlined headings, one of
// them numbered or a chapter's, or a table under a rule of dashes; a page
// of aligned columns without them, or with headings of Markdown's setext
// alone, is none.
func TestDetect(t *testing.T) {
	table := "Name     Code   Description\n--------------------------------\nDinghy   0      A rowing dinghy.\nSloop    1      A sloop.\n"
	bare := "Name     Code   Description\nDinghy   0      A rowing dinghy.\nSloop    1      A sloop.\n"
	for _, c := range []struct {
		name, page string
		over       bool // rated above the page as aligned columns
	}{
		{"numbered headings over a table", "2 dockShip\n**********\n\n2.1 VesselClass\n===============\n\n" + bare, true},
		{"headings over a table under a rule", "Harbor\n======\n\nVesselClass\n-----------\n\n" + table, true},
		{"one heading", "2.1 VesselClass\n===============\n\n" + table, false},
		{"setext headings alone", "Harbor\n======\n\nVesselClass\n-----------\n\n" + bare, false},
		{"no table", "2 dockShip\n**********\n\n2.1 Overview\n============\n\nDock a ship.\n", false},
		{"Info file", "\x1f\nFile: x.info,  Node: Top,  Up: (dir)\n\n1 Harbor\n********\n\n1.1 VesselClass\n===============\n\n" + bare, true},
	} {
		lines := pages.Lines([]byte(c.page))
		got := Style{}.Detect(lines)
		if over := got > (aligned.Style{}).Detect(lines); over != c.over {
			t.Errorf("%s: rate %d, over aligned columns %t, want %t", c.name, got, over, c.over)
		}
	}
}

// TestRead reads makeinfo's marks out of a page: its headings (numbered,
// underlined, a permalink after them), the rule under a table's header,
// quoted code (a code span: the quotes are no part of a name or a type),
// cross references and a link's address (their label, the next column
// where it was), emphasis, a multitable's filled cells (the row's rest,
// a blank paragraph of a cell padded to its column), and an Info file's
// node lines, menus and tag table; each block at its page line.
func TestRead(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"headings, quoted code, a rule and references",
			"2 getHarborSchedule *note \u200b: #getharborschedule.\n************************************************\n\n" +
				"2.1 Query Parameters *note \u200b: #query-parameters.\n================================================\n\n" +
				"Code        Type           Required   Description\n" +
				"------------------------------------------------------------------\n" +
				"\u2018harbors\u2019   \u2018string\u2019[]     true       The harbors.  (1 - 6 items)\n" +
				"\u2018vessel\u2019    \u2018VesselClass\u2019             Only this class.  See *note VesselClass: #vesselclass.\n",
			[]string{"01 getHarborSchedule", "04 Query Parameters", "07 [Code|Type|Required|Description]",
				"09 |harbors|string[]|true|The harbors. (1 - 6 items)|", "10 |vessel|VesselClass||Only this class. See VesselClass|"}},
		{"a permalink above a table, a link's address after a type",
			"2.3.1 GenericModels.Berth\n-------------------------\n\n*note \u200b: #genericmodels-berth.\n" +
				"Code       Type                                  Required   Description\n" +
				"------------------------------------------------------------------------------\n" +
				"\u2018code\u2019     \u2018ReturnCode\u2019 (/api/models/ReturnCode)   true       The code.  See ReturnCode (/api/models/ReturnCode)\n" +
				"\u2018errors\u2019   \u2018InvalidMember\u2019 (/api/x/InvalidMember)[]          The errors.\n",
			[]string{"01 GenericModels.Berth", "05 [Code|Type|Required|Description]",
				"07 |code|ReturnCode|true|The code. See ReturnCode|", "08 |errors|InvalidMember[]||The errors.|"}},
		{"a multitable's filled cells, abutted and padded",
			"1 Harbor\n********\n\n1.1 Request Body\n================\n\n" +
				"Code               Type               Required           Description\n" +
				"----------------------------------------------------------------------------\n" +
				"\u2018tideMargin\u2019       \u2018number\u2019                              Water kept under\n" +
				"                                                         the keel.\n" +
				"                                                         \n" +
				"                                                         (Default: 0.5)\n" +
				"\u2018skipPrerequisites\u2019\u2018boolean\u2019                             Skip the checks.\n",
			[]string{"01 Harbor", "04 Request Body", "07 [Code|Type|Required|Description]",
				"09 |tideMargin|number||Water kept under the keel. (Default: 0.5)|", "13 |skipPrerequisites|boolean||Skip the checks.|"}},
		{"an Info file: node lines, a menu, emphasis, a tag table",
			"This is x.info, produced by makeinfo version 6.8 from x.texi.\n\n\x1f\nFile: x.info,  Node: Top,  Next: Harbor,  Up: (dir)\n\n" +
				"1 Harbor\n********\n\n* Menu:\n\n* Request Headers::\n* Codes: Response Codes.\n\n" +
				"1.1 Request Headers\n===================\n\n" +
				"*Name*          *Type*   *Mandatory*   *Description*\n" +
				"Authorization   String   Y             Authorization: KakaoAK {ADMIN_KEY}\n\n" +
				"\x1f\nTag Table:\nNode: Top\x7f63\nRef: #harbor\x7f120\n\x1f\nEnd Tag Table\n",
			[]string{"06 Harbor", "14 Request Headers", "17 [Name|Type|Mandatory|Description]", "18 |Authorization|String|Y|Authorization: KakaoAK {ADMIN_KEY}|"}},
	} {
		blocks, _ := pagestest.ReadText(Style{}, c.page)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\ngot  %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestUnreferenced reads a cross reference as its label, whatever its
// node holds (dots, a path) and whatever follows its period (the next
// column's text, with no space).
func TestUnreferenced(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"See *note VesselClass: #vesselclass.", "See VesselClass"},
		{"List<*note Medal: #id-medal(/medal)-Medal.>", "List<Medal>"},
		{"*note Offer: #genericmodels.offer.", "Offer"},
		{"*note Potion: #potion.true", "Potion true"},
		{"*Note Harbor::, the first chapter", "Harbor, the first chapter"},
		{"Overview *note \u200b: #overview.", "Overview"},
		{"a *note without a colon", "a *note without a colon"},
	} {
		if got := Unreferenced(c.in); got != c.want {
			t.Errorf("Unreferenced(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestGlued refuses a row whose cross reference ran into the Required
// and the Description cells with no space between them, at its line.
func TestGlued(t *testing.T) {
	page := "1 Harbor\n********\n\n1.1 Request Body\n================\n\n" +
		"Code          Type          Required      Description\n" +
		"------------------------------------------------------------\n" +
		"\u2018mode\u2019        *note \u2018StackMode\u2019: #stackmode.trueSee\n" +
		"                                          StackMode\n"
	_, got := pagestest.Read(Style{}, page, true)
	want := []string{"p.txt:9: line 9: \"trueSee\" runs the cells of two columns together with no space between them, after a cross reference or a link's address wider than its column (makeinfo writes the next cells right after such a cell): which of its words are whose cannot be told; widen the column (the @multitable's @columnfractions) or set the cells apart on the page"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
