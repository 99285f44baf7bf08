package wiki_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/wiki"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzWiki parses pages of any content seeded with the pages in
// Confluence's wiki markup, of both protocols, and one pandoc's Jira
// writer wrote.
func FuzzWiki(f *testing.F) {
	parsetest.Fuzz(f, wiki.Style{}, "../../testdata/facts/h07_*/*.txt", "../../testdata/facts/h10_*/*.txt", "../../testdata/facts/r03_*/*.txt", "../../testdata/parse/wiki-*/*.txt")
}
