package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// samples are the four GearN sample pages, as make demo passes them.
func samples(t *testing.T) []string {
	t.Helper()
	pages, err := filepath.Glob("../../testdata/pages/00[0-3]_*.txt")
	if err != nil || len(pages) != 4 {
		t.Fatalf("sample pages: %v %v", pages, err)
	}
	return pages
}

func run(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = Run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// TestSpecIsFresh is the stale-schema check: the committed
// specs/gearn.yaml is exactly what parse makes of the sample pages.
func TestSpecIsFresh(t *testing.T) {
	out := filepath.Join(t.TempDir(), "gearn.yaml")
	code, _, stderr := run(append([]string{"parse", "--name", "gearn", "-o", out}, samples(t)...)...)
	if code != ExitOK {
		t.Fatalf("parse exited %d: %s", code, stderr)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../specs/gearn.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("specs/gearn.yaml is stale: run make demo and review the diff")
	}
	if !strings.Contains(stderr, "warning: ") || !strings.Contains(stderr, ": recovered ") {
		t.Errorf("parse of the samples reported no recovery on stderr:\n%s", stderr)
	}
}

// TestParseListsFirstRecoveries: parse lists the first recoveries of
// each page, at most maxShownWarnings, then a line that counts them all;
// -v lists every one, and no count.
func TestParseListsFirstRecoveries(t *testing.T) {
	out := filepath.Join(t.TempDir(), "gearn.yaml")
	args := append([]string{"parse", "--name", "gearn", "-o", out}, samples(t)...)
	code, _, stderr := run(args...)
	if code != ExitOK {
		t.Fatalf("parse exited %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	m := regexp.MustCompile(`^warning: ([0-9]+) recoveries from the pages on ([0-9]+) pages, ([0-9]+) listed above \(-v lists every one\)$`).FindStringSubmatch(lines[len(lines)-1])
	if m == nil {
		t.Fatalf("the last line does not count the recoveries:\n%s", stderr)
	}
	listed := lines[:len(lines)-1]
	total, _ := strconv.Atoi(m[1])
	if n, _ := strconv.Atoi(m[3]); n != len(listed) || n > maxShownWarnings || n >= total {
		t.Errorf("%d lines listed, the count says %s of %d:\n%s", len(listed), m[3], total, stderr)
	}
	perPage := map[string]int{}
	for _, l := range listed {
		page, _, ok := strings.Cut(strings.TrimPrefix(l, "warning: "), ":")
		if !ok || !strings.HasPrefix(l, "warning: ") {
			t.Fatalf("not a recovery: %q", l)
		}
		if perPage[page]++; perPage[page] > maxShownPerPage {
			t.Errorf("more than %d recoveries of %s listed:\n%s", maxShownPerPage, page, stderr)
		}
	}

	code, _, stderr = run(append(args, "-v")...)
	if code != ExitOK {
		t.Fatalf("parse -v exited %d: %s", code, stderr)
	}
	if n := strings.Count(stderr, "warning: "); n != total || strings.Contains(stderr, "listed above") {
		t.Errorf("parse -v lists %d lines of %d recoveries:\n%s", n, total, stderr)
	}
}

// kakaoPages lists the Kakao Games pages that parse together as one API,
// as the Makefile's KAKAO does: the sample page and the Kakao fact pages
// of the scorer.
func kakaoPages(t *testing.T) []string {
	t.Helper()
	pages, err := filepath.Glob("../../testdata/pages/004_*.txt")
	if err != nil || len(pages) != 1 {
		t.Fatalf("the Kakao sample page: %v %v", pages, err)
	}
	for _, ext := range []string{"txt", "md", "html"} {
		facts, err := filepath.Glob("../../testdata/facts/k*/*." + ext)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, facts...)
	}
	return pages
}

// TestKakaoSpecIsFresh is the stale-schema check of specs/kakao.yaml, the
// parse of the Kakao Games pages as make demo runs it; the generator's
// golden case kakaoapi is generated from it.
func TestKakaoSpecIsFresh(t *testing.T) {
	pages := kakaoPages(t)
	out := filepath.Join(t.TempDir(), "kakao.yaml")
	code, _, stderr := run(append([]string{"parse", "--name", "kakao", "-o", out}, pages...)...)
	if code != ExitOK {
		t.Fatalf("parse exited %d: %s", code, stderr)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../specs/kakao.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("specs/kakao.yaml is stale: run make demo and review the diff")
	}
	if !strings.Contains(string(got), "protocol: http-status") {
		t.Error("specs/kakao.yaml is not an http-status schema")
	}
}

func TestParseToStdout(t *testing.T) {
	code, stdout, stderr := run("parse", "--name", "gearn", "../../testdata/pages/000_99bfbb42b6f9f7e5.txt")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "name: refreshAuthToken") {
		t.Errorf("stdout holds no schema:\n%s", stdout)
	}
}

// TestParseProtocol refuses a page whose marks do not tell its protocol,
// naming the flag, and reads it as the protocol --protocol gives.
func TestParseProtocol(t *testing.T) {
	page := filepath.Join(t.TempDir(), "users.md")
	data := "# Users\n\nPOST /users/create\n\n| Code | Type | Mandatory | Description |\n|---|---|---|---|\n| email | string | Y | The address. |\n"
	if err := os.WriteFile(page, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := run("parse", page)
	if code != ExitInput || !strings.Contains(stderr, "users.md:1: cannot tell which protocol the page documents") || !strings.Contains(stderr, "parse --protocol") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
	code, _, stderr = run("parse", "--protocol", "gearn", page)
	if code != ExitInput || strings.Contains(stderr, "cannot tell which protocol") || !strings.Contains(stderr, "GearN") {
		t.Errorf("--protocol gearn: exit %d, stderr:\n%s", code, stderr)
	}
}

// TestParseDirectory reads a directory's pages of every style, HTML
// included, and leaves its other files alone.
func TestParseDirectory(t *testing.T) {
	dir := t.TempDir()
	for src, dst := range map[string]string{
		"../../testdata/html/000_99bfbb42b6f9f7e5.html": "000_99bfbb42b6f9f7e5.html",
		"../../testdata/pages/002_c5ff9cb488e598e1.txt": "002_c5ff9cb488e598e1.txt",
	} {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, dst), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.json"), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run("parse", "--name", "gearn", dir)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "- 000_99bfbb42b6f9f7e5.html\n") || !strings.Contains(stdout, "- 002_c5ff9cb488e598e1.txt\n") {
		t.Errorf("the schema does not list both pages:\n%s", stdout)
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	notAPI := filepath.Join(dir, "notes.txt")
	os.WriteFile(notAPI, []byte("Just some notes.\nNothing to see.\n"), 0o644)
	badSchema := filepath.Join(dir, "bad.yaml")
	os.WriteFile(badSchema, []byte("name: x\nprotocol: gearn\npages: []\noperations: []\ntypes:\n  - name: A\n    fields:\n      - name: b\n        type: Missing\n        at: p.txt:3\n    at: p.txt:1\n"), 0o644)
	twoMessages := filepath.Join(dir, "two.yaml")
	os.WriteFile(twoMessages, []byte(`name: x
protocol: http-status
pages: []
operations:
  - name: a
    statuses:
      - code: 461
        details:
          - {code: -1, message: Expired, at: "p.txt:4"}
        at: p.txt:4
      - code: 462
        details:
          - {code: -1, message: Banned, at: "p.txt:5"}
        at: p.txt:5
    endpoints:
      - {method: POST, path: /a, at: "p.txt:2"}
    at: p.txt:1
`), 0o644)
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no pages and no config", []string{"parse"}, ExitUsage, "parse: no docs2go.yaml here: give one or more pages, or write a docs2go.yaml"},
		{"too many schemas", []string{"generate", "a.yaml", "b.yaml"}, ExitUsage, "accepts at most 1 arg(s), received 2"},
		{"unknown flag", []string{"parse", "--nope", "x.txt"}, ExitUsage, "unknown flag: --nope"},
		{"unknown command", []string{"frobnicate"}, ExitUsage, "unknown command"},
		{"generate without -o", []string{"generate", badSchema}, ExitUsage, "-o DIR is required"},
		{"missing page", []string{"parse", filepath.Join(dir, "absent.txt")}, ExitInput, "no such file"},
		{"not an API page", []string{"parse", notAPI}, ExitInput, "notes.txt:1: not an API documentation page"},
		{"bad schema", []string{"generate", badSchema, "-o", dir}, ExitInput, "bad.yaml:8: type A: field \"b\" refers to unknown type \"Missing\""},
		{"a schema the generator refuses", []string{"generate", twoMessages, "-o", dir, "--package", "p"}, ExitInput, `detail code -1 is "Expired" at 461 of A and "Banned" at 462 of A: one DetailCode constant cannot say both`},
		{"version", []string{"version"}, ExitOK, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := run(tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.stderr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, tc.code, tc.stderr)
			}
		})
	}
}

