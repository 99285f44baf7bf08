package read

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

func TestRowsLost(t *testing.T) {
	header := []string{"Code", "Type", "Required", "Description"}
	bare := &pages.Table{Line: 42, Header: header}
	rep := &pages.Reporter{}
	if !RowsLost(rep, "page.txt", "the table of Player at line 42", bare) {
		t.Fatal("a header with no rows: not refused")
	}
	_, errs := rep.Sorted([]string{"page.txt"}, false)
	if len(errs) != 1 || errs[0].Pos.Page != "page.txt" || errs[0].Pos.Line != 42 || !strings.HasPrefix(errs[0].Msg, "the table of Player at line 42 has a header (Code | Type | Required | Description) and no rows: its fields are lost") {
		t.Fatalf("errors %v; want one at page.txt:42 that says the fields are lost", errs)
	}
	full := &pages.Table{Line: 42, Header: header, Rows: []*pages.Row{{Line: 43, Cells: []string{"id", "string", "true", "The id."}}}}
	rep = &pages.Reporter{}
	if RowsLost(rep, "page.txt", "the table of Player at line 42", full) || rep.Failed() {
		t.Fatal("a table with a row: refused")
	}
}

func TestRowsUnderBareHeader(t *testing.T) {
	header := []string{"Name", "Type", "Mandatory", "Description"}
	row := []*pages.Row{{Line: 50, Cells: []string{"id", "String", "Y", "The id."}}}
	for _, c := range []struct {
		name     string
		tb, rest *pages.Table
		warned   bool
	}{
		{"bare header, rest with rows", &pages.Table{Line: 42, Header: header}, &pages.Table{Line: 49, Header: header, Rows: row}, true},
		{"table with rows", &pages.Table{Line: 42, Header: header, Rows: row}, &pages.Table{Line: 49, Header: header, Rows: row}, false},
		{"rest without rows", &pages.Table{Line: 42, Header: header}, &pages.Table{Line: 49, Header: header}, false},
	} {
		rep := &pages.Reporter{}
		RowsUnderBareHeader(rep, "page.txt", c.tb, c.rest)
		warns, errs := rep.Sorted([]string{"page.txt"}, false)
		if len(errs) > 0 {
			t.Errorf("%s: errors %v", c.name, errs)
		}
		if got := len(warns) == 1 && warns[0].Pos.Line == 42; got != c.warned || len(warns) > 1 {
			t.Errorf("%s: warnings %v; want a warning at line 42: %t", c.name, warns, c.warned)
		}
	}
}
