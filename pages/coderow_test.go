package pages

import "testing"

// TestSplitCode checks the code a row of a table of codes begins with,
// its note kept with it, and the text after them.
func TestSplitCode(t *testing.T) {
	for _, c := range []struct {
		line, code, text string
		ok               bool
	}{
		{"200 Normal Response Normal", "200", "Normal Response Normal", true},
		{"404                 Not Found", "404", "Not Found", true},
		{"4xx (custom status) Dive Rejected See below", "4xx (custom status)", "Dive Rejected See below", true},
		{"4xx (custom status)", "4xx (custom status)", "", true},
		{"-89003 Crew resting", "-89003", "Crew resting", true},
		{"490 -89001 Hull damaged", "490", "-89001 Hull damaged", true},
		{"200", "200", "", true},
		{"HTTP 200 OK", "", "", false},
		{"200OK", "", "", false},
		{"See the response codes below.", "", "", false},
	} {
		code, text, ok := SplitCode(c.line)
		if code != c.code || text != c.text || ok != c.ok {
			t.Errorf("SplitCode(%q) = %q, %q, %v; want %q, %q, %v", c.line, code, text, ok, c.code, c.text, c.ok)
		}
	}
}
