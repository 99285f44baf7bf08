package aria_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/aria"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzARIA parses pages of any content seeded with the page dumped as
// Playwright's ARIA snapshot.
func FuzzARIA(f *testing.F) {
	parsetest.Fuzz(f, aria.Style{}, "../../testdata/facts/bl01_*/*.aria.yaml")
}
