package markdown_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzMarkdown parses pages of any content seeded with the Markdown samples
// (an outliner's, Logseq's, among them),
// pandoc's Markdown among them (its MultiMarkdown, whose headings end
// in their labels, too, and its grids of a Word file, with alignment
// borders and a cell spanning rows), and a Jekyll page's kramdown.
func FuzzMarkdown(f *testing.F) {
	parsetest.Fuzz(f, markdown.Style{}, "../../testdata/pages/001_*.txt", "../../testdata/pages/003_*.txt", "../../testdata/parse/cut-table-markdown/*.md", "../../testdata/parse/cut-table-blank-md/*.md", "../../testdata/facts/c0[56]_*/*.md", "../../testdata/parse/md-other-blocks-*/*.md", "../../testdata/facts/m04_*/*.md", "../../testdata/facts/n14_*/*.md", "../../testdata/facts/p07_*/*.md", "../../testdata/facts/q06_*/*.md", "../../testdata/facts/q14_*/*.md", "../../testdata/facts/q03_*/*.md", "../../testdata/facts/u06_*/*.md", "../../testdata/facts/z10_*/*.md", "../../testdata/facts/y10_*/*.md", "../../testdata/facts/bv04_*/*.md")
}
