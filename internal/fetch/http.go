package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// response is what one URL answered, after the retries and redirects.
type response struct {
	url    string // the URL that answered, after redirects
	status int
	header http.Header
	body   []byte
	// attempts is how many requests it took.
	attempts int
}

// tries says how many requests a failure took, when more than one.
func (r *response) tries() string {
	if r.attempts <= 1 {
		return ""
	}
	return fmt.Sprintf(" (after %d tries)", r.attempts)
}

// policyError is a redirect the crawl refuses: it is not tried again.
type policyError struct{ msg string }

func (e *policyError) Error() string { return e.msg }

// maxRedirects bounds a chain of redirects.
const maxRedirects = 10

// checkRedirect follows a redirect of a page only within the prefix, and
// never around a loop.
func (c *crawler) checkRedirect(req *http.Request, via []*http.Request) error {
	to := req.URL.String()
	chain := make([]string, 0, len(via)+1)
	loop := false
	for _, v := range via {
		chain = append(chain, v.URL.String())
		loop = loop || v.URL.String() == to
	}
	if loop {
		return &policyError{"redirect loop: " + strings.Join(append(chain, to), " → ")}
	}
	if len(via) >= maxRedirects {
		return &policyError{fmt.Sprintf("more than %d redirects", maxRedirects)}
	}
	// robots.txt lies outside the prefix, and may redirect anywhere
	// (to https, to another host name), as RFC 9309 allows.
	if via[0].URL.Path != "/robots.txt" && !within(to, c.opts.Prefixes) {
		return &policyError{"redirected out of the prefix, to " + to}
	}
	return nil
}

// get requests u, waiting its turn under the rate limit, and tries again
// on 429, 5xx and failures in transit, after Retry-After or a backoff
// that doubles.
func (c *crawler) get(ctx context.Context, u string, header http.Header) (*response, error) {
	wait := c.opts.Backoff
	for attempt := 1; ; attempt++ {
		if err := c.limiter.Wait(ctx); err != nil {
			return nil, err
		}
		resp, err := c.once(ctx, u, header)
		var policy *policyError
		switch {
		case ctx.Err() != nil:
			return nil, ctx.Err()
		case errors.As(err, &policy):
			return nil, policy
		case err == nil && resp.status != http.StatusTooManyRequests && resp.status < 500:
			resp.attempts = attempt
			return resp, nil
		case attempt > c.opts.Retries:
			if err != nil {
				if attempt > 1 {
					err = fmt.Errorf("%w (after %d tries)", err, attempt)
				}
				return nil, err
			}
			resp.attempts = attempt
			return resp, nil
		}
		pause := wait
		if err == nil {
			if d, ok := retryAfter(resp.header.Get("Retry-After"), time.Now()); ok {
				pause = d
			}
		}
		wait *= 2
		t := time.NewTimer(pause)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		}
	}
}

// once makes one request, within the timeout.
func (c *crawler) once(ctx context.Context, u string, header http.Header) (*response, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	for k, v := range header {
		req.Header[k] = v
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
	resp, err := c.client.Do(req)
	if err != nil {
		var policy *policyError
		if errors.As(err, &policy) {
			return nil, policy
		}
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, fmt.Errorf("no answer within %s", c.opts.Timeout)
		}
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody+1))
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, fmt.Errorf("no whole answer within %s", c.opts.Timeout)
		}
		return nil, err
	}
	if len(body) > maxBody {
		return nil, &policyError{fmt.Sprintf("the page is larger than %d MiB", maxBody>>20)}
	}
	return &response{url: resp.Request.URL.String(), status: resp.StatusCode, header: resp.Header, body: body}, nil
}

// retryAfter reads a Retry-After header: seconds, or an HTTP date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}
