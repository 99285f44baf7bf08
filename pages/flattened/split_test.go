package flattened

import (
	"reflect"
	"testing"
)

// TestSplitterCells splits the rows html2markdown writes as text with
// their cells run together: a type's arguments and its note in
// parentheses, a mark of one letter run into a description that begins
// with a capital, and no row in a paragraph of prose.
func TestSplitterCells(t *testing.T) {
	sp := NewSplitter(testLexicon{"Material"}, nil)
	head := []string{"Name", "Type", "Mandatory", "Description"}
	for _, c := range []struct {
		row  string
		want []string
	}{
		{"playerIdStringYPlayer ID", []string{"playerId", "String", "Y", "Player ID"}},
		{"storeString (Enum)NStore of the payments", []string{"store", "String (Enum)", "N", "Store of the payments"}},
		{"roleString (Enum)NOnly clowns", []string{"role", "String (Enum)", "N", "Only clowns"}},
		{"materialsList<Material>YMaterials used", []string{"materials", "List<Material>", "Y", "Materials used"}},
		{"outfitIdsList<String>YOutfits to delete", []string{"outfitIds", "List<String>", "Y", "Outfits to delete"}},
		{"sanctionIdLongOID of the sanction", []string{"sanctionId", "Long", "O", "ID of the sanction"}},
		{"gradeIntegerY", []string{"grade", "Integer", "Y", ""}},
		{"(google, apple)", nil},
	} {
		got, rival, _ := sp.Cells(c.row, head)
		if !reflect.DeepEqual(got, c.want) || rival != nil {
			t.Errorf("%q: got %q (rival %q), want %q", c.row, got, rival, c.want)
		}
	}
}
