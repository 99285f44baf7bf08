package pages

import (
	"slices"
	"testing"
)

// TestOutsideHTMLTables: the lines of an HTML table written on lines of
// its own are skipped, nested tables with it; a <table> tag no line
// closes before a fence, or one that does not begin its line, is text.
func TestOutsideHTMLTables(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  []int
	}{
		{[]string{"a", "<table>", "<tr><td>x</td></tr>", "</table>", "b"}, []int{0, 4}},
		{[]string{"<table><tr><td>x</td></tr></table>", "b"}, []int{1}},
		{[]string{"<table>", "<tr><td><table><tr><td>y</td></tr></table></td></tr>", "</table>", "c"}, []int{3}},
		{[]string{"<table>", "<tr><td>x</td></tr>", "```", "</table>"}, []int{0, 1, 2, 3}},
		{[]string{"see <table>", "</table>"}, []int{0, 1}},
	} {
		var got []int
		for i, l := range outsideHTMLTables(c.lines) {
			if l != c.lines[i] {
				t.Errorf("%q: line %d yielded as %q", c.lines, i, l)
			}
			got = append(got, i)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: yielded lines %v, want %v", c.lines, got, c.want)
		}
	}
}
