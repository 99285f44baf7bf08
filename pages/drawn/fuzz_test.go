package drawn_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/drawn"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzDrawn parses pages of any content seeded with the pages whose
// tables are drawn with characters.
func FuzzDrawn(f *testing.F) {
	parsetest.Fuzz(f, drawn.Style{}, "../../testdata/facts/i07_*/*.txt", "../../testdata/facts/i16_*/*.txt")
}
