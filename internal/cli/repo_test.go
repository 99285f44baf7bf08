package cli

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/docs2go/docs2go/internal/files"
	"github.com/docs2go/docs2go/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/cli")

// sampleConfig is the docs2go.yaml of a repository holding the four GearN
// sample pages.
const sampleConfig = `name: gearn
pages:
  - pages/*.txt
schema: specs/gearn.yaml
output: out/gearn
package: gearn
`

// fixture is a repository in a temporary directory, which the test has
// changed into.
type fixture struct {
	t *testing.T
	// testdata is the absolute path of the project's testdata directory.
	testdata string
	// spec is the committed specs/gearn.yaml of the project.
	spec []byte
}

// newRepo copies the four GearN sample pages into pages/ of a new
// directory, writes config as its docs2go.yaml (when not empty) and
// changes into it.
func newRepo(t *testing.T, config string) *fixture {
	t.Helper()
	f := &fixture{t: t}
	var err error
	if f.testdata, err = filepath.Abs("../../testdata"); err != nil {
		t.Fatal(err)
	}
	if f.spec, err = os.ReadFile("../../specs/gearn.yaml"); err != nil {
		t.Fatal(err)
	}
	pages := samples(t)
	dir := t.TempDir()
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f.write(filepath.Join(dir, "pages", filepath.Base(p)), data)
	}
	if config != "" {
		f.write(filepath.Join(dir, "docs2go.yaml"), []byte(config))
	}
	t.Chdir(dir)
	return f
}

func (f *fixture) write(path string, data []byte) {
	f.t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		f.t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		f.t.Fatal(err)
	}
}

func (f *fixture) read(path string) []byte {
	f.t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		f.t.Fatal(err)
	}
	return data
}

// edit replaces old with new in the file at path, once.
func (f *fixture) edit(path, old, new string) {
	f.t.Helper()
	data := string(f.read(path))
	if strings.Count(data, old) != 1 {
		f.t.Fatalf("%s holds %q %d times, want once", path, old, strings.Count(data, old))
	}
	f.write(path, []byte(strings.Replace(data, old, new, 1)))
}

// golden compares got with testdata/cli/name, or rewrites it with -update.
func (f *fixture) golden(name, got string) {
	f.t.Helper()
	golden.Check(f.t, filepath.Join(f.testdata, "cli", name), []byte(got), *update)
}

// snapshot returns the modification time of every file under dir, and
// dates them all in the past first so that a rewrite shows.
func (f *fixture) snapshot(dirs ...string) map[string]time.Time {
	f.t.Helper()
	old := time.Unix(1_000_000_000, 0)
	times := map[string]time.Time{}
	for _, dir := range dirs {
		filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			if err := os.Chtimes(path, old, old); err != nil {
				f.t.Fatal(err)
			}
			times[path] = old
			return nil
		})
	}
	return times
}

// unchanged fails the test when a file of the snapshot was written or
// removed, or a file was added.
func (f *fixture) unchanged(times map[string]time.Time, dirs ...string) {
	f.t.Helper()
	seen := 0
	for _, dir := range dirs {
		filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			seen++
			info, err := d.Info()
			if err != nil {
				return err
			}
			if want, ok := times[path]; !ok {
				f.t.Errorf("%s was written", path)
			} else if !info.ModTime().Equal(want) {
				f.t.Errorf("%s was rewritten", path)
			}
			return nil
		})
	}
	if seen != len(times) {
		f.t.Errorf("%d files, %d before", seen, len(times))
	}
}

