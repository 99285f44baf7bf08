package xwiki

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/dokuwiki"
	"github.com/docs2go/docs2go/pages/mediawiki"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/wiki"
)

// TestInline reads the markup inside a line as the text it shows.
func TestInline(t *testing.T) {
	for _, c := range []struct {
		in    string
		title bool
		want  string
	}{
		{"Page to return, 1 ~~ 200 (default: 1)", false, "Page to return, 1 ~ 200 (default: 1)"},
		{"List<[[Song>>#id-Karaoke-Song]]>", false, "List<Song>"},
		{"{{code}}itemInstanceId{{/code}}", false, "itemInstanceId"},
		{"see {{code}}invalidMembers{{/code}} first", false, "see `invalidMembers` first"},
		{"[[#>>#overview]]Overview {{id name=\"overview\" /}}", true, "Overview"},
		{"**Server** [[**>>https://docs.example.com/x#server]]", true, "Server"},
		{"Request Headers[[\u200b>>#request-headers]]", true, "Request Headers"},
		{"**SongSection** and //italic// at https://example.com/a//b", false, "SongSection and italic at https://example.com/a//b"},
		{"[[[[image:/gearn.svg||alt=\"GearN\"]] Docs>>/]]", false, "Docs"},
		{"[[https://example.com]] or ~[~[not a link]]", false, "https://example.com or [[not a link]]"},
		{"{{{**as written**}}} and ##mono##", false, "**as written** and `mono`"},
		{"first\\\\second", false, "first second"},
	} {
		if got := inline(c.in, c.title); got != c.want {
			t.Errorf("inline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestBlocks reads pages of XWiki markup into text lines and tables.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "headings with anchors, a header row of |= cells",
			page: "{{id name=\"content\" /}}= consumeItem {{id name=\"consumeitem\" /}}=\n\n=== Request Body {{id name=\"request-body\" /}}===\n\n|=Code |=Type\n|{{code}}count{{/code}} |{{code}}number int{{/code}}",
			want: []string{"01 consumeItem", "03 Request Body", "05 [Code|Type]", "06 |count|number int|"},
		},
		{
			name: "an empty header row over the real header, a plain row",
			page: "|= |= |=\n|Name |Type |Description\n|page |Integer |1 ~~ 200",
			want: []string{"02 [Name|Type|Description]", "03 |page|Integer|1 ~ 200|"},
		},
		{
			name: "a cell's group over several lines, a list of values in it",
			page: "|=Name |=Description\n|genre |(((Only songs of this genre\n*. ballad\n*. rock\n)))\n|page |Page",
			want: []string{"01 [Name|Description]", "02 |genre|Only songs of this genre: ballad, rock|", "06 |page|Page|"},
		},
		{
			name: "a row whose every cell is a group",
			page: "|=(((Name\n))) |=(((Type\n)))\n|(((count\n))) |(((Integer\n)))",
			want: []string{"01 [Name|Type]", "04 |count|Integer|"},
		},
		{
			name: "a code macro, a bold title, a list",
			page: "**200 OK**\n\n{{code language=\"http\"}}\nHTTP/1.1 200 OK\n{{/code}}\n*. [[consumeItem>>/api/consumeItem]]",
			want: []string{"01 200 OK", "04 HTTP/1.1 200 OK", "06 - consumeItem"},
		},
		{
			name:  "a group never closed",
			page:  "|=Name |=Description\n|genre |(((Only\n*. rock",
			want:  []string{"01 [Name|Description]", "02 |genre|Only: rock|"},
			warns: []string{"p.txt:2: the row at line 2 opens a group of a cell's blocks (\"(((\") that no line closes: read up to the page's end as its cells"},
		},
	} {
		blocks, warns := pagestest.Read(Style{}, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: blocks\n%s\nwant\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
		if !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: warnings\n%s\nwant\n%s", c.name, strings.Join(warns, "\n"), strings.Join(c.warns, "\n"))
		}
	}
}

// TestDetect is certain of XWiki markup, and leaves the pages of the
// other wikis to them, among the styles in parser's order.
func TestDetect(t *testing.T) {
	styles := []pages.Style{mediawiki.Style{}, wiki.Style{}, Style{}, dokuwiki.Style{}}
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"== Body ==\n\n|= |= |=\n|Name |Type |Description\n|a |int |x", Style{}},
		{"=== Request Body {{id name=\"x\" /}}===\n|=Name |=Type\n|a |int", Style{}},
		{"==== Body ====\n^ Name ^ Type ^\n| a | int |", dokuwiki.Style{}},
		{"h2. Body\n||Name||Type||\n|a|int|", wiki.Style{}},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}