// TestGenerateWritesOnlyChanges runs generate twice: the second run writes
// nothing and leaves the files' modification times alone.
func TestGenerateWritesOnlyChanges(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := run("generate", "../../specs/gearn.yaml", "-o", dir, "--package", "gearn")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if stdout == "" {
		t.Fatal("the first run reported no file written")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) == 0 {
		t.Fatal("no file written")
	}
	old := time.Unix(1_000_000_000, 0)
	for _, e := range entries {
		os.Chtimes(filepath.Join(dir, e.Name()), old, old)
	}
	code, stdout, stderr = run("generate", "../../specs/gearn.yaml", "-o", dir, "--package", "gearn")
	if code != ExitOK || stdout != "" {
		t.Fatalf("second run: exit %d, wrote %q, stderr %s", code, stdout, stderr)
	}
	for _, e := range entries {
		info, err := os.Stat(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if !info.ModTime().Equal(old) {
			t.Errorf("%s was rewritten", e.Name())
		}
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

// TestParseDirectoryEveryPage parses a directory of HTML pages, then adds
// three broken pages: the HTML pages are read, and each broken page's
// errors show (the first few of the page with many, then a count), those
// of a page that cannot be read too.
func TestParseDirectoryEveryPage(t *testing.T) {
	dir := t.TempDir()
	copyPage := func(from, to string) {
		t.Helper()
		data, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, to), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyPage("../../testdata/html/122_getPlayerCurrency.html", "a_getPlayerCurrency.html")
	copyPage("../../testdata/html/121_unlinkCustomId.html", "b_unlinkCustomId.HTM")
	code, stdout, stderr := run("parse", dir)
	if code != ExitOK || !strings.Contains(stdout, "name: getPlayerCurrency") || !strings.Contains(stdout, "name: unlinkCustomId") {
		t.Fatalf("exit %d, stderr %s; want both HTML pages in the schema:\n%s", code, stderr, stdout)
	}
	copyPage("../../testdata/parse/broken-many-errors/page.md", "c_many.md")
	copyPage("../../testdata/parse/broken-enum-code/page.md", "d_one.md")
	copyPage("../../testdata/parse/broken-unsplittable-row/page.txt", "e_unread.txt")
	code, _, stderr = run("parse", dir)
	for _, want := range []string{
		"docs2go: c_many.md:34: enum member AccountLocked",
		"docs2go: c_many.md:38: enum member NameTooShort",
		"docs2go: c_many.md: ... and 9 more errors on this page",
		"docs2go: d_one.md:33: enum member GamePlayerNotFound",
		"docs2go: e_unread.txt:19: cannot split",
		"docs2go: 16 errors on 3 pages",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if code != ExitInput || strings.Contains(stderr, "c_many.md:39:") {
		t.Errorf("exit %d; want %d, and 5 errors of c_many.md shown:\n%s", code, ExitInput, stderr)
	}
}
