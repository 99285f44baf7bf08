package reader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestMethodInitials holds methodInitials to methodRe: every rune the
// first letter of a method folds to, under Unicode's simple folding as
// the pattern's (?i) folds, is one of its bytes.
func TestMethodInitials(t *testing.T) {
	for _, m := range []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"} {
		first := rune(m[0])
		for r := unicode.SimpleFold(first); ; r = unicode.SimpleFold(r) {
			if r >= 0x80 || !strings.ContainsRune(methodInitials, r) {
				t.Errorf("%s begins with %q, which folds to %q, no byte of methodInitials", m, first, r)
			}
			if r == first {
				break
			}
		}
	}
}

// TestIsMethodLine holds isMethodLine to methodRe on methods in every
// case, near misses, and every line of the sample pages.
func TestIsMethodLine(t *testing.T) {
	lines := []string{"", "GET", "get", "Get", "POST", "post", "PUT", "PATCH", "DELETE", "delete", "HEAD", "OPTIONS", "options",
		"OPTIONſ", "GETS", " GET", "GET ", "POST /x", "Get started", "Delete a player", "Head"}
	files, err := filepath.Glob("../../../testdata/*/*")
	if err != nil {
		t.Fatal(err)
	}
	methods := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, l := range strings.Split(string(data), "\n") {
			lines = append(lines, l, strings.TrimSpace(l))
		}
	}
	for _, l := range lines {
		got, want := isMethodLine(l), methodRe.MatchString(l)
		if got != want {
			t.Errorf("isMethodLine(%q) = %v, methodRe %v", l, got, want)
		}
		if got {
			methods++
		}
	}
	if methods < 10 {
		t.Fatalf("only %d method lines tried", methods)
	}
}
