package read

import "testing"

// TestRowShaped tells the lines of text that begin as a row of a table
// of fields (a name, then a type) or of codes (a code, then text) from
// prose.
func TestRowShaped(t *testing.T) {
	for _, c := range []struct {
		line         string
		field, codes bool
	}{
		{"playerId String Y Player ID", true, false},
		{"crew List<CrewSeat> Y Crew on board", true, false},
		{"wrecks Wreck[] Wrecks in reach", true, false},
		{"[14]seaId String Y Sea ID", true, false},
		{"noteId, a mandatory String: the note.", false, false},
		{"The request carries no body.", false, false},
		{"200 Normal Response Normal", false, true},
		{"4xx (custom status) Dive Rejected See below", false, true},
		{"-89003 Crew resting A crew member is resting", false, true},
		{"490 -89001 Hull damaged", false, true},
		{"200", false, false},
		{"See the response codes below.", false, false},
	} {
		if got := FieldRowShaped(c.line); got != c.field {
			t.Errorf("FieldRowShaped(%q) = %v, want %v", c.line, got, c.field)
		}
		if got := CodeRowShaped(c.line); got != c.codes {
			t.Errorf("CodeRowShaped(%q) = %v, want %v", c.line, got, c.codes)
		}
	}
}
