package read

import (
	"errors"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/schema"
)

// Constrain reads the constraints f's description states into f, as the
// readers do in two steps: ReadConstraints, then Apply.
func Constrain(f *schema.Field) (Unapplied, error) {
	return ReadConstraints(f.Description).Apply(f)
}

func TestConstrain(t *testing.T) {
	ip := func(n int) *int { return &n }
	fp := func(x float64) *float64 { return &x }
	for _, c := range []struct {
		typ, desc string
		want      schema.Field // only the constraints are compared
		err       string
	}{
		{typ: "string", desc: "Id. (10 characters)", want: schema.Field{MinLength: ip(10), MaxLength: ip(10)}},
		{typ: "string", desc: "Password. (6 - 64 characters)", want: schema.Field{MinLength: ip(6), MaxLength: ip(64)}},
		{typ: "string", desc: "One. (1 character)", want: schema.Field{MinLength: ip(1), MaxLength: ip(1)}},
		{typ: "string", desc: "Id, its non-breaking spaces dropped by unrtf. (12characters)", want: schema.Field{MinLength: ip(12), MaxLength: ip(12)}},
		{typ: "string[]", desc: "Keys. (1 -20items)", want: schema.Field{MinItems: ip(1), MaxItems: ip(20)}},
		{typ: "number", desc: "Hours, unrtf. (from0to720.5)", want: schema.Field{Minimum: fp(0), Maximum: fp(720.5)}},
		{typ: "string[]", desc: "Keys. (1 - 32 elements)", want: schema.Field{MinItems: ip(1), MaxItems: ip(32)}},
		{typ: "Slot[]", desc: "Slots of the outfit, 1 ~ 8 items A slot can be listed once", want: schema.Field{MinItems: ip(1), MaxItems: ip(8)}},
		{typ: "string", desc: "Name, up to 24 characters Shown to friends", want: schema.Field{MaxLength: ip(24)}},
		{typ: "CustomDataParam[]", desc: "Data. (1 - 32 elements)", want: schema.Field{MinItems: ip(1), MaxItems: ip(32)}},
		{typ: "GNArray", desc: "List. (0 - 10 elements)", want: schema.Field{MinItems: ip(0), MaxItems: ip(10)}},
		{typ: "number int", desc: "Limit. (from 1 to 100)", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "number", desc: "Skip. (from 0)", want: schema.Field{Minimum: fp(0)}},
		{typ: "number", desc: "Ratio. (from -0.5 to 0.5)", want: schema.Field{Minimum: fp(-0.5), Maximum: fp(0.5)}},
		{typ: "number", desc: "Count. (up to 20)", want: schema.Field{Maximum: fp(20)}},
		{typ: "number int", desc: "Limit. (from 1 to 100) (Default: 10)", want: schema.Field{Minimum: fp(1), Maximum: fp(100), Default: 10}},
		{typ: "number int", desc: "Level. (1 ~ 1,000, default: 1)", want: schema.Field{Minimum: fp(1), Maximum: fp(1000), Default: 1}},
		{typ: "number int", desc: "Gold, up to 10,000,000", want: schema.Field{Maximum: fp(10000000)}},
		{typ: "number int", desc: "Gold. (1,000 - 2,000)", want: schema.Field{Minimum: fp(1000), Maximum: fp(2000)}},
		{typ: "number int", desc: "Gold. (between 1\u00a0000 and 10\u202f000)", want: schema.Field{Minimum: fp(1000), Maximum: fp(10000)}},
		{typ: "string", desc: "Text. (1 000 - 10 000 characters)", want: schema.Field{MinLength: ip(1000), MaxLength: ip(10000)}},
		{typ: "number int", desc: "Gold. (Default: 1,500)", want: schema.Field{Default: 1500}},
		{typ: "number", desc: "Amount. (Default: 2.5)", want: schema.Field{Default: 2.5}},
		{typ: "boolean", desc: "Force. (Default: false)", want: schema.Field{Default: false}},
		{typ: "boolean", desc: "Force. (Default: True)", want: schema.Field{Default: true}},
		{typ: "string", desc: "Name. (Default: \"guest\")", want: schema.Field{Default: "guest"}},
		{typ: "string in a | b", desc: "Mode. (Default: b)", want: schema.Field{Values: []string{"a", "b"}, Default: "b"}},
		{typ: "any", desc: "Value. (Default: 3)", want: schema.Field{Default: 3}},
		{typ: "string", desc: "Name. (Default: null)"},
		{typ: "GNHashtable", desc: "Data."},
		{typ: "string", desc: "Reason. (up to 256 characters)", want: schema.Field{MaxLength: ip(256)}},
		{typ: "string", desc: "Reason. (max 256 characters)", want: schema.Field{MaxLength: ip(256)}},
		{typ: "string", desc: "Note. pilotNote is limited to 60 characters.", want: schema.Field{MaxLength: ip(60)}},
		{typ: "string", desc: "기부 메시지 (최대 50자)", want: schema.Field{MaxLength: ip(50)}},
		{typ: "string", desc: "닉네임 (2자 이상, 12자 이하)", want: schema.Field{MinLength: ip(2), MaxLength: ip(12)}},
		{typ: "number int", desc: "조회할 개수 (최소 1, 최대 100)", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "string", desc: "Reason. (max. 256 chars)", want: schema.Field{MaxLength: ip(256)}},
		{typ: "string", desc: "Reason. (at most 256 characters)", want: schema.Field{MaxLength: ip(256)}},
		{typ: "string", desc: "Reason. (≤ 256 characters)", want: schema.Field{MaxLength: ip(256)}},
		{typ: "string", desc: "Reason. (256 characters or less)", want: schema.Field{MaxLength: ip(256)}},
		{typ: "string", desc: "Reason. (maximum length 256 characters)", want: schema.Field{MaxLength: ip(256)}},
		{typ: "string", desc: "Name. (at least 3 characters)", want: schema.Field{MinLength: ip(3)}},
		{typ: "string", desc: "Code. (6\u00a0-\u00a064\u00a0characters)", want: schema.Field{MinLength: ip(6), MaxLength: ip(64)}},
		{typ: "string", desc: "Name. (3 to 16 characters, default: guest)", want: schema.Field{MinLength: ip(3), MaxLength: ip(16), Default: "guest"}},
		{typ: "string[]", desc: "Tags. (up to 5 elements)", want: schema.Field{MaxItems: ip(5)}},
		{typ: "string[]", desc: "Tags. (at most 5 items)", want: schema.Field{MaxItems: ip(5)}},
		{typ: "number", desc: "Scale. (between 0.5 and 2.5)", want: schema.Field{Minimum: fp(0.5), Maximum: fp(2.5)}},
		{typ: "number", desc: "Scale. (-1000.5 ~ 1000.5)", want: schema.Field{Minimum: fp(-1000.5), Maximum: fp(1000.5)}},
		{typ: "number int", desc: "Count. (max 50)", want: schema.Field{Maximum: fp(50)}},
		{typ: "number int", desc: "Count. (≥ 1)", want: schema.Field{Minimum: fp(1)}},
		{typ: "number int", desc: "Items per page, 1 ~ 100 (default: 20)", want: schema.Field{Minimum: fp(1), Maximum: fp(100), Default: 20}},
		{typ: "boolean", desc: "Create it. Defaults to false. (Default: false)", want: schema.Field{Default: false}},
		{typ: "boolean", desc: "Create it. Defaults to true.", want: schema.Field{Default: true}},
		{typ: "number", desc: "Scale. Defaults to 2.5. Set it to scale.", want: schema.Field{Default: 2.5}},
		{typ: "string", desc: "Mode. Default is whatever the server says."},
		{typ: "number int", desc: "Count. (from 1 to 10) Default: 3", want: schema.Field{Minimum: fp(1), Maximum: fp(10), Default: 3}},
		{typ: "string", desc: "Period (daily, weekly, season) (default: weekly)", want: schema.Field{Default: "weekly"}},
		{typ: "string", desc: "Name (e.g. 2024-01-01)"},
		{typ: "string[]", desc: "Colors of the sail as hex codes, 1 ~ 4 items e.g. #FF0000", want: schema.Field{MinItems: ip(1), MaxItems: ip(4)}},
		{typ: "string", desc: "Nickname, 2 ~ 12 characters i.e. letters and digits", want: schema.Field{MinLength: ip(2), MaxLength: ip(12)}},
		{typ: "string", desc: "Id (see ReturnCode, from the login)"},
		{typ: "string", desc: "Name. (up to 256 characters)  (Default: \"toolong\")", want: schema.Field{MaxLength: ip(256), Default: "toolong"}},
		{typ: "string", desc: "Name. (up to 3 characters) (Default: \"toolong\")", err: `does not have the length its description states`},
		{typ: "string", desc: "Name. (3 characters or more)", want: schema.Field{MinLength: ip(3)}},
		{typ: "string", desc: "Name. (2.5 characters)", err: `field f: "(2.5 characters)": 2.5 is not a count`},
		{typ: "number", desc: "Scale. (max 2.5 characters)", err: `a length in characters, which only a string has`},

		// Bounds in words, in parentheses or in the prose.
		{typ: "number int", desc: "Characters per code, between 8 and 16 (default: 12)", want: schema.Field{Minimum: fp(8), Maximum: fp(16), Default: 12}},
		{typ: "number int", desc: "Characters per code, between\u00a08\u00a0and\u00a016", want: schema.Field{Minimum: fp(8), Maximum: fp(16)}},
		{typ: "string[]", desc: "Topics the device subscribes to, at most 10 items", want: schema.Field{MaxItems: ip(10)}},
		{typ: "string[]", desc: "Topics the device subscribes to at most 10 items.", want: schema.Field{MaxItems: ip(10)}},
		{typ: "string", desc: "A name of up to 16 characters.", want: schema.Field{MaxLength: ip(16)}},
		{typ: "string", desc: "The message, up to 200 characters long. Plain text.", want: schema.Field{MaxLength: ip(200)}},
		{typ: "string", desc: "The message, no more than 200 characters", want: schema.Field{MaxLength: ip(200)}},
		{typ: "string", desc: "Reason. (no longer than 256 characters)", want: schema.Field{MaxLength: ip(256)}},
		{typ: "string", desc: "Nickname, at least 2 characters", want: schema.Field{MinLength: ip(2)}},
		{typ: "string[]", desc: "Ids, 1 or more items", want: schema.Field{MinItems: ip(1)}},
		{typ: "number int", desc: "Level, 10 or more", want: schema.Field{Minimum: fp(10)}},
		{typ: "number int", desc: "Amount, ≤ 500", want: schema.Field{Maximum: fp(500)}},
		{typ: "number int", desc: "Amount, ≤500.", want: schema.Field{Maximum: fp(500)}},
		{typ: "number int", desc: "Amount. (≤ 500)", want: schema.Field{Maximum: fp(500)}},
		{typ: "number", desc: "Price, from 0.01 to 99.99", want: schema.Field{Minimum: fp(0.01), Maximum: fp(99.99)}},
		{typ: "number int", desc: "Rank, from 1"},
		{typ: "number int", desc: "Version of the terms the player saw, from 1. Optional."},
		{typ: "number int", desc: "Servers the data is copied from 3 regions"},
		{typ: "string[]", desc: "Ids, each 1 - 32 characters", want: schema.Field{MinLength: ip(1), MaxLength: ip(32)}},
		{typ: "string[]", desc: "Characters to move. (1 - 3 characters)", err: "may be the length of each element or the number of elements"},
		{typ: "string[]", desc: "Names, up to 16 letters", err: "set maxLength or maxItems with an override"},
		{typ: "number", desc: "Price. (from 0.01)", want: schema.Field{Minimum: fp(0.01)}},
		{typ: "string", desc: "Name, 1~64 characters", want: schema.Field{MinLength: ip(1), MaxLength: ip(64)}},
		{typ: "string", desc: "Name (1~64 characters)", want: schema.Field{MinLength: ip(1), MaxLength: ip(64)}},
		{typ: "string", desc: "Name, 1 to 64 characters", want: schema.Field{MinLength: ip(1), MaxLength: ip(64)}},
		{typ: "number int", desc: "Page size, 1 to 64", want: schema.Field{Minimum: fp(1), Maximum: fp(64)}},
		{typ: "number int", desc: "Entries to skip. At least 0.; defaults to 0 when omitted.", want: schema.Field{Minimum: fp(0), Default: 0}},
		{typ: "number int", desc: "Page size, max 50", want: schema.Field{Maximum: fp(50)}},
		{typ: "number int", desc: "Page size, maximum: 50", want: schema.Field{Maximum: fp(50)}},
		{typ: "number int", desc: "Page size, minimum 1", want: schema.Field{Minimum: fp(1)}},
		{typ: "number int", desc: "Retries; not more than 5", want: schema.Field{Maximum: fp(5)}},
		{typ: "string", desc: "A code of 10 characters", want: schema.Field{MinLength: ip(10), MaxLength: ip(10)}},
		{typ: "number int", desc: "Hours. (1~72) (default 24)", want: schema.Field{Minimum: fp(1), Maximum: fp(72), Default: 24}},
		{typ: "number int", desc: "Payments per page, 1\u00a0~\u00a0100 (default: 20)", want: schema.Field{Minimum: fp(1), Maximum: fp(100), Default: 20}},
		{typ: "number int", desc: "Set to 0 to turn it off."},
		{typ: "number int", desc: "Available from version 2"},
		{typ: "string", desc: "A date, 2024-01-01"},
		{typ: "number", desc: "Ratio. (from -0.5 to 0.5)", want: schema.Field{Minimum: fp(-0.5), Maximum: fp(0.5)}},

		{typ: "string", desc: "기부 메시지 (최대 50자)", want: schema.Field{MaxLength: ip(50)}},
		{typ: "number int", desc: "조회할 개수 (1 이상)", want: schema.Field{Minimum: fp(1)}},

		{typ: "string[]", desc: "Recipient player IDs, 1 ~ 100 players", want: schema.Field{MinItems: ip(1), MaxItems: ip(100)}},

		// Sentences a tool ran together with no space (html5lib's
		// itertext() of a cell's two <p>s or a <br>).
		{typ: "number", desc: "Share of essence in the blend, 0.05 ~ 0.40 (default: 0.15)Higher is stronger, and uses more essence.", want: schema.Field{Minimum: fp(0.05), Maximum: fp(0.4), Default: 0.15}},
		{typ: "number", desc: "Share of essence, 0.05 ~ 0.40.Higher is stronger.", want: schema.Field{Minimum: fp(0.05), Maximum: fp(0.4)}},
		{typ: "number int", desc: "Formulas per page, 1 ~ 100 (see paging)Defaults to 25.", want: schema.Field{Minimum: fp(1), Maximum: fp(100), Default: 25}},
		{typ: "number", desc: "Strength of the breath, 0.1 ~ 1.0 (default: 0.6) Too strong a breath can burst a thin piece", want: schema.Field{Minimum: fp(0.1), Maximum: fp(1), Default: 0.6}},
		{typ: "number int", desc: "Turns, 1 ~ 40 (1 ~ 40, default: 12) Each turn cools it", want: schema.Field{Minimum: fp(1), Maximum: fp(40), Default: 12}},
		{typ: "string", desc: "Text on the label, up to 24 characters.Shown on the bottle", want: schema.Field{MaxLength: ip(24)}},
		{typ: "string[]", desc: "Notes of the perfume, 3 ~ 9 notes.Each is a note ID", want: schema.Field{MinItems: ip(3), MaxItems: ip(9)}},
		// A count or a range that begins a cell's second paragraph, a
		// tool having run it into the word before it (Mojo::DOM's
		// all_text of two <p>s).
		{typ: "string[]", desc: "Filters used1 ~ 4 items", want: schema.Field{MinItems: ip(1), MaxItems: ip(4)}},
		{typ: "Sketch[]", desc: "Sketches of the comet1 ~ 3 items", want: schema.Field{MinItems: ip(1), MaxItems: ip(3)}},
		{typ: "number[]", desc: "Right ascension and declination in degrees2 items", want: schema.Field{MinItems: ip(2), MaxItems: ip(2)}},
		{typ: "number", desc: "Faintest magnitude returned-2.5 ~ 12.0 (default: 6.5)", want: schema.Field{Minimum: fp(-2.5), Maximum: fp(12), Default: 6.5}},
		{typ: "number", desc: "Share of the fee the player pays0.0 – 1.0 (default: 1.0)", want: schema.Field{Minimum: fp(0), Maximum: fp(1), Default: 1.0}},
		{typ: "string", desc: "Name shown to friends24 characters", want: schema.Field{MinLength: ip(24), MaxLength: ip(24)}},
		{typ: "number int", desc: "Players in the party2 ~ 8", want: schema.Field{Minimum: fp(2), Maximum: fp(8)}},
		{typ: "string", desc: "Digest of the file, as Base64 characters"},
		{typ: "string", desc: "Name, in utf8 bytes"},
		{typ: "number", desc: "Scale of the Generic.Item, 0.5 ~ 2.5", want: schema.Field{Minimum: fp(0.5), Maximum: fp(2.5)}},
		{typ: "number int", desc: "Rarity, 1 ~ 5 as of v1.2"},
		{typ: "number int", desc: "Timeout, 5 - 60 seconds", want: schema.Field{Minimum: fp(5), Maximum: fp(60)}},
		{typ: "number int", desc: "Retries, up to 3 times", want: schema.Field{Maximum: fp(3)}},
		// The words that open a bound with its number run into them, a
		// non-breaking space dropped or a cell's lines joined with
		// nothing: read as the words say, never as a count that begins a
		// paragraph ("Maximum, 200 characters", exactly 200).
		{typ: "string", desc: "Reason written to the audit log. (Maximum200 characters)", want: schema.Field{MaxLength: ip(200)}},
		{typ: "string", desc: "Reason, max200 characters", want: schema.Field{MaxLength: ip(200)}},
		{typ: "string", desc: "Reason. (MAX200 characters)", want: schema.Field{MaxLength: ip(200)}},
		{typ: "string", desc: "Name. (Minimum1 character)", want: schema.Field{MinLength: ip(1)}},
		{typ: "string", desc: "Name, at least2 characters", want: schema.Field{MinLength: ip(2)}},
		{typ: "string", desc: "Reason. (up to200 characters)", want: schema.Field{MaxLength: ip(200)}},
		{typ: "string", desc: "Reason, no more than200 characters", want: schema.Field{MaxLength: ip(200)}},
		{typ: "string", desc: "Reason. (maximum of200 characters)", want: schema.Field{MaxLength: ip(200)}},
		{typ: "string", desc: "기부 메시지 (최대50자)", want: schema.Field{MaxLength: ip(50)}},
		{typ: "number int", desc: "Page size. (Maximum200)", want: schema.Field{Maximum: fp(200)}},
		{typ: "number int", desc: "Page size, max50", want: schema.Field{Maximum: fp(50)}},
		{typ: "string[]", desc: "Tags, up to5 items", want: schema.Field{MaxItems: ip(5)}},
		{typ: "number int", desc: "Tier. (between1 and 5)", want: schema.Field{Minimum: fp(1), Maximum: fp(5)}},
		{typ: "string", desc: "Digest of the file as sha256 characters, see Param0001"},

		// Bounds without a unit on an array of other values than numbers
		// count its elements: it has no range of values.
		{typ: "SkillUse[]", desc: "Skills the character used, at most 30", want: schema.Field{MaxItems: ip(30)}},
		{typ: "string[]", desc: "Tags, 1 or more", want: schema.Field{MinItems: ip(1)}},
		{typ: "Reward[]", desc: "Rewards (0 or more)", want: schema.Field{MinItems: ip(0)}},
		{typ: "Reward[]", desc: "Rewards (from 1)", want: schema.Field{MinItems: ip(1)}},
		{typ: "boolean[]", desc: "Flags. (1 - 8)", want: schema.Field{MinItems: ip(1), MaxItems: ip(8)}},
		{typ: "Reward[]", desc: "Rewards, up to 10 entries", want: schema.Field{MaxItems: ip(10)}},
		{typ: "Reward[]", desc: "Rewards, 1 or more rewards", want: schema.Field{MinItems: ip(1)}},
		{typ: "number int[]", desc: "Ids, 1 or more players", want: schema.Field{MinItems: ip(1)}},
		{typ: "number int", desc: "Party size, 2 or more players", want: schema.Field{Minimum: fp(2)}},
		{typ: "Reward[]", desc: "Rewards (1 - 5 items) (up to 10)", err: `field f is Reward[], but its description states "(up to 10)", a range of values, which only a number has`},
		{typ: "number int", desc: "Retry 3 times"},

		// Defaults in words.
		{typ: "string", desc: "Locale. Defaults to en-US when omitted", want: schema.Field{Default: "en-US"}},
		{typ: "string", desc: "Locale. Defaults to en-US if not specified.", want: schema.Field{Default: "en-US"}},
		{typ: "number int", desc: "Hours (default 24)", want: schema.Field{Default: 24}},
		{typ: "string", desc: "Zone. Default: utc", want: schema.Field{Default: "utc"}},
		{typ: "string", desc: "Zone. (Default value: utc)", want: schema.Field{Default: "utc"}},
		{typ: "boolean", desc: "Force. defaults to true", want: schema.Field{Default: true}},
		{typ: "number int", desc: "Limit. (10 by default)", want: schema.Field{Default: 10}},
		{typ: "boolean", desc: "Sorted by date by default."},

		{typ: "number", desc: "Id. (6 - 64 characters)", err: `field f is number, but its description states "(6 - 64 characters)", a length in characters, which only a string has`},
		{typ: "string", desc: "Tags. (1 - 32 elements)", err: `field f is string, but its description states "(1 - 32 elements)", a number of elements, which only an array has`},
		{typ: "GNHashtable", desc: "Data. (32 - 1 entries)", err: `field f: "(32 - 1 entries)": the least count 32 is above the greatest 1`},
		{typ: "string", desc: "Limit. (from 1 to 100)", err: `field f is string, and its description states "(from 1 to 100)", a bound without a unit, which a string has only of its length in characters: state it as "(… characters)" on the page, or set minLength and maxLength with an override`},
		{typ: "Reward", desc: "Reward. (from 1 to 100)", err: `field f is Reward, but its description states "(from 1 to 100)", a range of values, which only a number has`},
		{typ: "number int[]", desc: "Ids, at most 30", err: `field f is integer[], and its description states "at most 30", a bound without a unit, which may count its elements or range each of them: state it as "(… elements)" or "(from … to …)" on the page, or set maxItems or maximum with an override`},
		{typ: "number[]", desc: "Scores (from 0)", err: `which may count its elements or range each of them`},
		{typ: "number", desc: "Limit. (from 10 to 1)", err: `field f: "(from 10 to 1)" has its lower bound above its upper bound`},
		{typ: "string", desc: "Id. (64 - 6 characters)", err: `field f: "(64 - 6 characters)": the least count 64 is above the greatest 6`},
		{typ: "string[]", desc: "Ids. (99999999999999999999 elements)", err: `"(99999999999999999999 elements)": 99999999999999999999 is too large`},
		{typ: "number int", desc: "Limit. (from 1 to 100) (Default: 0)", err: `field f: "(Default: 0)" is outside "(from 1 to 100)"`},
		{typ: "string in a | b", desc: "Mode. (Default: c)", err: `field f: "(Default: c)" is not one of its values a | b`},
		{typ: "string", desc: "Code. (6 characters) (Default: abc)", err: `"(Default: abc)" does not have the length its description states`},
	} {
		tt, ok := ParseType(c.typ)
		if !ok {
			t.Fatalf("parseType(%q) failed", c.typ)
		}
		f := &schema.Field{Name: "f", Type: tt.Name, Array: tt.Array, Values: tt.Values, Description: c.desc}
		un, err := Constrain(f)
		if m := slices.Concat(un.Misplaced, un.Open); err == nil && len(m) > 0 {
			err = errors.New(m[0])
		}
		switch {
		case c.err != "":
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s %q: error %v, want one containing %q", c.typ, c.desc, err, c.err)
			}
			continue
		case err != nil:
			t.Errorf("%s %q: %v", c.typ, c.desc, err)
			continue
		}
		c.want.Name, c.want.Type, c.want.Array, c.want.Description = f.Name, f.Type, f.Array, f.Description
		if c.want.Values == nil {
			c.want.Values = f.Values
		}
		if !reflect.DeepEqual(*f, c.want) {
			t.Errorf("%s %q:\n got %s\nwant %s", c.typ, c.desc, Stated(f), Stated(&c.want))
		}
	}
}

