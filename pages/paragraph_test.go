package pages

import (
	"testing"
)

// TestOneParagraphTable checks the paragraphs that hold a table, its
// cells run together, and the text that does not.
func TestOneParagraphTable(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"header then rows (Kakao)", "NameTypeMandatoryDescription appSecretStringYApp Secret AuthorizationStringYAuthorization: KakaoAK {ADMIN_KEY}", true},
		{"header twice, a row", "NameTypeDescription NameTypeDescription liftedBooleanWhether the sanction was lifted", true},
		{"header after a cell's text (a table in a cell)", "Defaults to now. NameTypeMandatoryDescription storeString (Enum)NStore of the payments:", true},
		{"header then rows (GearN, code spans)", "CodeTypeRequiredDescription `userId``string`trueThe player.", true},
		{"rows without their header (its cells a paragraph each above)", "playerIdString![(tick)](/s/check.svg)Player ID stageIdString![(tick)](/s/check.svg)Stage ID", true},
		{"rows, a list's type", "seatsList&lt;Seat&gt;Seats modeString (Enum)NMode", true},
		{"a header alone", "NameTypeMandatoryDescription", false},
		{"a header, then prose", "NameTypeDescription is how the table begins.", false},
		{"one row", "playerIdStringYPlayer ID", false},
		{"prose naming methods", "Call toString() and parseInt(x) on the value, or valueOf.", false},
		{"prose", "The name and type of each member are listed below.", false},
	} {
		if got := OneParagraphTable(c.text); got != c.want {
			t.Errorf("%s: OneParagraphTable(%q) = %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

// TestRefuseParagraphs checks that a table written as one paragraph is
// refused at its line, outside a code block only.
func TestRefuseParagraphs(t *testing.T) {
	blocks := []Block{
		{Line: 1, Text: "Request Headers"},
		{Line: 3, Text: "NameTypeMandatoryDescription appSecretStringYApp Secret kgAppIdStringYKG App ID"},
		{Line: 5, Text: "```"},
		{Line: 6, Text: "NameTypeMandatoryDescription appSecretStringYApp Secret kgAppIdStringYKG App ID"},
		{Line: 7, Text: "```"},
		{Line: 9, Table: &Table{Line: 9}},
		{Line: 12, Text: "playerIdStringYPlayer ID stageIdStringYStage ID"},
	}
	var rep Reporter
	if !refuseParagraphs(Source{Name: "p.md", Report: &rep}, blocks) {
		t.Fatal("refused none")
	}
	var lines []int
	_, errs := rep.Sorted([]string{"p.md"}, false)
	for _, d := range errs {
		lines = append(lines, d.Pos.Line)
	}
	if len(lines) != 2 || lines[0] != 3 || lines[1] != 12 {
		t.Errorf("refused at lines %v, want [3 12] (not in the code block at 6)", lines)
	}
	var none Reporter
	if refuseParagraphs(Source{Name: "p.md", Report: &none}, blocks[:1]) {
		t.Error("refused a title")
	}
}

// TestRefuseUnstyled checks that a page whose style none tells is
// refused at the line of a table written as one paragraph, and only
// there.
func TestRefuseUnstyled(t *testing.T) {
	var rep Reporter
	src := Source{Name: "p.txt", Lines: []string{"Request Headers", "", "  NameTypeMandatoryDescription appSecretStringYApp Secret kgAppIdStringYKG App ID"}, Report: &rep}
	if !RefuseUnstyled(src) {
		t.Fatal("refused none")
	}
	_, errs := rep.Sorted([]string{"p.txt"}, false)
	if len(errs) != 1 || errs[0].Pos.Line != 3 {
		t.Errorf("refused %v, want one error at line 3", errs)
	}
	var none Reporter
	if RefuseUnstyled(Source{Name: "p.txt", Lines: src.Lines[:2], Report: &none}) || none.Failed() {
		t.Error("refused a title")
	}
}
