package pages

import (
	"slices"
	"strings"
	"testing"
)

// TestRelink closes the space textversionjs writes between a link's text
// and its target, in a type cell, a "See" text, a heading's permalink
// whose text is gone and a line of several links, and warns once, at the
// first such line, with their count; a bracket before words in
// parentheses, an index before an address and a line of an HTML table
// stay, and so does every line of a style that renders its markup
// (HTML); a Markdown page's are read so.
func TestRelink(t *testing.T) {
	in := []string{
		"Request Body [] (#request-body) ",
		"[GenericModels.Winding[]] (#genericmodels-winding) ",
		"One winding per automaton. See [GenericModels.Winding] (#genericmodels-winding)",
		"[Guide] (/guide/) [Edit] (https://github.com/x/edit/main/a.md) [Mail] (mailto:a@b.c) [Up] (../api/)",
		"items [array] (optional), values[0] (/x), a list [1] (see below)",
		"<table><tr><td>[Kept] (#kept)</td></tr></table>",
	}
	want := []string{
		"Request Body [](#request-body) ",
		"[GenericModels.Winding[]](#genericmodels-winding) ",
		"One winding per automaton. See [GenericModels.Winding](#genericmodels-winding)",
		"[Guide](/guide/) [Edit](https://github.com/x/edit/main/a.md) [Mail](mailto:a@b.c) [Up](../api/)",
		in[4],
		in[5],
	}
	orig := slices.Clone(in)
	rep := &Reporter{}
	got := Relink(lineStyle{}, in, "p.txt", nil, rep)
	if !slices.Equal(got, want) {
		t.Errorf("Relink = %q,\nwant %q", got, want)
	}
	if !slices.Equal(in, orig) {
		t.Errorf("Relink changed its input: %q", in)
	}
	if len(rep.warns) != 1 || rep.warns[0].Pos != At("p.txt", 1) || !strings.Contains(rep.warns[0].Msg, "the 7 links so written") {
		t.Errorf("warnings %v, want one at p.txt:1 counting 7 links", rep.warns)
	}
	rep = &Reporter{}
	if got := Relink(lineStyle{}, in[1:], "p.txt", []int{5, 9, 10, 11, 12}, rep); len(rep.warns) != 1 || rep.warns[0].Pos != At("p.txt", 5) || got[0] != want[1] {
		t.Errorf("Relink of lines at their page lines: %q, warnings %v, want one at p.txt:5", got, rep.warns)
	}
	rep = &Reporter{}
	if got := Relink(renderedStyle{}, in, "p.txt", nil, rep); !slices.Equal(got, in) || len(rep.warns) != 0 {
		t.Errorf("Relink of a rendered style = %q, warnings %v; want the lines as they are", got, rep.warns)
	}
	rep = &Reporter{}
	if got := Relink(markupStyle{}, in, "p.txt", nil, rep); !slices.Equal(got, want) || len(rep.warns) != 1 {
		t.Errorf("Relink of a style that decodes its references (Markdown) = %q, warnings %v; want the links closed", got, rep.warns)
	}
	rep = &Reporter{}
	if got := Relink(lineStyle{}, []string{"[Guide](/guide/)", "text"}, "p.txt", nil, rep); got[0] != "[Guide](/guide/)" || len(rep.warns) != 0 {
		t.Errorf("Relink of links written whole = %q, warnings %v", got, rep.warns)
	}
}

// TestRelinkNestedTargets closes the space before a target read as a
// link's (LinkTarget): its parentheses nest, as Confluence writes an
// anchor, it may be in angle brackets and have a title; a target whose
// parentheses do not close stays.
func TestRelinkNestedTargets(t *testing.T) {
	in := []string{
		"delivery [Delivery] (#CurlingRink(/curling)-Delivery) How the stone is thrown",
		"[Rink] (<#Curling Rink> \"Rink\") and [Sheet] (#Rink(/rink)-Sheet)",
		"[Open] (#Rink(/rink) stays",
	}
	want := []string{
		"delivery [Delivery](#CurlingRink(/curling)-Delivery) How the stone is thrown",
		"[Rink](<#Curling Rink> \"Rink\") and [Sheet](#Rink(/rink)-Sheet)",
		in[2],
	}
	rep := &Reporter{}
	if got := Relink(lineStyle{}, in, "p.txt", nil, rep); !slices.Equal(got, want) || len(rep.warns) != 1 || !strings.Contains(rep.warns[0].Msg, "the 3 links so written") {
		t.Errorf("Relink = %q,\nwant %q, warnings %v", got, want, rep.warns)
	}
}
