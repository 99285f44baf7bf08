package parser_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/overrides"
	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// lineFixPage is a GearN page of plantHerb whose client and server
// sections write the endpoint lines client and server, each over the
// header table a GearN POST's page writes.
func lineFixPage(client, server string) string {
	section := func(role, line string) string {
		return "## " + role + "\n\n### HTTP\n\n" + line + "\n\n### Request Headers\n\n| Name | Required | Description |\n| --- | --- | --- |\n| Secret-Key | true | The SecretKey of the role. |\n| Content-Type | true | application/json |\n\n" +
			"### Request Body\n\n| Code | Type | Required | Description |\n| --- | --- | --- | --- |\n| plotId | string | true | The plot to plant in. |\n\n"
	}
	return "# plantHerb\n\n## Overview\n\nPlant an herb in the player's garden plot.\n\n" + section("Client", client) + section("Server", server) +
		"## Response Body\n\n### 200 Ok\n\n| Code | Type | Required | Description |\n| --- | --- | --- | --- |\n| returnCode | ReturnCode | true | The status. |\n| parameters | ResponseData | false | The data. |\n\n" +
		"### ReturnCode\n\n| Name | Code | Description |\n| --- | --- | --- |\n| Ok | 1 | Success. |\n\n" +
		"### ResponseData\n\n| Code | Type | Required | Description |\n| --- | --- | --- | --- |\n| growth | number int | true | The herb's growth. |\n"
}

// TestEndpointLineEntry: an endpoint line the GearN builder refuses (a
// path not of GearN's form, one that names another operation than the
// page's other endpoint line) is an error that prints the endpoints:
// entry that settles it; pasted with its placeholders replaced, the
// page parses, and the entry is stale once the page's line is right.
func TestEndpointLineEntry(t *testing.T) {
	for _, c := range []struct {
		name, client, server, printed string
	}{
		{"malformed", "POST /api/rJson/garden/player/plantHerb", "POST /api/rJson/garden/server/plantHerb", "line: POST /api/rJson/garden/client/plantHerb"},
		{"other operation", "POST /api/rJson/garden/client/plantHerb", "POST /api/rJson/garden/server/waterHerb", "line: POST /api/rJson/garden/server/plantHerb"},
	} {
		pages := []parser.Page{{Name: "plantHerb.md", Data: []byte(lineFixPage(c.client, c.server))}}
		_, err := parser.Parse(pages, parser.Options{Name: "x"})
		ds, _ := err.(schema.Diagnostics)
		if len(ds) != 1 || !strings.Contains(ds[0].Msg, "(under endpoints:)") {
			t.Fatalf("%s: error %v; want the endpoint line refused with its overrides entry", c.name, err)
		}
		at := ds[0].Pos
		entry := fmt.Sprintf("  - section: %s:%d\n    %s", at.Page, at.Line, c.printed)
		if !strings.HasSuffix(ds[0].Msg, "\n"+entry) {
			t.Fatalf("%s: error %q; want it to end with the entry %q", c.name, ds[0].Msg, entry)
		}
		f, lerr := overrides.Load("fixes.yaml", []byte("endpoints:\n"+entry+"\n"))
		if lerr != nil {
			t.Fatalf("%s: the entry does not load: %v", c.name, lerr)
		}
		res, err := parser.Parse(pages, parser.Options{Name: "x", Endpoints: f.EndpointLines()})
		if err != nil {
			t.Fatalf("%s: with the entry: %v", c.name, err)
		}
		if ops := res.API.Operations; len(ops) != 1 || len(ops[0].Endpoints) != 2 {
			t.Errorf("%s: with the entry, operations %+v; want plantHerb's two endpoints", c.name, ops)
		}
		line := strings.TrimPrefix(c.printed, "line: ")
		fixed := strings.Replace(string(pages[0].Data), strings.Split(string(pages[0].Data), "\n")[at.Line-1], line, 1)
		_, err = parser.Parse([]parser.Page{{Name: "plantHerb.md", Data: []byte(fixed)}}, parser.Options{Name: "x", Endpoints: f.EndpointLines()})
		if err == nil || !strings.Contains(err.Error(), "fixes.yaml:2: stale override") {
			t.Errorf("%s: with the page's line right, error %v; want the entry stale", c.name, err)
		}
	}
}

