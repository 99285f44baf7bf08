package read

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/schema"
)

// TestMissedBounds is the safety net: a bound's word next to a number
// that no phrasing reads, nor warns of, is a missed bound quoting its
// phrase, with the override that sets it on the field; a number the
// grammar read, or warned of, and one with no bound's word next to it,
// are none.
func TestMissedBounds(t *testing.T) {
	for _, c := range []struct {
		typ, desc string
		want      string // "phrase => set", "" for none
	}{
		{"number int", "Seats. The limit is 100 per room.", `The limit is 100 per room => maximum: 100`},
		{"number int", "Seats. Maximum is roughly 100 today.", `Maximum is roughly 100 today => maximum: 100`},
		{"string", "Name. (Length: 20 or so)", `Length: 20 or so => minLength: <least>, maxLength: <greatest>`},
		{"string", "닉네임은 20자를 넘을 수 없습니다", `닉네임은 20자를 넘을 수 => minLength: <least>, maxLength: <greatest>`},
		{"string[]", "태그는 최대 10개를 넘을 수 없습니다", `태그는 최대 10개를 넘을 수 => maxItems: 10`},
		{"number int", "Seats. Size 4 min and a bound of 8 seats the hall allows for the longest of its tables", `Size 4 min and a bound of 8 seats => minimum: <least>, maximum: <greatest>`},
		{"number int", "Seats. Between one and 100 or so.", `Between one and 100 or so => minimum: <least>, maximum: <greatest>`},
		{"number int", "Seats, from zero to 20", `from zero to 20 => minimum: <least>, maximum: <greatest>`},
		{"number int", "Seats. (1 - 100 or so)", `1 - 100 or so => minimum: <least>, maximum: <greatest>`},
		{"string[]", "Tags. (about 10)", `about 10 => minItems: <least>, maxItems: <greatest>`},
		{"number int", "Seats, roughly 1 - 100", `roughly 1 - 100 => minimum: <least>, maximum: <greatest>`},
		{"number int", "Seats [1-100]", `Seats [1-100] => minimum: <least>, maximum: <greatest>`},
		{"string", "Code of digits [0-9]", `Code of digits [0-9] => minLength: <least>, maxLength: <greatest>`},
		{"string[]", "Pieces that came out cracked or dunted 40 items)", `40 items) => minItems: <least>, maxItems: <greatest>`},
		{"number", "The highest temper the pyrometer read (from 1100.0 to 132", `(from 1100.0 to 132 => minimum: <least>, maximum: <greatest>`},
		// No bound: a hedge in the prose alone, a class of characters.
		{"number int", "Seconds to wait, about 5 at first", ""},
		{"string", "Code of digits [0-9]+ or [0-9]{4}, or letters [a-z0-9]", ""},
		{"number int", "Seats, 100 or so in the hall", ""},
		// Warned of already, as unread.
		{"string[]", "Tags. Send 10 items or so per call.", ""},
		{"number int", "Seats. Min: 1, Max: 100 or the cap, whichever is lower.", ""},
		{"number int", "Seats. (Range: 1-100)", ""},
		{"string", "Name. (up to 20 characters) (default: 20 chars)", ""},
		{"number int", "Seats, within 20 characters", ""},
		{"number int", "Months, 3개월 단위", ""},
		{"number int", "Retries before the 3rd failure, 5 min apart", ""},
		{"string", "Token from OAuth 2 flow, see section 4 of RFC 6749", ""},
		{"string", "Digest as sha256 characters, see Param0001 items", ""},
	} {
		tt, _ := ParseType(c.typ)
		f := &schema.Field{Name: "f", Type: tt.Name, Array: tt.Array, Description: c.desc}
		un, err := Constrain(f)
		if err != nil {
			t.Errorf("%q: %v", c.desc, err)
			continue
		}
		var got []string
		for _, m := range un.Unread {
			if m.net {
				got = append(got, m.Text+" => "+m.Set)
			}
		}
		if g := strings.Join(got, " | "); g != c.want {
			t.Errorf("%s %q: missed %q, want %q", c.typ, c.desc, g, c.want)
		}
	}
}

// TestUnreadOnce warns once of a description's text that states a bound
// the grammar did not read, whichever way the net finds it: a text that
// looks like a constraint in no form the grammar reads, a bound's word
// next to a number that nothing read (with the override that sets it),
// and a text of both, which is warned of as the former alone.
func TestUnreadOnce(t *testing.T) {
	for _, c := range []struct {
		typ, desc, want string
	}{
		{"number int", "Level, 1 ~ 5 of v2.Item or more", `field f: "Level, 1 ~ 5 of v2.Item or more" looks like a constraint, but states it in no form the parser reads; the field gets no bound from it; write it in overrides as {object: T, field: f, minimum: <least>, maximum: <greatest>}`},
		{"number int", "Seats. The limit is 100 per room.", `field f: a bound the grammar did not read: "The limit is 100 per room"; write it in overrides as {object: T, field: f, maximum: 100}`},
		{"string[]", "Tags. Send 10 items or so per call.", `field f: "Send 10 items or so per call." looks like a constraint, but states it in no form the parser reads; the field gets no bound from it; write it in overrides as {object: T, field: f, minItems: <least>, maxItems: <greatest>}`},
		{"string", "Locale. Defaults to the player's.", `field f: "Defaults to the player's." looks like a constraint, but states it in no form the parser reads; the field gets no bound from it; write it in overrides as {object: T, field: f, default: <value>}`},
	} {
		tt, _ := ParseType(c.typ)
		f := &schema.Field{Name: "f", Type: tt.Name, Array: tt.Array, Description: c.desc}
		un, err := Constrain(f)
		if err != nil {
			t.Errorf("%q: %v", c.desc, err)
			continue
		}
		var got []string
		for _, u := range un.Unread {
			got = append(got, u.Message("field", f.Name, "object: T", ""))
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%s %q: warnings %q, want one: %q", c.typ, c.desc, got, c.want)
		}
	}
}

// unreadTexts are the texts of us.
func unreadTexts(us []Unread) []string {
	var out []string
	for _, u := range us {
		out = append(out, u.Text)
	}
	return out
}
