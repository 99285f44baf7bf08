package reader

import (
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestExampleTitles lists the titles of examples, in English and
// Korean, and lines that only begin or end as one does.
func TestExampleTitles(t *testing.T) {
	for s, want := range map[string]bool{
		"Example": true, "Examples": true, "Example Request": true, "EXAMPLE RESPONSE": true, "Sample request": true,
		"Request Example": true, "HTTP request example": true, "Example:": true, "요청 예제": true, "예시 (Example)": true,
		"요청 예시 (Example Request)": true, "Sample code": true,
		"Examples of valid names are listed below": false, "Request Body": false, "ExampleData": false, "For example": false,
		"Counterexample": false, "": false,
	} {
		if got := isExampleTitle(s); got != want {
			t.Errorf("isExampleTitle(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestRequestLineOf checks that a request line's query string and
// fragment are split off its path, and that the names of the
// parameters a query passes are read once each.
func TestRequestLineOf(t *testing.T) {
	for _, c := range []struct{ line, method, path, query string }{
		{"POST /api/rJson/inventory/client/enchantItem HTTP/1.1", "POST", "/api/rJson/inventory/client/enchantItem", ""},
		{"GET /lootTable/getDropTable?tableId=forest_chest&tags=event&tags=weekly HTTP/1.1", "GET", "/lootTable/getDropTable", "tableId=forest_chest&tags=event&tags=weekly"},
		{"`GET https://api.gearn.io/loot/getDropRates?tableId={tableId}#query`", "GET", "/loot/getDropRates", "tableId={tableId}"},
		{"GET /a/b#top", "GET", "/a/b", ""},
	} {
		rl := requestLineOf(c.line, 7)
		if rl.method != c.method || rl.path != c.path || rl.query != c.query || rl.line != 7 {
			t.Errorf("requestLineOf(%q) = %+v, want %s %s ? %q", c.line, *rl, c.method, c.path, c.query)
		}
	}
	for q, want := range map[string][]string{
		"":                                   nil,
		"tableId=forest_chest&tags=a&tags=b": {"tableId", "tags"},
		"tags%5B%5D=a&tags[]=b&flag&=x":      {"tags", "flag"},
		"a=1&&b=%zz":                         {"a", "b"},
	} {
		if got := queryNames(q); !slices.Equal(got, want) {
			t.Errorf("queryNames(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestStartsMessage checks what tells the request line of an example
// message from an endpoint line: the header or the body right after it.
func TestStartsMessage(t *testing.T) {
	for next, want := range map[string]bool{
		"Host: api.gearn.io": true, "Content-Type: application/json": true, "X-Request-Id: 42": true, "accept: */*": true,
		`{ "userId": "u1" }`: true, `[{"a": 1}]`: true,
		"Request Headers": false, "Note: the call is slow": false, "Require permission rules a.b. See PermissionRules": false,
		"[GearN Docs](https://docs.gearn.io/)": false, "": false,
	} {
		var blocks []pages.Block
		if next != "" {
			blocks = []pages.Block{{Line: 2, Text: next}}
		}
		if got := startsMessage(blocks); got != want {
			t.Errorf("startsMessage(%q) = %v, want %v", next, got, want)
		}
	}
	if startsMessage([]pages.Block{{Line: 2, Table: &pages.Table{}}}) {
		t.Error("startsMessage: a table starts a message")
	}
}

// TestRoleTab checks that a role's heading inside an example labels its
// call when what follows it is an example message, and opens the role's
// section when a permission rule, a part of the request or an endpoint
// line of its own follows.
func TestRoleTab(t *testing.T) {
	for lines, want := range map[string]bool{
		"POST /api/rJson/a/client/b HTTP/1.1|Content-Type: application/json|{}|Server":      true,
		"http|POST /api/rJson/a/client/b|Host: api.gearn.io":                                true,
		"POST /api/rJson/a/client/b|Request Headers":                                        false,
		"Require permission rules a.b.selfEnable|POST /api/rJson/a/client/b":                false,
		"HTTP|POST /api/rJson/a/client/b|Request Body":                                      false,
		"Some words about the client":                                                       false,
		"POST /api/rJson/a/client/b HTTP/1.1|Host: api.gearn.io|Request Headers|Auth-Token": false,
	} {
		var blocks []pages.Block
		for i, l := range strings.Split(lines, "|") {
			blocks = append(blocks, pages.Block{Line: i + 2, Text: l})
		}
		if got := roleTab(blocks); got != want {
			t.Errorf("roleTab(%q) = %v, want %v", lines, got, want)
		}
	}
}

// TestExampleLines checks that the lines of an example are read as its
// request line and nothing more: its headers, body and labels are no
// endpoint, no response status and no description of the table after
// them.
func TestExampleLines(t *testing.T) {
	header := []string{"Code", "Type", "Required", "Description"}
	cols, _ := pages.ColumnsOf(header)
	tb := &pages.Table{Line: 9, Header: header, Cols: cols, Rows: []*pages.Row{{Line: 10, Cells: []string{"a", "string", "true", "An a."}}}}
	var items []pages.Block
	for i, l := range []string{"Example Request", "http", "POST /api/rJson/x/client/getA HTTP/1.1", "Host: api.gearn.io", `{ "a": "b" }`, "200 OK", `{ "returnCode": 1 }`} {
		items = append(items, pages.Block{Line: i + 1, Text: l})
	}
	items = append(items, pages.Block{Line: 9, Table: tb})
	rep := &pages.Reporter{}
	pd := interpret("p.txt", nil, pages.PDFText{}, items, rep, nil)
	if len(pd.examples) != 1 || pd.examples[0].line != 3 || len(pd.endpoints) != 0 {
		t.Fatalf("examples %v, endpoints %v; want the request line at line 3 and no endpoint", pd.examples, pd.endpoints)
	}
	if pd.envelope != nil || len(pd.defs) != 1 || len(pd.defs[0].intro) != 0 {
		t.Errorf("the table after the example: envelope %v, defs %d; want a definition with no description from the example", pd.envelope, len(pd.defs))
	}
}

// TestExampleRunTogether checks that an example request whose headers and
// body run into its request line on one line, a space between them or
// nothing (pandoc, then docx2txt), gives its request line, with a
// warning; a line that only begins like one gives none.
func TestExampleRunTogether(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{`POST /api/rJson/x/client/getA?b=1 HTTP/1.1Auth-Token: 0b7eSecret-Key: 5f10Content-Type: application/json{ "a": "b" }`, "POST /api/rJson/x/client/getA b=1"},
		{`POST /api/rJson/x/client/getA HTTP/1.1 Host: api.gearn.io { "a": "b" }`, "POST /api/rJson/x/client/getA "},
		{`POST /api/rJson/x/client/getA HTTP/1.1{"a": "b"}`, "POST /api/rJson/x/client/getA "},
		{`POST /api/rJson/x/client/getA HTTP/1.1x`, ""},
	} {
		var items []pages.Block
		for i, l := range []string{"Example Request", "http", c.line} {
			items = append(items, pages.Block{Line: i + 1, Text: l})
		}
		rep := &pages.Reporter{}
		pd := interpret("p.txt", nil, pages.PDFText{}, items, rep, nil)
		warns, _ := rep.Sorted([]string{"p.txt"}, false)
		var got string
		if len(pd.examples) == 1 {
			got = pd.examples[0].method + " " + pd.examples[0].path + " " + pd.examples[0].query
		}
		if got != c.want || len(pd.endpoints) != 0 || (len(warns) == 1) != (c.want != "") {
			t.Errorf("%q: got %q, endpoints %v, warnings %v; want %q and a warning", c.line, got, pd.endpoints, warns, c.want)
		}
	}
}
