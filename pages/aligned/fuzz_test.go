package aligned_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/aligned"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzAligned parses pages of any content seeded with the pages whose
// tables are columns aligned with spaces.
func FuzzAligned(f *testing.F) {
	parsetest.Fuzz(f, aligned.Style{}, "../../testdata/facts/h08_*/*.txt", "../../testdata/facts/h16_*/*.txt")
}
