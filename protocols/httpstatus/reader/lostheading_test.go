package reader

import (
	"fmt"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestLostOperationHeading reads a page of two operations whose first
// lost its path heading and whose "Request Headers" titles were lost, as
// a reader-view extractor (Postlight Parser, Mercury) writes the page: the
// path heading of the second operation, after the first's sections,
// starts the second operation (it named the first, which had no path
// yet, and the second's method contradicted the first's); the first's
// path is its example request's, with a warning at the request; a table
// right under the method, the first of the request, whose rows name a
// header HTTP defines (Authorization, Content-Type), is the request
// headers, with a warning.
func TestLostOperationHeading(t *testing.T) {
	answer := []string{"Response Status Code", "Status Code | Status Code Description | Status Code Detailed Description", "200 | Normal Response | Normal"}
	lines := []string{"Lists the hives of an apiary.", "Method", "GET",
		"Name | Type | Mandatory | Description", "Authorization | String | Y | KakaoAK {ADMIN_KEY}", "appId | String | Y | App ID",
		"Query Parameters", "Name | Type | Mandatory | Description", "playerId | String | Y | Player ID"}
	lines = append(lines, answer...)
	lines = append(lines, "Example Request", "GET /service/v5/hive/list?playerId=1 HTTP/1.1", "Host: example.com",
		"/hive/add", "Description", "Adds a hive.", "Method", "POST",
		"Name | Type | Mandatory | Description", "Content-Type | String | Y | application/json", "appId | String | Y | App ID",
		"Request Body", "Name | Type | Mandatory | Description", "hiveId | String | Y | Hive ID")
	lines = append(lines, answer...)
	lines = append(lines, "Example Request", "POST /service/v5/hive/add HTTP/1.1", "Host: example.com")
	rep := &pages.Reporter{}
	sp := readStatusPage("p.txt", pages.PDFText{}, lines, pipeItems(lines), rep, nil, nil)
	api := (&statusBuilder{pages: []*statusPage{sp}, rep: rep}).build()
	ws, errs := rep.Sorted([]string{"p.txt"}, false)
	if len(errs) > 0 || len(api.Operations) != 2 {
		t.Fatalf("operations %d, errors %v; want 2 and none", len(api.Operations), errs)
	}
	var got []string
	for _, op := range api.Operations {
		e := op.Endpoints[0]
		var names []string
		for _, h := range e.Headers {
			names = append(names, h.Name)
		}
		for _, f := range append(e.Query, e.Body...) {
			names = append(names, f.Name)
		}
		got = append(got, fmt.Sprintf("%s %s %s", e.Method, e.Path, strings.Join(names, ",")))
	}
	want := []string{"GET /service/v5/hive/list Authorization,appId,playerId", "POST /service/v5/hive/add Content-Type,appId,hiveId"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, w := range []string{
		`p.txt:4: placed the table at line 4 (Name | Type | Mandatory | Description) as the request headers by its rows and place: it stands right under the method at line 3 with no title of its own, the first table of the request, and its row "Authorization" names a header HTTP defines`,
		"p.txt:14: took the path /service/v5/hive/list of the operation at line 3 from its example request at line 14: the operation has no path heading, as the page's others have (/hive/add at line 16), so its heading was lost",
		`p.txt:21: placed the table at line 21 (Name | Type | Mandatory | Description) as the request headers by its rows and place: it stands right under the method at line 20 with no title of its own, the first table of the request, and its row "Content-Type" names a header HTTP defines`,
	} {
		found := false
		for _, g := range ws {
			found = found || strings.HasPrefix(g.Error(), w)
		}
		if !found {
			t.Errorf("no warning %q among %v", w, ws)
		}
	}
}