// TestHashtableEntries reads a number of entries of a hashtable as a
// bound the schema has no place for: listed in Unrepresented, quoting
// the description, and applied to nothing.
func TestHashtableEntries(t *testing.T) {
	for _, desc := range []string{"Arguments. (0 - 32 entries)", "Data. (1 - 32 elements)", "Data. (up to 8 items)"} {
		f := &schema.Field{Name: "f", Type: schema.Hashtable, Description: desc}
		un, err := Constrain(f)
		if err != nil || len(un.Misplaced) > 0 || len(un.Unrepresented) != 1 || !strings.Contains(un.Unrepresented[0], "field f is a hashtable") {
			t.Errorf("%q: unrepresented %q, misplaced %q, error %v; want one unrepresented bound", desc, un.Unrepresented, un.Misplaced, err)
		}
		if f.MinItems != nil || f.MaxItems != nil {
			t.Errorf("%q: a hashtable gets a number of elements", desc)
		}
	}
}

// TestMisplacedInProse tells a bound the field's type cannot have in
// parentheses, the form a page states its fields' bounds in (Misplaced),
// from one that ends a clause of the prose, which may bound another
// thing the clause names (Aside): each quoted, and neither applied.
func TestMisplacedInProse(t *testing.T) {
	for _, c := range []struct {
		typ, desc        string
		misplaced, aside string
	}{
		{typ: "CutMethod", desc: "How the crews cut the ice. Blast needs a claim of level 3 or more. See CutMethod", aside: `field f is CutMethod, and a sentence of its description states "3 or more", a range of values, which only a number has: read as a bound of another thing the sentence names`},
		{typ: "boolean", desc: "Whether to rush. Rushing needs a rank of at least 10.", aside: `"at least 10", a range of values`},
		{typ: "number", desc: "The crew's rank. Crews name it in up to 12 characters.", aside: `"up to 12 characters", a length in characters`},
		{typ: "string", desc: "The crew's banner. A crew holds at most 8 items.", aside: `"at most 8 items", a number of elements`},
		{typ: "CutMethod", desc: "How the crews cut the ice. (1 - 5)", misplaced: `field f is CutMethod, but its description states "(1 - 5)", a range of values, which only a number has`},
		{typ: "CutMethod", desc: "How the crews cut the ice (3 or more).", misplaced: `"(3 or more)", a range of values`},
		{typ: "number", desc: "The crew's rank. (up to 12 characters)", misplaced: `"(up to 12 characters)", a length in characters`},
	} {
		tt, ok := ParseType(c.typ)
		if !ok {
			t.Fatalf("parseType(%q) failed", c.typ)
		}
		f := &schema.Field{Name: "f", Type: tt.Name, Array: tt.Array, Description: c.desc}
		un, err := Constrain(f)
		if err != nil {
			t.Errorf("%s %q: %v", c.typ, c.desc, err)
			continue
		}
		for _, l := range []struct {
			name string
			got  []string
			want string
		}{{"misplaced", un.Misplaced, c.misplaced}, {"aside", un.Aside, c.aside}} {
			if l.want == "" && len(l.got) > 0 || l.want != "" && (len(l.got) != 1 || !strings.Contains(l.got[0], l.want)) {
				t.Errorf("%s %q: %s %q, want one containing %q", c.typ, c.desc, l.name, l.got, l.want)
			}
		}
		if f.Minimum != nil || f.Maximum != nil || f.MinLength != nil || f.MaxLength != nil || f.MinItems != nil || f.MaxItems != nil {
			t.Errorf("%s %q: a bound applied: %s", c.typ, c.desc, Stated(f))
		}
	}
}

