package runtime

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"unsafe"
)

// TestStringArrayPastSpans reads arrays of strings of more items than the
// decoder notes on its first reading, whose items from there on are not
// all strings: they once indexed past its notes and panicked.
func TestStringArrayPastSpans(t *testing.T) {
	ones := strings.Repeat("1,", 16) + "1"
	sixteen := strings.Repeat(`"a",`, 16)
	tests := map[string]string{
		"[" + ones + "]":         "tags[0]:2 tags[1]:2 tags[2]:2 tags[3]:2 tags[4]:2 tags[5]:2 tags[6]:2 tags[7]:2 tags[8]:2 tags[9]:2 tags[10]:2 tags[11]:2 tags[12]:2 tags[13]:2 tags[14]:2 tags[15]:2 tags[16]:2",
		"[" + sixteen + "1]":     "tags[16]:2",
		"[" + sixteen + `1,"b"]`: "tags[16]:2",
		"[" + sixteen + `"b",1]`: "tags[17]:2",
	}
	for tags, want := range tests {
		body := strings.Replace(valid, `"ann"`, `"ann","tags":`+tags, 1)
		if got := decodeMembers(t, body); got != want {
			t.Errorf("tags %s:\ngot  %s\nwant %s", tags, got, want)
		}
	}
	var r account
	body := strings.Replace(valid, `"ann"`, `"ann","tags":[`+sixteen+`1,"b"]`, 1)
	_ = DecodeBody(&r, []byte(body))
	if len(r.Tags) != 18 || r.Tags[15] != "a" || r.Tags[16] != "" || r.Tags[17] != "b" {
		t.Errorf("tags read as %q", r.Tags)
	}
}

// TestIntegerExactly checks that integer-ness and range are decided on a
// number's decimal text, not on the float64 nearest to it.
func TestIntegerExactly(t *testing.T) {
	for s, want := range map[string]struct {
		n int64
		k Violation
	}{
		"9010000000000001.0":          {9010000000000001, 0},
		"3.0000000000000001":          {0, ViolationNotInteger},
		"1e-400":                      {0, ViolationNotInteger},
		"9223372036854775807.0":       {9223372036854775807, 0},
		"-9223372036854775808.0":      {-9223372036854775808, 0},
		"9223372036854775808.0":       {0, ViolationWrongType},
		"-9223372036854775809e0":      {0, ViolationWrongType},
		"92233720368547758.07e2":      {9223372036854775807, 0},
		"12345678901234567890e-1":     {1234567890123456789, 0},
		"1.5e1":                       {15, 0},
		"1.05e1":                      {0, ViolationNotInteger},
		"0.0":                         {0, 0},
		"-0e5":                        {0, 0},
		"0.000e-99999999999999999999": {0, 0},
		"1e99999999999999999999":      {0, ViolationWrongType},
		"1E+18":                       {1e18, 0},
		"10e18":                       {0, ViolationWrongType},
		"100000000000000000000e-2":    {1e18, 0},
		"2.50e1":                      {25, 0},
	} {
		if n, k := parseInteger([]byte(s)); n != want.n || k != want.k {
			t.Errorf("parseInteger(%s) = %d, %v; want %d, %v", s, n, k, want.n, want.k)
		}
	}
}

// exploding is a request whose decoding panics, as a bug in it would: the
// reading of its query parameters, which comes after its body's.
type exploding struct{ Headers Headers }

func (*exploding) DecodeQuery(url.Values) error { panic("decoding explodes") }

func (*exploding) EncodeQuery() (string, error) { return "", nil }

// explode is the Service method of exploding, which decoding never reaches.
func explode(Service, context.Context, *exploding) error { return nil }

