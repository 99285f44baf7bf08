package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that records the failures Check reports.
type recorder struct {
	testing.TB
	failures []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.failures = append(r.failures, fmt.Sprintf(format, args...))
}

// TestCheck writes a golden file with update, compares with it, and
// removes it with an empty output.
func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.txt")
	r := &recorder{TB: t}
	Check(r, path, []byte("a\nb\n"), true)
	Check(r, path, []byte("a\nb\n"), false)
	if len(r.failures) > 0 {
		t.Fatalf("the output that was written differs: %q", r.failures)
	}
	Check(r, path, []byte("a\nc\n"), false)
	if len(r.failures) != 1 || !strings.Contains(r.failures[0], path+" differs") || !strings.Contains(r.failures[0], "a\nc\n") {
		t.Errorf("another output: failures %q", r.failures)
	}
	long := strings.Repeat("line\n", 2*maxShownLines)
	r.failures = nil
	Check(r, path, []byte(long), false)
	if len(r.failures) != 1 || strings.Count(r.failures[0], "line\n") > maxShownLines {
		t.Errorf("a long output is not clipped: %d lines shown", strings.Count(r.failures[0], "line\n"))
	}
	Check(r, path, nil, true)
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("an empty output left the file: %v", err)
	}
	r.failures = nil
	Check(r, path, nil, false)
	if len(r.failures) > 0 {
		t.Errorf("no file and no output: failures %q", r.failures)
	}
}

// TestFirstDiff shows the first line that differs with the lines around
// it, where a line differs and where one text ends first.
func TestFirstDiff(t *testing.T) {
	for _, tc := range []struct{ got, want, diff string }{
		{"a\nb", "a\nb", "(no difference)"},
		{"1\n2\n3\n4\n5\nX\n7\n8\n9\n10", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10", "line 6:\n--- got\n3\n4\n5\nX\n7\n8\n9\n--- want\n3\n4\n5\n6\n7\n8\n9"},
		{"a\nb", "a\nb\nc", "line 3:\n--- got\na\nb\n--- want\na\nb\nc"},
		{"x", "", "line 1:\n--- got\nx\n--- want\n"},
	} {
		if got := FirstDiff(tc.got, tc.want); got != tc.diff {
			t.Errorf("FirstDiff(%q, %q) =\n%s\nwant\n%s", tc.got, tc.want, got, tc.diff)
		}
	}
}
