package vimdoc_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/vimdoc"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzVimdoc parses pages of any content seeded with the Vim help
// pages.
func FuzzVimdoc(f *testing.F) {
	parsetest.Fuzz(f, vimdoc.Style{}, "../../testdata/facts/bu03_*/*.txt")
}
