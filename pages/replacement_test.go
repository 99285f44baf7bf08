package pages_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestReplacementChar warns, at its line and naming it, of each cell and
// line of text that holds U+FFFD, which a tool that decoded a page in
// another encoding writes where it lost a character, in every style; a
// name or a type cell that holds one is read as lost, empty, for the
// protocol's reader to recover or make a hole of.
func TestReplacementChar(t *testing.T) {
	for _, c := range []struct {
		name  string
		style pages.Style
		page  string
		want  []string
		warns []string
	}{
		{"Markdown", markdown.Style{}, "## Cr\ufffdate\n\n| Name | Type | Description |\n|---|---|---|\n| kind | string | \ufffdgold\ufffd |\n| play\ufffder | string | The player |\n| count | int\ufffd | How many |",
			[]string{"01 Cr\ufffdate", "03 [Name|Type|Description]", "05 |kind|string|\ufffdgold\ufffd|", "06 ||string|The player|", "07 |count||How many|"},
			[]string{"p.txt:1: line 1", "p.txt:5: the cell \"\ufffdgold\ufffd\"", "p.txt:6: the name cell \"play\ufffder\"", "p.txt:7: the type cell \"int\ufffd\""}},
		{"HTML", html.Style{}, "<table>\n<tr><th>Name</th><th>Type</th><th>Description</th></tr>\n<tr><td>kind</td><td>string</td><td>10 \ufffd 20 characters</td></tr>\n</table>",
			[]string{"02 [Name|Type|Description]", "03 |kind|string|10 \ufffd 20 characters|"},
			[]string{"p.txt:3: the cell \"10 \ufffd 20 characters\""}},
	} {
		blocks, got := pagestest.Read(c.style, c.page, true)
		if d := pagestest.Describe(blocks); !reflect.DeepEqual(d, c.want) {
			t.Errorf("%s: got\n%q\nwant\n%q\nwarnings %q", c.name, d, c.want, got)
		}
		var fffd []string
		for _, w := range got {
			if strings.Contains(w, "U+FFFD") {
				fffd = append(fffd, w)
			}
		}
		if len(fffd) != len(c.warns) {
			t.Fatalf("%s: warnings %q, want %d of U+FFFD", c.name, got, len(c.warns))
		}
		for i, w := range c.warns {
			if !strings.HasPrefix(fffd[i], w) {
				t.Errorf("%s: warning %q, want it to begin %q", c.name, fffd[i], w)
			}
		}
	}
}
