package aligned

import (
	"reflect"
	"strings"
	"testing"
)

// TestReprintedParagraphs reads the paragraphs of a cell that a dump
// printed again after the table, each a line, as that cell's paragraphs,
// set apart by a space where the row ran them together, and not as text
// of the page, with a warning at each; a single line after a table that
// is one of its cells (a type's title) stays text.
func TestReprintedParagraphs(t *testing.T) {
	page := "   Name         Type Required                             Description\n" +
		"vessels List<Vessel>        Y Vessels to pass, in order.1 ~ 6 vessels\n" +
		"   kind       Vessel        N                                  Vessel\n" +
		"\nVessels to pass, in order.\n\n1 ~ 6 vessels\n\nVessel\n"
	tables, texts, warns, errs := read(page)
	if len(errs) > 0 {
		t.Fatalf("errors %q", errs)
	}
	want := [][]string{{"Name", "Type", "Required", "Description"}, {"vessels", "List<Vessel>", "Y", "Vessels to pass, in order. 1 ~ 6 vessels"}, {"kind", "Vessel", "N", "Vessel"}}
	if len(tables) != 1 || !reflect.DeepEqual(tables[0], want) {
		t.Errorf("read %q, want %q", tables, want)
	}
	if !reflect.DeepEqual(texts, []string{"Vessel"}) {
		t.Errorf("texts %q, want the title alone", texts)
	}
	if len(warns) != 2 || !strings.HasPrefix(warns[0], "p.txt:5: line 5, after the table at line 1, is a paragraph of the cell of its row at line 2") || !strings.HasPrefix(warns[1], "p.txt:7:") {
		t.Errorf("warnings %q, want one at lines 5 and 7", warns)
	}
}
