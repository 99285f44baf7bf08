package parser

import (
	"regexp"
	"testing"
)

// TestIsIdentLine checks isIdentLine against the pattern it stands for.
func TestIsIdentLine(t *testing.T) {
	pattern := regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$`)
	for _, s := range []string{
		"", "a", "_", "Z9", "9a", "a9_b", "GenericModels.BanItem", "a.b.c", "a.", ".a", "a..b",
		"a.9", "a._", "a-b", "a b", "ReturnCode ", "é", "aé", "a$", "Data structure: Device.",
	} {
		if got, want := IsIdentLine(s), pattern.MatchString(s); got != want {
			t.Errorf("isIdentLine(%q) = %v, want %v", s, got, want)
		}
	}
}
