package parser_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/overrides"
	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// claimPage is a Kakao page whose table at line 27 has a title no
// reader knows ("Reward Items"), after the request body and before the
// status codes: it may document the response or the query.
const claimPage = "# Season Pass\n\n## /pass/claim\n\n### Description\n\nClaims the rewards of a season pass level.\n\n### Method\n\nPOST\n\n" +
	"### Request Headers\n\n| Name | Type | Mandatory | Description |\n| --- | --- | --- | --- |\n| Authorization | String | Y | KakaoAK {ADMIN_KEY} |\n\n" +
	"### Request Body\n\n| Name | Type | Mandatory | Description |\n| --- | --- | --- | --- |\n| playerId | String | Y | Player ID |\n\n" +
	"### Reward Items\n\n| Name | Type | Description |\n| --- | --- | --- |\n| itemId | String | Item ID |\n| amount | Integer | Amount |\n\n" +
	"### Response Status Code\n\n| Status Code | Status Code Description |\n| --- | --- |\n| 200 | Normal |\n| 400 | Bad Request |\n\n" +
	"### Example Request\n\n```\nPOST /service/v5/pass/claim HTTP/1.1\nHost: example.com\nContent-Type: application/json\n\n{\"playerId\": \"123\"}\n```\n"

// friendsPage is a GearN page whose response table lost its status line
// and its heading: the reader reads it as the rest of the request
// parameters, with a warning, unless an entry places it.
const friendsPage = "# getFriendRequests\n\n## Overview\n\nList the friend requests a player received, oldest first.\n\n## Client\n\nNo require permission rules.\n\n" +
	"### HTTP\n\n```http\nGET /api/rJson/friend/client/getFriendRequests\n```\n\n" +
	"### Request Parameters\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| userId | string | true | The player whose requests to list. |\n| limit | number int |  | How many requests to list. |\n\n" +
	"It answers with:\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| count | number int | true | How many requests there are. |\n| hasMore | boolean | true | Whether later requests remain. |\n"

// parseWith parses one page with the tables: and endpoints: entries of
// an overrides file.
func parseWith(t *testing.T, name, page, file string) (*parser.Result, error) {
	t.Helper()
	f, err := overrides.Load("fixes.yaml", []byte(file))
	if err != nil {
		t.Fatalf("the entries do not load: %v\n%s", err, file)
	}
	return parser.Parse([]parser.Page{{Name: name, Data: []byte(page)}}, parser.Options{Name: "x", Tables: f.TableTypes(), Endpoints: f.EndpointLines()})
}

// TestSectionHole parses a Kakao page with a table nothing places in a
// section: the table is a hole at its header line, naming the sections
// it may document, and the rest of the page is read; the entry its error
// prints, pasted with a section, places it; an entry that names a table
// its title places, or a section the reader has not, is an error.
func TestSectionHole(t *testing.T) {
	res, err := parser.Parse([]parser.Page{{Name: "claim.md", Data: []byte(claimPage)}}, parser.Options{Name: "x"})
	if err == nil || res.API == nil || len(res.Holes) != 1 {
		t.Fatalf("err %v, schema %v, holes %v; want the table's hole, and the schema", err, res.API != nil, res.Holes)
	}
	h := res.Holes[0]
	if h.Fact != schema.FactSection || h.At != (schema.Pos{Page: "claim.md", Line: 27}) || strings.Join(h.Candidates, ",") != "query parameters,response body" {
		t.Errorf("hole %+v; want the table at line 27, the query parameters or the response body", h)
	}
	if len(res.API.Operations) != 1 || len(res.API.Operations[0].Endpoints[0].Body) != 1 {
		t.Errorf("the rest of the page is not read: %+v", res.API.Operations)
	}
	msg := err.Error()
	entry := msg[strings.Index(msg, "  - table: "):]
	res, err = parseWith(t, "claim.md", claimPage, "tables:\n"+strings.Replace(entry, "<section>", "response body", 1)+"\n")
	if err != nil {
		t.Fatalf("the printed entry, pasted, does not rescue the page: %v", err)
	}
	if ty := res.API.TypeByName(res.API.Operations[0].Response); ty == nil || len(ty.Fields) != 2 || ty.Fields[0].Name != "itemId" {
		t.Errorf("the response does not hold the table's members: %+v", ty)
	}
	for file, want := range map[string]string{
		"tables:\n  - table: claim.md:27\n    section: response body\n  - table: claim.md:21\n    section: response body\n": "fixes.yaml:4: stale override: claim.md:21",
		"tables:\n  - table: claim.md:27\n    section: trailer\n":                                                           `fixes.yaml:2: section: "trailer" is no section`,
		"tables:\n  - table: claim.md:21\n    type: Reward\n":                                                               "fixes.yaml:2: stale override: claim.md:21",
	} {
		if _, err := parseWith(t, "claim.md", claimPage, file); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("with\n%s: err %v; want %q", file, err, want)
		}
	}
}

