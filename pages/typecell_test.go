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
		{"List< Play >", true},
		{"Map< String, List< Long > >", true},
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

// TestTypeArgsLen cuts the type arguments a text begins with, to the ">"
// that closes them, spaces inside them or not (a linked type's, "List<
// Play >"), and none where the text holds what no type does.
func TestTypeArgsLen(t *testing.T) {
	for _, c := range []struct {
		rest string
		want int
	}{
		{"<String> Tags", 8},
		{"< Play > Plays of the repertoire", 8},
		{"<String, List<Long>>[] N", 20},
		{"< String, List< Long > > N", 24},
		{"<GenericModels.Reward[]>", 24},
		{"<Play", 0},
		{"< 10 seconds; > 5", 0},
		{"String", 0},
		{"", 0},
	} {
		if got := TypeArgsLen(c.rest); got != c.want {
			t.Errorf("TypeArgsLen(%q) = %d, want %d", c.rest, got, c.want)
		}
	}
}