// TestUnreadConstraints lists texts that look like constraints in no form
// the grammar reads: each is reported, none read.
func TestUnreadConstraints(t *testing.T) {
	for desc, want := range map[string]string{
		"Reason. (256 characters at the very most)":                 "(256 characters at the very most)",
		"Tags. (several, up to a dozen or so items 12)":             "(several, up to a dozen or so items 12)",
		"A name of up to 16 characters or so.":                      "A name of up to 16 characters or so.",
		"Tags, up to 10 items per page":                             "Tags, up to 10 items per page",
		"Nickname, 1 ~ 100 players":                                 "",
		"Level 1 ~ 5 of the player":                                 "Level 1 ~ 5 of the player",
		"Ids, at least 1 and at most 32 items":                      "at least 1 and at most 32 items",
		"Level, between 1 and the cap":                              "Level, between 1 and the cap",
		"Locale. Defaults to the player's.":                         "Defaults to the player's.",
		"Mode. Default is whatever the server says.":                "",
		"Mode. (defaults to the server's, 3 or more)":               "(defaults to the server's, 3 or more)",
		"Mode. The default: a then b. (Default: c)":                 "The default: a then b",
		"Level. (1 ~ 1,00)":                                         "(1 ~ 1,00)",
		"Level. (1 ~ 1,0000, default: 1)":                           "(1 ~ 1,0000, default: 1)",
		"Ratio. (0 - 2,5)":                                          "(0 - 2,5)",
		"Gold. (up to 1.000.000)":                                   "(up to 1.000.000)",
		"Level, 1 ~ 1,00":                                           "Level, 1 ~ 1,00",
		"Rank, from 1":                                              "from 1",
		"Version of the terms the player saw, from 1":               "from 1",
		"Rank, from 1, the first place":                             "from 1",
		"Servers, copied from 3 regions":                            "",
		"Level, 1 ~ 5 (default: 1)Higher is rarer":                  "",
		"Level, 1 ~ 5 of v2.Item or more":                           "Level, 1 ~ 5 of v2.Item or more",
		"Level, 1 ~ 5 (see the table) Kakao sets it":                "Level, 1 ~ 5   Kakao sets it",
		"Filters used ~ 4 items":                                    "Filters used ~ 4 items",
		"Filters used - 4 items":                                    "Filters used - 4 items",
		"Level, ~ 4":                                                "Level, ~ 4",
		"Player ID32 characters":                                    "Player ID32 characters",
		"The highest temper the pyrometer read (from 1100.0 to 132": "(from 1100.0 to 132",
		"Rank (from the top":                                        "",
		"Pieces that came out cracked or dunted 40 items)":          "40 items)",
		"Pieces that came out cracked - 40 items)":                  "- 40 items)",
		"Pieces, up to 40 items) See the shelf":                     "up to 40 items)",
		"Pieces (see the shelf) and their glaze)":                   "",
	} {
		c := ReadConstraints(desc)
		got := strings.Join(unreadTexts(c.Unread), " ")
		if got != want {
			t.Errorf("ReadConstraints(%q).Unread = %q, want %q", desc, got, want)
		}
	}
}

