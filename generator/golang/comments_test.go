package golang

import (
	"strings"
	"testing"
)

func TestWrap(t *testing.T) {
	long := strings.Repeat("word ", 40)
	text := "First paragraph,\nwith a line break  and   spaces.\n\n\n\nSecond. " + long + "\n\nhttps://example.com/" + strings.Repeat("x", 100)
	lines := wrap(text)
	if lines[0] != "First paragraph, with a line break and spaces." || lines[1] != "" || !strings.HasPrefix(lines[2], "Second. word") {
		t.Errorf("wrap gave %q", lines)
	}
	for _, l := range lines[:len(lines)-1] {
		if len(l) > commentWidth {
			t.Errorf("line of %d characters: %q", len(l), l)
		}
	}
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "https://") {
		t.Errorf("a word longer than a line is not on a line of its own: %q", last)
	}
	if got := wrap("  \n\n "); len(got) != 0 {
		t.Errorf("blank text gives %q", got)
	}
	// Characters, not bytes, count towards the width.
	jp := wrap(strings.Repeat("端末 ", 20))
	if len(jp) != 1 {
		t.Errorf("59 characters (140 bytes) of Japanese took %d lines: %q", len(jp), jp)
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
