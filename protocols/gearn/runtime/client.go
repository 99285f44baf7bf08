package runtime

import (
	"bytes"
	"context"
	"errors"
	"io"
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
// Client reads: a larger one fails the call, with UnknownError where the
// API has an envelope, and the rest of it is not read. The default is 16
// MiB.
func WithMaxAnswerSize(n int64) ClientOption {
	return func(c *Client) { c.maxAnswer = n }
}

// WithHeaders sets the headers every request carries, such as the
// Secret-Key and the Game-Id, unless the request's own Headers hold a
// value for them.
func WithHeaders(h Headers) ClientOption {
	return func(c *Client) { c.headers = h }
}

// errNoPayload is the failure of an Ok answer without the payload its
// operation answers with.
var errNoPayload = errors.New("the answer is Ok but holds no payload")

// exchangeStep is the step of an exchange that failed.
type exchangeStep int

const (
	// stepInvalid: the request is invalid, and was not sent.
	stepInvalid exchangeStep = iota
	// stepRequest: the HTTP request could not be made.
	stepRequest
	// stepTransport: the answer never came, or could not be read.
	stepTransport
	// stepTooLarge: the answer is larger than the Client reads.
	stepTooLarge
)

// exchangeError is the failure of an exchange, and its step.
type exchangeError struct {
	step exchangeStep
	err  error
}

func (e *exchangeError) Error() string { return e.err.Error() }

// exchange sends req, a nil pointer for an empty request, with its
// headers, to method and path, and returns the request it sent (a new
// one for a nil pointer), the HTTP status of the answer and its body,
// read up to the Client's limit. It validates req first, as the server
// does, by decoding what it sends into a new request: see outgoing. A
// failure is an *exchangeError; one of stepTooLarge comes with the
// status.
func (c *Client) exchange(ctx context.Context, method, path string, req request) (request, int, []byte, error) {
	req, h := sent(req)
	target, body, err := outgoing(req, c.baseURL+path)
	if err != nil {
		return req, 0, nil, &exchangeError{stepInvalid, err}
	}
	hr, err := http.NewRequestWithContext(ctx, method, target, bytes.NewReader(body))
	if err != nil {
		return req, 0, nil, &exchangeError{stepRequest, err}
	}
	h = h.or(c.headers)
	h.write(hr.Header)
	hr.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(hr)
	if err != nil {
		return req, 0, nil, &exchangeError{stepTransport, err}
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(io.LimitReader(resp.Body, c.maxAnswer+1))
	if err != nil {
		return req, 0, nil, &exchangeError{stepTransport, err}
	}
	if int64(len(answer)) > c.maxAnswer {
		return req, resp.StatusCode, nil, &exchangeError{stepTooLarge, errors.New("the answer is larger than " + strconv.FormatInt(c.maxAnswer, 10) + " bytes")}
	}
	return req, resp.StatusCode, answer, nil
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
