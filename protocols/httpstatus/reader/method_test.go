package reader

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestMethodInitials holds methodInitials and maxMethodBytes to
// methodRe: every rune the first letter of a method folds to, under
// Unicode's simple folding as the pattern's (?i) folds, is one of its
// bytes, and a method whose every letter is written as its longest rune
// of the fold holds maxMethodBytes bytes at most.
func TestMethodInitials(t *testing.T) {
	longest := 0
	for _, m := range []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"} {
		size := 0
		for i, c := range m {
			widest := 0
			for r := unicode.SimpleFold(c); ; r = unicode.SimpleFold(r) {
				if i == 0 && (r >= 0x80 || !strings.ContainsRune(methodInitials, r)) {
					t.Errorf("%s begins with %q, which folds to %q, no byte of methodInitials", m, c, r)
				}
				widest = max(widest, utf8.RuneLen(r))
				if r == c {
					break
				}
			}
			size += widest
		}
		longest = max(longest, size)
	}
	if longest != maxMethodBytes {
		t.Errorf("the longest method line is %d bytes, maxMethodBytes %d", longest, maxMethodBytes)
	}
}

// TestIsMethodLine holds isMethodLine to methodRe on methods in every
// case, near misses, and every line of the sample pages.
func TestIsMethodLine(t *testing.T) {
	lines := []string{"", "GET", "get", "Get", "POST", "post", "PUT", "PATCH", "DELETE", "delete", "HEAD", "OPTIONS", "options",
		"OPTIONſ", "oPTIONſ", "GETS", "OPTIONSS", "OPTIONſſ", " GET", "GET ", "POST /x", "Get started", "Delete a player", "Head"}
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

// TestPathHeadingOf holds pathHeadingOf to pathHeadingRe on path
// headings, near misses, and every line of the test pages.
func TestPathHeadingOf(t *testing.T) {
	lines := []string{"", "/", "/guild/join", "GET /guild/join", "POST /ranking/top?x={x}", "DELETE  /a", "PUT", "Get /a", "Data structure: Device.", "/api/x y"}
	files, err := filepath.Glob("../../../testdata/*/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, l := range strings.Split(string(data), "\n") {
			lines = append(lines, l, strings.TrimSpace(l))
		}
	}
	paths := 0
	for _, l := range lines {
		got, want := pathHeadingOf(l), pathHeadingRe.FindStringSubmatch(l)
		if !slices.Equal(got, want) {
			t.Errorf("pathHeadingOf(%q) = %q, pathHeadingRe %q", l, got, want)
		}
		if got != nil {
			paths++
		}
	}
	if paths < 10 {
		t.Fatalf("only %d path headings tried", paths)
	}
}
