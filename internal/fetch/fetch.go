// Package fetch crawls a vendor's documentation site into a folder of
// pages. From start URLs it follows the links that stay under a URL
// prefix, politely (robots.txt, a concurrency and a request rate limit, a
// timeout per request, retries with backoff on 429 and 5xx), and saves
// each page atomically under a name derived from its URL path. A manifest
// beside the pages makes the next crawl incremental: it sends conditional
// requests and rewrites only the pages whose bytes changed.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/docs2go/docs2go/internal/files"
)

// Defaults of Options.
const (
	DefaultConcurrency = 4
	DefaultRate        = 4 // requests per second
	DefaultTimeout     = 30 * time.Second
	DefaultRetries     = 3
	DefaultBackoff     = time.Second
	// maxBody bounds what one response may hold.
	maxBody = 32 << 20
)

// Options say what to crawl and how.
type Options struct {
	// Start are the URLs the crawl starts from.
	Start []string
	// Prefixes bound the crawl: a link is followed only when it starts
	// with one of them. Empty: the folder of each start URL.
	Prefixes []string
	// Dir is the folder the pages and the manifest are saved in.
	Dir string
	// Concurrency is how many requests may be in flight at once; Rate how
	// many may start per second; Timeout bounds each one. Zero values
	// take the defaults.
	Concurrency int
	Rate        float64
	Timeout     time.Duration
	// Retries is how many times a request answered 429 or 5xx, or that
	// failed in transit, is tried again; Backoff the first wait, doubled
	// at each try, unless the answer says how long with Retry-After.
	// Negative Retries: none.
	Retries int
	Backoff time.Duration
	// UserAgent names the crawler in every request.
	UserAgent string
	// Prune removes the saved pages that are gone from the site, when
	// no page failed.
	Prune bool
	// Skip, when not nil, says why an HTML page is not worth saving, or
	// "" to save it; its links are followed either way.
	Skip func(name string, body []byte) string
	// Progress, when not nil, is told of each URL as it is done, by one
	// goroutine at a time, in order.
	Progress func(Event)
	// Transport carries the requests; nil is http.DefaultTransport.
	Transport http.RoundTripper
}

// Status is what became of one URL.
type Status string

// The statuses of a URL.
const (
	New        Status = "new"        // saved for the first time
	Changed    Status = "changed"    // its bytes changed: rewritten
	Unchanged  Status = "unchanged"  // 304, or the same bytes: not written
	Skipped    Status = "skipped"    // not saved: see Note
	Disallowed Status = "disallowed" // robots.txt disallows it
	Gone       Status = "gone"       // saved before, no longer on the site
	Failed     Status = "failed"     // see Err
)

// Page is one URL of the crawl and what became of it.
type Page struct {
	URL    string
	Name   string // the file name under Dir, when it has one
	Status Status
	Note   string // why it was skipped
	Err    error  // why it failed
}

// Event tells of one URL done, and of the whole crawl so far.
type Event struct {
	Page
	Done, Total, Failures int
}

// Result is the outcome of a crawl.
type Result struct {
	// Pages lists every URL visited and every page gone, in URL order.
	Pages []Page
	// Pruned is true when the gone pages were removed.
	Pruned bool
}

// Count returns how many pages have the status.
func (r *Result) Count(s Status) int {
	n := 0
	for _, p := range r.Pages {
		if p.Status == s {
			n++
		}
	}
	return n
}

// Only returns the pages that have the status, in URL order.
func (r *Result) Only(s Status) []Page {
	var out []Page
	for _, p := range r.Pages {
		if p.Status == s {
			out = append(out, p)
		}
	}
	return out
}

// crawler is one crawl.
type crawler struct {
	opts     Options
	client   *http.Client
	limiter  *rate.Limiter
	manifest *Manifest
	robots   robotsCache

	wg       sync.WaitGroup
	sem      chan struct{}
	mu       sync.Mutex
	seen     map[string]bool
	names    map[string]string // file name -> URL
	pages    []Page
	entries  map[string]Entry // URL -> manifest entry, this crawl
	done     int
	failures int
}

