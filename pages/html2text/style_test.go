package html2text

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/aligned"
)

// TestDetect tells html2text's text by its headings framed with
// asterisks over tables of aligned columns; a page without such
// headings, or without tables, is none.
func TestDetect(t *testing.T) {
	table := "Name  Code Description\nWhip  0    A slanted cut.\nCleft 1    A split stock.\n"
	for _, c := range []struct {
		name, page string
		over       bool // rated above the page as aligned columns
	}{
		{"framed headings over a table", "****** graftTree ******\n***** GraftMethod *****\n" + table, true},
		{"one framed heading", "***** GraftMethod *****\n" + table, false},
		{"no table", "****** graftTree ******\n***** Overview *****\nGraft a scion.\n", false},
		{"Org headings", "* graftTree\n** GraftMethod\n" + table, false},
	} {
		lines := pages.Lines([]byte(c.page))
		got := Style{}.Detect(lines)
		if over := got > (aligned.Style{}).Detect(lines); over != c.over {
			t.Errorf("%s: rate %d, over aligned columns %t, want %t", c.name, got, over, c.over)
		}
	}
}

// block is a block read, for comparing.
type block struct {
	Line  int
	Text  string
	Cells [][]string // the header, then each row's cells prefixed by its line
}

func readPage(page string) ([]block, []string) {
	rep := &pages.Reporter{}
	var out []block
	for _, b := range (Style{}).Read(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(page)), Report: rep}) {
		if b.Table == nil {
			out = append(out, block{Line: b.Line, Text: b.Text})
			continue
		}
		cells := [][]string{b.Table.Header}
		for _, r := range b.Table.Rows {
			cells = append(cells, append([]string{strings.Repeat("#", r.Line)}, r.Cells...))
		}
		out = append(out, block{Line: b.Line, Cells: cells})
	}
	_, es := rep.Sorted([]string{"p.txt"}, false)
	var errs []string
	for _, e := range es {
		errs = append(errs, e.Error())
	}
	return out, errs
}