// FuzzConstrain reads any description for a field of any type: no panic,
// and what it reads is consistent: each bound on the kind of field that
// has it, no least above its greatest, no unread text empty.
func FuzzConstrain(f *testing.F) {
	for _, s := range []string{
		"(6 - 64 characters)", "(up to 256 characters)", "(≤ 5 items)", "(from -0.5 to 0.5)", "1 ~ 100 (default: 20)",
		"Defaults to false.", "(between 3 and 1 elements)", "(no longer than 64 characters)", "(Default: \"a\")", "(max. 9 chars, default: x)",
		"Characters per code, between 8 and 16", "Topics, at most 10 items.", "Recipients, 1 ~ 100 players", "Defaults to en-US when omitted",
		"Ids, at least 1 and at most 32 items", "Rank, from 1", "(10 by default)", "최대 50자",
		"Version, from 1, the first", "Ids, each 1 - 32 characters", "Servers, copied from 3 regions",
		"(1 ~ 1,000, default: 1)", "(1 000 - 10 000 characters)", "Gold, up to 10,000,000", "(1 ~ 1,00)", "(up to 1.000.000)",
		"Colors, 1 ~ 4 items e.g. #FF0000", "Name, 2 ~ 12 characters i.e. letters",
		"Share, 0.05 ~ 0.40 (default: 0.15)Higher is stronger.", "Level, 1 ~ 5.Higher is rarer", "Kind of the Generic.Item, v1.2",
	} {
		for _, typ := range []string{"string", "number int", "number", "boolean", "string[]", "Foo[]"} {
			f.Add(typ, s)
		}
	}
	f.Fuzz(func(t *testing.T, typ, desc string) {
		tt, ok := ParseType(typ)
		if !ok {
			return
		}
		fd := &schema.Field{Name: "f", Type: tt.Name, Array: tt.Array, Values: tt.Values, Description: desc}
		un, err := Constrain(fd)
		if err != nil {
			return
		}
		switch {
		case (fd.MinLength != nil || fd.MaxLength != nil) && fd.Type != schema.String:
			t.Errorf("%q: a length on a %s", desc, TypeName(fd))
		case (fd.MinItems != nil || fd.MaxItems != nil) && !fd.Array:
			t.Errorf("%q: an element count on a %s", desc, TypeName(fd))
		case (fd.Minimum != nil || fd.Maximum != nil) && fd.Type != schema.Number && fd.Type != schema.Integer:
			t.Errorf("%q: a range of values on a %s", desc, TypeName(fd))
		case fd.MinLength != nil && fd.MaxLength != nil && *fd.MinLength > *fd.MaxLength,
			fd.MinItems != nil && fd.MaxItems != nil && *fd.MinItems > *fd.MaxItems,
			fd.Minimum != nil && fd.Maximum != nil && *fd.Minimum > *fd.Maximum:
			t.Errorf("%q: a least above its greatest: %s", desc, Stated(fd))
		}
		for _, u := range append(unreadTexts(un.Unread), un.Misplaced...) {
			if strings.TrimSpace(u) == "" {
				t.Errorf("%q: an empty unread text", desc)
			}
		}
	})
}

// TestUnfitDefaults lists defaults in words that are no value of the
// field's type: each is left out with a message that gives the override,
// none refuses the field.
func TestUnfitDefaults(t *testing.T) {
	for _, c := range []struct{ typ, desc, want string }{
		{"number int", "End of the period (epoch milliseconds) Defaults to now.", `field f: "Defaults to now." states a default that does not fit its type integer; the field gets no default from it`},
		{"number int", "Limit. (Default: ten)", `field f: "(Default: ten)" states a default that does not fit its type integer`},
		{"number int", "Limit. (Default: 1.5)", `does not fit its type integer`},
		{"boolean", "Force. (Default: 0)", `field f: "(Default: 0)" states a default that does not fit its type boolean`},
		{"string[]", "Keys. (Default: a)", `does not fit its type string[]`},
	} {
		tt, _ := ParseType(c.typ)
		f := &schema.Field{Name: "f", Type: tt.Name, Array: tt.Array, Description: c.desc}
		un, err := Constrain(f)
		if err != nil || f.Default != nil || len(un.Unfit) != 1 || !strings.Contains(un.Unfit[0], c.want) {
			t.Errorf("%s %q: default %v, unfit %q, error %v; want no default and %q", c.typ, c.desc, f.Default, un.Unfit, err, c.want)
		}
	}
}

