package pages_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/wiki"
)

// TestRestWithoutColumn reads the rest of a table cut in two by a callout
// whose rows lost the column empty in all of them (pandoc drops an empty
// Required column) as that table's rest, the lost cells put back empty,
// with a warning, in every style with tables; where the rows fit the
// columns without more than one column, it refuses at their line.
func TestRestWithoutColumn(t *testing.T) {
	head := []string{"01 [Code|Type|Required|Description]", "02 |userId|string|true|The player.|"}
	for _, c := range []struct {
		name  string
		style pages.Style
		page  string
		want  []string
		warn  string
		fail  string
	}{
		{"HTML, rows without a header under a callout", html.Style{},
			"<html><body><table>\n<tr><th>Code</th><th>Type</th><th>Required</th><th>Description</th></tr>\n<tr><td>userId</td><td>string</td><td>true</td><td>The player.</td></tr>\n</table>\n<p>TIP</p>\n<p>Every charter is logged.</p>\n<table>\n<tr><td><code>note</code></td><td><code>string</code></td><td>A note. (up to 120 characters)</td></tr>\n<tr><td>ignoreCapacity</td><td>boolean</td><td>Load past capacity.</td></tr>\n</table></body></html>",
			[]string{"02 [Code|Type|Required|Description]", "03 |userId|string|true|The player.|", "05 TIP", "06 Every charter is logged.", "08 [Code|Type|Required|Description]", "08 |note|string||A note. (up to 120 characters)|", "09 |ignoreCapacity|boolean||Load past capacity.|"},
			"p.txt:8: the rows at line 8 have 3 cells, one fewer than the columns of the table at line 2 (Code | Type | Required | Description), and no header row: their cells fit those columns without Required", ""},
		{"Markdown, its first row taken for a header", markdown.Style{},
			"| Code | Type | Required | Description |\n|---|---|---|---|\n| userId | string | true | The player. |\n\n> TIP: every charter is logged.\n\n| note | string | A note. |\n|---|---|---|\n| reason | string | Why. |",
			[]string{"01 [Code|Type|Required|Description]", "03 |userId|string|true|The player.|", "05 TIP: every charter is logged.", "07 [Code|Type|Required|Description]", "07 |note|string||A note.|", "09 |reason|string||Why.|"},
			"p.txt:7: the rows at line 7 have 3 cells", ""},
		{"Confluence wiki, right under the table", wiki.Style{},
			"||Code||Type||Required||Description||\n|userId|string|true|The player.|\n\n|note|string|A note.|",
			append(head, "04 [Code|Type|Required|Description]", "04 |note|string||A note.|"),
			"p.txt:4: the rows at line 4 have 3 cells", ""},
		{"a description lost, not a requiredness: no fit", markdown.Style{},
			"| Code | Type | Required | Description |\n|---|---|---|---|\n| userId | string | true | The player. |\n\nText\n\n| Name | Type | Description |\n|---|---|---|\n| note | string | A note. |",
			[]string{"01 [Code|Type|Required|Description]", "03 |userId|string|true|The player.|", "05 Text", "07 [Name|Type|Description]", "09 |note|string|A note.|"},
			"", ""},
		{"Required or Description lost: cannot be told", wiki.Style{},
			"||Name||Type||Required||Description||\n|userId|string|true|The player.|\n\n|note|string|Y|",
			nil, "", "p.txt:4: the rows at line 4 have 3 cells, one fewer than the columns of the table at line 1 (Name | Type | Required | Description), and fit them without any of Required, Description"},
	} {
		blocks, warns := pagestest.Read(c.style, c.page, true)
		if c.fail != "" {
			if !slices.ContainsFunc(warns, func(w string) bool { return strings.HasPrefix(w, c.fail) }) {
				t.Errorf("%s: warnings and errors %q, want %q", c.name, warns, c.fail)
			}
			continue
		}
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got\n%q\nwant\n%q\nwarnings %q", c.name, got, c.want, warns)
		}
		if c.warn != "" && !slices.ContainsFunc(warns, func(w string) bool { return strings.HasPrefix(w, c.warn) }) {
			t.Errorf("%s: warnings %q, want %q", c.name, warns, c.warn)
		}
	}
}
