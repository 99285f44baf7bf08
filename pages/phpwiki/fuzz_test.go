package phpwiki_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/phpwiki"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzPhpWiki parses pages of any content seeded with the pages in
// PhpWiki's markup.
func FuzzPhpWiki(f *testing.F) {
	parsetest.Fuzz(f, phpwiki.Style{}, "../../testdata/facts/bh01_*/*.phpwiki", "../../testdata/parse/phpwiki-*/*.phpwiki")
}
