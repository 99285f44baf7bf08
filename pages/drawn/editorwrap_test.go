package drawn_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages/drawn"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestEditorWrap reads pages whose tables pandoc drew with rules of
// dashes (-t plain) that fold -s cut at 72 columns with the
// trailing spaces trimmed (sed 's/ *$//'), as an editor's hard wrap
// leaves a page: each page's tables read as those of the page before
// the wrap (testdata/editorwrap/<page>.foldN.txt against <page>.txt, or
// the corpus page it was made of).
func TestEditorWrap(t *testing.T) {
	sources := map[string]string{
		"kiln":            "testdata/editorwrap/kiln.txt",
		"getPriceHistory": "../../testdata/facts/q07_getPriceHistory/getPriceHistory.txt",
	}
	wrapped, err := filepath.Glob("testdata/editorwrap/*.fold*.txt")
	if err != nil || len(wrapped) == 0 {
		t.Fatalf("no wrapped pages: %v", err)
	}
	for _, path := range wrapped {
		base := strings.SplitN(filepath.Base(path), ".", 2)[0]
		want, _ := tablesOf(t, sources[base])
		got, warns := tablesOf(t, path)
		if len(got) != len(want) {
			t.Errorf("%s: %d tables, want %d\nwarnings %q", path, len(got), len(want), warns)
			continue
		}
		for k := range got {
			if !reflect.DeepEqual(got[k], want[k]) {
				t.Errorf("%s: table %d\n got %q\nwant %q", path, k+1, got[k], want[k])
			}
		}
	}
}

// tablesOf reads the page at path as a parse does (pagestest.ReadText)
// with the drawn style, and returns its tables, each its header and
// rows, with its warnings and errors.
func tablesOf(t *testing.T, path string) ([][][]string, []string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	blocks, warns := pagestest.ReadText(drawn.Style{}, string(b))
	var tables [][][]string
	for _, bl := range blocks {
		if bl.Table == nil {
			continue
		}
		tb := [][]string{bl.Table.Header}
		for _, r := range bl.Table.Rows {
			tb = append(tb, r.Cells)
		}
		tables = append(tables, tb)
	}
	return tables, warns
}
