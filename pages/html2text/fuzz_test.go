package html2text_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/html2text"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzHTML2Text parses pages of any content seeded with the text Debian's
// html2text writes of pages of both protocols.
func FuzzHTML2Text(f *testing.F) {
	parsetest.Fuzz(f, html2text.Style{}, "../../testdata/facts/s04_*/*.txt", "../../testdata/parse/html2text-*/*.txt")
}
