package html_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/html"
)

// BenchmarkRead reads the HTML sample pages, one after another, with the
// HTML style alone: no detection, no interpretation.
func BenchmarkRead(b *testing.B) {
	paths, err := filepath.Glob("../../testdata/html/*.html")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no sample pages: %v", err)
	}
	var srcs []pages.Source
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		size += len(data)
		srcs = append(srcs, pages.Source{Name: filepath.Base(p), Lines: strings.Split(string(data), "\n"), Report: &pages.Reporter{}})
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, src := range srcs {
			html.Style{}.Read(src)
		}
	}
}
