package runtime

import (
	"encoding/json"
	"errors"
	"net/url"
	"reflect"
	"testing"
)

var playerParams = []queryParam{
	{name: "playerId", kind: queryString},
	{name: "fields", kind: queryString, array: true},
	{name: "limit", kind: queryNumber},
	{name: "dryRun", kind: queryBoolean},
}

func TestQueryJSON(t *testing.T) {
	for query, want := range map[string]string{
		"":                                `{}`,
		"playerId=42&other=x":             `{"playerId":"42"}`,
		"fields=name":                     `{"fields":["name"]}`,
		"fields=name&fields=level":        `{"fields":["name","level"]}`,
		"limit=7&dryRun=true":             `{"limit":7,"dryRun":true}`,
		"limit=1.5":                       `{"limit":1.5}`,
		"limit=-2e3":                      `{"limit":-2e3}`,
		"limit=ten":                       `{"limit":"ten"}`,
		"limit=":                          `{"limit":""}`,
		"limit=0x10":                      `{"limit":"0x10"}`,
		"limit=%2B1":                      `{"limit":"+1"}`,
		"limit=1%20":                      `{"limit":"1 "}`,
		"limit=1&limit=2":                 `{"limit":[1,2]}`,
		"dryRun=yes":                      `{"dryRun":"yes"}`,
		"playerId=a%22b%5C":               `{"playerId":"a\"b\\"}`,
		"dryRun=false&playerId=%E2%82%AC": `{"playerId":"€","dryRun":false}`,
	} {
		q, err := url.ParseQuery(query)
		if err != nil {
			t.Fatal(err)
		}
		got := queryJSON(q, playerParams)
		if string(got) != want {
			t.Errorf("%q: got %s, want %s", query, got, want)
		}
		if !json.Valid(got) {
			t.Errorf("%q: %s is not JSON", query, got)
		}
	}
}

func TestEncodeQuery(t *testing.T) {
	type query struct {
		PlayerID string   `json:"playerId"`
		Fields   []string `json:"fields,omitempty"`
		Limit    *int64   `json:"limit,omitempty"`
		DryRun   *bool    `json:"dryRun,omitempty"`
	}
	limit, dry := int64(20), false
	got, err := encodeQuery(&query{PlayerID: "a b&c", Fields: []string{"name", "level"}, Limit: &limit, DryRun: &dry})
	if err != nil {
		t.Fatal(err)
	}
	if want := "playerId=a+b%26c&fields=name&fields=level&limit=20&dryRun=false"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if got, err := encodeQuery(&query{}); err != nil || got != "playerId=" {
		t.Errorf("got %q, %v", got, err)
	}
}

func TestJoinViolations(t *testing.T) {
	q := &ValidationError{Members: []MemberError{{"limit", ViolationNotInteger}}}
	b := &ValidationError{Members: []MemberError{{"name", ViolationMissing}}}
	syntax := &BodyError{Offset: 1, Reason: "invalid character 'x'"}
	if got := joinViolations(nil, nil); got != nil {
		t.Errorf("nil, nil: %v", got)
	}
	if got := joinViolations(q, nil); got != q {
		t.Errorf("q, nil: %v", got)
	}
	if got := joinViolations(nil, b); got != b {
		t.Errorf("nil, b: %v", got)
	}
	if got := joinViolations(q, syntax); got != syntax {
		t.Errorf("q, syntax: %v", got)
	}
	var v *ValidationError
	if got := joinViolations(q, b); !errors.As(got, &v) || !reflect.DeepEqual(v.Members, []MemberError{{"limit", ViolationNotInteger}, {"name", ViolationMissing}}) {
		t.Errorf("q, b: %v", got)
	}
	if len(q.Members) != 1 {
		t.Errorf("joinViolations changed the query's violations")
	}
}

func TestHolds(t *testing.T) {
	for raw, want := range map[string]bool{
		`{"returnCode":-5}`:      true,
		`{"error":0,"data":1.5}`: false,
		`[1]`:                    false,
		`{"a":{"returnCode":1}}`: false,
	} {
		if got := holds(json.RawMessage(raw), "returnCode"); got != want {
			t.Errorf("%s: got %v", raw, got)
		}
	}
}
