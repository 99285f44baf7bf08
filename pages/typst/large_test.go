package typst

import (
	"strings"
	"testing"
	"time"

	"github.com/docs2go/docs2go/pages/pagestest"
)

// largePages are pages whose markup grows with n: content blocks of
// calls nested n deep and n opened that nothing closes, a paragraph of n
// no-break spaces and escapes, a table of n rows of wrapped cells.
var largePages = map[string]func(n int) string{
	"nested and unclosed calls": func(n int) string {
		return strings.Repeat("#strong[", n) + "a" + strings.Repeat("]", n) + "\n\n" + strings.Repeat("#emph[#link(<x>)[", n) + "\n"
	},
	"a paragraph of escapes": func(n int) string {
		return strings.Repeat("a~b\\'c `d` *e* ", n) + "\n"
	},
	"a table of wrapped rows": func(n int) string {
		return "#table(\n  columns: 2,\n  table.header([Name], [Code]),\n" + strings.Repeat("  [`a`], [1\n  more],\n", n) + ")\n"
	},
}

// TestLargePagesReadInLinearWork reads each of largePages: twice the
// markup allocates about twice the bytes, not four times, and takes
// about twice the time.
func TestLargePagesReadInLinearWork(t *testing.T) {
	for name, page := range largePages {
		if g := pagestest.AllocatedGrowth(Style{}, page, 2000); g > 3 {
			t.Errorf("%s: reading twice the markup allocates %.1f times the bytes, want about 2", name, g)
		}
		start := time.Now()
		pagestest.Read(Style{}, page(20000), true)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: reading %d units of markup took %v", name, 20000, d)
		}
	}
}
