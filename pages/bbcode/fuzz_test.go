package bbcode_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/bbcode"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzBBCode parses pages of any content seeded with the pages in
// BBCode of the facts, and the hand-made pages of its corpus
// (testdata/fuzz/FuzzBBCode).
func FuzzBBCode(f *testing.F) {
	parsetest.Fuzz(f, bbcode.Style{}, "../../testdata/facts/be01_*/*.bbcode")
}