// TestSectionEntryGearN places a GearN table that neither a title nor a
// heading places in the section an entry names: the response table
// without its status line is the plain answer then; an entry that names
// a table its title places is stale.
func TestSectionEntryGearN(t *testing.T) {
	res, err := parseWith(t, "getFriendRequests.md", friendsPage, "tables:\n  - table: getFriendRequests.md:26\n    section: response body\n")
	if err != nil {
		t.Fatalf("with the entry: %v", err)
	}
	if ty := res.API.TypeByName("GetFriendRequestsResponse"); ty == nil || len(ty.Fields) != 2 || len(res.API.Operations[0].Endpoints[0].Query) != 2 {
		t.Errorf("the table is not the plain answer: %+v, query %+v", ty, res.API.Operations[0].Endpoints[0].Query)
	}
	for file, want := range map[string]string{
		"tables:\n  - table: getFriendRequests.md:26\n    section: response body\n  - table: getFriendRequests.md:19\n    section: request body\n": "fixes.yaml:4: stale override: getFriendRequests.md:19",
		"tables:\n  - table: getFriendRequests.md:26\n    section: trailer\n":                                                                      `fixes.yaml:2: section: "trailer" is no section`,
	} {
		if _, err := parseWith(t, "getFriendRequests.md", friendsPage, file); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("with\n%s: err %v; want %q", file, err, want)
		}
	}
}

// statusPageTitled is a Kakao GET page whose query table and answer
// table stand under the titles given.
func statusPageTitled(query, answer string) string {
	return "/poll/result\nMethod\nGET\nRequest Headers\nName | Type | Mandatory | Description |\n---|---|---|---|\nAuthorization | String | Y | KakaoAK {ADMIN_KEY} |\n" +
		query + "\nName | Type | Mandatory | Description |\n---|---|---|---|\npollId | String | Y | Poll ID |\n" +
		"Response Status Code\nStatus Code | Status Code Description |\n---|---|\n200 | Normal |\n404 | Not Found |\n" +
		answer + "\nName | Type | Description |\n---|---|---|\nvotes | Long | Votes cast |\nclosed | Boolean | Whether the poll is closed |\n" +
		"Example Request\nGET /service/v5/poll/result?pollId=P1 HTTP/1.1\nHost: example.com\n"
}

// TestSectionTitleNearWords reads section titles in words the wiki's
// titles do not use by the title words nearest in meaning ("Result" as
// "Response", "Input" as "Request"), with a warning that names the
// section read, in English and in Korean.
func TestSectionTitleNearWords(t *testing.T) {
	for _, c := range [][2]string{
		{"Query Parameters", "Result Fields"},
		{"Input Parameters", "Output"},
		{"Query Params", "Returned Members"},
		{"입력 파라미터", "결과 필드"},
	} {
		res, err := parser.Parse([]parser.Page{{Name: "p.txt", Data: []byte(statusPageTitled(c[0], c[1]))}}, parser.Options{Name: "x"})
		if err != nil {
			t.Errorf("%q, %q: %v", c[0], c[1], err)
			continue
		}
		ep := res.API.Operations[0].Endpoints[0]
		ty := res.API.TypeByName(res.API.Operations[0].Response)
		if len(ep.Query) != 1 || ty == nil || len(ty.Fields) != 2 {
			t.Errorf("%q, %q: query %+v, response %+v; want pollId, and votes and closed", c[0], c[1], ep.Query, ty)
		}
		var near []string
		for _, w := range res.Warnings {
			if strings.Contains(w.Msg, "by the words nearest in meaning") {
				near = append(near, w.Error())
			}
		}
		want := 1
		if c[0] != "Query Parameters" && c[0] != "Query Params" {
			want = 2
		}
		if len(near) != want || !strings.Contains(strings.Join(near, "\n"), "p.txt:17: read the title \""+c[1]+"\" at line 17 as the Response Body section") {
			t.Errorf("%q, %q: warnings %q; want one at line 17 naming the Response Body section, and one at line 8 for an input title", c[0], c[1], near)
		}
	}
}

