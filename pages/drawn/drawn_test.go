package drawn

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// read reads a page of the style, and returns its tables (each its
// header, then its rows' cells), its text lines, and its errors.
func read(page string) (tables [][][]string, texts []string, errs []string) {
	rep := &pages.Reporter{}
	for _, b := range drawnItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(page)), Report: rep}) {
		if b.Table == nil {
			texts = append(texts, b.Text)
			continue
		}
		tb := [][]string{b.Table.Header}
		for _, r := range b.Table.Rows {
			tb = append(tb, r.Cells)
		}
		tables = append(tables, tb)
	}
	_, es := rep.Sorted([]string{"p.txt"}, false)
	for _, e := range es {
		errs = append(errs, e.Error())
	}
	return tables, texts, errs
}

// TestTables reads small pages of each form a drawn table comes in.
func TestTables(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       [][][]string
		texts      []string
	}{{
		name:  "w3m box, wrapped cells, a wide rune two columns",
		page:  "Request\n\n┌─────┬──────┬─────────┐\n│Name │ Type │Mandatory│\n├─────┼──────┼─────────┤\n│lang │String│N        │\n│     │(Enum)│         │\n├─────┼──────┼─────────┤\n│이름 │Long  │Y        │\n└─────┴──────┴─────────┘\n",
		want:  [][][]string{{{"Name", "Type", "Mandatory"}, {"lang", "String (Enum)", "N"}, {"이름", "Long", "Y"}}},
		texts: []string{"Request"},
	}, {
		name: "wide rune counted as one column: split at the walls",
		page: "┌────┬────┐\n│Name│Type│\n├────┼────┤\n│이름 │Long│\n└────┴────┘\n",
		want: [][][]string{{{"Name", "Type"}, {"이름", "Long"}}},
	}, {
		name: "box: a body of one box is one row, its first cell wrapped too",
		page: "┌───────┬──────┐\n│ Code  │ Type │\n├───────┼──────┤\n│4xx    │Custom│\n│(custom│      │\n│status)│      │\n└───────┴──────┘\n",
		want: [][][]string{{{"Code", "Type"}, {"4xx (custom status)", "Custom"}}},
	}, {
		name: "w3m's box in ASCII: an outer border without junctions, a walled rule between every two rows, a header and cells wrapped in their boxes",
		page: "+----------------------------+\n|  Status  |     Status      |\n|   Code   |   Description   |\n|----------+-----------------|\n|200       |Normal Response  |\n|----------+-----------------|\n|471       |Not Grantable    |\n|(custom   |                 |\n|status)   |                 |\n|----------+-----------------|\n|500       |Internal Server  |\n|          |Error            |\n+----------------------------+\n",
		want: [][][]string{{{"Status Code", "Status Description"}, {"200", "Normal Response"}, {"471 (custom status)", "Not Grantable"}, {"500", "Internal Server Error"}}},
	}, {
		name: "w3m's box in ASCII, a body of one box over two lines is one row",
		page: "+-------------------+\n|  Code   |  Type   |\n|---------+---------|\n|4xx      |Custom   |\n|(custom  |         |\n|status)  |         |\n+-------------------+\n",
		want: [][][]string{{{"Code", "Type"}, {"4xx (custom status)", "Custom"}}},
	}, {
		name: "box drawn with an outer border without junctions, its columns from the rule under the header",
		page: "┌────────────┐\n│Name │ Type │\n├─────┼──────┤\n│lang │String│\n├─────┼──────┤\n│id   │Long  │\n└────────────┘\n",
		want: [][][]string{{{"Name", "Type"}, {"lang", "String"}, {"id", "Long"}}},
	}, {
		name: "MySQL: no rule between rows, a blank first cell goes on the row before",
		page: "+------+---------+\n| Name | Type    |\n+------+---------+\n| id   | string  |\n|      | wrapped |\n| n    | int     |\n+------+---------+\n",
		want: [][][]string{{{"Name", "Type"}, {"id", "string wrapped"}, {"n", "int"}}},
	}, {
		name:  "rst grid with literals, links and an escaped space",
		page:  "Body\n~~~~\n\n+---------+-----------+\n| Code    | Type      |\n+=========+===========+\n| ``ids`` | `Item     |\n|         | <#item>`__\\ [] |\n+---------+-----------+\n",
		want:  [][][]string{{{"Code", "Type"}, {"ids", "Item[]"}}},
		texts: []string{"Body"},
	}, {
		name:  "rst simple table, a continuation line",
		page:  "Codes\n-----\n\n====  ====  ===========\nName  Code  Description\n====  ====  ===========\nOk    1     Done, and\n            well done.\nBad   2     Failed.\n====  ====  ===========\n",
		want:  [][][]string{{{"Name", "Code", "Description"}, {"Ok", "1", "Done, and well done."}, {"Bad", "2", "Failed."}}},
		texts: []string{"Codes"},
	}, {
		name: "rst simple table of a header and no rows, indented in a directive, then one without a header rule",
		page: ".. container:: table-wrap\n\n   ==== ==== ===========\n   Name Type Description\n   ==== ==== ===========\n   ==== ==== ===========\n\n   ======== ====== ===========\n   Name     Type   Description\n   playerId String Player ID\n   ======== ====== ===========\n",
		want: [][][]string{{{"Name", "Type", "Description"}}, {nil, {"Name", "Type", "Description"}, {"playerId", "String", "Player ID"}}},
	}, {
		name: "rst grid, a list in a cell read as clauses, a dash a wrap put at a line's start as text",
		page: "+--------+------------------+\n| Name   | Description      |\n+========+==================+\n| market | Sold in:         |\n|        |                  |\n|        | -  google        |\n|        | -  apple store   |\n|        | -  onestore      |\n+--------+------------------+\n| id     | The trophy. (1   |\n|        | - 32 characters) |\n+--------+------------------+\n",
		want: [][][]string{{{"Name", "Description"}, {"market", "Sold in: google; apple store; onestore"}, {"id", "The trophy. (1 - 32 characters)"}}},
	}, {
		name: "rst grid, a number a wrap put at a line's start is text; a numbered list after a blank line, or one starting at 1, is a list",
		page: "+-------+-------------------+\n| Name  | Description       |\n+=======+===================+\n| hours | Posted. (from 1   |\n|       | to                |\n|       | 48) (default: 12) |\n+-------+-------------------+\n| grade | One of:           |\n|       |                   |\n|       | 2. silver         |\n|       | 3. gold           |\n+-------+-------------------+\n| step  | Steps:            |\n|       | 1) wash           |\n|       | 2) dry            |\n+-------+-------------------+\n",
		want: [][][]string{{{"Name", "Description"}, {"hours", "Posted. (from 1 to 48) (default: 12)"}, {"grade", "One of: silver; gold"}, {"step", "Steps: wash; dry"}}},
	}, {
		name: "rst grid, a word processor's bullets (\"·\" and non-breaking spaces, as pandoc keeps Word's) read as a list",
		page: "+----------+------------------+\n| Name     | Description      |\n+==========+==================+\n| category | One of:          |\n|          |                  |\n|          | ·\u00a0\u00a0\u00a0 account      |\n|          | ·\u00a0\u00a0\u00a0 bug          |\n+----------+------------------+\n",
		want: [][][]string{{{"Name", "Description"}, {"category", "One of: account; bug"}}},
	}, {
		name: "rst grid whose header cells hold a directive (pandoc's div of a cell): its content is the cell's text",
		page: "+-----------------+-----------------+\n| .. container::  | .. container::  |\n| tablesort       | tablesort       |\n| er-header-inner | er-header-inner |\n|                 |                 |\n|    Name         |    Type         |\n+=================+=================+\n| appSecret       | String          |\n+-----------------+-----------------+\n",
		want: [][][]string{{{"Name", "Type"}, {"appSecret", "String"}}},
	}, {
		name:  "rst code directive read as a fenced block",
		page:  "HTTP\n~~~~\n\n.. code:: http\n\n   POST /api/a\n\nAfter ``x``.\n",
		texts: []string{"HTTP", "```http", "POST /api/a", "```", "After x."},
	}} {
		t.Run(c.name, func(t *testing.T) {
			tables, texts, errs := read(c.page)
			if c.want != nil && !reflect.DeepEqual(tables, c.want) {
				t.Errorf("tables %q, want %q", tables, c.want)
			}
			if !reflect.DeepEqual(texts, c.texts) {
				t.Errorf("texts %q, want %q", texts, c.texts)
			}
			if len(errs) > 0 {
				t.Errorf("errors %q", errs)
			}
		})
	}
}

