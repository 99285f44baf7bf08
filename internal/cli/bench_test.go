package cli

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/docs2go/docs2go/generator"
	"github.com/docs2go/docs2go/internal/fetch/fetchtest"
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

// BenchmarkFetch measures docs2go fetch of the replica site into an empty
// folder, in pages saved a second: with the default limits (4 requests a
// second, 4 at once), and with the rate limit lifted, which leaves the
// crawler's own cost (a parse of each page to tell documentation from an
// index, the writes).
func BenchmarkFetch(b *testing.B) {
	site := fetchtest.NewSite(b, fixtures)
	pages := len(site.Paths())
	for _, c := range []struct {
		name  string
		flags []string
	}{
		{"default-limits", nil},
		{"no-rate-limit", []string{"--rate", "1000000"}},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			saved := 0
			for b.Loop() {
				args := append([]string{"fetch", site.URL + fetchtest.Index, "-o", b.TempDir()}, c.flags...)
				if code := Run(args, io.Discard, io.Discard); code != ExitOK {
					b.Fatalf("fetch exited %d", code)
				}
				saved += pages
			}
			b.ReportMetric(float64(saved)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