// TestSectionTitleContradicted parses a page whose title names a section
// of the request over a table whose columns (no Mandatory column) and
// place (after the status codes) are the response body's: the table is a
// hole naming both sections, the rest of the page read, and the entry
// its error prints, pasted with a section, places it.
func TestSectionTitleContradicted(t *testing.T) {
	page := statusPageTitled("Query Parameters", "Request Fields")
	res, err := parser.Parse([]parser.Page{{Name: "p.txt", Data: []byte(page)}}, parser.Options{Name: "x"})
	if err == nil || res.API == nil || len(res.Holes) != 1 {
		t.Fatalf("err %v, schema %v, holes %v; want the table's hole, and the schema", err, res.API != nil, res.Holes)
	}
	h := res.Holes[0]
	if h.Fact != schema.FactSection || h.At != (schema.Pos{Page: "p.txt", Line: 18}) || strings.Join(h.Candidates, ",") != "request parameters,response body" {
		t.Errorf("hole %+v; want the table at line 18, the request parameters or the response body", h)
	}
	if q := res.API.Operations[0].Endpoints[0].Query; len(q) != 1 {
		t.Errorf("the rest of the page is not read: query %+v", q)
	}
	msg := err.Error()
	entry := msg[strings.Index(msg, "  - table: "):]
	res, err = parseWith(t, "p.txt", page, "tables:\n"+strings.Replace(entry, "<section>", "response body", 1)+"\n")
	if err != nil {
		t.Fatalf("the printed entry, pasted, does not rescue the page: %v", err)
	}
	if ty := res.API.TypeByName(res.API.Operations[0].Response); ty == nil || len(ty.Fields) != 2 || ty.Fields[0].Name != "votes" {
		t.Errorf("the response does not hold the table's members: %+v", ty)
	}
}

// TestParamsQueryAndBody parses a Kakao page whose "Request Parameters"
// of a POST the example request passes some in its query string and some
// in its body: the table is a section hole at its header line, the query
// or the body, whose entry, pasted with either, places it; an entry for
// parameters the page places itself is a stale override.
func TestParamsQueryAndBody(t *testing.T) {
	data, err := os.ReadFile("../testdata/parse/broken-kakao-params-query-and-body/page.txt")
	if err != nil {
		t.Fatal(err)
	}
	page := string(data)
	res, err := parser.Parse([]parser.Page{{Name: "page.txt", Data: data}}, parser.Options{Name: "x"})
	if err == nil || res.API == nil || len(res.Holes) != 1 {
		t.Fatalf("err %v, schema %v, holes %v; want the table's hole, and the schema", err, res.API != nil, res.Holes)
	}
	h := res.Holes[0]
	if h.Fact != schema.FactSection || h.At != (schema.Pos{Page: "page.txt", Line: 10}) || strings.Join(h.Candidates, ",") != "query parameters,request body" {
		t.Errorf("hole %+v; want the table at line 10, the query parameters or the request body", h)
	}
	msg := err.Error()
	entry := msg[strings.Index(msg, "  - table: "):]
	for section, query := range map[string]bool{"query parameters": true, "request body": false} {
		res, err := parseWith(t, "page.txt", page, "tables:\n"+strings.Replace(entry, "<section>", section, 1)+"\n")
		if err != nil {
			t.Fatalf("the printed entry, pasted with %s, does not rescue the page: %v", section, err)
		}
		ep := res.API.Operations[0].Endpoints[0]
		got := ep.Body
		if query {
			got = ep.Query
		}
		if len(got) != 2 || got[0].Name != "itemId" || got[1].Name != "reason" {
			t.Errorf("with the %s: query %v, body %v; want itemId and reason there", section, ep.Query, ep.Body)
		}
	}
	told := strings.Replace(page, "POST /service/v4/item/grant?itemId=I-1 HTTP/1.1", "POST /service/v4/item/grant HTTP/1.1", 1)
	if _, err := parseWith(t, "page.txt", told, "tables:\n  - table: page.txt:10\n    section: query parameters\n"); err == nil || !strings.Contains(err.Error(), "page.txt:10: stale override: the overrides file places the request parameters at line 10 in the query parameters, but the page tells where they go") {
		t.Errorf("an entry for parameters the example places: err %v; want a stale override", err)
	}
}

