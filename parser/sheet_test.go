package parser

import (
	"os"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/sheet"
)

// TestSheetStyle tells a spreadsheet's rows from the registry's other
// styles on the pages of the facts corpus by their shape: a sheet
// downloaded as CSV (p08) and one saved as tab-delimited text (p16) are
// a sheet's, whatever their file's name; a word processor's text with
// tab rows (o15) and a browser's copy of a page's tables, one cell quoted
// over two lines (f08), are pipe- or tab-separated text.
func TestSheetStyle(t *testing.T) {
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"../testdata/facts/p08_grantCompensation/grantCompensation.txt", sheet.Style{}},
		{"../testdata/facts/p16_aquariumTanks/tanks.txt", sheet.Style{}},
		{"../testdata/facts/o15_weatherForecast/forecast.txt", pipes.Style{}},
		{"../testdata/facts/f08_claimLoginReward/claimLoginReward.txt", pipes.Style{}},
	} {
		data, err := os.ReadFile(c.page)
		if err != nil {
			t.Fatal(err)
		}
		if got := pages.Detect(styles, pages.ReadText(c.page, data, &pages.Reporter{}).Lines); got != c.want {
			t.Errorf("%s: read as %v, want %v", c.page, got, c.want)
		}
	}
}
