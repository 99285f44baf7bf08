package adoc

import (
	"regexp"
	"testing"
)

// TestIsTableDelim holds isTableDelim to the pattern it stands for,
// ^[|,:]={3,}$, on delimiters and near misses.
func TestIsTableDelim(t *testing.T) {
	pattern := regexp.MustCompile(`^[|,:]={3,}$`)
	for _, l := range []string{
		"|===", ",===", ":===", "|==========", "|==", "|", "", "===", "!===", "|===x", "|=== ", " |===", "|=-=",
		"||===", ":====", ",==", "|===|", "====", "|===\t", "|＝＝＝",
	} {
		if got, want := isTableDelim(l), pattern.MatchString(l); got != want {
			t.Errorf("isTableDelim(%q) = %v, the pattern %v", l, got, want)
		}
	}
}