// TestRead reads html2text's text: its framed headings as text at their
// lines, its tables' rows by where html2text sets a cell shorter than its
// row (the middle line, rounded down) with no blank line between rows or
// after the table, a description of two rows that the layout alone does
// not tell apart by the line that begins in lower case, a word its wrap
// broke after a hyphen joined.
func TestRead(t *testing.T) {
	page := "****** graftTree ******\n" + // 1
		"**** Request Headers ****\n" + // 2
		"Name         Required                          Description\n" + // 3
		"Auth-Token   true                              A token used to authenticate the\n" + // 4
		"                                               user, issued after login.\n" + // 5
		"             Optional if the gameId in the\n" + // 6
		"Game-Id      SecretInfo use in headers Secret-\n" + // 7
		"             Key has assign a valid value.\n" + // 8
		"**** Request Body ****\n" + // 9
		"Code           Type        Required Description\n" + // 10
		"growthBoost    number               Extra growth granted by an event, as a\n" + // 11
		"                                    fraction. (from 0.0 to 0.5) (Default: 0.0)\n" + // 12
		"                                    Seal the graft with wax, which takes no wax\n" + // 13
		"waxSeal        boolean              from the inventory. (Default: true)\n" + // 14
		"                                    The end.\n" + // 15
		"***** GraftMethod *****\n" + // 16
		"Name  Code Description\n" + // 17
		"Whip  0    A slanted cut on both, bound together.\n" + // 18
		"Cleft 1    The scion set in a split of the stock.\n" + // 19
		"Edit_this_page_on_GitHub\n" + // 20
		"© 2026 GearN. All rights reserved.\n" // 21
	got, errs := readPage(page)
	want := []block{
		{Line: 1, Text: "graftTree"},
		{Line: 2, Text: "Request Headers"},
		{Line: 3, Cells: [][]string{{"Name", "Required", "Description"},
			{"####", "Auth-Token", "true", "A token used to authenticate the user, issued after login."},
			{"######", "Game-Id", "Optional if the gameId in the SecretInfo use in headers Secret-Key has assign a valid value.", ""}}},
		{Line: 9, Text: "Request Body"},
		{Line: 10, Cells: [][]string{{"Code", "Type", "Required", "Description"},
			{"###########", "growthBoost", "number", "", "Extra growth granted by an event, as a fraction. (from 0.0 to 0.5) (Default: 0.0)"},
			{"#############", "waxSeal", "boolean", "", "Seal the graft with wax, which takes no wax from the inventory. (Default: true) The end."}}},
		{Line: 16, Text: "GraftMethod"},
		{Line: 17, Cells: [][]string{{"Name", "Code", "Description"},
			{"##################", "Whip", "0", "A slanted cut on both, bound together."},
			{"###################", "Cleft", "1", "The scion set in a split of the stock."}}},
		{Line: 20, Text: "Edit_this_page_on_GitHub"},
		{Line: 21, Text: "© 2026 GearN. All rights reserved."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks\n got %q\nwant %q", got, want)
	}
	if len(errs) > 0 {
		t.Errorf("errors %q", errs)
	}
}

// TestBackToBackTables reads two tables html2text writes one right
// under the other, with no title or blank line between them (a
// scraper's, which moved their titles above the first): the second's
// header starts a table of its own, and a row of the second whose type
// runs over the first's gutters is its row, not a line of text that cuts
// the first.
func TestBackToBackTables(t *testing.T) {
	page := "Name                     Code Description\n" + // 1
		"SecretInvalid            -10  The selected secret key is missing.\n" + // 2
		"Ok                       1    The request completed successfully.\n" + // 3
		"Code          Type                      Required Description\n" + // 4
		"errorCode     ErrorCode                 true     The status of the operation.\n" + // 5
		"tree          GenericModels.OrchardTree          The tree after the graft.\n" + // 6
		"successChance number                    true     The chance the graft had.\n" // 7
	got, errs := readPage(page)
	want := []block{
		{Line: 1, Cells: [][]string{{"Name", "Code", "Description"},
			{"##", "SecretInvalid", "-10", "The selected secret key is missing."},
			{"###", "Ok", "1", "The request completed successfully."}}},
		{Line: 4, Cells: [][]string{{"Code", "Type", "Required", "Description"},
			{"#####", "errorCode", "ErrorCode", "true", "The status of the operation."},
			{"######", "tree", "GenericModels.OrchardTree", "", "The tree after the graft."},
			{"#######", "successChance", "number", "true", "The chance the graft had."}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks\n got %q\nwant %q", got, want)
	}
	if len(errs) > 0 {
		t.Errorf("errors %q", errs)
	}
}

// TestTableStops ends a table with no blank line after it before a line
// of prose from the margin that breaks a gutter of its columns, and not
// before a row whose first cell is a code with its note, nor under a
// header cell of many words; such a line that the table's rows follow
// cuts it, and one that begins as a cell's rest, the last of its run,
// is the rest of the table's last line (rest: its last column's start).
// Words of prose within the first column alone, where html2text sets one
// name to a row, end the table too (phrase).
func TestTableStops(t *testing.T) {
	for _, c := range []struct {
		name string
		page string
		want []stop
	}{
		{"chrome after the table",
			"Http response code detail_code msg            Description\n" +
				"497                -75001      Hive empty     The hive was harvested\n" +
				"LikeBe the first to like this\n", []stop{{line: 2, rest: -1}}},
		{"a line of text between two rows, then chrome",
			"Http response code detail_code msg            Description\n" +
				"497                -75001      Hive empty     The hive was harvested today\n" +
				"Values are checked by the server before the call runs.\n" +
				"498                -75002      Bees agitated  The bees are agitated\n" +
				"LikeBe the first to like this\n", []stop{{line: 2, cut: true, rest: -1}, {line: 4, rest: -1}}},
		{"the rest of the last row, a hard wrap's, then a heading",
			"Code        Type       Required Description\n" +
				"itemId      string     true     The catalog identifier of the item.\n" +
				"quantity    number int          How many to buy. (from 1 to 99)\n" +
				"(Default: 1)\n" +
				"\n", []stop{{line: 3, rest: 32}}},
		{"a line of prose in lower case after the table, then more",
			"Code        Type       Required Description\n" +
				"quantity    number int          How many to buy. (from 1 to 99)\n" +
				"then the page goes on with prose\n" +
				"over two lines.\n", []stop{{line: 2, rest: -1}}},
		{"a code with its note",
			"Status Code         Status Code Description Status Code Detailed Description\n" +
				"200                 Normal Response         Normal\n" +
				"4xx (custom status) Harvest Rejected        See the response codes below\n", nil},
		{"a footer within the first column, right under an enum table",
			"Name                 Code Description\n" +
				"GNArrayMinLength     14   Invalid: GNArrayMinLength.\n" +
				"GNArrayMaxLength     15   Invalid: GNArrayMaxLength.\n" +
				" \u00a9 2026 GearN\n", []stop{{line: 3, rest: -1, phrase: true}}},
		{"a callout's title within the first column, then its text",
			"Name         Required                          Description\n" +
				"Auth-Token   true                              A token used to authenticate the\n" +
				"                                               user, issued after login.\n" +
				"Content-Type true                              application/json\n" +
				"Daily limit\n" +
				"A player sends at most 50 gifts a day, counted from midnight UTC; a friend may\n", []stop{{line: 4, rest: -1, phrase: true}}},
		{"a name the narrow column broke, and words in lower case within the first column, as a cell's rest begins: no end",
			"Name               Type    Description\n" +
				"nicknameChangesLef number  How many times the\n" +
				"t                          player may rename.\n" +
				"level              number  The level.\n" +
				"of the player\n", nil},
		{"a table right under the table, its header naming a column the first's names, then a type's cell over the first's gutters",
			"Name                     Code Description\n" +
				"SecretInvalid            -10  The selected secret key is missing, wrong, or\n" +
				"                              does not match the current route/game context.\n" +
				"Ok                       1    The request completed successfully.\n" +
				"Code          Type                      Required Description\n" +
				"errorCode     ErrorCode                 true     The status of the operation.\n" +
				"tree          GenericModels.OrchardTree          The tree after the graft.\n" +
				"successChance number                    true     The chance the graft had.\n", nil},
		{"a blank line after the table",
			"Name  Code Description\n" +
				"Whip  0    A slanted cut.\n" +
				"\n" +
				"Some text after it.\n", nil},
	} {
		if got := tableStops(pages.Lines([]byte(c.page)), 0); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: stops %+v, want %+v", c.name, got, c.want)
		}
	}
}

// TestHardWrapRests reads what a hard wrap leaves of a table's line at
// the margin: the rest of the last row, a bound or a default, as that
// row's last cell's rest, warned of; a word under the first column among
// the rows, read as a row of its own, warned of too.
func TestHardWrapRests(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []block
		warns      []string
	}{
		{"the last row's default at the margin, a heading under it",
			"Code        Type       Required Description\n" +
				"itemId      string     true     The catalog identifier of the item.\n" +
				"quantity    number int          How many to buy. (from 1 to 99)\n" +
				"(Default: 1)\n" +
				"***** #Server *****\n",
			[]block{{Line: 1, Cells: [][]string{{"Code", "Type", "Required", "Description"},
				{"##", "itemId", "string", "true", "The catalog identifier of the item."},
				{"###", "quantity", "number int", "", "How many to buy. (from 1 to 99) (Default: 1)"}}},
				{Line: 5, Text: "Server"}},
			[]string{"p.txt:4: line 4 starts at the margin, out of the columns of the table at line 1, right under its last line, and begins as the rest of a cell does: read as the rest of that line's last cell"}},
		{"a description's word at the margin under the first column",
			"Status Code         Status Code Description Status Code Detailed Description\n" +
				"200                 Normal Response         Normal\n" +
				"                                            Unparsable request data,\n" +
				"missing\n" +
				"400                 Bad Request             mandatory parameters\n" +
				"401                 Unauthenticated         Authentication failed\n" +
				"500                 Internal Server Error   Internal server system error\n",
			[]block{{Line: 1, Cells: [][]string{{"Status Code", "Status Code Description", "Status Code Detailed Description"},
				{"##", "200", "Normal Response", "Normal Unparsable request data,"},
				{"####", "missing", "", ""},
				{"#####", "400", "Bad Request", "mandatory parameters"},
				{"######", "401", "Unauthenticated", "Authentication failed"},
				{"#######", "500", "Internal Server Error", "Internal server system error"}}}},
			[]string{"p.txt:4: line 4 holds a cell under Status Code alone (\"missing\"), where every other row of the table at line 1 fills Status Code Detailed Description"}},
	} {
		rep := &pages.Reporter{}
		var got []block
		for _, b := range (Style{}).Read(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(c.page)), Report: rep}) {
			if b.Table == nil {
				got = append(got, block{Line: b.Line, Text: b.Text})
				continue
			}
			cells := [][]string{b.Table.Header}
			for _, r := range b.Table.Rows {
				cells = append(cells, append([]string{strings.Repeat("#", r.Line)}, r.Cells...))
			}
			got = append(got, block{Line: b.Line, Cells: cells})
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: blocks\n got %q\nwant %q", c.name, got, c.want)
		}
		ws, es := rep.Sorted([]string{"p.txt"}, false)
		if len(es) > 0 {
			t.Errorf("%s: errors %q", c.name, es)
		}
		for _, part := range c.warns {
			if !strings.Contains(fmt.Sprint(ws), part) {
				t.Errorf("%s: warnings %q, want one with %q", c.name, ws, part)
			}
		}
	}
}

