package pmwiki_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/pmwiki"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzPmWiki parses pages of any content seeded with the pages in
// PmWiki's markup.
func FuzzPmWiki(f *testing.F) {
	parsetest.Fuzz(f, pmwiki.Style{}, "../../testdata/facts/bh03_*/*.pmwiki", "../../testdata/parse/pmwiki-*/*.pmwiki")
}
