package wiki_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/wiki"
)

// BenchmarkRead reads the pages in wiki markup of the facts, one after
// another, with the wiki style alone: detection and reading, no
// interpretation.
func BenchmarkRead(b *testing.B) {
	paths, err := filepath.Glob("../../testdata/facts/h*/*.txt")
	if err != nil {
		b.Fatal(err)
	}
	var srcs []pages.Source
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		lines := pages.Lines(data)
		if (wiki.Style{}).Detect(lines) == 0 {
			continue
		}
		size += len(data)
		srcs = append(srcs, pages.Source{Name: filepath.Base(p), Lines: lines, Report: &pages.Reporter{}})
	}
	if len(srcs) == 0 {
		b.Fatal("no page in wiki markup")
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, src := range srcs {
			wiki.Style{}.Detect(src.Lines)
			wiki.Style{}.Read(src)
		}
	}
}
