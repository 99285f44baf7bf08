package html_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestStrayRows refuses a page whose rows stand in no table, at their
// first line: HTML's parsing drops their tags and would leave their
// cells as a paragraph's text, the field they document lost with no
// word. A table's rows in their table are read as ever.
func TestStrayRows(t *testing.T) {
	for _, c := range []struct {
		name, page string
		errs       []string
	}{
		{
			name: "a row after its table's end tag, a paragraph between",
			page: "<html><body>\n<h3>Item</h3>\n<table>\n<tr><th>Code</th><th>Type</th><th>Description</th></tr>\n<tr><td><code>id</code></td><td>string</td><td>The id.</td></tr>\n</table>\n<p>Values are checked by the server.</p>\n<tr><td><code>note</code></td><td>string</td><td>The note.</td></tr>\n</body></html>",
			errs: []string{"p.txt:8: line 8 holds 4 start tags of a table's rows or cells (<tr>, <td>, <th>) that stand in no table: HTML drops them, and what the rows hold would be read as text, no row of a table. A line of text or an element cut them out of their table, or its start tag is lost: write them inside their table"},
		},
		{
			name: "a template's line out of its nesting closed the table over its last two rows",
			page: "<html><body>\n<table>\n<tr><th>Code</th><th>Type</th></tr>\n<tr><td>id</td><td>string</td></tr>\n</table><values>are checked\n<tr>\n<td>a</td><td>string</td></tr>\n<tr>\n<td>b</td><td>string</td></tr></values>\n</body></html>",
			errs: []string{"p.txt:6: lines 6-9 hold 6 start tags of a table's rows or cells (<tr>, <td>, <th>) that stand in no table: HTML drops them, and what the rows hold would be read as text, no row of a table. A line of text or an element cut them out of their table, or its start tag is lost: write them inside their table"},
		},
		{
			name: "rows in their table",
			page: "<html><body>\n<h3>Item</h3>\n<table>\n<tr><th>Code</th><th>Type</th><th>Description</th></tr>\n<tr><td><code>id</code></td><td>string</td><td>The id.</td></tr>\n<tr><td><code>note</code></td><td>string</td><td>The note.</td></tr>\n</table>\n</body></html>",
		},
	} {
		_, got := pagestest.Read(html.Style{}, c.page, true)
		var errs []string
		for _, g := range got {
			if strings.Contains(g, "stand in no table") {
				errs = append(errs, g)
			}
		}
		if !reflect.DeepEqual(errs, c.errs) {
			t.Errorf("%s: errors\n%s\nwant\n%s", c.name, strings.Join(errs, "\n"), strings.Join(c.errs, "\n"))
		}
	}
}
