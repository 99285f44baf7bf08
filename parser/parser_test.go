package parser

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/internal/golden"
	"github.com/docs2go/docs2go/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/parse")

// TestGolden parses each case under testdata/parse: the pages its "pages"
// file lists (from testdata/pages, or testdata/html for .html pages, unless
// the case has its own), and
// compares the schema with schema.yaml and the warnings or errors with
// diagnostics.txt. A case with a file named "strict" parses with
// Options.Strict, and one with a file named "basepath" with the base
// path it holds.
func TestGolden(t *testing.T) {
	cases, err := filepath.Glob("../testdata/parse/*/pages")
	if err != nil || len(cases) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, list := range cases {
		dir := filepath.Dir(list)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			pages := casePages(t, dir)
			var diags, out []byte
			_, strict := os.Stat(filepath.Join(dir, "strict"))
			base, _ := os.ReadFile(filepath.Join(dir, "basepath"))
			res, err := Parse(pages, Options{Name: filepath.Base(dir), Strict: strict == nil, BasePath: strings.TrimSpace(string(base))})
			for _, w := range res.Warnings {
				diags = append(diags, "warning: "+w.Error()+"\n"...)
			}
			if err != nil {
				diags = append(diags, "error: "+strings.ReplaceAll(err.Error(), "\n", "\nerror: ")+"\n"...)
			} else {
				if out, err = schema.Save(res.API); err != nil {
					t.Fatal(err)
				}
				if _, err := schema.Load("schema.yaml", out); err != nil {
					t.Fatalf("the saved schema does not load back: %v", err)
				}
			}
			golden.Check(t, filepath.Join(dir, "diagnostics.txt"), diags, *update)
			golden.Check(t, filepath.Join(dir, "schema.yaml"), out, *update)
		})
	}
}

// casePages reads the pages of a case (of testdata/parse, or of
// testdata/facts) that its "pages" file lists: the case's own, else those
// of testdata/pages, or of testdata/html for .html pages.
func casePages(t *testing.T, dir string) []Page {
	t.Helper()
	list, err := os.ReadFile(filepath.Join(dir, "pages"))
	if err != nil {
		t.Fatal(err)
	}
	var pages []Page
	for _, name := range strings.Fields(string(list)) {
		path := filepath.Join(dir, name)
		if _, err := os.Stat(path); err != nil {
			path = filepath.Join("../testdata/pages", name)
			if strings.HasSuffix(name, ".html") {
				path = filepath.Join("../testdata/html", name)
			}
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, Page{Name: name, Data: data})
	}
	return pages
}

// TestDeterministic parses the samples of each protocol twice and compares
// the bytes.
func TestDeterministic(t *testing.T) {
	for _, c := range []string{"gearn", "kakao"} {
		t.Run(c, func(t *testing.T) {
			pages := casePages(t, "../testdata/parse/"+c)
			var first []byte
			for i := range 2 {
				res, err := Parse(pages, Options{Name: c})
				if err != nil {
					t.Fatal(err)
				}
				out, err := schema.Save(res.API)
				if err != nil {
					t.Fatal(err)
				}
				if i == 1 && !bytes.Equal(first, out) {
					t.Fatal("two parses of the same pages differ")
				}
				first = out
			}
		})
	}
}

// TestStrict parses pages that need recoveries with and without
// Options.Strict: strict makes every warning an error, and no schema.
func TestStrict(t *testing.T) {
	pages := casePages(t, "../testdata/parse/103_getCustomData")
	lenient, err := Parse(pages, Options{Name: "gearn"})
	if err != nil || len(lenient.Warnings) == 0 {
		t.Fatalf("without Strict: %d warnings, error %v; want warnings and no error", len(lenient.Warnings), err)
	}
	strict, err := Parse(pages, Options{Name: "gearn", Strict: true})
	if err == nil || strict.API != nil || len(strict.Warnings) != 0 {
		t.Fatalf("with Strict: API %v, %d warnings, error %v; want an error only", strict.API != nil, len(strict.Warnings), err)
	}
	ds, ok := err.(schema.Diagnostics)
	if !ok || len(ds) != len(lenient.Warnings) {
		t.Fatalf("with Strict: error %T of %d diagnostics; want one per warning, %d", err, len(ds), len(lenient.Warnings))
	}
	for i, d := range ds {
		if w := lenient.Warnings[i]; d.Pos != w.Pos || d.Msg != w.Msg+" (--strict)" {
			t.Errorf("with Strict: %v; want %v (--strict)", d, w)
		}
	}
}

// TestBasePathOfWholePaths checks that a base path given for pages whose
// paths are whole (GearN's) is refused, not ignored.
func TestBasePathOfWholePaths(t *testing.T) {
	pages := casePages(t, "../testdata/parse/gearn")
	_, err := Parse(pages, Options{Name: "gearn", BasePath: "/service/v5"})
	if err == nil || !strings.Contains(err.Error(), "remove basePath") {
		t.Errorf("err = %v, want basePath refused", err)
	}
}
