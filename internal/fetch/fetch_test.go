package fetch

import (
	"strings"
	"testing"
	"time"
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