// TestExamplePathEntry: a Kakao example request whose path does not end
// with its heading's is an error that prints the endpoints: entry that
// gives the operation its whole path; pasted with <path> replaced, the
// page parses with that path, an entry whose method is not the page's
// is an error, and the entry is stale once the example agrees.
func TestExamplePathEntry(t *testing.T) {
	page := strings.Replace(claimPage, "### Reward Items\n\n| Name | Type | Description |\n| --- | --- | --- |\n| itemId | String | Item ID |\n| amount | Integer | Amount |\n\n", "", 1)
	wrong := strings.Replace(page, "POST /service/v5/pass/claim", "POST /service/v5/pass/collect", 1)
	_, err := parser.Parse([]parser.Page{{Name: "claim.md", Data: []byte(wrong)}}, parser.Options{Name: "x"})
	ds, _ := err.(schema.Diagnostics)
	if len(ds) != 1 || !strings.HasSuffix(ds[0].Msg, "(under endpoints:), with <path> replaced by the operation's whole path (the example's, or the heading's under its base path):\n  - section: claim.md:3\n    line: POST <path>") {
		t.Fatalf("error %v; want the example request refused with its overrides entry", err)
	}
	entry := "endpoints:\n" + strings.Replace(ds[0].Msg[strings.Index(ds[0].Msg, "  - section: "):], "<path>", "/service/v5/pass/claim", 1) + "\n"
	res, err := parseWith(t, "claim.md", wrong, entry)
	if err != nil {
		t.Fatalf("with the entry: %v", err)
	}
	if ep := res.API.Operations[0].Endpoints[0]; ep.Method != "POST" || ep.Path != "/service/v5/pass/claim" {
		t.Errorf("with the entry, endpoint %s %s; want POST /service/v5/pass/claim", ep.Method, ep.Path)
	}
	if _, err := parseWith(t, "claim.md", wrong, strings.Replace(entry, "line: POST", "line: PUT", 1)); err == nil || !strings.Contains(err.Error(), "fixes.yaml:2: the endpoints entry gives the operation at claim.md:3 the method PUT, but its page gives it POST") {
		t.Errorf("with a PUT entry, error %v; want the entry's method refused", err)
	}
	if _, err := parseWith(t, "claim.md", page, entry); err == nil || !strings.Contains(err.Error(), "fixes.yaml:2: stale override") {
		t.Errorf("with the example agreeing, error %v; want the entry stale", err)
	}
}

// stackedClaimPage is a Kakao page whose response body's titles a
// scraper stacked above its tables in another order than theirs: Item
// (line 34) titles the table at line 47, Reward (line 36) the one at 42.
const stackedClaimPage = "# Season Pass\n\n## /pass/claim\n\n### Description\n\nClaims the rewards of a season pass level.\n\n### Method\n\nPOST\n\n### Request Headers\n\n| Name | Type | Mandatory | Description |\n| --- | --- | --- | --- |\n| Authorization | String | Y | KakaoAK {ADMIN_KEY} |\n\n### Request Body\n\n| Name | Type | Mandatory | Description |\n| --- | --- | --- | --- |\n| playerId | String | Y | Player ID |\n\n### Response Status Code\n\n| Status Code | Status Code Description |\n| --- | --- |\n| 200 | Normal |\n| 400 | Bad Request |\n\n### Response Body\n\nItem\n\nReward\n\n| Name | Type | Description |\n| --- | --- | --- |\n| rewards | Reward[] | The rewards |\n\n| Name | Type | Description |\n| --- | --- | --- |\n| item | Item | The item |\n| amount | Integer | Amount |\n\n| Name | Type | Description |\n| --- | --- | --- |\n| itemId | String | The identifier |\n| grade | Integer | Grade |\n\n### Example Request\n\n```\nPOST /service/v5/pass/claim HTTP/1.1\nHost: example.com\nContent-Type: application/json\n\n{\"playerId\": \"123\"}\n```\n"

// TestStackedTitlesEntries: a run of stacked titles the evidence does not
// pair is an error that prints a tables: entry for each title; pasted
// with <line> replaced, the page parses with each table titled so, and
// the entries are stale once each title stands above its table.
func TestStackedTitlesEntries(t *testing.T) {
	_, err := parser.Parse([]parser.Page{{Name: "claim.md", Data: []byte(stackedClaimPage)}}, parser.Options{Name: "x"})
	ds, _ := err.(schema.Diagnostics)
	if len(ds) != 1 || !strings.HasSuffix(ds[0].Msg, "(under tables:) an entry for each title, with <line> replaced by the line of the header of the table it titles (38, 42, 47):\n  - table: claim.md:<line>\n    type: Item\n  - table: claim.md:<line>\n    type: Reward") {
		t.Fatalf("error %v; want the stacked titles refused with their entries", err)
	}
	entries := ds[0].Msg[strings.Index(ds[0].Msg, "  - table: "):]
	entries = strings.Replace(strings.Replace(entries, "<line>", "47", 1), "<line>", "42", 1)
	res, err := parseWith(t, "claim.md", stackedClaimPage, "tables:\n"+entries+"\n")
	if err != nil {
		t.Fatalf("with the entries: %v", err)
	}
	for name, line := range map[string]int{"Item": 47, "Reward": 42} {
		if ty := res.API.TypeByName(name); ty == nil || ty.At.Line != line {
			t.Errorf("with the entries, type %s %+v; want the table at line %d", name, ty, line)
		}
	}
	fixed := strings.Replace(stackedClaimPage, "Item\n\nReward\n\n", "", 1)
	fixed = strings.Replace(fixed, "\n\n| Name | Type | Description |\n| --- | --- | --- |\n| item |", "\n\nReward\n\n| Name | Type | Description |\n| --- | --- | --- |\n| item |", 1)
	fixed = strings.Replace(fixed, "\n\n| Name | Type | Description |\n| --- | --- | --- |\n| itemId |", "\n\nItem\n\n| Name | Type | Description |\n| --- | --- | --- |\n| itemId |", 1)
	if _, err := parseWith(t, "claim.md", fixed, "tables:\n"+entries+"\n"); err == nil || !strings.Contains(err.Error(), "fixes.yaml:2: stale override") {
		t.Errorf("with the titles above their tables, error %v; want the entries stale", err)
	}
}
