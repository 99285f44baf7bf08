package flattened_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/flattened"
)

func TestOneParagraph(t *testing.T) {
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
		if got := flattened.OneParagraph(c.text); got != c.want {
			t.Errorf("%s: OneParagraph(%q) = %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

func TestRefuseParagraphs(t *testing.T) {
	blocks := []pages.Block{
		{Line: 1, Text: "Request Headers"},
		{Line: 3, Text: "NameTypeMandatoryDescription appSecretStringYApp Secret kgAppIdStringYKG App ID"},
		{Line: 5, Text: "```"},
		{Line: 6, Text: "NameTypeMandatoryDescription appSecretStringYApp Secret kgAppIdStringYKG App ID"},
		{Line: 7, Text: "```"},
		{Line: 9, Table: &pages.Table{Line: 9}},
		{Line: 12, Text: "playerIdStringYPlayer ID stageIdStringYStage ID"},
	}
	var rep pages.Reporter
	if !flattened.RefuseParagraphs(pages.Source{Name: "p.md", Report: &rep}, blocks) {
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
	var none pages.Reporter
	if flattened.RefuseParagraphs(pages.Source{Name: "p.md", Report: &none}, blocks[:1]) {
		t.Error("refused a title")
	}
}
