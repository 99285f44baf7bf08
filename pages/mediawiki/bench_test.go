package mediawiki_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/mediawiki"
	"github.com/docs2go/docs2go/pages/source"
)

// BenchmarkRead reads the pages in wikitext of the facts and of the
// golden cases, one after another, with the MediaWiki style alone:
// detection and reading, no interpretation.
func BenchmarkRead(b *testing.B) {
	var paths []string
	for _, g := range []string{"../../testdata/facts/n*/*.txt", "../../testdata/parse/mediawiki-*/*.txt"} {
		p, err := filepath.Glob(g)
		if err != nil {
			b.Fatal(err)
		}
		paths = append(paths, p...)
	}
	var pagesRead [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		if (mediawiki.Style{}).Detect(pages.Lines(data)) != 0 {
			pagesRead = append(pagesRead, data)
		}
	}
	if len(pagesRead) == 0 {
		b.Fatal("no page in wikitext")
	}
	benchmarkRead(b, pagesRead)
}

// BenchmarkReadUnclosedMarks reads a table whose cell and a text line
// after it each open 10,000 templates, links and <code> elements that
// nothing closes: their reading takes time linear in the line's length.
func BenchmarkReadUnclosedMarks(b *testing.B) {
	line := strings.Repeat("{{", 10000) + strings.Repeat("[[", 10000) + strings.Repeat("<code>", 10000)
	benchmarkRead(b, [][]byte{[]byte("{|\n! Name\n|-\n| " + line + "\n|}\n" + line)})
}

// benchmarkRead detects and reads each page, one after another.
func benchmarkRead(b *testing.B, data [][]byte) {
	size := 0
	for _, d := range data {
		size += len(d)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range data {
			lines := pages.Lines(d)
			st := mediawiki.Style{}
			if st.Detect(lines) == 0 {
				b.Fatal("not detected")
			}
			pages.Read(st, source.Of("p.txt", pages.Text{Lines: lines}, &pages.Reporter{}))
		}
	}
}
