package sheet_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/sheet"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzSheet parses pages of any content seeded with the pages a
// spreadsheet wrote as delimited text, of both protocols.
func FuzzSheet(f *testing.F) {
	parsetest.Fuzz(f, sheet.Style{}, "../../testdata/facts/p08_*/*.txt", "../../testdata/facts/p16_*/*.txt")
}
