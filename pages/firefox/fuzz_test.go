package firefox_test

import (
	"testing"

	"github.com/docs2go/docs2go/pages/firefox"
	"github.com/docs2go/docs2go/parser/parsetest"
)

// FuzzFirefox parses pages of any content seeded with pages Firefox saved
// as text, GearN's and Kakao Games'.
func FuzzFirefox(f *testing.F) {
	parsetest.Fuzz(f, firefox.Style{}, "../../testdata/facts/u07_*/*.txt", "../../testdata/parse/firefox-kakao/*.txt")
}
