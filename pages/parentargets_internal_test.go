package pages

import "testing"

// TestSpacedParen checks the scan withoutParenTargets runs before
// parenTargetRe: every text the expression matches in has a "(" with a
// space after it, and a text with none is never matched.
func TestSpacedParen(t *testing.T) {
	for _, c := range []string{
		"", "(", "(a)", "x (", "Player ID (string)", "See ReturnCode ( #returncode )",
		"( /api/x )", "a (\t#b )", "(\n#c )", "((  #d )", "a(b) ( https://x.y )", "(#a)", "( #a)",
		"x (\f/y )", "x (\r./y )", "x(y", "end (",
	} {
		if parenTargetRe.MatchString(c) && !spacedParen(c) {
			t.Errorf("parenTargetRe matches %q, but spacedParen finds no spaced (", c)
		}
		want := false
		for i := 0; i+1 < len(c); i++ {
			want = want || c[i] == '(' && IsRegexpSpace(c[i+1])
		}
		if got := spacedParen(c); got != want {
			t.Errorf("spacedParen(%q) = %v, want %v", c, got, want)
		}
	}
}
