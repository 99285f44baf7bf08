package pages

import "testing"

func TestIsTypeCell(t *testing.T) {
	for _, c := range []struct {
		cell string
		want bool
	}{
		{"string", true},
		{"Number Int", true},
		{"number float", true},
		{"Number Float[]", true},
		{"GenericModels.CrateDrop[]", true},
		{"List<String>", true},
		{"Map<String, Long>", true},
		{"List<RallyProgress>", true},
		{"Map<String, List<Long>>", true},
		{"String (Enum)", true},
		{"String(Enum)", true},
		{"List<String>[]", true},
		{"Map<String, Map<String, Long>>", false},
		{"<String>", false},
		{"A note shown on the banner.", false},
		{"Y", true},
		{"(Enum)", false},
		{"Integer (HazardClass)", true},
		{"Integer, see HazardClass", true},
		{"Integer – HazardClass", true},
		{"Integer - GenericModels.Tier", true},
		{"Integer, see the table below", false},
		{"Count - Total", false},
		{"", false},
	} {
		if got := isTypeCell(c.cell); got != c.want {
			t.Errorf("isTypeCell(%q) = %v, want %v", c.cell, got, c.want)
		}
	}
}