// rewardsPage is a Kakao page whose table at line 27 has a title no
// reader knows ("Reward Items") after every section of its operation
// has its table: it documents a type whose name is lost.
const rewardsPage = "# Season Pass\n\n## /pass/rewards\n\n### Method\n\nGET\n\n" +
	"### Request Headers\n\n| Name | Type | Mandatory | Description |\n| --- | --- | --- | --- |\n| Authorization | String | Y | KakaoAK {ADMIN_KEY} |\n\n" +
	"### Request Parameters\n\n| Name | Type | Mandatory | Description |\n| --- | --- | --- | --- |\n| playerId | String | Y | Player ID |\n\n" +
	"### Response Status Code\n\n| Status Code | Status Code Description |\n| --- | --- |\n| 200 | Normal |\n\n" +
	"### Response Body\n\n| Name | Type | Description |\n| --- | --- | --- |\n| rewards | Reward[] | The rewards |\n\n" +
	"### Reward Items\n\n| Name | Type | Description |\n| --- | --- | --- |\n| itemId | String | Item ID |\n| amount | Integer | Amount |\n\n" +
	"### Example Request\n\n```\nGET /service/v5/pass/rewards?playerId=1 HTTP/1.1\nHost: example.com\n```\n"

// TestTypeHoleKakao parses a Kakao page with a table of fields that
// nothing places once every section of its operation has its table: the
// table is a hole at its header line whose error prints a tables: entry
// naming a type; pasted with the type, it documents that type; an entry
// that names a table a title places is stale.
func TestTypeHoleKakao(t *testing.T) {
	_, err := parser.Parse([]parser.Page{{Name: "rewards.md", Data: []byte(rewardsPage)}}, parser.Options{Name: "x"})
	msg := fmt.Sprint(err)
	at := strings.Index(msg, "rewards.md:35: cannot tell what the table at line 35")
	if at < 0 || !strings.Contains(msg[at:], "(under tables:)") {
		t.Fatalf("err %v; want the table at line 35 a hole whose error prints a tables: entry", err)
	}
	entry := msg[strings.Index(msg[at:], "  - table: ")+at:]
	if want := "  - table: rewards.md:35\n    type: <type>"; entry != want {
		t.Fatalf("entry %q; want %q", entry, want)
	}
	res, err := parseWith(t, "rewards.md", rewardsPage, "tables:\n"+strings.Replace(entry, "<type>", "Reward", 1)+"\n")
	if err != nil {
		t.Fatalf("the printed entry, pasted, does not rescue the page: %v", err)
	}
	if ty := res.API.TypeByName("Reward"); ty == nil || len(ty.Fields) != 2 || ty.Fields[0].Name != "itemId" || ty.Fields[1].Type != "integer" {
		t.Errorf("the table does not document Reward: %+v", ty)
	}
	if ty := res.API.TypeByName(res.API.Operations[0].Response); ty == nil || len(ty.Fields) != 1 || ty.Fields[0].Type != "Reward" || !ty.Fields[0].Array {
		t.Errorf("the response is not a list of Reward: %+v", ty)
	}
	file := "tables:\n  - table: rewards.md:35\n    type: Reward\n  - table: rewards.md:19\n    type: Parameters\n"
	if _, err := parseWith(t, "rewards.md", rewardsPage, file); err == nil || !strings.Contains(err.Error(), "fixes.yaml:4: stale override: rewards.md:19") {
		t.Errorf("an entry for a table its title places: err %v; want it stale", err)
	}
}