// TestEnumDefaults reads the default stated of a field of a named type,
// which waits in Named for its enum, as a member's code: a code, or a
// member's name in any case. A value that is no member, the default of an
// object and one of an array of enums are left out with a message.
func TestEnumDefaults(t *testing.T) {
	hazard := &schema.Enum{Name: "HazardClass", Members: []*schema.Member{{Name: "None", Code: 0}, {Name: "Flammable", Code: 1}, {Name: "Fragile", Code: 2}}}
	for _, c := range []struct {
		desc string
		e    *schema.Enum
		want any
		// unfit is the message of a default left out, "" when it is set.
		unfit string
	}{
		{"Hazard class. (default: 0)", hazard, 0, ""},
		{"Hazard class. (default: 2)", hazard, 2, ""},
		{"Hazard class. (Default: None)", hazard, 0, ""},
		{"Hazard class. (default: FLAMMABLE)", hazard, 1, ""},
		{"Hazard class. Defaults to Fragile.", hazard, 2, ""},
		{"Hazard class. (default: 7)", hazard, nil, `field hazard: "(default: 7)" states a default that is no member of enum HazardClass (None 0, Flammable 1, Fragile 2); the field gets no default from it`},
		{"Hazard class. (default: Explosive)", hazard, nil, `is no member of enum HazardClass`},
		{"Cargo. (default: 0)", nil, nil, `field hazard: "(default: 0)" states a default that does not fit its type HazardClass`},
		{"Hazard class. (default: null)", hazard, nil, ""},
	} {
		f := &schema.Field{Name: "hazard", Type: "HazardClass", Description: c.desc}
		un, err := Constrain(f)
		if err != nil || f.Default != nil || un.Named == nil || len(un.Unfit) > 0 {
			t.Errorf("%q: default %v, named %v, unfit %q, error %v; want it to wait in Named", c.desc, f.Default, un.Named, un.Unfit, err)
			continue
		}
		unfit := SetEnumDefault(f, c.e, *un.Named)
		if f.Default != c.want || !strings.Contains(unfit, c.unfit) || (c.unfit == "") != (unfit == "") {
			t.Errorf("%q: default %#v, unfit %q; want %#v and %q", c.desc, f.Default, unfit, c.want, c.unfit)
		}
	}
	f := &schema.Field{Name: "hazards", Type: "HazardClass", Array: true, Description: "Hazard classes. (default: 0)"}
	if un, err := Constrain(f); err != nil || un.Named != nil || len(un.Unfit) != 1 || !strings.Contains(un.Unfit[0], "does not fit its type HazardClass[]") {
		t.Errorf("an array of enums: named %v, unfit %q, error %v; want it unfit", un.Named, un.Unfit, err)
	}
}

// TestCountedOfAString leaves a bound of things the prose names out of a
// field that is neither an array nor a number, as unread.
func TestCountedOfAString(t *testing.T) {
	f := &schema.Field{Name: "f", Type: schema.String, Description: "Nickname, 1 ~ 100 players"}
	un, err := Constrain(f)
	if err != nil || strings.Join(unreadTexts(un.Unread), "|") != "1 ~ 100 players" || Stated(f) != "" {
		t.Errorf("unread %q, stated %q, error %v; want the bound unread", unreadTexts(un.Unread), Stated(f), err)
	}
}

// TestBoundsUnglued sets apart a count or a range a tool ran into the
// word before it, and no number of a name; a number after a word in
// capitals or mixed case is unsure.
func TestBoundsUnglued(t *testing.T) {
	for _, c := range []struct {
		in, want string
		unsure   bool
	}{
		{"Filters used1 ~ 4 items", "Filters used, 1 ~ 4 items", false},
		{"in degrees2 items", "in degrees, 2 items", false},
		{"returned-2.5 ~ 12.0 (default: 6.5)", "returned, -2.5 ~ 12.0 (default: 6.5)", false},
		{"Levels3 or more", "Levels, 3 or more", false},
		{"Pages1..10", "Pages, 1..10", false},
		{"Tier1 to 5", "Tier, 1 to 5", false},
		{"as Base64 characters", "as Base64 characters", false},
		{"up to 64 utf8 bytes", "up to 64 utf8 bytes", false},
		{"sha256 characters", "sha256 characters", false},
		{"Since v2 items", "Since v2 items", false},
		{"IPv6 characters", "IPv6 characters", false},
		{"a level-2 items list", "a level-2 items list", false},
		{"utf-8 ~ 16", "utf-8 ~ 16", false},
		{"Hours in a day24, of the server's clock", "Hours in a day24, of the server's clock", false},
		{"Player IDs of the friends who help at the boothup to 2 items", "Player IDs of the friends who help at the booth, up to 2 items", false},
		{"Bundles the item is also sold inup to 4 items", "Bundles the item is also sold in, up to 4 items", false},
		{"Sign up to 3 items", "Sign up to 3 items", false},
		{"Keys of the group up to 5 items", "Keys of the group up to 5 items", false},
		{"Lines of the pageUp to 3 items", "Lines of the pageUp to 3 items", false},
		{"Lines of the IDup to 3 items", "Lines of the IDup to 3 items", true},
		{"Player ID32 characters", "Player ID32 characters", true},
		{"InfoRequestParam0001 items", "InfoRequestParam0001 items", true},
	} {
		got, unsure := boundsUnglued(c.in)
		if got != c.want || (len(unsure) > 0) != c.unsure {
			t.Errorf("boundsUnglued(%q) = %q, unsure %q; want %q, unsure %v", c.in, got, unsure, c.want, c.unsure)
		}
	}
}

// gluedBoundsRe is gluedBound after a word's letters, anywhere in a
// text: the pattern boundsUnglued runs only where a run of letters ends.
var gluedBoundsRe = regexp.MustCompile(`([A-Za-z]+)(` + gluedBound + `)`)

// boundsUngluedByPattern is boundsUnglued as the whole text's scan by
// gluedBoundsRe reads it, for boundsUnglued's quick path to be compared
// with.
func boundsUngluedByPattern(desc string) (out string, unsure []string) {
	var b strings.Builder
	last := 0
	for _, m := range gluedBoundsRe.FindAllStringSubmatchIndex(desc, -1) {
		word := desc[m[2]:m[3]]
		switch {
		case len(word) < 2 || slices.Contains(numberedNames, strings.ToLower(word)):
		case strings.ToLower(word[1:]) != word[1:]:
			unsure = append(unsure, sentenceAt(desc, m[2]))
		default:
			b.WriteString(desc[last:m[3]])
			b.WriteString(", ")
			last = m[3]
		}
	}
	if last == 0 {
		return desc, unsure
	}
	b.WriteString(desc[last:])
	return b.String(), unsure
}

// ungluedCases are texts with and without bounds glued to a word, at
// the edges of what gluedBound reads.
var ungluedCases = []string{
	"", "a", "1", "a1", "ab1", "v2", "Base64", "utf8", "sha256", "IPv6", "int64 values", "ID32 characters",
	"Player ID32 characters", "InfoRequestParam0001 items", "See Item0042.", "Item0042 is the item, Param0001 its parameter",
	"Filters used1 ~ 4 items", "in degrees2 items", "returned-2.5 ~ 12.0", "returned-2.5 ~ 12.0 (default: 6.5)",
	"Levels3 or more", "Levels3  or\tless", "Levels3or more", "Levels3 or morex", "Pages1..10", "Pages1 .. 10", "Pages1.5..2",
	"Tier1 to 5", "Tier1 to5", "Tier1 tox5", "Tier1to 5", "a level-2 items list", "utf-8 ~ 16", "level-2~3", "level-2 ~ -3",
	"level-2.5~", "word-x", "word-", "Hours in a day24, of the server's clock", "count10 characters", "count10characters",
	"count10 charactersx", "count10 chars.", "count10 letter", "count10 bytes", "count10 elements", "count10 item",
	"count10 entries", "count10 entry", "count10 value", "count10 valuesé", "count10 Characters", "count10\ncharacters",
	"count10\vcharacters", "count10\fcharacters", "range1 – 4", "range1–4", "range1 — 4", "range1 - 4", "range1-4", "range1 ~",
	"range1 ~ ", "range1 ~ -", "range1 ~ -4", "range1 ~ x", "range12.", "range12.5", "range12.5 ~ 13", "range12.5 items",
	"café1 ~ 2", "ÀB1 ~ 2", "né2 items", "x_ab1 ~ 2", "9ab1 ~ 2", "ab1 ~ 2cd3 ~ 4", "ab1 ~ 23cd4 items", "ab1 ~ 2b3 items",
	"Used1 ~ 4 items, then Also2 items and more3 or more", "a digit at the end9", "ends with letters ab", "ab1 ~ 2 ab",
	"Sizes1 ~ 4 items. Sizes2 ~ 8 items.", "NAME1 ~ 2", "Name1 ~ 2", "nAme1 ~ 2", "base64 ~ 8", "Base2 items", "from1 to 5",
	"v1 ~ 2", "ab11111111111111111111 items", "ab1 ~ 2 ~ 3 ~ 4", "ab-1~2", "ab--1~2", "ab-1-2", "ab1--2", "ab1 -2", "ab1 - -2",
	"ab1.2.3 ~ 4", "ab1..2..3", "ab1 or more or less", "ab1 or", "ab1 o", "ab1 to", "ab1 to\t2", "ab1 to\n2",
	"See Item0042. Next", "ab1.", "ab1.x", "ab1. 2", "ab1 .2", "ab1 ..2", "ab1. .2", "ab1.5", "ab1.5.", "ab1.. 2 items",
}

