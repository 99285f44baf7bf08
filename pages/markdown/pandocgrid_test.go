package markdown

import (
	"reflect"
	"testing"

	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestPandocGridEscapes reads a grid pandoc wrote in Markdown from a Word
// file: its alignment border over a first row of names, its cells'
// escapes ("\~", "\<", "\>", "\"") decoded, and the paragraphs of a cell
// that a hard line break parts kept on its row by the cell's decoded
// text.
func TestPandocGridEscapes(t *testing.T) {
	page := "+:--------:+:------------------:+:--------------:+\n" +
		"| Name     | Type               | Description    |\n" +
		"+----------+--------------------+----------------+\n" +
		"| batches  | List\\<SapBatch\\>   | Batches, 1 \\~  |\n" +
		"|          |                    | 12\\            |\n" +
		"|          |                    | In \\\"order\\\".  |\n" +
		"+----------+--------------------+----------------+\n" +
		"| id       | String             | ID             |\n" +
		"+----------+--------------------+----------------+\n"
	blocks, warns := pagestest.Read(Style{}, page, true)
	got := pagestest.Describe(blocks)
	want := []string{
		"02 [Name|Type|Description]",
		`04 |batches|List<SapBatch>|Batches, 1 ~ 12 In "order".|`,
		"08 |id|String|ID|",
	}
	if !reflect.DeepEqual(got, want) || len(warns) > 0 {
		t.Fatalf("got %q %q\nwant %q", got, warns, want)
	}
	r := blocks[0].Table.Rows[0]
	if ps, want := r.CellParagraphs[r.Cells[2]], []string{"Batches, 1 ~ 12", `In "order".`}; !reflect.DeepEqual(ps, want) {
		t.Errorf("paragraphs: got %q, want %q", ps, want)
	}
}
