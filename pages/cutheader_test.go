package pages_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/org"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/textile"
	"github.com/docs2go/docs2go/pages/zim"
)

// TestHeaderOfCodes reads a table right after another of its width,
// whose header names no column and holds codes where the rows of the
// other hold codes, and whose rows do too, as the rest of the other,
// its header its first row, with a warning, in every style that writes
// a table's first row as its header (a converter writes each of the two
// tables a page cut one table into so, a ruler under its first row);
// where its codes or its rows do not fit the other's, it refuses at its
// line, and a header that names columns stays a header.
func TestHeaderOfCodes(t *testing.T) {
	first := []string{"01 [Http response code|detail_code|msg|Description]", "03 |461|-60101|Locked|Not unlocked.|"}
	rest := append(slices.Clone(first), "05 [Http response code|detail_code|msg|Description]", "05 |462|-60102|Too fast|Below the shortest time.|", "07 |462|-60103|Not in party|Not in the party.|")
	warn := "p.txt:5: line 5, the header of a table, is a row of the table at line 1: its cells name no column, and it and the rows under it have that table's width and a code where each of its rows has one (under Http response code, detail_code)"
	fail := "p.txt:5: line 5, the header of the table at line 5, names no column (its cells \"462\", \"-60102\" are codes, as no header's cells are) and has the width of the table at line 1 right before it, but its cells or its rows do not fit that table's columns"
	for _, c := range []struct {
		name  string
		style pages.Style
		page  string
		want  []string
		warn  string
	}{
		{"Markdown", markdown.Style{},
			"| Http response code | detail_code | msg | Description |\n|---|---|---|---|\n| 461 | -60101 | Locked | Not unlocked. |\n\n| 462 | -60102 | Too fast | Below the shortest time. |\n|---|---|---|---|\n| 462 | -60103 | Not in party | Not in the party. |",
			rest, warn},
		{"Zim, the header written again under its ruler", zim.Style{},
			"|Http response code|detail_code|msg|Description|\n|---|---|---|---|\n|461|-60101|Locked|Not unlocked.|\n\n|462|-60102|Too fast|Below the shortest time.|\n|---|---|---|---|\n|462|-60102|Too fast|Below the shortest time.|\n|462|-60103|Not in party|Not in the party.|",
			append(slices.Clone(first), "05 [Http response code|detail_code|msg|Description]", "05 |462|-60102|Too fast|Below the shortest time.|", "08 |462|-60103|Not in party|Not in the party.|"), warn},
		{"Org", org.Style{},
			"| Http response code | detail_code | msg | Description |\n|---+---+---+---|\n| 461 | -60101 | Locked | Not unlocked. |\n\n| 462 | -60102 | Too fast | Below the shortest time. |\n|---+---+---+---|\n| 462 | -60103 | Not in party | Not in the party. |",
			rest, warn},
		{"Textile", textile.Style{},
			"|_. Http response code|_. detail_code|_. msg|_. Description|\n|461|-60101|Locked|Not unlocked.|\n\n\n|_. 462|_. -60102|_. Too fast|_. Below the shortest time.|\n|462|-60103|Not in party|Not in the party.|",
			nil, "p.txt:5: line 5, the header of a table, is a row of the table at line 1"},
		{"a row under it of other width: refused", markdown.Style{},
			"| Http response code | detail_code | msg | Description |\n|---|---|---|---|\n| 461 | -60101 | Locked | Not unlocked. |\n\n| 462 | -60102 | Too fast | Below the shortest time. |\n|---|---|---|---|\n| 462 | -60103 | Not in party |",
			nil, fail},
		{"a word where the other's rows hold codes: refused", markdown.Style{},
			"| Http response code | detail_code | msg | Description |\n|---|---|---|---|\n| 461 | -60101 | Locked | Not unlocked. |\n\n| 462 | x | Too fast | Below the shortest time. |\n|---|---|---|---|\n| 462 | -60103 | Not in party | Not in the party. |",
			nil, "p.txt:5: line 5, the header of the table at line 5, names no column (its cells \"462\" are codes"},
		{"a header that names columns: a table of its own", markdown.Style{},
			"| Http response code | detail_code | msg | Description |\n|---|---|---|---|\n| 461 | -60101 | Locked | Not unlocked. |\n\n| Code | Name | Level | Description |\n|---|---|---|---|\n| 1 | Normal | 3 | Normal difficulty. |",
			append(slices.Clone(first), "05 [Code|Name|Level|Description]", "07 |1|Normal|3|Normal difficulty.|"), ""},
	} {
		blocks, warns := pagestest.Read(c.style, c.page, true)
		if c.want != nil {
			if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
				t.Errorf("%s: got\n%q\nwant\n%q\nwarnings %q", c.name, got, c.want, warns)
			}
		}
		if c.warn == "" && len(warns) > 0 {
			t.Errorf("%s: warnings %q, want none", c.name, warns)
		}
		if c.warn != "" && !slices.ContainsFunc(warns, func(w string) bool { return strings.HasPrefix(w, c.warn) }) {
			t.Errorf("%s: warnings and errors %q, want %q", c.name, warns, c.warn)
		}
	}
}
