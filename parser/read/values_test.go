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
