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

// TestDataStructureName checks that dataStructureName finds what
// titleSentenceRes[0] matches, and the same name, on every line.
func TestDataStructureName(t *testing.T) {
	for _, line := range []string{
		"Data structure: GenericModels.Buoy.",
		"Data structure: GenericModels.Buoy",
		"Data structure:Buoy",
		"Data structure: \t`Buoy`.",
		"Data structure: `Buoy`",
		"Data structure: `Buoy.`",
		"Data structure: Buoy..",
		"Data structure: Buoy.`",
		"Data structure: `Buoy",
		"Data structure: Buoy`",
		"Data structure: ``Buoy",
		"Data structure: _buoy_0.x",
		"Data structure: 0Buoy",
		"Data structure: Buoy object",
		"Data structure: Bu-oy",
		"Data structure: ",
		"Data structure: `",
		"Data structure: .",
		"Data structure: `.`",
		"Data structure: Buoy.\n",
		"Data structure: Bóia",
		"Data structure: Buoy\v",
		"Data structure Buoy",
		"The Buoy object",
	} {
		want, wantOK := "", false
		if m := titleSentenceRes[0].FindStringSubmatch(line); m != nil {
			want, wantOK = m[1], true
		}
		if got, ok := dataStructureName(line); got != want || ok != wantOK {
			t.Errorf("dataStructureName(%q) = %q, %v; the expression finds %q, %v", line, got, ok, want, wantOK)
		}
	}
}
