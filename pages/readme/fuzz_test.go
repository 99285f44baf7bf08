package readme_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/readme"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzReadme parses pages of any content seeded with the pages in
// ReadMe's legacy Markdown, of both protocols (the facts' Kakao page and
// this package's GearN page), and the hand-made pages of its corpus
// (testdata/fuzz/FuzzReadme: malformed JSON, blocks never closed, cells
// outside a table's counts).
func FuzzReadme(f *testing.F) {
	parsetest.Fuzz(f, readme.Style{}, "../../testdata/facts/t12_*/*.md", "testdata/*.md")
}
