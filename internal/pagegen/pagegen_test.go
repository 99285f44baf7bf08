package pagegen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// The sample sets of each scrape style the parser reads. The Markdown
// page has lost field names that only the flattened page documents.
var sampleSets = map[string][]string{
	"flattened": {"../../testdata/pages/002_c5ff9cb488e598e1.txt"},
	"markdown":  {"../../testdata/pages/002_c5ff9cb488e598e1.txt", "../../testdata/pages/003_36273ed7c22f8149.txt"},
	"html":      {"../../testdata/html/002_c5ff9cb488e598e1.html", "../../testdata/html/003_36273ed7c22f8149.html"},
}

func readSamples(t *testing.T, paths []string) []parser.Page {
	t.Helper()
	var pages []parser.Page
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, parser.Page{Name: filepath.Base(path), Data: data})
	}
	return pages
}

// TestPages parses n copies of each sample set together: n times the
// operations, the types, the enums and the warnings of one copy, but for
// the envelope's types, each copy's documented on that copy's pages only.
func TestPages(t *testing.T) {
	const n = 3
	for style, paths := range sampleSets {
		t.Run(style, func(t *testing.T) {
			samples := readSamples(t, paths)
			one, err := parser.Parse(samples, parser.Options{Name: "sample"})
			if err != nil {
				t.Fatal(err)
			}
			pages, err := Pages(samples, n)
			if err != nil {
				t.Fatal(err)
			}
			if len(pages) != n*len(samples) {
				t.Fatalf("%d pages, want %d", len(pages), n*len(samples))
			}
			res, err := parser.Parse(pages, parser.Options{Name: "many"})
			if err != nil {
				t.Fatal(err)
			}
			api := res.API
			const shared = 3 // the envelope's InvalidMember, ReturnCode and InvalidMemberType
			if len(api.Operations) != n*len(one.API.Operations) {
				t.Errorf("%d operations, want %d", len(api.Operations), n*len(one.API.Operations))
			}
			if got, want := len(api.Types)+len(api.Enums), n*(len(one.API.Types)+len(one.API.Enums)-shared)+shared; got != want {
				t.Errorf("%d types and enums, want %d", got, want)
			}
			if len(res.Warnings) != n*len(one.Warnings) {
				t.Errorf("%d warnings, want %d: %v", len(res.Warnings), n*len(one.Warnings), res.Warnings)
			}
			for _, ty := range api.Types {
				at := append([]schema.Pos{ty.At}, ty.Also...)
				checkCopy(t, ty.Name, at)
			}
			for _, e := range api.Enums {
				at := append([]schema.Pos{e.At}, e.Also...)
				checkCopy(t, e.Name, at)
			}
		})
	}
}

// checkCopy checks that the type or enum name is documented only on the
// pages of the copy its suffix names, or has no suffix and is the
// envelope's.
func checkCopy(t *testing.T, name string, at []schema.Pos) {
	t.Helper()
	i := strings.IndexAny(name, "0123456789")
	if i < 0 {
		switch name {
		case "InvalidMember", "ReturnCode", "InvalidMemberType":
		default:
			t.Errorf("%s was not renamed", name)
		}
		return
	}
	for _, p := range at {
		if !strings.HasPrefix(p.Page, name[i:i+4]+"_") {
			t.Errorf("%s is documented at %s", name, p)
		}
	}
}

func TestPagesRefusesSamplesThatDoNotParse(t *testing.T) {
	if _, err := Pages([]parser.Page{{Name: "empty.txt"}}, 2); err == nil {
		t.Fatal("no error for a page without tables")
	}
}
