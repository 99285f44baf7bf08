package pages

import (
	"reflect"
	"testing"
)

// TestHyphenated keeps, from a page's lines as groff prints them, those
// whose words the typesetter broke with its hyphens (U+2010), where the
// page prints its words' own hyphens as "-"; and none where the page
// does not tell the two apart.
func TestHyphenated(t *testing.T) {
	for _, c := range []struct {
		name string
		raw  []string
		want Hyphenated
	}{{
		name: "breaks at a word's end, own hyphens as \"-\"",
		raw:  []string{"Content-Type   String", "Secret-   The Se\u2010", "Key       cret\u00a0key", "A list\u2010"},
		want: Hyphenated{2: "Secret-   The Se\u2010", 4: "A list\u2010"},
	}, {
		name: "a U+2010 between two letters: the text's hyphens print as the breaks'",
		raw:  []string{"Content\u2010Type", "The Se\u2010", "cret"},
	}, {
		name: "no hyphen of the text: how the page prints one is not told",
		raw:  []string{"The Se\u2010", "cret"},
	}, {
		name: "no break",
		raw:  []string{"Content-Type"},
	}} {
		t.Run(c.name, func(t *testing.T) {
			if got := hyphenated(c.raw); !reflect.DeepEqual(got, c.want) {
				t.Errorf("hyphenated = %q, want %q", got, c.want)
			}
		})
	}
}

// TestMarked gives a line as Hyphenated holds it where the page's line
// is still the text's, and the line itself where a pass changed it.
func TestMarked(t *testing.T) {
	text := ReadText("p.txt", []byte("Content-Type\nThe Se\u2010\ncret-\nKey\n"), &Reporter{})
	src := Source{Lines: text.Lines, At: text.At, Hyphenated: text.Hyphenated}
	want := []string{"Content-Type", "The Se\u2010", "cret-", "Key", ""}
	for i, w := range want {
		if got := src.Marked(i); got != w {
			t.Errorf("Marked(%d) = %q, want %q", i, got, w)
		}
	}
	src.Lines = append([]string{}, src.Lines...)
	src.Lines[1] = "The Se- cret"
	if got := src.Marked(1); got != "The Se- cret" {
		t.Errorf("Marked(1) of a changed line = %q, want the line", got)
	}
}

// TestJoinHyphen reads the hyphen that ends a line as the page writes the
// word elsewhere: the wrap's, dropped; the word's, kept; or a guess.
func TestJoinHyphen(t *testing.T) {
	lines := []string{"Authorization: KakaoAK", "BondGoal", "X-Request-Id: 1", "Character level"}
	for _, c := range []struct {
		before, after, want string
		reading             HyphenReading
	}{
		{"Authoriza-", "tion", "Authorization", WrapHyphen},
		{"List<Bond-", "Goal>", "List<BondGoal>", WrapHyphen},
		{"X-Request-", "Id", "X-Request-Id", OwnHyphen},
		{"Lowest char-", "acter level", "Lowest character level", WrapHyphen},
		{"(com-", "bat, craft-", "(combat, craft-", GuessedHyphen},
	} {
		got, reading := JoinHyphen(lines, c.before, c.after)
		if got != c.want || reading != c.reading {
			t.Errorf("JoinHyphen(%q, %q) = %q, %d; want %q, %d", c.before, c.after, got, reading, c.want, c.reading)
		}
	}
}