// Crawl crawls the site as opts say. The error is about the crawl as a
// whole (a bad start URL, an unreadable manifest); each page's failure is
// in the Result.
func Crawl(ctx context.Context, opts Options) (*Result, error) {
	opts = withDefaults(opts)
	if len(opts.Start) == 0 {
		return nil, errors.New("no start URL")
	}
	var starts []string
	for _, s := range opts.Start {
		u, err := parseURL(s)
		if err != nil {
			return nil, err
		}
		starts = append(starts, u.String())
	}
	if len(opts.Prefixes) == 0 {
		for _, s := range starts {
			opts.Prefixes = append(opts.Prefixes, Folder(s))
		}
	}
	for i, p := range opts.Prefixes {
		u, err := parseURL(p)
		if err != nil {
			return nil, fmt.Errorf("prefix: %w", err)
		}
		opts.Prefixes[i] = u.String()
	}
	for _, s := range starts {
		if !within(s, opts.Prefixes) {
			return nil, fmt.Errorf("start URL %s is outside the prefix %s", s, strings.Join(opts.Prefixes, ", "))
		}
	}
	m, err := LoadManifest(opts.Dir)
	if err != nil {
		return nil, err
	}
	c := &crawler{
		opts:     opts,
		limiter:  rate.NewLimiter(rate.Limit(opts.Rate), 1),
		manifest: m,
		sem:      make(chan struct{}, opts.Concurrency),
		seen:     map[string]bool{},
		names:    map[string]string{},
		entries:  map[string]Entry{},
	}
	c.client = &http.Client{Transport: opts.Transport, CheckRedirect: c.checkRedirect}
	for _, s := range starts {
		c.enqueue(ctx, s)
	}
	c.wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return c.finish()
}

func withDefaults(o Options) Options {
	if o.Concurrency <= 0 {
		o.Concurrency = DefaultConcurrency
	}
	if o.Rate <= 0 {
		o.Rate = DefaultRate
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Retries == 0 {
		o.Retries = DefaultRetries
	}
	if o.Retries < 0 {
		o.Retries = 0
	}
	if o.Backoff <= 0 {
		o.Backoff = DefaultBackoff
	}
	if o.UserAgent == "" {
		o.UserAgent = "docs2go"
	}
	if o.Transport == nil {
		o.Transport = http.DefaultTransport
	}
	o.Prefixes = append([]string(nil), o.Prefixes...)
	return o
}

// parseURL parses an absolute http or https URL, without its fragment.
func parseURL(s string) (*url.URL, error) {
	u, err := url.Parse(s)
	if err != nil {
		return nil, err
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%q is not an http or https URL", s)
	}
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path = "/"
	}
	return u, nil
}

// Folder returns the URL up to the last slash of its path: the folder
// the page is in.
func Folder(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return s
	}
	u.RawQuery, u.Fragment, u.RawFragment = "", "", ""
	u.Path = u.Path[:strings.LastIndex(u.Path, "/")+1]
	u.RawPath = ""
	return u.String()
}

func within(u string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(u, p) {
			return true
		}
	}
	return false
}

// enqueue visits u, once, when a worker is free.
func (c *crawler) enqueue(ctx context.Context, u string) {
	c.mu.Lock()
	if c.seen[u] {
		c.mu.Unlock()
		return
	}
	c.seen[u] = true
	c.mu.Unlock()
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		select {
		case c.sem <- struct{}{}:
		case <-ctx.Done():
			return
		}
		p := c.visit(ctx, u)
		<-c.sem
		if ctx.Err() == nil {
			c.record(p)
		}
	}()
}

// record adds p to the result and reports it.
func (c *crawler) record(p Page) {
	c.mu.Lock()
	c.pages = append(c.pages, p)
	c.done++
	if p.Status == Failed {
		c.failures++
	}
	if c.opts.Progress != nil {
		c.opts.Progress(Event{Page: p, Done: c.done, Total: len(c.seen), Failures: c.failures})
	}
	c.mu.Unlock()
}

