package snipsnap_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/snipsnap"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzSnipSnap parses pages of any content seeded with the pages in
// SnipSnap's markup.
func FuzzSnipSnap(f *testing.F) {
	parsetest.Fuzz(f, snipsnap.Style{}, "../../testdata/facts/bh02_*/*.snip", "../../testdata/parse/snipsnap-*/*.snip")
}