// TestGridRule reads the rules of grids: junctions at both ends, or
// walls at both ends with junctions between them (a text browser's rule
// between rows in ASCII), but no pipe table's delimiter row and no row
// of dashes between two walls.
func TestGridRule(t *testing.T) {
	for _, c := range []struct {
		line string
		cols []int
	}{
		{"+----+---+", []int{0, 5, 9}},
		{"+--------+", []int{0, 9}},
		{"|----+---|", []int{0, 5, 9}},
		{"  |====+===|", []int{2, 7, 11}},
		{"├────┼───┤", []int{0, 5, 9}},
		{"|----|---|", nil},
		{"|--------|", nil},
		{"|----+---+", nil},
		{"+----+---|", nil},
		{"|----+---| x", nil},
	} {
		r, ok := gridRule(c.line)
		if c.cols == nil && ok || c.cols != nil && !reflect.DeepEqual(r.cols, c.cols) {
			t.Errorf("gridRule(%q) = %v, %v, want %v", c.line, r.cols, ok, c.cols)
		}
	}
}

// TestGridRowOffColumns reads a grid's row whose walls stand off its
// columns' borders, as many as they are (a "?" written for a zero-width
// space moved them), by its walls with a warning at its line, in each
// style of grid; a row whose walls are fewer is refused at its line.
func TestGridRowOffColumns(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       [][]string
		warn, fail string
	}{{
		name: "w3m in ASCII",
		page: "+---------------------+\n|    Name     | Type  |\n|-------------+-------|\n|playerId     |String |\n|-------------+-------|\n|notify?Player |Boolean|\n+---------------------+\n",
		want: [][]string{{"Name", "Type"}, {"playerId", "String"}, {"notify?Player", "Boolean"}},
		warn: "p.txt:6:",
	}, {
		name: "pandoc's grid",
		page: "+----------+---------+\n| Name     | Type    |\n+==========+=========+\n| id       | String  |\n+----------+---------+\n| notify?  | Boolean |\n| Player    |         |\n+----------+---------+\n",
		want: [][]string{{"Name", "Type"}, {"id", "String"}, {"notify? Player", "Boolean"}},
		warn: "p.txt:7:",
	}, {
		name: "MySQL",
		page: "+------+---------+\n| Name | Type    |\n+------+---------+\n| id   | string  |\n| n?   | int      |\n+------+---------+\n",
		want: [][]string{{"Name", "Type"}, {"id", "string"}, {"n?", "int"}},
		warn: "p.txt:5:",
	}, {
		name: "walls fewer than the columns",
		page: "+------+---------+\n| Name | Type    |\n+------+---------+\n| id     string  |\n+------+---------+\n",
		want: [][]string{{"Name", "Type"}},
		fail: "p.txt:4:",
	}} {
		t.Run(c.name, func(t *testing.T) {
			rep := &pages.Reporter{}
			var got [][]string
			for _, b := range drawnItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(c.page)), Report: rep}) {
				if b.Table != nil {
					got = append(got, b.Table.Header)
					for _, r := range b.Table.Rows {
						got = append(got, r.Cells)
					}
				}
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("table %q, want %q", got, c.want)
			}
			warns, errs := rep.Sorted([]string{"p.txt"}, false)
			for _, ds := range []struct {
				got  []string
				want string
			}{{diagnostics(warns), c.warn}, {diagnostics(errs), c.fail}} {
				if c := ds.want; c == "" && len(ds.got) > 0 || c != "" && (len(ds.got) != 1 || !strings.HasPrefix(ds.got[0], c)) {
					t.Errorf("diagnostics %q, want one at %q", ds.got, c)
				}
			}
		})
	}
}

