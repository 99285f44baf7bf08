package parser_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// TestHeadersLost parses pages whose request headers a scrape cut,
// whole or in part, and checks each is warned of at its line, or
// refused as a hole of the endpoint's headers, where the pages say the
// endpoint had some; nothing is warned of where nothing says so.
//
// A header table right under an endpoint's line with no title of its
// own, cut whole: the endpoint must not read in silence as one that
// takes no headers where the pages say it had some (another role of the
// operation, another endpoint of the page documents headers, the
// endpoint requires a permission rule, its example request sends a
// header HTTP's own handling does not); the parse warns at the line the
// table stood under. So where the table's first part is lost and its
// rest, HTTP's own Content-Type, reads as the whole. Where a header of
// the API's own stands, nothing is warned of. Where nothing else says
// so, the protocol does: a GearN POST endpoint sends Secret-Key and its
// page documents it, so that one documenting no headers at all is
// refused at its line (a hole of its headers, which add: entries fill),
// unless its section of request headers holds text and no table (a
// definition list a converter flattened), warned of at each line as
// left out, no table lost; the pages of an API whose status codes carry
// the outcome document each endpoint's headers, so that one documenting
// none at all is warned of (a public endpoint may take none).
//
// A header table a page break split, its rest lost: the first part must
// not read in silence as the whole table where the pages say the
// endpoint takes more (GearN documents Content-Type on every POST; its
// example request sends a header the table lacks; every other endpoint
// of its method documents it); the parse warns at the table's last row.
func TestHeadersLost(t *testing.T) {
	secretKey, contentType := "| Secret-Key | true | The SecretKey in SecretInfo with role must is Player. |\n", "| Content-Type | true | application/json |\n"
	gearnRole := func(role, permission string, headers ...string) string {
		s := "## " + role + "\n\n" + permission + "\n\nPOST /api/rJson/gamePlayer/" + strings.ToLower(role) + "/getDisplayName\n\n"
		if len(headers) > 0 {
			s += "| Name | Required | Description |\n|---|---|---|\n" + strings.Join(headers, "") + "\n"
		}
		return s + "| Code | Type | Required | Description |\n|---|---|---|---|\n| userId | string | true | The player. (10 characters) |\n\n"
	}
	gearnEnd := "## Response Body\n\n200 Ok\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| returnCode | ReturnCode | true | The outcome. See ReturnCode |\n| debugMessage | string | | A message for developers. |\n| parameters | ResponseData | | The answer. See ResponseData |\n\n" +
		"### ReturnCode\n\n| Name | Code | Description |\n|---|---|---|\n| UnknownError | 0 | The request failed. |\n| Ok | 1 | The request succeeded. |\n\n" +
		"### ResponseData\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| displayName | string | | The player's display name. |\n"
	gearn := func(roles ...string) string {
		return "# getDisplayName\n\n## Overview\n\nGet the player's display name.\n\n" + strings.Join(roles, "") + gearnEnd
	}
	// gearnSplit is a GearN page whose header table, its rows headers,
	// runs on into the request table, as a page break between them
	// leaves it.
	gearnSplit := func(headers string) string {
		return "# getDisplayName\n\n## Overview\n\nGet the player's display name.\n\n## Client\n\nRequire permission rules gamePlayer.getDisplayName.selfEnable. See PermissionRules\n\nPOST /api/rJson/gamePlayer/client/getDisplayName\n\n" +
			"| Name | Required | Description |\n|---|---|---|\n" + headers +
			"| Code | Type | Required | Description |\n|---|---|---|---|\n| userId | string | true | The player. (10 characters) |\n\n" +
			"## Response Body\n\n200 Ok\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| returnCode | ReturnCode | true | The outcome. See ReturnCode |\n| parameters | ResponseData | | The answer. See ResponseData |\n\n" +
			"### ReturnCode\n\n| Name | Code | Description |\n|---|---|---|\n| UnknownError | 0 | The request failed. |\n| Ok | 1 | The request succeeded. |\n\n" +
			"### ResponseData\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| displayName | string | | The player's display name. |\n"
	}
	// kakaoOp is a Kakao endpoint, its header table's rows headers (no
	// table for none), its example request's headers example (no example
	// for none).
	kakaoOp := func(path, method, headers, example string) string {
		s := "## " + path + "\n\n### Description\n\nDoes a thing.\n\n### Method\n\n" + method + "\n\n"
		if headers != "" {
			s += "| Name | Type | Mandatory | Description |\n| --- | --- | --- | --- |\n" + headers + "\n"
		}
		s += "### Request Body\n\n| Name | Type | Mandatory | Description |\n| --- | --- | --- | --- |\n| playerId | String | Y | Player ID |\n\n" +
			"### Response Status Code\n\n| Status Code | Status Code Description |\n| --- | --- |\n| 200 | Normal |\n\n"
		if example != "" {
			s += "### Example Request\n\n```\n" + method + " /service/v5" + path + " HTTP/1.1\n" + example + "\n\n{\"playerId\": \"123\"}\n```\n\n"
		}
		return s
	}
	kakaoCT, kakaoSecret, kakaoApp := "| Content-Type | String | Y | \"application/json;charset=UTF-8\" |\n", "| appSecret | String | Y | App Secret |\n", "| kgAppId | String | Y | KG App ID |\n"
	// untitled and rest are the warnings of a header table lost whole
	// and of its rest lost.
	const untitled, rest = "documents no request headers", "the rest of its header table"
	for _, c := range []struct {
		name, page string
		warning    string // the warning's words
		warnAt     int    // the line of the warning; 0 for none
		holeAt     int    // the line of the hole of the endpoint's headers; 0 for none
	}{
		{"another role documents headers", gearn(gearnRole("Client", "", secretKey, contentType), gearnRole("Server", "")), untitled, 0, 26},
		{"a permission rule", gearn(gearnRole("Client", "Require permission rules gamePlayer.getDisplayName.selfEnable. See PermissionRules")), untitled, 0, 11},
		{"a permission rule, HTTP's own headers only", gearn(gearnRole("Client", "Require permission rules gamePlayer.getDisplayName.selfEnable. See PermissionRules", contentType)), untitled, 11, 0},
		{"a permission rule, a header of the API's own", gearn(gearnRole("Client", "Require permission rules gamePlayer.getDisplayName.selfEnable. See PermissionRules", secretKey, contentType)), untitled, 0, 0},
		{"no evidence but GearN's", gearn(gearnRole("Client", "No require permission rules.")), untitled, 0, 11},
		{"its headers section's text, a definition list flattened", gearn(strings.Replace(gearnRole("Client", "No require permission rules."), "/getDisplayName\n\n", "/getDisplayName\n\n### Request Headers\n\nSecret-Key required\nThe SecretKey in SecretInfo with role must is Player.\n\nContent-Type required\napplication/json\n\n### Request Body\n\n", 1)), untitled, 0, 0},
		{"another endpoint of the page documents headers", "# Member API\n\n" + kakaoOp("/member/nickname", "POST", kakaoCT+kakaoApp, "") + kakaoOp("/member/rename", "POST", "", ""), untitled, 38, 0},
		{"the example sends a header", "# Member API\n\n" + kakaoOp("/member/nickname", "POST", "", "Content-Type: application/json;charset=UTF-8\nkgAppId: 909428"), untitled, 11, 0},
		{"the example sends HTTP's own headers only", "# Member API\n\n" + kakaoOp("/member/nickname", "POST", "", "Content-Type: application/json;charset=UTF-8"), untitled, 11, 0},
		{"no evidence but the protocol's", "# Member API\n\n" + kakaoOp("/member/nickname", "POST", "", ""), untitled, 11, 0},
		{"GearN's Content-Type lost", gearnSplit(secretKey), rest, 15, 0},
		{"GearN's whole table", gearnSplit(secretKey + contentType), rest, 0, 0},
		{"the example sends the header lost", "# Member API\n\n" + kakaoOp("/member/nickname", "POST", kakaoCT+kakaoSecret, "Content-Type: application/json;charset=UTF-8\nappSecret: c3c38bbf\nkgAppId: 909428"), rest, 16, 0},
		{"the example sends the headers documented", "# Member API\n\n" + kakaoOp("/member/nickname", "POST", kakaoCT+kakaoSecret+kakaoApp, "Content-Type: application/json;charset=UTF-8\nappSecret: c3c38bbf\nkgAppId: 909428"), rest, 0, 0},
		{"every other endpoint documents the header lost", "# Member API\n\n" + kakaoOp("/member/nickname", "POST", kakaoCT+kakaoSecret+kakaoApp, "") + kakaoOp("/member/rename", "POST", kakaoCT+kakaoSecret+kakaoApp, "") + kakaoOp("/member/avatar", "POST", kakaoCT+kakaoSecret, ""), rest, 72, 0},
		{"one other endpoint only", "# Member API\n\n" + kakaoOp("/member/nickname", "POST", kakaoCT+kakaoSecret+kakaoApp, "") + kakaoOp("/member/avatar", "POST", kakaoCT+kakaoSecret, ""), rest, 0, 0},
	} {
		name := "page.md"
		res, err := parser.Parse([]parser.Page{{Name: name, Data: []byte(c.page)}}, parser.Options{Name: "x"})
		if c.holeAt > 0 {
			if len(res.Holes) != 1 || res.Holes[0].At.Line != c.holeAt || res.Holes[0].Target.In != "headers" || !strings.Contains(res.Holes[0].Entry(), "in: headers") {
				t.Errorf("%s: holes %v, want one of the endpoint's headers at line %d; the error: %v", c.name, res.Holes, c.holeAt, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		var got []string
		for _, w := range res.Warnings {
			if strings.Contains(w.Msg, c.warning) {
				got = append(got, w.Pos.String())
			}
		}
		want := []string{}
		if c.warnAt > 0 {
			want = append(want, fmt.Sprintf("%s:%d", name, c.warnAt))
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%s: warnings %q at %v, want %v; the warnings: %v", c.name, c.warning, got, want, res.Warnings)
		}
	}
}

// TestUntitledBodyLost parses GearN pages whose request table, right
// after the header table with no title of its own, a scrape cut whole:
// GearN's pages write that table under every POST endpoint, its header
// row alone where the endpoint takes nothing, so that an endpoint with
// no request table at all is refused at its line, a hole of its body
// that add: fixes fill; one whose table keeps its header alone is read
// as taking nothing, as before.
func TestUntitledBodyLost(t *testing.T) {
	page := func(body string) string {
		return "# getDisplayName\n\n## Overview\n\nGet the player's display name.\n\n## Client\n\nRequire permission rules gamePlayer.getDisplayName.selfEnable. See PermissionRules\n\nPOST /api/rJson/gamePlayer/client/getDisplayName\n\n" +
			"| Name | Required | Description |\n|---|---|---|\n| Secret-Key | true | The SecretKey in SecretInfo with role must is Player. |\n| Content-Type | true | application/json |\n" + body + "\n" +
			"## Response Body\n\n200 Ok\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| returnCode | ReturnCode | true | The outcome. See ReturnCode |\n| parameters | ResponseData | | The answer. See ResponseData |\n\n" +
			"### ReturnCode\n\n| Name | Code | Description |\n|---|---|---|\n| UnknownError | 0 | The request failed. |\n| Ok | 1 | The request succeeded. |\n\n" +
			"### ResponseData\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| displayName | string | | The player's display name. |\n"
	}
	for _, c := range []struct {
		name, body string
		holeAt     int // the line of the hole of the endpoint's body; 0 for none
	}{
		{"the table lost", "", 11},
		{"its header row alone", "| Code | Type | Required | Description |\n|---|---|---|---|\n", 0},
		{"its rows", "| Code | Type | Required | Description |\n|---|---|---|---|\n| userId | string | true | The player. (10 characters) |\n", 0},
	} {
		res, err := parser.Parse([]parser.Page{{Name: "page.md", Data: []byte(page(c.body))}}, parser.Options{Name: "x"})
		if c.holeAt == 0 {
			if err != nil {
				t.Errorf("%s: %v", c.name, err)
			}
			continue
		}
		if len(res.Holes) != 1 || res.Holes[0].At.Line != c.holeAt || res.Holes[0].Target != (schema.Target{Operation: "getDisplayName", Role: "client"}) {
			t.Errorf("%s: holes %v, want one of the endpoint's body at line %d; the error: %v", c.name, res.Holes, c.holeAt, err)
		}
	}
}
