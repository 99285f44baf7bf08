package aligned

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestKernedNames reads a name that a PDF's text extraction broke at a
// kerning ("Content-T ype"), in a table whose cells are one space apart,
// joined where another line of the page writes it whole (an example
// request's header), with a warning at its line; a name no other line
// writes whole stays refused, the refusal naming the name joined to
// write.
func TestKernedNames(t *testing.T) {
	const page = "The longest line of the page's text, which sets the width it wraps at here, the print's.\n" +
		"Request Headers\n" +
		"Name Type Mandatory Description\n" +
		"Content-T ype String Y The body's type\n" +
		"appSecret String Y App Secret\n" +
		"minW eight String N Lightest bird to list\n" +
		"\n" +
		"Example Request\n" +
		"POST /a HTTP/1.1\n" +
		"Content-Type: application/json\n"
	rep := &pages.Reporter{}
	var names []string
	for _, b := range alignedItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(page)), Report: rep, Words: spacedLexicon{}}) {
		if b.Table == nil {
			continue
		}
		for _, r := range b.Table.Rows {
			names = append(names, r.Cells[0])
		}
	}
	if want := []string{"Content-Type", "appSecret"}; !reflect.DeepEqual(names, want) {
		t.Errorf("rows named %q, want %q", names, want)
	}
	ws, es := rep.Sorted([]string{"p.txt"}, false)
	warned := false
	for _, w := range ws {
		warned = warned || strings.HasPrefix(w.Error(), `p.txt:4: line 4 ("Content-T ype String Y The body's type"), under the header at line 3 whose cells are one space apart, splits into no row of the columns Name | Type | Mandatory | Description, but its first two words joined, "Content-Type", split as a row, and line 10 writes that name whole`)
	}
	if !warned {
		t.Errorf("no warning at line 4 in %v", ws)
	}
	if len(es) != 1 || !strings.HasPrefix(es[0].Error(), "p.txt:6: ") || !strings.Contains(es[0].Error(), `its first two words, "minW eight", are one name, "minWeight", that a PDF's text extraction broke at a kerning, which no other line of the page writes whole to tell: write the name whole`) {
		t.Errorf("errors %v, want one at line 6 naming minWeight", es)
	}
}
