package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/docs2go/docs2go/internal/fetch"
	"github.com/docs2go/docs2go/internal/fetch/fetchtest"
)

// fixtures are the HTML pages the replica site serves.
const fixtures = "../../testdata/html/*.html"

// fastFlags keep a test's waits short: retries after 10ms, not 1s.
var fastFlags = []string{"--backoff", "10ms", "--rate", "1000"}

// fetchSite runs docs2go fetch of the replica's index into dir.
func fetchSite(site *fetchtest.Site, dir string, extra ...string) (code int, stdout, stderr string) {
	args := append([]string{"fetch", site.URL + fetchtest.Index, "-o", dir}, fastFlags...)
	return run(append(args, extra...)...)
}

// saved lists the files of dir.
func saved(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// pageFile is the file name fetch saves a replica path under.
func pageFile(path string) string {
	return "reference_" + strings.TrimPrefix(path, fetchtest.Prefix) + ".html"
}

// wantFiles are the files of a fetch of every page of the site.
func wantFiles(site *fetchtest.Site) []string {
	want := []string{fetch.ManifestName}
	for _, p := range site.Paths() {
		want = append(want, pageFile(p))
	}
	sort.Strings(want)
	return want
}

func manifestOf(t *testing.T, dir string) fetch.Manifest {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, fetch.ManifestName))
	if err != nil {
		t.Fatal(err)
	}
	var m fetch.Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func modTimes(t *testing.T, dir string) map[string]time.Time {
	t.Helper()
	out := map[string]time.Time{}
	for _, name := range saved(t, dir) {
		info, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		out[name] = info.ModTime()
	}
	return out
}

func sameList(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n%s\nwant:\n%s", what, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func mustContain(t *testing.T, what, text string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(text, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, text)
		}
	}
}

