package pages

import "testing"

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

// TestIsHeaderName checks the header name rule against RFC 9110's tokens.
func TestIsHeaderName(t *testing.T) {
	for s, want := range map[string]bool{
		"Secret-Key": true, "Content-Type": true, "X-Api.Version_2": true, "kgAppId": true, "a|b~c": true, "!#$%&'*+^`": true,
		"": false, "Secret Key": false, "Key:": false, "Auth(ADMIN)": false, "\"quoted\"": false, "a/b": false, "é": false,
	} {
		if got := IsHeaderName(s); got != want {
			t.Errorf("IsHeaderName(%q) = %v, want %v", s, got, want)
		}
	}
}
