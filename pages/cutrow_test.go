package pages_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/dokuwiki"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/mediawiki"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestRowCutAcross reads a row a cut split across two tables (the first
// cells in the last row of one, the others as the first row of the
// next, which has no header row: Html2Wml's cards, a page break) as one
// row, with a warning, in every style that writes a table without a
// header row, where the two rows' cells fill the columns, fit them, and
// the second begins with what the first lacks; where the two may be one
// row but nothing tells it, the second is refused at its line; a second
// row that is a row of its own or a header is left alone.
func TestRowCutAcross(t *testing.T) {
	joined := []string{"01 Fields", "02 [Name|Type|Required|Description]", "03 |id|string|true|The key.|", "04 |status|HerdStatus|true|State of the herd.|", "06 [Name|Type|Required|Description]", "06 |count|integer|false|How many.|"}
	warn := "p.txt:5: the table at line 5 begins with the row \"true\" | \"State of the herd.\", and the row at line 4 of the table at line 2 right before it holds \"status\" | \"HerdStatus\", short of its 4 columns: together they fill its columns"
	table := func(rows ...string) string {
		return "<table>" + strings.Join(rows, "\n") + "</table>"
	}
	head := "<p><strong>Fields</strong></p>\n<table><tr><td>Name</td><td>Type</td><td>Required</td><td>Description</td></tr>\n<tr><td>id</td><td>string</td><td>true</td><td>The key.</td></tr>\n"
	for _, c := range []struct {
		name  string
		style pages.Style
		page  string
		want  []string
		warn  string
	}{
		{"HTML (WML cards)", html.Style{},
			head + "<tr><td>status</td><td>HerdStatus</td></tr></table>\n" + table("<tr><td>true</td><td>State of the herd.</td></tr>", "<tr><td>count</td><td>integer</td><td>false</td><td>How many.</td></tr>"),
			joined, warn},
		{"DokuWiki", dokuwiki.Style{},
			"===== Fields =====\n^ Name ^ Type ^ Required ^ Description ^\n| id | string | true | The key. |\n| status | HerdStatus |\n\n| true | State of the herd. |\n| count | integer | false | How many. |\n",
			[]string{"01 Fields", "02 [Name|Type|Required|Description]", "03 |id|string|true|The key.|", "04 |status|HerdStatus|true|State of the herd.|", "07 [Name|Type|Required|Description]", "07 |count|integer|false|How many.|"},
			"p.txt:6: the table at line 6 begins with the row \"true\" | \"State of the herd.\", and the row at line 4 of the table at line 2 right before it"},
		{"MediaWiki", mediawiki.Style{},
			"== Fields ==\n{|\n! Name !! Type !! Required !! Description\n|-\n| id || string || true || The key.\n|-\n| status || HerdStatus\n|}\n{|\n| true || State of the herd.\n|-\n| count || integer || false || How many.\n|}\n",
			[]string{"01 Fields", "03 [Name|Type|Required|Description]", "05 |id|string|true|The key.|", "07 |status|HerdStatus|true|State of the herd.|", "12 [Name|Type|Required|Description]", "12 |count|integer|false|How many.|"},
			"p.txt:10: the table at line 10 begins with the row"},
		{"its only row: the table goes", html.Style{},
			head + "<tr><td>status</td><td>HerdStatus</td></tr></table>\n" + table("<tr><td>true</td><td>State of the herd.</td></tr>"),
			joined[:4], "p.txt:5: the table at line 5 begins with the row"},
		{"a type where the row lacks its type", html.Style{},
			head + "<tr><td>status</td></tr></table>\n" + table("<tr><td>HerdStatus</td><td>true</td><td>State of the herd.</td></tr>"),
			joined[:4], "p.txt:5: the table at line 5 begins with the row"},
		{"an empty cell where the row lacks its requiredness", html.Style{},
			head + "<tr><td>status</td><td>HerdStatus</td></tr></table>\n" + table("<tr><td></td><td>State of the herd.</td></tr>"),
			[]string{"01 Fields", "02 [Name|Type|Required|Description]", "03 |id|string|true|The key.|", "04 |status|HerdStatus||State of the herd.|"}, "p.txt:5: the table at line 5 begins with the row \"\" | \"State of the herd.\""},
		{"a word that may be a name where the row lacks its description: refused", html.Style{},
			head + "<tr><td>status</td><td>HerdStatus</td><td>true</td></tr></table>\n" + table("<tr><td>Deprecated.</td></tr>", "<tr><td>count</td><td>integer</td><td>false</td><td>How many.</td></tr>"),
			[]string{"01 Fields", "02 [Name|Type|Required|Description]", "03 |id|string|true|The key.|", "04 |status|HerdStatus|true|", "06 [Name|Type|Required|Description]", "06 |count|integer|false|How many.|"},
			"p.txt:5: the table at line 5 begins with the row \"Deprecated.\" and has no header row, and the row at line 4 of the table at line 2 right before it holds \"status\" | \"HerdStatus\" | \"true\", short of its 4 columns"},
		{"too few cells to fill the row: refused", html.Style{},
			head + "<tr><td>status</td><td>HerdStatus</td></tr></table>\n" + table("<tr><td>State of the herd.</td></tr>", "<tr><td>count</td><td>integer</td><td>false</td><td>How many.</td></tr>"),
			[]string{"01 Fields", "02 [Name|Type|Required|Description]", "03 |id|string|true|The key.|", "04 |status|HerdStatus|", "06 [Name|Type|Required|Description]", "06 |count|integer|false|How many.|"},
			"p.txt:5: the table at line 5 begins with the row \"State of the herd.\" and has no header row"},
		{"a row of its own: no join", html.Style{},
			head + "<tr><td>status</td><td>HerdStatus</td></tr></table>\n" + table("<tr><td>count</td><td>integer</td></tr>"),
			[]string{"01 Fields", "02 [Name|Type|Required|Description]", "03 |id|string|true|The key.|", "04 |status|HerdStatus|", "05 [count|integer]"}, ""},
		{"a header: no join", html.Style{},
			head + "<tr><td>status</td><td>HerdStatus</td></tr></table>\n" + table("<tr><td>Name</td><td>Code</td></tr>", "<tr><td>Thaw</td><td>1</td></tr>"),
			[]string{"01 Fields", "02 [Name|Type|Required|Description]", "03 |id|string|true|The key.|", "04 |status|HerdStatus|", "05 [Name|Code]", "06 |Thaw|1|"}, ""},
	} {
		blocks, warns := pagestest.Read(c.style, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: read\n%s\nwant\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
		found := false
		for _, w := range warns {
			found = found || c.warn != "" && strings.HasPrefix(w, c.warn)
			if c.warn == "" && strings.Contains(w, "begins with the row") {
				t.Errorf("%s: %s", c.name, w)
			}
		}
		if c.warn != "" && !found {
			t.Errorf("%s: no %q among %q", c.name, c.warn, warns)
		}
	}
}
