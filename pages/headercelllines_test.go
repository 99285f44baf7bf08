package pages_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/aligned"
	"github.com/docs2go/docs2go/pages/cellperline"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestHeaderCellLines reads a header whose cells run together over rows
// written one cell a line, no blank line between them, in pages of
// styles that read both as text (Markdown, columns aligned with spaces,
// one cell per line): each reads the table, with a warning naming the
// form, and Markdown refuses it no longer as a table written as text a
// paragraph a row. Lines under such a header that fill no rows of its
// columns (a Code cell that is no number) stay text.
func TestHeaderCellLines(t *testing.T) {
	page := "# Reserve\n\nSome text.\n\n## Request\n\nNameTypeMandatoryDescription\nseatId\nstring\nY\nThe seat to reserve.\ncount\nint\nN\nHow many seats.\n\n## Response\n\nDone.\n"
	want := []string{
		"01 Reserve",
		"03 Some text.",
		"05 Request",
		"07 [Name|Type|Mandatory|Description]",
		"08 |seatId|string|Y|The seat to reserve.|",
		"12 |count|int|N|How many seats.|",
		"17 Response",
		"19 Done.",
	}
	for _, st := range []pages.Style{markdown.Style{}, aligned.Style{}, cellperline.Style{}} {
		blocks, warns := pagestest.Read(st, page, true)
		if got := pagestest.Describe(blocks); !slices.Equal(got, want) {
			t.Errorf("%s: got %q;\nwant %q", st, got, want)
		}
		if len(warns) != 1 || !strings.HasPrefix(warns[0], "p.txt:7: the table at line 7 has its header's cells run together over rows written one cell a line") || !strings.Contains(warns[0], "read lines 8 to 15 as its 2 rows") {
			t.Errorf("%s: warnings %q", st, warns)
		}
	}
	enum := "Tiers\n\nNameCodeDescription\nCommon1\nRare2\nEpic3\n"
	blocks, _ := pagestest.Read(aligned.Style{}, enum, true)
	for _, b := range blocks {
		if b.Table != nil {
			t.Errorf("an enum's rows run together one a line read as cells one a line: %q", pagestest.Describe(blocks))
		}
	}
}

// codeLabelLexicon knows the labels a protocol writes over its tables of
// codes, and that "Example" ends a table.
type codeLabelLexicon struct{ sectionLexicon }

func (codeLabelLexicon) CodeLabels() [][]string {
	return [][]string{{"Status Code", "Status Code Description", "Status Code Detailed Description"}}
}

// TestHeaderCellLinesOfCodes reads, in a Markdown page, a header of a
// table of codes whose labels run together, a title run into it, over
// rows written one cell a line, up to a title that ends a table: the
// header keeps the title as written, its seams in the table's Glued, as
// a header of codes whose cells run together keeps it in every style,
// and the title after its rows stays text.
func TestHeaderCellLinesOfCodes(t *testing.T) {
	rep := &pages.Reporter{}
	lines := pages.Lines([]byte("# Seal\n\nResponsesStatus CodeStatus Code DescriptionStatus Code Detailed Description\n200\nOK\nAll went well\n409\nConflict\nThe crate is already sealed\nExample\n"))
	blocks := pages.Read(markdown.Style{}, pagestest.Source("p.txt", pages.Text{Lines: lines}, codeLabelLexicon{}, rep))
	want := []string{
		"01 Seal",
		"03 [ResponsesStatus Code|Status Code Description|Status Code Detailed Description]",
		"04 |200|OK|All went well|",
		"07 |409|Conflict|The crate is already sealed|",
		"10 Example",
	}
	if got := pagestest.Describe(blocks); !slices.Equal(got, want) {
		t.Errorf("got %q;\nwant %q", got, want)
	}
	if tb := blocks[1].Table; tb == nil || !slices.Contains(tb.Glued, pages.Glued{Title: "Responses", Word: "Status Code"}) {
		t.Errorf("the title run into the header is not told: %v", blocks[1])
	}
	warns, errs := rep.Sorted([]string{"p.txt"}, false)
	if errs != nil || !strings.Contains(warns.Error(), "p.txt:3: the table at line 3 has its header's cells run together over rows written one cell a line") {
		t.Errorf("warnings %v, errors %v", warns, errs)
	}
}

// TestHeaderCellLinesOfCodesAtSeams reads, in a Markdown page, a header
// of a table of codes whose labels run together in words its protocol
// does not write, at its seams (pages.SeamCodeLabels), over rows written
// one cell a line, with a warning that says how its header was cut.
func TestHeaderCellLinesOfCodesAtSeams(t *testing.T) {
	rep := &pages.Reporter{}
	lines := pages.Lines([]byte("# Seal\n\nStatus CodeDetail CodeMessageDescription\n452\n-61001\nCrate sealed\nThe crate was sealed\n452\n-61002\nCrate full\nNo slot is left\nExample\n"))
	blocks := pages.Read(markdown.Style{}, pagestest.Source("p.txt", pages.Text{Lines: lines}, codeLabelLexicon{}, rep))
	want := []string{
		"01 Seal",
		"03 [Status Code|Detail Code|Message|Description]",
		"04 |452|-61001|Crate sealed|The crate was sealed|",
		"08 |452|-61002|Crate full|No slot is left|",
		"12 Example",
	}
	if got := pagestest.Describe(blocks); !slices.Equal(got, want) {
		t.Errorf("got %q;\nwant %q", got, want)
	}
	warns, errs := rep.Sorted([]string{"p.txt"}, false)
	if errs != nil || !strings.Contains(warns.Error(), "p.txt:3: the table at line 3 has its header's cells run together over rows written one cell a line") || !strings.Contains(warns.Error(), "its header cut where a capital follows a letter with no space between") {
		t.Errorf("warnings %v, errors %v", warns, errs)
	}
}

