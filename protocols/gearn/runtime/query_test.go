package runtime

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unsafe"
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

// lookupQuery is the query of a lookup, with the table the generator
// writes.
type lookupQuery struct {
	ID    string `json:"id"`
	Limit *int64 `json:"limit,omitempty"`
}

var lookupMembers = []member{
	{name: "id", kind: kindStr, offset: unsafe.Offsetof(lookupQuery{}.ID), required: true},
	{name: "limit", kind: kindIntPtr, offset: unsafe.Offsetof(lookupQuery{}.Limit), bounds: boundMinimum | boundMaximum, minimum: 1, maximum: 100},
}

var lookupParams = []queryParam{{name: "id", kind: queryString}, {name: "limit", kind: queryNumber}}

// lookup is a GET request with query parameters and no body, whose
// operation answers plain JSON, with the methods the generator writes.
type lookup struct {
	Headers Headers     `json:"-"`
	Query   lookupQuery `json:"-"`
}

func (r *lookup) DecodeBody(body []byte) error {
	*r = lookup{Headers: r.Headers}
	if len(body) > 0 {
		return &BodyError{Reason: "a GET request to /lookup takes no body"}
	}
	return nil
}

func (r *lookup) DecodeQuery(q url.Values) error {
	r.Query = lookupQuery{}
	return decodeBody(queryJSON(q, lookupParams), nil, lookupMembers, unsafe.Pointer(&r.Query))
}

func (r *lookup) EncodeQuery() (string, error)                  { return encodeQuery(&r.Query) }
func (*lookup) bodiless()                                       {}
func (*lookup) fresh(h Headers) request                         { return &lookup{Headers: h} }
func (*lookup) serve(context.Context, Service) (payload, error) { return &greeting{Text: "found"}, nil }

func (*lookup) answer(raw json.RawMessage) (*Envelope[json.RawMessage], error) {
	var env Envelope[json.RawMessage]
	if holds(raw, "returnCode") {
		return &env, json.Unmarshal(raw, &env)
	}
	env.ReturnCode = codeOk
	env.Parameters = &raw
	return &env, nil
}

// violations returns the violations of err as "path:violation" strings.
func violations(t *testing.T, err error) string {
	t.Helper()
	if err == nil {
		return ""
	}
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("got %v, want a *ValidationError", err)
	}
	var out []string
	for _, m := range ve.Members {
		out = append(out, m.Member+":"+strconv.Itoa(int(m.Violation)))
	}
	return strings.Join(out, " ")
}

// TestQueryByTheDecoder checks that a query parameter breaks the
// decoder's rules as a body member does.
func TestQueryByTheDecoder(t *testing.T) {
	for query, want := range map[string]Violation{
		"id=a&limit=7":                    0,
		"limit=7":                         ViolationMissing,
		"id=a&limit=0":                    ViolationNumberTooSmall,
		"id=a&limit=101":                  ViolationNumberTooLarge,
		"id=a&limit=1.5":                  ViolationNotInteger,
		"id=a&limit=ten":                  ViolationWrongType,
		"id=a&limit=99999999999999999999": ViolationWrongType,
		"id=a&limit=1&limit=2":            ViolationWrongType,
		"id=a&id=b":                       ViolationWrongType,
	} {
		u, err := url.Parse("/lookup?" + query)
		if err != nil {
			t.Fatal(err)
		}
		got := violations(t, decodeRequest(&lookup{}, u, nil))
		if want == 0 && got != "" || want != 0 && !strings.HasSuffix(got, ":"+strconv.Itoa(int(want))) {
			t.Errorf("%s: got %q, want violation %d", query, got, want)
		}
	}
	if err := decodeRequest(&lookup{}, &url.URL{RawQuery: "id=a"}, []byte(`{}`)); !strings.Contains(fmt.Sprint(err), "takes no body") {
		t.Errorf("a body where the page rejects one: %v", err)
	}
}

func TestOutgoing(t *testing.T) {
	limit := int64(5)
	target, body, err := outgoing(&lookup{Query: lookupQuery{ID: "a b", Limit: &limit}}, "http://x/lookup")
	if err != nil || target != "http://x/lookup?id=a+b&limit=5" || body != nil {
		t.Errorf("got %q, %q, %v", target, body, err)
	}
	limit = 0
	if got := violations(t, checkRequest(&lookup{Query: lookupQuery{Limit: &limit}})); got != "id:3 limit:6" {
		t.Errorf("checkRequest: %s", got)
	}
}

func TestPlain(t *testing.T) {
	s := newServer(greeter{}, nil)
	s.handle(&route{"GET", "/lookup", "", "lookup", "", false, false, (*lookup)(nil)})
	for target, want := range map[string]string{
		"/lookup?id=a":         `{"text":"found"}`,
		"/lookup?id=a&limit=0": `{"returnCode":-5,"invalidRequestParameters":[{"code":"limit","invalidMemberType":6}]}`,
	} {
		w := httptest.NewRecorder()
		s.mux.ServeHTTP(w, httptest.NewRequest("GET", target, nil))
		if w.Code != 200 || w.Body.String() != want {
			t.Errorf("GET %s: %d %s, want %s", target, w.Code, w.Body, want)
		}
		env, err := readAnswer(&lookup{}, w.Body.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if code, _, _, _ := env.outcome(); (code == codeOk) != strings.HasPrefix(want, `{"text"`) {
			t.Errorf("GET %s: read as %v", target, code)
		}
	}
}

// BenchmarkDecodeQuery reads and checks the query of a lookup, as the
// server does after parsing the URL.
func BenchmarkDecodeQuery(b *testing.B) {
	q := url.Values{"id": {"player-1"}, "limit": {"20"}, "other": {"x"}}
	var r lookup
	for b.Loop() {
		if err := r.DecodeQuery(q); err != nil {
			b.Fatal(err)
		}
	}
}
