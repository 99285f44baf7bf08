package reader

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestUnplacedRequestTable keeps the example request from giving the
// request body where a table of the request that nothing placed (its
// title unknown, its columns and place fitting no section) may document
// it: the example tells no member's requiredness, which the table holds,
// so inferring would read every member optional with no word said. The
// table's hole is the error, and the example's line warns why no body
// was inferred.
func TestUnplacedRequestTable(t *testing.T) {
	lines := []string{"Kiln", "/kilns/charge", "Method", "POST",
		"Charge Fields",
		"Name | Type | Mandatory | Description",
		"playerId | String | Y | Player ID",
		"Response Status Code",
		"Status Code | Status Code Description | Status Code Detailed Description",
		"200 | Normal Response | Normal",
		"Example Request",
		"POST /kilns/charge HTTP/1.1",
		"Content-Type: application/json",
		"",
		`{"playerId": "p1"}`,
	}
	rep := &pages.Reporter{}
	sp := readStatusPage("p.txt", pages.PDFText{}, lines, pipeItems(lines), rep, nil, nil)
	api := (&statusBuilder{pages: []*statusPage{sp}, rep: rep}).build()
	ws, errs := rep.Sorted([]string{"p.txt"}, false)
	if len(api.Operations) != 1 || len(api.Operations[0].Endpoints) != 1 {
		t.Fatalf("operations %+v, want one; %v %v", api.Operations, ws, errs)
	}
	if body := api.Operations[0].Endpoints[0].Body; body != nil {
		t.Errorf("body %+v inferred from the example, want none while the table at line 6 is unplaced", body[0])
	}
	if holes := rep.Holes(); len(holes) != 1 || holes[0].At.Line != 6 {
		t.Errorf("holes %v, want the unplaced table's at line 6", holes)
	}
	warned := false
	for _, w := range ws {
		warned = warned || w.Pos.Line == 12 && strings.Contains(w.Msg, "not inferred from the example request at line 12: the table at line 6, which nothing placed")
	}
	if !warned {
		t.Errorf("warnings %v, want one at line 12 that the body is not inferred for the table at line 6", ws)
	}
}