// TestFetch crawls the replica site, then again: the second run asks
// whether each page changed and writes nothing; a page changed and a page
// gone are then reported, and the gone page removed only with --prune.
// robots.txt, the prefix and the index page bound what is saved.
func TestFetch(t *testing.T) {
	site := fetchtest.NewSite(t, fixtures)
	site.Robots("User-agent: *\nDisallow: /reference/private/\n")
	site.Link("/reference/private/notes")
	site.Link("/outside/page")
	site.Link("https://elsewhere.example/reference/x")
	dir := filepath.Join(t.TempDir(), "pages")

	code, stdout, stderr := fetchSite(site, dir)
	if code != ExitOK {
		t.Fatalf("fetch exited %d:\n%s", code, stderr)
	}
	if stdout != "" {
		t.Errorf("fetch wrote on stdout: %s", stdout)
	}
	sameList(t, "saved", saved(t, dir), wantFiles(site))
	for _, p := range site.Paths() {
		data, err := os.ReadFile(filepath.Join(dir, pageFile(p)))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), "<aside class=\"sidebar\">") || !strings.Contains(string(data), "/reference/private/notes") {
			t.Errorf("%s is not the page the site serves", pageFile(p))
		}
	}
	n := len(site.Paths())
	mustContain(t, "stderr", stderr,
		"new "+site.URL+"/reference/linkAccount → reference_linkAccount.html\n",
		"skipped "+site.URL+"/reference/: documents no endpoint\n",
		"disallowed "+site.URL+"/reference/private/notes\n",
		fmt.Sprintf("fetch: %d pages: 0 changed, 0 unchanged, %d new, 0 gone, 0 failed, 1 not saved, 1 disallowed by robots.txt\n", n, n))
	reqs := site.Requests()
	for _, path := range []string{"/reference/private/notes", "/outside/page", "/reference/x"} {
		if fetchtest.Hits(reqs, path) != 0 {
			t.Errorf("fetch requested %s", path)
		}
	}
	for _, r := range reqs {
		if !strings.HasPrefix(r.UserAgent, "docs2go/") {
			t.Errorf("User-Agent %q does not name docs2go", r.UserAgent)
		}
	}
	m := manifestOf(t, dir)
	if len(m.Pages) != n {
		t.Fatalf("the manifest lists %d pages, want %d", len(m.Pages), n)
	}
	for _, e := range m.Pages {
		if e.ETag == "" || e.LastModified == "" || !strings.HasPrefix(e.URL, site.URL+"/reference/") {
			t.Errorf("manifest entry %+v", e)
		}
	}

	// What fetch saves, parse reads.
	if code, _, stderr := run("parse", "--name", "gearn", dir); code != ExitOK {
		t.Fatalf("parse of the fetched pages exited %d:\n%s", code, stderr)
	}

	// Nothing changed: conditional requests, nothing written.
	before := modTimes(t, dir)
	code, _, stderr = fetchSite(site, dir)
	if code != ExitOK {
		t.Fatalf("second fetch exited %d:\n%s", code, stderr)
	}
	mustContain(t, "stderr", stderr, fmt.Sprintf("fetch: %d pages: 0 changed, %d unchanged, 0 new, 0 gone, 0 failed", n, n))
	reqs = site.Requests()
	for _, p := range site.Paths() {
		conditional := false
		for _, r := range reqs {
			if r.Path == p && r.IfNoneMatch != "" && r.IfModifiedSince != "" {
				conditional = true
			}
		}
		if !conditional {
			t.Errorf("the second fetch asked for %s without If-None-Match and If-Modified-Since", p)
		}
	}
	for name, mt := range modTimes(t, dir) {
		if !mt.Equal(before[name]) {
			t.Errorf("the second fetch rewrote %s", name)
		}
	}

	// One page changes: it alone is rewritten.
	changed := "/reference/linkAccount"
	site.Set(changed, strings.Replace(site.Page(changed), "</article>", "<p>Changed.</p></article>", 1))
	before = modTimes(t, dir)
	code, _, stderr = fetchSite(site, dir)
	if code != ExitOK {
		t.Fatalf("third fetch exited %d:\n%s", code, stderr)
	}
	mustContain(t, "stderr", stderr,
		"changed "+site.URL+changed+" → "+pageFile(changed)+"\n",
		fmt.Sprintf("fetch: %d pages: 1 changed, %d unchanged, 0 new, 0 gone, 0 failed", n, n-1))
	data, err := os.ReadFile(filepath.Join(dir, pageFile(changed)))
	if err != nil || !strings.Contains(string(data), "<p>Changed.</p>") {
		t.Errorf("%s was not rewritten: %v", pageFile(changed), err)
	}
	for name, mt := range modTimes(t, dir) {
		if name != pageFile(changed) && name != fetch.ManifestName && !mt.Equal(before[name]) {
			t.Errorf("the third fetch rewrote %s, which did not change", name)
		}
	}

	// One page disappears, and with it its link in every sidebar: it is
	// reported gone, and kept.
	gone := "/reference/getPlayerCurrency"
	site.Remove(gone)
	code, _, stderr = fetchSite(site, dir)
	if code != ExitOK {
		t.Fatalf("fourth fetch exited %d:\n%s", code, stderr)
	}
	mustContain(t, "stderr", stderr,
		"gone: "+pageFile(gone)+" ("+site.URL+gone+"): kept (--prune removes it)\n",
		fmt.Sprintf("fetch: %d pages: %d changed, 0 unchanged, 0 new, 1 gone, 0 failed", n-1, n-1))
	withGone := append(wantFiles(site), pageFile(gone))
	sort.Strings(withGone)
	sameList(t, "saved without --prune", saved(t, dir), withGone)

	code, _, stderr = fetchSite(site, dir, "--prune")
	if code != ExitOK {
		t.Fatalf("fetch --prune exited %d:\n%s", code, stderr)
	}
	mustContain(t, "stderr", stderr, "gone: "+pageFile(gone)+" ("+site.URL+gone+"): removed\n")
	sameList(t, "saved with --prune", saved(t, dir), wantFiles(site))
	if len(manifestOf(t, dir).Pages) != n-1 {
		t.Errorf("the manifest still lists the gone page")
	}
}

