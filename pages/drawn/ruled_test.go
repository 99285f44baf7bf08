package drawn_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/drawn"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// boxLine is a box rule as groff -Tutf8 prints tbl's "_".
var boxLine = strings.Repeat("─", 46)

// TestManualTables reads the tables of a manual page (tbl, as man and
// groff print them), with the line of each header and row: columns told
// by the text under the header, cells wrapped in their column and
// joined, hyphenated words joined, TABs set at stops of eight.
func TestManualTables(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
		warns      []string
	}{{
		name: "a header over a box boxLine, a cell wrapped and hyphenated, an empty cell",
		page: "   Query Parameters\n       Code       Type     Required   Description\n       " + boxLine + "\n       regionId   string   true       The region whose\n                                      festivals are list‐\n                                      ed.  (2 - 8)\n       days       number              How  many  days.\n\n   Response Body\n",
		want: []string{"01 Query Parameters", "02 [Code|Type|Required|Description]", "04 |regionId|string|true|The region whose festivals are listed. (2 - 8)|", "07 |days|number||How many days.|", "09 Response Body"},
	}, {
		name: "TABs for runs of spaces (col -b), a type cell hyphenated over two lines",
		page: "       Code    Type\t\t    Required   Description\n       " + boxLine + "\n       data    GenericModels.Fes‐\t       The  schedule.  See\n\t       tivalSchedule\t\t       GenericModels.Fes‐\n\t\t\t\t\t       tivalSchedule\n\nGenericModels.FestivalSchedule\n",
		want: []string{"01 [Code|Type|Required|Description]", "03 |data|GenericModels.FestivalSchedule||The schedule. See GenericModels.FestivalSchedule|", "07 GenericModels.FestivalSchedule"},
	}, {
		name: "a first cell hyphenated before a capital the page writes nowhere else: read as one word, with a warning",
		page: "       Name           Code   Description\n       " + boxLine + "\n       GN‐            11     Too few entries.\n       HashtableMin‐\n       Length\n       Ok             1      Done.\n",
		want: []string{"01 [Name|Code|Description]", "03 |GNHashtableMinLength|11|Too few entries.|", "06 |Ok|1|Done.|"},
		warns: []string{
			`p.txt:3: line 4 of the table at line 1 goes on the Name cell of the row at line 3: read "GN-" and "HashtableMin-" as one word hyphenated by the wrap, "GNHashtableMin"; the page writes neither it nor "GN-HashtableMin" elsewhere: if the hyphen is the word's, write the word on one line`,
			`p.txt:3: line 5 of the table at line 1 goes on the Name cell of the row at line 3: read "GNHashtableMin-" and "Length" as one word hyphenated by the wrap, "GNHashtableMinLength"; the page writes neither it nor "GNHashtableMin-Length" elsewhere: if the hyphen is the word's, write the word on one line`,
		},
	}, {
		name: "a hyphen the page writes elsewhere is the word's",
		page: "Send Secret-Key.\n\n       Name     Required   Description\n       " + boxLine + "\n       Se‐      true       The key.\n       cret‐\n       Key\n",
		want: []string{"01 Send Secret-Key.", "03 [Name|Required|Description]", "05 |Secret-Key|true|The key.|"},
	}, {
		name: "a header of two lines, its first spread to its column's edge, and a blank line under the boxLine",
		page: "       Http    response   detail_code   Description\n       code\n       " + boxLine + "\n\n       461                -40011        The guild\n                                        master.\n",
		want: []string{"01 [Http response code|detail_code|Description]", "05 |461|-40011|The guild master.|"},
	}, {
		name: "a header whose first column's cell is one line, another's wrapped under it",
		page: "       Code   Status Code De‐   Detail\n              scription\n       " + boxLine + "\n       200    Normal            Fine.\n       400    Bad Request       Wrong.\n",
		want: []string{"01 [Code|Status Code Description|Detail]", "04 |200|Normal|Fine.|", "05 |400|Bad Request|Wrong.|"},
	}, {
		name: "a header of two lines, its first spread to its column's edge, repeated as the first row (which pages.Read drops)",
		page: "       Http    response   detail_code   Description\n       code\n       " + boxLine + "\n       Http    response   detail_code   Description\n       code\n       461                -40011        The guild\n                                        master.\n",
		want: []string{"01 [Http response code|detail_code|Description]", "06 |461|-40011|The guild master.|"},
	}, {
		name:  "words in the first column alone under a row's end and over a row, each line filled: a note that spans the columns, one row, which pages.Read reads as text after the table",
		page:  "       Code           Type         Description\n       " + boxLine + "\n       heroIds        string[]     The heroes\n                                   sent.\n       Note:   each\n       hero must be\n       idle.\n       speed          number       How fast.\n",
		want:  []string{"01 [Code|Type|Description]", "03 |heroIds|string[]|The heroes sent.|", "08 |speed|number|How fast.|", "05 Note: each hero must be idle."},
		warns: []string{`p.txt:5: line 5 of the table at line 1 holds words in its first column alone ("Note: each hero must be idle."), under the end of a row and over a row, each of its lines but the last filled to the column's edge: read as one row, its first cell those words and the others empty (a note that spans the columns, which tbl sets in the first one)`, `p.txt:5: line 5 of the table at line 1 holds a sentence in its first cell alone and no name, type or other cell, as a page writes a note where it spans no cell over the columns ("Note: each hero must be idle."): a note over its rows, no field; read as text after the table`},
	}, {
		name:  "a blank line among the rows, a row of its columns under it",
		page:  "       Name   Code   Description\n       " + boxLine + "\n       Ok     1      Done.\n\n       Bad    2      Failed.\n\nAfter\n",
		want:  []string{"01 [Name|Code|Description]", "03 |Ok|1|Done.|", "05 |Bad|2|Failed.|", "07 After"},
		warns: []string{"p.txt:4: line 4 is blank inside the table at line 1, and the line after it starts a row of its columns: read the rows after it as the table's, the blank line as an empty row"},
	}, {
		name: "a second table of the same columns without a header, under a blank line: the first one's rest",
		page: "       Name      Code   Description\n       " + boxLine + "\n       Ok        1      Done.\n\n       Busy   2   Busy now.\n       Gone   3   Gone.\n\nAfter\n",
		want: []string{"01 [Name|Code|Description]", "03 |Ok|1|Done.|", "05 [Name|Code|Description]", "05 |Busy|2|Busy now.|", "06 |Gone|3|Gone.|", "08 After"},
	}, {
		name: "the rest of a table without its Required column, its columns of their own, rows a blank line apart: read as the rest, its Required cells empty",
		page: "       Code     Type     Required   Description\n       " + boxLine + "\n       id       string   true       The id.\n\n       note          string        A note shown\n                                   on the banner.\n\n       reason        string        Why.\n\nAfter\n",
		want: []string{"01 [Code|Type|Required|Description]", "03 |id|string|true|The id.|", "05 [Code|Type|Required|Description]", "05 |note|string||A note shown on the banner.|", "08 [Code|Type|Required|Description]", "08 |reason|string||Why.|", "10 After"},
		warns: []string{
			"p.txt:5: the rows at line 5 have 3 cells, one fewer than the columns of the table at line 1 (Code | Type | Required | Description), and no header row: their cells fit those columns without Required, which a converter drops where it is empty in every row; read as the rest of that table, cut in two, their Required cells empty",
			"p.txt:8: the rows at line 8 have 3 cells, one fewer than the columns of the table at line 5 (Code | Type | Required | Description), and no header row: their cells fit those columns without Required, which a converter drops where it is empty in every row; read as the rest of that table, cut in two, their Required cells empty",
		},
	}, {
		name: "the rest of a table under a callout at the margin (TIP and its words), its description's words apart by chance: read as the rest, with a warning",
		page: "       Code     Type     Required   Description\n       " + boxLine + "\n       id       string   true       The id.\n\n   TIP\n\n   Every charter is logged.\n\n       ignore        boolean       Load   the\n                                   wagons  past\n                                   capacity.\n\nAfter\n",
		want: []string{"01 [Code|Type|Required|Description]", "03 |id|string|true|The id.|", "05 TIP", "07 Every charter is logged.", "09 [Code|Type|Required|Description]", "09 |ignore|boolean||Load the wagons past capacity.|", "13 After"},
		warns: []string{
			"p.txt:9: lines 9-11, under text at lines 5-7 left of the table at line 1 that ends it (a callout, a note), set their cells in 3 columns of their own, their first where the table's first starts, and their cells fit its columns (Code | Type | Required | Description), or them without one its rows leave empty, a name in the first: read as the table's rest, which the text cut from it (an HTML table cut in two)",
			"p.txt:9: the rows at line 9 have 3 cells, one fewer than the columns of the table at line 1 (Code | Type | Required | Description), and no header row: their cells fit those columns without Required, which a converter drops where it is empty in every row; read as the rest of that table, cut in two, their Required cells empty",
		},
	}, {
		name:  "a footer at the table's first column under a blank line, in as many columns: text",
		page:  "       Name      Code   Description\n       " + boxLine + "\n       Ok        1      Done.\n\n       Bad       2      Failed.\n\n       (c) 2026 GearN.  All rights.  Privacy\n",
		want:  []string{"01 [Name|Code|Description]", "03 |Ok|1|Done.|", "05 |Bad|2|Failed.|", "07 (c) 2026 GearN.  All rights.  Privacy"},
		warns: []string{"p.txt:4: line 4 is blank inside the table at line 1, and the line after it starts a row of its columns: read the rows after it as the table's, the blank line as an empty row"},
	}, {
		name: "a text line hyphenated, joined with the first word of the line under it",
		page: "       Require  permission  rules  time.getServerTime.selfEn‐\n       able. See PermissionRules\n\n       Name   Code\n       " + boxLine + "\n       Ok     1\n",
		want: []string{"01 Require  permission  rules  time.getServerTime.selfEnable.", "02 See PermissionRules", "04 [Name|Code]", "06 |Ok|1|"},
	}, {
		name:  "a header without its rule, its rows in its columns (TABs), as a ruled table of the page's: read with a warning",
		page:  "       Code    Type     Required   Description\n       " + boxLine + "\n       id      string   true       The id.\n\n   Region\n       Code\t      Type\t\t       Required\t  Description\n       region\t      string\t\t       true\t  The  region.\t (2  - 16\n\t\t\t\t\t\t\t  characters)\n       hops\t      GenericModels.Latency\t\t  The route.\n\t\t      Hop[]\n",
		want:  []string{"01 [Code|Type|Required|Description]", "03 |id|string|true|The id.|", "05 Region", "06 [Code|Type|Required|Description]", "07 |region|string|true|The region. (2 - 16 characters)|", "09 |hops|GenericModels.Latency Hop[]||The route.|"},
		warns: []string{"p.txt:6: the header at line 6 (Code | Type | Required | Description) has no box rule under it, and the lines under it are rows of its columns, each cell starting where the header's does, as the page's tables with a rule and its columns set theirs: read as a table whose rule tbl did not draw"},
	}, {
		name: "a paragraph right under the last row, no blank line between (a site's footer, as mandoc sets it; TABs for runs of spaces): the table ends there",
		page: "       Name\t\t      Code   Description\n       " + boxLine + "\n       UnknownError\t      1\t     The backend\n\t\t\t\t     rejected it.\n       GNArrayMaxLength\t      15     Too many\n\t\t\t\t     items.\n       Edit this page on GitHub (https://github.com/gearn/\n       docs/edit/main/docs/api.md)\n\n       Released under the MIT License.\n",
		want: []string{"01 [Name|Code|Description]", "03 |UnknownError|1|The backend rejected it.|", "05 |GNArrayMaxLength|15|Too many items.|", "07 Edit this page on GitHub (https://github.com/gearn/", "08 docs/edit/main/docs/api.md)", "10 Released under the MIT License."},
	}, {
		name: "a first cell longer than those above it, within its column, under rows: a row",
		page: "       Name                   Code   Description\n       " + boxLine + "\n       Ok                     1      Done.\n       GNHashtableMinLength   11     Too few.\n",
		want: []string{"01 [Name|Code|Description]", "03 |Ok|1|Done.|", "04 |GNHashtableMinLength|11|Too few.|"},
	}, {
		name: "no table: a boxLine under a paragraph, a boxLine alone",
		page: "Some words\n" + boxLine + "\n\n" + boxLine + "\n",
		want: []string{"01 Some words", "02 " + boxLine, "04 " + boxLine},
	}} {
		t.Run(c.name, func(t *testing.T) {
			blocks, warns := pagestest.Read(drawn.Style{}, c.page, true)
			if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
				t.Errorf("blocks\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
			if !reflect.DeepEqual(warns, c.warns) {
				t.Errorf("diagnostics %q, want %q", warns, c.warns)
			}
		})
	}
}

