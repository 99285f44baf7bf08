package adoc_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/adoc"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzAsciiDoc parses pages of any content seeded with the pages in
// AsciiDoc, of both protocols.
func FuzzAsciiDoc(f *testing.F) {
	parsetest.Fuzz(f, adoc.Style{}, "../../testdata/facts/i08_*/*.txt", "../../testdata/parse/adoc-*/*.adoc")
}
