package parser

import (
	"strings"
	"testing"
)

// TestUnreadOnce warns once, at its row of a GearN page, of a
// description's text that states a bound the grammar did not read,
// whichever way the net finds it: a bound's word next to a number, with
// the override that sets it; a text that looks like a constraint in no
// form the grammar reads, with the forms to state it in; a text of both,
// as the latter alone; a range whose other end is a word, a range in
// square brackets and what a lost parenthesis left of a group, each
// quoted with the override.
func TestUnreadOnce(t *testing.T) {
	rows := [][4]string{
		{"seats", "int32", "true", "Seats. The limit is 100 per room."},
		{"level", "int32", "true", "Level, 1 ~ 5 of v2.Room or more"},
		{"tags", "string[]", "false", "Tags. Send 10 items or so per call."},
		{"guests", "int32", "false", "Guests. Between one and 100 or so."},
		{"tier", "int32", "false", "Tier [1-100]"},
		{"pieces", "string[]", "false", "Pieces that came out dunted 40 items)"},
	}
	want := map[string]string{
		"seats":  `field seats: a bound the grammar did not read: "The limit is 100 per room"; write it in overrides as {`,
		"level":  `field level: "Level, 1 ~ 5 of v2.Room or more" looks like a constraint, but states it in no form the parser reads; the field gets no bound from it (state it as`,
		"tags":   `field tags: "Send 10 items or so per call." looks like a constraint, but states it in no form the parser reads; the field gets no bound from it (state it as`,
		"guests": `field guests: a bound the grammar did not read: "Between one and 100 or so"; write it in overrides as {`,
		"tier":   `field tier: a bound the grammar did not read: "Tier [1-100]"; write it in overrides as {`,
		"pieces": `field pieces: a bound the grammar did not read: "40 items)"; write it in overrides as {`,
	}
	for name, data := range raidPages(rows) {
		t.Run(name, func(t *testing.T) {
			res, err := Parse([]Page{{Name: name, Data: []byte(data)}}, Options{Name: "x"})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string][]string{}
			for _, w := range res.Warnings {
				for code := range want {
					if strings.HasPrefix(w.Msg, "field "+code+":") {
						got[code] = append(got[code], w.Msg)
					}
				}
			}
			for code, prefix := range want {
				if len(got[code]) != 1 || !strings.HasPrefix(got[code][0], prefix) {
					t.Errorf("%s: warnings %q, want one beginning %q", code, got[code], prefix)
				}
			}
		})
	}
}
