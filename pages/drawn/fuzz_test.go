package drawn_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/drawn"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzDrawn parses pages of any content seeded with the pages whose
// tables are drawn with characters, pandoc's plain text and
// reStructuredText among them.
func FuzzDrawn(f *testing.F) {
	parsetest.Fuzz(f, drawn.Style{}, "../../testdata/facts/i07_*/*.txt", "../../testdata/facts/i16_*/*.txt", "../../testdata/facts/q04_*/*.txt", "../../testdata/facts/q07_*/*.txt", "../../testdata/facts/q11_*/*.txt", "../../testdata/facts/q15_*/*.txt", "../../testdata/facts/r08_*/*.rst", "../../testdata/facts/r12_*/*.rst.txt")
}
