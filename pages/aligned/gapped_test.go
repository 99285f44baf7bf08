package aligned

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestGappedTables reads tables whose cells are each followed by two
// spaces and no column lined up, as Emacs's eww (shr) saves a page: the
// gaps cut the cells, an empty cell is a gap alone, a wrapped cell's
// lines are indented by a gap for each cell to its left (the header's
// too), the gaps every line ends with past the header's last cell are
// empty cells of no column, a line of one cell spans the row (a note), a
// row of fewer cells is short of cells, a header repeated is no row, a
// blank line before a line of the grid is the table's, a row a hard
// wrap cut is read whole, and a row of its columns a few lines of text
// after it is its rest; a row of its columns there that is no rest
// (short of a cell) is refused. A row whose Required
// cell states no requiredness, a line right of the row's last cell and
// a line that goes on with no row above it are refused at their line,
// and so is a header of such a table that no table took.
func TestGappedTables(t *testing.T) {
	type row struct {
		line  int
		cells []string
	}
	for _, c := range []struct {
		name  string
		page  string
		want  []row
		texts []string
		err   string
	}{
		{"Kakao's table: a cell wrapped, an empty cell, a note",
			"Request Parameters\n\n" +
				" Name  Type  Mandatory  Description  \n" +
				" playerId  String  Y  Player ID of the watcher  \n" +
				" mode  String (Enum)  N  Only matches of this mode (ranked,  \n" +
				"       casual, tournament) (default:  \n" +
				"       ranked)  \n" +
				" ※ mode is new.  \n" +
				" region  String    Region code  \n" +
				"Powered by Confluence\n",
			[]row{{4, []string{"playerId", "String", "Y", "Player ID of the watcher"}},
				{5, []string{"mode", "String (Enum)", "N", "Only matches of this mode (ranked, casual, tournament) (default: ranked)"}},
				{9, []string{"region", "String", "", "Region code"}}},
			[]string{"Request Parameters", "※ mode is new.", "Powered by Confluence"}, ""},
		{"a list in a cell, its items on lines of their own behind bullets: the cell's values; a range wrapped at a dash is no item",
			"Request Parameters\n\n" +
				" Name  Type  Mandatory  Description  \n" +
				" currencies  List<String>  N  Currencies to return. One  \n" +
				"       of:  \n" +
				"         \n" +
				"       * gold  \n" +
				"       * gem  \n" +
				" count  String  N  How many, (1  \n" +
				"       - 6 items)  \n" +
				"Powered by Confluence\n",
			[]row{{4, []string{"currencies", "List<String>", "N", "Currencies to return. One of: gold, gem"}},
				{9, []string{"count", "String", "N", "How many, (1 - 6 items)"}}},
			[]string{"Request Parameters", "Powered by Confluence"}, ""},
		{"a header cell wrapped, a cell of two spaces it keeps before a break",
			" Status Code  Status Code Description  Status Code Detailed  \n" +
				"     Description  \n" +
				" 200  Normal Response  Normal   \n" +
				"     (no body)  \n" +
				" 4xx (custom status)  Rejected  See below  \n",
			[]row{{3, []string{"200", "Normal Response", "Normal (no body)"}},
				{5, []string{"4xx (custom status)", "Rejected", "See below"}}},
			nil, ""},
		{"GearN's table: empty cells every line ends with, a row short of a cell, the header repeated",
			"  Code  Type  Required  Description    \n" +
				"  Code  Type  Required  Description    \n" +
				"  userId  string  true  The player. (10    \n" +
				"        characters)    \n" +
				"  keys  string[]  Keys to read.    \n",
			[]row{{3, []string{"userId", "string", "true", "The player. (10 characters)"}},
				{5, []string{"keys", "string[]", "Keys to read."}}},
			nil, ""},
		{"a blank line between rows, the rest after a line of text",
			" Name  Code  Description  \n" +
				" Ok  1  Done  \n" +
				"\n" +
				" Busy  2  Brewing  \n" +
				"Sponsored\n" +
				"  Late  3  Too late  \n",
			[]row{{2, []string{"Ok", "1", "Done"}}, {4, []string{"Busy", "2", "Brewing"}},
				{6, []string{"Late", "3", "Too late"}}},
			[]string{"Sponsored"}, ""},
		{"a description under Required: refused",
			" Name  Type  Required  Description  \n" +
				" id  String  The ID  Player ID  \n",
			nil, nil, "p.txt:2: the row at line 2 of the table at line 1, its cells cut at its gaps of 2 spaces (id | String | The ID | Player ID), holds \"The ID\" under Required, which states no requiredness"},
		{"a line that goes on with no row above it: refused",
			" Name  Type  Description  \n" +
				" id  String  Player  \n" +
				" ※ note  \n" +
				"     ID  \n",
			[]row{{2, []string{"id", "String", "Player"}}},
			[]string{"※ note"}, "p.txt:4: line 4 (\"ID\"), in the table at line 1 whose cells are each followed by 2 spaces, goes on with cells of the columns right of its first, but no row stands above it"},
		{"a line right of its row's last cell: refused",
			"  Code  Type  Required  Description    \n" +
				"  keys  string[]  Keys.    \n" +
				"        more    \n",
			[]row{{2, []string{"keys", "string[]", "Keys."}}},
			nil, "p.txt:3: line 3 (\"more\"), in the table at line 1 whose cells are each followed by 2 spaces, goes on with a cell right of the last that its row at line 2 holds"},
		{"a line of more cells than the header's: refused",
			" Name  Type  Description  \n" +
				" id  String  Player  \n" +
				" no  String  Player  ID  \n",
			[]row{{2, []string{"id", "String", "Player"}}}, nil, "p.txt:3: line 3 (\"no  String  Player  ID\"), in the table at line 1 whose cells are each followed by 2 spaces, does not fit its cells: it holds more cells than the header's 3"},
		{"a row a hard wrap cut, its rest at the margin",
			" Name  Type  Description  \n" +
				" age  int  Years  \n" +
				" id  String  The player\n" +
				"ID  \n",
			[]row{{2, []string{"age", "int", "Years"}}, {3, []string{"id", "String", "The player ID"}}},
			nil, ""},
		{"a row short of a cell a line of text after the table, no rest of it: refused",
			" Name  Type  Required  Description  \n" +
				" userId  string  true  The player  \n" +
				"Values are checked by the server.\n" +
				" customId  string  The custom ID  \n",
			[]row{{2, []string{"userId", "string", "true", "The player"}}},
			[]string{"Values are checked by the server.", "customId  string  The custom ID"},
			"p.txt:4: line 4 splits at gaps into 3 cells, as a row of the table at line 1 does"},
		{"a column of numbers under an empty header cell",
			"   Name  Description  \n" +
				" 1  id  The player ID  \n",
			[]row{{2, []string{"1", "id", "The player ID"}}}, nil, ""},
		{"a header indented past rows that fill no column of its own: refused",
			"   Name  Description  \n" +
				" id  The player ID  \n",
			nil, []string{"Name  Description", "id  The player ID"},
			"p.txt:1: line 1 names the columns Name | Description, each followed by the same gap"},
	} {
		rep := &pages.Reporter{}
		var got []row
		var texts []string
		for _, b := range alignedItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(c.page)), Report: rep, Words: spacedLexicon{}}) {
			if b.Table == nil {
				texts = append(texts, b.Text)
				continue
			}
			for _, r := range b.Table.Rows {
				got = append(got, row{r.Line, r.Cells})
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: rows\n got %q\nwant %q", c.name, got, c.want)
		}
		if !reflect.DeepEqual(texts, c.texts) {
			t.Errorf("%s: text lines %q, want %q", c.name, texts, c.texts)
		}
		_, es := rep.Sorted([]string{"p.txt"}, false)
		if c.err == "" && len(es) > 0 || c.err != "" && (len(es) == 0 || !strings.HasPrefix(es[0].Error(), c.err)) {
			t.Errorf("%s: errors %v, want %q", c.name, es, c.err)
		}
	}
}

