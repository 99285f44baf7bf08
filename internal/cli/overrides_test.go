package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParseOverrides runs parse --overrides: a fix applies and is
// reported, a stale fix and a broken file fail with their line.
func TestParseOverrides(t *testing.T) {
	page := "../../testdata/pages/101_linkCustomId.txt"
	dir := t.TempDir()
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	fix := write("fix.yaml", "fixes:\n  - operation: linkCustomId\n    role: client\n    field: customId\n    maxLength: 64\n")
	stale := write("stale.yaml", "fixes:\n  - operation: linkCustomId\n    field: customID\n    maxLength: 64\n")
	broken := write("broken.yaml", "fixes:\n  - operation: linkCustomId\n    field: customId\n    maxLenght: 64\n")

	code, stdout, stderr := run("parse", "--name", "gearn", "--overrides", fix, page)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if want := "override: " + fix + ":2: fixed field customId of linkCustomId's client body: maxLength 32 → 64"; !strings.Contains(stderr, want) {
		t.Errorf("stderr does not report the fix %q:\n%s", want, stderr)
	}
	if !strings.Contains(stdout, "maxLength: 64") {
		t.Errorf("the schema does not hold the fix:\n%s", stdout)
	}

	for _, tc := range []struct{ file, stderr string }{
		{stale, stale + ":2: stale override: none of linkCustomId's client body, linkCustomId's server body, linkCustomId's admin body has a field customID"},
		{broken, broken + ":4: unknown key \"maxLenght\""},
	} {
		code, stdout, stderr := run("parse", "--overrides", tc.file, page)
		if code != ExitInput || stdout != "" || !strings.Contains(stderr, tc.stderr) {
			t.Errorf("parse --overrides %s: exit %d, stdout %d bytes, stderr:\n%s\nwant exit %d, no schema and %q", tc.file, code, len(stdout), stderr, ExitInput, tc.stderr)
		}
	}
}
