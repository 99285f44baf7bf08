package fetch

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docs2go/docs2go/internal/fetch/fetchtest"
)

func TestName(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"https://docs.example.com/api/authenticate/loginByAccount", "api_authenticate_loginByAccount.html"},
		{"https://docs.example.com/api/authenticate/loginByAccount.html", "api_authenticate_loginByAccount.html"},
		{"https://docs.example.com/api/", "api_index.html"},
		{"https://docs.example.com/", "index.html"},
		{"https://docs.example.com", "index.html"},
		{"https://docs.example.com/api/v1.2/get%20player", "api_v1.2_get-player.html"},
		{"https://docs.example.com/.hidden/x?q=1#top", "hidden_x.html"},
	} {
		if got := Name(c.url); got != c.want {
			t.Errorf("Name(%q) = %q, want %q", c.url, got, c.want)
		}
	}
}

func TestFolder(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"https://d.example/api/auth/login", "https://d.example/api/auth/"},
		{"https://d.example/api/", "https://d.example/api/"},
		{"https://d.example/api?x=1#y", "https://d.example/"},
	} {
		if got := Folder(c.url); got != c.want {
			t.Errorf("Folder(%q) = %q, want %q", c.url, got, c.want)
		}
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		value string
		want  time.Duration
		ok    bool
	}{
		{"120", 2 * time.Minute, true},
		{" 0 ", 0, true},
		{"Tue, 01 Dec 2026 10:00:30 GMT", 30 * time.Second, true},
		{"Tue, 01 Dec 2026 09:00:00 GMT", 0, true},
		{"", 0, false},
		{"-1", 0, false},
		{"soon", 0, false},
	} {
		got, ok := retryAfter(c.value, now)
		if got != c.want || ok != c.ok {
			t.Errorf("retryAfter(%q) = %s, %v; want %s, %v", c.value, got, ok, c.want, c.ok)
		}
	}
}

func TestLinks(t *testing.T) {
	page := `<html><head><base href="/api/v2/"></head><body>
<a href="auth/login#request">login</a>
<a href="auth/login">again</a>
<a href="/api/v2/models?tab=2">models</a>
<a href="https://other.example/x">other</a>
<a href="mailto:support@example.com">mail</a>
<a href="#top">top</a>
<a name="no-href">anchor</a>
</body></html>`
	got := links("https://d.example/api/v2/index", []byte(page))
	want := []string{"https://d.example/api/v2/", "https://d.example/api/v2/auth/login", "https://d.example/api/v2/models", "https://other.example/x"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("links:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCrawlInterrupted: a crawl stopped midway returns the context's
// error; every page it saved is whole, no temporary file is left, and no
// manifest is written, so the next crawl asks for every page again.
func TestCrawlInterrupted(t *testing.T) {
	site := fetchtest.NewSite(t, "../../testdata/html/*.html")
	slow := "/reference/linkAccount"
	site.Slow(slow)
	site.Redirect("/robots.txt", "/elsewhere/robots.txt")
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	saved := 0
	_, err := Crawl(ctx, Options{
		Start: []string{site.URL + fetchtest.Index},
		Dir:   dir,
		Rate:  1000,
		Progress: func(ev Event) {
			if ev.Status == New {
				saved++
			}
			if saved == 2 {
				cancel()
			}
		},
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Crawl returned %v, want context.Canceled", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) < 2 {
		t.Fatalf("%d files saved, want 2 or more", len(entries))
	}
	for _, e := range entries {
		if e.Name() == ManifestName || strings.Contains(e.Name(), ".tmp") {
			t.Errorf("%s left behind", e.Name())
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(strings.TrimSpace(string(data)), "</html>") {
			t.Errorf("%s is not a whole page", e.Name())
		}
	}
	if n := fetchtest.Hits(site.Requests(), "/elsewhere/robots.txt"); n != 1 {
		t.Errorf("robots.txt's redirect out of the prefix was followed %d times, want 1", n)
	}
}
