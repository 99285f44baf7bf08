//go:build linux

package files

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestInterruptedApply runs Apply in a child process whose files may not
// grow past 4 KiB, as on a full disk: writing the big file fails half way.
// The file it was replacing still holds its old bytes whole, the files
// after it are untouched, and no temporary file is left.
func TestInterruptedApply(t *testing.T) {
	const limit = 4096
	if dir := os.Getenv("DOCS2GO_INTERRUPT_DIR"); dir != "" {
		if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: limit, Max: limit}); err != nil {
			t.Fatal(err)
		}
		p, err := NewPlan(dir, map[string][]byte{
			"a.go": gen("// a, new\n"),
			"b.go": gen(strings.Repeat("// b, new and too big\n", 1000)),
			"c.go": gen("// c, new\n"),
		})
		if err != nil {
			t.Fatal(err)
		}
		written, _, err := p.Apply()
		if err == nil {
			t.Fatalf("Apply succeeded past the size limit: wrote %v", written)
		}
		t.Logf("Apply failed as it should: %v", err)
		return
	}

	olds := map[string][]byte{
		"a.go":     gen("// a, old\n"),
		"b.go":     gen("// b, old\n"),
		"c.go":     gen("// c, old\n"),
		"stale.go": gen("// stale\n"),
	}
	dir, _ := setup(t, olds)
	cmd := exec.Command(os.Args[0], "-test.run=^TestInterruptedApply$", "-test.v")
	cmd.Env = append(os.Environ(), "DOCS2GO_INTERRUPT_DIR="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "Apply failed as it should") {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if a, _ := os.ReadFile(filepath.Join(dir, "a.go")); string(a) != string(gen("// a, new\n")) {
		t.Errorf("a.go, written before the failure, holds %q", a)
	}
	for _, name := range []string{"b.go", "c.go", "stale.go"} {
		if got, _ := os.ReadFile(filepath.Join(dir, name)); string(got) != string(olds[name]) {
			t.Errorf("%s holds %d bytes starting %.60q, want its old %d bytes", name, len(got), got, len(olds[name]))
		}
	}
	assertNoTemp(t, dir)
}
