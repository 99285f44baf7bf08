package cellperline_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/cellperline"
	"github.com/docs2go/docs2go/pages/source"
)

// gapped writes rows as AbiWord 3.0.5's --to=txt writes the tables of a
// page: each cell a line, no blank line between a row's cells, an empty
// cell an empty line, and before each row the blank lines its gap says,
// which vary from row to row (3 to 60 on one page). A row of one cell is
// a line of text.
func gapped(rows ...struct {
	gap   int
	cells []string
}) string {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Repeat("\n", r.gap))
		for _, c := range r.cells {
			b.WriteString(c + "\n")
		}
	}
	return b.String()
}

// TestVaryingRowGaps reads tables a cell a line whose rows the blank
// lines between them set apart by gaps that vary widely: a row's extent
// is told by its cells (the header's count of columns, a name, a type, a
// true or false), not by the width of the gap before it. A row after a
// gap wider than the others, short of a cell an empty line holds, is the
// table's, with a warning; a row after a gap narrower than the others,
// once the row before holds its cells, is too; the table ends where the
// lines cannot be a row's cells: a type's title (a name) and the
// sentence under it, right over the next table's header, put a sentence
// in the Required column, and the title of a table of two columns and its
// header put a column's name there.
func TestVaryingRowGaps(t *testing.T) {
	type row = struct {
		gap   int
		cells []string
	}
	head := []string{"Code", "Type", "Required", "Description"}
	page := gapped(
		row{0, []string{"Response Body"}},
		row{1, head},
		row{12, []string{"errorCode", "ErrorCode", "true", "The status."}},
		row{12, []string{"blade", "FlintBlade", "true", "The blade."}},
		row{16, []string{"debitageGrams", "number", "", "Weight kept. (from 0.0 to 2500.0)"}},
		row{7, []string{"edgeKeenness", "number int", "true", "Sharpness. (from 0 to 100)"}},
		row{24, []string{"curvature", "number", "", "Bend of the scar."}},
		row{16, []string{"ripples", "RippleMark[]", "", "Ripple marks. (0 - 6 elements)"}},
		row{8, []string{"label", "string", "", "Short label. (Max 12 characters)"}},
		row{1, []string{"FlintBlade"}},
		row{1, []string{"A finished flint blade."}},
		row{0, head},
		row{12, []string{"bladeId", "string", "true", "The blade. (16 characters)"}},
		row{8, []string{"patinated", "boolean", "", "Whether it is patinated."}},
		row{1, []string{"ErrorCode"}},
		row{1, []string{"Name", "Code"}},
		row{10, []string{"Ok", "1"}},
		row{10, []string{"NoduleNotFound", "341"}},
		row{1, []string{"Example"}},
	)
	want := []string{
		"1: Response Body",
		"3: | Code | Type | Required | Description |",
		"19: | errorCode | ErrorCode | true | The status. |",
		"35: | blade | FlintBlade | true | The blade. |",
		"55: | debitageGrams | number |  | Weight kept. (from 0.0 to 2500.0) |",
		"66: | edgeKeenness | number int | true | Sharpness. (from 0 to 100) |",
		"94: | curvature | number |  | Bend of the scar. |",
		"114: | ripples | RippleMark[] |  | Ripple marks. (0 - 6 elements) |",
		"126: | label | string |  | Short label. (Max 12 characters) |",
		"131: FlintBlade",
		"133: A finished flint blade.",
		"134: | Code | Type | Required | Description |",
		"150: | bladeId | string | true | The blade. (16 characters) |",
		"162: | patinated | boolean |  | Whether it is patinated. |",
		"167: ErrorCode",
		"169: | Name | Code |",
		"181: | Ok | 1 |",
		"193: | NoduleNotFound | 341 |",
		"196: Example",
	}
	rep := &pages.Reporter{}
	src := source.Of("p.txt", pages.Text{Lines: pages.Lines([]byte(page))}, rep)
	if got := cellperline.Render(pages.Read(cellperline.Style{}, src)); !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, errs := rep.Sorted([]string{"p.txt"}, false); len(errs) > 0 {
		t.Errorf("errors %v, want none", errs)
	}
}
