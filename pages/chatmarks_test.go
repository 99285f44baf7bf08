package pages

import "testing"

// TestEmphasized reads a line in emphasis whole as a heading's title:
// Markdown's bold and a chat's *bold*, never a bullet or a star inside.
func TestEmphasized(t *testing.T) {
	for _, c := range []struct {
		line, want string
		ok         bool
	}{
		{"*Query Parameters*", "Query Parameters", true},
		{"**Response Body**", "Response Body", true},
		{"__Overview__", "Overview", true},
		{"*getStormWarnings GET*", "getStormWarnings GET", true},
		{"* item *", "* item *", false},
		{"*a* and *b*", "*a* and *b*", false},
		{"**", "**", false},
		{"Plain answer", "Plain answer", false},
	} {
		if got, ok := Emphasized(c.line); got != c.want || ok != c.ok {
			t.Errorf("Emphasized(%q) = %q, %v; want %q, %v", c.line, got, ok, c.want, c.ok)
		}
	}
}

// TestUnglued takes the fence marks glued to a code line off it, and
// leaves a fence of its own line, or a line with code spans, as it is.
func TestUnglued(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"```GET /weather/getStormWarnings```", "GET /weather/getStormWarnings"},
		{"```GET /weather/getStormWarnings?regionId=north-3 HTTP/1.1", "GET /weather/getStormWarnings?regionId=north-3 HTTP/1.1"},
		{"Host: game.gearn.io```", "Host: game.gearn.io"},
		{"```{", "{"},
		{"}```", "}"},
		{"```json", "```json"},
		{"```", "```"},
		{"``` x```", "``` x```"},
		{"use `a` or ```b```", "use `a` or ```b```"},
	} {
		if got := Unglued(c.line); got != c.want {
			t.Errorf("Unglued(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
