package xmldoc

import (
	"fmt"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages/pagestest"
)

// rowsOutsideVocabulary is a page of n table rows in elements no XML
// vocabulary of the reader knows (HTML's <tr> and <td>): all of it one
// run of inline text.
func rowsOutsideVocabulary(n int) string {
	var b strings.Builder
	b.WriteString("<html><body><h2>Request</h2><table><tr><th>Name</th><th>Type</th><th>Description</th></tr>\n")
	for i := range n {
		fmt.Fprintf(&b, "<tr><td>name%d</td><td>string</td><td>the name %d</td></tr>\n", i, i)
	}
	b.WriteString("</table></body></html>\n")
	return b.String()
}

// TestLongRunReadsInLinearWork reads a run of inline text thousands of
// elements long: reading twice the rows allocates about twice the
// bytes, not four times (text appended to a string element by element).
func TestLongRunReadsInLinearWork(t *testing.T) {
	if g := pagestest.AllocatedGrowth(Style{}, rowsOutsideVocabulary, 2000); g > 3 {
		t.Errorf("reading twice the rows allocates %.1f times the bytes, want about 2", g)
	}
}

// BenchmarkLongRun reads a page of 2,000 rows in one run of inline text.
func BenchmarkLongRun(b *testing.B) {
	page := rowsOutsideVocabulary(2000)
	for b.Loop() {
		pagestest.Read(Style{}, page, true)
	}
}
