package pages

import (
	"strings"
	"testing"
)

// TestCountWords checks CountWords against counting the words Words
// returns, on the texts a row's cuts give and on every cut of them.
func TestCountWords(t *testing.T) {
	set := map[string]bool{"info": true, "request": true, "param": true, "player": true, "ban": true, "id": true, "data": true, "custom": true, "ios": true}
	for _, s := range []string{
		"", "InfoRequestParam0001trueFlags", "GenericModels.BanItemBan status", "customDatasCustomDataParam[]true",
		"iOSDeviceIdstringiOS", "IDs", "HTTPServerIDs", "Datas", "Idss", "a-b_c d", "PlayerÉtatData", "ÀlaCarte", "x9Y", "ABCdef", "aBC",
	} {
		for i := range len(s) + 1 {
			text := s[:i]
			want := 0
			for _, w := range Words(text) {
				if set[w] {
					want++
				}
			}
			if got := CountWords(text, set); got != want {
				t.Errorf("CountWords(%q) = %d, want %d (words %q)", text, got, want, Words(text))
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