// diagnostics returns the texts of a page's diagnostics.
func diagnostics(ds schema.Diagnostics) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Error())
	}
	return out
}

// TestGridCutCell refuses a grid's row whose walls stand under no border,
// at its line, rather than guess its cells.
func TestGridCutCell(t *testing.T) {
	_, _, errs := read("+------+------+\n| Name | Type |\n+======+======+\n| a      b    |\n+------+------+\n")
	if len(errs) != 1 || !strings.HasPrefix(errs[0], "p.txt:4:") {
		t.Errorf("errors %q, want one at line 4", errs)
	}
}

// TestHardWrapped refuses at its line a row of a grid that a hard wrap
// cut inside a box (its rest on the next line, at the margin), in ASCII
// and in box drawing, and a simple table's rule that a wrap cut, and
// tells the style of a page whose every grid a wrap cut.
func TestHardWrapped(t *testing.T) {
	for _, c := range []struct{ name, page, want string }{
		{"ASCII grid", "+------+------+----------------+\n| Name | Type | Description    |\n+======+======+================+\n| id   | int  | The id, up to\n64     |\n+------+------+----------------+\n", "p.txt:4:"},
		{"box grid, the rest a wall alone", "┌────┬──────┬─────────┐\n│Name│Type  │About    │\n├────┼──────┼─────────┤\n│id  │String│The id\n   │\n│    │      │of it    │\n└────┴──────┴─────────┘\n", "p.txt:4:"},
		{"simple table, its closing rule cut", "====  ====  ====\nName  Type  Text\n====  ====  ====\nid    int   The id.\n====  ====\n====\n", "p.txt:5:"},
		{"simple table, its top rule cut", "====  ====\n====\nName  Type  Text\n====  ====  ====\nid    int   The id.\n====  ====  ====\n", "p.txt:1:"},
	} {
		_, _, errs := read(c.page)
		if len(errs) != 1 || !strings.HasPrefix(errs[0], c.want) {
			t.Errorf("%s: errors %q, want one at %s", c.name, errs, c.want)
		}
	}
	cut := "+------+------+----------------+\n| Name | Type | Description\n    |\n+======+======+================+\n| id   | int  | The id, up to\n64     |\n+------+------+----------------+\n"
	if (Style{}).Detect(pages.Lines([]byte(cut+"\n"+cut))) == 0 {
		t.Errorf("a page of grids whose every line a wrap cut is not told drawn")
	}
}