// TestServePanicOnTheWay checks that a panic before the Service, in the
// decoding of the body, is answered as a panic of the Service is.
func TestServePanicOnTheWay(t *testing.T) {
	var logged bytes.Buffer
	s := newServer(greeter{}, []Option{WithErrorLog(log.New(&logged, "", 0))})
	s.handle(&route{"POST", "/explode", "client", "explode", "", false, false, answeringNothing(explode)})
	if got := post(t, s.mux, "/explode", nil, `{}`); got != `{"returnCode":-3}` {
		t.Errorf("a panic while decoding: %s", got)
	}
	if !strings.Contains(logged.String(), "client explode: panic: decoding explodes\ngoroutine") {
		t.Errorf("the log holds %q", logged.String())
	}
}

// TestServeAmbiguity checks the requests the handler refuses for what
// their headers leave open: a credential header given twice, and a body
// that does not say it is JSON.
func TestServeAmbiguity(t *testing.T) {
	h := handler()
	const greetPath = "/api/rJson/x/client/greet"
	send := func(header http.Header, body string) string {
		req := httptest.NewRequest(http.MethodPost, greetPath, strings.NewReader(body))
		req.Header = header
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Body.String()
	}
	json := []string{"application/json"}
	tests := []struct {
		header http.Header
		want   string
	}{
		{http.Header{"Secret-Key": {"", "s3"}, "Auth-Token": {"t1"}, "Content-Type": json}, `{"returnCode":-10,"debugMessage":"the Secret-Key header is repeated"}`},
		{http.Header{"Secret-Key": {"a", "b"}, "Auth-Token": {"t1"}, "Content-Type": json}, `{"returnCode":-10,"debugMessage":"the Secret-Key header is repeated"}`},
		{http.Header{"Secret-Key": {"s3"}, "Auth-Token": {"t1", "t2"}, "Content-Type": json}, `{"returnCode":-6,"debugMessage":"the Auth-Token header is repeated"}`},
		{http.Header{"Secret-Key": {"s3"}, "Auth-Token": {"t1"}}, `{"returnCode":-5,"debugMessage":"the Content-Type of the request body is not application/json"}`},
		{http.Header{"Secret-Key": {"s3"}, "Auth-Token": {"t1"}, "Content-Type": {"text/plain"}}, `{"returnCode":-5,"debugMessage":"the Content-Type of the request body is not application/json"}`},
		{http.Header{"Secret-Key": {"s3"}, "Auth-Token": {"t1"}, "Content-Type": {"Application/JSON; charset=utf-8"}}, `{"returnCode":1,"parameters":{"text":"hello ann from s3"}}`},
	}
	for _, tt := range tests {
		if got := send(tt.header, body("ann")); got != tt.want {
			t.Errorf("%v:\ngot  %s\nwant %s", tt.header, got, tt.want)
		}
	}
}

// TestServeBodyReadFails checks that a body whose reading fails is
// answered without the error's text, which names the server's addresses,
// unless WithDebugMessages asks for it.
func TestServeBodyReadFails(t *testing.T) {
	failing := func() *http.Request {
		req := httptest.NewRequest(http.MethodPost, "/api/rJson/x/client/nothing", iotest.ErrReader(errors.New("read tcp 10.0.0.1:443->10.0.0.2:5000: i/o timeout")))
		req.Header.Set("Content-Type", "application/json")
		return req
	}
	rec := httptest.NewRecorder()
	handler().ServeHTTP(rec, failing())
	if got := rec.Body.String(); got != `{"returnCode":-5,"debugMessage":"the request body could not be read"}` {
		t.Errorf("a failed read: %s", got)
	}
	rec = httptest.NewRecorder()
	handler(WithDebugMessages()).ServeHTTP(rec, failing())
	if got := rec.Body.String(); !strings.Contains(got, "10.0.0.1:443") {
		t.Errorf("a failed read, with debug messages: %s", got)
	}
}

