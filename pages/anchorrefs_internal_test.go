package pages

import (
	"reflect"
	"testing"
)

// anchorRefCases are texts with and without a "See" of anchorRefRe's
// forms, at the edges of what it reads.
var anchorRefCases = []string{
	"", "See", "See ", "See Item0042", "See Item0042.", `See "#genericmodels-bladestate"`, `See "https://docs.gearn.io/api/x#a-b"`,
	`See <a href="#genericmodels-bladestate"></a>`, `See <a  href="#x" class="y"> </a>`, "See [](#tempergrade)", "See [](x#tempergrade)",
	`See"#x"`, "See\t\"#x\"", "See\n[](#x)", "See\v\"#x\"", "See\f<a href=\"#x\"></a>", "See\r\"#x\"", `see "#x"`, `SEE "#x"`,
	`ASee "#x"`, `_See "#x"`, `1See "#x"`, `éSee "#x"`, `.See "#x"`, `(See "#x")`, `Seen "#x"`, `See "x"`, `See "#"`, `See "# x"`,
	"See [](#)", "See [] (#x)", "See [x](#x)", `See <a>#x</a>`, `See <ahref="#x"></a>`, `See <a href="#x">x</a>`,
	`See Item0042. See "#x"`, `SeeSee "#x"`, `See See "#x"`, `ASee See "#x"`, `See Item0042, See Item0043 and See [](#x)`,
	`The blade. See "#genericmodels-bladestate" for its states`, "The blade. See GenericModels.BladeState",
}

// TestMayReferByAnchor holds for each text anchorRefRe matches, in any
// setting: the quick reject drops no reference.
func TestMayReferByAnchor(t *testing.T) {
	for _, in := range anchorRefCases {
		for _, s := range []string{in, "x " + in, in + " y", in + in, "See Item0001 " + in} {
			if anchorRefRe.MatchString(s) && !mayReferByAnchor(s) {
				t.Errorf("mayReferByAnchor(%q) = false; anchorRefRe matches it", s)
			}
		}
	}
}

// FuzzMayReferByAnchor holds mayReferByAnchor for any text anchorRefRe
// matches.
func FuzzMayReferByAnchor(f *testing.F) {
	for _, in := range anchorRefCases {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if anchorRefRe.MatchString(s) && !mayReferByAnchor(s) {
			t.Errorf("mayReferByAnchor(%q) = false; anchorRefRe matches it", s)
		}
	})
}

// TestAnchorRefsIn reads an empty Markdown link's target as a link's
// (LinkTarget): the page's address before the fragment may hold
// parentheses, the destination may be in angle brackets with a title
// after it; a target that does not close, or has no fragment, is none.
func TestAnchorRefsIn(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []anchorRef
	}{
		{"See [](/wiki/Rink_(ice)#sheet) now", []anchorRef{{0, 30, "sheet"}}},
		{"See [](<#sheet> \"Sheet\").", []anchorRef{{0, 24, "sheet"}}},
		{"See [](#Rink(/rink)-Sheet) and See \"#end\"", []anchorRef{{0, 26, "Rink(/rink)-Sheet"}, {31, 41, "end"}}},
		{"See [](/wiki/Rink_(ice)#sheet", nil},
		{"See [](/wiki/sheet)", nil},
	} {
		if got := anchorRefsIn(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("anchorRefsIn(%q) = %+v, want %+v", c.in, got, c.want)
		}
	}
}