// TestHeadersRestHole parses a Kakao page whose request headers are
// followed by a table of their columns with no title: the rest of the
// headers, cut in two, or the request parameters whose title was lost.
// The table is a hole at its header line naming both sections; the
// entry its error prints, pasted with either section, places it there.
func TestHeadersRestHole(t *testing.T) {
	page := strings.Replace(statusPageTitled("Query Parameters", "Response Body"), "Query Parameters\n", "", 1)
	res, err := parser.Parse([]parser.Page{{Name: "poll.txt", Data: []byte(page)}}, parser.Options{Name: "x"})
	if err == nil || res.API == nil || len(res.Holes) != 1 {
		t.Fatalf("err %v, schema %v, holes %v; want the table's hole, and the schema", err, res.API != nil, res.Holes)
	}
	h := res.Holes[0]
	if h.Fact != schema.FactSection || h.At != (schema.Pos{Page: "poll.txt", Line: 8}) || strings.Join(h.Candidates, ",") != "request headers,request parameters" {
		t.Fatalf("hole %+v; want the table at line 8, the request headers or the request parameters", h)
	}
	msg := err.Error()
	entry := msg[strings.Index(msg, "  - table: "):]
	res, err = parseWith(t, "poll.txt", page, "tables:\n"+strings.Replace(entry, "<section>", "request parameters", 1)+"\n")
	if err != nil {
		t.Fatalf("the printed entry, pasted with the request parameters, does not rescue the page: %v", err)
	}
	if ep := res.API.Operations[0].Endpoints[0]; len(ep.Query) != 1 || ep.Query[0].Name != "pollId" || len(ep.Headers) != 1 {
		t.Errorf("the table is not the query: query %+v, headers %+v", ep.Query, ep.Headers)
	}
	res, err = parseWith(t, "poll.txt", page, "tables:\n"+strings.Replace(entry, "<section>", "request headers", 1)+"\n")
	if err != nil {
		t.Fatalf("the printed entry, pasted with the request headers, does not rescue the page: %v", err)
	}
	if ep := res.API.Operations[0].Endpoints[0]; len(ep.Query) != 0 || len(ep.Headers) != 2 || ep.Headers[1].Name != "pollId" {
		t.Errorf("the table is not the headers' rest: query %+v, headers %+v", ep.Query, ep.Headers)
	}
}

