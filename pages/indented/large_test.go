package indented

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// largePages are pages whose markup grows with n: n runs of elements
// nested 20 deep, each closed at the next, a table of n rows, attributes that no brace closes, text of n
// interpolations.
var largePages = map[string]func(n int) string{
	"HAML n runs nested 20 deep": func(n int) string {
		var run strings.Builder
		for i := range 20 {
			run.WriteString(strings.Repeat(" ", 2*i) + "%div\n")
		}
		return "!!!\n" + strings.Repeat(run.String(), n)
	},
	"HAML table of n rows": func(n int) string {
		return "!!!\n%table\n  %tr\n    %th Name\n    %th Type\n" + strings.Repeat("  %tr\n    %td\n      %code a\n    %td\n      %code string\n", n)
	},
	"HAML attributes unclosed": func(n int) string {
		return "!!!\n%a{:href => \"x\",\n" + strings.Repeat("  :b => 'c',\n", n)
	},
	"Pug text of interpolations": func(n int) string {
		return "doctype html\nhtml(lang='en')\n  p\n    | " + strings.Repeat(`#{"a"} \#{b} `, n) + "\n"
	},
}

// TestLargePagesWriteInLinearWork writes each of largePages as HTML:
// twice the markup allocates about twice the bytes. (The HTML the page is then read as
// is bounded by the HTML style's own tests.)
func TestLargePagesWriteInLinearWork(t *testing.T) {
	write := func(page string) {
		toHTML(source{pages.Source{Name: "p.txt", Lines: strings.Split(page, "\n"), Report: &pages.Reporter{}}}, notationOf(strings.Split(page, "\n")))
	}
	for name, page := range largePages {
		small, large := pagestest.Allocated(func() { write(page(2000)) }), pagestest.Allocated(func() { write(page(4000)) })
		if g := float64(large) / float64(small); g > 3 {
			t.Errorf("%s: writing twice the markup allocates %.1f times the bytes, want about 2", name, g)
		}
	}
}
