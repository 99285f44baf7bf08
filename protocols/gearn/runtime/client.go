package runtime

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
)

// Client calls the operations of the API over HTTP: a method per
// operation and role, as Service has. It validates a request as the
// server does before it sends it.
type Client struct {
	baseURL string
	http    *http.Client
	headers Headers
}

// ClientOption configures a Client.
type ClientOption func(*Client)

// NewClient returns a Client of the API at baseURL, such as
// "https://api.example.com": the paths of the operations follow it.
func NewClient(baseURL string, opts ...ClientOption) *Client {
	c := &Client{baseURL: strings.TrimRight(baseURL, "/"), http: http.DefaultClient}
	for _, opt := range opts {
		opt(c)
	}
	return c
}

// WithHTTPClient has the Client send its requests with hc rather than
// http.DefaultClient. Its Timeout, when set, bounds every call.
func WithHTTPClient(hc *http.Client) ClientOption {
	return func(c *Client) { c.http = hc }
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

// call sends req, with headers h, to the operation at method and path, and
// decodes into out the payload of an answer whose return code is Ok. It
// reports whether the answer had a payload. It validates req first, as
// the server does, by decoding what it sends into a new request: see
// outgoing. Every failure is a *CallError.
func (c *Client) call(ctx context.Context, operation, method, path string, req request, h Headers, out any) (bool, error) {
	target, body, err := outgoing(req, c.baseURL+path)
	if err != nil {
		failure := &CallError{Operation: operation, ReturnCode: codeInvalidRequestParameters, Err: err}
		var invalid *ValidationError
		if errors.As(err, &invalid) {
			failure.InvalidMembers = invalidMembers(invalid.Members)
		}
		return false, failure
	}
	hr, err := http.NewRequestWithContext(ctx, method, target, bytes.NewReader(body))
	if err != nil {
		return false, &CallError{Operation: operation, ReturnCode: codeUnknownError, Err: err}
	}
	h = h.or(c.headers)
	h.write(hr.Header)
	hr.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(hr)
	if err != nil {
		return false, transportError(ctx, operation, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, pooledSize))
		return false, &CallError{Operation: operation, ReturnCode: codeUnknownError, Err: errors.New("HTTP " + resp.Status)}
	}
	env, err := readAnswer(req, resp.Body)
	if err != nil {
		return false, transportError(ctx, operation, err)
	}
	code, msg, members, raw := env.outcome()
	switch {
	case code != codeOk:
		return false, &CallError{Operation: operation, ReturnCode: code, DebugMessage: msg, InvalidMembers: members}
	case raw == nil || string(*raw) == "null" || out == nil:
		return false, nil
	}
	if err := json.Unmarshal(*raw, out); err != nil {
		return false, &CallError{Operation: operation, ReturnCode: codeUnknownError, Err: err}
	}
	return true, nil
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