// TestRowsApart refuses the line that ends a table when it begins as a
// row of it does (a name, then a code, or a name, then a primitive
// type): the page's second table of the same rows, laid out in columns
// of its own right under the first; a line of text there is no row.
func TestRowsApart(t *testing.T) {
	for _, c := range []struct {
		name, page string
		err        string // the first error's start; "" for none
	}{
		{"a table of codes, its rest in columns of its own",
			"Name             Code Description\n" +
				"Ok               1    Done.\n" +
				"HerbMissing      141  An herb is missing.\n" +
				"CauldronBusy  142 A batch is already brewing in the cauldron.\n" +
				"RecipeUnknown 143 No potion can be brewed.\n",
			"p.txt:4: line 4 (\"CauldronBusy  142 A batch is already brewing in the cauld...\"), right under the table at line 1, begins as a row of it does"},
		{"a table of fields, its rest in columns of its own",
			"Code        Type       Required Description\n" +
				"roomId      string     true     The room the piece is placed in. (1 - 20\n" +
				"                                characters)\n" +
				"rotation    Rotation            Which way the piece faces. See Rotation\n" +
				"dyeColors   string[]            Hex colors of the piece's dye slots, e.g.\n" +
				"                                #A05A2C. (at most 3 items)\n" +
				"ignoreOwnership boolean  Place a piece the player does not own. (Default:\n" +
				"                         false)\n",
			"p.txt:7: line 7 (\"ignoreOwnership boolean  Place a piece the player does no...\"), right under the table at line 1, begins as a row of it does"},
		{"a line of text right under a table",
			"Name             Code Description\n" +
				"Ok               1    Done.\n" +
				"HerbMissing      141  An herb is missing.\n" +
				"Edit this page on GitHub\n",
			""},
	} {
		rep := &pages.Reporter{}
		(Style{}).Read(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(c.page)), Report: rep})
		_, es := rep.Sorted([]string{"p.txt"}, false)
		switch {
		case c.err == "" && len(es) > 0:
			t.Errorf("%s: errors %q, want none", c.name, es)
		case c.err != "" && (len(es) == 0 || !strings.HasPrefix(es[0].Error(), c.err)):
			t.Errorf("%s: errors %q, want the first to start with %q", c.name, es, c.err)
		}
	}
}

