package pages_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/cellperline"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// sectionLexicon is a protocol's lexicon that knows the columns of two
// sections' tables: "Request Body" (Name | Type | Mandatory |
// Description), "Status Codes" (Code | Description); a capitalised word
// of one line is a type's heading, over Name | Type | Description.
type sectionLexicon struct{}

func (sectionLexicon) PrefixesOf(string) []string { return nil }
func (sectionLexicon) Primitives() *pages.Spellings {
	return pages.NewSpellings(pages.PrimitiveSpellings)
}
func (sectionLexicon) EndsTable(line string) bool {
	return line == "Request Body" || line == "Status Codes" || line == "Player" || line == "Example"
}
func (sectionLexicon) typeWord(c string) bool {
	_, ok := pages.LookupLower(pages.PrimitiveTypes, c)
	return ok || c == "Player"
}
func (l sectionLexicon) ColumnsUnder(title string) ([]pages.Head, bool) {
	switch title {
	case "Request Body":
		return []pages.Head{{Cells: []string{"Name", "Type", "Mandatory", "Description"}, Fits: func(c []string) bool {
			_, req := pages.Requiredness(c[2])
			return pages.IsNameCell(c[0]) && l.typeWord(c[1]) && req
		}}}, true
	case "Status Codes":
		return []pages.Head{{Cells: []string{"Code", "Description"}, Fits: func(c []string) bool { return len(c[0]) == 3 && c[0][0] >= '1' && c[0][0] <= '5' }}}, true
	case "Example":
		return nil, true
	case "Player":
		return []pages.Head{{Cells: []string{"Name", "Type", "Description"}, Fits: func(c []string) bool { return pages.IsNameCell(c[0]) && l.typeWord(c[1]) }}}, false
	}
	return nil, false
}

// readHeadless reads page with style and sectionLexicon, with every
// warning and error.
func readHeadless(style pages.Style, page string) ([]string, []string) {
	rep := &pages.Reporter{}
	blocks := pages.Read(style, pagestest.Source("p.txt", pages.Text{Lines: pages.Lines([]byte(page))}, sectionLexicon{}, rep))
	warns, errs := rep.Sorted([]string{"p.txt"}, false)
	var ws []string
	for _, w := range append(warns, errs...) {
		ws = append(ws, w.Error())
	}
	return pagestest.Describe(blocks), ws
}

