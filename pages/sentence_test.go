package pages

import (
	"slices"
	"strings"
	"testing"
)

func TestSentence(t *testing.T) {
	for _, c := range []struct {
		line, want string
		forms      []Form
	}{
		{"Require permission rules x.y. See P", "Require permission rules x.y. See P", nil},
		{"- Require permission rules x.y.", "Require permission rules x.y.", []Form{FormListItem}},
		{"* Require permission rules x.y.", "Require permission rules x.y.", []Form{FormListItem}},
		{"1. Require permission rules x.y.", "Require permission rules x.y.", []Form{FormListItem}},
		{"2) POST", "POST", []Form{FormListItem}},
		{"• Require permission rules x.y.", "Require permission rules x.y.", []Form{FormListItem}},
		{"> Require permission rules x.y.", "Require permission rules x.y.", []Form{FormQuote}},
		{": Require permission rules x.y.", "Require permission rules x.y.", []Form{FormDefinition}},
		{"**Require permission rules x.y.**", "Require permission rules x.y.", []Form{FormBold}},
		{"> - **None**", "None", []Form{FormQuote, FormListItem, FormBold}},
		{"**Require permission rules:** `x.y`", "Require permission rules: `x.y`", []Form{FormBold}},
		{"::: tip Require permission rules x.y.", "Require permission rules x.y.", []Form{FormCallout}},
		{"!!! note \"Require permission rules x.y.\"", "Require permission rules x.y.", []Form{FormCallout}},
		{"> [!NOTE] Require permission rules x.y.", "Require permission rules x.y.", []Form{FormQuote, FormCallout}},
		{"::: tip", "::: tip", nil},
		{"::: details Require permission rules x.y.", "Require permission rules x.y.", []Form{FormCallout}},
		{"::: Cooldown rules", "::: Cooldown rules", nil},
		{"*Note*", "*Note*", nil},
		{"5.1 ReturnCode", "5.1 ReturnCode", nil},
		{"-1 is the error", "-1 is the error", nil},
	} {
		got, forms := Sentence(c.line)
		if got != c.want || !slices.Equal(forms, c.forms) {
			t.Errorf("Sentence(%q) = %q, %v; want %q, %v", c.line, got, forms, c.want, c.forms)
		}
	}
}

func TestUnmark(t *testing.T) {
	decides := func(s string) bool { return strings.HasPrefix(s, "Require permission rules ") }
	items := []Block{
		{Line: 3, Text: "- Require permission rules x.y. See P"},
		{Line: 4, Text: "- a list item of prose"},
		{Line: 5, Text: "Require permission rules z.w."},
	}
	rep := &Reporter{}
	got := Unmark("p.md", items, decides, rep)
	if got[0].Text != "Require permission rules x.y. See P" || got[1].Text != "- a list item of prose" || got[2].Text != "Require permission rules z.w." {
		t.Errorf("Unmark = %+v", got)
	}
	if items[0].Text != "- Require permission rules x.y. See P" {
		t.Errorf("Unmark changed its caller's blocks: %+v", items)
	}
	w, _ := rep.Sorted([]string{"p.md"}, false)
	if len(w) != 1 || w[0].Pos.Line != 3 || !strings.Contains(w[0].Msg, "as a list item") {
		t.Errorf("warnings = %v", w)
	}
}
