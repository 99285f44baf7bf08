package pages_test

import (
	"reflect"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/sheet"
)

// TestEscapedBreaks reads the "\n" a tab-separated writer (jq's @tsv)
// writes for a line break of a cell as a line break, with a warning at
// the row, in every style that reads tab-separated rows; leaves an
// escaped backslash before an "n" as written; and leaves a "\n" in a
// row that is not tab-separated as written.
func TestEscapedBreaks(t *testing.T) {
	for _, c := range []struct {
		name  string
		style pages.Style
		page  string
		want  []string
		warns []string
	}{
		{"tab-separated text", pipes.Style{}, "Request Body\nName\tType\tDescription\ncrew\tList<Worker>\tWorkers,\\n1 ~ 4 entries\nsep\tString\tThe separator, \\\\n by default",
			[]string{"01 Request Body", "02 [Name|Type|Description]", "03 |crew|List<Worker>|Workers, 1 ~ 4 entries|", `04 |sep|String|The separator, \\n by default|`},
			[]string{`p.txt:3: the cell "Workers,\\n1 ~ 4 entries" at line 3 holds the two characters \n, as a tab-separated writer (jq's @tsv, a database's COPY) writes a line break of a cell: read as a line break, "Workers, 1 ~ 4 entries"`}},
		{"a spreadsheet's TSV", sheet.Style{}, "Request Body\t\t\nName\tType\tDescription\ncrew\tList<Worker>\tWorkers,\\n1 ~ 4 entries",
			[]string{"01 Request Body", "02 [Name|Type|Description]", "03 |crew|List<Worker>|Workers, 1 ~ 4 entries|"},
			[]string{`p.txt:3: the cell "Workers,\\n1 ~ 4 entries" at line 3 holds the two characters \n, as a tab-separated writer (jq's @tsv, a database's COPY) writes a line break of a cell: read as a line break, "Workers, 1 ~ 4 entries"`}},
		{"Markdown", markdown.Style{}, "| Name | Type | Description |\n|---|---|---|\n| sep | String | Lines split at \\n |",
			[]string{"01 [Name|Type|Description]", `03 |sep|String|Lines split at \n|`}, nil},
	} {
		blocks, got := pagestest.Read(c.style, c.page, true)
		if d := pagestest.Describe(blocks); !reflect.DeepEqual(d, c.want) {
			t.Errorf("%s: got\n%q\nwant\n%q\nwarnings %q", c.name, d, c.want, got)
		}
		if !reflect.DeepEqual(got, c.warns) {
			t.Errorf("%s: warnings\n%q\nwant\n%q", c.name, got, c.warns)
		}
	}
}
