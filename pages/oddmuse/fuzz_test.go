package oddmuse_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/oddmuse"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzOddmuse parses pages of any content seeded with the pages in
// Oddmuse's markup.
func FuzzOddmuse(f *testing.F) {
	parsetest.Fuzz(f, oddmuse.Style{}, "../../testdata/facts/bj04_*/*.wiki")
}
