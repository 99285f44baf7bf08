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

// TestShapeOfTitle checks the shapes of title lines: their words and
// whether one is a name in code; a line with a word in lower case, a
// sentence or a column's name alone has none.
func TestShapeOfTitle(t *testing.T) {
	for _, c := range []struct {
		line string
		want TitleShape
		ok   bool
	}{
		{"Response Body", TitleShape{Words: 2}, true},
		{"200 Ok", TitleShape{Words: 2}, true},
		{"ReturnCode", TitleShape{Words: 1, Code: true}, true},
		{"GenericModels.LureLine", TitleShape{Words: 1, Code: true}, true},
		{"See ReturnCode", TitleShape{Words: 2, Code: true}, true},
		{"glove. (Maximum 24 characters)", TitleShape{}, false},
		{"Word the falconer calls", TitleShape{}, false},
		{"Description", TitleShape{}, false},
	} {
		if got, ok := ShapeOfTitle(c.line); got != c.want || ok != c.ok {
			t.Errorf("ShapeOfTitle(%q) = %v, %v, want %v, %v", c.line, got, ok, c.want, c.ok)
		}
	}
}
