package xwiki_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/xwiki"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzXWiki parses pages of any content seeded with the pages in XWiki's
// syntax, of both protocols.
func FuzzXWiki(f *testing.F) {
	parsetest.Fuzz(f, xwiki.Style{}, "../../testdata/facts/w08_*/*.xwiki", "../../testdata/sweep/pandoc-xwiki/1*/*.txt", "../../testdata/sweep/pandoc-xwiki/u*/*.txt")
}
