package pages_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestShownLabel trims a link's label to the text it shows, and leaves
// a permalink's label empty.
func TestShownLabel(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{" RumorKind", "RumorKind"},
		{" \u200b", ""},
		{"\ufeff a\u200bb \u200b", "a\u200bb"},
	} {
		if got := pages.ShownLabel(c.in); got != c.want {
			t.Errorf("ShownLabel(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
