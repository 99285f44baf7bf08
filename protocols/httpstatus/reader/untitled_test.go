package reader

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// TestLostEnumTitles makes a hole of the type of a member whose type
// cell names an enum beside integer ("Integer (RouteCode)") that no page
// documents, where its page has enum tables left out for want of a title
// naming them (the enums' titles lost, two in a row): the table may be
// the enum's, and integer would leave its codes out unsaid. Without such
// a table the member is an integer, with a warning.
func TestLostEnumTitles(t *testing.T) {
	body := []string{"/airship/charter", "Method", "POST", "Request Body",
		"Name | Type | Mandatory | Description",
		"route | Integer (RouteCode) | Y | Route of the voyage",
		"hazard | Integer (HazardClass) | N | Hazard class"}
	enums := []string{"The codes are sent as integers.",
		"Code | Name | Description", "1 | Coastal | Along the coast", "2 | Mountain | Over the ridge",
		"These are the hazards of crates.",
		"Code | Name | Description", "0 | None | Ordinary goods", "1 | Flammable | Away from the burners"}
	answer := []string{"Response Status Code", "Status Code | Status Code Description | Status Code Detailed Description", "200 | Normal Response | Normal"}
	for _, c := range []struct {
		name  string
		lines []string
		want  string // route's type
		holes []string
		warn  string
	}{
		{"titles lost over both enum tables", append(append(append([]string{"Airship"}, body...), enums...), answer...), "",
			[]string{
				"member route: its type cell names RouteCode beside integer, but no page documents a type RouteCode, and the tables at line 10 (Code | Name | Description) and line 14 (Code | Name | Description), left out for want of a title, may",
				"member hazard: its type cell names HazardClass beside integer, but no page documents a type HazardClass, and the tables at line 10",
			}, ""},
		{"no enum table on the page", append(append([]string{"Airship"}, body...), answer...), schema.Integer,
			nil, "member route: its type cell names RouteCode beside integer, but no page documents a type RouteCode: taking integer"},
	} {
		rep := &pages.Reporter{}
		sp := readStatusPage("p.txt", pages.PDFText{}, c.lines, pipeItems(c.lines), rep, nil, nil)
		api := (&statusBuilder{pages: []*statusPage{sp}, rep: rep}).build()
		if len(api.Operations) != 1 || len(api.Operations[0].Endpoints) != 1 || len(api.Operations[0].Endpoints[0].Body) != 2 {
			ws, errs := rep.Sorted([]string{"p.txt"}, false)
			t.Fatalf("%s: operations %+v, want one with a body of two members; %v %v", c.name, api.Operations, ws, errs)
		}
		route := api.Operations[0].Endpoints[0].Body[0]
		holes := rep.Holes()
		if route.Type != c.want || len(holes) != len(c.holes) {
			t.Errorf("%s: route is %q with holes %v, want %q with %d", c.name, route.Type, holes, c.want, len(c.holes))
			continue
		}
		for i, h := range holes {
			if !strings.HasPrefix(h.Msg, c.holes[i]) || h.Fact != schema.FactType || h.At.Line != 7+i {
				t.Errorf("%s: hole %d at %v: %q, want at line %d: %q…", c.name, i, h.At, h.Msg, 7+i, c.holes[i])
			}
		}
		ws, errs := rep.Sorted([]string{"p.txt"}, false)
		warned := false
		for _, w := range ws {
			warned = warned || c.warn != "" && strings.HasPrefix(w.Msg, c.warn)
		}
		if c.warn != "" && !warned || len(errs) > 0 {
			t.Errorf("%s: warnings %v, errors %v, want a warning %q and no error", c.name, ws, errs, c.warn)
		}
	}
}
