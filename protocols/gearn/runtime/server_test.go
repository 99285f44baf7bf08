package runtime

import (
	"bytes"
	"context"
	"errors"
	"log"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"
)

// greeting is a payload.
type greeting struct {
	Text string `json:"text"`
}

// greeter is the Service of the tests.
type greeter struct{}

// greet serves an account; some names make it fail.
func (greeter) greet(_ context.Context, r *account) (*greeting, error) {
	switch r.Name {
	case "failing":
		return nil, errors.New("store down")
	case "panics":
		panic("greet panics")
	case "todo":
		return nil, ErrNotImplemented
	case "nobody":
		return nil, nil
	case "aborts":
		panic(http.ErrAbortHandler)
	}
	return &greeting{Text: "hello " + r.Name + " from " + r.Headers.SecretKey}, nil
}

// ping is a request of no member, whose operation answers no payload.
type ping struct {
	Headers Headers `json:"-"`
}

// pong is the Service method of ping.
func pong(Service, context.Context, *ping) error { return nil }

// handler serves greet at POST /api/rJson/x/client/greet, and ping at
// POST /api/rJson/x/client/nothing.
func handler(opts ...Option) http.Handler {
	s := newServer(greeter{}, opts)
	s.handle(&route{"POST", "/api/rJson/x/client/greet", "client", "greet", "x.greet.selfEnable", true, true, answering(greet)})
	s.handle(&route{"POST", "/api/rJson/x/client/nothing", "client", "nothing", "", false, false, answeringNothing(pong)})
	s.unknown("POST", "/api/rJson/")
	return s.mux
}

// body returns the body of an account named name.
func body(name string) string {
	return strings.Replace(valid, `"ann"`, strconv.Quote(name), 1)
}

func post(t *testing.T, h http.Handler, path string, headers map[string]string, body string) string {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("HTTP %d, %q: %s", rec.Code, rec.Header().Get("Content-Type"), rec.Body)
	}
	return rec.Body.String()
}

var both = map[string]string{secretKeyHeader: "s3", authTokenHeader: "t1"}

func TestServe(t *testing.T) {
	var logged bytes.Buffer
	var seen Authorization
	quiet := handler(WithAuthorizer(func(_ context.Context, a Authorization) ReturnCode {
		if a.Operation == "greet" && a.Headers.SecretKey == "s3" {
			seen = a
		}
		if a.Headers.SecretKey == "refused" {
			return codeSecretInvalid
		}
		return codeOk
	}), WithErrorLog(log.New(&logged, "", 0)))
	loud := handler(WithDebugMessages(), WithMaxBodySize(16))
	const greetPath = "/api/rJson/x/client/greet"
	tests := []struct {
		h       http.Handler
		path    string
		headers map[string]string
		body    string
		want    string
	}{
		{quiet, greetPath, both, body("ann"), `{"returnCode":1,"parameters":{"text":"hello ann from s3"}}`},
		{quiet, greetPath, map[string]string{authTokenHeader: "t1"}, body("ann"), `{"returnCode":-10,"debugMessage":"the Secret-Key header is missing"}`},
		{quiet, greetPath, map[string]string{secretKeyHeader: "s3"}, body("ann"), `{"returnCode":-6,"debugMessage":"the Auth-Token header is missing"}`},
		{quiet, greetPath, map[string]string{secretKeyHeader: "refused", authTokenHeader: "t1"}, body("ann"), `{"returnCode":-10}`},
		{quiet, greetPath, both, `[]`, `{"returnCode":-5,"debugMessage":"request body: a JSON array where an object is due at byte 0"}`},
		{quiet, greetPath, both, `{"name":"a"}`, `{"returnCode":-5,"invalidRequestParameters":[` +
			`{"code":"name","invalidMemberType":4},{"code":"active","invalidMemberType":1},{"code":"score","invalidMemberType":1},` +
			`{"code":"level","invalidMemberType":1},{"code":"code","invalidMemberType":1},{"code":"attrs","invalidMemberType":1},` +
			`{"code":"owner","invalidMemberType":1}]}`},
		{quiet, greetPath, both, body("failing"), `{"returnCode":-3}`},
		{loud, greetPath, both, body("ann"), `{"returnCode":-9,"debugMessage":"the request body is larger than 16 bytes"}`},
		{quiet, greetPath, both, body("panics"), `{"returnCode":-3}`},
		{quiet, greetPath, both, body("todo"), `{"returnCode":-4,"debugMessage":"greet is not implemented"}`},
		{quiet, greetPath, both, body("nobody"), `{"returnCode":1}`},
		{quiet, "/api/rJson/x/client/nothing", nil, `{}`, `{"returnCode":1}`},
		{quiet, "/api/rJson/x/client/else", nil, `{}`, `{"returnCode":-4,"debugMessage":"no operation has the path /api/rJson/x/client/else"}`},
	}
	for _, tt := range tests {
		if got := post(t, tt.h, tt.path, tt.headers, tt.body); got != tt.want {
			t.Errorf("%s %s:\ngot  %s\nwant %s", tt.path, tt.body, got, tt.want)
		}
	}
	want := Authorization{Role: "client", Operation: "greet", Permission: "x.greet.selfEnable", Headers: Headers{SecretKey: "s3", AuthToken: "t1"}}
	if seen != want {
		t.Errorf("the authorizer saw %+v, want %+v", seen, want)
	}
	if !strings.Contains(logged.String(), "client greet: store down") || !strings.Contains(logged.String(), "panic: greet panics\ngoroutine") {
		t.Errorf("the log holds %q", logged.String())
	}
	// With debug messages, the error and the panic are told.
	loud = handler(WithDebugMessages())
	if got := post(t, loud, greetPath, both, body("failing")); got != `{"returnCode":-3,"debugMessage":"store down"}` {
		t.Errorf("a failing service with debug messages: %s", got)
	}
	if got := post(t, loud, greetPath, both, body("panics")); got != `{"returnCode":-3,"debugMessage":"panic: greet panics"}` {
		t.Errorf("a panicking service with debug messages: %s", got)
	}
}