// TestGenerateFromConfig runs generate with the config alone: it writes
// the schema the sample pages give, the same as the committed one, and the
// package, the same as generate SCHEMA writes; a second run writes nothing.
func TestGenerateFromConfig(t *testing.T) {
	f := newRepo(t, sampleConfig)
	code, stdout, stderr := run("generate")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(stdout, "wrote specs/gearn.yaml\nwrote out/gearn/") || !strings.Contains(stdout, "wrote out/gearn/types.go\n") {
		t.Errorf("stdout:\n%s", stdout)
	}
	if !regexp.MustCompile(`^warning: [0-9]+ recoveries from the pages \(-v lists them\)\n$`).MatchString(stderr) {
		t.Errorf("the recoveries are not counted on stderr:\n%s", stderr)
	}
	if !bytes.Equal(f.read("specs/gearn.yaml"), f.spec) {
		t.Error("the schema generate wrote is not the committed specs/gearn.yaml")
	}
	if code, _, stderr := run("generate", "specs/gearn.yaml", "-o", "explicit", "--package", "gearn"); code != ExitOK {
		t.Fatalf("generate SCHEMA: exit %d: %s", code, stderr)
	}
	entries, err := os.ReadDir("out/gearn")
	if err != nil || len(entries) == 0 {
		t.Fatalf("out/gearn: %v %v", entries, err)
	}
	for _, e := range entries {
		got := f.read(filepath.Join("out/gearn", e.Name()))
		if !bytes.Equal(got, f.read(filepath.Join("explicit", e.Name()))) {
			t.Errorf("%s differs from what generate SCHEMA writes", e.Name())
		}
		if !files.IsGenerated(got) {
			t.Errorf("%s does not start with %q", e.Name(), files.Header)
		}
	}

	times := f.snapshot("specs", "out")
	code, stdout, stderr = run("generate", "-v")
	if code != ExitOK || stdout != "" {
		t.Fatalf("second run: exit %d, stdout %q, stderr %s", code, stdout, stderr)
	}
	if !strings.Contains(stderr, "warning: 000_99bfbb42b6f9f7e5.txt:") || !strings.Contains(stderr, ": recovered ") {
		t.Errorf("-v does not list the recoveries:\n%s", stderr)
	}
	f.unchanged(times, "specs", "out")
}

