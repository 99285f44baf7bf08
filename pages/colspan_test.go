package pages_test

import (
	"reflect"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestColumnSpanRowEmpty reads a row whose cell spanning columns holds
// no text, beside others, as that many empty cells with a warning, and
// refuses one holding text with an error.
func TestColumnSpanRowEmpty(t *testing.T) {
	rep := &pages.Reporter{}
	src := pages.Source{Name: "p.txt", Report: rep}
	cells, spans := []string{"a", " ", "yes"}, []int{1, 2, 0}
	note, ok := pages.ColumnSpanRow(src, 3, 1, cells, spans, "colspan")
	if note || !ok {
		t.Fatalf("empty spanning cell: note %v, ok %v; want a row read", note, ok)
	}
	if got, want := pages.WidenSpans(cells, spans), []string{"a", " ", " ", "yes"}; !reflect.DeepEqual(got, want) {
		t.Errorf("WidenSpans = %q, want %q", got, want)
	}
	if got := pages.WidenSpans(cells, nil); !reflect.DeepEqual(got, cells) {
		t.Errorf("WidenSpans with no span = %q, want %q", got, cells)
	}
	if _, ok := pages.ColumnSpanRow(src, 4, 1, []string{"a", "int yes"}, []int{0, 2}, "colspan"); ok {
		t.Errorf("a spanning cell with text beside another: read, want refused")
	}
	ws, es := rep.Sorted([]string{"p.txt"}, false)
	if len(ws) != 1 || ws[0].Error() != "p.txt:3: line 3 of the table at line 1 holds an empty cell that spans 2 columns (colspan) beside 2 other cells: read as 2 empty cells" {
		t.Errorf("warnings %v, want one at line 3", ws)
	}
	if len(es) != 1 {
		t.Errorf("errors %v, want one at line 4", es)
	}
}
