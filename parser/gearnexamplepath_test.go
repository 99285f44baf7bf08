package parser_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
)

// gearnExamplePage is a GearN page whose Client section lost its
// endpoint line, and whose example request calls path.
func gearnExamplePage(path string) string {
	return "# getServerTime\n\n## Overview\n\nGet the server's time, in a time zone.\n\n## Client\n\nNo require permission rules.\n\n" +
		"### Query Parameters\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| timezone | string |  | The IANA time zone of the answer. (1 - 64 characters) (Default: UTC) |\n\n" +
		"## Response Body\n\n200 Ok\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| returnCode | ReturnCode | true | The protocol-level outcome. See ReturnCode |\n| parameters | ResponseData |  | The operation's answer. See ResponseData |\n\n" +
		"### ReturnCode\n\n| Name | Code | Description |\n|---|---|---|\n| UnknownError | 0 | The request failed. |\n| Ok | 1 | The request succeeded. |\n\n" +
		"### ResponseData\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| serverTime | number int | true | The server's time, in Unix seconds. (from 0) |\n\n" +
		"## Example Request\n\n```http\nGET " + path + "?timezone=UTC HTTP/1.1\nContent-Type: application/json\n```\n"
}

// TestGearnExamplePath recovers the lost endpoint line of a GearN section
// from its example request, with a warning, where the example's path
// holds no segment that reads as a value an example fills in
// (read.ValueSegments): GearN's paths name no parameters, so a path
// outside GearN's form whose segments before its request type and
// operation code hold one ("/shards/7/time/getServerTime") is left out with a
// warning at the example, and the section is refused for want of its
// endpoint line. GearN's form leaves no segment to a value.
func TestGearnExamplePath(t *testing.T) {
	for _, c := range []struct{ path, warn, fail string }{
		{"/api/rJson/time/client/getServerTime", "recovered the endpoint line of the Client section at line 7", ""},
		{"/api/time/getServerTime", "recovered the endpoint line of the Client section at line 7", ""},
		{"/shards/7/time/getServerTime", "holds 7, which reads as a value", "getServerTime.md:7: the client section has no endpoint line"},
		{"/game/v1/shards/s-7/time/getServerTime", "holds s-7, which reads as a value", "getServerTime.md:7: the client section has no endpoint line"},
	} {
		res, err := parser.Parse([]parser.Page{{Name: "getServerTime.md", Data: []byte(gearnExamplePage(c.path))}}, parser.Options{Name: "time"})
		var warns []string
		if res != nil {
			for _, w := range res.Warnings {
				warns = append(warns, fmt.Sprintf("%d: %s", w.Pos.Line, w.Msg))
			}
		}
		if !strings.Contains(strings.Join(warns, "\n"), c.warn) {
			t.Errorf("%s: warnings %q, want one that %q", c.path, warns, c.warn)
		}
		if c.fail == "" && err != nil || c.fail != "" && (err == nil || !strings.Contains(err.Error(), c.fail)) {
			t.Errorf("%s: error %v, want one that %q", c.path, err, c.fail)
		}
	}
}
