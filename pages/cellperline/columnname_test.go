package cellperline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestIsColumnNameOnePart holds isColumnName to the long way, every part
// of the cell asked (pages.AnyPart), on column words, near misses and
// every line and word of the sample pages.
func TestIsColumnNameOnePart(t *testing.T) {
	longWay := func(c string) bool {
		return pages.ColumnOf(c) != pages.ColOther || pages.AnyPart(c, func(part string) bool {
			return pages.ColumnOf(part) != pages.ColOther || pages.IsColumnWord(strings.TrimSuffix(part, " 여부"))
		})
	}
	cells := []string{"", " ", "Name", " Name ", "**Name**", "`Code`", "필수 여부", " 필수 여부 ", "필수 여부(Y/N)", "Name (이름)",
		"Message", " msg ", "Remark", "**Remark**", "Default", "Status", "Values", "Name/Code", "/name", "Name (x)", "note 여부"}
	for w := range pages.ColumnWords {
		cells = append(cells, w, strings.ToUpper(w), " "+w+" ", "*"+w+"*", w+" 여부")
	}
	for _, dir := range []string{"../../testdata/pages", "../../testdata/html"} {
		files, err := filepath.Glob(filepath.Join(dir, "*"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			cells = append(cells, strings.Split(string(data), "\n")...)
			cells = append(cells, strings.Fields(string(data))...)
		}
	}
	named := 0
	for _, c := range cells {
		got, want := isColumnName(c), longWay(c)
		if got != want {
			t.Errorf("isColumnName(%q) = %v, the long way %v", c, got, want)
		}
		if got {
			named++
		}
	}
	if named < 100 {
		t.Fatalf("only %d cells that name a column tried", named)
	}
}
