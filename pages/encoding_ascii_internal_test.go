package pages

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

// TestFirstAboveASCII checks the byte loop contradicted finds the first
// character above ASCII by against bytes.IndexFunc, on UTF-8 text.
func TestFirstAboveASCII(t *testing.T) {
	for _, s := range []string{"", "abc", "é", "a<meta charset=\"euc-kr\">é", "line\n한글", "\u200b", "x\x7fy😀"} {
		want := bytes.IndexFunc([]byte(s), func(r rune) bool { return r >= utf8.RuneSelf })
		if got := firstAboveASCII([]byte(s)); got != want {
			t.Errorf("firstAboveASCII(%q) = %d, want %d", s, got, want)
		}
	}
}