// TestHeadlessTables reads the cells under a section's title whose table
// lost its header row, one a paragraph (odt2txt's text of pandoc's
// OpenDocument) or as an HTML table without <th>: where every row fits
// the columns the protocol's lexicon gives the section, they are read as
// those with a warning that names them; where a row fits none, the page
// is refused at its first cell with the header row to write; a type's
// heading over cells that fit no row is text.
func TestHeadlessTables(t *testing.T) {
	paragraphs := "Request Body\n\nplayerId\n\nString\n\nY\n\nPlayer ID\n\ncount\n\nInteger\n\nN\n\nHow many\n\nStatus Codes\n\n200\n\nOK\n\n404\n\nNo such player\n\nPlayer\n\nname\n\nString\n\nIts name\n\nExample\n\nnone here"
	htmlPage := "<html><body>\n<h3>Request Body</h3>\n<table>\n<tr><td>playerId</td><td>String</td><td>Y</td><td>Player ID</td></tr>\n<tr><td>count</td><td>Integer</td><td>N</td><td>How many</td></tr>\n</table>\n<h3>Status Codes</h3>\n<table>\n<tr><td>200</td><td>OK</td></tr>\n<tr><td>404</td><td>No such player</td></tr>\n</table>\n</body></html>"
	for _, c := range []struct {
		name   string
		style  pages.Style
		page   string
		want   []string
		warned []string // what each warning or error says, in order
	}{
		{"one cell a paragraph", cellperline.Headless{}, paragraphs,
			[]string{"01 Request Body", "01 [Name|Type|Mandatory|Description]", "03 |playerId|String|Y|Player ID|", "11 |count|Integer|N|How many|", "19 Status Codes", "19 [Code|Description]", "21 |200|OK|", "25 |404|No such player|", "29 Player", "29 [Name|Type|Description]", "31 |name|String|Its name|", "37 Example", "39 none here"},
			[]string{"p.txt:1: line 1, \"Request Body\", is over cells with no header row", "p.txt:19: line 19, \"Status Codes\", is over cells", "p.txt:29: line 29, \"Player\", is over cells"}},
		{"one cell a paragraph, a row that fits no column", cellperline.Headless{}, strings.Replace(paragraphs, "\n\nN\n\n", "\n\nmaybe\n\n", 1),
			nil,
			[]string{"p.txt:19: line 19, \"Status Codes\", is over cells", "p.txt:29: line 29, \"Player\", is over cells", "p.txt:11: line 11, \"count\", is a cell under \"Request Body\" at line 1, whose table has no header row (a converter dropped it): the row that begins here fits none of the columns such a table carries (Name | Type | Mandatory | Description), so which column each cell is cannot be told; write the table's header row under line 1 (Name | Type | Mandatory | Description)"}},
		{"one cell a paragraph, prose after the rows and in a section", cellperline.Headless{}, "Request Body\n\nplayerId\n\nString\n\nY\n\nPlayer ID\n\nThe body is sent as JSON.\n\nStatus Codes\n\nSee the guide for the codes.\n\nThey are listed there.",
			[]string{"01 Request Body", "01 [Name|Type|Mandatory|Description]", "03 |playerId|String|Y|Player ID|", "11 The body is sent as JSON.", "13 Status Codes", "15 See the guide for the codes.", "17 They are listed there."},
			[]string{"p.txt:1: line 1, \"Request Body\", is over cells"}},
		{"one cell a paragraph, a line of text amid the rows", cellperline.Headless{}, strings.Replace(paragraphs, "\n\ncount\n\n", "\n\nOther fields\n\ncount\n\n", 1),
			nil,
			[]string{"p.txt:21: line 21, \"Status Codes\", is over cells", "p.txt:31: line 31, \"Player\", is over cells", "p.txt:13: lines 13-19 split one cell a line into 4 cells, as a row of the table at line 1 does, but no header row stands over them (line 11 cut them from the table's rows)"}},
		{"one cell a paragraph, a line of text amid the rows, a row whose name is a type's heading after it", cellperline.Headless{}, strings.Replace(paragraphs, "\n\ncount\n\n", "\n\nOther fields\n\nPlayer\n\nString\n\nN\n\nThe player\n\ncount\n\n", 1),
			nil,
			[]string{"p.txt:29: line 29, \"Status Codes\", is over cells", "p.txt:39: line 39, \"Player\", is over cells", "p.txt:13: lines 13-19 split one cell a line into 4 cells, as a row of the table at line 1 does, but no header row stands over them (line 11 cut them from the table's rows): they read as text, and what they document would be left out of the schema (Player | String | N | The player)"}},
		{"one cell a paragraph, a sentence right over a row's first cell", cellperline.Headless{}, strings.Replace(paragraphs, "\n\ncount\n\n", "\n\nThe rest follow.\ncount\n\n", 1),
			nil,
			[]string{"p.txt:20: line 20, \"Status Codes\", is over cells", "p.txt:30: line 30, \"Player\", is over cells", "p.txt:12: lines 12-18 split one cell a line into 4 cells, as a row of the table at line 1 does, but no header row stands over them (line 11 cut them from the table's rows)"}},
		{"one cell a paragraph, a section of one sentence", cellperline.Headless{}, "Request Body\n\nNone.\n\nStatus Codes\n\n200\n\nOK",
			[]string{"01 Request Body", "03 None.", "05 Status Codes", "05 [Code|Description]", "07 |200|OK|"},
			[]string{"p.txt:5: line 5, \"Status Codes\", is over cells"}},
		{"HTML without <th>", html.Style{}, htmlPage,
			[]string{"02 Request Body", "04 [Name|Type|Mandatory|Description]", "04 |playerId|String|Y|Player ID|", "05 |count|Integer|N|How many|", "07 Status Codes", "09 [Code|Description]", "09 |200|OK|", "10 |404|No such player|"},
			[]string{"p.txt:4: the table at line 4, under \"Request Body\" at line 2, has no header row", "p.txt:9: the table at line 9, under \"Status Codes\" at line 7, has no header row"}},
		{"HTML without <th>, a collapsible's toggle between the title and the table", html.Style{}, strings.Replace(htmlPage, "<h3>Status Codes</h3>\n", "<h3>Status Codes</h3>\n<p>Click here to expand...</p>\n", 1),
			[]string{"02 Request Body", "04 [Name|Type|Mandatory|Description]", "04 |playerId|String|Y|Player ID|", "05 |count|Integer|N|How many|", "07 Status Codes", "10 [Code|Description]", "10 |200|OK|", "11 |404|No such player|"},
			[]string{"p.txt:4: the table at line 4, under \"Request Body\" at line 2, has no header row", "p.txt:8: skipped line 8", "p.txt:10: the table at line 10, under \"Status Codes\" at line 7, has no header row"}},
		{"HTML without <th>, a row that fits no column", html.Style{}, strings.Replace(htmlPage, "<td>404</td>", "<td>oops</td>", 1),
			nil,
			[]string{"p.txt:4: the table at line 4, under \"Request Body\" at line 2, has no header row", "p.txt:10: the row at line 10 (oops | No such player) of the table at line 9, under \"Status Codes\" at line 7, fits none of the columns such a table carries (Code | Description), and the table has no header row (a converter dropped it, or its HTML marks none with <th>): which column each cell is cannot be told; write the table's header row (Code | Description)"}},
	} {
		got, warns := readHeadless(c.style, c.page)
		if c.want != nil && !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got\n%q\nwant\n%q\nwarnings %q", c.name, got, c.want, warns)
		}
		if len(warns) != len(c.warned) {
			t.Errorf("%s: got warnings %q, want %d: %q", c.name, warns, len(c.warned), c.warned)
			continue
		}
		for i, w := range c.warned {
			if !strings.Contains(warns[i], w) {
				t.Errorf("%s: warning %d is %q, want it to say %q", c.name, i, warns[i], w)
			}
		}
	}
}
