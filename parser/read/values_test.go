package read

import (
	"strings"
	"testing"
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

// FuzzEnumValues reads any description: no panic, and a list read is of
// two plain values or more.
func FuzzEnumValues(f *testing.F) {
	for _, s := range []string{"Store (google, apple)", "Store of the payments: google, apple, onestore", "one of: a b", "Values: A | B.", "either x or y", "Note: a b", "Order: a, b. Default: a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, desc string) {
		vals := EnumValues(desc)
		if vals != nil && len(vals) < 2 {
			t.Errorf("%q: %q, fewer than two values", desc, vals)
		}
		for _, v := range vals {
			if !valueRe.MatchString(v) {
				t.Errorf("%q: %q is no plain value", desc, v)
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
