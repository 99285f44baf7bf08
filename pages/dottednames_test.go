package pages

import (
	"math/rand"
	"reflect"
	"regexp"
	"strings"
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

// TestDottedNameScans finds in random texts the names the regexps that
// say dottedNames' and spacedDot's names find, at the same places.
func TestDottedNameScans(t *testing.T) {
	dotted := regexp.MustCompile(`\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\b`)
	spaced := regexp.MustCompile(`\b([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\.[ \t]+([A-Za-z_]\w*)\b`)
	alphabet := []string{"a", "Z", "_", "1", ".", ".", " ", "\t", ",", "é", "\xff", "[]"}
	rnd := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		for k := rnd.Intn(16); k > 0; k-- {
			b.WriteString(alphabet[rnd.Intn(len(alphabet))])
		}
		text := b.String()
		var got []string
		dottedNames(text, func(name string) { got = append(got, name) })
		if want := dotted.FindAllString(text, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("dottedNames(%q) = %q, want %q", text, got, want)
		}
		var at []int
		if start, dot, word, end, ok := spacedDot(text); ok {
			at = []int{start, end, start, dot, word, end}
		}
		if want := spaced.FindStringSubmatchIndex(text); !reflect.DeepEqual(at, want) {
			t.Fatalf("spacedDot(%q) = %v, want %v", text, at, want)
		}
	}
}