// TestSimpleOverrun refuses a simple table's row whose text runs over the
// start of the next column.
func TestSimpleOverrun(t *testing.T) {
	_, _, errs := read("====  ====\nName  Code\n====  ====\nLongname1\n====  ====\n")
	if len(errs) != 1 || !strings.HasPrefix(errs[0], "p.txt:4:") {
		t.Errorf("errors %q, want one at line 4", errs)
	}
}

// TestRSTText reads rst inline markup as its text.
func TestRSTText(t *testing.T) {
	for in, want := range map[string]string{
		"``experimentIds``": "experimentIds",
		"`GenericModels.VariantAssignment <#va>`__\\ []":   "GenericModels.VariantAssignment[]",
		"See `ReturnCode <#returncode>`__ and :ref:`Item`": "See ReturnCode and Item",
		"a \\*b\\*": "a *b*",
		"```OfferPlatform[]`` <#offerplatform>`__": "OfferPlatform[]",
		"|(tick)|":                        "(tick)",
		"a | b || c |":                    "a | b || c |",
		"`# <#overview>`__\\ Overview":    "Overview",
		"Overview `\u200b <#overview>`__": "Overview ",
	} {
		if got := rstText(in); got != want {
			t.Errorf("rstText(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestGridUnclosed reads a grid whose bottom border is lost up to its
// last walls, with a warning at its last line.
func TestGridUnclosed(t *testing.T) {
	rep := &pages.Reporter{}
	blocks := drawnItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte("┌────┬──────┐\n│Name│ Type │\n├────┼──────┤\n│id  │String│\n│    │(Enum)│\n\nAfter\n")), Report: rep})
	if len(blocks) != 2 || blocks[0].Table == nil || !reflect.DeepEqual(blocks[0].Table.Rows[0].Cells, []string{"id", "String (Enum)"}) {
		t.Fatalf("blocks %+v", blocks)
	}
	ws, _ := rep.Sorted([]string{"p.txt"}, false)
	if len(ws) != 1 || !strings.HasPrefix(ws[0].Error(), "p.txt:5: the table drawn at line 1 has no bottom border") {
		t.Errorf("warnings %v", ws)
	}
}

// TestRSTHeadings reads a heading under and over a line of punctuation,
// and a literal block after "::", as text.
func TestRSTHeadings(t *testing.T) {
	_, texts, _ := read("=====\nTitle\n=====\n\nSection\n-------\n\nExample::\n\n    {\"a\": 1}\n\nDone ``x``.\n")
	want := []string{"Title", "Section", "Example:", "```", "{\"a\": 1}", "```", "Done x."}
	if !reflect.DeepEqual(texts, want) {
		t.Errorf("texts %q, want %q", texts, want)
	}
}

// TestStrayRow refuses a grid's row that a line of text cut from its
// table: its walls split it into the table's cells, and it is text.
func TestStrayRow(t *testing.T) {
	page := "+------+--------+----------+\n| Code | Type   | Required |\n+======+========+==========+\n| a    | string | true     |\n+------+--------+----------+\nValues are checked by the server.\n| b    | number | false    |\n+------+--------+----------+\n"
	rep := &pages.Reporter{}
	drawnItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(page)), Report: rep})
	_, errs := rep.Sorted([]string{"p.txt"}, false)
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	want := []string{"p.txt:7: line 7 splits at walls into 3 cells, as a row of the table at line 2 does, but no header row stands over it: it reads as text, and what it documents would be left out of the schema (b | number | false); if it is a row of that table, move it under the table's rows, or set the table's header row (Code | Type | Required) over it, or if it is text, write it as a sentence"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("errors\n got %q\nwant %q", got, want)
	}
}

