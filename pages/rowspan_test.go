package pages

import (
	"reflect"
	"testing"
)

// TestStatusSpanLost tells a row of a code table that lost its status
// cell to the row above's, spanning it: its first cell a detail code, one
// cell short, or padded with an empty last cell after its message; a row
// with its status, or a padded one whose second cell is a code, has it.
func TestStatusSpanLost(t *testing.T) {
	for _, c := range []struct {
		name    string
		cells   []string
		shifted []string
		padded  bool
	}{
		{"one cell short", []string{"-84002", "Too heavy", "Weighs more"}, []string{"-84002", "Too heavy", "Weighs more"}, false},
		{"padded", []string{"-84002", "Too heavy", "Weighs more", " "}, []string{"-84002", "Too heavy", "Weighs more"}, true},
		{"a positive detail code", []string{"10001", "Too heavy", "Weighs more", ""}, []string{"10001", "Too heavy", "Weighs more"}, true},
		{"its own status", []string{"475", "-84001", "Not manned", ""}, nil, false},
		{"a code second", []string{"-84002", "-84003", "Weighs more", ""}, nil, false},
		{"the header's width, filled", []string{"-84002", "Too heavy", "Weighs more", "More"}, nil, false},
		{"two cells short", []string{"-84002", "Too heavy"}, nil, false},
	} {
		shifted, padded, ok := StatusSpanLost(c.cells, 4)
		if !reflect.DeepEqual(shifted, c.shifted) || padded != c.padded || ok != (c.shifted != nil) {
			t.Errorf("%s: got %q %v %v, want %q %v", c.name, shifted, padded, ok, c.shifted, c.padded)
		}
	}
}
