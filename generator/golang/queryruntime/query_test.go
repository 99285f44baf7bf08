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
	Tags     []string `json:"tags,omitempty"`
}

var playerParams = []queryParam{
	{name: "playerId", kind: queryString},
	{name: "fields", kind: queryString, array: queryRepeated},
	{name: "limit", kind: queryNumber},
	{name: "kind", kind: queryNumber},
	{name: "dryRun", kind: queryBoolean},
	{name: "tags", kind: queryString, array: queryComma},
	{name: "ids", kind: queryNumber, array: queryComma},
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
		"fields=a,b":                      `{"fields":["a,b"]}`,
		"tags=a,b":                        `{"tags":["a","b"]}`,
		"tags=a":                          `{"tags":["a"]}`,
		"tags=":                           `{"tags":[]}`,
		"tags=a,,b":                       `{"tags":["a","","b"]}`,
		"tags=a,b&tags=c":                 `{"tags":["a","b","c"]}`,
		"tags=a%2Cb":                      `{"tags":["a","b"]}`,
		"tags=a+b,%E2%82%AC":              `{"tags":["a b","€"]}`,
		"ids=1,2":                         `{"ids":[1,2]}`,
		"ids=1,x":                         `{"ids":[1,"x"]}`,
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
	got, err := encodeQuery(&playerQuery{PlayerID: "a b&c", Fields: []string{"name", "level"}, Limit: &limit, Dry: &dry, Tags: []string{"x y", "&", "€"}}, playerParams)
	if err != nil {
		t.Fatal(err)
	}
	if want := "playerId=a+b%26c&fields=name&fields=level&limit=20&dryRun=false&tags=x+y,%26,%E2%82%AC"; got != want {
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
	if back.PlayerID != "a b&c" || len(back.Fields) != 2 || *back.Limit != 20 || *back.Dry || strings.Join(back.Tags, "|") != "x y|&|€" {
		t.Errorf("round trip gave %+v", back)
	}
	if got, err := encodeQuery(&playerQuery{}, playerParams); err != nil || got != "playerId=" {
		t.Errorf("an empty query: got %q, %v", got, err)
	}
	// A required array that is nil is null in JSON: no parameter, not the
	// text "null".
	type tagged struct {
		Tags []string `json:"tags"`
		Big  float64  `json:"big"`
	}
	if got, err := encodeQuery(&tagged{Big: 1e21}, playerParams); err != nil || got != "big=1e%2B21" {
		t.Errorf("a nil array: got %q, %v", got, err)
	}
	// An empty comma-joined array is its empty value, which reads back as
	// no items; a repeated one is no parameter.
	type ids struct {
		IDs    []int    `json:"ids"`
		Fields []string `json:"fields"`
	}
	if got, err := encodeQuery(&ids{IDs: []int{}, Fields: []string{}}, playerParams); err != nil || got != "ids=" {
		t.Errorf("empty arrays: got %q, %v", got, err)
	}
	if got, err := encodeQuery(&ids{IDs: []int{3, 4}}, playerParams); err != nil || got != "ids=3,4" {
		t.Errorf("a comma-joined array of numbers: got %q, %v", got, err)
	}
}

// TestEncodeQueryRefusesComma checks that an item a comma-joined array
// cannot send is an error, not a query the server reads otherwise: one
// holding a comma, escaped or not, is two items to the server, and a
// lone empty one is none.
func TestEncodeQueryRefusesComma(t *testing.T) {
	for _, tags := range [][]string{{"a,b"}, {"x", "a,b"}, {""}} {
		got, err := encodeQuery(&playerQuery{PlayerID: "p", Tags: tags}, playerParams)
		if err == nil || !strings.Contains(err.Error(), "query parameter tags: ") {
			t.Errorf("%q: got %q, %v; want an error", tags, got, err)
		}
	}
	// Two empty items are a comma.
	got, err := encodeQuery(&playerQuery{PlayerID: "p", Tags: []string{"", ""}}, playerParams)
	if err != nil || got != "playerId=p&tags=," {
		t.Errorf("two empty items: got %q, %v", got, err)
	}
	// A repeated array sends a comma in an item as it is.
	got, err = encodeQuery(&playerQuery{PlayerID: "p", Fields: []string{"a,b"}}, playerParams)
	if err != nil || got != "playerId=p&fields=a%2Cb" {
		t.Errorf("a comma in a repeated item: got %q, %v", got, err)
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
