package html_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzHTML parses pages of any content seeded with the HTML samples.
func FuzzHTML(f *testing.F) {
	parsetest.Fuzz(f, html.Style{}, "../../testdata/html/*.html", "../../testdata/parse/cut-table-html/*.html", "../../testdata/facts/m11_*/*.html", "../../testdata/facts/r15_*/*.mhtml", "../../testdata/facts/r16_*/*.xml")
}
