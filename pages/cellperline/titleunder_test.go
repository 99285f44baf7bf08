package cellperline_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/cellperline"
)

// TestSoupTitleUnderLastCell checks a page printed wholly one cell per
// line, each row a block of lines set apart by two blank lines (glamour's
// print of pandoc's raw HTML table), whose next title stands right under
// a row's last cell with no blank line between: a heading, or a line
// shaped as the titles over the page's tables are ("Response Body" as
// "Request Body"), ends the row and the table, the row's description
// whole, a shaped title with a warning that names it and the title it is
// shaped as; under a row whose description wraps, under a row with an
// empty cell, and under a row of one line a cell alike. A line that is
// no title's shape ("See ReturnCode": a name in code, where the page's
// titles are words) stays the description's rest.
func TestSoupTitleUnderLastCell(t *testing.T) {
	head := "Request Body\n\nName\nType\nRequired\nDescription\n\n\n\n\nmewsId\nstring\ntrue\nThe unique identifier of the mews.\n\n\n"
	next := "\nName\nType\nRequired\nDescription\n\n\n\n\ncode\nstring\ntrue\nThe code.\n"
	for _, c := range []struct {
		name, page string
		want       []string
		warns      []string
	}{
		{"a title under an empty cell's row whose description wraps",
			head + "callWord\nstring\n\nWord the falconer calls to bring the falcon back to the\nglove. (Maximum 24 characters)\nResponse Body\n" + next,
			[]string{"1: Request Body", "3: | Name | Type | Required | Description |", "11: | mewsId | string | true | The unique identifier of the mews. |", "17: | callWord | string |  | Word the falconer calls to bring the falcon back to the glove. (Maximum 24 characters) |", "22: Response Body", "24: | Name | Type | Required | Description |", "32: | code | string | true | The code. |"},
			[]string{"p.txt:17: lines 17-21, each blank line among them an empty cell, hold 5 cells", "p.txt:22: line 22 (Response Body), right under the last cell of the row at line 17 of the table at line 3 with no blank line between, is shaped as the page's titles are (\"Request Body\" at line 1, over a table): read as a title after the table, no rest of the row's Description"}},
		{"a title under a row of one line a cell",
			head + "callWord\nstring\ntrue\nWord the falconer calls to bring the falcon back to the glove\nResponse Body\n" + next,
			[]string{"1: Request Body", "3: | Name | Type | Required | Description |", "11: | mewsId | string | true | The unique identifier of the mews. |", "17: | callWord | string | true | Word the falconer calls to bring the falcon back to the glove |", "21: Response Body", "23: | Name | Type | Required | Description |", "31: | code | string | true | The code. |"},
			[]string{"p.txt:21: line 21 (Response Body), right under the last cell of the row at line 17"}},
		{"a heading, text right under it",
			head + "callWord\nstring\n\nWord the falconer calls to bring the falcon back to the\nglove. (Maximum 24 characters)\n## Server\nRequire permission rules falcon.castOffFalcon.\n\nResponse Body\n" + next,
			[]string{"1: Request Body", "3: | Name | Type | Required | Description |", "11: | mewsId | string | true | The unique identifier of the mews. |", "17: | callWord | string |  | Word the falconer calls to bring the falcon back to the glove. (Maximum 24 characters) |", "22: Server", "23: Require permission rules falcon.castOffFalcon.", "25: Response Body", "27: | Name | Type | Required | Description |", "35: | code | string | true | The code. |"},
			[]string{"p.txt:17: lines 17-21, each blank line among them an empty cell, hold 5 cells"}},
		{"a name in code under a description of words is its rest",
			head + "returnCode\nReturnCode\ntrue\nThe result of the call.\nSee ReturnCode\n" + next,
			[]string{"1: Request Body", "3: | Name | Type | Required | Description |", "11: | mewsId | string | true | The unique identifier of the mews. |", "17: | returnCode | ReturnCode | true | The result of the call. See ReturnCode |", "23: | Name | Type | Required | Description |", "31: | code | string | true | The code. |"},
			[]string{"p.txt:17: lines 17-21 hold 5 cells"}},
		{"a type's name under \"See\" is its rest, though a table's title is that name",
			head + "returnCode\nReturnCode\ntrue\nThe result of the call. See\nReturnCode\n\n\nReturnCode\n" + next,
			[]string{"1: Request Body", "3: | Name | Type | Required | Description |", "11: | mewsId | string | true | The unique identifier of the mews. |", "17: | returnCode | ReturnCode | true | The result of the call. See ReturnCode |", "24: ReturnCode", "26: | Name | Type | Required | Description |", "34: | code | string | true | The code. |"},
			[]string{"p.txt:17: lines 17-21 hold 5 cells"}},
	} {
		rep := &pages.Reporter{}
		got := cellperline.Render(read("p.txt", strings.Split(c.page, "\n"), rep))
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		ok := len(warns) == len(c.warns) && len(errs) == 0
		for k := range warns {
			ok = ok && strings.HasPrefix(warns[k].Error(), c.warns[k])
		}
		if !reflect.DeepEqual(got, c.want) || !ok {
			t.Errorf("%s:\ngot  %s\nwant %s\nwarnings %v\nwant %q\nerrors %v", c.name, strings.Join(got, "\n     "), strings.Join(c.want, "\n     "), warns, c.warns, errs)
		}
	}
}
