package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// samplePages reads the four GearN sample pages.
func samplePages(tb testing.TB) []Page {
	tb.Helper()
	paths, err := filepath.Glob("../testdata/pages/00[0-3]_*.txt")
	if err != nil || len(paths) != 4 {
		tb.Fatalf("the four GearN samples: %v %v", paths, err)
	}
	var pages []Page
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, Page{Name: filepath.Base(p), Data: data})
	}
	return pages
}

func benchmarkParse(b *testing.B, pages []Page) {
	b.ReportAllocs()
	for b.Loop() {
		res, err := Parse(pages, Options{Name: "bench"})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.API.Operations) != len(pages) {
			b.Fatalf("%d operations from %d pages", len(res.API.Operations), len(pages))
		}
	}
}

// BenchmarkParseSamples parses the four GearN samples: the cost of a
// small API whose pages are all different and recover facts from each
// other. BenchmarkParse of internal/pagegen measures how the parse scales.
func BenchmarkParseSamples(b *testing.B) { benchmarkParse(b, samplePages(b)) }
