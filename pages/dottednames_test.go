package pages

import (
	"reflect"
	"testing"
)

// TestJoinDottedNames reads a dotted name parted by a space after a dot
// whole where the page writes it whole elsewhere, with one warning; a
// name the page never writes whole, and a sentence after a full stop,
// stay as they are.
func TestJoinDottedNames(t *testing.T) {
	blocks := []Block{
		{Line: 3, Text: "The finds. GenericModels. DigFind"},
		{Line: 5, Table: &Table{Line: 5, Header: []string{"Code", "Type", "Description"}, Rows: []*Row{
			{Line: 7, Raw: "finds | GenericModels. DigFind[] | See GenericModels.DigFind", Cells: []string{"finds", "GenericModels. DigFind[]", "See GenericModels.DigFind"}},
			{Line: 9, Raw: "entries | GenericModels. Entry[] | Entries. Done", Cells: []string{"entries", "GenericModels. Entry[]", "Entries. Done"}},
		}}},
	}
	var rep Reporter
	joinDottedNames(Source{Name: "p.txt", Report: &rep}, blocks)
	rows := blocks[1].Table.Rows
	got := []string{blocks[0].Text, rows[0].Cells[1], rows[0].Raw, rows[1].Cells[1], rows[1].Cells[2]}
	want := []string{"The finds. GenericModels.DigFind", "GenericModels.DigFind[]", "finds | GenericModels.DigFind[] | See GenericModels.DigFind", "GenericModels. Entry[]", "Entries. Done"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read %q, want %q", got, want)
	}
	if len(rep.warns) != 1 || rep.warns[0].Pos.Line != 3 {
		t.Errorf("warnings %v, want one at line 3", rep.warns)
	}
}
