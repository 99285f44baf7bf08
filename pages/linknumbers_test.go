package pages

import "testing"

// TestUnnumbered takes a text browser's link numbers out of a line: one
// glued to the link's text, one alone at the line's end after a word (a
// permalink's) or on the line; a number in brackets that is the page's
// text stays.
func TestUnnumbered(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"See [19]LineColor", "See LineColor"},
		{"   [20]BuildingKind", "   BuildingKind"},
		{"Query Parameters [18]", "Query Parameters"},
		{"[5]#Overview", "#Overview"},
		{"(see [4]Guide)", "(see Guide)"},
		{"   [6]", ""},
		{"[32]← getStoreItems [33]getCatalog →", "← getStoreItems getCatalog →"},
		{"see the reference [1].", "see the reference [1]."},
		{`"ids": [1]`, `"ids": [1]`},
		{"items [1], [2]", "items [1], [2]"},
		{"arr[0]x", "arr[0]x"},
		{"no links here", "no links here"},
	} {
		if got := Unnumbered(c.in); got != c.want {
			t.Errorf("Unnumbered(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNumbersLinks tells a text browser's dump that numbers its links by
// its list of them (lynx's and elinks's "References", w3m's
// "References:"), or by link numbers glued to words where the list is cut
// off; a page with numbers in brackets of its own does not.
func TestNumbersLinks(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  bool
	}{
		{"lynx", []string{"   [1]Skip to content", "", "References", "", "   1. file:///home/docs/page.html#VPContent"}, true},
		{"lynx, visible links", []string{"[1]Kakao", "References", "", "   Visible links:", "   1. file:///"}, true},
		{"w3m", []string{"[1]Guide", "References:", "", "[1] https://docs.example.com/guide/"}, true},
		{"the list cut off", []string{"   [1]GearN Docs [2]Guides", "   kind [20]BuildingKind true See [21]BuildingKind"}, true},
		{"a title References over prose", []string{"References", "", "   The pages this one cites."}, false},
		{"arrays", []string{`"ids": [1]`, "items [1], [2]", "a[0]b"}, false},
	} {
		if got := NumbersLinks(c.lines); got != c.want {
			t.Errorf("%s: NumbersLinks = %t, want %t", c.name, got, c.want)
		}
	}
}