// visit fetches u, follows its links and saves it.
func (c *crawler) visit(ctx context.Context, u string) Page {
	p := Page{URL: u}
	allowed, err := c.robots.allows(ctx, c, u)
	if err != nil {
		p.Status, p.Err = Failed, err
		return p
	}
	if !allowed {
		p.Status = Disallowed
		return p
	}
	prev, hasPrev := c.manifest.byURL(u)
	header := http.Header{}
	if hasPrev {
		if _, err := os.Stat(filepath.Join(c.opts.Dir, prev.Name)); err == nil {
			if prev.ETag != "" {
				header.Set("If-None-Match", prev.ETag)
			}
			if prev.LastModified != "" {
				header.Set("If-Modified-Since", prev.LastModified)
			}
		}
	}
	resp, err := c.get(ctx, u, header)
	if err != nil {
		p.Status, p.Err = Failed, err
		return p
	}
	final := resp.url
	if final != u {
		c.mu.Lock()
		dup := c.seen[final]
		c.seen[final] = true
		c.mu.Unlock()
		if dup {
			p.Status, p.Note = Skipped, "redirects to "+final+", visited already"
			return p
		}
		p.URL = final
		prev, hasPrev = c.manifest.byURL(final)
	}
	var body []byte
	switch {
	case resp.status == http.StatusNotModified && hasPrev:
		if body, err = os.ReadFile(filepath.Join(c.opts.Dir, prev.Name)); err != nil {
			p.Status, p.Err = Failed, err
			return p
		}
		p.Name, p.Status = prev.Name, Unchanged
		c.follow(ctx, final, body)
		c.keepEntry(prev)
		return p
	case (resp.status == http.StatusNotFound || resp.status == http.StatusGone) && hasPrev:
		p.Name, p.Status = prev.Name, Gone
		return p
	case resp.status != http.StatusOK:
		status := strings.TrimSpace(fmt.Sprintf("%d %s", resp.status, http.StatusText(resp.status)))
		p.Status, p.Err = Failed, errors.New(status+resp.tries())
		return p
	}
	if !isHTML(resp.header.Get("Content-Type")) {
		p.Status, p.Note = Skipped, "not HTML ("+resp.header.Get("Content-Type")+")"
		return p
	}
	body = resp.body
	c.follow(ctx, final, body)
	name := Name(final)
	c.mu.Lock()
	other, taken := c.names[name]
	if !taken {
		c.names[name] = final
	}
	c.mu.Unlock()
	if taken {
		p.Status, p.Note = Skipped, "its file name "+name+" is "+other+"'s"
		return p
	}
	if c.opts.Skip != nil {
		if why := c.opts.Skip(name, body); why != "" {
			p.Status, p.Note = Skipped, why
			return p
		}
	}
	p.Name = name
	path := filepath.Join(c.opts.Dir, name)
	_, statErr := os.Stat(path)
	wrote, err := files.WriteFile(path, body)
	if err != nil {
		p.Status, p.Err = Failed, err
		return p
	}
	switch {
	case statErr != nil:
		p.Status = New
	case wrote:
		p.Status = Changed
	default:
		p.Status = Unchanged
	}
	c.keepEntry(Entry{URL: final, Name: name, ETag: resp.header.Get("ETag"), LastModified: resp.header.Get("Last-Modified")})
	return p
}

func isHTML(contentType string) bool {
	ct, _, _ := strings.Cut(contentType, ";")
	ct = strings.TrimSpace(strings.ToLower(ct))
	return ct == "text/html" || ct == "application/xhtml+xml" || ct == ""
}

// follow enqueues the links of a page that stay within the prefix.
func (c *crawler) follow(ctx context.Context, base string, body []byte) {
	for _, l := range links(base, body) {
		if within(l, c.opts.Prefixes) {
			c.enqueue(ctx, l)
		}
	}
}

func (c *crawler) keepEntry(e Entry) {
	c.mu.Lock()
	c.entries[e.URL] = e
	c.mu.Unlock()
}

// finish works out the pages gone, prunes them when asked, and writes the
// manifest.
func (c *crawler) finish() (*Result, error) {
	res := &Result{}
	failed := map[string]bool{}
	for _, p := range c.pages {
		if p.Status == Failed {
			failed[p.URL] = true
		}
	}
	next := &Manifest{}
	var gone []Entry
	for _, e := range c.manifest.Pages {
		if _, ok := c.entries[e.URL]; ok {
			continue
		}
		if failed[e.URL] {
			next.Pages = append(next.Pages, e)
			continue
		}
		gone = append(gone, e)
	}
	for _, e := range c.entries {
		next.Pages = append(next.Pages, e)
	}
	res.Pruned = c.opts.Prune && len(failed) == 0
	visited := map[string]bool{}
	for _, p := range c.pages {
		visited[p.URL] = true
	}
	for _, e := range gone {
		if res.Pruned {
			if err := os.Remove(filepath.Join(c.opts.Dir, e.Name)); err != nil && !errors.Is(err, os.ErrNotExist) {
				return nil, err
			}
		} else {
			next.Pages = append(next.Pages, e)
		}
		if !visited[e.URL] {
			c.pages = append(c.pages, Page{URL: e.URL, Name: e.Name, Status: Gone})
		}
	}
	if err := next.Save(c.opts.Dir); err != nil {
		return nil, err
	}
	sort.Slice(c.pages, func(i, j int) bool { return c.pages[i].URL < c.pages[j].URL })
	res.Pages = c.pages
	return res, nil
}
