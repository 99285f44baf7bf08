package dokuwiki_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/dokuwiki"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzDokuWiki parses pages of any content seeded with the pages in
// DokuWiki's markup, of both protocols.
func FuzzDokuWiki(f *testing.F) {
	parsetest.Fuzz(f, dokuwiki.Style{}, "../../testdata/facts/m16_*/*.txt", "../../testdata/parse/dokuwiki-*/*.txt", "../../testdata/sweep/pandoc-dokuwiki/n11_*/*.txt")
}
