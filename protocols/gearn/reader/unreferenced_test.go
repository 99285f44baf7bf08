package reader

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// TestCapitalHeadings refuses a table under a heading in capitals that
// nothing on the page refers to, where the page writes its types' names
// in CamelCase, at the table's line, unless an overrides entry names the
// type it documents; a heading in capitals the page refers to, or on a
// page whose types are all in capitals, is the type's.
func TestCapitalHeadings(t *testing.T) {
	def := func(name string, line int) *defDoc {
		return &defDoc{name: name, headingLine: line - 1, table: fieldTable(line, "a|string|true|An a.")}
	}
	for _, c := range []struct {
		name     string
		defs     []*defDoc
		refs     []ref
		assigned map[schema.Pos]string
		kept     []string
		holeAt   int
	}{
		{"a label in capitals", []*defDoc{def("WARNING", 10), def("ResponseData", 20)}, []ref{{"ResponseData", 5}}, nil, []string{"ResponseData"}, 10},
		{"an entry names its type", []*defDoc{def("WARNING", 10), def("ResponseData", 20)}, nil, map[schema.Pos]string{{Page: "p.txt", Line: 10}: "AdminExtras"}, []string{"AdminExtras", "ResponseData"}, 0},
		{"referred to", []*defDoc{def("HIGHSCORE", 10), def("ResponseData", 20)}, []ref{{"HIGHSCORE", 5}}, nil, []string{"HIGHSCORE", "ResponseData"}, 0},
		{"every type in capitals", []*defDoc{def("HIGHSCORE", 10), def("FRAMERESULT", 20)}, nil, nil, []string{"HIGHSCORE", "FRAMERESULT"}, 0},
	} {
		rep := &pages.Reporter{}
		b := &builder{rep: rep, assigned: c.assigned}
		pd := &pageDoc{name: "p.txt", defs: c.defs, refs: c.refs}
		b.capitalHeadings(pd)
		var kept []string
		for _, d := range pd.defs {
			kept = append(kept, d.name)
		}
		holes := rep.Holes()
		holeAt := 0
		if len(holes) > 0 {
			holeAt = holes[0].At.Line
		}
		if strings.Join(kept, " ") != strings.Join(c.kept, " ") || holeAt != c.holeAt || len(holes) > 1 {
			t.Errorf("%s: kept %v, holes %v; want %v, a hole at line %d", c.name, kept, holes, c.kept, c.holeAt)
		}
	}
}

// TestRecaseHeadings reads the headings that lost their case as the
// page's references write them, and refuses, at the table's line, one
// that two references differing only in case match, unless an overrides
// entry names its type; a label in capitals on a page all of whose
// headings are in capitals stays what it was.
func TestRecaseHeadings(t *testing.T) {
	def := func(name string, line int) *defDoc {
		return &defDoc{name: name, headingLine: line - 1, table: fieldTable(line, "a|string|true|An a.")}
	}
	for _, c := range []struct {
		name     string
		defs     []*defDoc
		refs     []ref
		assigned map[schema.Pos]string
		kept     []string
		holeAt   int
	}{
		{"upper-cased", []*defDoc{def("RESPONSEDATA", 10), def("TREATYSTANCE", 20), def("NOTE", 30)}, []ref{{"TreatyStance", 5}}, nil, []string{"ResponseData", "TreatyStance", "NOTE"}, 0},
		{"two references", []*defDoc{def("TREATYINFO", 10)}, []ref{{"TreatyInfo", 5}, {"Treatyinfo", 6}}, nil, nil, 10},
		{"an entry names its type", []*defDoc{def("TREATYINFO", 10)}, []ref{{"TreatyInfo", 5}, {"Treatyinfo", 6}}, map[schema.Pos]string{{Page: "p.txt", Line: 10}: "TreatyInfo"}, []string{"TreatyInfo"}, 0},
	} {
		rep := &pages.Reporter{}
		b := &builder{rep: rep, assigned: c.assigned}
		pd := &pageDoc{name: "p.txt", defs: c.defs, refs: c.refs}
		b.recaseHeadings(pd)
		b.capitalHeadings(pd)
		var kept []string
		for _, d := range pd.defs {
			kept = append(kept, d.name)
		}
		holes := rep.Holes()
		holeAt := 0
		if len(holes) > 0 {
			holeAt = holes[0].At.Line
		}
		if strings.Join(kept, " ") != strings.Join(c.kept, " ") || holeAt != c.holeAt || len(holes) > 1 {
			t.Errorf("%s: kept %v, holes %v; want %v, a hole at line %d", c.name, kept, holes, c.kept, c.holeAt)
		}
		if c.holeAt > 0 && (!b.unsettled["TreatyInfo"] || !b.unsettled["Treatyinfo"]) {
			t.Errorf("%s: unsettled %v, want both rivals", c.name, b.unsettled)
		}
	}
}
