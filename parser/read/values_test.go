package read

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// TestEnumValues reads each form of a list of values, and no list from
// prose that only looks like one.
func TestEnumValues(t *testing.T) {
	for desc, want := range map[string]string{
		"Access Platform (web, launcher, mobile, pc)":         "web launcher mobile pc",
		`Client kind ("ios" / "android")`:                     "ios android",
		"Mode (see below) (a | b)":                            "a b",
		"Store of the payments: google, apple, onestore":      "google apple onestore",
		"Store of the payments:\u00a0google, apple, onestore": "google apple onestore",
		"Store, one of: google apple onestore":                "google apple onestore",
		"Store, one of google, apple or onestore.":            "google apple onestore",
		"Store. Values: GOOGLE | APPLE":                       "GOOGLE APPLE",
		"Store. Allowed: google, apple":                       "google apple",
		"Store. Possible values: `google`, `apple`":           "google apple",
		"Kind, either user or guild":                          "user guild",
		"Order of the posts: recent, likes. Default: recent":  "recent likes",
		"Order: see the table. Default: recent":               "",
		"Player ID (used for comparison validation)":          "",
		"Platform (web)":                                      "",
		"no list":                                             "",
		"Note: use it with care":                              "",
		"Store: google":                                       "",
		"One of the stores the player paid in":                "",
		"Values of the player, as the server keeps them":      "",
	} {
		if got := strings.Join(EnumValues(desc), " "); got != want {
			t.Errorf("EnumValues(%q) = %q, want %q", desc, got, want)
		}
	}
}

// FuzzEnumValues reads any description with EnumValues and StringValues:
// no panic, and a list read or left unread is of two plain values or
// more.
func FuzzEnumValues(f *testing.F) {
	for _, s := range []string{"Store (google, apple)", "Store of the payments: google, apple, onestore", "one of: a b", "Values: A | B.", "either x or y", "Note: a b", "Order: a, b. Default: a", "one of these (a, b)", "such as (a, b)", "(a, b, etc.)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, desc string) {
		listed, unread := StringValues(desc)
		if listed != nil && unread != nil {
			t.Errorf("%q: StringValues reads %q and leaves %q unread", desc, listed, unread)
		}
		for _, vals := range [][]string{EnumValues(desc), listed, unread} {
			if vals != nil && len(vals) < 2 {
				t.Errorf("%q: %q, fewer than two values", desc, vals)
			}
			for _, v := range vals {
				if !valueRe.MatchString(v) {
					t.Errorf("%q: %q is no plain value", desc, v)
				}
			}
		}
	})
}

func TestListedValues(t *testing.T) {
	for desc, want := range map[string]string{
		"Currencies to return, at most 4; every currency when omitted. One of: gold, gem, ticket, medal": "gold gem ticket medal",
		"Sort order. Allowed values: asc | desc":                                                         "asc desc",
		"One of: gold, gem. Default: gold":                                                               "gold gem",
		"Possible values: a or b.":                                                                       "a b",
		"Store of the payments: google, apple, onestore":                                                 "",
		"Access Platform (web, launcher, mobile, pc)":                                                    "",
		"One of the player's friends, by ID":                                                             "",
		"Values: comma separated item IDs, e.g. a, b":                                                    "",
		"Either the player ID or the account ID":                                                         "",
		"Currency. One of: gold gem":                                                                     "gold gem",
	} {
		if got := strings.Join(ListedValues(desc), " "); got != want {
			t.Errorf("ListedValues(%q) = %q, want %q", desc, got, want)
		}
	}
}

