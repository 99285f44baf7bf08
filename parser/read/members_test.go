package read

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// TestMembersLostChar reads an enum row whose name cell holds a "?" a
// tool writing an 8-bit page put for a character it lacks ("Match?Over",
// "Banned?") as the member without it, with a warning at the row that
// names the cell, and refuses a row whose "?"s leave no name, saying what
// to write.
func TestMembersLostChar(t *testing.T) {
	for _, c := range []struct{ cell, name string }{
		{"MatchOver", "MatchOver"},
		{"Match?Over", "MatchOver"},
		{"Banned?", "Banned"},
		{"???", ""},
	} {
		tb := &pages.Table{Line: 3, Header: []string{"Name", "Code", "Description"}}
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
		tb.Rows = []*pages.Row{{Line: 4, Cells: []string{c.cell, "7", "The match is over."}, Raw: c.cell + "\t7\tThe match is over."}}
		rep := &pages.Reporter{}
		ms := Members(rep, "p.txt", tb)
		ws, errs := rep.Sorted([]string{"p.txt"}, false)
		if c.name == "" {
			if len(ms) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "p.txt:4:") || !strings.Contains(errs[0].Error(), "write the name without it on the page") {
				t.Errorf("%q: members %v, errors %v; want the row refused, saying what to write", c.cell, ms, errs)
			}
			continue
		}
		warned := len(ws) == 1 && ws[0].Pos == (schema.Pos{Page: "p.txt", Line: 4}) && strings.Contains(ws[0].Msg, `"`+c.cell+`"`)
		if len(ms) != 1 || ms[0].Name != c.name || ms[0].Code != 7 || warned != (c.cell != c.name) || len(errs) > 0 {
			t.Errorf("%q: members %v, warnings %v, errors %v; want %s, warned %t", c.cell, ms, ws, errs, c.name, c.cell != c.name)
		}
	}
}
