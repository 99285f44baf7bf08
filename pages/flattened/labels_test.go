package flattened

import (
	"reflect"
	"slices"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// TestCellLabels reads the rows of a responsive table whose text writes
// each cell after its column's name, as a tag stripper leaves its cell
// labels: the labels dropped, a name that holds a label's word
// ("itemTypeId") and an empty cell kept, with one warning at the first
// row; a table whose first row holds its labels in no order is read as
// it is.
func TestCellLabels(t *testing.T) {
	for _, c := range []struct {
		name  string
		page  []string
		want  [][]string
		warns []int
	}{{
		name: "labelled rows",
		page: []string{
			"CodeTypeRequiredDescription",
			"CoderecipientIdsTypestring[]RequiredtrueDescriptionThe players who receive the mail.",
			"CodeitemTypeIdTypestringRequiredDescriptionThe kind of item.",
			"CodeexpireDaysTypenumber intRequiredDescriptionDays until the mail expires. (from 1 to 30)",
		},
		want: [][]string{
			{"recipientIds", "string[]", "true", "The players who receive the mail."},
			{"itemTypeId", "string", "", "The kind of item."},
			{"expireDays", "number int", "", "Days until the mail expires. (from 1 to 30)"},
		},
		warns: []int{2},
	}, {
		name: "a row whose name begins with the first label, no others after it",
		page: []string{
			"NameTypeRequiredDescription",
			"NamestringtrueThe player's name.",
		},
		want: [][]string{
			{"Name", "string", "true", "The player's name."},
		},
	}} {
		rep := &pages.Reporter{}
		blocks := flattenedItems(pages.Source{Name: "p.txt", Lines: c.page, Words: testLexicon{}, Report: rep})
		var got [][]string
		for _, b := range blocks {
			if b.Table == nil {
				continue
			}
			for _, r := range b.Table.Rows {
				got = append(got, r.Cells)
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: rows\n got %q\nwant %q", c.name, got, c.want)
		}
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		lines := func(ds schema.Diagnostics) []int {
			var out []int
			for _, d := range ds {
				out = append(out, d.Pos.Line)
			}
			return out
		}
		if !slices.Equal(lines(warns), c.warns) || len(errs) > 0 {
			t.Errorf("%s: want warnings at lines %v and no error, got %v and %v", c.name, c.warns, warns, errs)
		}
	}
}
