package html_test

import (
	"reflect"
	"testing"

	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestCellParagraphs keeps, on a row, the paragraphs of each cell that
// the page writes in several (<p>s, a <br>), by the cell's text, which
// joins them with a space; a cell of one paragraph has none kept.
func TestCellParagraphs(t *testing.T) {
	const page = `<table>
<tr><th>Name</th><th>Type</th><th>Mandatory</th><th>Description</th></tr>
<tr><td>Authorization</td><td>String</td><td>Y</td><td><p>Authorization: KakaoAK {ADMIN_KEY}</p><p>The admin key of the app</p></td></tr>
<tr><td>appSecret</td><td>String</td><td>Y</td><td>The <code>app</code> secret<br>From the console</td></tr>
<tr><td>kgAppId</td><td>String</td><td>Y</td><td><p>KG App ID</p></td></tr>
</table>
`
	blocks, _ := pagestest.Read(html.Style{}, page, true)
	if len(blocks) != 1 || blocks[0].Table == nil || len(blocks[0].Table.Rows) != 3 {
		t.Fatalf("blocks %q, want a table of 3 rows", pagestest.Describe(blocks))
	}
	want := []map[string][]string{
		{"Authorization: KakaoAK {ADMIN_KEY} The admin key of the app": {"Authorization: KakaoAK {ADMIN_KEY}", "The admin key of the app"}},
		{"The `app` secret From the console": {"The `app` secret", "From the console"}},
		nil,
	}
	for i, r := range blocks[0].Table.Rows {
		if !reflect.DeepEqual(r.CellParagraphs, want[i]) {
			t.Errorf("row %d %q: paragraphs %q, want %q", i, r.Cells, r.CellParagraphs, want[i])
		}
	}
}
