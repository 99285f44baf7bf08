package reader

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// TestDetailCodesRunTogether refuses a code row whose detail code cell
// holds several codes, at its line, saying that its lines hold as many
// rows, the later without a status cell (a status cell spanning rows,
// set in their middle by the copy), and how to write it; a cell that is
// no code at all keeps the plain refusal.
func TestDetailCodesRunTogether(t *testing.T) {
	for _, c := range []struct{ detail, want string }{
		{"-71001 -71002", "holds 2 codes, -71001, -71002"},
		{"-71001 later", `detail code "-71001 later" is not an integer`},
	} {
		tb := &pages.Table{Line: 10, Header: []string{"Http response code", "detail_code", "msg", "Description"}}
		tb.Rows = []*pages.Row{{Line: 12, Cells: []string{"481", c.detail, "Tier locked", "A tier is above the player's level"}, Raw: "481  " + c.detail + "  Tier locked  A tier is above the player's level"}}
		rep := &pages.Reporter{}
		b := &statusBuilder{rep: rep}
		b.codes("p.txt", &schema.Operation{Name: "claim"}, tb)
		_, errs := rep.Sorted([]string{"p.txt"}, false)
		if len(errs) != 1 || errs[0].Pos.Line != 12 || !strings.Contains(errs[0].Msg, c.want) {
			t.Errorf("%q: want one error at line 12 saying %q, got %v", c.detail, c.want, errs)
		}
	}
}
