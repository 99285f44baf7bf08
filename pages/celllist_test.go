package pages

import "testing"

// TestCellLines joins a cell's lines, a list's items behind bullets read
// as ListInCellFollowed reads them, a dash or a number at a line's start
// (a wrap's) none.
func TestCellLines(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  string
	}{
		{[]string{"One of:", "", "* gold", "* gem"}, "One of: gold, gem"},
		{[]string{"Order:", "• by the newest first", "• by likes", "Default: newest"}, "Order: by the newest first; by likes Default: newest"},
		{[]string{"One of:", "* gold", "* gem", "Default: gold"}, "One of: gold, gem. Default: gold"},
		{[]string{"How many, (1", "- 6 items)"}, "How many, (1 - 6 items)"},
		{[]string{"Up to", "10. Default: 5"}, "Up to 10. Default: 5"},
		{[]string{"", "Plain", "words"}, "Plain words"},
	} {
		if got := CellLines(c.lines); got != c.want {
			t.Errorf("CellLines(%q) = %q, want %q", c.lines, got, c.want)
		}
	}
}
