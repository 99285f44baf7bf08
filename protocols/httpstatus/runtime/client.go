package runtime

import (
	"net/http"
	"strings"
)

// Client calls the API over HTTP. Its methods send a request as it is, without
// calling its Validate: the server judges what it accepts.
type Client struct {
	baseURL string
	http    *http.Client
}

// ClientOption configures a Client.
type ClientOption func(*Client)

// WithHTTPClient has the Client send its requests with hc rather than
// http.DefaultClient, which has no timeout.
func WithHTTPClient(hc *http.Client) ClientOption {
	return func(c *Client) {
		c.http = hc
	}
}

// NewClient returns a Client of the API served at baseURL, such as
// "https://api.example.com": the path of each operation follows it. The hosts
// of the pages' examples are documentation, not defaults.
func NewClient(baseURL string, opts ...ClientOption) *Client {
	c := &Client{
		baseURL: strings.TrimSuffix(baseURL, "/"),
		http:    http.DefaultClient,
	}
	for _, opt := range opts {
		opt(c)
	}
	return c
}
