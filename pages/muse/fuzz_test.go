package muse_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/muse"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzMuse parses pages of any content seeded with the pages in Emacs
// Muse's markup, of both protocols.
func FuzzMuse(f *testing.F) {
	parsetest.Fuzz(f, muse.Style{}, "../../testdata/facts/w11_*/*.muse", "../../testdata/sweep/pandoc-muse/1*/*.muse", "../../testdata/sweep/pandoc-muse/k*/*.muse")
}
