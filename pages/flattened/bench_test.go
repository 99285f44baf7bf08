package flattened

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// typeHeading matches a line that is a type's name alone, as the sample
// pages head each type they define.
var typeHeading = regexp.MustCompile(`^[A-Z][A-Za-z0-9.]+$`)

// BenchmarkRead reads the flattened sample pages, one after another, with
// this style alone (no detection, no interpretation), each with a
// lexicon of the types its headings name: the search for the cut of
// each row (bestSplit) is most of it.
func BenchmarkRead(b *testing.B) {
	paths, err := filepath.Glob("../../testdata/pages/*.txt")
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
		lines := strings.Split(string(data), "\n")
		if (Style{}).Detect(lines) == 0 {
			continue
		}
		var lex testLexicon
		for _, l := range lines {
			if typeHeading.MatchString(strings.TrimSpace(l)) {
				lex = append(lex, strings.TrimSpace(l))
			}
		}
		size += len(data)
		srcs = append(srcs, pages.Source{Name: filepath.Base(p), Lines: lines, Words: lex, Report: &pages.Reporter{}})
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, src := range srcs {
			Style{}.Read(src)
		}
	}
}
