package cellperline_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/cellperline"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzCellPerLine parses pages of any content seeded with the pages copied
// one cell per line, one with a cell wrapped over three lines, two of
// LibreOffice's "Text" export (empty cells as empty lines, titles right
// above their headers), and a scraper's text of the page (BeautifulSoup's
// get_text("\n"), z03), and github.com/lunny/html2md's Markdown of a
// Confluence page, its tables' cells a line each and its code blocks
// inline code spanning lines (bu02), and AbiWord's text of a page, its
// rows a cell a line set apart by gaps of 3 to 60 blank lines (bw03).
func FuzzCellPerLine(f *testing.F) {
	parsetest.Fuzz(f, cellperline.Style{}, "../../testdata/facts/k04_*/*.txt", "../../testdata/facts/k14_*/*.txt", "../../testdata/facts/k15_*/*.txt", "../../testdata/facts/b10_*/*.txt", "../../testdata/facts/e15_*/*.txt", "../../testdata/facts/f15_*/*.txt", "../../testdata/facts/u03_*/*.txt", "../../testdata/facts/u16_*/*.txt", "../../testdata/facts/z03_*/*.txt", "../../testdata/facts/bu02_*/*.md", "../../testdata/facts/bw03_*/*.txt")
}

// FuzzHeadless parses pages of any content seeded with a page whose cells
// stand one a paragraph and whose tables lost their header rows (pandoc's
// OpenDocument dumped by odt2txt, ah05).
func FuzzHeadless(f *testing.F) {
	parsetest.Fuzz(f, cellperline.Headless{}, "../../testdata/facts/ah05_*/*.txt")
}
