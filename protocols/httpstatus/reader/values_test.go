package reader

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestStringMemberValues reads the values a String member's description
// states ("one of these rarities (…)"), and leaves a parenthesized list
// without such words unread, with one warning at the member's row that
// names the list and the override and type that make it the values; an
// enum's type reads the list with no warning.
func TestStringMemberValues(t *testing.T) {
	for _, c := range []struct {
		typ, desc, values, warned string
	}{
		{"String", "State of the appeal (open, reviewing, accepted, rejected)", "", "{object: Appeal, field: state, values: [open, reviewing, accepted, rejected]}"},
		{"List<String>", "Only openings of one of these rarities (common, rare, epic)", "common rare epic", ""},
		{"String (Enum)", "State of the appeal (open, closed)", "open closed", ""},
		{"String", "State of the appeal, e.g. (open, closed)", "", ""},
		{"String", "Time it was opened (epoch milliseconds)", "", ""},
	} {
		tb := &pages.Table{Line: 6, Header: []string{"Name", "Type", "Description"}}
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
		r := &pages.Row{Line: 7, Cells: []string{"state", c.typ, c.desc}, Raw: "| state | " + c.typ + " | " + c.desc + " |"}
		tb.Rows = []*pages.Row{r}
		rep := &pages.Reporter{}
		b := &statusBuilder{rep: rep}
		f, err := b.field("p.txt", "object: Appeal", tb, r)
		if err != nil {
			t.Fatalf("%q: %v", c.desc, err)
		}
		ws, _ := rep.Sorted([]string{"p.txt"}, false)
		var warned []string
		for _, w := range ws {
			if strings.Contains(w.Msg, "whose description lists") {
				if w.Pos.Line != 7 || !strings.Contains(w.Msg, `"String (Enum)"`) {
					t.Errorf("%q: warned %v: %s", c.desc, w.Pos, w.Msg)
				}
				warned = append(warned, w.Msg)
			}
		}
		if got := strings.Join(f.Values, " "); got != c.values {
			t.Errorf("%q: values %q, want %q", c.desc, got, c.values)
		}
		switch {
		case c.warned == "" && len(warned) > 0, c.warned != "" && (len(warned) != 1 || !strings.Contains(warned[0], c.warned)):
			t.Errorf("%q: warned %q, want one naming %q", c.desc, warned, c.warned)
		}
	}
}
