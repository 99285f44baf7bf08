// Package golden is the comparison of a test's output with its golden
// file under testdata, which the test's -update flag rewrites instead, and
// the showing of where two texts a test compares differ.
package golden

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"
)

// maxShownLines is how many lines of each side a difference shows.
const maxShownLines = 40

// Check compares got with the file at path, or rewrites the file with got
// when update is set (the test's -update). An empty got means the file
// must not exist.
func Check(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	if update {
		if len(got) == 0 {
			os.Remove(path)
			return
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (run go test -update to rewrite it after review)\n--- got\n%s\n--- want\n%s", path, clip(got), clip(want))
	}
}

// clip is b's first maxShownLines lines.
func clip(b []byte) string {
	lines := strings.SplitN(string(b), "\n", maxShownLines+1)
	if len(lines) > maxShownLines {
		lines = append(lines[:maxShownLines], "…")
	}
	return strings.Join(lines, "\n")
}

// diffContext is how many lines FirstDiff shows around the first line
// that differs, on each side of it.
const diffContext = 3

// FirstDiff shows where got and want first differ: the number of that
// line, then that line of each with the lines around it.
func FirstDiff(got, want string) string {
	if got == want {
		return "(no difference)"
	}
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	around := func(lines []string) string {
		return strings.Join(lines[min(len(lines), max(0, i-diffContext)):min(len(lines), i+diffContext+1)], "\n")
	}
	return "line " + strconv.Itoa(i+1) + ":\n--- got\n" + around(g) + "\n--- want\n" + around(w)
}
