package read

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestDropOutlines drops the start of each run of section names that
// the protocol's test says is an outline, and keeps the rest of the run,
// tables and other lines, in order.
func TestDropOutlines(t *testing.T) {
	items := []pages.Block{
		{Line: 1, Text: "Intro"},
		{Line: 2, Text: "#a"},
		{Line: 3, Text: "#b"},
		{Line: 4, Text: "#c"},
		{Line: 5, Table: &pages.Table{Line: 5}},
		{Line: 6, Text: "#a"},
		{Line: 7, Text: "text"},
		{Line: 8, Text: "#b"},
	}
	names := func(s string) bool { return strings.HasPrefix(s, "#") }
	// An outline is the first two names of a run of three or more.
	outline := func(run, from []pages.Block) int {
		if len(run) >= 3 && len(from) >= len(run) {
			return 2
		}
		return 0
	}
	var dropped [][]int
	got := DropOutlines(items, names, outline, func(run []pages.Block) {
		var lines []int
		for _, b := range run {
			lines = append(lines, b.Line)
		}
		dropped = append(dropped, lines)
	})
	var lines []int
	for _, b := range got {
		lines = append(lines, b.Line)
	}
	if want := []int{1, 4, 5, 6, 7, 8}; !reflect.DeepEqual(lines, want) {
		t.Errorf("kept lines %v, want %v", lines, want)
	}
	if want := [][]int{{2, 3}}; !reflect.DeepEqual(dropped, want) {
		t.Errorf("dropped %v, want %v", dropped, want)
	}
}
