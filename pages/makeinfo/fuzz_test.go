package makeinfo_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/makeinfo"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzMakeinfo parses pages of any content seeded with the text makeinfo
// writes of pages of both protocols.
func FuzzMakeinfo(f *testing.F) {
	parsetest.Fuzz(f, makeinfo.Style{}, "../../testdata/facts/v14_*/*.txt", "../../testdata/sweep/makeinfo/k10_*/*.txt")
}
