package pages_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/aligned"
	"github.com/docs2go/docs2go/pages/cellperline"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestHeaderCellLines reads a header whose cells run together over rows
// written one cell a line, no blank line between them, in pages of
// styles that read both as text (Markdown, columns aligned with spaces,
// one cell per line): each reads the table, with a warning naming the
// form, and Markdown refuses it no longer as a table written as text a
// paragraph a row. Lines under such a header that fill no rows of its
// columns (a Code cell that is no number) stay text.
func TestHeaderCellLines(t *testing.T) {
	page := "# Reserve\n\nSome text.\n\n## Request\n\nNameTypeMandatoryDescription\nseatId\nstring\nY\nThe seat to reserve.\ncount\nint\nN\nHow many seats.\n\n## Response\n\nDone.\n"
	want := []string{
		"01 Reserve",
		"03 Some text.",
		"05 Request",
		"07 [Name|Type|Mandatory|Description]",
		"08 |seatId|string|Y|The seat to reserve.|",
		"12 |count|int|N|How many seats.|",
		"17 Response",
		"19 Done.",
	}
	for _, st := range []pages.Style{markdown.Style{}, aligned.Style{}, cellperline.Style{}} {
		blocks, warns := pagestest.Read(st, page, true)
		if got := pagestest.Describe(blocks); !slices.Equal(got, want) {
			t.Errorf("%s: got %q;\nwant %q", st, got, want)
		}
		if len(warns) != 1 || !strings.HasPrefix(warns[0], "p.txt:7: the table at line 7 has its header's cells run together over rows written one cell a line") || !strings.Contains(warns[0], "read lines 8 to 15 as its 2 rows") {
			t.Errorf("%s: warnings %q", st, warns)
		}
	}
	enum := "Tiers\n\nNameCodeDescription\nCommon1\nRare2\nEpic3\n"
	blocks, _ := pagestest.Read(aligned.Style{}, enum, true)
	for _, b := range blocks {
		if b.Table != nil {
			t.Errorf("an enum's rows run together one a line read as cells one a line: %q", pagestest.Describe(blocks))
		}
	}
}