// TestBoundsUngluedAsPattern reads each text as the scan of the whole
// text by the pattern reads it: the quick path changes nothing.
func TestBoundsUngluedAsPattern(t *testing.T) {
	for _, in := range ungluedCases {
		for _, s := range []string{in, in + " and, Filters used1 ~ 4 items", "Param0001 " + in, in + in} {
			got, gotUnsure := boundsUnglued(s)
			want, wantUnsure := boundsUngluedByPattern(s)
			if got != want || !slices.Equal(gotUnsure, wantUnsure) {
				t.Errorf("boundsUnglued(%q) = %q, unsure %q; the pattern reads %q, unsure %q", s, got, gotUnsure, want, wantUnsure)
			}
		}
	}
}

// FuzzBoundsUnglued compares boundsUnglued with the scan of the whole
// text by the pattern on any text.
func FuzzBoundsUnglued(f *testing.F) {
	for _, in := range ungluedCases {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gotUnsure := boundsUnglued(s)
		want, wantUnsure := boundsUngluedByPattern(s)
		if got != want || !slices.Equal(gotUnsure, wantUnsure) {
			t.Errorf("boundsUnglued(%q) = %q, unsure %q; the pattern reads %q, unsure %q", s, got, gotUnsure, want, wantUnsure)
		}
	})
}

