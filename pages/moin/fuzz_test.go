package moin_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/moin"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzMoin parses pages of any content seeded with the pages in
// MoinMoin's markup.
func FuzzMoin(f *testing.F) {
	parsetest.Fuzz(f, moin.Style{}, "../../testdata/facts/bf01_*/*.moin")
}

// FuzzWikka parses pages of any content seeded with the pages in
// WikkaWiki's markup.
func FuzzWikka(f *testing.F) {
	parsetest.Fuzz(f, moin.Wikka{}, "../../testdata/facts/bj01_*/*.wikka")
}