// TestHeaderCellLinesStrayRows refuses, in a page of every style that
// leaves such a table as text (Markdown, columns aligned with spaces,
// one cell per line), the rows of a table whose header's cells run
// together, written one cell a line, that a title and a blank line cut
// from its rows: read as text they would be lost; so is such a row one
// cell short, its empty Required cell leaving no line, as textversionjs
// writes one. A title and a blank line over prose are text.
func TestHeaderCellLinesStrayRows(t *testing.T) {
	head := "# Guild\n\nNameTypeMandatoryDescription\nappSecret\nString\nY\nApp Secret\n"
	for _, st := range []pages.Style{markdown.Style{}, aligned.Style{}, cellperline.Style{}} {
		for _, tc := range []struct{ rows, want string }{
			{"Authorization\nString\nY\nKakaoAK {ADMIN_KEY}\n", "p.txt:10: lines 10-13 split one cell a line into 4 cells, as a row of the table at line 3 does, but no header row stands over them (line 8 cut them from the table's rows)"},
			{"parts\n[GearPart[]](#gearpart)\nGears that wore. See [GearPart](#gearpart)\n", "p.txt:10: lines 10-12 split one cell a line into 4 cells, as a row of the table at line 3 does, but no header row stands over them (line 8 cut them from the table's rows): they read as text, and what they document would be left out of the schema (parts | "},
		} {
			_, msgs := pagestest.Read(st, head+"Other fields\n\n"+tc.rows, true)
			if !slices.ContainsFunc(msgs, func(m string) bool { return strings.HasPrefix(m, tc.want) }) {
				t.Errorf("%s: rows under a title and a blank line %q: got %q", st, tc.rows, msgs)
			}
		}
		_, msgs := pagestest.Read(st, head+"Other notes\n\nThe secret is issued once.\n", true)
		if slices.ContainsFunc(msgs, func(m string) bool { return strings.Contains(m, "no header row stands over them") }) {
			t.Errorf("%s: prose under a title refused: %q", st, msgs)
		}
	}
}

// TestHeaderCellLinesStrayShortRows refuses the rows a title and a blank
// line cut from an enum's table whose rows leave no line for their empty
// Description, as textversionjs writes one: the reading takes the title
// for the last row's Description, and a lone row of the part is told
// one cell short by the table's rows above it. Each style that reads
// such a table refuses the part's first row at its lines.
func TestHeaderCellLinesStrayShortRows(t *testing.T) {
	head := "Reason\n\nNameCodeDescription\nMissing\n1\nTooLong\n2\n"
	for _, st := range []pages.Style{markdown.Style{}, aligned.Style{}, cellperline.Style{}} {
		for _, tc := range []struct{ rows, want string }{
			{"TooShort\n3\n", "p.txt:10: lines 10-11 split one cell a line into 3 cells, as a row of the table at line 3 does, but no header row stands over them (line 8 cut them from the table's rows): they read as text, and what they document would be left out of the schema (TooShort | 3 | )"},
			{"TooShort\n3\nBlank\n4\n", "p.txt:10: lines 10-11 split one cell a line into 3 cells"},
		} {
			_, msgs := pagestest.Read(st, head+"Other reasons\n\n"+tc.rows, true)
			if !slices.ContainsFunc(msgs, func(m string) bool { return strings.HasPrefix(m, tc.want) }) {
				t.Errorf("%s: rows under a title and a blank line %q: got %q", st, tc.rows, msgs)
			}
		}
	}
}

// TestHeaderCellLinesOfFields reads a header of fields run together whose
// Code column holds the fields' names (Code | Type | Required |
// Description), over rows one cell a line that leave no line for an
// empty Required cell, whose first field is named by a column word
// ("code") and whose type cells are links to the types' headings, as
// textversionjs writes a table: each style that reads a page without a
// lexicon reads the table, its row short of a cell with a warning
// (flattened text: TestRunTogetherHeaderCellLines).
func TestHeaderCellLinesOfFields(t *testing.T) {
	page := "InvalidMember\n\nCodeTypeRequiredDescription\ncode\nstring\nThe member that failed.\nreason\n[Reason](#reason)\ntrue\nWhy it failed. See [Reason](#reason)\n\nReason\n\nNameCodeDescription\nMissing\n1\nNot sent.\n"
	want := []string{
		"01 InvalidMember",
		"03 [Code|Type|Required|Description]",
		"04 |code|string||The member that failed.|",
		"07 |reason|Reason|true|Why it failed. See Reason|",
		"12 Reason",
		"14 [Name|Code|Description]",
		"15 |Missing|1|Not sent.|",
	}
	for _, st := range []pages.Style{markdown.Style{}, aligned.Style{}, cellperline.Style{}} {
		blocks, warns := pagestest.Read(st, page, true)
		if got := pagestest.Describe(blocks); !slices.Equal(got, want) {
			t.Errorf("%s: got %q;\nwant %q", st, got, want)
		}
		if !slices.ContainsFunc(warns, func(w string) bool {
			return strings.HasPrefix(w, "p.txt:4: the row at line 4 has 3 cells for the 4 columns")
		}) {
			t.Errorf("%s: warnings %q", st, warns)
		}
	}
}
