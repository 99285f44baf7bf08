package pages

import (
	"strings"
	"testing"
)

// TestStrayCheck holds cells against a table as each match does, and
// refuses them in the one message, for one line or for the lines one
// cell a line spans.
func TestStrayCheck(t *testing.T) {
	fields := &Table{Line: 1, Header: []string{"Name", "Type", "Description"}, Rows: []*Row{{Cells: []string{"id", "string", "The id."}}}}
	codes := &Table{Line: 1, Header: []string{"Name", "Code", "Description"}, Rows: []*Row{{Cells: []string{"Ok", "200", "Done."}}}}
	for _, c := range []struct {
		name  string
		check StrayCheck
		from  int
		to    int
		cells []string
		want  string
	}{
		{"a row split at pipes", StrayCheck{Table: fields, Split: "at pipes"}, 5, 5, []string{"speed", "number", "How fast."},
			"line 5 splits at pipes into 3 cells, as a row of the table at line 1 does, but no header row stands over it: it reads as text, and what it documents would be left out of the schema (speed | number | How fast.); if it is a row of that table, move it under the table's rows, or set the table's header row (Name | Type | Description) over it, or if it is text, write it as a sentence"},
		{"two cells split at pipes", StrayCheck{Table: fields, Split: "at pipes"}, 5, 5, []string{"speed", "number"}, ""},
		{"no table above", StrayCheck{Split: "at pipes"}, 5, 5, []string{"speed", "number", "How fast."}, ""},
		{"text at a table of codes' columns, no code where its rows hold one", StrayCheck{Table: codes, Split: "at columns"}, 5, 5, []string{"Edit", "this page", "on GitHub"}, ""},
		{"cells one a line, after the line that cut them", StrayCheck{Table: fields, Split: "one cell a line", Match: MatchLines, Cut: 4}, 5, 7, []string{"speed", "number", "How fast."},
			"lines 5-7 split one cell a line into 3 cells, as a row of the table at line 1 does, but no header row stands over them (line 4 cut them from the table's rows): they read as text"},
		{"two cells one a line", StrayCheck{Table: fields, Split: "one cell a line", Match: MatchLines}, 5, 6, []string{"speed", "number"}, ""},
		{"two cells fitted to their columns", StrayCheck{Table: &Table{Line: 1, Header: []string{"Name", "Description"}}, Split: "one cell a line", Match: MatchColumns}, 5, 6, []string{"speed", "How fast."},
			"lines 5-6 split one cell a line into 2 cells"},
	} {
		got, ok := c.check.Refusal(c.from, c.to, c.cells)
		if ok != (c.want != "") || !strings.HasPrefix(got, c.want) {
			t.Errorf("%s: got %v %q, want %q", c.name, ok, got, c.want)
		}
	}
}
