package pages_test

import (
	"reflect"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/cellperline"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/mediawiki"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/wiki"
)

// TestBlankRows drops a row whose every cell is blank (empty, no-break
// spaces, zero-width spaces), as an editor leaves a trailing row of
// "&nbsp;" cells, in every style with rows: it documents nothing.
func TestBlankRows(t *testing.T) {
	want := []string{"01 [Name|Type|Mandatory|Description]", "02 |playerId|String|Y|Player ID|"}
	for _, c := range []struct {
		name  string
		style pages.Style
		page  string
		want  []string
	}{
		{"HTML, &nbsp; cells", html.Style{}, "<table><tr><td><strong>Name</strong></td><td><strong>Type</strong></td><td><strong>Mandatory</strong></td><td><strong>Description</strong></td></tr>\n<tr><td>playerId</td><td>String</td><td>Y</td><td>Player ID</td></tr>\n<tr><td>&nbsp;</td><td>&nbsp;</td><td>&#8203;</td><td> </td></tr>\n</table>", want},
		{"Markdown, no-break and zero-width spaces", markdown.Style{}, "| Name | Type | Mandatory | Description |\n| playerId | String | Y | Player ID |\n| \u00a0 | \u200b | | \u00a0 |", want},
		{"pipes", pipes.Style{}, "Name | Type | Mandatory | Description\nplayerId | String | Y | Player ID\n\u00a0|\u00a0|\u00a0|\u00a0", want},
		{"Confluence wiki", wiki.Style{}, "||Name||Type||Mandatory||Description||\n|playerId|String|Y|Player ID|\n| | | | |", want},
		{"MediaWiki", mediawiki.Style{}, "{|\n! Name !! Type !! Mandatory !! Description\n|-\n| playerId || String || Y || Player ID\n|-\n| &nbsp; || &nbsp; || &nbsp; || &nbsp;\n|}", []string{"02 [Name|Type|Mandatory|Description]", "04 |playerId|String|Y|Player ID|"}},
		{"a cell per line", cellperline.Style{}, "Name\nType\nMandatory\nDescription\nplayerId\nString\nY\nPlayer ID\n\u00a0\n\u00a0\n\u00a0\n\u00a0\n", []string{"01 [Name|Type|Mandatory|Description]", "05 |playerId|String|Y|Player ID|"}},
	} {
		blocks, warns := pagestest.Read(c.style, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got\n%q\nwant\n%q\nwarnings %q", c.name, got, c.want, warns)
		}
	}
}