// TestViolationsBounded checks that a body of many invalid members is
// answered with the first maxInvalidMembers of them, and that the decoder
// stops there.
func TestViolationsBounded(t *testing.T) {
	items := strings.Repeat("1,", 200_000) + "1"
	body := strings.Replace(valid, `"ann"`, `"ann","tags":[`+items+`]`, 1)
	var r account
	err := DecodeBody(&r, []byte(body))
	var ve *ValidationError
	if !errors.As(err, &ve) || len(ve.Members) != maxInvalidMembers || !ve.Truncated {
		t.Fatalf("%d members, truncated %v: %v", len(ve.Members), ve != nil && ve.Truncated, err)
	}
	if ve.Members[0].Member != "tags[0]" || ve.Members[maxInvalidMembers-1].Member != "tags[99]" {
		t.Errorf("the members listed run from %s to %s", ve.Members[0].Member, ve.Members[len(ve.Members)-1].Member)
	}
	// The answer is small, and says that the list is cut.
	got := post(t, handler(), "/api/rJson/x/client/greet", both, body)
	if len(got) > 8<<10 || !strings.Contains(got, `"debugMessage":"the first 100 invalid members the body holds`) {
		t.Errorf("an answer of %d bytes: %.300s", len(got), got)
	}
	// Long paths fill the records before their count does.
	var n node
	deep := strings.Repeat(`{"name":"","child":`, 2000) + `{"name":""}` + strings.Repeat("}", 2000)
	d := decoder{data: []byte(deep)}
	if d.top() {
		d.decodeObject(typeOfPointer(&n).members, unsafe.Pointer(&n))
	}
	if err := d.finish(); !errors.As(err, &ve) || !ve.Truncated || len(ve.Members) >= maxInvalidMembers {
		t.Errorf("a deep body: %v", err)
	}
	// A body of fewer violations lists them all.
	if err := DecodeBody(&r, []byte(strings.Replace(valid, `"ann"`, `"ann","tags":[`+items[:2*maxInvalidMembers-1]+`]`, 1))); !errors.As(err, &ve) || ve.Truncated || len(ve.Members) != maxInvalidMembers {
		t.Errorf("a body of %d violations: %v", maxInvalidMembers, err)
	}
}

// tree is an answer type that holds itself, as the generator writes one.
type tree struct {
	Name     string `json:"name"`
	Children []tree `json:"children,omitempty"`
	Parent   *tree  `json:"parent,omitempty"`
}

// appendTree appends t to b as AppendJSON does.
func appendTree(b []byte, t *tree) ([]byte, error) {
	return AppendJSON(b, t)
}

// TestEncodeCycle checks that an answer whose pointers form a cycle fails
// as json.Marshal fails on it, rather than overflowing the stack; and that
// an answer as deep without a cycle is written as json.Marshal writes it.
func TestEncodeCycle(t *testing.T) {
	parent := &tree{Name: "p"}
	parent.Children = []tree{{Name: "c", Parent: parent}}
	looped := &tree{Name: "l"}
	looped.Children = []tree{{Name: "m"}}
	looped.Children[0].Children = looped.Children
	for _, v := range []*tree{parent, &parent.Children[0], looped} {
		_, want := json.Marshal(v)
		_, err := appendTree(nil, v)
		var unsupported *json.UnsupportedValueError
		if want == nil || !errors.As(err, &unsupported) || err.Error() != want.Error() {
			t.Errorf("%s: %v, json.Marshal: %v", v.Name, err, want)
		}
	}
	deep := &tree{Name: "0"}
	for i := range 3 * cycleDepth {
		deep = &tree{Name: strconv.Itoa(i), Parent: deep, Children: []tree{{Name: "x"}}}
	}
	got, err := appendTree(nil, deep)
	want, wantErr := json.Marshal(deep)
	if err != nil || wantErr != nil || !bytes.Equal(got, want) {
		t.Errorf("a deep tree: %v, json.Marshal: %v", err, wantErr)
	}
	// The pooled encoder forgets the cycle.
	if got, err := appendTree(nil, &tree{Name: "after"}); err != nil || string(got) != `{"name":"after"}` {
		t.Errorf("after a cycle: %s, %v", got, err)
	}
}

