package config

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/docs2go/docs2go/schema"
)

func TestParse(t *testing.T) {
	data := `# the samples
name: gearn
pages:
  - pages/000_*.txt
  - pages/*.txt
schema: specs/gearn.yaml
overrides: specs/gearn.overrides.yaml
output: internal/gearn
package: gearnapi
strict: true
basePath: /service/v5
protocol: gearn
`
	got, err := Parse("repo/docs2go.yaml", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		Path:      "repo/docs2go.yaml",
		Dir:       "repo",
		Name:      "gearn",
		Pages:     []Glob{{"pages/000_*.txt", 4}, {"pages/*.txt", 5}},
		Schema:    "specs/gearn.yaml",
		Overrides: "specs/gearn.overrides.yaml",
		Output:    "internal/gearn",
		Package:   "gearnapi",
		Strict:    true,
		BasePath:  "/service/v5",
		Protocol:  schema.ProtocolGearN,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if p := got.Resolve("specs/gearn.yaml"); p != filepath.Join("repo", "specs", "gearn.yaml") {
		t.Errorf("Resolve: %s", p)
	}
}

// TestParseSource reads a source; without pages, the pages are what it
// fetches.
func TestParseSource(t *testing.T) {
	data := `schema: specs/gearn.yaml
source:
  start:
    - https://docs.example.com/api/
    - https://docs.example.com/api/models/
  prefix: https://docs.example.com/api/
  dir: pages
`
	c, err := Parse("repo/docs2go.yaml", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := &Source{
		Start:  []string{"https://docs.example.com/api/", "https://docs.example.com/api/models/"},
		Prefix: "https://docs.example.com/api/",
		Dir:    "pages",
		Line:   3,
	}
	if !reflect.DeepEqual(c.Source, want) {
		t.Errorf("source %+v, want %+v", c.Source, want)
	}
	if want := []Glob{{"pages", 3}}; !reflect.DeepEqual(c.Pages, want) {
		t.Errorf("pages %v, want %v", c.Pages, want)
	}
}

func TestParseOnePageGlob(t *testing.T) {
	c, err := Parse("docs2go.yaml", []byte("pages: docs/*.md\nschema: api.yaml\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := []Glob{{"docs/*.md", 1}}; !reflect.DeepEqual(c.Pages, want) {
		t.Errorf("pages %v, want %v", c.Pages, want)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, data, want string
	}{
		{"unknown key near a known one", "schema: a.yaml\npages: [a]\n\n\n\n\noutptu: x\n", `docs2go.yaml:7: unknown key "outptu" (did you mean "output"?)`},
		{"unknown key", "schema: a.yaml\ngenerator: jen\n", `docs2go.yaml:2: unknown key "generator" (known keys: name, source, pages, schema, overrides, output, package, strict, basePath, protocol)`},
		{"no schema", "output: x\n", `docs2go.yaml: no "schema": say where the schema is committed`},
		{"empty file", "", `docs2go.yaml: the file is empty; it needs at least "schema"`},
		{"not a mapping", "- a\n- b\n", `docs2go.yaml:1: want a mapping of keys (name, source, pages, schema, overrides, output, package, strict, basePath, protocol), found a list`},
		{"bad yaml", "schema: a.yaml\noutput: x: y\n", `docs2go.yaml:2: mapping values are not allowed in this context`},
		{"key twice", "schema: a.yaml\nschema: b.yaml\n", `docs2go.yaml:2: key "schema" is set twice (first at line 1)`},
		{"string wanted", "schema:\n  a: b\n", `docs2go.yaml:2: schema: want a string, found a mapping`},
		{"null", "schema: a.yaml\noutput:\n", `docs2go.yaml:2: output: want a string, found nothing`},
		{"empty string", "schema: ''\n", `docs2go.yaml:1: schema is empty`},
		{"empty pages", "schema: a.yaml\npages: []\n", `docs2go.yaml:2: pages is an empty list; leave it out to generate from the schema alone`},
		{"bad glob", "schema: a.yaml\npages:\n  - ok/*.txt\n  - 'bad/[.txt'\n", `docs2go.yaml:4: pages: "bad/[.txt" is not a glob: syntax error in pattern`},
		{"package", "schema: a.yaml\npackage: my-api\n", `docs2go.yaml:2: package "my-api" is not a Go identifier`},
		{"strict", "schema: a.yaml\nstrict: sometimes\n", `docs2go.yaml:2: strict: want true or false, found "sometimes"`},
		{"protocol", "schema: a.yaml\nprotocol: kakao\n", `docs2go.yaml:2: protocol "kakao" is none docs2go reads: want gearn or http-status`},
		{"basePath", "schema: a.yaml\nbasePath: service/v5/\n", `docs2go.yaml:2: basePath "service/v5/" is not a path such as /service/v5: a slash, then segments without spaces, and no slash at its end`},
		{"source not a mapping", "schema: a.yaml\nsource: https://x/api/\n", `docs2go.yaml:2: source: want a mapping of keys (start, prefix, dir), found "https://x/api/"`},
		{"source key", "schema: a.yaml\nsource:\n  start: https://x/api/\n  dir: p\n  prefx: https://x/\n", `docs2go.yaml:5: unknown key "prefx" (did you mean "prefix"?)`},
		{"source no start", "schema: a.yaml\nsource:\n  dir: p\n", `docs2go.yaml:3: source: no "start": give the URL the crawl starts from`},
		{"source no dir", "schema: a.yaml\nsource:\n  start: https://x/api/\n", `docs2go.yaml:3: source: no "dir": say which folder the pages are saved in`},
		{"source not a URL", "schema: a.yaml\nsource:\n  start: [x/api/]\n  dir: p\n", `docs2go.yaml:3: start: "x/api/" is not an http or https URL`},
		{"source outside prefix", "schema: a.yaml\nsource:\n  start: https://x/docs/\n  prefix: https://x/api/\n  dir: p\n", `docs2go.yaml:4: source: the start URL https://x/docs/ is outside the prefix https://x/api/`},
		{"every error", "outptu: x\npackage: 1x\n", "docs2go.yaml:1: unknown key \"outptu\" (did you mean \"output\"?)\ndocs2go.yaml:2: package \"1x\" is not a Go identifier\ndocs2go.yaml: no \"schema\": say where the schema is committed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse("docs2go.yaml", []byte(tc.data))
			if err == nil {
				t.Fatalf("no error; config %+v", c)
			}
			if err.Error() != tc.want {
				t.Errorf("error:\n%s\nwant:\n%s", err, tc.want)
			}
		})
	}
}

func TestPagePaths(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.txt", "a.txt", "c.md", "notes/x.txt"} {
		path := filepath.Join(dir, "pages", name)
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, err := Parse(filepath.Join(dir, FileName), []byte("schema: s.yaml\npages:\n  - pages/c.md\n  - pages/*.txt\n  - pages/a.txt\n"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.PagePaths()
	if err != nil {
		t.Fatal(err)
	}
	p := func(name string) string { return filepath.Join(dir, "pages", name) }
	if want := []string{p("c.md"), p("a.txt"), p("b.txt")}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}

	c, err = Parse("docs2go.yaml", []byte("schema: s.yaml\npages:\n  - nowhere/*.txt\n  - nowhere/a.txt\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.PagePaths()
	want := "docs2go.yaml:3: pages: \"nowhere/*.txt\" matches no file\ndocs2go.yaml:4: pages: \"nowhere/a.txt\" does not exist"
	if err == nil || err.Error() != want {
		t.Errorf("error:\n%v\nwant:\n%s", err, want)
	}
}

func TestFind(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	c, err := Find()
	if c != nil || err != nil {
		t.Fatalf("without a file: %v, %v", c, err)
	}
	os.WriteFile(FileName, []byte("schema: s.yaml\n"), 0o644)
	c, err = Find()
	if err != nil || c == nil || c.Schema != "s.yaml" || c.Dir != "." {
		t.Fatalf("with a file: %+v, %v", c, err)
	}
	os.WriteFile(FileName, []byte("schema: s.yaml\nbad: 1\n"), 0o644)
	if _, err := Find(); err == nil {
		t.Fatal("a bad file gave no error")
	}
}
