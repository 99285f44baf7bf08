package flattened

import (
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
	if labels, _ := codeHeaderOf(lines[0], testLexicon{}); labels != nil {
		t.Errorf("a lexicon without labels read the header %q", labels)
	}
	if labels, _ := codeHeaderOf("Result Code SummaryResult Code", codeLexicon{}); labels != nil {
		t.Errorf("labels out of order read as the header %q", labels)
	}
}