// TestManualRefusals refuses at its line what a manual page's table
// cannot tell: a note that spans its columns among its rows, and a row
// under such a note.
func TestManualRefusals(t *testing.T) {
	for _, c := range []struct {
		name, page, want string
	}{{
		name: "a note in the first column among the rows",
		page: "       Code     Type      Description\n       " + boxLine + "\n       heroIds  string[]  The heroes.\n       Note: each\n       must be idle.\n       speed    number    How fast.\n",
		want: `p.txt:4: line 4 of the table at line 1 holds words in its first column alone ("Note: each"): a note that spans the columns`,
	}, {
		name: "words in the first column alone under the last row: a note, or text after the table",
		page: "       Code           Type         Description\n       " + boxLine + "\n       heroIds        string[]     The heroes\n                                   sent.\n       (c) 2026 GearN\n",
		want: `p.txt:5: line 5 of the table at line 1 holds words in its first column alone ("(c) 2026 GearN"): a note that spans the columns`,
	}, {
		name: "lines of words in the first column alone, the first not filled: two rows or one cannot be told",
		page: "       Code           Type         Description\n       " + boxLine + "\n       heroIds        string[]     The heroes\n                                   sent.\n       Note: a\n       hero idles.\n       speed          number       How fast.\n",
		want: `p.txt:5: line 5 of the table at line 1 holds words in its first column alone ("Note: a"): a note that spans the columns`,
	}, {
		name: "rows under a note that cut the table",
		page: "       Code     Type      Description\n       " + boxLine + "\n       heroIds  string[]  The heroes.\n\n       Heroes already on an\n       expedition are refused.\n       speed    number    How fast.\n",
		want: "p.txt:7: line 7 splits at its columns' gutters into 3 cells, as a row of the table at line 1 does, but no header row stands over it: it reads as text, and what it documents would be left out of the schema (speed | number | How fast.)",
	}, {
		name: "rows under a line at the margin that cut the table",
		page: "       Code     Type      Description\n       " + boxLine + "\n       heroIds  string[]  The heroes.\nValues are checked by the server.\n       speed    number    How fast.\n",
		want: "p.txt:5: line 5 splits at its columns' gutters into 3 cells, as a row of the table at line 1 does, but no header row stands over it (line 4 cut it from the table's rows)",
	}, {
		name: "rows under a callout that begin with a name in columns of their own but fit not the table's",
		page: "       Code     Type     Required   Description\n       " + boxLine + "\n       id       string   true       The id.\n\n   NOTE\n\n       speed         12 km/h       How fast.\n       kind          3 kg          Which.\n",
		want: "p.txt:7: line 7, under the table at line 1 (Code | Type | Required | Description) and apart from it, begins as a row of it does (a name at its first column), in 3 columns of its own, but its rows' cells do not fit its columns",
	}, {
		name: "an advert across the columns between rows, the rows under it in columns of their own (TABs): the table is refused, not ended at the advert",
		page: "       Code\t      Type\t   Required   Description\n       " + boxLine + "\n       runAt\t      number int   true\t      When to run it.\n       Sponsored · Try GearN Cloud\n\n       intervalSeconds\t   number int\t\t\t    Repeat every so\n\t\t\t\t\t\t\t    many seconds.\n",
		want: `p.txt:4: line 4 of the table at line 1 holds words in its first column alone ("Sponsored · Try GearN Cloud")`,
	}, {
		name: "a header without its rule, a line under it out of its columns",
		page: "       Code    Type     Required   Description\n       " + boxLine + "\n       id      string   true       The id.\n\n   Region\n       Code    Type     Required   Description\n       region string    true       The region.\n",
		want: "p.txt:6: line 6 begins with a table's header",
	}, {
		name: "a header without its rule, of columns no ruled table of the page's has",
		page: "       Name   Code   Description\n       " + boxLine + "\n       Ok     1      Done.\n\n   Region\n       Code    Type     Required   Description\n       region  string   true       The region.\n",
		want: "p.txt:6: line 6 begins with a table's header",
	}} {
		t.Run(c.name, func(t *testing.T) {
			_, errs := pagestest.Read(drawn.Style{}, c.page, true)
			if len(errs) == 0 || !strings.HasPrefix(errs[0], c.want) {
				t.Errorf("errors %q, want one that begins %q", errs, c.want)
			}
		})
	}
}

