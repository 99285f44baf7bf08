package runtime

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"unsafe"
)

// Client calls the operations of the API over HTTP: a method per
// operation and role, as Service has. It validates a request as the
// server does before it sends it. The zero Client, which NewClient never
// returns, calls no server: each of its methods returns
// ErrNotImplemented, as UnimplementedService, which it is.
type Client struct {
	baseURL   string
	http      *http.Client
	headers   Headers
	maxAnswer int64
}

// ClientOption configures a Client.
type ClientOption func(*Client)

// NewClient returns a Client of the API at baseURL, such as
// "https://api.example.com": the paths of the operations follow it.
//
// Unless WithHTTPClient says otherwise, a call takes at most 30 seconds,
// and the Client follows no redirect to another host, or from https to
// http: the credentials it sends are headers of its own, such as
// Secret-Key, which Go's client would send there too.
func NewClient(baseURL string, opts ...ClientOption) *Client {
	c := &Client{
		baseURL:   strings.TrimRight(baseURL, "/"),
		http:      &http.Client{Timeout: defaultCallTimeout},
		maxAnswer: defaultMaxAnswerSize,
	}
	for _, opt := range opts {
		opt(c)
	}
	if c.http.CheckRedirect == nil {
		hc := *c.http
		hc.CheckRedirect = sameOrigin
		c.http = &hc
	}
	return c
}

// WithHTTPClient has the Client send its requests with hc rather than a
// client of its own. Its Timeout, when set, bounds every call. Its
// CheckRedirect, when set, decides which redirects to follow; when not,
// the Client follows none to another host, as NewClient says.
func WithHTTPClient(hc *http.Client) ClientOption {
	return func(c *Client) { c.http = hc }
}

// WithMaxAnswerSize sets the size in bytes of the largest answer the
// Client reads: a larger one fails the call with UnknownError, and the
// rest of it is not read. The default is 16 MiB.
func WithMaxAnswerSize(n int64) ClientOption {
	return func(c *Client) { c.maxAnswer = n }
}

// WithHeaders sets the headers every request carries, such as the
// Secret-Key and the Game-Id, unless the request's own Headers hold a
// value for them.
func WithHeaders(h Headers) ClientOption {
	return func(c *Client) { c.headers = h }
}

// Error describes the failed call: the operation, the return code, the
// debug message, how many members were invalid, and the cause when the
// answer never came.
func (e *CallError) Error() string {
	var b strings.Builder
	b.WriteString(e.Operation)
	b.WriteString(": ")
	b.WriteString(e.ReturnCode.String())
	if e.DebugMessage != "" {
		b.WriteString(": ")
		b.WriteString(e.DebugMessage)
	}
	if n := len(e.InvalidMembers); n > 0 {
		b.WriteString(" (")
		b.WriteString(strconv.Itoa(n))
		b.WriteString(" invalid members)")
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the cause of the failure, if any.
func (e *CallError) Unwrap() error { return e.Err }

// errNoPayload is the failure of an Ok answer without the payload its
// operation answers with.
var errNoPayload = errors.New("the answer is Ok but holds no payload")

// call sends req, a nil pointer for an empty request, with its headers,
// to the operation at method and path, and, for an operation that answers
// a payload, has out point to the payload of an answer whose return code
// is Ok: out is a pointer to the Client method's result, a nil pointer
// to the payload type, which call sets to a new payload and leaves nil on
// a failure; nil for an operation without payload. It validates req
// first, as the server does, by decoding what it sends into a new
// request: see outgoing. Every failure is a *CallError.
func (c *Client) call(ctx context.Context, operation, method, path string, req request, out any) error {
	if c.http == nil {
		return ErrNotImplemented
	}
	req, h := sent(req)
	target, body, err := outgoing(req, c.baseURL+path)
	if err != nil {
		failure := &CallError{Operation: operation, ReturnCode: codeInvalidRequestParameters, Err: err}
		var invalid *ValidationError
		if errors.As(err, &invalid) {
			failure.InvalidMembers = invalidMembers(invalid.Members)
		}
		return failure
	}
	hr, err := http.NewRequestWithContext(ctx, method, target, bytes.NewReader(body))
	if err != nil {
		return &CallError{Operation: operation, ReturnCode: codeUnknownError, Err: err}
	}
	h = h.or(c.headers)
	h.write(hr.Header)
	hr.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(hr)
	if err != nil {
		return transportError(ctx, operation, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, pooledSize))
		return &CallError{Operation: operation, ReturnCode: codeUnknownError, Err: errors.New("HTTP " + resp.Status)}
	}
	answer, err := io.ReadAll(io.LimitReader(resp.Body, c.maxAnswer+1))
	if err != nil {
		return transportError(ctx, operation, err)
	}
	if int64(len(answer)) > c.maxAnswer {
		return &CallError{Operation: operation, ReturnCode: codeUnknownError, Err: errors.New("the answer is larger than " + strconv.FormatInt(c.maxAnswer, 10) + " bytes")}
	}
	env, err := readAnswer(req, answer)
	if err != nil {
		return &CallError{Operation: operation, ReturnCode: codeUnknownError, Err: err}
	}
	code, msg, members, raw := env.outcome()
	switch {
	case code != codeOk:
		return &CallError{Operation: operation, ReturnCode: code, DebugMessage: msg, InvalidMembers: members}
	case out == nil:
		return nil
	case raw == nil || string(*raw) == "null":
		return &CallError{Operation: operation, ReturnCode: codeUnknownError, Err: errNoPayload}
	}
	if err := json.Unmarshal(*raw, out); err != nil {
		reflect.ValueOf(out).Elem().SetZero()
		return &CallError{Operation: operation, ReturnCode: codeUnknownError, Err: err}
	}
	return nil
}

// sent returns req, or a new request of its type for a nil pointer, and
// the headers it holds.
func sent(req request) (request, Headers) {
	v := reflect.ValueOf(req)
	if v.IsNil() {
		return newRequest(req, Headers{}), Headers{}
	}
	t := typeOfPointer(req)
	if !t.hasHeaders {
		return req, Headers{}
	}
	return req, *(*Headers)(unsafe.Add(v.UnsafePointer(), t.headers))
}

// transportError is the failure of a call whose answer never came, or
// could not be read: OperationTimeout when the context ended or the
// transport timed out, as the SDK layer GearN's pages describe
// synthesises it, and UnknownError otherwise.
func transportError(ctx context.Context, operation string, err error) *CallError {
	code := codeUnknownError
	var netErr net.Error
	if ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) ||
		(errors.As(err, &netErr) && netErr.Timeout()) {
		code = codeOperationTimeout
	}
	return &CallError{Operation: operation, ReturnCode: code, Err: err}
}