// TestQueryOrBodyHole parses a GearN page whose GET has a field table
// under a title no reader knows: its query parameters or its request
// body. The table is a hole at its header line naming both; the entry
// its error prints, pasted with either section, places it there, and an
// entry for a POST's table, which is its body, is stale.
func TestQueryOrBodyHole(t *testing.T) {
	for _, style := range []string{"markdown", "html"} {
		page := gearnTitled(style, "GET", "Request Headers", "Things To Send", "Response Body")
		res, err := parser.Parse([]parser.Page{{Name: "link.md", Data: []byte(page)}}, parser.Options{Name: "x"})
		if err == nil || res.API == nil || len(res.Holes) != 1 {
			t.Fatalf("%s: err %v, schema %v, holes %v; want the table's hole, and the schema", style, err, res.API != nil, res.Holes)
		}
		h := res.Holes[0]
		if h.Fact != schema.FactSection || strings.Join(h.Candidates, ",") != "query parameters,request body" {
			t.Fatalf("%s: hole %+v; want the query parameters or the request body", style, h)
		}
		msg := err.Error()
		entry := msg[strings.Index(msg, "  - table: "):]
		res, err = parseWith(t, "link.md", page, "tables:\n"+strings.Replace(entry, "<section>", "query parameters", 1)+"\n")
		if err != nil {
			t.Fatalf("%s: the printed entry, pasted with the query parameters, does not rescue the page: %v", style, err)
		}
		if ep := res.API.Operations[0].Endpoints[0]; len(ep.Query) != 2 || ep.Query[0].Name != "customId" || len(ep.Body) != 0 {
			t.Errorf("%s: the table is not the query: query %+v, body %+v", style, ep.Query, ep.Body)
		}
		res, err = parseWith(t, "link.md", page, "tables:\n"+strings.Replace(entry, "<section>", "request body", 1)+"\n")
		if err != nil {
			t.Fatalf("%s: the printed entry, pasted with the request body, does not rescue the page: %v", style, err)
		}
		if ep := res.API.Operations[0].Endpoints[0]; len(ep.Body) != 2 || len(ep.Query) != 0 {
			t.Errorf("%s: the table is not the body: query %+v, body %+v", style, ep.Query, ep.Body)
		}
		post := gearnTitled(style, "POST", "Request Headers", "Things To Send", "Response Body")
		if _, err := parseWith(t, "link.md", post, "tables:\n"+strings.Replace(entry, "<section>", "query parameters", 1)+"\n"); err == nil || !strings.Contains(err.Error(), "stale override") {
			t.Errorf("%s: an entry for a POST's table, which is its body: err %v; want it stale", style, err)
		}
	}
}

// TestMethodLostKakao parses a Kakao page whose operation gives no
// method (no Method section, no example request): an error at its
// heading prints the endpoints: entry that gives it; pasted with the
// method, the operation is read with it, and an entry for an operation
// whose page gives its method, or with another path, is an error.
func TestMethodLostKakao(t *testing.T) {
	withMethod := strings.Replace(claimPage, "### Reward Items", "### Response Body", 1)
	page := strings.Replace(withMethod, "### Method\n\nPOST\n\n", "", 1)
	page = page[:strings.Index(page, "### Example Request")]
	_, err := parser.Parse([]parser.Page{{Name: "claim.md", Data: []byte(page)}}, parser.Options{Name: "x"})
	if err == nil || !strings.Contains(err.Error(), "claim.md:3: operation /pass/claim has no method") {
		t.Fatalf("err %v; want the operation's missing method at its heading", err)
	}
	msg := err.Error()
	entry := msg[strings.Index(msg, "  - section: "):]
	entry = entry[:strings.Index(entry, "/pass/claim")+len("/pass/claim")]
	if want := "  - section: claim.md:3\n    line: <method> /pass/claim"; entry != want {
		t.Fatalf("entry %q; want %q", entry, want)
	}
	fixed := "endpoints:\n" + strings.Replace(entry, "<method>", "PUT", 1) + "\n"
	res, err := parseWith(t, "claim.md", page, fixed)
	if err != nil {
		t.Fatalf("the printed entry, pasted with PUT, does not rescue the page: %v", err)
	}
	if ep := res.API.Operations[0].Endpoints[0]; ep.Method != "PUT" || ep.Path != "/pass/claim" || len(ep.Body) != 1 {
		t.Errorf("endpoint %s %s, body %+v; want PUT /pass/claim with its body", ep.Method, ep.Path, ep.Body)
	}
	if _, err := parseWith(t, "claim.md", withMethod, fixed); err == nil || !strings.Contains(err.Error(), "fixes.yaml:2: stale override") {
		t.Errorf("an entry for an operation whose page gives its method: err %v; want it stale", err)
	}
	if _, err := parseWith(t, "claim.md", page, strings.Replace(fixed, "/pass/claim", "/pass/take", 1)); err == nil || !strings.Contains(err.Error(), "fixes.yaml:2: the endpoints entry gives the operation at claim.md:3 the path /pass/take") {
		t.Errorf("an entry with another path: err %v; want an error at the entry", err)
	}
}

