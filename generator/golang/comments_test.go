package golang

import (
	"strings"
	"testing"
)

func TestCommentLines(t *testing.T) {
	long := strings.Repeat("word ", 40)
	text := "First paragraph,\nwith a line break  and   spaces.\n\n\n\nSecond. " + long + "\n\nhttps://example.com/" + strings.Repeat("x", 100)
	lines := commentLines(text)
	want := []string{"First paragraph, with a line break and spaces.", "", "Second. " + strings.TrimSpace(long), "", "https://example.com/" + strings.Repeat("x", 100)}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("commentLines gave %q", lines)
	}
	if got := commentLines("  \n\n "); len(got) != 0 {
		t.Errorf("blank text gives %q", got)
	}
	// Text that is one line as it is comes back as it is; any other is
	// folded.
	for text, want := range map[string]string{
		"The email address. (6 - 64 characters)": "The email address. (6 - 64 characters)",
		"Non\u00a0breaking and\u2028separated":   "Non breaking and separated",
		"Tab\tand  double space.":                "Tab and double space.",
		" Leading and trailing ":                 "Leading and trailing",
		"Café":                                   "Café",
	} {
		if got := commentLines(text); len(got) != 1 || got[0] != want {
			t.Errorf("commentLines(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestIndefinite(t *testing.T) {
	for phrase, want := range map[string]string{
		"info":    "an info",
		"OPTIONS": "an OPTIONS",
		"update":  "an update",
		"login":   "a login",
		"GET":     "a GET",
		"user":    "a user",
		"unique":  "a unique",
		"unlink":  "an unlink",
	} {
		if got := Indefinite(phrase); got != want {
			t.Errorf("%q: got %q, want %q", phrase, got, want)
		}
	}
}
