package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/docs2go/docs2go/generator"
	"github.com/docs2go/docs2go/parser"
)

// BenchmarkParseGenerateSamples measures the whole job on the four GearN
// sample pages: parse them into a schema, generate the Go package.
func BenchmarkParseGenerateSamples(b *testing.B) {
	paths, err := filepath.Glob("../../testdata/pages/00[0-3]_*.txt")
	if err != nil || len(paths) != 4 {
		b.Fatalf("sample pages: %v %v", paths, err)
	}
	var pages []parser.Page
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, parser.Page{Name: filepath.Base(p), Data: data})
	}
	b.ReportAllocs()
	for b.Loop() {
		res, err := parser.Parse(pages, parser.Options{Name: "gearn"})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := generator.Generate(res.API, generator.Options{Package: "gearn", SchemaPath: "specs/gearn.yaml"}); err != nil {
			b.Fatal(err)
		}
	}
}