// TestGenerateRemovesStale: generate removes the generated files it no
// longer generates, keeps the user's, and refuses to overwrite a file of
// the user's at a generated path.
func TestGenerateRemovesStale(t *testing.T) {
	f := newRepo(t, sampleConfig)
	if code, _, stderr := run("generate"); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	f.write("out/gearn/old.go", []byte(files.Header+"\n\npackage gearn\n"))
	f.write("out/gearn/handwritten.go", []byte("package gearn\n\n// Written by hand.\n"))
	f.write("out/gearn/README.md", []byte(files.Header+"\n"))
	os.Remove("out/gearn/enums.go")

	code, stdout, stderr := run("generate")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if want := "wrote out/gearn/enums.go\nremoved out/gearn/old.go\n"; stdout != want {
		t.Errorf("stdout %q, want %q", stdout, want)
	}
	for _, name := range []string{"handwritten.go", "README.md", "enums.go"} {
		if _, err := os.Stat(filepath.Join("out/gearn", name)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}

	// Under go generate, which set GOFILE, a removal comes with a note:
	// go generate ./... may fail on the file it listed before.
	t.Setenv("GOFILE", "main.go")
	f.write("out/gearn/old.go", []byte(files.Header+"\n\npackage gearn\n"))
	code, stdout, stderr = run("generate")
	if code != ExitOK || !strings.HasPrefix(stdout, "removed out/gearn/old.go\nnote: go generate may now fail to open a removed file") {
		t.Errorf("under go generate: exit %d, stdout %q, stderr %s", code, stdout, stderr)
	}
	t.Setenv("GOFILE", "")

	user := []byte("package gearn\n\n// Mine, not generated.\n")
	f.write("out/gearn/types.go", user)
	code, stdout, stderr = run("generate")
	if code != ExitInput || stdout != "" || !strings.Contains(stderr, "out/gearn/types.go: not generated by docs2go") {
		t.Errorf("exit %d, stdout %q, stderr %s", code, stdout, stderr)
	}
	if !bytes.Equal(f.read("out/gearn/types.go"), user) {
		t.Error("the user's types.go was overwritten")
	}
}

// TestCheck runs check on a clean repository, then after each kind of
// drift; it never writes, and pins what it prints.
func TestCheck(t *testing.T) {
	f := newRepo(t, sampleConfig)
	if code, _, stderr := run("generate"); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	clean := func() {
		t.Helper()
		if code, stdout, stderr := run("generate"); code != ExitOK {
			t.Fatalf("generate: exit %d: %s%s", code, stdout, stderr)
		}
		if code, stdout, stderr := run("check"); code != ExitOK || stdout != "" {
			t.Fatalf("check of a clean repository: exit %d, stdout:\n%s\nstderr:\n%s", code, stdout, stderr)
		}
	}
	check := func(golden string) {
		t.Helper()
		times := f.snapshot("pages", "specs", "out")
		code, stdout, stderr := run("check")
		if code != ExitInput {
			t.Errorf("exit %d, want %d; stderr:\n%s", code, ExitInput, stderr)
		}
		if !strings.Contains(stderr, "docs2go: check: stale: run docs2go generate and commit the result\n") {
			t.Errorf("stderr:\n%s", stderr)
		}
		f.golden(golden, stdout)
		f.unchanged(times, "pages", "specs", "out")
	}
	clean()

	// A page changed: the schema is stale; the code is still what the
	// committed schema gives.
	f.edit("pages/003_36273ed7c22f8149.txt", "The device ID of the Android device. (6 - 64 characters)", "The device ID of the Android device. (6 - 32 characters)")
	check("check-pages-changed.txt")

	// The schema was regenerated from the changed page, the code not.
	if code, _, stderr := run("parse"); code != ExitOK {
		t.Fatalf("parse: exit %d: %s", code, stderr)
	}
	check("check-schema-changed.txt")
	clean()

	// Files of the package are missing or extra; a file of the user's
	// is neither.
	os.Remove("out/gearn/enums.go")
	f.write("out/gearn/old.go", []byte(files.Header+"\n\npackage gearn\n"))
	f.write("out/gearn/handwritten.go", []byte("package gearn\n\n// Written by hand.\n"))
	f.write("out/gearn/doc.go", []byte("package gearn\n\n// Written by hand.\n"))
	check("check-files.txt")
	os.Remove("out/gearn/doc.go")
	clean()

	// A committed schema that does not load: the code is compared with
	// what the pages give.
	f.edit("specs/gearn.yaml", "    response: LinkAccountResponseData\n", "    response: LinkAccountAnswer\n")
	check("check-schema-broken.txt")

	os.Remove("specs/gearn.yaml")
	check("check-schema-missing.txt")
}

// TestCheckSchemaOnly checks a config without pages: the schema is the
// input, and only the code can be stale.
func TestCheckSchemaOnly(t *testing.T) {
	f := newRepo(t, "schema: specs/gearn.yaml\noutput: out/gearn\n")
	f.write("specs/gearn.yaml", f.spec)
	if code, stdout, stderr := run("generate"); code != ExitOK || strings.Contains(stdout, "specs/") {
		t.Fatalf("exit %d, stdout %s, stderr %s", code, stdout, stderr)
	}
	if code, stdout, stderr := run("check"); code != ExitOK || stdout != "" {
		t.Fatalf("exit %d: %s%s", code, stdout, stderr)
	}
	f.edit("specs/gearn.yaml", "summary: Refresh the user's authentication token.", "summary: Refresh the player's authentication token.")
	code, stdout, _ := run("check")
	if code != ExitInput {
		t.Errorf("exit %d", code)
	}
	f.golden("check-schema-only.txt", stdout)

	os.Remove("specs/gearn.yaml")
	if code, stdout, stderr := run("check"); code != ExitInput || stdout != "" || stderr != "docs2go: open specs/gearn.yaml: no such file or directory\n" {
		t.Errorf("no schema and no pages: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

// TestConfigCommands runs each command that reads the config: parse from
// it, its flags overriding it, and its errors.
func TestConfigCommands(t *testing.T) {
	f := newRepo(t, sampleConfig)
	if code, stdout, stderr := run("parse"); code != ExitOK || stdout != "" {
		t.Fatalf("parse: exit %d, stdout %q, stderr %s", code, stdout, stderr)
	}
	if !bytes.Equal(f.read("specs/gearn.yaml"), f.spec) {
		t.Error("parse wrote another schema than the committed one")
	}
	if code, _, stderr := run("parse", "-o", "other.yaml", "--name", "other"); code != ExitOK {
		t.Fatalf("parse -o: exit %d: %s", code, stderr)
	}
	if !bytes.HasPrefix(bytes.SplitN(f.read("other.yaml"), []byte("name: "), 2)[1], []byte("other\n")) {
		t.Error("--name did not override the config's name")
	}
	if code, stdout, _ := run("parse", "pages/000_99bfbb42b6f9f7e5.txt"); code != ExitOK || !strings.Contains(stdout, "name: api\n") {
		t.Errorf("parse PAGE: exit %d; it should read no config and write to stdout", code)
	}
	if code, _, stderr := run("generate", "-o", "elsewhere", "--package", "other"); code != ExitOK || !strings.Contains(string(f.read("elsewhere/doc.go")), "package other") {
		t.Errorf("generate -o --package: exit %d: %s", code, stderr)
	}

	f.write("sub/docs2go.yaml", []byte("pages: [../pages/*.txt]\nschema: api.yaml\noutput: code\n"))
	if code, _, stderr := run("generate", "--config", "sub/docs2go.yaml"); code != ExitOK {
		t.Fatalf("--config: exit %d: %s", code, stderr)
	}
	if got := string(f.read("sub/code/doc.go")); !strings.Contains(got, "// Source: api.yaml\n") || !strings.Contains(got, "package code\n") {
		t.Errorf("paths of --config are not relative to its directory:\n%s", got)
	}

	f.write("docs2go.yaml", []byte("name: gearn\npages:\n  - pages/*.txt\nschema: specs/gearn.yaml\n\n\noutptu: out/gearn\n"))
	f.write("nopages.yaml", []byte("schema: specs/gearn.yaml\n"))
	f.write("badglob.yaml", []byte("pages:\n  - pages/*.txt\n  - scraped/*.md\nschema: specs/gearn.yaml\noutput: out\n"))
	for _, tc := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"generate"}, ExitInput, "docs2go: docs2go.yaml:7: unknown key \"outptu\" (did you mean \"output\"?)\n"},
		{[]string{"check"}, ExitInput, "docs2go: docs2go.yaml:7: unknown key \"outptu\" (did you mean \"output\"?)\n"},
		{[]string{"parse"}, ExitInput, "docs2go: docs2go.yaml:7: unknown key \"outptu\" (did you mean \"output\"?)\n"},
		{[]string{"version"}, ExitOK, ""},
		{[]string{"parse", "--config", "nopages.yaml"}, ExitInput, "docs2go: nopages.yaml lists no pages: give PAGE arguments, or add pages to it\n"},
		{[]string{"generate", "--config", "nopages.yaml"}, ExitInput, "docs2go: nopages.yaml has no output: say where the package goes, or pass -o DIR\n"},
		{[]string{"check", "--config", "badglob.yaml"}, ExitInput, "docs2go: badglob.yaml:3: pages: \"scraped/*.md\" matches no file\n"},
		{[]string{"check", "--config", "absent.yaml"}, ExitInput, "docs2go: open absent.yaml: no such file or directory\n"},
		{[]string{"parse", "--config", "nopages.yaml", "pages/000_99bfbb42b6f9f7e5.txt"}, ExitUsage, "docs2go: parse: --config names a config file, but the arguments already say what to read: give one or the other\n"},
		{[]string{"check", "extra"}, ExitUsage, "docs2go: check: unknown command \"extra\" for \"docs2go check\" (want no arguments)\n"},
	} {
		code, _, stderr := run(tc.args...)
		if code != tc.code || stderr != tc.stderr {
			t.Errorf("%v: exit %d, stderr %q\nwant exit %d, stderr %q", tc.args, code, stderr, tc.code, tc.stderr)
		}
	}

	// The config's overrides and strict setting apply.
	f.write("fixes.yaml", []byte("fixes:\n  - operation: linkAccount\n    role: client\n    field: userId\n    maxLength: 12\n    reason: a test\n"))
	f.write("docs2go.yaml", []byte(sampleConfig+"overrides: fixes.yaml\n"))
	code, _, stderr := run("generate")
	if code != ExitOK || !strings.Contains(stderr, "\noverride: 1 override applied (-v lists it)\n") {
		t.Errorf("overrides: exit %d, stderr:\n%s", code, stderr)
	}
	if !strings.Contains(string(f.read("specs/gearn.yaml")), "maxLength: 12\n") {
		t.Error("the config's overrides were not applied")
	}
	if code, _, stderr := run("check"); code != ExitOK {
		t.Errorf("check after generate with overrides: exit %d: %s", code, stderr)
	}
	f.write("docs2go.yaml", []byte(sampleConfig+"strict: true\n"))
	if code, _, stderr := run("check"); code != ExitInput || !strings.Contains(stderr, "(--strict)") {
		t.Errorf("strict: exit %d, stderr:\n%s", code, stderr)
	}

	// basePath gives the base of the paths of the pages without an example
	// request.
	page, err := os.ReadFile(filepath.Join(f.testdata, "parse", "status-base-config", "friendList.md"))
	if err != nil {
		t.Fatal(err)
	}
	f.write("kakao/friendList.md", page)
	f.write("kakao.yaml", []byte("name: kakao\npages:\n  - kakao/*.md\nschema: specs/kakao.yaml\nbasePath: /service/v5\n"))
	if code, _, stderr := run("parse", "--config", "kakao.yaml"); code != ExitOK || !strings.Contains(stderr, "took the base path /service/v5 of /friend/list from basePath in docs2go.yaml") {
		t.Errorf("basePath: exit %d, stderr:\n%s", code, stderr)
	}
	if !strings.Contains(string(f.read("specs/kakao.yaml")), "path: /service/v5/friend/list\n") {
		t.Error("the config's basePath was not applied")
	}

	code, stdout, _ := run("help", "config")
	if code != ExitOK || !strings.Contains(stdout, "schema: specs/gearn.yaml   # required") {
		t.Errorf("help config: exit %d:\n%s", code, stdout)
	}

	os.Remove("docs2go.yaml")
	for _, cmd := range []string{"check", "generate"} {
		code, _, stderr := run(cmd)
		if code != ExitUsage || !strings.Contains(stderr, cmd+": no docs2go.yaml here") {
			t.Errorf("%s without a config: exit %d, stderr %q", cmd, code, stderr)
		}
	}
}

// TestParseFailedPageWarnings parses the sample pages, one of them saved
// as Windows-1252 and with a row of its enum broken, and a page whose row
// cannot be split, saved so too: each failed page shows its recoveries,
// the decoding of its bytes first, among its errors, by line, the first
// of them and a count (-v: every one); the other pages' recoveries are
// listed above, as when the parse succeeds.
func TestParseFailedPageWarnings(t *testing.T) {
	f := newRepo(t, "")
	f.edit("pages/001_e494774cdac3e3e0.txt", "Link the player's account", "Link the player\x92s account")
	f.edit("pages/001_e494774cdac3e3e0.txt", "| MasterPlayerNotFound | 29 |", "| MasterPlayerNotFound | twenty9 |")
	f.write("pages/e_unread.txt", f.read(filepath.Join(f.testdata, "parse/broken-unsplittable-row/page.txt")))
	f.edit("pages/e_unread.txt", "Get the player's display name.", "Get the player\x92s display name.")
	for golden, args := range map[string][]string{
		"parse-failed-page.txt":   {"parse", "pages"},
		"parse-failed-page-v.txt": {"parse", "-v", "pages"},
	} {
		code, stdout, stderr := run(args...)
		if code != ExitInput || stdout != "" {
			t.Errorf("%v: exit %d, stdout %q; want %d and no schema", args, code, stdout, ExitInput)
		}
		f.golden(golden, stderr)
	}
}
