package html_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// linesWithoutMarkup is a page of n lines of text and no element: one
// text node, one run of text.
func linesWithoutMarkup(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "name%d string yes the name %d\n", i, i)
	}
	return b.String()
}

// TestTextRunReadsInLinearWork reads a text of thousands of lines:
// twice the lines allocate about twice the bytes, not four times (the
// run copied once a line).
func TestTextRunReadsInLinearWork(t *testing.T) {
	if g := pagestest.AllocatedGrowth(html.Style{}, linesWithoutMarkup, 2000); g > 3 {
		t.Errorf("reading twice the lines allocates %.1f times the bytes, want about 2", g)
	}
}

// BenchmarkTextRun reads a text of 4,000 lines without markup.
func BenchmarkTextRun(b *testing.B) {
	page := linesWithoutMarkup(4000)
	for b.Loop() {
		pagestest.Read(html.Style{}, page, true)
	}
}
