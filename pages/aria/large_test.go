package aria

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// largePages are snapshots whose nodes grow with n: a table of n rows,
// n runs of nodes nested 20 deep, a paragraph of n spans.
var largePages = map[string]func(n int) string{
	"table of n rows": func(n int) string {
		return "- table:\n  - row \"Name Type\":\n    - columnheader \"Name\"\n    - columnheader \"Type\"\n" + strings.Repeat("  - row \"a string\":\n    - cell \"a\":\n      - code: a\n    - cell \"string\"\n", n)
	},
	"n runs nested 20 deep": func(n int) string {
		var run strings.Builder
		for i := range 20 {
			run.WriteString(strings.Repeat(" ", 2*i) + "- generic:\n")
		}
		return strings.Repeat(run.String(), n)
	},
	"paragraph of n spans": func(n int) string {
		return "- paragraph:\n" + strings.Repeat("  - text: a\n  - code: b\n  - link \"c\":\n    - /url: \"#c\"\n", n)
	},
}

// TestLargePagesWriteInLinearWork writes each of largePages as HTML:
// twice the nodes allocate about twice the bytes, not four times. (The HTML the page is then read as
// is bounded by the HTML style's own tests.)
func TestLargePagesWriteInLinearWork(t *testing.T) {
	write := func(page string) {
		toHTML(source{pages.Source{Name: "p.txt", Lines: strings.Split(page, "\n"), Report: &pages.Reporter{}}})
	}
	for name, page := range largePages {
		small, large := pagestest.Allocated(func() { write(page(2000)) }), pagestest.Allocated(func() { write(page(4000)) })
		if g := float64(large) / float64(small); g > 3 {
			t.Errorf("%s: writing twice the nodes allocates %.1f times the bytes, want about 2", name, g)
		}
	}
}