// TestParenthesisAcrossRows refuses a table whose cells sit at the top of
// their rows, on a page that sets them in the middle: the only way to cut
// its lines into rows placed so starts a row with a description that
// closes a parenthesis the line above left open, which no cell does.
func TestParenthesisAcrossRows(t *testing.T) {
	page := "**** Query Parameters ****\n" + // 1
		"Code             Type        Required Description\n" + // 2
		"cityId           string      true     The city whose parades are listed. (3 -\n" + // 3
		"                                      12 characters)\n" + // 4
		"districts        string[]             Only parades that pass through these\n" + // 5
		"                                      districts, repeated in the query:\n" + // 6
		"                                      districts=harbor&districts=old-town. (1 -\n" + // 7
		"                                      6 items)\n" + // 8
		"theme            ParadeTheme          Only parades of this theme.\n" + // 9
		"                                      See ParadeTheme\n" + // 10
		"maxFloats        number int           Leave out parades with more floats than\n" + // 11
		"                                      this. (from 1 to 40) (Default: 10)\n" + // 12
		"crowdFactor      number               Expected share of the city's players\n" + // 13
		"                                      watching, used to order the parades.\n" + // 14
		"                                      (from 0.1 to 0.9) (Default: 0.5)\n" + // 15
		"includeFireworks boolean              Also list the fireworks shows that close\n" + // 16
		"                                      a parade. (Default: false)\n" + // 17
		"locale           string               Language of the float names. (up to 5\n" + // 18
		"                                      characters) (Default: en)\n" // 19
	_, errs := readPage(page)
	want := "p.txt:4: line 4: the table at line 2 sets its cells in the middle of their rows, and where they sit, line 4 starts a row, but its cell under Description closes a parenthesis that line 3 left open"
	if len(errs) == 0 || !strings.HasPrefix(errs[0], want) {
		t.Errorf("errors %q, want one that begins %q", errs, want)
	}
}