// TestManualTableAt reads a manual page's table on a page of another
// style (drawn.TableAt), and nothing at the title over it.
func TestManualTableAt(t *testing.T) {
	src := pages.Source{Name: "p.txt", Lines: pages.Lines([]byte("   Request Body\n       Name   Code\n       " + boxLine + "\n       Ok     1\n")), Report: &pages.Reporter{}}
	if tb, end := drawn.TableAt(src, 0); tb != nil || end != 0 {
		t.Errorf("drawn.TableAt(0) = %v, %d: want nothing", tb, end)
	}
	tb, end := drawn.TableAt(src, 1)
	if tb == nil || end != 4 || tb.Line != 2 || !reflect.DeepEqual(tb.Header, []string{"Name", "Code"}) || len(tb.Rows) != 1 || tb.Rows[0].Line != 4 {
		t.Errorf("drawn.TableAt(1) = %+v, %d", tb, end)
	}
}

// TestManualHyphens joins a cell's lines where groff broke a word, on a
// page that prints the hyphen it sets there (U+2010) apart from its
// words' own ("-"): the one dropped, the other kept, without a warning.
func TestManualHyphens(t *testing.T) {
	page := "Send the Content-Type header.\n\n       Name      Required   Description\n       " + boxLine + "\n       Secret-   true       The Se\u2010\n       Key                  cret of a low-\n                            level key.\n"
	blocks, warns := pagestest.ReadText(drawn.Style{}, page)
	want := []string{"01 Send the Content-Type header.", "03 [Name|Required|Description]", "05 |Secret-Key|true|The Secret of a low-level key.|"}
	if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, want) {
		t.Errorf("blocks\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(warns) > 0 {
		t.Errorf("diagnostics %q, want none", warns)
	}
}
