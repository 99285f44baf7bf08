package typst_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/typst"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzTypst parses pages of any content seeded with the pages in
// Typst's markup.
func FuzzTypst(f *testing.F) {
	parsetest.Fuzz(f, typst.Style{}, "../../testdata/facts/bs07_*/*.typ")
}
