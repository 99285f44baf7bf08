package queryruntime

import (
	"encoding/json"
	"errors"
	"net/url"
	"strings"
	"testing"
)

// playerQuery is the query of a request as a generated package declares
// it.
type playerQuery struct {
	PlayerID string   `json:"playerId"`
	Fields   []string `json:"fields,omitempty"`
	Limit    *int64   `json:"limit,omitempty"`
	Kind     *int     `json:"kind,omitempty"`
	Dry      *bool    `json:"dryRun,omitempty"`
}

var playerParams = []queryParam{
	{name: "playerId", kind: queryString},
	{name: "fields", kind: queryString, array: true},
	{name: "limit", kind: queryNumber},
	{name: "kind", kind: queryNumber},
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

func TestDecodeQuery(t *testing.T) {
	q, err := url.ParseQuery("playerId=42&fields=name&fields=level&limit=7&dryRun=true&other=x&kind=2")
	if err != nil {
		t.Fatal(err)
	}
	var got playerQuery
	if err := decodeQuery(q, playerParams, &got); err != nil {
		t.Fatal(err)
	}
	if got.PlayerID != "42" || strings.Join(got.Fields, ",") != "name,level" || *got.Limit != 7 || *got.Kind != 2 || !*got.Dry {
		t.Errorf("got %+v", got)
	}
}

func TestDecodeQueryRefuses(t *testing.T) {
	for _, query := range []string{
		"limit=abc",                  // not a number
		"limit=1.5",                  // not an integer
		"limit=99999999999999999999", // beyond int64
		"limit=",                     // empty
		"limit=0x10",                 // not JSON's form of a number
		"limit=1&limit=2",            // repeated, not an array
		"playerId=a&playerId=b",
		"dryRun=yes",
		"kind=1e400",
	} {
		q, err := url.ParseQuery(query)
		if err != nil {
			t.Fatal(err)
		}
		var got playerQuery
		err = decodeQuery(q, playerParams, &got)
		var qe *queryError
		if !errors.As(err, &qe) {
			t.Errorf("%s: got %v, want a *queryError", query, err)
		}
	}
}

func TestEncodeQuery(t *testing.T) {
	limit, dry := int64(20), false
	got, err := encodeQuery(&playerQuery{PlayerID: "a b&c", Fields: []string{"name", "level"}, Limit: &limit, Dry: &dry})
	if err != nil {
		t.Fatal(err)
	}
	if want := "playerId=a+b%26c&fields=name&fields=level&limit=20&dryRun=false"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	q, err := url.ParseQuery(got)
	if err != nil {
		t.Fatal(err)
	}
	var back playerQuery
	if err := decodeQuery(q, playerParams, &back); err != nil {
		t.Fatal(err)
	}
	if back.PlayerID != "a b&c" || len(back.Fields) != 2 || *back.Limit != 20 || *back.Dry {
		t.Errorf("round trip gave %+v", back)
	}
	if got, err := encodeQuery(&playerQuery{}); err != nil || got != "playerId=" {
		t.Errorf("an empty query: got %q, %v", got, err)
	}
	// A required array that is nil is null in JSON: no parameter, not the
	// text "null".
	type tagged struct {
		Tags []string `json:"tags"`
		Big  float64  `json:"big"`
	}
	if got, err := encodeQuery(&tagged{Big: 1e21}); err != nil || got != "big=1e%2B21" {
		t.Errorf("a nil array: got %q, %v", got, err)
	}
}

// BenchmarkDecodeQuery reads the query of a request into its struct, as
// a handler does after parsing the URL.
func BenchmarkDecodeQuery(b *testing.B) {
	q := url.Values{"playerId": {"player-1"}, "fields": {"name", "level"}, "limit": {"20"}, "other": {"x"}}
	for b.Loop() {
		var got playerQuery
		if err := decodeQuery(q, playerParams, &got); err != nil {
			b.Fatal(err)
		}
	}
}
