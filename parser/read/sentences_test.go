package read

import "testing"

// TestTitleSentence reads the type a sentence names in place of its
// table's title, and leaves other sentences and bare names.
func TestTitleSentence(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{"Data structure: GenericModels.Buoy.", "GenericModels.Buoy"},
		{"Data structure: `itemAmount`", "itemAmount"},
		{"Type GenericModels.Buoy", "GenericModels.Buoy"},
		{"Type: Buoy.", "Buoy"},
		{"The type `Buoy`:", "Buoy"},
		{"The Buoy object", "Buoy"},
		{"The GenericModels.Buoy structure:", "GenericModels.Buoy"},
		{"The Player model.", "Player"},
		{"Type string", ""},
		{"The buoy object", ""},
		{"The Buoy object is returned.", ""},
		{"Types of buoys", ""},
		{"Buoy", ""},
		{"Data structure: see below.", ""},
	} {
		got, ok := TitleSentence(c.line)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("TitleSentence(%q) = %q, %v; want %q", c.line, got, ok, c.want)
		}
	}
}
