package pages

import (
	"strings"
	"testing"
)

// TestSharedWords checks SharedWords against counting the words Words
// returns of text that are among those it returns of other, on the texts
// a row's cuts give and on every cut of them.
func TestSharedWords(t *testing.T) {
	texts := []string{
		"", "InfoRequestParam0001trueFlags", "GenericModels.BanItemBan status", "customDatasCustomDataParam[]true",
		"iOSDeviceIdstringiOS", "IDs", "HTTPServerIDs", "Datas", "Idss", "a-b_c d", "PlayerÉtatData", "ÀlaCarte", "x9Y", "ABCdef", "aBC",
	}
	for _, other := range []string{"infoRequestParams", "playerBan", "customDatas", "iOSDeviceId", "idData", "httpServers", "étatData", ""} {
		set := map[string]bool{}
		for _, w := range Words(other) {
			set[w] = true
		}
		for _, s := range texts {
			for i := range len(s) + 1 {
				text := s[:i]
				want := 0
				for _, w := range Words(text) {
					if set[w] {
						want++
					}
				}
				if got := SharedWords(text, other); got != want {
					t.Errorf("SharedWords(%q, %q) = %d, want %d (words %q and %q)", text, other, got, want, Words(text), Words(other))
				}
			}
		}
	}
}

// TestLinesClean reads the characters scrapes leave: CRLF, non-breaking
// and other spaces, zero-width spaces and a byte order mark.
func TestLinesClean(t *testing.T) {
	got := Lines([]byte("\uFEFF# Title\u200b\r\n| a | b |\r\r\nKey. (6\u00a0-\u00a064\u202fcharacters)\rsoft\u00adhyphen"))
	want := []string{"# Title", "| a | b |", "Key. (6 - 64 characters)", "softhyphen"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Lines\n got %q\nwant %q", got, want)
	}
}

// TestSingleSpaced checks SingleSpaced against strings.Fields joined.
func TestSingleSpaced(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\u00a0b", "a\u2003 b", "number int", "é b", "a b c", "a\r"} {
		if got, want := SingleSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("SingleSpaced(%q) = %q, want %q", s, got, want)
		}
	}
}
