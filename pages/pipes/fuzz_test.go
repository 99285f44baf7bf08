package pipes_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzPipes parses pages of any content seeded with the pipe-separated
// samples, a page html2text converted (each header printed twice, a
// cell's line break under its row), and pages a mail quotes (o16, and it
// forwarded twice, quoted ">>", its lines cut at the column), and a page
// Word saved as plain text (x04: each cell followed by a tab).
func FuzzPipes(f *testing.F) {
	parsetest.Fuzz(f, pipes.Style{}, "../../testdata/pages/004_*.txt", "../../testdata/parse/kakao-several/shop.txt", "../../testdata/facts/c11_*/*.txt", "../../testdata/facts/c12_*/*.txt", "../../testdata/facts/e09_*/*.txt", "../../testdata/parse/kakao-table-cut-blank-pipes/*.txt", "../../testdata/facts/j15_*/*.md", "../../testdata/facts/n10_*/*.txt", "../../testdata/facts/o16_*/*.txt", "../../testdata/parse/broken-html-table-txt/page.txt", "../../testdata/parse/html-code-table-pipes/page.txt", "../../testdata/facts/x04_*/*.txt")
}
