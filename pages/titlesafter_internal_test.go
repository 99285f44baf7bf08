package pages

import "testing"

// TestIsTableTitleWords holds isTableTitle's word checks, which count and
// look at the words in place: eight words at most, no request's method
// first, no path or link among them, and no allocation.
func TestIsTableTitleWords(t *testing.T) {
	for title, want := range map[string]bool{
		"ReturnCode": true,
		"200 Ok":     true,
		"one two three four five six seven eight":      true,
		"one two three four five six seven eight nine": false,
		"POST":                         false,
		"POST /v1/items":               false,
		"Items POST":                   true,
		"Items of /v1/items":           false,
		"Items at https://example.com": false,
	} {
		if got := isTableTitle(title); got != want {
			t.Errorf("isTableTitle(%q) = %v, want %v", title, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { isTableTitle("Item Grade Codes") }); n != 0 {
		t.Errorf("isTableTitle allocates %v times a call, want 0", n)
	}
}
