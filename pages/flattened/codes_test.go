package flattened

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// codeLexicon is a testLexicon that knows the header rows of a
// protocol's tables of codes.
type codeLexicon struct{ testLexicon }

func (codeLexicon) CodeLabels() [][]string {
	return [][]string{
		{"Result Code", "Result Code Summary", "Result Code Description"},
		{"Http code", "error_code", "reason", "Description"},
	}
}

// TestRunTogetherCodes reads tables of codes whose cells run together
// by the labels the lexicon's protocol writes (spaces inside them): a
// status, a range with its note, a signed detail code run into its
// status where the header names two code columns, the text cut where a
// capital follows a letter or ends a run of capitals; a row whose text
// cuts in more or fewer places than its columns need is refused at its
// line, naming the places; a lexicon without labels reads no header.
func TestRunTogetherCodes(t *testing.T) {
	rep := &pages.Reporter{}
	lines := []string{
		"Result CodeResult Code SummaryResult Code Description",
		"200OKAll went well",
		"409ConflictThe crate is already sealed",
		"4xx (vendor status)Crate RefusedSee the codes below",
		"",
		"Http codeerror_codereasonDescription",
		"452-61001Crate sealedThe crate was sealed by its owner",
		"452-61002Crate fullNo slot is left in the crate",
		"453-61003Bad keyThe key uses keyIds of another crateTeam",
		"",
	}
	got := readout(flattenedItems(pages.Source{Name: "p.txt", Lines: lines, Words: codeLexicon{}, Report: rep}))
	want := []string{
		"200 | OK | All went well",
		"409 | Conflict | The crate is already sealed",
		"4xx (vendor status) | Crate Refused | See the codes below",
		"452 | -61001 | Crate sealed | The crate was sealed by its owner",
		"452 | -61002 | Crate full | No slot is left in the crate",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q; want %q", got, want)
	}
	warns, errs := rep.Sorted([]string{"p.txt"}, false)
	if errs == nil || !strings.Contains(errs.Error(), `p.txt:9: cannot split "453-61003Bad keyThe key uses keyIds of another crateTeam"`) || !strings.Contains(errs.Error(), `3 places ("key|The", "key|Ids", "crate|Team")`) {
		t.Errorf("no refusal of line 9 naming its places: %v", errs)
	}
	if w := warns.Error(); !strings.Contains(w, "p.txt:1: the table at line 1 has its cells run together") || !strings.Contains(w, "(Http code | error_code | reason | Description)") {
		t.Errorf("no warnings of the tables read: %s", w)
	}
	if labels, _, _, _ := pages.CodeRunHeader(lines[0], testLexicon{}); labels != nil {
		t.Errorf("a lexicon without labels read the header %q", labels)
	}
	if labels, _, _, _ := pages.CodeRunHeader("Result Code SummaryResult Code", codeLexicon{}); labels != nil {
		t.Errorf("labels out of order read as the header %q", labels)
	}
}

// sectionedCodeLexicon is a codeLexicon whose pages' section title
// "Request Body" ends a table.
type sectionedCodeLexicon struct{ codeLexicon }

func (sectionedCodeLexicon) EndsTable(l string) bool { return l == "Request Body" }

