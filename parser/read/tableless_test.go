package read

import (
	"slices"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestRowShaped tells the lines of text that begin as a row of a table
// of fields (a name, then a type) or of codes (a code, then text) from
// prose.
func TestRowShaped(t *testing.T) {
	for _, c := range []struct {
		line         string
		field, codes bool
	}{
		{"playerId String Y Player ID", true, false},
		{"crew List<CrewSeat> Y Crew on board", true, false},
		{"wrecks Wreck[] Wrecks in reach", true, false},
		{"[14]seaId String Y Sea ID", true, false},
		{"`matchesPlayed`    `number int`       true   (from 0)", true, false},
		{"noteId, a mandatory String: the note.", false, false},
		{"The request carries no body.", false, false},
		{"200 Normal Response Normal", false, true},
		{"4xx (custom status) Dive Rejected See below", false, true},
		{"-89003 Crew resting A crew member is resting", false, true},
		{"490 -89001 Hull damaged", false, true},
		{"200", false, false},
		{"See the response codes below.", false, false},
	} {
		if got := FieldRowShaped(c.line); got != c.field {
			t.Errorf("FieldRowShaped(%q) = %v, want %v", c.line, got, c.field)
		}
		if got := CodeRowShaped(c.line); got != c.codes {
			t.Errorf("CodeRowShaped(%q) = %v, want %v", c.line, got, c.codes)
		}
	}
}

// TestStrayFieldRows refuses a line after a table of fields that begins
// as a row of it does and names no member of the page's tables, at its
// line; a member's name, prose, and a line after a table of codes are
// let be.
func TestStrayFieldRows(t *testing.T) {
	fields := &pages.Table{Line: 2, Header: []string{"Name", "Type", "Mandatory", "Description"}, Rows: []*pages.Row{{Line: 3, Cells: []string{"market", "String (Enum)", "Y", ""}}}}
	fields.Cols, _ = pages.ColumnsOf(fields.Header)
	codes := &pages.Table{Line: 2, Header: []string{"Code", "Description"}, Rows: []*pages.Row{{Line: 3, Cells: []string{"200", "OK"}}}}
	codes.Cols, _ = pages.ColumnsOf(codes.Header)
	for _, c := range []struct {
		name  string
		table *pages.Table
		texts []string
		want  []int
	}{
		{"a row a list in a cell broke off", fields, []string{"Store the products are sold in:", "* google", "category String (Enum) N"}, []int{6}},
		{"two rows broken off", fields, []string{"lang String N", "limit Integer N Rows returned"}, []int{4, 5}},
		{"a member's name in a note", fields, []string{"market String values are listed above."}, nil},
		{"prose", fields, []string{"a string of at most 10 characters", "The String type is UTF-8."}, nil},
		{"after a table of codes", codes, []string{"category String (Enum) N"}, nil},
	} {
		items := []pages.Block{{Line: 1, Text: "Request Parameters"}, {Line: 2, Table: c.table}}
		for i, tx := range c.texts {
			items = append(items, pages.Block{Line: 4 + i, Text: tx})
		}
		rep := &pages.Reporter{}
		StrayFieldRows("p.txt", items, rep)
		_, errs := rep.Sorted([]string{"p.txt"}, false)
		var got []int
		for _, e := range errs {
			got = append(got, e.Pos.Line)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: errors at lines %v, want %v (%v)", c.name, got, c.want, errs)
		}
	}
}
