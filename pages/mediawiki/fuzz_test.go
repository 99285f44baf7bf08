package mediawiki_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/mediawiki"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzMediaWiki parses pages of any content seeded with the pages in
// MediaWiki's wikitext, of both protocols (the facts' and the golden
// case's), and the hand-made pages of its corpus
// (testdata/fuzz/FuzzMediaWiki).
func FuzzMediaWiki(f *testing.F) {
	parsetest.Fuzz(f, mediawiki.Style{}, "../../testdata/facts/n08_*/*.txt", "../../testdata/facts/n15_*/*.txt", "../../testdata/parse/mediawiki-*/*.txt")
}
