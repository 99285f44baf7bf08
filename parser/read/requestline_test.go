package read

import "testing"

func TestBrokenRequestLine(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  string
		n     int
	}{
		{"three lines", []string{"GET", "/service/v5/stamprally/progress?playerId=1&region=busan", "HTTP/1.1", "Host: x"}, "GET /service/v5/stamprally/progress?playerId=1&region=busan HTTP/1.1", 3},
		{"version on its own line", []string{"POST /api/rJson/guild/join", "HTTP/1.1"}, "POST /api/rJson/guild/join HTTP/1.1", 2},
		{"method on its own line", []string{"DELETE", "/member/7 HTTP/1.0"}, "DELETE /member/7 HTTP/1.0", 2},
		{"whole on one line", []string{"GET /a HTTP/1.1", "HTTP/1.1"}, "", 0},
		{"no version", []string{"GET", "/guild/join", "Host: x"}, "", 0},
		{"a method and a path heading", []string{"GET", "/guild/join"}, "", 0},
		{"prose", []string{"Call it with", "/guild/join HTTP/1.1"}, "", 0},
		{"an empty line between", []string{"GET", "", "/a HTTP/1.1"}, "", 0},
		{"one line", []string{"GET"}, "", 0},
		{"lowercase method", []string{"get", "/a", "HTTP/1.1"}, "", 0},
	} {
		got, n := BrokenRequestLine(c.lines)
		if got != c.want || n != c.n {
			t.Errorf("%s: BrokenRequestLine(%q) = %q, %d; want %q, %d", c.name, c.lines, got, n, c.want, c.n)
		}
	}
}

func FuzzBrokenRequestLine(f *testing.F) {
	f.Add("GET", "/service/v5/stamprally/progress?playerId=1", "HTTP/1.1")
	f.Add("POST /a", "HTTP/1.1", "")
	f.Add("PUT", "/a HTTP/2", "Host: x")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		lines := []string{a, b, c}
		got, n := BrokenRequestLine(lines)
		if n == 0 {
			if got != "" {
				t.Fatalf("joined %q of no line", got)
			}
			return
		}
		if n < 2 || n > 3 || !brokenRequestRe.MatchString(got) {
			t.Fatalf("BrokenRequestLine(%q) = %q, %d", lines, got, n)
		}
	})
}
