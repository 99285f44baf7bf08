package read

import (
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestWarnParagraphFacts warns at its line of a paragraph joined to a
// row's description that changes what the description states (a
// default or a range read with it and not without it), and
// lets be one that states nothing, or what the description states too.
func TestWarnParagraphFacts(t *testing.T) {
	for _, c := range []struct {
		name, desc, para string
		want             bool
	}{
		{"a default", "Hours the code stays valid. Defaults to 5 when omitted.", "Defaults to 5 when omitted.", true},
		{"a length", "The player's passcode. At most 12 characters.", "At most 12 characters.", true},
		{"no fact", "The player's passcode. It is kept hashed.", "It is kept hashed.", false},
		{"the same fact again", "How many rows (default: 5). Defaults to 5 when omitted.", "Defaults to 5 when omitted.", false},
	} {
		tb := &pages.Table{Line: 1, Header: []string{"Name", "Type", "Description"}, Rows: []*pages.Row{{Line: 2, Cells: []string{"rows", "Integer", c.desc}, Paragraphs: []pages.Block{{Line: 3, Text: c.para}}}}}
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
		rep := &pages.Reporter{}
		WarnParagraphFacts("p.txt", []pages.Block{{Line: 1, Table: tb}}, rep)
		ws, errs := rep.Sorted([]string{"p.txt"}, false)
		got := ""
		if ws != nil {
			got = ws.Error()
		}
		if errs != nil || (got != "") != c.want || c.want && !strings.Contains(got, "p.txt:3: line 3") {
			t.Errorf("%s: warnings %q, errors %v; want a warning at line 3: %v", c.name, got, errs, c.want)
		}
	}
	if got := statedFacts(ReadConstraints("Between 1 and 72 (default: 24).")); !slices.Contains(strings.Split(got, ", "), "default 24") {
		t.Errorf("statedFacts = %q, want a default 24", got)
	}
}

// TestCellSentences reads the constraints of a cell whose paragraphs its
// style kept apart with each paragraph a sentence: a bound that ends one
// is read, as it is not with the next paragraph run on.
func TestCellSentences(t *testing.T) {
	for _, c := range []struct {
		name string
		ps   []string
		want string
	}{
		{"a count, then a sentence", []string{"Passes of the flight, 1 ~ 5", "The falcon flies them in the listed order"}, "value 1..5"},
		{"a default after a stop", []string{"Wind speed.", "Defaults to 3 when omitted"}, "default 3"},
		{"no fact", []string{"Flying condition", "A falcon in yarak is keen to hunt"}, "nothing"},
	} {
		cell := strings.Join(c.ps, " ")
		r := &pages.Row{Cells: []string{"m", "Integer", cell}}
		r.KeepParagraphs(cell, c.ps)
		if got := statedFacts(ReadConstraints(CellSentences(r, cell))); got != c.want {
			t.Errorf("%s: %q states %s, want %s", c.name, CellSentences(r, cell), got, c.want)
		}
	}
	r := &pages.Row{Cells: []string{"m", "Integer", "Passes, 1 ~ 5"}}
	if got := CellSentences(r, "Passes, 1 ~ 5"); got != "Passes, 1 ~ 5" {
		t.Errorf("a cell of one paragraph: got %q", got)
	}
}
