package reader

import (
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestLostEnumHeader: a table whose header row is a name and a whole
// number, as its every row, lost its header (catdoc); a header of column
// words, or rows of names and types, did not.
func TestLostEnumHeader(t *testing.T) {
	table := func(header []string, rows ...[]string) *pages.Table {
		tb := &pages.Table{Line: 1, Header: header}
		tb.Cols, _ = pages.ColumnsOf(header)
		for i, r := range rows {
			tb.Rows = append(tb.Rows, &pages.Row{Line: i + 2, Cells: r})
		}
		return tb
	}
	for _, c := range []struct {
		name string
		tb   *pages.Table
		want bool
	}{
		{"name and code", table([]string{"GNHashtableMinLength", "11"}, []string{"GNHashtableMaxLength", "12"}, []string{"GNArrayNull", "13"}), true},
		{"with a description, a negative code", table([]string{"SecretInvalid", "-10", "Wrong key."}, []string{"Ok", "1", "Done."}), true},
		{"a header of column words", table([]string{"Name", "Code"}, []string{"Ok", "1"}), false},
		{"rows of names and types", table([]string{"userId", "string"}, []string{"guildId", "string"}), false},
		{"a row that is no enum's", table([]string{"Ok", "1"}, []string{"Bad", "two"}), false},
	} {
		if got := lostEnumHeader(c.tb); got != c.want {
			t.Errorf("%s: lostEnumHeader = %v, want %v", c.name, got, c.want)
		}
	}
}
