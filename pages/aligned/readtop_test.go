package aligned_test

import (
	"reflect"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/aligned"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestReadTop reads a table whose cells sit at the top of their rows,
// filled to their columns' widths (makeinfo's multitable): a cell's next
// paragraph, which the line before had room for, is the row's rest, not
// the first line of a cell set in the middle of the next row.
func TestReadTop(t *testing.T) {
	page := "Name          Type          Mandatory     Description\n" +
		"playerId      String        Y             Player ID\n" +
		"blueprintId   String        Y             Blueprint ID\n" +
		"                                          (8 ~ 24\n" +
		"                                          characters)\n" +
		"priority      String        N             Crafting\n" +
		"                                          priority\n"
	rep := &pages.Reporter{}
	got := pagestest.Describe(aligned.ReadTop(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(page)), Report: rep}))
	want := []string{"01 [Name|Type|Mandatory|Description]", "02 |playerId|String|Y|Player ID|",
		"03 |blueprintId|String|Y|Blueprint ID (8 ~ 24 characters)|", "06 |priority|String|N|Crafting priority|"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