// TestFirstColumnPhrase reads words within a table's first column alone,
// right under it, as text after the table, with a warning: html2text
// writes no blank line after a table, and sets one name to a row.
func TestFirstColumnPhrase(t *testing.T) {
	page := "***** getTime *****\n***** Error *****\nName             Code Description\nUnknownError     1    Invalid: UnknownError.\nGNArrayMaxLength 15   Invalid: GNArrayMaxLength.\n \u00a9 2026 GearN\n"
	rep := &pages.Reporter{}
	blocks := (Style{}).Read(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(page)), Report: rep})
	var texts []string
	rows := 0
	for _, b := range blocks {
		if b.Table != nil {
			rows += len(b.Table.Rows)
			continue
		}
		texts = append(texts, b.Text)
	}
	ws, es := rep.Sorted([]string{"p.txt"}, false)
	var warns []string
	for _, w := range ws {
		warns = append(warns, w.Error())
	}
	want := []string{`p.txt:6: line 6 ("© 2026 GearN"), right under the table at line 3, holds words within its first column alone, where html2text sets one name to a row: read as text after the table, which html2text writes with no blank line after it`}
	if rows != 2 || !slices.Equal(texts, []string{"getTime", "Error", "© 2026 GearN"}) || !slices.Equal(warns, want) || len(es) != 0 {
		t.Errorf("rows %d, texts %q, warnings %q, errors %v; want 2 rows, the footer as text, warnings %q", rows, texts, warns, es, want)
	}
}

// TestChromeEndsTable ends a table at the site's doc footer right under
// its last row, its lines all chrome (pages.EndsContent, pages.ChromeEnd):
// no line of it cuts the table, as a line of text between two rows would;
// where a row of the table follows the footer, the footer cuts it, with a
// warning, and the row is not read silently as text.
func TestChromeEndsTable(t *testing.T) {
	const table = "Name             Code Description\nOk               1    Done.\nHerbMissing      141  An herb is missing.\n"
	for _, c := range []struct {
		name, page string
		cut        bool
	}{
		{"a doc footer", table + "Edit this page\nLast updated:\n\nReleased under the MIT License.\n", false},
		{"a doc footer a row follows", table + "Edit this page\nRootMissing      142  A root is missing.\n", true},
	} {
		rep := &pages.Reporter{}
		rows := 0
		for _, b := range (Style{}).Read(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(c.page)), Report: rep}) {
			if b.Table != nil {
				rows += len(b.Table.Rows)
			}
		}
		ws, es := rep.Sorted([]string{"p.txt"}, false)
		cut := false
		for _, w := range ws {
			cut = cut || strings.Contains(w.Error(), "line 4 cuts the table")
		}
		if rows != 2 || cut != c.cut || c.cut != (len(es) > 0) {
			t.Errorf("%s: %d rows, cut %v, errors %v; want 2 rows, cut %v, refused %v\nwarnings %v", c.name, rows, cut, es, c.cut, c.cut, ws)
		}
	}
}
