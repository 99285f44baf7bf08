package readme_test

import (
	"os"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/readme"
	"github.com/docs2go/docs2go/pages/source"
)

// BenchmarkRead reads the pages in ReadMe's legacy Markdown of the facts
// and of this package, one after another, with the style alone:
// detection and reading, no interpretation.
func BenchmarkRead(b *testing.B) {
	var data [][]byte
	for _, p := range []string{"../../testdata/facts/t12_hotspringBooking/hotspring.md", "testdata/sendGroupMessage.md"} {
		d, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		data = append(data, d)
	}
	benchmarkRead(b, data)
}

// BenchmarkReadUnclosed reads a page of 2,000 blocks that no line
// closes, each holding a table of ten rows and columns by its keys,
// and 2,000 lines of MDX components: the reading takes time linear in
// the page's length.
func BenchmarkReadUnclosed(b *testing.B) {
	page := strings.Repeat("[block:parameters]\n{\"data\": {\"0-0\": \"a\", \"9-9\": \"b\"}}\ntext\n", 2000) +
		strings.Repeat("<Callout icon=\"x\">\n</Callout>\n", 1000)
	benchmarkRead(b, [][]byte{[]byte(page)})
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
			st := readme.Style{}
			if st.Detect(lines) == 0 {
				b.Fatal("not detected")
			}
			pages.Read(st, source.Of("p.md", pages.Text{Lines: lines}, &pages.Reporter{}))
		}
	}
}
