package drawn_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/drawn"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzDrawn parses pages of any content seeded with the pages whose
// tables are drawn with characters, pandoc's plain text,
// reStructuredText and Haddock among them, and manual pages' tables
// (man, tbl), a table's rest among them, apart under a callout, and
// pandoc's Markdown of a Word file, its grids with alignment borders and
// a cell spanning rows.
func FuzzDrawn(f *testing.F) {
	parsetest.Fuzz(f, drawn.Style{}, "../../testdata/facts/i07_*/*.txt", "../../testdata/facts/i16_*/*.txt", "../../testdata/facts/q04_*/*.txt", "../../testdata/facts/q07_*/*.txt", "../../testdata/facts/q11_*/*.txt", "../../testdata/facts/q15_*/*.txt", "../../testdata/facts/r08_*/*.rst", "../../testdata/facts/r12_*/*.rst.txt", "../../testdata/facts/v10_*/*.txt", "../../testdata/facts/x03_*/*.haddock", "../../testdata/sweep/man-80/b03_*/*.txt", "../../testdata/sweep/man-120-tabs/o07_*/*.txt", "../../testdata/sweep/man-80/r02_*/*.txt", "../../testdata/facts/bg03_*/*.txt", "../../testdata/parse/boxtext-*/[a-z]*[A-Z]*.txt", "../../testdata/parse/boxtext-kakao/mailbox.txt", "../../testdata/facts/bv04_*/*.md")
}
