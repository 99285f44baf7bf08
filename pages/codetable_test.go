package pages

import (
	"strings"
	"testing"
)

// TestIsCode tells the cells of a table of one column that are code (a
// request or status line, a URL, a path, a curl command, JSON, headers
// under a request line) from those of a table of one column that lists
// names, values, words or addresses, or whose header names its column.
func TestIsCode(t *testing.T) {
	for _, c := range []struct {
		lines string
		want  bool
	}{
		{"POST /api/rJson/alchemy/client/brewPotion", true},
		{"`GET /lounge/seat?playerId=1`", true},
		{"DELETE https://kr-openapi.example.com/service/v5/lounge/seat HTTP/1.1", true},
		{"POST /a HTTP/1.1|Content-Type: application/json||{|\"a\": 1,|\"b\": [1, 2]|}", true},
		{"HTTP/1.1 200 OK|Content-Type: application/json|{\"freed\": [3, 4]}", true},
		{"{|  \"returnCode\": 1,|  \"parameters\": {|    \"ids\": [|      3,|      -1.5e2,|      true|    ]|  }|}", true},
		{"[|{\"a\": 1}|]", true},
		{"[1, 2]", true},
		{"https://docs.example.com/api/brewPotion", true},
		{"/api/rJson/alchemy/client/brewPotion", true},
		{"/lounge/seat|/lounge/enter", false},
		{"https://kr.example.com/service/v5|https://jp.example.com/service/v5", false},
		{"POST /lounge/seat|GET /lounge/enter", true},
		{"curl -X POST https://a.example.com/api/a \\|  -H 'Content-Type: application/json' \\|  -d '{\"a\": 1}'", true},
		{"|POST /a|", true},
		{"http|POST /api/rJson/farm/client/plantCrop", true},
		{"JSON|{\"a\": 1}", true},
		{"http", false},
		{"http|json|{", false},
		{"text|read|write", false},
		{"Scopes|read|write", false},
		{"Endpoint|POST /a|POST /b", false},
		{"POST /a|Sends the request.", false},
		{"Note: the server refuses a GET with a body.", false},
		{"POST /a|The server refuses it: a GET has no body.|{", false},
		{"{|Sends the request.|}", false},
		{"[Reward](#reward)", false},
		{"Content-Type: application/json", false},
		{"|", false},
		{"string[]", false},
		{"DELETE", true},
		{"POST /api/a HTTP/1.1 Content-Type: application/json {\"a\": 1}", true},
		{"POST /api/a HTTP/1.1 sends the request", false},
		{"Method|DELETE", false},
		{"get", false},
	} {
		if got := IsCode(strings.Split(c.lines, "|")); got != c.want {
			t.Errorf("IsCode(%q) = %v, want %v", c.lines, got, c.want)
		}
	}
}
