package textile_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/textile"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzTextile parses pages of any content seeded with the pages in
// Textile, of both protocols (the facts' and the golden cases'), and the
// hand-made pages of its corpus (testdata/fuzz/FuzzTextile).
func FuzzTextile(f *testing.F) {
	parsetest.Fuzz(f, textile.Style{}, "../../testdata/facts/o08_*/*.txt", "../../testdata/parse/textile-*/*.txt")
}
