package reader

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestHeadedKey checks that headedKey writes the key of a table as the
// heading's last segment, its kind and its sorted members (signature),
// joined by NULs, and keeps the members as parts of it: among them
// members whose names hold a space or are a prefix of another's, and
// two whose texts are the same, told once.
func TestHeadedKey(t *testing.T) {
	rows := [][]string{{"Zeta", "1"}, {"a b", "c"}, {"a", "b c"}, {"a", "b"}, {"ab", "0"}, {"a", "b!"}, {"Zeta", "1"}}
	tb := &pages.Table{Header: []string{"Name", "Code"}, Cols: []pages.Column{pages.ColName, pages.ColCode}}
	for i, r := range rows {
		tb.Rows = append(tb.Rows, &pages.Row{Line: i + 2, Cells: r})
	}
	for _, tables := range []*pages.Table{tb, {Header: tb.Header, Cols: tb.Cols}} {
		pd := &pageDoc{}
		d := &defDoc{name: "GenericModels.Status", table: tables}
		key, sig := pd.headedKey(d)
		want := signature(pd, tables)
		if !slices.Equal(sig, want) {
			t.Errorf("members %q, want %q", sig, want)
		}
		if wantKey := "Status\x00" + strconv.Itoa(int(pages.KindEnum)) + "\x00" + strings.Join(want, "\x00"); key != wantKey {
			t.Errorf("key %q, want %q", key, wantKey)
		}
	}
	if got, want := signature(&pageDoc{}, tb), (memberSet{"Zeta 1", "a b", "a b c", "a b!", "ab 0"}); !slices.Equal(got, want) {
		t.Errorf("signature %q, want %q", got, want)
	}
}