// TestRunTogetherCodesCut reads the rest of a table of codes whose
// cells run together that a callout, a note or a title of its own cut,
// its rows run together under no header, as a table without a header
// (which pages.Read reads as the rest of the table before it); a
// sentence that begins with a code, a space after it, is no row, nor a
// row under a line that ends a table. A title run into the header is
// marked Glued, the labels read after it.
func TestRunTogetherCodesCut(t *testing.T) {
	rep := &pages.Reporter{}
	lines := []string{
		"Crate ResultsResult CodeResult Code SummaryResult Code Description",
		"200OKAll went well",
		"Note:",
		"Operators may skip the cooldown.",
		"409ConflictThe crate is already sealed",
		"Other codes",
		"410GoneThe crate was burnt",
		"",
		"A note",
		"500 Internal errors are retried.",
		"",
		"Http codeerror_codereasonDescription",
		"452-61001Crate sealedThe crate was sealed by its owner",
		"Request Body",
		"452-61002Crate fullNo slot is left in the crate",
	}
	blocks := flattenedItems(pages.Source{Name: "p.txt", Lines: lines, Words: sectionedCodeLexicon{}, Report: rep})
	var got []string
	for _, b := range blocks {
		if b.Table == nil {
			got = append(got, b.Text)
			continue
		}
		got = append(got, fmt.Sprintf("table %d %q, glued %v", b.Table.Line, b.Table.Header, b.Table.Glued))
		for _, r := range b.Table.Rows {
			got = append(got, strings.Join(r.Cells, " | "))
		}
	}
	want := []string{
		`table 1 ["Crate ResultsResult Code" "Result Code Summary" "Result Code Description"], glued [{Crate Results Result Code}]`,
		"200 | OK | All went well",
		"Note:",
		"Operators may skip the cooldown.",
		"table 5 [], glued []",
		"409 | Conflict | The crate is already sealed",
		"Other codes",
		"table 7 [], glued []",
		"410 | Gone | The crate was burnt",
		"A note",
		"500 Internal errors are retried.",
		`table 12 ["Http code" "error_code" "reason" "Description"], glued []`,
		"452 | -61001 | Crate sealed | The crate was sealed by its owner",
		"Request Body",
		"452-61002Crate fullNo slot is left in the crate",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestRunTogetherCodesRowspan reads a row of a table of codes whose
// cells run together that begins with its detail code, its status cell
// lost to a rowspan over the rows above, with the status of the row
// above and a warning at its line.
func TestRunTogetherCodesRowspan(t *testing.T) {
	rep := &pages.Reporter{}
	lines := []string{
		"Http codeerror_codereasonDescription",
		"452-61001Crate sealedThe crate was sealed by its owner",
		"-61002Crate fullNo slot is left in the crate",
		"453-61003Bad keyThe key is wrong",
		"",
	}
	got := readout(flattenedItems(pages.Source{Name: "p.txt", Lines: lines, Words: codeLexicon{}, Report: rep}))
	want := []string{
		"452 | -61001 | Crate sealed | The crate was sealed by its owner",
		"452 | -61002 | Crate full | No slot is left in the crate",
		"453 | -61003 | Bad key | The key is wrong",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q; want %q", got, want)
	}
	warns, errs := rep.Sorted([]string{"p.txt"}, false)
	if errs != nil || warns == nil || !strings.Contains(warns.Error(), "p.txt:3: line 3") || !strings.Contains(warns.Error(), "a rowspan") {
		t.Errorf("no warning of line 3: %v %v", warns, errs)
	}
}

// TestRunTogetherCodesAtSeams reads a table of codes whose header's
// labels run together in words its protocol does not write ("Detail
// Code", "Message") at its seams, each piece a label that names a
// column, the first two code columns: its rows' status and signed detail
// code run together are cut before the sign, a row that lost its status
// to a rowspan takes the status above, with warnings that say so.
func TestRunTogetherCodesAtSeams(t *testing.T) {
	rep := &pages.Reporter{}
	lines := []string{
		"Status CodeDetail CodeMessageDescription",
		"452-61001Crate sealedThe crate was sealed by its owner",
		"-61002Crate fullNo slot is left in the crate",
		"453-61003Bad keyThe key is wrong",
		"",
	}
	got := readout(flattenedItems(pages.Source{Name: "p.txt", Lines: lines, Words: codeLexicon{}, Report: rep}))
	want := []string{
		"452 | -61001 | Crate sealed | The crate was sealed by its owner",
		"452 | -61002 | Crate full | No slot is left in the crate",
		"453 | -61003 | Bad key | The key is wrong",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q; want %q", got, want)
	}
	warns, errs := rep.Sorted([]string{"p.txt"}, false)
	if errs != nil || warns == nil {
		t.Fatalf("warnings %v, errors %v", warns, errs)
	}
	for _, w := range []string{
		"p.txt:1: the table at line 1 has its cells run together",
		"read its header where a capital follows a letter with no space between, each piece a label that names a column (Status Code | Detail Code | Message | Description)",
		"then its signed detail code run into it: cut before the sign",
		"p.txt:3: line 3",
	} {
		if !strings.Contains(warns.Error(), w) {
			t.Errorf("no warning %q: %v", w, warns)
		}
	}
}

// TestRunTogetherCodesRowspanUncut refuses, at its line, a row that
// lost its status cell to a rowspan and whose text has more places to
// cut than its columns need ("apiaryA", "hiveId"): the places named are
// those of the text read with the status of the row above.
func TestRunTogetherCodesRowspanUncut(t *testing.T) {
	rep := &pages.Reporter{}
	lines := []string{
		"Http codeerror_codereasonDescription",
		"466-64101Tally too soonThe apiary was tallied less than 6 hours ago",
		"-64102Hive not in apiaryA hiveId does not belong to the apiary",
		"",
	}
	readout(flattenedItems(pages.Source{Name: "p.txt", Lines: lines, Words: codeLexicon{}, Report: rep}))
	_, errs := rep.Sorted([]string{"p.txt"}, false)
	if errs == nil || !strings.Contains(errs.Error(), "p.txt:3: ") || !strings.Contains(errs.Error(), `"apiary|A"`) {
		t.Errorf("no located error at line 3 naming the cuts: %v", errs)
	}
}

// TestRunTogetherCodesNamedInside reads a row of a table of codes whose
// cells run together that has more places to cut than its columns need
// where the page tells which are inside a cell: a place inside a name
// in camelCase ("hiveId") that the page writes elsewhere as a word of
// its own (a line of its example JSON) is no cell's end, and the row is
// cut at the other place, with a warning naming the name and its line.
// A name the page writes only in another row of codes run together
// ("sealedThe", a message's end run into a description's start), or
// nowhere else ("keyIds"), tells nothing: such a row is refused at its
// line, as is one whose places left are still more than its columns
// need.
func TestRunTogetherCodesNamedInside(t *testing.T) {
	rep := &pages.Reporter{}
	lines := []string{
		"Http codeerror_codereasonDescription",
		"466-64101Tally too soonThe apiary was tallied less than 6 hours ago",
		"-64102Hive not in apiaryA hiveId does not belong to the apiary",
		"467-64104Crate sealedThe lid is off in apiaryA",
		"468-64105Crate sealedThe crate was sealed",
		"469-64106Bad keyThe key uses keyIds of another hiveId",
		"",
		`{ "hiveId": "H-07" }`,
	}
	got := readout(flattenedItems(pages.Source{Name: "p.txt", Lines: lines, Words: codeLexicon{}, Report: rep}))
	want := []string{
		"466 | -64101 | Tally too soon | The apiary was tallied less than 6 hours ago",
		"466 | -64102 | Hive not in apiary | A hiveId does not belong to the apiary",
		"468 | -64105 | Crate sealed | The crate was sealed",
		`{ "hiveId": "H-07" }`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q; want %q", got, want)
	}
	warns, errs := rep.Sorted([]string{"p.txt"}, false)
	if warns == nil || !strings.Contains(warns.Error(), "p.txt:3: line 3") || !strings.Contains(warns.Error(), "no cut inside hiveId (line 8)") {
		t.Errorf("no warning at line 3 naming hiveId and line 8: %v", warns)
	}
	if errs == nil || !strings.Contains(errs.Error(), `p.txt:4: cannot split`) || !strings.Contains(errs.Error(), `p.txt:6: cannot split`) || strings.Contains(errs.Error(), "p.txt:3:") {
		t.Errorf("no refusals of lines 4 and 6 alone: %v", errs)
	}
}
