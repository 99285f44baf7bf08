// Package fetchtest serves a replica of a vendor's documentation site on
// a loopback port, for the tests of docs2go fetch: the HTML fixtures as
// reference pages under /reference/, each with a sidebar that links every
// page, an index page that documents no endpoint, and answers that
// misbehave on purpose where a test asks; or a site's pages as its site
// generator serves them, sidebar and index included.
package fetchtest

import (
	"crypto/sha256"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// Prefix is the folder of the reference pages; Index is the index page.
const (
	Prefix = "/reference/"
	Index  = Prefix
)

// Answer is one misbehaving answer a path gives before its page.
type Answer struct {
	Status int
	Header map[string]string
}

// Site is the replica site.
type Site struct {
	*httptest.Server

	mu sync.Mutex
	// pages: path -> the page's article, without the sidebar.
	pages map[string]string
	// extra are links the sidebar lists besides the pages.
	extra []string
	// queued are the answers each path gives, in turn, before its page.
	queued map[string][]Answer
	// slow paths answer after the request's context ends.
	slow map[string]bool
	// redirects: path -> where it redirects to.
	redirects map[string]string
	robots    string
	requests  []Request
	// index, when not empty, is the index page, served as it is.
	index string
}

// Request is one request the site received.
type Request struct {
	Path                         string
	UserAgent                    string
	IfNoneMatch, IfModifiedSince string
	At                           time.Time
}

// sidebar matches the sidebar of a fixture page.
var sidebar = regexp.MustCompile(`(?s)<aside class="sidebar">.*?</aside>`)

// title matches the page's title, which names its path.
var title = regexp.MustCompile(`<title>([A-Za-z0-9]+)`)

// NewSite serves the HTML files that pattern matches (filepath.Glob),
// each at /reference/ and the name its title starts with; it is closed
// when the test ends.
func NewSite(tb testing.TB, pattern string) *Site {
	tb.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil || len(paths) == 0 {
		tb.Fatalf("the HTML fixtures %s: %v", pattern, err)
	}
	s := &Site{
		pages:     map[string]string{},
		queued:    map[string][]Answer{},
		slow:      map[string]bool{},
		redirects: map[string]string{},
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		m := title.FindSubmatch(data)
		if m == nil {
			tb.Fatalf("%s has no title", p)
		}
		s.pages[Prefix+string(m[1])] = string(data)
	}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	tb.Cleanup(s.Close)
	return s
}

// NewSiteDir serves the pages of a site generator's replica in dir as
// they are, each at /reference/ and its file name without .html, and
// index.html at /reference/: the pages link each other as that site's
// sidebar does. It is closed when the test ends.
func NewSiteDir(tb testing.TB, dir string) *Site {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("the pages of %s: %v", dir, err)
	}
	s := &Site{
		pages:     map[string]string{},
		queued:    map[string][]Answer{},
		slow:      map[string]bool{},
		redirects: map[string]string{},
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(p), ".html")
		if name == "index" {
			s.index = string(data)
			continue
		}
		s.pages[Prefix+name] = string(data)
	}
	if s.index == "" {
		tb.Fatalf("%s has no index.html", dir)
	}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	tb.Cleanup(s.Close)
	return s
}

// Paths lists the paths of the reference pages, in order.
func (s *Site) Paths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for p := range s.pages {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// Set serves page at path, in place of what it served.
func (s *Site) Set(path, page string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = page
}

// Page returns the page served at path.
func (s *Site) Page(path string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pages[path]
}

// Remove stops serving the page at path: it answers 404, and the sidebar
// no longer lists it.
func (s *Site) Remove(path string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.pages, path)
}

// Link adds a link to the sidebar.
func (s *Site) Link(href string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.extra = append(s.extra, href)
}

// Queue makes path give these answers, one a request, before its page.
func (s *Site) Queue(path string, answers ...Answer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.queued[path] = append(s.queued[path], answers...)
}

// Slow makes path answer only after the client gave up.
func (s *Site) Slow(path string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.slow[path] = true
}

// Redirect makes from redirect to to.
func (s *Site) Redirect(from, to string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.redirects[from] = to
}

// Robots serves robots.txt; without it, robots.txt is 404.
func (s *Site) Robots(text string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.robots = text
}

// Requests returns the requests received so far, and forgets them.
func (s *Site) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.requests
	s.requests = nil
	return out
}

// Hits counts the requests of path among reqs.
func Hits(reqs []Request, path string) int {
	n := 0
	for _, r := range reqs {
		if r.Path == path {
			n++
		}
	}
	return n
}

// lastModified is when every page last changed, as the site says.
var lastModified = time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC)

func (s *Site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.requests = append(s.requests, Request{
		Path: r.URL.Path, UserAgent: r.UserAgent(),
		IfNoneMatch: r.Header.Get("If-None-Match"), IfModifiedSince: r.Header.Get("If-Modified-Since"),
		At: time.Now(),
	})
	var answer *Answer
	if q := s.queued[r.URL.Path]; len(q) > 0 {
		answer = &q[0]
		s.queued[r.URL.Path] = q[1:]
	}
	slow, to, robots := s.slow[r.URL.Path], s.redirects[r.URL.Path], s.robots
	page, ok := s.pages[r.URL.Path]
	if ok {
		page = sidebar.ReplaceAllLiteralString(page, s.sidebarLocked())
	}
	if r.URL.Path == Index {
		page, ok = s.indexLocked(), true
		if s.index != "" {
			page = s.index
		}
	}
	s.mu.Unlock()
	switch {
	case answer != nil:
		for k, v := range answer.Header {
			w.Header().Set(k, v)
		}
		http.Error(w, http.StatusText(answer.Status), answer.Status)
		return
	case slow:
		<-r.Context().Done()
		return
	case to != "":
		http.Redirect(w, r, to, http.StatusFound)
		return
	case r.URL.Path == "/robots.txt" && robots != "":
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, robots)
		return
	case !ok:
		http.NotFound(w, r)
		return
	}
	sum := sha256.Sum256([]byte(page))
	etag := fmt.Sprintf(`"%x"`, sum[:8])
	w.Header().Set("ETag", etag)
	w.Header().Set("Last-Modified", lastModified.Format(http.TimeFormat))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	fmt.Fprint(w, page)
}

// sidebarLocked is the sidebar of every page: a link to each page, and
// the extra links.
func (s *Site) sidebarLocked() string {
	var b strings.Builder
	b.WriteString("<aside class=\"sidebar\">\n<nav class=\"sidebar-nav\" aria-label=\"API reference\">\n<h4>Reference</h4>\n<ul>\n")
	var paths []string
	for p := range s.pages {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range append(paths, s.extra...) {
		fmt.Fprintf(&b, "  <li><a href=\"%s\">%s</a></li>\n", p, strings.TrimPrefix(p, Prefix))
	}
	b.WriteString("</ul>\n</nav>\n</aside>")
	return b.String()
}

// indexLocked is the index page: an overview and the sidebar, and no
// endpoint.
func (s *Site) indexLocked() string {
	return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>API Reference</title></head>\n<body>\n" +
		s.sidebarLocked() + "\n<main><h1>API Reference</h1>\n<p>Every operation of the API, by service. Start with <a href=\"linkAccount#overview\">linkAccount</a>.</p>\n" +
		"<p>See also the <a href=\"/docs/\">guides</a>.</p></main>\n</body>\n</html>\n"
}
