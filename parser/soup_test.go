package parser_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/docs2go/docs2go/parser"
)

// TestSoupPage parses a GearN page of the corpus as a scraper keeps its
// text (testdata/soup: BeautifulSoup 4.11.2's get_text("\n") of
// testdata/html/122_getPlayerCurrency.html, html.parser, the whole page)
// and finds the facts of the page itself, its code spans aside, which the
// text of the page does not keep.
func TestSoupPage(t *testing.T) {
	read := func(path string) *parser.Result {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		res, err := parser.Parse([]parser.Page{{Name: filepath.Base(path), Data: data}}, parser.Options{Name: "x"})
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		return res
	}
	want := read("../testdata/html/122_getPlayerCurrency.html")
	got := read("../testdata/soup/122_getPlayerCurrency.txt")
	tally, outcome, detail := sweepScore(want.API, got.API, got.Warnings, nil)
	if outcome == sweepSilent || outcome == sweepRefused {
		t.Errorf("%s: %s (%+v)", outcome, detail, tally)
	}
}