// TestGappedLine cuts a line of a table whose cells are each followed by
// two spaces: a run of spaces is as many gaps as it holds whole, a line
// indented by gaps begins at a later column, and a line that ends with no
// gap, is indented less than the table or holds more cells is refused.
func TestGappedLine(t *testing.T) {
	g := gappedGrid{indent: 1, gap: 2, n: 4}
	for _, c := range []struct {
		line  string
		cells []string
		first int
		count int
		why   string
	}{
		{" a  b  c d  e  ", []string{"a", "b", "c d", "e"}, 0, 4, ""},
		{" a    c  ", []string{"a", "", "c", ""}, 0, 3, ""},
		{"     c  ", []string{"", "", "c", ""}, 2, 3, ""},
		{" a   b  ", []string{"a", "b", "", ""}, 0, 2, ""},
		{" a  b", nil, 0, 0, "its last cell is followed by no gap"},
		{"a  ", nil, 0, 0, "its indent, 0 spaces, is less than the table's (1)"},
		{" a  b  c  d  e  ", nil, 0, 0, "it holds more cells than the header's 4"},
	} {
		gl, why := g.split(c.line)
		if why != c.why || why == "" && (!reflect.DeepEqual(gl.cells, c.cells) || gl.first != c.first || gl.count != c.count) {
			t.Errorf("split(%q) = %q, %d, %d, %q; want %q, %d, %d, %q", c.line, gl.cells, gl.first, gl.count, why, c.cells, c.first, c.count, c.why)
		}
	}
}
