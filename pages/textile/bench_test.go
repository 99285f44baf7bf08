package textile_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/source"
	"github.com/docs2go/docs2go/pages/textile"
)

// BenchmarkRead reads the pages in Textile of the facts and of the
// golden cases, one after another, with the Textile style alone:
// detection and reading, no interpretation.
func BenchmarkRead(b *testing.B) {
	var paths []string
	for _, g := range []string{"../../testdata/facts/o08_*/*.txt", "../../testdata/parse/textile-*/*.txt"} {
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
		if (textile.Style{}).Detect(pages.Lines(data)) != 0 {
			pagesRead = append(pagesRead, data)
		}
	}
	if len(pagesRead) == 0 {
		b.Fatal("no page in Textile")
	}
	benchmarkRead(b, pagesRead)
}

// BenchmarkReadUnclosedMarks reads a table whose cell and a text line
// after it each open 10,000 phrases, code spans, links and no-textile
// marks that nothing closes, and a row of cells each spanning 100
// columns and rows: their reading takes time linear in the page's
// length.
func BenchmarkReadUnclosedMarks(b *testing.B) {
	line := strings.Repeat("*a _b -c @d \"e\":f ==g [[h ", 10000)
	spans := strings.Repeat(`|\100/100. x `, 1000) + "|"
	benchmarkRead(b, [][]byte{[]byte("|_. Name |\n| " + line + " |\n" + line + "\n\n" + spans + "\n" + spans + "\n")})
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
			st := textile.Style{}
			if st.Detect(lines) == 0 {
				b.Fatal("not detected")
			}
			pages.Read(st, source.Of("p.txt", pages.Text{Lines: lines}, &pages.Reporter{}))
		}
	}
}
