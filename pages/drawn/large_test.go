package drawn_test

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages/drawn"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// wallsInALine is a page whose one line holds n cells between walls, a
// row of a grid as wide as a scrape may join its rows into.
func wallsInALine(n int) string {
	return "# Title\n\n" + strings.Repeat("| a ", n) + "|\n"
}

// TestLongGridLineReadsInLinearWork reads a line of thousands of walls:
// twice the walls allocate about twice the bytes, not four times (the
// rest of the line decoded again at every wall).
func TestLongGridLineReadsInLinearWork(t *testing.T) {
	if g := pagestest.AllocatedGrowth(drawn.Style{}, wallsInALine, 2000); g > 3 {
		t.Errorf("reading twice the walls allocates %.1f times the bytes, want about 2", g)
	}
}

// BenchmarkLongGridLine reads a line of 4,000 walls.
func BenchmarkLongGridLine(b *testing.B) {
	page := wallsInALine(4000)
	for b.Loop() {
		pagestest.Read(drawn.Style{}, page, true)
	}
}