// TestGridBrokenWords joins the pieces of a word that a grid broke
// across the lines of its cell (pandoc's: the first piece alone on its
// line, the rest filling the cell to its edge), literals too, without a
// space and with a warning at the line of each piece joined; words that
// do not fill the cell, or lines of several words, are joined with a
// space, silently.
func TestGridBrokenWords(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
		warns      []string
	}{{
		name: "a literal name and type broken, a description broken in a word",
		page: "+------------------+------------------+------------------+\n" +
			"| Code             | Type             | Description      |\n" +
			"+==================+==================+==================+\n" +
			"| ``invalidReq     | ``I              | A                |\n" +
			"| uestParameters`` | nvalidMember[]`` | de               |\n" +
			"|                  |                  | veloper-oriented |\n" +
			"|                  |                  | message.         |\n" +
			"+------------------+------------------+------------------+\n",
		want: []string{"invalidRequestParameters", "InvalidMember[]", "A developer-oriented message."},
		warns: []string{
			"p.txt:5: line 5 of the table drawn at line 1 goes on a cell with \"uestParameters``\", as wide as the cell, under \"``invalidReq\": read as a word too long for its column that the table broke across lines, joined without a space (\"``invalidRequestParameters``\"); if they are two words, widen the column on the page",
			"p.txt:5: line 5 of the table drawn at line 1 goes on a cell with \"nvalidMember[]``\", as wide as the cell, under \"``I\": read as a word too long for its column that the table broke across lines, joined without a space (\"``InvalidMember[]``\"); if they are two words, widen the column on the page",
			"p.txt:6: line 6 of the table drawn at line 1 goes on a cell with \"veloper-oriented\", as wide as the cell, under \"de\": read as a word too long for its column that the table broke across lines, joined without a space (\"developer-oriented\"); if they are two words, widen the column on the page",
		},
	}, {
		name: "a word in three pieces, and a backquote alone over the rest of a literal",
		page: "+------------+------------------+\n" +
			"| Name       | Description      |\n" +
			"+============+==================+\n" +
			"| `          | supercal         |\n" +
			"| `members`` | ifragilisticexpi |\n" +
			"|            | alidocious-words |\n" +
			"|            | abc              |\n" +
			"+------------+------------------+\n",
		want: []string{"members", "supercalifragilisticexpialidocious-words abc"},
		warns: []string{
			"p.txt:5: line 5 of the table drawn at line 1 goes on a cell with \"`members``\", as wide as the cell, under \"`\": read as a word too long for its column that the table broke across lines, joined without a space (\"``members``\"); if they are two words, widen the column on the page",
			"p.txt:5: line 5 of the table drawn at line 1 goes on a cell with \"ifragilisticexpi\", as wide as the cell, under \"supercal\": read as a word too long for its column that the table broke across lines, joined without a space (\"supercalifragilisticexpi\"); if they are two words, widen the column on the page",
			"p.txt:6: line 6 of the table drawn at line 1 goes on a cell with \"alidocious-words\", as wide as the cell, under \"ifragilisticexpi\": read as a word too long for its column that the table broke across lines, joined without a space (\"ifragilisticexpialidocious-words\"); if they are two words, widen the column on the page",
		},
	}, {
		name: "indented in a directive, a type broken, a wide rune two columns",
		page: ".. container:: table-wrap\n\n" +
			"   +----------+-----------------+\n" +
			"   | Name     | Type            |\n" +
			"   +----------+-----------------+\n" +
			"   | schedule | Li              |\n" +
			"   |          | st<ClimateSlot> |\n" +
			"   +----------+-----------------+\n" +
			"   | 이름     | Lis             |\n" +
			"   |          | t<가나다라마바> |\n" +
			"   +----------+-----------------+\n",
		want: []string{"schedule", "List<ClimateSlot>"},
		warns: []string{
			"p.txt:7: line 7 of the table drawn at line 3 goes on a cell with \"st<ClimateSlot>\", as wide as the cell, under \"Li\": read as a word too long for its column that the table broke across lines, joined without a space (\"List<ClimateSlot>\"); if they are two words, widen the column on the page",
			"p.txt:10: line 10 of the table drawn at line 3 goes on a cell with \"t<가나다라마바>\", as wide as the cell, under \"Lis\": read as a word too long for its column that the table broke across lines, joined without a space (\"List<가나다라마바>\"); if they are two words, widen the column on the page",
		},
	}, {
		name: "a link with its target broken as one word, a literal link over three lines",
		page: "+------+---------------------------+------------------+\n" +
			"| Name | Type                      | Type             |\n" +
			"+======+===========================+==================+\n" +
			"| a    | List<`TournamentEnt       | ```Offer         |\n" +
			"|      | ry <#TournamentEntry>`__> | Platform[]`` <#o |\n" +
			"|      |                           | fferplatform>`__ |\n" +
			"+------+---------------------------+------------------+\n",
		want: []string{"a", "List<TournamentEntry>", "OfferPlatform[]"},
		warns: []string{
			"p.txt:5: line 5 of the table drawn at line 1 goes on a cell with \"ry <#TournamentEntry>`__>\", as wide as the cell, under \"List<`TournamentEnt\": read as a word too long for its column that the table broke across lines, joined without a space (\"List<`TournamentEntry <#TournamentEntry>`__>\"); if they are two words, widen the column on the page",
			"p.txt:5: line 5 of the table drawn at line 1 goes on a cell with \"Platform[]`` <#o\", as wide as the cell, under \"```Offer\": read as a word too long for its column that the table broke across lines, joined without a space (\"```OfferPlatform[]`` <#o\"); if they are two words, widen the column on the page",
			"p.txt:6: line 6 of the table drawn at line 1 goes on a cell with \"fferplatform>`__\", as wide as the cell, under \"Platform[]`` <#o\": read as a word too long for its column that the table broke across lines, joined without a space (\"Platform[]`` <#offerplatform>`__\"); if they are two words, widen the column on the page",
		},
	}, {
		name: "words that do not fill the cell, and a line of two words, keep their space",
		page: "+------+------------+\n" +
			"| Name | Type       |\n" +
			"+======+============+\n" +
			"| a    | ``number   |\n" +
			"|      | int``      |\n" +
			"+------+------------+\n" +
			"| b    | See        |\n" +
			"|      | Item or    |\n" +
			"|      | Thing      |\n" +
			"|      | two words! |\n" +
			"+------+------------+\n",
		want: []string{"a", "number int"},
	}} {
		t.Run(c.name, func(t *testing.T) {
			rep := &pages.Reporter{}
			var rows [][]string
			for _, b := range drawnItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(c.page)), Report: rep}) {
				if b.Table != nil {
					for _, r := range b.Table.Rows {
						rows = append(rows, r.Cells)
					}
				}
			}
			if len(rows) == 0 || !reflect.DeepEqual(rows[0], c.want) {
				t.Errorf("rows %q, want first %q", rows, c.want)
			}
			warns, errs := rep.Sorted([]string{"p.txt"}, false)
			var got []string
			for _, w := range warns {
				got = append(got, w.Error())
			}
			if !reflect.DeepEqual(got, c.warns) || len(errs) > 0 {
				t.Errorf("warnings\n%s\nwant\n%s\nerrors %v", strings.Join(got, "\n"), strings.Join(c.warns, "\n"), errs)
			}
		})
	}
}

