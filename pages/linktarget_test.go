package pages

import "testing"

// TestLinkTarget reads a Markdown link's target as CommonMark does: its
// parentheses nest (Confluence's anchors), a destination in angle
// brackets may hold spaces, a title in quotes, apostrophes or
// parentheses may follow it, and an escaped parenthesis does not count;
// unbalanced parentheses, words after a space and an unclosed target
// are no target.
func TestLinkTarget(t *testing.T) {
	for _, c := range []struct {
		in, dest string
		n        int
	}{
		{"(#CurlingRink(/curling)-Delivery)YHow", "#CurlingRink(/curling)-Delivery", 33},
		{"(#a)(b)", "#a", 4},
		{"(/wiki/Rink_(ice)#sheet)", "/wiki/Rink_(ice)#sheet", 24},
		{"(<#a b>) rest", "#a b", 8},
		{`(#create "Permalink")`, "#create", 21},
		{"(#create 'Permalink (x)')", "#create", 25},
		{"(#create (Permalink))", "#create", 21},
		{`(#a\)b)`, `#a\)b`, 7},
		{"()", "", 2},
		{"( #a )", "#a", 6},
		{"(#a(b)", "", 0},
		{"(see the note)", "", 0},
		{"(#a", "", 0},
		{"(<#a>b)", "", 0},
		{"#a)", "", 0},
	} {
		dest, n := LinkTarget(c.in)
		if dest != c.dest || n != c.n {
			t.Errorf("LinkTarget(%q) = %q, %d, want %q, %d", c.in, dest, n, c.dest, c.n)
		}
	}
}

// TestUnlinkedTargets reads as its text a link whose target holds
// parentheses, in a text, in a cell and in a word written in parts,
// leaving no tail of its target behind.
func TestUnlinkedTargets(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"deliveryDelivery[Delivery](#CurlingRink(/curling)-Delivery)YHow", "deliveryDeliveryDeliveryYHow"},
		{"See [Delivery](<#Curling Rink-Delivery> \"Delivery\") below", "See Delivery below"},
		{"[Rink](/wiki/Rink_(ice)) (ice)", "Rink (ice)"},
		{"[a](#a(b) stays", "[a](#a(b) stays"},
	} {
		if got := Unlinked(c.in); got != c.want {
			t.Errorf("Unlinked(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := CellText("[Delivery](#CurlingRink(/curling)-Delivery)"); got != "Delivery" {
		t.Errorf("CellText = %q, want Delivery", got)
	}
	if got, ok := MarkedWord("[`Delivery`](#CurlingRink(/curling)-Delivery)`[]`"); got != "Delivery[]" || !ok {
		t.Errorf("MarkedWord = %q, %v, want Delivery[]", got, ok)
	}
}

// TestTitleTextTargets reads a site outline's entry whose link's target
// holds parentheses as its title.
func TestTitleTextTargets(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"- [Delivery](#CurlingRink(/curling)-Delivery)", "Delivery"},
		{"[Delivery](<#Curling Rink-Delivery>)", "Delivery"},
		{"[Delivery](/wiki/a)", "[Delivery](/wiki/a)"},
	} {
		if got := titleText(c.in); got != c.want {
			t.Errorf("titleText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