// TestStringValues reads the values a string member of no enum type
// states ("one of these … (a, b)"), leaves unread the parenthesized lists
// that may be values or examples, and reads no list from examples, a
// single word, a bound, a default or a unit.
func TestStringValues(t *testing.T) {
	for desc, want := range map[string][2]string{
		"Only openings that gave a reward of one of these rarities (common, rare, epic, legendary), the parameter repeated, up to 4 items": {"common rare epic legendary", ""},
		"Store, one of (google, apple)":                             {"google apple", ""},
		"Currencies to return. One of: gold, gem":                   {"gold gem", ""},
		"State of the appeal (open, reviewing, accepted, rejected)": {"", "open reviewing accepted rejected"},
		"Who took the step (system, agent)":                         {"", "system agent"},
		"Player status (normal, blocked, unregistering)":            {"", "normal blocked unregistering"},
		"Flag (Y/N)":                                                 {"", "Y N"},
		"Store, e.g. (google, apple)":                                {"", ""},
		"Store, such as (google, apple)":                             {"", ""},
		"Store (e.g. google, apple)":                                 {"", ""},
		"Store (google, apple, etc.)":                                {"", ""},
		"One of the stores the player paid in (google, apple, etc.)": {"", ""},
		"Platform (web)":                                             {"", ""},
		"Count (1 ~ 10)":                                             {"", ""},
		"Sort order (default: recent)":                               {"", ""},
		"Time the box was opened (epoch milliseconds)":               {"", ""},
		"Name of the player (up to 32 characters)":                   {"", ""},
		"ID of one of the player's characters (10 characters)":       {"", ""},
	} {
		vals, unread := StringValues(desc)
		if got := [2]string{strings.Join(vals, " "), strings.Join(unread, " ")}; got != want {
			t.Errorf("StringValues(%q) = %q, want %q", desc, got, want)
		}
	}
}

// TestWarnUnreadValues names the list and both ways to make it the
// values, or the page's alone where no override reaches the member.
func TestWarnUnreadValues(t *testing.T) {
	rep := &pages.Reporter{}
	at := schema.Pos{Page: "appeal.md", Line: 155}
	WarnUnreadValues(rep, at, "member", "state", []string{"open", "closed"}, "object: StatusResponse", "String (Enum)")
	WarnUnreadValues(rep, at, "header", "X-Mode", []string{"a", "b"}, "", "String (Enum)")
	want := []string{
		`member state is a string whose description lists (open, closed), which may be its only values or examples: the parser reads no values, and it takes any string; if they are its values, add the fix {object: StatusResponse, field: state, values: [open, closed]} to the overrides, or write its type "String (Enum)" on the page`,
		`header X-Mode is a string whose description lists (a, b), which may be its only values or examples: the parser reads no values, and it takes any string; if they are its values, write its type "String (Enum)" on the page`,
	}
	ws, _ := rep.Sorted([]string{"appeal.md"}, false)
	if len(ws) != len(want) {
		t.Fatalf("warnings %v, want %d", ws, len(want))
	}
	for i, w := range ws {
		if w.Pos != at || w.Msg != want[i] {
			t.Errorf("warning %d = %v: %q, want %q", i, w.Pos, w.Msg, want[i])
		}
	}
}

// TestRefuseGluedValues refuses a member whose values, after words that
// say they follow, run together with nothing between them, as a tag
// stripper leaves a list's items; a list set apart, and a colon before
// words a space apart, are no such run.
func TestRefuseGluedValues(t *testing.T) {
	for desc, want := range map[string]bool{
		"Currencies to return. One of:goldgemticketmedal":  true,
		"The sort. Allowed values:ascdesc.":                true,
		"Currencies to return. One of: gold, gem, ticket.": false,
		"Currencies to return. One of:gold, gem":           false,
		"The key: adminKey":                                false,
	} {
		rep := &pages.Reporter{}
		got := RefuseGluedValues(rep, schema.Pos{Page: "p.txt", Line: 3}, "field", "currencies", desc, "operation: balance")
		_, errs := rep.Sorted([]string{"p.txt"}, false)
		if got != want || (len(errs) == 1) != want {
			t.Errorf("%q: refused %v (%v), want %v", desc, got, errs, want)
		}
		if want && len(errs) == 1 && !strings.Contains(errs[0].Msg, "{operation: balance, field: currencies, values: [VALUE, ...]}") {
			t.Errorf("%q: %s names no fix", desc, errs[0].Msg)
		}
	}
}
