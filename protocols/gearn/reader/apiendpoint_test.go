package reader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIsAPIEndpoint holds isAPIEndpoint to the patterns it tries, on
// endpoint lines, near misses, and every line of the test pages.
func TestIsAPIEndpoint(t *testing.T) {
	longWay := func(l string) bool {
		return startsSection(l) && endpointRe.MatchString(l) && apiPathRe.MatchString(endpointRe.FindStringSubmatch(l)[2])
	}
	lines := []string{"", "POST /api/rJson/authenticate/client/loginByiOSDeviceId", "`POST` `/api/a/b`", "POST https://x.io/api/a/b HTTP/1.1",
		"POST /api/a", "GET /v1/a/b", "POST", "POST api/a/b", "Parameter object used to control behavior"}
	files, err := filepath.Glob("../../../testdata/*/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, l := range strings.Split(string(data), "\n") {
			lines = append(lines, l, strings.TrimSpace(l))
		}
	}
	endpoints := 0
	for _, l := range lines {
		got, want := isAPIEndpoint(l), longWay(l)
		if got != want {
			t.Errorf("isAPIEndpoint(%q) = %v, the patterns %v", l, got, want)
		}
		if got {
			endpoints++
		}
	}
	if endpoints < 10 {
		t.Fatalf("only %d endpoint lines tried", endpoints)
	}
}
