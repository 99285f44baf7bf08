package generator

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/generator/golang"
	"github.com/docs2go/docs2go/internal/golden"
	"github.com/docs2go/docs2go/schema"
)

var (
	update    = flag.Bool("update", false, "rewrite the golden files under testdata/generate")
	generated = flag.String("generated", "", `a go command, such as "test -run ^$ -bench .", for TestGeneratedPackage to run in the module of each case after its tests`)
)

// casesDir holds one directory per golden case: the schema, as schema.yaml
// or as a file named schema that holds the path of one from the case's
// directory; the expected files in want/*.go.golden; and optionally tests
// of the generated package that TestGeneratedPackage runs: the files
// *_test.go.txt, copied next to the generated files as *_test.go, and a
// testdata directory, copied as it is.
const casesDir = "../testdata/generate"

// cases lists the golden cases: every directory of casesDir.
func cases(t testing.TB) []string {
	entries, err := os.ReadDir(casesDir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if e.IsDir() {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		t.Fatalf("no cases in %s", casesDir)
	}
	return names
}

// casePath returns the path of a case's schema.
func casePath(t testing.TB, name string) string {
	dir := filepath.Join(casesDir, name)
	link, err := os.ReadFile(filepath.Join(dir, "schema"))
	switch {
	case err == nil:
		return filepath.Join(dir, strings.TrimSpace(string(link)))
	case !os.IsNotExist(err):
		t.Fatal(err)
	}
	return filepath.Join(dir, "schema.yaml")
}

// loadCase loads the schema of a case, validated by schema.Load.
func loadCase(t testing.TB, name string) (*schema.API, []byte) {
	path := casePath(t, name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	api, err := schema.Load(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return api, data
}

// generateCase generates a case as the package named after its directory,
// with the schema path a user at the root of the repository would give.
func generateCase(t testing.TB, name string) map[string][]byte {
	api, _ := loadCase(t, name)
	path, err := filepath.Rel("..", casePath(t, name))
	if err != nil {
		t.Fatal(err)
	}
	files, err := Generate(api, Options{Package: name, SchemaPath: filepath.ToSlash(path)})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestFileOrder checks that each golden case's package is the same, byte
// for byte, whatever the order its files are written in: what a file
// needs of the runtime comes from the model, not from the files written
// before it.
func TestFileOrder(t *testing.T) {
	arrangements := map[string]func([]golang.OutputFile){
		"reversed": slices.Reverse[[]golang.OutputFile],
		"rotated": func(files []golang.OutputFile) {
			if len(files) > 0 {
				copy(files, append(files[1:len(files):len(files)], files[0]))
			}
		},
	}
	for _, name := range cases(t) {
		t.Run(name, func(t *testing.T) {
			api, _ := loadCase(t, name)
			opts := Options{Package: name, SchemaPath: "schema.yaml"}
			want, err := Generate(api, opts)
			if err != nil {
				t.Fatal(err)
			}
			for how, arrange := range arrangements {
				got, err := generate(api, opts, arrange)
				if err != nil {
					t.Fatalf("files %s: %v", how, err)
				}
				if len(got) != len(want) {
					t.Errorf("files %s: %d files, want %d", how, len(got), len(want))
				}
				for file, w := range want {
					if !bytes.Equal(got[file], w) {
						t.Errorf("files %s: %s differs", how, file)
					}
				}
			}
		})
	}
}

func TestGolden(t *testing.T) {
	for _, name := range cases(t) {
		t.Run(name, func(t *testing.T) {
			files := generateCase(t, name)
			wantDir := filepath.Join(casesDir, name, "want")
			if *update {
				writeGolden(t, wantDir, files)
			}
			want := readGolden(t, wantDir)
			for _, file := range sortedKeys(files) {
				// A file written as text, rather than rendered by
				// jennifer, must be what gofmt makes of it too.
				if formatted, err := format.Source(files[file]); err != nil || !bytes.Equal(formatted, files[file]) {
					t.Errorf("%s is not gofmt'd (%v):\n%s", file, err, golden.FirstDiff(string(formatted), string(files[file])))
				}
				w, ok := want[file]
				if !ok {
					t.Errorf("%s is generated but has no golden file (run go test ./generator -update)", file)
					continue
				}
				if !bytes.Equal(files[file], w) {
					t.Errorf("%s differs from its golden file (run go test ./generator -update):\n%s", file, golden.FirstDiff(string(files[file]), string(w)))
				}
			}
			for _, file := range sortedKeys(want) {
				if _, ok := files[file]; !ok {
					t.Errorf("%s has a golden file but is no longer generated", file)
				}
			}
		})
	}
}

// TestCaseSchemasAreSaved checks that every case's schema is byte for byte
// what schema.Save writes, so that the cases look like what the parser
// hands the generator.
func TestCaseSchemasAreSaved(t *testing.T) {
	for _, name := range cases(t) {
		api, data := loadCase(t, name)
		saved, err := schema.Save(api)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(saved, data) {
			t.Errorf("%s/schema.yaml is not in the format schema.Save writes:\n%s", name, golden.FirstDiff(string(data), string(saved)))
		}
	}
}

func TestDeterministic(t *testing.T) {
	for _, name := range cases(t) {
		first := generateCase(t, name)
		for range 3 {
			again := generateCase(t, name)
			if len(again) != len(first) {
				t.Fatalf("%s: %d files, then %d", name, len(first), len(again))
			}
			for file, b := range first {
				if !bytes.Equal(again[file], b) {
					t.Fatalf("%s: %s changed between two runs:\n%s", name, file, golden.FirstDiff(string(b), string(again[file])))
				}
			}
		}
	}
}

// TestGeneratedPackage compiles each case's package in a module of its
// own, vets it, and runs its tests against it; then the go command of
// -generated, if any.
func TestGeneratedPackage(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		// CI must compile what the goldens hold; a laptop without go may
		// leave it to CI.
		if os.Getenv("CI") != "" {
			t.Fatalf("CI=%s and no go command on PATH: the generated packages go unchecked", os.Getenv("CI"))
		}
		t.Skip("no go command on PATH")
	}
	for _, name := range cases(t) {
		t.Run(name, func(t *testing.T) {
			dir := writeModule(t, name, generateCase(t, name))
			caseDir := filepath.Join(casesDir, name)
			tests, err := filepath.Glob(filepath.Join(caseDir, "*_test.go.txt"))
			if err != nil {
				t.Fatal(err)
			}
			for _, path := range tests {
				src, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, strings.TrimSuffix(filepath.Base(path), ".txt")), src, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := os.Stat(filepath.Join(caseDir, "testdata")); err == nil {
				if err := os.CopyFS(filepath.Join(dir, "testdata"), os.DirFS(filepath.Join(caseDir, "testdata"))); err != nil {
					t.Fatal(err)
				}
			}
			runGo(t, goTool, dir, "vet", "./...")
			runGo(t, goTool, dir, "test", "-count=1", "./...")
			if *generated != "" {
				t.Logf("go %s:\n%s", *generated, runGo(t, goTool, dir, strings.Fields(*generated)...))
			}
		})
	}
}

// writeModule writes files as the only package of a new module, which
// needs nothing but the standard library.
func writeModule(t testing.TB, name string, files map[string][]byte) string {
	dir := t.TempDir()
	mod := fmt.Sprintf("module example.com/%s\n\ngo 1.24\n", name)
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644); err != nil {
		t.Fatal(err)
	}
	for file, b := range files {
		if err := os.WriteFile(filepath.Join(dir, file), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// runGo runs the go command in dir and returns its output, or fails the
// test with it if the command fails.
func runGo(t testing.TB, goTool, dir string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(goTool, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOTOOLCHAIN=local")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

func writeGolden(t *testing.T, dir string, files map[string][]byte) {
	old, _ := filepath.Glob(filepath.Join(dir, "*.go.golden"))
	for _, path := range old {
		if err := os.Remove(path); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for file, b := range files {
		if err := os.WriteFile(filepath.Join(dir, file+".golden"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func readGolden(t *testing.T, dir string) map[string][]byte {
	paths, err := filepath.Glob(filepath.Join(dir, "*.go.golden"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		files[strings.TrimSuffix(filepath.Base(path), ".golden")] = b
	}
	return files
}

func sortedKeys(m map[string][]byte) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