// TestRSTDirectives reads the directives pandoc and Sphinx write as the
// block they hold, at its lines: a rubric (a heading in a div) and a
// table's caption as their title, without a permalink, a container as
// its content, a code directive nested in containers as a code block, a
// directive's options and a comment's block as nothing, an admonition
// as its kind and its text, a field list's fields as "name: body".
func TestRSTDirectives(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
	}{{
		name: "pandoc's divs: rubrics, options, nested code",
		page: ".. container:: page\n" +
			"   :name: content\n" +
			"\n" +
			"   .. rubric:: `# <#http>`__\\ HTTP\n" +
			"      :name: http\n" +
			"\n" +
			"   .. container:: code panel\n" +
			"\n" +
			"      .. code:: syntaxhighlighter-pre\n" +
			"\n" +
			"         GET /api/rJson/time/client/getServerTime\n" +
			"\n" +
			"   .. rubric:: Query Parameters `\u200b <#query>`__\n" +
			"      :name: query\n" +
			"\n" +
			"   Text after.\n",
		want: []string{"4: HTTP", "10: ```syntaxhighlighter-pre", "11: GET /api/rJson/time/client/getServerTime", "12: ```", "13: Query Parameters", "16: Text after."},
	}, {
		name: "Sphinx: a comment's block, a target, a caption, a field list, an admonition",
		page: ".. _request-body:\n" +
			"\n" +
			".. This comment\n" +
			"   goes on here.\n" +
			"\n" +
			":Method: GET\n" +
			":Path: ``/greenhouse/plots``\n" +
			"\n" +
			".. note:: Values are checked.\n" +
			"\n" +
			".. admonition:: Daily limit\n" +
			"   :class: tip\n" +
			"\n" +
			"   At most 50 a day.\n" +
			"\n" +
			".. table:: Request Body\n" +
			"\n" +
			"   See :ref:`limits` and the ``code`` below.\n",
		want: []string{"6: Method: GET", "7: Path: /greenhouse/plots", "9: Note: Values are checked.", "11: Daily limit", "14: At most 50 a day.", "16: Request Body", "18: See limits and the code below."},
	}} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, b := range drawnItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(c.page)), Report: &pages.Reporter{}}) {
				if b.Table == nil {
					got = append(got, fmt.Sprintf("%d: %s", b.Line, b.Text))
				}
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("texts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// TestDetectRST rates a page of reStructuredText by its own marks above
// the styles that read its grids' walls as pipes and its simple tables'
// columns as aligned ones, and a page of Markdown's with a grid below
// its own rate (markdown.Style's: Setext headings and no rst markup).
func TestDetectRST(t *testing.T) {
	grid := "+------+--------+\n| Name | Type   |\n+======+========+\n| a    | string |\n+------+--------+\n"
	rst := ".. _body:\n\nBody\n~~~~\n\n" + grid + "\n.. _types:\n\nTypes\n^^^^^\n\n" + grid
	md := "Body\n----\n\n" + grid
	if r, plain := (Style{}).Detect(pages.Lines([]byte(rst))), 2+2*Tables(pages.Lines([]byte(rst))); r != plain+4 {
		t.Errorf("rate of the rst page %d, want %d: two tables and four marks", r, plain+4)
	}
	if r := (Style{}).Detect(pages.Lines([]byte(md))); r != 4 {
		t.Errorf("rate of the Markdown page %d, want 4: one table and no mark", r)
	}
}

// TestRuleCharsStartAlike keeps boxRule's first look true: every rule
// character is written from the byte 0xE2 on.
func TestRuleCharsStartAlike(t *testing.T) {
	for _, r := range ruleChars {
		if b := string(r)[0]; b != 0xE2 {
			t.Errorf("%q starts with byte %#x: boxRule's first look (0xE2) would miss it", r, b)
		}
	}
}

// TestGridEndsOnMidRule warns at a grid drawn in box characters whose
// last line is a rule between rows (├…┤), not its bottom rule (└…┘): a
// line of text cut the grid there, and its rows after it are lost.
func TestGridEndsOnMidRule(t *testing.T) {
	rep := &pages.Reporter{}
	page := "┌──────┬──────┐\n│ Name │ Type │\n├──────┼──────┤\n│ a    │ int  │\n├──────┼──────┤\nA line of text.\n│ b    │ int  │\n└──────┴──────┘\n"
	TableAt(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(page)), Report: rep}, 0)
	ws, _ := rep.Sorted([]string{"p.txt"}, false)
	if len(ws) != 1 || !strings.Contains(ws[0].Error(), "p.txt:5:") || !strings.Contains(ws[0].Error(), "no bottom border") {
		t.Errorf("warnings %q, want one at line 5 that the grid has no bottom border", ws)
	}
}
