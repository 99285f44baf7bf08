package parser_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/overrides"
	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// TestEveryPageErrors parses a page that cannot be read (a row that splits
// into no columns) with two pages that read but do not build (a type no
// page documents, an enum code that is not a number): the errors of all
// three show, in the pages' order.
func TestEveryPageErrors(t *testing.T) {
	var pages []parser.Page
	for _, p := range [][2]string{
		{"a.txt", "../testdata/parse/broken-unsplittable-row/page.txt"},
		{"b.md", "../testdata/parse/broken-unknown-type/page.md"},
		{"c.md", "../testdata/parse/broken-enum-code/page.md"},
	} {
		data, err := os.ReadFile(p[1])
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, parser.Page{Name: p[0], Data: data})
	}
	_, err := parser.Parse(pages, parser.Options{Name: "x"})
	ds, ok := err.(schema.Diagnostics)
	if !ok {
		t.Fatalf("error %v; want schema.Diagnostics", err)
	}
	var got []schema.Pos
	for _, d := range ds {
		got = append(got, d.Pos)
	}
	want := []schema.Pos{{Page: "a.txt", Line: 19}, {Page: "b.md", Line: 28}, {Page: "c.md", Line: 33}}
	if len(got) != len(want) {
		t.Fatalf("errors at %v; want at %v:\n%v", got, want, err)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("error %d at %v; want at %v:\n%v", i, got[i], want[i], err)
		}
	}
}

// FuzzPageAmongOthers parses a page of any content before a page that
// reads and builds: whether the first can be read or not, the outcome is a
// schema that saves and loads back, or errors located on a line of one of
// the pages.
func FuzzPageAmongOthers(f *testing.F) {
	seeds, err := filepath.Glob("../testdata/parse/broken-*/page.*")
	if err != nil || len(seeds) == 0 {
		f.Fatalf("no seeds: %v", err)
	}
	holes, err := filepath.Glob("../testdata/parse/hole-*/page.*")
	if err != nil || len(holes) == 0 {
		f.Fatalf("no seeds with holes: %v", err)
	}
	seeds = append(seeds, holes...)
	for _, s := range append(seeds, "../testdata/pages/108_addPlayerCurrency.txt", "../testdata/html/135_buyStoreItem.html") {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	other, err := os.ReadFile("../testdata/html/122_getPlayerCurrency.html")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		pages := []parser.Page{{Name: "fuzz.md", Data: data}, {Name: "other.html", Data: other}}
		res, err := parser.Parse(pages, parser.Options{Name: "fuzz"})
		if err != nil {
			ds, ok := err.(schema.Diagnostics)
			if !ok || len(ds) == 0 {
				t.Fatalf("the error is a %T, not schema.Diagnostics: %v", err, err)
			}
			for _, d := range ds {
				if (d.Pos.Page != "fuzz.md" && d.Pos.Page != "other.html") || d.Pos.Line < 1 {
					t.Fatalf("an error not at a line of a page: %v", d)
				}
			}
			// Each hole's entry, its placeholder filled, is a fix (or a
			// table's entry) an overrides file takes.
			for _, h := range res.Holes {
				list, fill := "fixes:\n", "fieldName"
				switch h.Fact {
				case schema.FactType:
					fill = "string"
				case schema.FactTable:
					list, fill = "tables:\n", "Offer"
				case schema.FactSection:
					list, fill = "tables:\n", h.Candidates[0]
				}
				entry := list + strings.Replace(h.Entry(), h.Placeholder(), fill, 1)
				if _, err := overrides.Load("fixes.yaml", []byte(entry)); err != nil {
					t.Fatalf("the entry of the hole at %v does not load: %v\n%s", h.At, err, entry)
				}
			}
			return
		}
		out, err := schema.Save(res.API)
		if err != nil {
			t.Fatalf("the schema does not save: %v", err)
		}
		if _, err := schema.Load("schema.yaml", out); err != nil {
			t.Fatalf("the saved schema does not load back: %v\n%s", err, out)
		}
	})
}
