package runtime

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
)

// TestFailureRoundTrip checks that what appendFailure writes,
// statusFailure reads back: the message, and each member with its
// violation, in order.
func TestFailureRoundTrip(t *testing.T) {
	members := []MemberError{{Member: `a"b`, Violation: ViolationMissing}, {Member: "tags[2]", Violation: ViolationNotAllowed}}
	b := appendFailure(nil, 400, "", members)
	if want := `{"error":"Bad Request","invalidMembers":[{"member":"a\"b","violation":"V1"},{"member":"tags[2]","violation":"V13"}]}`; string(b) != want {
		t.Errorf("appendFailure wrote %s, want %s", b, want)
	}
	got := statusFailure("op", 400, b)
	want := &StatusError{Operation: "op", StatusCode: 400, Message: "Bad Request", InvalidMembers: members}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("statusFailure read %+v, want %+v", got, want)
	}
	if text := got.Error(); text != "op: HTTP 400 Bad Request (2 invalid members)" {
		t.Errorf("Error() = %q", text)
	}
	if b := appendFailure(nil, 501, "op is not implemented", nil); string(b) != `{"error":"op is not implemented"}` {
		t.Errorf("appendFailure without members wrote %s", b)
	}
}

// TestStatusFailureOfText checks an answer that is no failure body: its
// text is the message, cut at maxFailureText bytes on a whole rune.
func TestStatusFailureOfText(t *testing.T) {
	if got := statusFailure("op", 404, []byte("404 page not found\n")); got.Message != "404 page not found" || got.InvalidMembers != nil {
		t.Errorf("got %+v", got)
	}
	long := strings.Repeat("é", maxFailureText)
	got := statusFailure("op", 502, []byte(long))
	if len(got.Message) > maxFailureText || !strings.HasPrefix(long, got.Message) || len(got.Message) < maxFailureText-1 {
		t.Errorf("the message of a long text is %d bytes", len(got.Message))
	}
	if got := statusFailure("op", 400, []byte(`{"error":"x","invalidMembers":[{"member":"m","violation":"Unheard"}]}`)); got.InvalidMembers[0].Violation != 0 {
		t.Errorf("an unknown violation read as %v", got.InvalidMembers[0].Violation)
	}
}

// TestCallPlain checks what callPlain makes of a 2xx answer, of a
// failure answer, and of a request it finds invalid, which it does not
// send, and that the zero Client sends nothing.
func TestCallPlain(t *testing.T) {
	var sent atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sent.Add(1)
		switch r.URL.Query().Get("id") {
		case "a":
			io.WriteString(w, `{"text":"found"}`)
		case "none":
			io.WriteString(w, "null")
		default:
			w.WriteHeader(http.StatusNotFound)
			w.Write(appendFailure(nil, http.StatusNotFound, "", nil))
		}
	}))
	defer srv.Close()
	c := NewClient(srv.URL)
	call := func(id string, limit int64) (out *greeting, err error) {
		err = c.callPlain(context.Background(), "lookup", "GET", "/lookup", &lookup{Query: lookupQuery{ID: id, Limit: &limit}}, &out)
		return out, err
	}
	if got, err := call("a", 1); err != nil || got.Text != "found" {
		t.Errorf("a 2xx answer: %+v, %v", got, err)
	}
	var se *StatusError
	if _, err := call("b", 1); !errors.As(err, &se) || se.StatusCode != 404 || se.Message != "Not Found" {
		t.Errorf("a failure: %v", err)
	}
	if _, err := call("none", 1); !errors.As(err, &se) || se.StatusCode != 200 || !errors.Is(err, errNoPayload) {
		t.Errorf("an answer without a payload: %v", err)
	}
	var invalid *ValidationError
	if _, err := call("a", 0); !errors.As(err, &se) || se.StatusCode != 0 || len(se.InvalidMembers) != 1 || !errors.As(err, &invalid) {
		t.Errorf("an invalid request: %v", err)
	}
	if err := new(Client).callPlain(context.Background(), "lookup", "GET", "/lookup", &lookup{}, new(*greeting)); err != ErrNotImplemented {
		t.Errorf("the zero Client: %v, want ErrNotImplemented", err)
	}
	if sent.Load() != 3 {
		t.Errorf("the server got %d requests, want 3", sent.Load())
	}
}
