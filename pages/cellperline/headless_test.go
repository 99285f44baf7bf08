package cellperline

import "testing"

// TestCellAfterSentence tells a name alone after a sentence's end, a
// row's first cell under a line of text, from the rest of a sentence a
// hard wrap broke.
func TestCellAfterSentence(t *testing.T) {
	for _, c := range []struct {
		t, next string
		want    bool
	}{
		{"Values are checked by the server before the call runs.", "Authorization", true},
		{"Values are checked by the server before the call runs.", "kgAppId", true},
		{"Returns the players who hold a trophy of a ranked season, best", "rank first.", false},
		{"Holders to return, best rank", "first", false},
		{"See the guide.", "The codes are listed there.", false},
	} {
		if got := cellAfterSentence(c.t, c.next); got != c.want {
			t.Errorf("cellAfterSentence(%q, %q) = %v, want %v", c.t, c.next, got, c.want)
		}
	}
}
