package pagegen

import (
	"testing"

	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/parser"
)

// maxPageBytes bounds the bytes a parse allocates per page, by sample
// set: a quarter above what a page allocated when the test was written
// (340 KB flattened, 400 KB Markdown, 490 KB HTML), which fails a
// regression of the size this test is for: a strings.Replacer built once
// a line, which builds its table on first use, cost 2 MB a page.
var maxPageBytes = map[string]float64{
	"flattened": 420e3,
	"markdown":  500e3,
	"html":      610e3,
}

// maxGrowth bounds how many times more bytes 4n pages allocate than n
// pages: 4 when a parse is linear in its pages.
const maxGrowth = 4.4

// TestParseMemory parses 50 and 200 pages of copies of each sample set,
// all pages in one Parse, and bounds the bytes it allocates per page, and
// their growth from 50 pages to 200. It counts bytes allocated, which the machine's load
// does not change, so it guards the parse's memory in `make test` where a
// benchmark, run only at a stop, would catch a regression late.
func TestParseMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("parses 250 pages of each sample set")
	}
	for style, paths := range sampleSets {
		t.Run(style, func(t *testing.T) {
			samples := readSamples(t, paths)
			perPage := func(n int) float64 {
				pages, err := Pages(samples, n/len(samples))
				if err != nil {
					t.Fatal(err)
				}
				var parseErr error
				bytes := pagestest.Allocated(func() {
					_, parseErr = parser.Parse(pages, parser.Options{Name: "many"})
				})
				if parseErr != nil {
					t.Fatal(parseErr)
				}
				perPage := float64(bytes) / float64(len(pages))
				t.Logf("%d pages: %.0f KB a page", len(pages), perPage/1e3)
				if bound := maxPageBytes[style]; perPage > bound {
					t.Errorf("%d pages allocate %.0f KB a page to parse, want at most %.0f KB", len(pages), perPage/1e3, bound/1e3)
				}
				return perPage
			}
			few, many := perPage(50), perPage(200)
			if g := 4 * many / few; g > maxGrowth {
				t.Errorf("4 times the pages allocate %.2f times the bytes to parse, want at most %.1f", g, maxGrowth)
			}
		})
	}
}
