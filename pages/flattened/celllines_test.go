package flattened

import (
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// titledCodeLexicon knows the header rows of a Kakao page's tables of
// codes, and its section title "Example Request" ends a table.
type titledCodeLexicon struct{ testLexicon }

func (titledCodeLexicon) EndsTable(l string) bool { return l == "Example Request" }

func (titledCodeLexicon) CodeLabels() [][]string {
	return [][]string{
		{"Status Code", "Status Code Description", "Status Code Detailed Description"},
		{"Http response code", "detail_code", "msg", "Description"},
	}
}

// TestRunTogetherHeaderCellLines reads, through pages.Read, the rows under a header whose
// cells run together written one cell a line, as node-html-parser's
// structuredText writes a table, alike for a table of fields and for
// tables of codes, one code column or two: each row's cells, a cell
// that wraps joined, up to a section's title a wrap would take into the
// last row; an enum's rows of a name run into its code, one a line, are
// no cells, nor is a row of fields run together whose description is
// empty: they read as rows run together.
func TestRunTogetherHeaderCellLines(t *testing.T) {
	rep := &pages.Reporter{}
	lines := []string{
		"NameTypeRequiredDescription",
		"crateId",
		"string",
		"true",
		"Crate ID",
		"sealed",
		"boolean",
		"false",
		"Whether the crate is sealed,",
		"or open",
		"Example Request",
		"GET /crates HTTP/1.1",
		"Status CodeStatus Code DescriptionStatus Code Detailed Description",
		"200",
		"OK",
		"All went well",
		"409",
		"Conflict",
		"The crate is already sealed",
		"Http response codedetail_codemsgDescription",
		"452",
		"-61001",
		"Crate sealed",
		"The crate was sealed by its owner",
		"NameCodeDescription",
		"Common1",
		"Rare2",
		"Epic3",
		"NameTypeDescription",
		"limitstring",
		"offsetstring",
		"sortstring",
	}
	got := readout(pages.Read(Style{}, pagestest.Source("p.txt", pages.Text{Lines: lines}, titledCodeLexicon{}, rep)))
	want := []string{
		"crateId | string | true | Crate ID",
		"sealed | boolean | false | Whether the crate is sealed, or open",
		"Example Request",
		"GET /crates HTTP/1.1",
		"200 | OK | All went well",
		"409 | Conflict | The crate is already sealed",
		"452 | -61001 | Crate sealed | The crate was sealed by its owner",
		"Common | 1 | ",
		"Rare | 2 | ",
		"Epic | 3 | ",
		"limit | string | ",
		"offset | string | ",
		"sort | string | ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q;\nwant %q", got, want)
	}
	warns, errs := rep.Sorted([]string{"p.txt"}, false)
	if errs != nil {
		t.Errorf("refused: %v", errs)
	}
	for _, w := range []string{"p.txt:1: the table at line 1 has its header's cells run together over rows written one cell a line", "read lines 2 to 10 as its 2 rows", "p.txt:13: the table at line 13", "p.txt:20: the table at line 20"} {
		if !strings.Contains(warns.Error(), w) {
			t.Errorf("no warning %q: %s", w, warns)
		}
	}
}

// TestCellLinesStrayRows refuses the rows of a table whose header's
// cells run together, written one cell a line, that a title and a blank
// line cut from the table's rows: read as text they would be lost, and
// the error names the title's line and the header to set over them. A
// title and a blank line over prose are text.
func TestCellLinesStrayRows(t *testing.T) {
	head := "Guild\nRequest Headers\nNameTypeMandatoryDescription\nappSecret\nString\nY\nApp Secret\n"
	read := func(rest string) []string {
		rep := &pages.Reporter{}
		pages.Read(Style{}, pagestest.Source("p.txt", pages.Text{Lines: pages.Lines([]byte(head + rest))}, titledCodeLexicon{}, rep))
		_, errs := rep.Sorted([]string{"p.txt"}, false)
		var got []string
		for _, e := range errs {
			got = append(got, e.Error())
		}
		return got
	}
	errs := read("Other fields\n\nAuthorization\nString\nY\nKakaoAK {ADMIN_KEY}\n")
	want := "p.txt:10: lines 10-13 split one cell a line into 4 cells, as a row of the table at line 3 does, but no header row stands over them (line 8 cut them from the table's rows)"
	if len(errs) != 1 || !strings.HasPrefix(errs[0], want) || !strings.Contains(errs[0], "(Name | Type | Mandatory | Description)") {
		t.Errorf("rows under a title and a blank line: got %q", errs)
	}
	if errs := read("Other notes\n\nThe secret is issued once.\n"); errs != nil {
		t.Errorf("prose under a title refused: %q", errs)
	}
}
