package reader

import (
	"fmt"
	"slices"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestJoinEndpointLines joins an endpoint line that a hard wrap broke at
// its space, with a warning at its first line, and nothing else.
func TestJoinEndpointLines(t *testing.T) {
	text := func(line int, s string) pages.Block { return pages.Block{Line: line, Text: s} }
	for _, c := range []struct {
		name  string
		items []pages.Block
		want  []string
		warns int
	}{
		{"broken at its space", []pages.Block{text(1, "HTTP"), text(2, "POST"), text(3, "/api/rJson/kitchen/client/plateDish"), text(4, "Request Headers")},
			[]string{"1 HTTP", "2 POST /api/rJson/kitchen/client/plateDish", "4 Request Headers"}, 1},
		{"broken inside one page line (a code block's string)", []pages.Block{text(2, "POST"), text(2, "/api/rJson/kitchen/client/plateDish")},
			[]string{"2 POST /api/rJson/kitchen/client/plateDish"}, 1},
		{"whole", []pages.Block{text(2, "POST /api/rJson/kitchen/client/plateDish")},
			[]string{"2 POST /api/rJson/kitchen/client/plateDish"}, 0},
		{"a line between", []pages.Block{text(2, "POST"), text(4, "/api/rJson/kitchen/client/plateDish")},
			[]string{"2 POST", "4 /api/rJson/kitchen/client/plateDish"}, 0},
		{"a path of one segment", []pages.Block{text(2, "GET"), text(3, "/health")},
			[]string{"2 GET", "3 /health"}, 0},
		{"prose after a method", []pages.Block{text(2, "POST"), text(3, "/api/x is the path")},
			[]string{"2 POST", "3 /api/x is the path"}, 0},
		{"a table after a method", []pages.Block{text(2, "POST"), {Line: 3, Table: fieldTable(3, "a|string|true|A.")}},
			[]string{"2 POST", "3 "}, 0},
	} {
		rep := &pages.Reporter{}
		var got []string
		for _, b := range joinEndpointLines("p.txt", slices.Clone(c.items), rep) {
			got = append(got, fmt.Sprintf("%d %s", b.Line, b.Text))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
		if warns, _ := rep.Sorted([]string{"p.txt"}, false); len(warns) != c.warns || c.warns > 0 && warns[0].Pos.Line != 2 {
			t.Errorf("%s: warnings %v, want %d at line 2", c.name, warns, c.warns)
		}
	}
}
