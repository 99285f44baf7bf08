package reader

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestMemberBadge reads a name cell of a name and a status badge after it
// ("giftMessage NEW", a wiki's status macro) as the name, with a warning
// at the row's line, leaves a cell that may be a name of two words to
// its hole, and refuses a name and a word of capitals after it that is
// no badge ("userId UUID"): a part of the name, a type or a label.
func TestMemberBadge(t *testing.T) {
	for _, c := range []struct {
		cell, name string
		warned     int // the line warned of the badge, 0 for none
		refused    bool
		failed     bool // an error: the row refused
	}{
		{"giftMessage NEW", "giftMessage", 7, false, false},
		{"seatRow BETA", "seatRow", 7, false, false},
		{"giftMessage", "giftMessage", 0, false, false},
		{"gift Message", "", 0, true, false},
		{"giftMessage REQUIRED", "", 0, true, false},
		{"userId UUID", "", 0, false, true},
		{"userId DEPRECATED", "userId", 0, false, false}, // a deprecated member (read.NameCell)
	} {
		tb := &pages.Table{Line: 6, Header: []string{"Name", "Type", "Mandatory", "Description"}}
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
		r := &pages.Row{Line: 7, Cells: []string{c.cell, "String", "N", "The message."}, Raw: "| " + c.cell + " | String | N | The message. |"}
		tb.Rows = []*pages.Row{r}
		rep := &pages.Reporter{}
		b := &statusBuilder{rep: rep}
		f, err := b.field("p.txt", "operation: ticket", tb, r)
		if (err != nil) != c.failed {
			t.Fatalf("%q: error %v, want one %t", c.cell, err, c.failed)
		}
		if err != nil {
			continue
		}
		ws, _ := rep.Sorted([]string{"p.txt"}, false)
		warned := 0
		for _, w := range ws {
			if strings.Contains(w.Msg, "status badge") {
				warned = w.Pos.Line
			}
		}
		holed := len(rep.Holes()) > 0
		if f.Name != c.name || warned != c.warned || holed != c.refused {
			t.Errorf("%q: read %q, badge warned at line %d, refused %t; want %q, %d, %t", c.cell, f.Name, warned, holed, c.name, c.warned, c.refused)
		}
	}
}
