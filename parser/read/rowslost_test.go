package read

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

func TestRowsLost(t *testing.T) {
	header := []string{"Name", "Required", "Description"}
	bare := &pages.Table{Line: 42, Header: header}
	rep := &pages.Reporter{}
	if !RowsLost(rep, "page.txt", "the header table of getPlayer at line 42", bare) {
		t.Fatal("a header with no rows: not refused")
	}
	_, errs := rep.Sorted([]string{"page.txt"}, false)
	if len(errs) != 1 || errs[0].Pos.Page != "page.txt" || errs[0].Pos.Line != 42 || !strings.HasPrefix(errs[0].Msg, "the header table of getPlayer at line 42 has a header (Name | Required | Description) and no rows: its rows are lost") {
		t.Fatalf("errors %v; want one at page.txt:42 that says the rows are lost", errs)
	}
	full := &pages.Table{Line: 42, Header: header, Rows: []*pages.Row{{Line: 43, Cells: []string{"Secret-Key", "true", "The key."}}}}
	rep = &pages.Reporter{}
	if RowsLost(rep, "page.txt", "the header table of getPlayer at line 42", full) || rep.Failed() {
		t.Fatal("a table with a row: refused")
	}
}

// TestFieldsLost makes a table of fields with a header and no rows a
// hole of its fields, at its header line and at the list an overrides
// fix names; where no fix reaches the table, it is refused as RowsLost
// refuses it.
func TestFieldsLost(t *testing.T) {
	header := []string{"Code", "Type", "Required", "Description"}
	bare := &pages.Table{Line: 42, Header: header}
	for _, c := range []struct {
		target string
		want   schema.Target
	}{
		{"object: Player", schema.Target{Object: "Player"}},
		{"operation: login, role: client, in: query", schema.Target{Operation: "login", Role: "client", In: "query"}},
		{"operation: guild/create", schema.Target{Operation: "guild/create"}},
	} {
		rep := &pages.Reporter{}
		if !FieldsLost(rep, "page.txt", "the table of Player at line 42", c.target, bare) {
			t.Fatalf("%s: a header with no rows: not reported", c.target)
		}
		hs := rep.Holes()
		if rep.Failed() || len(hs) != 1 || hs[0].Fact != schema.FactFields || hs[0].At != (schema.Pos{Page: "page.txt", Line: 42}) || hs[0].Target != c.want || hs[0].Field != nil {
			t.Errorf("%s: failed %t, holes %+v; want one hole of the fields of %+v at page.txt:42", c.target, rep.Failed(), hs, c.want)
		}
		if !strings.HasPrefix(hs[0].Msg, "the table of Player at line 42 has a header (Code | Type | Required | Description) and no rows: its fields are lost") {
			t.Errorf("%s: message %q", c.target, hs[0].Msg)
		}
	}
	for _, target := range []string{"", "object: Player, role: client", "operation: login, color: red"} {
		rep := &pages.Reporter{}
		if !FieldsLost(rep, "page.txt", "the envelope at line 42", target, bare) || !rep.Failed() || len(rep.Holes()) > 0 {
			t.Errorf("target %q: failed %t, holes %v; want refused, no hole", target, rep.Failed(), rep.Holes())
		}
	}
	full := &pages.Table{Line: 42, Header: header, Rows: []*pages.Row{{Line: 43, Cells: []string{"id", "string", "true", "The id."}}}}
	rep := &pages.Reporter{}
	if FieldsLost(rep, "page.txt", "the table of Player at line 42", "object: Player", full) || rep.Failed() || len(rep.Holes()) > 0 {
		t.Fatal("a table with a row: reported")
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
