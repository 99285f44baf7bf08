package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpenAPI exports the committed GearN schema, given as an argument and
// through the config: both are the document the openapi package's golden
// test pins.
func TestOpenAPI(t *testing.T) {
	f := newRepo(t, sampleConfig)
	want := f.read(filepath.Join(f.testdata, "openapi", "gearn", "openapi.yaml"))
	f.write("specs/gearn.yaml", f.spec)

	code, stdout, stderr := run("openapi", "--api-version", "1.0.0")
	if code != ExitOK || stdout != string(want) {
		t.Errorf("openapi from the config: exit %d, stderr %s; the document differs from testdata/openapi/gearn/openapi.yaml: %v", code, stderr, stdout != string(want))
	}
	os.Remove("docs2go.yaml")
	code, stdout, stderr = run("openapi", "specs/gearn.yaml", "--api-version", "1.0.0", "-o", "api/gearn.yaml")
	if code != ExitOK || stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %s", code, stdout, stderr)
	}
	if got := f.read("api/gearn.yaml"); !bytes.Equal(got, want) {
		t.Error("openapi -o wrote another document")
	}
	if code, stdout, _ := run("openapi", "specs/gearn.yaml"); code != ExitOK || !strings.Contains(stdout, "\n  version: 0.0.0\n") {
		t.Errorf("without --api-version: exit %d", code)
	}

	for _, tc := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"openapi"}, ExitUsage, "docs2go: openapi: no docs2go.yaml here: give a SCHEMA, or write a docs2go.yaml (see docs2go help config)\n"},
		{[]string{"openapi", "a.yaml", "b.yaml"}, ExitUsage, "docs2go: openapi: accepts at most 1 arg(s), received 2 (want at most one schema file)\n"},
		{[]string{"openapi", "absent.yaml"}, ExitInput, "docs2go: open absent.yaml: no such file or directory\n"},
	} {
		code, _, stderr := run(tc.args...)
		if code != tc.code || stderr != tc.stderr {
			t.Errorf("%v: exit %d, stderr %q\nwant exit %d, stderr %q", tc.args, code, stderr, tc.code, tc.stderr)
		}
	}
}