// TestFetchRetries: a 429 is tried again after its Retry-After, a 503
// after a backoff; both pages are then saved.
func TestFetchRetries(t *testing.T) {
	site := fetchtest.NewSite(t, fixtures)
	busy, flaky := "/reference/linkAccount", "/reference/unlinkCustomId"
	site.Queue(busy, fetchtest.Answer{Status: 429, Header: map[string]string{"Retry-After": "1"}})
	site.Queue(flaky, fetchtest.Answer{Status: 503}, fetchtest.Answer{Status: 503})
	dir := t.TempDir()
	code, _, stderr := fetchSite(site, dir)
	if code != ExitOK {
		t.Fatalf("fetch exited %d:\n%s", code, stderr)
	}
	sameList(t, "saved", saved(t, dir), wantFiles(site))
	n := len(site.Paths())
	mustContain(t, "stderr", stderr, fmt.Sprintf("fetch: %d pages: 0 changed, 0 unchanged, %d new, 0 gone, 0 failed", n, n))
	reqs := site.Requests()
	if n := fetchtest.Hits(reqs, busy); n != 2 {
		t.Errorf("%s requested %d times, want 2", busy, n)
	}
	if n := fetchtest.Hits(reqs, flaky); n != 3 {
		t.Errorf("%s requested %d times, want 3", flaky, n)
	}
	var at []time.Time
	for _, r := range reqs {
		if r.Path == busy {
			at = append(at, r.At)
		}
	}
	if len(at) == 2 && at[1].Sub(at[0]) < 900*time.Millisecond {
		t.Errorf("%s was tried again after %s, before its Retry-After of 1s", busy, at[1].Sub(at[0]))
	}
}

// TestFetchFailures: a page slower than the timeout, a page that stays
// 503, a redirect loop, a redirect out of the prefix and a broken link
// fail, each named, and fetch exits 1; the other pages are saved.
func TestFetchFailures(t *testing.T) {
	site := fetchtest.NewSite(t, fixtures)
	slow, down := "/reference/linkAccount", "/reference/unlinkCustomId"
	site.Slow(slow)
	site.Queue(down, fetchtest.Answer{Status: 503}, fetchtest.Answer{Status: 503})
	site.Redirect("/reference/loop", "/reference/loop2")
	site.Redirect("/reference/loop2", "/reference/loop")
	site.Redirect("/reference/away", "/outside/page")
	site.Link("/reference/loop")
	site.Link("/reference/away")
	site.Link("/reference/missing")
	dir := t.TempDir()
	// A timeout of 1s: short, but long enough for the other pages on a
	// loaded machine, as for the redirect loop's three requests.
	code, _, stderr := fetchSite(site, dir, "--timeout", "1s", "--retries", "1")
	if code != ExitInput {
		t.Fatalf("fetch exited %d, want %d:\n%s", code, ExitInput, stderr)
	}
	mustContain(t, "stderr", stderr,
		fmt.Sprintf("fetch: %d pages: 0 changed, 0 unchanged, %d new, 0 gone, 5 failed", len(site.Paths())-2, len(site.Paths())-2),
		"docs2go: fetch: 5 pages failed:\n",
		"docs2go: "+site.URL+"/reference/missing: 404 Not Found\n",
		"docs2go: "+site.URL+slow+": no answer within 1s (after 2 tries)\n",
		"docs2go: "+site.URL+down+": 503 Service Unavailable (after 2 tries)\n",
		"docs2go: "+site.URL+"/reference/loop: redirect loop: "+site.URL+"/reference/loop → "+site.URL+"/reference/loop2 → "+site.URL+"/reference/loop\n",
		"docs2go: "+site.URL+"/reference/away: redirected out of the prefix, to "+site.URL+"/outside/page\n")
	var want []string
	for _, name := range wantFiles(site) {
		if name != pageFile(slow) && name != pageFile(down) {
			want = append(want, name)
		}
	}
	sameList(t, "saved", saved(t, dir), want)
	if n := fetchtest.Hits(site.Requests(), "/outside/page"); n != 0 {
		t.Errorf("fetch followed a redirect out of the prefix")
	}
}
