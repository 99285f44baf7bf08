package flattened_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/flattened"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzFlattened parses pages of any content seeded with the flattened
// samples, a GET page with "Request Parameters" and a plain answer, a
// page copied from a browser's print preview (its running title and page
// marks inside a table), and a page whose HTML a tag stripper took out.
func FuzzFlattened(f *testing.F) {
	parsetest.Fuzz(f, flattened.Style{}, "../../testdata/pages/000_*.txt", "../../testdata/pages/002_*.txt", "../../testdata/parse/gearn-request-params-txt/getFriendRequests.txt", "../../testdata/parse/type-lost-name-tail-txt/*.txt", "../../testdata/facts/j02_*/*.txt", "../../testdata/facts/bv05_*/*.txt")
}
