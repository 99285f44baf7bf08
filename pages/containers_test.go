package pages

import "testing"

// TestIsContainerTag tells a line that is a container's tag alone from
// a line of text, or of another element.
func TestIsContainerTag(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{`<div class="table-wrap">`, true},
		{"</DIV>", true},
		{"<section>", true},
		{"<div>Text</div>", false},
		{"<table>", false},
		{"<span>", false},
		{"div", false},
	} {
		if got := IsContainerTag(c.line); got != c.want {
			t.Errorf("IsContainerTag(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