// TestUnglued sets apart the sentences a tool ran together at a full
// stop, and no name's, version's or number's dot.
func TestUnglued(t *testing.T) {
	for in, want := range map[string]string{
		"0.05 ~ 0.40.Higher is stronger":  "0.05 ~ 0.40. Higher is stronger",
		"The element it is tuned to.Void": "The element it is tuned to. Void",
		"up to 24 characters.Shown":       "up to 24 characters. Shown",
		"(see below).Higher is better":    "(see below). Higher is better",
		"1 ~ 5.Higher.Lower":              "1 ~ 5. Higher.Lower",
		"A Generic.Item":                  "A Generic.Item",
		"A com.kakao.Item":                "A com.kakao.Item",
		"Since v2.Item":                   "Since v2.Item",
		"Since v1.2":                      "Since v1.2",
		"Since 1.2.3.Item":                "Since 1.2.3.Item",
		"A ratio of 0.5":                  "A ratio of 0.5",
		"e.g.Foo":                         "e.g.Foo",
		"Item_2.Item":                     "Item_2.Item",
		"버전3.Item":                        "버전3.Item",
		".Item":                           ".Item",
	} {
		if got := unglued(in); got != want {
			t.Errorf("unglued(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBoundPhrasings reads the phrasings of bounds that real pages
// write, in parentheses and in the prose, in English and in Korean: each
// reads as its words say, or is warned of (warned: unread, unrepresented
// or open) with nothing else read; none is read as another bound, and a
// range that leaves out an end is never read as one that holds it.
func TestBoundPhrasings(t *testing.T) {
	ip := func(n int) *int { return &n }
	fp := func(x float64) *float64 { return &x }
	for _, c := range []struct {
		typ, desc string
		want      schema.Field // only the constraints are compared
		warned    bool
	}{
		{typ: "string", desc: "Name. (no more than 20 characters)", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "Name, no more than 20 characters", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "Name. (20 characters or fewer)", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "Name, 20 characters or fewer", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "Name. (20 characters at most)", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "Name, 20 characters at most", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string[]", desc: "Tags, 5 items max", want: schema.Field{MaxItems: ip(5)}},
		{typ: "string", desc: "Name. (not exceeding 20 characters)", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "Name, not exceeding 20 characters", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "Name. (≤ 20 characters)", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "Name. (<= 20 characters)", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "Name, <= 20 characters", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "Name. (20 characters max)", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "Name, 20 characters max", want: schema.Field{MaxLength: ip(20)}},
		{typ: "number int", desc: "Count. (20 max)", want: schema.Field{Maximum: fp(20)}},
		{typ: "string", desc: "Name. (20 max)", warned: true},
		{typ: "string", desc: "Name. (max. 20 characters)", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "Name. (min. 2 characters)", want: schema.Field{MinLength: ip(2)}},
		{typ: "string", desc: "Name, min. 2 characters", want: schema.Field{MinLength: ip(2)}},
		{typ: "string", desc: "Name, max. 20 characters", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "Name. (2–20 characters)", want: schema.Field{MinLength: ip(2), MaxLength: ip(20)}},
		{typ: "number int", desc: "Count, 2–20", want: schema.Field{Minimum: fp(2), Maximum: fp(20)}},
		{typ: "number int", desc: "Count. (2~20)", want: schema.Field{Minimum: fp(2), Maximum: fp(20)}},
		{typ: "string", desc: "Name, 2~20 characters", want: schema.Field{MinLength: ip(2), MaxLength: ip(20)}},

		// A range that holds its ends says so, or leaves out one.
		{typ: "number int", desc: "Count. (2 to 20 inclusive)", want: schema.Field{Minimum: fp(2), Maximum: fp(20)}},
		{typ: "number int", desc: "Count, 2 to 20 inclusive", want: schema.Field{Minimum: fp(2), Maximum: fp(20)}},
		{typ: "number int", desc: "Count. (1 - 10, both inclusive)", want: schema.Field{Minimum: fp(1), Maximum: fp(10)}},
		{typ: "number", desc: "Ratio. (from 0 (inclusive) to 1 (inclusive))", want: schema.Field{Minimum: fp(0), Maximum: fp(1)}},
		{typ: "number int", desc: "Count, between 2 and 20 (exclusive)", warned: true},
		{typ: "number int", desc: "Count, between 2 and 20, exclusive", warned: true},
		{typ: "number int", desc: "Count. (between 2 and 20, exclusive)", warned: true},
		{typ: "number int", desc: "Count. (between 2 and 20 (exclusive))", warned: true},
		{typ: "number", desc: "Ratio. (0.0 - 1.0, exclusive)", warned: true},
		{typ: "number", desc: "Ratio. (0 to 1, exclusive of 1)", warned: true},
		{typ: "number", desc: "Ratio. (from 0 (inclusive) to 1 (exclusive))", warned: true},
		{typ: "number int", desc: "Count. (at most 10, exclusive)", warned: true},
		{typ: "number int", desc: "Count. (up to but not including 10)", warned: true},
		{typ: "string", desc: "Exclusive lock holder. (up to 64 characters)", want: schema.Field{MaxLength: ip(64)}},
		{typ: "string[]", desc: "Modes, mutually exclusive with kind; up to 3 items", want: schema.Field{MaxItems: ip(3)}},
		{typ: "string", desc: "Name, its length excluding spaces up to 20 characters", want: schema.Field{MaxLength: ip(20)}},
		{typ: "number int", desc: "Count. (exclusive max 10)", warned: true},
		{typ: "number int", desc: "Count, 1 - 100 excluding 100", warned: true},
		{typ: "number", desc: "Ratio. [0, 1)", warned: true},
		{typ: "number", desc: "Ratio, in (0, 1]", warned: true},
		{typ: "number", desc: "Ratio, in [0, 1]", warned: true},

		// A bound that leaves out its end: the whole number next to it
		// of a count or an integer; warned of on a number.
		{typ: "number int", desc: "Count. (greater than 0)", want: schema.Field{Minimum: fp(1)}},
		{typ: "number int", desc: "Count, greater than 0", want: schema.Field{Minimum: fp(1)}},
		{typ: "number int", desc: "Count, greater than or equal to 1", want: schema.Field{Minimum: fp(1)}},
		{typ: "number int", desc: "Count. (less than 100)", want: schema.Field{Maximum: fp(99)}},
		{typ: "number int", desc: "Count, more than 5", want: schema.Field{Minimum: fp(6)}},
		{typ: "number int", desc: "Count, no more than 5", want: schema.Field{Maximum: fp(5)}},
		{typ: "number int", desc: "Count, strictly less than 10", want: schema.Field{Maximum: fp(9)}},
		{typ: "number int", desc: "Count. (> 0)", want: schema.Field{Minimum: fp(1)}},
		{typ: "number int", desc: "Count, < 100", want: schema.Field{Maximum: fp(99)}},
		{typ: "number int", desc: "Count. (at least 1, less than 10)", want: schema.Field{Minimum: fp(1), Maximum: fp(9)}},
		{typ: "string", desc: "Reason. (shorter than 256 characters)", want: schema.Field{MaxLength: ip(255)}},
		{typ: "string[]", desc: "Tags, fewer than 5 items", want: schema.Field{MaxItems: ip(4)}},
		{typ: "number", desc: "Ratio. (above 0)", warned: true},
		{typ: "number", desc: "Ratio. (below 1)", warned: true},
		{typ: "number", desc: "Ratio. (greater than 0.5)", warned: true},
		{typ: "number int", desc: "Count. (0 < x < 100)", want: schema.Field{Minimum: fp(1), Maximum: fp(99)}},
		{typ: "number int", desc: "Count. (> 0 and < 10)", warned: true},
		{typ: "number int", desc: "Count. (under 10)", want: schema.Field{Maximum: fp(9)}},
		{typ: "number int", desc: "Count. (over 10)", want: schema.Field{Minimum: fp(11)}},
		{typ: "string", desc: "Name, under 18 characters", warned: true},
		{typ: "string[]", desc: "Tags, over 5 items", warned: true},
		{typ: "number", desc: "Shine, 0.5 ~ 2.5; holographic stickers shine above 1.0", want: schema.Field{Minimum: fp(0.5), Maximum: fp(2.5)}},

		{typ: "number int", desc: "Count, no greater than 5", want: schema.Field{Maximum: fp(5)}},
		{typ: "string", desc: "Name. Can't be longer than 20 characters.", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "Name. Must not be shorter than 2 characters.", want: schema.Field{MinLength: ip(2)}},
		{typ: "string", desc: "Name. Cannot exceed 100 characters.", want: schema.Field{MaxLength: ip(100)}},
		{typ: "number int", desc: "Count. Must not exceed 100.", want: schema.Field{Maximum: fp(100)}},
		{typ: "number int", desc: "Count, up to and including 10", want: schema.Field{Maximum: fp(10)}},
		{typ: "string", desc: "Name, maximum length of 20 characters", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "Password, min length 8 characters", want: schema.Field{MinLength: ip(8)}},
		{typ: "number int", desc: "Count, more than 5 and less than 10", want: schema.Field{Maximum: fp(9)}, warned: true},
		{typ: "number int", desc: "Count (greater than 5, less than 10)", want: schema.Field{Minimum: fp(6), Maximum: fp(9)}},

		// A sign, with no number.
		{typ: "number int", desc: "Count. (positive integer)", want: schema.Field{Minimum: fp(1)}},
		{typ: "number int", desc: "Count, a positive integer", want: schema.Field{Minimum: fp(1)}},
		{typ: "number int", desc: "Count. Must be positive.", want: schema.Field{Minimum: fp(1)}},
		{typ: "number int", desc: "Count. (non-negative)", want: schema.Field{Minimum: fp(0)}},
		{typ: "number", desc: "Weight, non-negative", want: schema.Field{Minimum: fp(0)}},
		{typ: "number", desc: "Weight. (a positive number)", warned: true},
		{typ: "number int", desc: "Crystals earned (positive) or spent (negative)"},
		{typ: "number int", desc: "Offset, may be negative"},
		{typ: "number int", desc: "A positive integer count of the rows"},

		// Korean.
		{typ: "string", desc: "닉네임 (최대 12자)", want: schema.Field{MaxLength: ip(12)}},
		{typ: "string", desc: "닉네임, 최대 12자", want: schema.Field{MaxLength: ip(12)}},
		{typ: "string", desc: "닉네임 (12자 이하)", want: schema.Field{MaxLength: ip(12)}},
		{typ: "string", desc: "닉네임 12자 이하", want: schema.Field{MaxLength: ip(12)}},
		{typ: "string", desc: "닉네임 (12자 이내)", want: schema.Field{MaxLength: ip(12)}},
		{typ: "number int", desc: "개수 (1 이상)", want: schema.Field{Minimum: fp(1)}},
		{typ: "number int", desc: "개수 1 이상", want: schema.Field{Minimum: fp(1)}},
		{typ: "string", desc: "닉네임 (2~12자)", want: schema.Field{MinLength: ip(2), MaxLength: ip(12)}},
		{typ: "string", desc: "닉네임 2~12자", want: schema.Field{MinLength: ip(2), MaxLength: ip(12)}},
		{typ: "number int", desc: "개수 (1 초과)", want: schema.Field{Minimum: fp(2)}},
		{typ: "number int", desc: "개수 (100 미만)", want: schema.Field{Maximum: fp(99)}},
		{typ: "string", desc: "닉네임 (12자 미만)", want: schema.Field{MaxLength: ip(11)}},
		{typ: "number int", desc: "개수 (1~100 사이)", warned: true},
		{typ: "number int", desc: "개수 (1 이상 100 이하)", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "number int", desc: "개수, 1 이상 100 이하", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "number int", desc: "개수 (최소 1 최대 100)", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "number int", desc: "개수, 1 초과 100 이하", want: schema.Field{Maximum: fp(100)}, warned: true},
		{typ: "string", desc: "닉네임 (2자 이상 12자 이하)", warned: true},

		// Labelled bounds: a label names what the numbers bound (a
		// length, a count, a range of values) or which end they give,
		// and reads as its words say, in parentheses and in the prose.
		{typ: "string", desc: "Name. (Length: 1-20)", want: schema.Field{MinLength: ip(1), MaxLength: ip(20)}},
		{typ: "string", desc: "Name (length: 1 ~ 20)", want: schema.Field{MinLength: ip(1), MaxLength: ip(20)}},
		{typ: "string", desc: "Name. Length: 1-20.", want: schema.Field{MinLength: ip(1), MaxLength: ip(20)}},
		{typ: "string", desc: "Name, length 1 to 20", want: schema.Field{MinLength: ip(1), MaxLength: ip(20)}},
		{typ: "string", desc: "Name. (Length: 2 to 20 characters)", want: schema.Field{MinLength: ip(2), MaxLength: ip(20)}},
		{typ: "string", desc: "Name. (Max length: 20)", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "Name, max length: 20", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "Name. Maximum length: 20 characters.", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "Name. (Min length: 2, Max length: 20)", want: schema.Field{MinLength: ip(2), MaxLength: ip(20)}},
		{typ: "string", desc: "Name. Min length: 2. Max length: 20.", want: schema.Field{MinLength: ip(2), MaxLength: ip(20)}},
		{typ: "string", desc: "Name. The length must be 1-20 characters.", want: schema.Field{MinLength: ip(1), MaxLength: ip(20)}},
		{typ: "string", desc: "Name. (Character limit: 20)", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "Name. (Length: 20)", want: schema.Field{MinLength: ip(20), MaxLength: ip(20)}},
		{typ: "string", desc: "Code. (exactly 8 characters)", want: schema.Field{MinLength: ip(8), MaxLength: ip(8)}},
		{typ: "string", desc: "Code, exactly 8 characters", want: schema.Field{MinLength: ip(8), MaxLength: ip(8)}},
		{typ: "number int", desc: "Count, exactly 8"},
		{typ: "number int", desc: "Count. (Range: 1-100)", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "number int", desc: "Count. Range: 1-100", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "number int", desc: "Count, range 1 to 100", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "number int", desc: "Count. (Min: 1, Max: 100)", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "number int", desc: "Count. Min: 1, Max: 100.", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "number int", desc: "Count (min 1, max 100)", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "number int", desc: "Count. (Minimum value: 1)", want: schema.Field{Minimum: fp(1)}},
		{typ: "number int", desc: "Count. Maximum value is 100.", want: schema.Field{Maximum: fp(100)}},
		{typ: "string[]", desc: "Tags. (Size: 1..50)", want: schema.Field{MinItems: ip(1), MaxItems: ip(50)}},
		{typ: "string[]", desc: "Tags, size 1..50", want: schema.Field{MinItems: ip(1), MaxItems: ip(50)}},
		{typ: "string[]", desc: "Tags. (Count: 1-10)", want: schema.Field{MinItems: ip(1), MaxItems: ip(10)}},
		{typ: "string[]", desc: "Tags. (Max items: 10)", want: schema.Field{MaxItems: ip(10)}},
		{typ: "string[]", desc: "Tags. Maximum items: 10.", want: schema.Field{MaxItems: ip(10)}},
		{typ: "string[]", desc: "Tags. (Min items: 1, Max items: 10)", want: schema.Field{MinItems: ip(1), MaxItems: ip(10)}},
		{typ: "string[]", desc: "Tags. (Max size: 10)", want: schema.Field{MaxItems: ip(10)}},
		{typ: "number int", desc: "Count. (Size: 1..50)", want: schema.Field{Minimum: fp(1), Maximum: fp(50)}},
		{typ: "string", desc: "Name. (Size: 1..50)", warned: true},
		{typ: "number", desc: "Ratio. Valid range 0.0–1.0", want: schema.Field{Minimum: fp(0), Maximum: fp(1)}},
		{typ: "number", desc: "Ratio. (Valid range: 0.0 - 1.0)", want: schema.Field{Minimum: fp(0), Maximum: fp(1)}},
		{typ: "number", desc: "Ratio. The valid range is 0.0 to 1.0.", want: schema.Field{Minimum: fp(0), Maximum: fp(1)}},
		{typ: "number int", desc: "Count. Allowed values: 1 to 10", want: schema.Field{Minimum: fp(1), Maximum: fp(10)}},
		{typ: "number int", desc: "Count. (Allowed range: 1 to 10)", want: schema.Field{Minimum: fp(1), Maximum: fp(10)}},
		{typ: "number int", desc: "Count. (Value: 1-100)", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "number int", desc: "Count, value between 1 and 100", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "number int", desc: "Count. Value must be between 1 and 100.", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "number int", desc: "Count. [1..100]", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "number int", desc: "Count, [1..100]", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "number int", desc: "Count. Range: [1..100]", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "string", desc: "Pattern. Matches [0-9]+"},
		{typ: "number int", desc: "Count. (1 <= x <= 100)", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "number int", desc: "Count, 1 <= count <= 100", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "number int", desc: "Count, 1 ≤ n ≤ 100", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "number int", desc: "Count. (1 < x <= 100)", want: schema.Field{Minimum: fp(2), Maximum: fp(100)}},
		{typ: "number", desc: "Ratio. (0 < x < 1)", warned: true},
		{typ: "string", desc: "Name. (1 <= length <= 20)", want: schema.Field{MinLength: ip(1), MaxLength: ip(20)}},
		{typ: "string", desc: "Name, length between 1 and 20", want: schema.Field{MinLength: ip(1), MaxLength: ip(20)}},
		{typ: "string", desc: "Name. Length must be between 1 and 20 characters.", want: schema.Field{MinLength: ip(1), MaxLength: ip(20)}},
		{typ: "string", desc: "닉네임 (1~20자)", want: schema.Field{MinLength: ip(1), MaxLength: ip(20)}},
		{typ: "string", desc: "닉네임, 1~20자", want: schema.Field{MinLength: ip(1), MaxLength: ip(20)}},
		{typ: "string", desc: "닉네임 (최대 20자)", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "닉네임, 최대 20자", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "닉네임 (최소 2자 이상)", want: schema.Field{MinLength: ip(2)}},
		{typ: "string", desc: "닉네임, 최소 2자 이상", want: schema.Field{MinLength: ip(2)}},
		{typ: "string", desc: "닉네임 (최대 20자 이하)", want: schema.Field{MaxLength: ip(20)}},
		{typ: "string", desc: "닉네임 (최소 2자, 최대 20자)", want: schema.Field{MinLength: ip(2), MaxLength: ip(20)}},
		{typ: "string", desc: "닉네임 (길이: 2~20)", want: schema.Field{MinLength: ip(2), MaxLength: ip(20)}},
		{typ: "string", desc: "닉네임. 최대 길이 20자", want: schema.Field{MaxLength: ip(20)}},
		{typ: "number int", desc: "개수 (범위: 1~100)", want: schema.Field{Minimum: fp(1), Maximum: fp(100)}},
		{typ: "string[]", desc: "태그 (최대 10개)", want: schema.Field{MaxItems: ip(10)}},
		{typ: "string[]", desc: "태그, 1~10개", want: schema.Field{MinItems: ip(1), MaxItems: ip(10)}},
		{typ: "string[]", desc: "태그 (최대 10개까지)", want: schema.Field{MaxItems: ip(10)}},
		{typ: "string", desc: "닉네임, 20자까지", want: schema.Field{MaxLength: ip(20)}},
		// A hedged count is no exact one.
		{typ: "string", desc: "Name, within 20 characters", warned: true},
		{typ: "string[]", desc: "Tags, about 10 items", warned: true},
		{typ: "string[]", desc: "Tags. (about 10 items)", warned: true},

		// The safety net: a bound word next to a number that no phrasing
		// reads is warned of, never dropped in silence.
		{typ: "string", desc: "Name. (Length: 20 or so)", warned: true},
		{typ: "number int", desc: "Count. The limit is 100 per day.", warned: true},
		{typ: "string[]", desc: "Tags. Send 10 items or so per call.", warned: true},
		{typ: "string", desc: "닉네임은 20자를 넘을 수 없습니다", warned: true},
		{typ: "string[]", desc: "태그는 10개를 넘을 수 없습니다", warned: true},
		{typ: "number int", desc: "Count. Maximum is roughly 100 today.", warned: true},
		{typ: "number int", desc: "Count. Min: 1, Max: 100 or the cap, whichever is lower.", want: schema.Field{Minimum: fp(1)}, warned: true},
		{typ: "number int", desc: "Months, 3개월 단위"},
		{typ: "number int", desc: "Retries before the 3rd failure"},
		{typ: "string", desc: "Token from OAuth 2 flow, see section 4 of RFC 6749"},
	} {
		tt, ok := ParseType(c.typ)
		if !ok {
			t.Fatalf("parseType(%q) failed", c.typ)
		}
		f := &schema.Field{Name: "f", Type: tt.Name, Array: tt.Array, Description: c.desc}
		un, err := Constrain(f)
		if err != nil {
			t.Errorf("%s %q: %v", c.typ, c.desc, err)
			continue
		}
		warnings := slices.Concat(un.Unrepresented, un.Open, un.Misplaced, un.Aside)
		for _, u := range un.Unread {
			warnings = append(warnings, u.Message("field", f.Name, "object: T", ""))
		}
		if got, want := Stated(f), Stated(&c.want); got != want || (len(warnings) > 0) != c.warned {
			t.Errorf("%s %q:\n got %s, warnings %q\nwant %s, warned %v", c.typ, c.desc, got, warnings, want, c.warned)
		}
	}
}

// TestOpenerEnds checks openerEnds against openerRe: every word of
// ASCII letters that openerRe's source writes and that ends a text it
// matches (the word alone, or after the words before it in the source)
// is in openerEnds, so the look-up never keeps openersSpaced from an
// opener.
func TestOpenerEnds(t *testing.T) {
	words := regexp.MustCompile(`[a-z]+`).FindAllString(strings.ToLower(strings.NewReplacer(`\s*`, " ", `\S*`, " ", `\pL`, " ", `\d`, " ").Replace(openerRe.String())), -1)
	for i, w := range words {
		if len(w) < 2 {
			continue
		}
		for k := max(0, i-4); k <= i; k++ {
			if text := strings.Join(words[k:i+1], " "); openerRe.MatchString(" "+text) && !openerEnds[w] {
				t.Errorf("openerRe matches %q, which ends with %q, not in openerEnds", text, w)
			}
		}
	}
	for w := range openerEnds {
		if !openerRe.MatchString(" "+w) && !slices.ContainsFunc(words, func(s string) bool { return s == w }) {
			t.Errorf("openerEnds holds %q, which openerRe never ends with", w)
		}
		if len(w) > openerEndMax {
			t.Errorf("openerEnds holds %q, longer than openerEndMax (%d): endsWithOpener never finds it", w, openerEndMax)
		}
		if !endsWithOpener("up " + strings.ToUpper(w)) {
			t.Errorf("endsWithOpener misses %q in upper case", w)
		}
	}
}

// TestMayHoldRangeWords checks that mayHoldRangeWords holds wherever
// rangeWordsRe matches, in any case and script, and rules out a
// description that holds none of its words.
func TestMayHoldRangeWords(t *testing.T) {
	for _, desc := range []string{
		"1 to 10 inclusive", "1 to 10 INCLUSIVE", "between 0 and 1, exclusive", "Exclusively above 0",
		"excluding 0", "not including 5", "[0, 1)", "(0, 100]", "0 to 100 incluſive", "Cluding", "ClU",
		"The number of items, 1 to 10.", "Player level (1-99)", "최대 100자", "", "cl", "clu",
	} {
		if rangeWordsRe.MatchString(desc) && !mayHoldRangeWords(desc) {
			t.Errorf("mayHoldRangeWords(%q) is false, and rangeWordsRe matches it", desc)
		}
	}
	for _, desc := range []string{"The number of items, 1 to 10.", "Player level (1-99)", "최대 100자", "close to 5", "CL U"} {
		if mayHoldRangeWords(desc) {
			t.Errorf("mayHoldRangeWords(%q) is true, with no word of rangeWordsRe", desc)
		}
	}
}
