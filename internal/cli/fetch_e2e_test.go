package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/internal/fetch/fetchtest"
)

// TestFetchGenerateCheck is the whole job from a URL, and the nightly
// drift check: fetch the replica site, generate, build; check --fetch
// finds nothing; the vendor tightens a field; check --fetch exits 1,
// names the breaking change and writes nothing.
func TestFetchGenerateCheck(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		// CI must build what the whole job generates, as
		// TestGeneratedPackage does.
		if os.Getenv("CI") != "" {
			t.Fatalf("CI=%s and no go command on PATH: the generated package goes unchecked", os.Getenv("CI"))
		}
		t.Skip("no go command")
	}
	site := fetchtest.NewSite(t, fixtures)
	repo := t.TempDir()
	cfg := filepath.Join(repo, "docs2go.yaml")
	write(t, cfg, `name: gearn
source:
  start: `+site.URL+fetchtest.Index+`
  dir: pages
schema: specs/gearn.yaml
output: internal/gearn
package: gearn
`)
	write(t, filepath.Join(repo, "go.mod"), "module example.com/e2e\n\ngo 1.24\n")

	if code, _, stderr := run(append([]string{"fetch", "--config", cfg}, fastFlags...)...); code != ExitOK {
		t.Fatalf("fetch exited %d:\n%s", code, stderr)
	}
	if code, _, stderr := run("generate", "--config", cfg); code != ExitOK {
		t.Fatalf("generate exited %d:\n%s", code, stderr)
	}
	build := exec.Command(goTool, "build", "./...")
	build.Dir = repo
	build.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOTOOLCHAIN=local")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	checkFetch := append([]string{"check", "--fetch", "--config", cfg}, fastFlags...)
	if code, stdout, stderr := run(checkFetch...); code != ExitOK {
		t.Fatalf("check --fetch of an unchanged site exited %d:\n%s\n%s", code, stdout, stderr)
	}

	page := "/reference/loginByAndroidDeviceId"
	site.Set(page, strings.Replace(site.Page(page), "The device ID of the Android device. (6 - 64 characters)", "The device ID of the Android device. (8 - 64 characters)", 1))
	before := snapshot(t, repo)
	code, stdout, stderr := run(checkFetch...)
	if code != ExitInput {
		t.Fatalf("check --fetch of a changed site exited %d, want %d:\n%s\n%s", code, ExitInput, stdout, stderr)
	}
	spec := filepath.ToSlash(filepath.Join(repo, "specs", "gearn.yaml"))
	mustContain(t, "stdout", stdout,
		"the site changed: "+spec+" is stale\n",
		"--- "+spec+"\t(committed)\n+++ "+spec+"\t(parsed from the site)\n",
		"-            minLength: 6\n+            minLength: 8\n",
		"breaking: operation loginByAndroidDeviceId, client request, field androidDeviceId: minLength 6 → 8 (tightened, in a request)\n",
		"1 change: 1 breaking, 0 compatible\n")
	mustContain(t, "stderr", stderr, "docs2go: check: the site changed, with 1 breaking change")
	if after := snapshot(t, repo); after != before {
		t.Errorf("check --fetch wrote in the repository:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// snapshot lists every file of dir with its size and time.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		b.WriteString(path + " " + info.ModTime().String() + "\n")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}
