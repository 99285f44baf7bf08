package zim_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/zim"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzZim parses pages of any content seeded with the pages in Zim's
// wiki markup, of both protocols.
func FuzzZim(f *testing.F) {
	parsetest.Fuzz(f, zim.Style{}, "../../testdata/facts/w04_*/*.txt", "../../testdata/sweep/pandoc-zimwiki/1*/*.txt", "../../testdata/sweep/pandoc-zimwiki/h*/*.txt")
}
