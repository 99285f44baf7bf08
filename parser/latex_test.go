package parser

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/internal/golden"
	"github.com/docs2go/docs2go/schema"
)

// TestLaTeXReadsAsHTML parses pages of both protocols as pandoc writes
// them in LaTeX (pandoc -f html -t latex, pandoc 2.17: headings under
// their anchors, longtables whose rows wrap at 72 columns, highlighted
// code of \NormalTok{…} lines) and in ConTeXt (-t context -s: a
// preamble, \section[title={…}], extreme tables whose last row is in a
// foot, \type{…} cells, \starttyping code), and requires of each the schema of the
// HTML page it was written from, but for the positions: the LaTeX style
// reads what the HTML style reads, of a Kakao page and a GearN page,
// with no warning more than the HTML page's but those of the lines that
// end in a cross reference's "See" (pages.ReadText joins them before a
// style reads the page, as a hard wrap may have cut them, and pandoc
// wraps a paragraph at 72 columns).
func TestLaTeXReadsAsHTML(t *testing.T) {
	for _, c := range []struct{ html, tex string }{
		{"../testdata/facts/k03_useCoupon/useCoupon.html", "../pages/latex/testdata/useCoupon.tex"},
		{"../testdata/facts/155_setGroupNotice/155_setGroupNotice.html", "../pages/latex/testdata/setGroupNotice.tex"},
		{"../testdata/facts/k03_useCoupon/useCoupon.html", "../pages/latex/testdata/useCoupon.context.tex"},
		{"../testdata/facts/155_setGroupNotice/155_setGroupNotice.html", "../pages/latex/testdata/setGroupNotice.context.tex"},
	} {
		parse := func(path string) *Result {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			res, err := Parse([]Page{{Name: "page", Data: data}}, Options{Name: "api"})
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			return res
		}
		want, got := parse(c.html), parse(c.tex)
		others := slices.DeleteFunc(slices.Clone(got.Warnings), func(d schema.Diagnostic) bool {
			return strings.Contains(d.Error(), `ends in "See" and line`)
		})
		if len(others) != len(want.Warnings) {
			t.Errorf("%s: %d warnings, the HTML page's %d:\n%v\nwant\n%v", c.tex, len(others), len(want.Warnings), others, want.Warnings)
		}
		if a, b := unplaced(t, want.API), unplaced(t, got.API); a != b {
			t.Errorf("%s: the LaTeX page's schema differs from the HTML page's:\n%s", c.tex, golden.FirstDiff(b, a))
		}
	}
}
