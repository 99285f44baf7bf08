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
)

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
	Limit *int64 `json:"limit,omitempty" minimum:"1" maximum:"100"`
}

// lookup is a GET request with query parameters and no body, whose
// operation answers plain JSON, with the methods the generator writes.
type lookup struct {
	Headers Headers     `json:"-"`
	Query   lookupQuery `json:"-"`
}

// DecodeQuery stands in for the generated method, which reads q with
// queryJSON, copied from package generator/golang/queryruntime (the
// end-to-end tests of the generator drive the real one): the id as a
// string, the limit as the JSON text of its value.
func (r *lookup) DecodeQuery(q url.Values) error {
	var members []string
	if id, ok := q["id"]; ok {
		members = append(members, `"id":`+strconv.Quote(id[0]))
	}
	if limit, ok := q["limit"]; ok {
		members = append(members, `"limit":`+limit[0])
	}
	return decodeInto(&r.Query, []byte("{"+strings.Join(members, ",")+"}"))
}

// EncodeQuery stands in for the generated method, which writes r.Query
// with encodeQuery, copied from package generator/golang/queryruntime.
func (r *lookup) EncodeQuery() (string, error) {
	query := "id=" + url.QueryEscape(r.Query.ID)
	if r.Query.Limit != nil {
		query += "&limit=" + strconv.FormatInt(*r.Query.Limit, 10)
	}
	return query, nil
}

func (*lookup) bodiless() string { return "a GET request to /lookup takes no body" }

// find is the Service method of lookup.
func find(Service, context.Context, *lookup) (*greeting, error) { return &greeting{Text: "found"}, nil }

func (*lookup) plainAnswered() {}

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

// TestDecodeRequest checks that the violations of a query come first,
// then the body's; the end-to-end tests of the generator check that a
// query parameter breaks the decoder's rules as a body member does.
func TestDecodeRequest(t *testing.T) {
	for query, want := range map[string]string{
		"id=a&limit=7": "",
		"limit=7":      "id:1",
		"id=a&limit=0": "limit:6",
		"id=&limit=0":  "id:3 limit:6",
	} {
		u, err := url.Parse("/lookup?" + query)
		if err != nil {
			t.Fatal(err)
		}
		if got := violations(t, decodeRequest(&lookup{}, u, nil)); got != want {
			t.Errorf("%s: got %q, want %q", query, got, want)
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
	s.handle(&route{"GET", "/lookup", "", "lookup", "", false, false, answering(find)})
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