// TestHeaderTypeHole parses a GearN page whose header row lost its type
// cell, which no other section documents: the header is a hole at its
// row, out of the schema; the entry its error prints, pasted with a
// type, adds it back with its requiredness and description, and pasted
// once the page has its type again, it is stale.
func TestHeaderTypeHole(t *testing.T) {
	clean := strings.Replace(gearnTitled("markdown", "POST", "Request Headers", "Request Body", "Response Body"),
		"| Name | Required | Description |\n|---|---|---|\n| Secret-Key | true | The SecretKey in SecretInfo with role must is Player. |\n| Content-Type | true | application/json |",
		"| Name | Type | Required | Description |\n|---|---|---|---|\n| Secret-Key | string | true | The SecretKey in SecretInfo with role must is Player. |\n| Content-Type | string | true | application/json |", 1)
	page := strings.Replace(clean, "| Secret-Key | string |", "| Secret-Key |  |", 1)
	if page == clean {
		t.Fatal("the page has no typed header table")
	}
	res, err := parser.Parse([]parser.Page{{Name: "link.md", Data: []byte(page)}}, parser.Options{Name: "x"})
	if err == nil || res.API == nil || len(res.Holes) != 1 {
		t.Fatalf("err %v, schema %v, holes %v; want the header's hole, and the schema", err, res.API != nil, res.Holes)
	}
	if h := res.Holes[0]; h.Fact != schema.FactType || h.Header == nil || h.Header.Name != "Secret-Key" {
		t.Fatalf("hole %+v; want the type of header Secret-Key", h)
	}
	msg := err.Error()
	entry := strings.Replace(msg[strings.Index(msg, "  - operation: "):], "<type>", "string", 1)
	want := "  - operation: linkCustomId\n    role: client\n    in: headers\n    add: Secret-Key\n    type: string\n    required: true\n    description: \"The SecretKey in SecretInfo with role must is Player.\""
	if entry != want {
		t.Fatalf("entry\n%s\nwant\n%s", entry, want)
	}
	f, err := overrides.Load("fixes.yaml", []byte("fixes:\n"+entry+"\n"))
	if err != nil {
		t.Fatalf("the printed entry does not load: %v", err)
	}
	if _, err := f.Apply(res.API, res.Holes); err != nil {
		t.Fatalf("the printed entry, pasted with its type, does not fill the hole: %v", err)
	}
	var got *schema.Header
	for _, h := range res.API.Operations[0].Endpoints[0].Headers {
		if h.Name == "Secret-Key" {
			got = h
		}
	}
	if got == nil || got.Type != schema.String || got.Required != schema.Required || got.Description != "The SecretKey in SecretInfo with role must is Player." {
		t.Errorf("header %+v; want Secret-Key, a required string with its description", got)
	}
	res, err = parser.Parse([]parser.Page{{Name: "link.md", Data: []byte(clean)}}, parser.Options{Name: "x"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Apply(res.API, res.Holes); err == nil || !strings.Contains(err.Error(), "stale override") {
		t.Errorf("the entry once the page has the header's type: err %v; want it stale", err)
	}
}

// TestUndocumentedTypeHoleKakao parses a Kakao page whose member names a
// type no page documents: the member is a type hole at its row, in the
// schema without its type; the fix its error prints, pasted with a type,
// gives it that type, an array still.
func TestUndocumentedTypeHoleKakao(t *testing.T) {
	data, err := os.ReadFile("../testdata/parse/broken-kakao-type-undocumented/page.txt")
	if err != nil {
		t.Fatal(err)
	}
	res, err := parser.Parse([]parser.Page{{Name: "page.txt", Data: data}}, parser.Options{Name: "x"})
	if err == nil || res.API == nil || len(res.Holes) != 1 {
		t.Fatalf("err %v, schema %v, holes %v; want the member's hole, and the schema", err, res.API != nil, res.Holes)
	}
	if h := res.Holes[0]; h.Fact != schema.FactType || h.Field == nil || h.Field.Name != "rewards" || h.Field.Type != "" {
		t.Fatalf("hole %+v; want the type of member rewards, which stands without one", h)
	}
	msg := err.Error()
	entry := strings.Replace(msg[strings.Index(msg, "  - object: "):], "<type>", "hashtable[]", 1)
	f, err := overrides.Load("fixes.yaml", []byte("fixes:\n"+entry+"\n"))
	if err != nil {
		t.Fatalf("the printed entry does not load: %v\n%s", err, entry)
	}
	if _, err := f.Apply(res.API, res.Holes); err != nil {
		t.Fatalf("the printed entry, pasted with a type, does not fill the hole: %v", err)
	}
	got := res.Holes[0].Field
	if got.Type != schema.Hashtable || !got.Array {
		t.Errorf("member %+v; want rewards an array of hashtable", got)
	}
}

// memoPage is a Kakao page of two endpoints whose code table, at the
// page's foot, serves both: its row of status 476, which neither status
// table lists, is no endpoint's the page can tell.
const memoPage = "# Memo\n\n## /memo/register\n\n### Method\n\nPOST\n\n" +
	"### Request Body\n\n| Name | Type | Mandatory | Description |\n| --- | --- | --- | --- |\n| playerId | String | Y | Player ID |\n\n" +
	"### Response Status Code\n\n| Status Code | Status Code Description |\n| --- | --- |\n| 200 | Normal |\n| 474 | Memo Not Found |\n\n" +
	"## /memo/remove\n\n### Method\n\nPOST\n\n" +
	"### Request Body\n\n| Name | Type | Mandatory | Description |\n| --- | --- | --- | --- |\n| memoId | String | Y | Memo ID |\n\n" +
	"### Response Status Code\n\n| Status Code | Status Code Description |\n| --- | --- |\n| 200 | Normal |\n| 475 | Sold |\n\n" +
	"### Response Codes\n\n| Http response code | detail_code | msg | Description |\n| --- | --- | --- | --- |\n| 474 | -74001 | Memo rejected | Too many memos |\n| 476 | -74003 | Locked | The memo is locked |\n"

// TestSharedCodeOwner parses a Kakao page whose shared code table has a
// row no endpoint documents: the error at the row prints the tables:
// entry that gives it to an endpoint; pasted with one, the detail code
// is that endpoint's, and an entry for a row the page gives is stale.
func TestSharedCodeOwner(t *testing.T) {
	_, err := parser.Parse([]parser.Page{{Name: "memo.md", Data: []byte(memoPage)}}, parser.Options{Name: "x"})
	if err == nil || !strings.Contains(err.Error(), "with <operation> one of register, remove:") {
		t.Fatalf("err %v; want the row's error naming the endpoints", err)
	}
	msg := err.Error()
	entry := msg[strings.Index(msg, "  - table: "):]
	if want := "  - table: memo.md:46\n    operation: <operation>"; entry != want {
		t.Fatalf("entry %q; want %q", entry, want)
	}
	fixed := "tables:\n" + strings.Replace(entry, "<operation>", "remove", 1) + "\n"
	res, err := parseWith(t, "memo.md", memoPage, fixed)
	if err != nil {
		t.Fatalf("the printed entry, pasted with remove, does not rescue the page: %v", err)
	}
	details := map[string][]string{}
	for _, op := range res.API.Operations {
		for _, s := range op.Statuses {
			for _, d := range s.Details {
				details[op.Name] = append(details[op.Name], fmt.Sprintf("%d:%d", s.Code, d.Code))
			}
		}
	}
	if fmt.Sprint(details) != "map[register:[474:-74001] remove:[476:-74003]]" {
		t.Errorf("detail codes %v; want 474's register's and 476's remove's", details)
	}
	if _, err := parseWith(t, "memo.md", memoPage, strings.Replace(fixed, "memo.md:46", "memo.md:45", 1)); err == nil || !strings.Contains(err.Error(), "fixes.yaml:2: stale override") {
		t.Errorf("an entry for a row the page gives its endpoint: err %v; want it stale", err)
	}
	if _, err := parseWith(t, "memo.md", memoPage, strings.Replace(fixed, "remove", "erase", 1)); err == nil || !strings.Contains(err.Error(), `fixes.yaml:2: operation: "erase" names no one endpoint`) {
		t.Errorf("an entry naming no endpoint of the page: err %v; want an error at the entry", err)
	}
}