// TestClientRedirects checks that the Client sends its credentials to no
// host but the one it was given: it follows a redirect on that host, and
// refuses one to another, whatever the status.
func TestClientRedirects(t *testing.T) {
	var leaked []string
	elsewhere := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		leaked = append(leaked, r.Header.Get(secretKeyHeader))
		_, _ = w.Write([]byte(`{"returnCode":1,"parameters":{"text":"from elsewhere"}}`))
	}))
	defer elsewhere.Close()
	srv := httptest.NewServer(handler())
	defer srv.Close()
	redirecting := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/same":
			http.Redirect(w, r, "/api/rJson/x/client/greet", http.StatusTemporaryRedirect)
		default:
			http.Redirect(w, r, elsewhere.URL+"/x", http.StatusPermanentRedirect)
		}
	}))
	defer redirecting.Close()
	req := &account{Headers: Headers{SecretKey: "server-role key", AuthToken: "t1"}}
	if err := DecodeBody(req, []byte(valid)); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, c := range []*Client{NewClient(redirecting.URL), NewClient(redirecting.URL, WithHTTPClient(&http.Client{}))} {
		err := c.call(ctx, "greet", "POST", "/other", req, new(*greeting))
		var ce *CallError
		if !errors.As(err, &ce) || ce.ReturnCode != codeUnknownError || !strings.Contains(err.Error(), "refusing to follow a redirect") {
			t.Errorf("a redirect to another host: %v", err)
		}
	}
	if leaked != nil {
		t.Errorf("the other host got the Secret-Key %q", leaked)
	}
	// A Client on the same host follows it; the server there is the one
	// at srv, behind a proxy of its own.
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/same" {
			redirecting.Config.Handler.ServeHTTP(w, r)
			return
		}
		srv.Config.Handler.ServeHTTP(w, r)
	}))
	defer proxy.Close()
	var resp *greeting
	if err := NewClient(proxy.URL).call(ctx, "greet", "POST", "/same", req, &resp); err != nil || resp == nil || resp.Text != "hello ann from server-role key" {
		t.Errorf("a redirect on the same host: %+v, %v", resp, err)
	}
}

// TestClientAnswerBounded checks that the Client reads no more of an Ok
// answer than WithMaxAnswerSize says, and stops on an endless one.
func TestClientAnswerBounded(t *testing.T) {
	endless := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(`{"returnCode":1,"parameters":{"text":"`))
		chunk := bytes.Repeat([]byte("x"), 64<<10)
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	}))
	defer endless.Close()
	req := &account{Headers: Headers{SecretKey: "s", AuthToken: "t"}}
	if err := DecodeBody(req, []byte(valid)); err != nil {
		t.Fatal(err)
	}
	for _, c := range []*Client{NewClient(endless.URL), NewClient(endless.URL, WithMaxAnswerSize(1<<20))} {
		err := c.call(context.Background(), "greet", "POST", "/x", req, new(*greeting))
		var ce *CallError
		if !errors.As(err, &ce) || ce.ReturnCode != codeUnknownError || !strings.Contains(err.Error(), "the answer is larger than") {
			t.Errorf("an endless answer: %v", err)
		}
	}
}

// TestClientDefaults checks that a Client of its own http.Client bounds
// every call, and that one given an http.Client leaves it as it is.
func TestClientDefaults(t *testing.T) {
	if c := NewClient("http://x"); c.http.Timeout != defaultCallTimeout || c.http.CheckRedirect == nil || c.maxAnswer != defaultMaxAnswerSize {
		t.Errorf("NewClient's http.Client: %+v, answers up to %d bytes", c.http, c.maxAnswer)
	}
	given := &http.Client{}
	if c := NewClient("http://x", WithHTTPClient(given)); given.CheckRedirect != nil || c.http == given || c.http.CheckRedirect == nil || c.http.Timeout != 0 {
		t.Errorf("an http.Client given: %+v, used %+v", given, c.http)
	}
}
