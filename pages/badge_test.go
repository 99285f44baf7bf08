package pages_test

import (
	"reflect"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/mediawiki"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestGluedBadge reads a badge element (a <span> of the class badge,
// label, lozenge, pill or chip) that the markup runs into the name
// before it ("<code>legacySku</code><span class=\"badge\">Deprecated</span>",
// as html2wiki writes it) as a word of its own (the code span around the name kept where the
// style keeps it), in each style that reads
// inline HTML in a cell; a span of another class stays run together.
func TestGluedBadge(t *testing.T) {
	for _, c := range []struct {
		name  string
		style pages.Style
		page  string
		want  []string
	}{
		{"HTML", html.Style{}, "<table>\n<tr><th>Name</th><th>Type</th></tr>\n<tr><td><del><code>legacySku</code></del><span class=\"badge badge-deprecated\">Deprecated</span></td><td>string</td></tr>\n<tr><td>max<span class=\"unit\">Len</span></td><td>int</td></tr>\n</table>",
			[]string{"02 [Name|Type]", "03 |legacySku Deprecated|string|", "04 |maxLen|int|"}},
		{"MediaWiki", mediawiki.Style{}, "{| class=\"wikitable\"\n! Name\n! Type\n|-\n| <del><code>legacySku</code></del><span class=\"badge badge-deprecated\">Deprecated</span>\n| string\n|-\n| max<span class=\"unit\">Len</span>\n| int\n|}",
			[]string{"02 [Name|Type]", "05 |`legacySku` Deprecated|string|", "08 |maxLen|int|"}},
		{"Markdown", markdown.Style{}, "| Name | Type |\n|---|---|\n| <del><code>legacySku</code></del><span class=\"badge\">Deprecated</span> | string |\n| max<span class=\"unit\">Len</span> | int |",
			[]string{"01 [Name|Type]", "03 |`legacySku` Deprecated|string|", "04 |maxLen|int|"}},
	} {
		blocks, warns := pagestest.Read(c.style, c.page, true)
		if d := pagestest.Describe(blocks); !reflect.DeepEqual(d, c.want) {
			t.Errorf("%s: got\n%q\nwant\n%q\nwarnings %q", c.name, d, c.want, warns)
		}
	}
}