func TestServeAbort(t *testing.T) {
	s := newServer(greeter{}, nil)
	h := &endpoint{s: s, rt: &route{serves: answering(greet)}}
	defer func() {
		if p := recover(); p != http.ErrAbortHandler {
			t.Errorf("recovered %v, want http.ErrAbortHandler", p)
		}
	}()
	req := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(body("aborts")))
	req.Header.Set("Content-Type", "application/json")
	h.ServeHTTP(httptest.NewRecorder(), req)
}

func TestClient(t *testing.T) {
	srv := httptest.NewServer(handler())
	defer srv.Close()
	ctx := context.Background()
	c := NewClient(srv.URL+"/", WithHeaders(Headers{SecretKey: "s3"}), WithHTTPClient(srv.Client()))
	req := &account{Headers: Headers{AuthToken: "t1"}}
	if err := DecodeBody(req, []byte(valid)); err != nil {
		t.Fatal(err)
	}
	var resp *greeting
	err := c.call(ctx, "greet", "POST", "/api/rJson/x/client/greet", req, &resp)
	if err != nil || resp == nil || resp.Text != "hello ann from s3" {
		t.Fatalf("greet: %+v, %v", resp, err)
	}
	if err := c.call(ctx, "nothing", "POST", "/api/rJson/x/client/nothing", &ping{}, nil); err != nil {
		t.Errorf("an operation without payload: %v", err)
	}
	var ce *CallError
	err = c.call(ctx, "greet", "POST", "/api/rJson/x/client/greet", &account{}, new(*greeting))
	if !errors.As(err, &ce) || ce.ReturnCode != codeInvalidRequestParameters || len(ce.InvalidMembers) != 3 ||
		err.Error() != "greet: ReturnCode(-5) (3 invalid members): 3 invalid members" {
		t.Errorf("an invalid request: %v", err)
	}
	if err := c.call(ctx, "nothing", "POST", "/api/rJson/x/client/nothing", (*ping)(nil), nil); err != nil {
		t.Errorf("a nil request of no member: %v", err)
	}
	err = c.call(ctx, "greet", "POST", "/api/rJson/x/client/greet", (*account)(nil), new(*greeting))
	if !errors.As(err, &ce) || ce.ReturnCode != codeInvalidRequestParameters || len(ce.InvalidMembers) != 3 {
		t.Errorf("a nil request: %v", err)
	}
	err = NewClient(srv.URL).call(ctx, "greet", "POST", "/api/rJson/x/client/greet", req, new(*greeting))
	if !errors.As(err, &ce) || ce.ReturnCode != codeOperationNotAuthorized && ce.ReturnCode != codeSecretInvalid || ce.Unwrap() != nil {
		t.Errorf("without a Secret-Key: %v", err)
	}
	req.Name = "nobody"
	var none *greeting
	if err := c.call(ctx, "greet", "POST", "/api/rJson/x/client/greet", req, &none); none != nil || !errors.As(err, &ce) ||
		ce.ReturnCode != codeUnknownError || !errors.Is(err, errNoPayload) {
		t.Errorf("an Ok answer without payload: %v, %v", none, err)
	}
	req.Name = "ann"
	err = c.call(ctx, "greet", "POST", "/api/rJson/x/client/nowhere", req, new(*greeting))
	if !errors.As(err, &ce) || ce.ReturnCode != codeOperationInvalid || ce.Error() != "greet: ReturnCode(-4): no operation has the path /api/rJson/x/client/nowhere" {
		t.Errorf("an unknown operation: %v", err)
	}
	err = c.call(ctx, "greet", "GET", "/api/rJson/x/client/greet", req, new(*greeting))
	if !errors.As(err, &ce) || ce.ReturnCode != codeUnknownError || !strings.Contains(err.Error(), "405") {
		t.Errorf("a method the server does not serve: %v", err)
	}
	err = c.call(ctx, "greet", "BAD METHOD", "/api/rJson/x/client/greet", req, new(*greeting))
	if !errors.As(err, &ce) || ce.ReturnCode != codeUnknownError {
		t.Errorf("a method net/http refuses: %v", err)
	}
	gone, cancel := context.WithTimeout(ctx, time.Nanosecond)
	defer cancel()
	<-gone.Done()
	err = c.call(gone, "greet", "POST", "/api/rJson/x/client/greet", req, new(*greeting))
	if !errors.As(err, &ce) || ce.ReturnCode != codeOperationTimeout || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("after the deadline: %v", err)
	}
	err = NewClient("http://127.0.0.1:1").call(ctx, "greet", "POST", "/x", req, new(*greeting))
	if !errors.As(err, &ce) || ce.ReturnCode != codeUnknownError {
		t.Errorf("to a closed port: %v", err)
	}
	notJSON := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("<html>")) }))
	defer notJSON.Close()
	err = NewClient(notJSON.URL).call(ctx, "greet", "POST", "/x", req, new(*greeting))
	if !errors.As(err, &ce) || ce.ReturnCode != codeUnknownError {
		t.Errorf("an answer that is no envelope: %v", err)
	}
}
