package markdown

import (
	"reflect"
	"testing"

	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestCellParagraphs keeps, on a row, the paragraphs of a cell that HTML
// line breaks set apart (<br>, <p>), by the cell's text, which joins them
// with a space; one inside a code span breaks none.
func TestCellParagraphs(t *testing.T) {
	const page = "| Name | Type | Mandatory | Description |\n" +
		"| --- | --- | --- | --- |\n" +
		"| Authorization | String | Y | Authorization: KakaoAK {ADMIN_KEY}<br>The admin key of the app |\n" +
		"| kgAppId | String | Y | KG App ID `<br>` |\n"
	blocks, _ := pagestest.Read(Style{}, page, true)
	if len(blocks) != 1 || blocks[0].Table == nil || len(blocks[0].Table.Rows) != 2 {
		t.Fatalf("blocks %q, want a table of 2 rows", pagestest.Describe(blocks))
	}
	want := []map[string][]string{
		{"Authorization: KakaoAK {ADMIN_KEY} The admin key of the app": {"Authorization: KakaoAK {ADMIN_KEY}", "The admin key of the app"}},
		nil,
	}
	for i, r := range blocks[0].Table.Rows {
		if !reflect.DeepEqual(r.CellParagraphs, want[i]) {
			t.Errorf("row %d %q: paragraphs %q, want %q", i, r.Cells, r.CellParagraphs, want[i])
		}
	}
}
