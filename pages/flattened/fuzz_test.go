package flattened_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/flattened"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzFlattened parses pages of any content seeded with the flattened samples.
func FuzzFlattened(f *testing.F) {
	parsetest.Fuzz(f, flattened.Style{}, "../../testdata/pages/000_*.txt", "../../testdata/pages/002_*.txt")
}
