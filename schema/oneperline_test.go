package schema

import (
	"slices"
	"testing"
)

// TestOnePerLine keeps, of the errors at one line, the one that knows
// most: one that prints an override over one that knows the line's
// section, over one that knows the line's form alone, the first of
// those alike; every hole of a line stays, each a fact an override
// fills; an error at no line and a recovery --strict refuses stay
// whatever else their line holds, and the order is kept.
func TestOnePerLine(t *testing.T) {
	at := func(line int) Pos { return Pos{Page: "p.md", Line: line} }
	ds := Diagnostics{
		{Pos: at(3), Msg: "form"},
		{Pos: at(3), Msg: "section", Knows: KnowsSection},
		{Pos: at(3), Msg: "form again"},
		{Pos: at(5), Msg: "fix", Knows: KnowsFix},
		{Pos: at(5), Msg: "section", Knows: KnowsSection},
		{Pos: at(5), Msg: "section and fix", Knows: KnowsSection | KnowsFix},
		{Pos: at(7), Msg: "first"},
		{Pos: at(7), Msg: "second"},
		{Pos: Pos{Page: "q.md", Line: 7}, Msg: "another page's line"},
		{Pos: Pos{Page: "p.md"}, Msg: "the page's"},
		{Pos: Pos{Page: "p.md"}, Msg: "the page's again"},
		{Msg: "none's"},
		{Pos: at(7), Msg: "a recovery (--strict)", Recovery: true},
		{Pos: at(9), Msg: "section and fix", Knows: KnowsSection | KnowsFix},
		{Pos: at(9), Msg: "a hole", Knows: KnowsFix | KnowsHole},
		{Pos: at(9), Msg: "another hole", Knows: KnowsFix | KnowsHole},
	}
	var got []string
	for _, d := range ds.OnePerLine() {
		got = append(got, d.Msg)
	}
	want := []string{"section", "section and fix", "first", "another page's line", "the page's", "the page's again", "none's", "a recovery (--strict)", "a hole", "another hole"}
	if !slices.Equal(got, want) {
		t.Errorf("OnePerLine kept %q, want %q", got, want)
	}
	one := Diagnostics{{Pos: at(1), Msg: "a"}, {Pos: at(2), Msg: "b"}, {Msg: "c"}}
	if got := one.OnePerLine(); len(got) != 3 {
		t.Errorf("OnePerLine of errors at lines of their own kept %v", got)
	}
}
