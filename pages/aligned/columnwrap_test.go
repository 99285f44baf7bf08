package aligned

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestColumnWrap reads tables whose cells are one space apart as
// pdftotext -raw prints a PDF's: a cell its column wrapped goes on on
// lines of their own under the row's line, short of the page's width.
// Lines that split into no row, under a row whose line ends no sentence,
// before the next line that starts a row, are the rest of the row's
// last cell, with a warning. A run that ends the table, holds a title
// the page's structure knows or a callout, or follows a full stop or a
// closing parenthesis, stays refused.
func TestColumnWrap(t *testing.T) {
	words := titledLexicon{spacedLexicon{"LoadoutSlot"}, []string{"Request Body", "Response Body"}}
	const width = "The longest line of the page's text, which sets the width it wraps at here, far from any row.\nand goes on.\n"
	const head = "Name Type Mandatory Description\n"
	for _, c := range []struct {
		name, rows string
		want       [][]string
		warns      []string // each a part of a warning
		err        string   // a part of the first error
	}{
		{"an empty cell's row, its description on the next lines",
			"warbandId String Y Warband ID\n" +
				"nickname String N\n" +
				"Name shown on the roster instead of the player nickname, up to 16\n" +
				"characters\n" +
				"size Integer N Players per page\n",
			[][]string{{"warbandId", "String", "Y", "Warband ID"},
				{"nickname", "String", "N", "Name shown on the roster instead of the player nickname, up to 16 characters"},
				{"size", "Integer", "N", "Players per page"}},
			[]string{`line 6 ("Name shown on the roster`, "read as the rest of the last cell of the row at line 5", `line 7 ("characters")`}, ""},
		{"a description wrapped mid-sentence",
			"role String N Only players of this\n" +
				"role\n" +
				"size Integer N Players per page\n",
			[][]string{{"role", "String", "N", "Only players of this role"}, {"size", "Integer", "N", "Players per page"}},
			[]string{`line 5 ("role")`}, ""},
		{"text under the last row, no row after it: refused",
			"nickname String N\n" +
				"Name shown on the roster\n",
			[][]string{{"nickname", "String", "N", ""}},
			nil, `line 5 ("Name shown on the roster")`},
		{"a type's heading in the run: refused",
			"nickname String N Name shown on the\n" +
				"LoadoutSlot\n" +
				"size Integer N Players per page\n",
			[][]string{{"nickname", "String", "N", "Name shown on the"}, {"size", "Integer", "N", "Players per page"}},
			nil, `line 5 ("LoadoutSlot")`},
		{"a callout in the run: refused",
			"nickname String N Name shown on the\n" +
				"Note: nicknames are checked\n" +
				"size Integer N Players per page\n",
			[][]string{{"nickname", "String", "N", "Name shown on the"}, {"size", "Integer", "N", "Players per page"}},
			nil, `line 5 ("Note: nicknames are checked")`},
		{"a line after a full stop: refused",
			"nickname String N Name shown.\n" +
				"Optional members\n" +
				"size Integer N Players per page\n",
			[][]string{{"nickname", "String", "N", "Name shown."}, {"size", "Integer", "N", "Players per page"}},
			nil, `line 5 ("Optional members")`},
		{"a line after a bound in parentheses: refused",
			"amount Integer Y How much (from 1 to 100)\n" +
				"Optional members\n" +
				"size Integer N Players per page\n",
			[][]string{{"amount", "Integer", "Y", "How much (from 1 to 100)"}, {"size", "Integer", "N", "Players per page"}},
			nil, `line 5 ("Optional members")`},
	} {
		rep := &pages.Reporter{}
		var got [][]string
		for _, b := range alignedItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(width + head + c.rows)), Report: rep, Words: words}) {
			if b.Table == nil {
				continue
			}
			for _, r := range b.Table.Rows {
				got = append(got, r.Cells)
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: rows\n got %q\nwant %q", c.name, got, c.want)
		}
		ws, es := rep.Sorted([]string{"p.txt"}, false)
		var warns string
		for _, w := range ws {
			warns += w.Error() + "\n"
		}
		for _, part := range c.warns {
			if !strings.Contains(warns, part) {
				t.Errorf("%s: warnings %q, want one with %q", c.name, warns, part)
			}
		}
		if c.err == "" && len(es) > 0 || c.err != "" && (len(es) == 0 || !strings.Contains(es[0].Error(), c.err)) {
			t.Errorf("%s: errors %v, want the first with %q", c.name, es, c.err)
		}
	}
}
