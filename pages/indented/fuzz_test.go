package indented_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/indented"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzIndented parses pages of any content seeded with the pages in HAML
// and in Pug.
func FuzzIndented(f *testing.F) {
	parsetest.Fuzz(f, indented.Style{}, "../../testdata/facts/bc01_*/*.haml", "../../testdata/facts/bd01_*/*.pug")
}
