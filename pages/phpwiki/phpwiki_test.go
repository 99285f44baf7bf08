package phpwiki

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/dokuwiki"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/moin"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/wiki"
)

// TestRendered reads the markup inside a line as the text it shows, and
// leaves as text what opens no markup.
func TestRendered(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Request Body[\u200b|#request-body]", "Request Body"},
		{"See [PermissionRules|/api/permission-rules] and [|#x]", "See PermissionRules and"},
		{"<code>string[]</code> or [0, 1] or [a | b]", "string[] or [0, 1] or [a | b]"},
		{"laid in.%%%Welsh needs the badge.", "laid in.⏎Welsh needs the badge."},
		{"[", ""},
		{"|/api/estate/getEstate][", ""},
		{"|/api/estate/plantWindbreak]On this page", "On this page"},
		{"[a [b|/x] and [unclosed", "[a b and [unclosed"},
		{"[<code>GenericModels.ItemStack[]</code>|#genericmodels-itemstack] |", "GenericModels.ItemStack[] |"},
		{"| a] b", "| a] b"},
		{"Response Body \u200b", "Response Body"},
		{"*ErrorCode*", "ErrorCode"},
		{"_Note_%%%user_id and *a* b", "Note⏎user_id and *a* b"},
	} {
		if got := strings.Join(rendered(c.in), "⏎"); got != c.want {
			t.Errorf("rendered(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// read reads a page of PhpWiki markup into blocks, with the warnings and
// the errors.
func read(page string) ([]pages.Block, []string) {
	return pagestest.Read(Style{}, page, true)
}

// TestBlocks reads pages of PhpWiki markup into text lines and tables.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "a cell a line, an empty cell of spaces and a pipe, an empty last cell a blank line",
			page: "!! Request Body[\u200b|#request-body]\n\nCode |\n  Type |\n    Required |\n      Description\n<code>code</code> |\n  <code>string</code> |\n     |\n      The parameterCode invalid.\n<code>gameId</code> |\n  <code>string</code> |\n    Optional if set. |\n\n<code>method</code> |\n  <code>HarvestMethod</code> |\n    true |\n      How.%%%Net needs level 5.\n\nAfter.",
			want: []string{"01 Request Body", "03 [Code|Type|Required|Description]", "07 |code|string||The parameterCode invalid.|", "11 |gameId|string|Optional if set.||", "15 |method|HarvestMethod|true|How. Net needs level 5.|", "20 After."},
		},
		{
			name: "a first row that names no column: the page's tables decide",
			page: "<code>code</code> |\n  <code>string</code> |\n    The code.\n<code>n</code> |\n  <code>int</code> |\n    A count.",
			want: []string{"01 [code|string|The code.]", "04 |n|int|A count.|"},
		},
		{
			name: "a row of fewer cells than the first: read as it is, for interpretation",
			page: "Name |\n  Type |\n    Description\na |\n  int |\n    The a.\nNote for b |\n  The b.\nc |\n  int |\n    The c.",
			want: []string{"01 [Name|Type|Description]", "04 |a|int|The a.|", "07 |Note for b|The b.|", "09 |c|int|The c.|"},
		},
		{
			name:  "a cell indented otherwise than its column",
			page:  "Name |\n  Type |\n    Description\na |\n  int |\n      The a.",
			want:  []string{"01 [Name|Type|Description]", "04 |a|int|The a.|"},
			warns: []string{"p.txt:4: the row at line 4 of the table at line 1 has a cell indented otherwise than html2wiki indents its column's (two spaces a column): each of its lines is read as its next cell"},
		},
		{
			name: "code blocks after a language's label, a link over lines, lists, a rule, the heading's levels",
			page: "[\n\ngetA\n\n|/api/a]On this page\n!!! Lay[\u200b|#lay]\nhttp<pre><code>POST /api/rJson/x</code></pre>\n<pre><code>{\n  \"a\": 1\n}</code></pre> [Edit|https://x.io/e]\n* Answer\n## Second\n----\n! Deep",
			want: []string{"03 getA", "05 On this page", "06 Lay", "07 http", "07 POST /api/rJson/x", "08 {", "09 \"a\": 1", "10 }", "10 Edit", "11 - Answer", "12 - Second", "14 Deep"},
		},
		{
			name: "a cell's paragraphs after its first, a table's first cell after a code block, two tables with a note between them",
			page: "http<pre><code>POST /x</code></pre>Name |\n  Type |\n    Description\na |\n  int |\n    The a.\n\n(1 - 8 items)\n\n* one\n* two\nb |\n  int |\n    The b.\n\nNote after.\nName |\n  Code\nOk |\n  1\n\nAfter.",
			want: []string{"01 http", "01 POST /x", "01 [Name|Type|Description]", "04 |a|int|The a. (1 - 8 items): one, two|", "12 |b|int|The b.|", "16 Note after.", "17 [Name|Code]", "19 |Ok|1|", "22 After."},
		},
		{
			name: "the last row's paragraphs, or text after the table, up to a heading; text at the page's end",
			page: "Name |\n  Description\na |\n  The a.\n\n(at most 5 items)\n!! Next\nName |\n  Description\nb |\n  The b.\n\nPowered by a wiki",
			want: []string{"01 [Name|Description]", "03 |a|The a. (at most 5 items)|", "07 Next", "08 [Name|Description]", "10 |b|The b.|", "13 Powered by a wiki"},
		},
		{
			name:  "a line right under a row, no blank line before it, is no paragraph of its cell: text that cuts the table before more rows, text after the table under its last",
			page:  "Name |\n  Type |\n    Description\na |\n  int |\n    The a.\nValues are checked.\nb |\n  int |\n    The b.\nLoose text.\n\nAfter.",
			want:  []string{"01 [Name|Type|Description]", "04 |a|int|The a.|", "08 |b|int|The b.|", "07 Values are checked.", "11 Loose text.", "13 After."},
			warns: []string{`p.txt:7: line 7 ("Values are checked."), right under the row at line 4 of the table at line 1, is text where html2wiki sets a blank line before each paragraph of a cell: read as text that cuts the table, and the rows after it as the table's`, `p.txt:11: line 11 ("Loose text."), right under the last row of the table at line 1 with no blank line before it, is read as text after the table, as html2wiki runs text after a table on under its last row; if it is the rest of the row's last cell, which a hard wrap broke off, join it to line 10`},
		},
		{
			name:  "the rest of the last row's last cell that a hard wrap broke off is text after the table, with a warning",
			page:  "Name |\n  Description\na |\n  The a, written to the\nlog. (max 40 characters)\n\nAfter.",
			want:  []string{"01 [Name|Description]", "03 |a|The a, written to the|", "05 log. (max 40 characters)", "07 After."},
			warns: []string{`p.txt:5: line 5 ("log. (max 40 characters)"), right under the last row of the table at line 1 with no blank line before it, is read as text after the table, as html2wiki runs text after a table on under its last row; if it is the rest of the row's last cell, which a hard wrap broke off, join it to line 4`},
		},
		{
			name:  "an unclosed code block",
			page:  "<pre>GET /x\n!! Body\nName |\n  Type\na |\n  int",
			want:  []string{"01 GET /x", "02 Body", "03 [Name|Type]", "05 |a|int|"},
			warns: []string{`p.txt:1: the code block at line 1 is never closed ("</pre>"): read lines 1-1 as its code, up to the heading at line 2`},
		},
	} {
		blocks, warns := read(c.page)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: blocks\n%s\nwant\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
		if !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: warnings\n%s\nwant\n%s", c.name, strings.Join(warns, "\n"), strings.Join(c.warns, "\n"))
		}
	}
}

// TestDetect is certain of PhpWiki markup, and leaves the pages of the
// other styles to them (want: the style detected, nil for none).
func TestDetect(t *testing.T) {
	styles := []pages.Style{moin.Style{}, Style{}, wiki.Style{}, dokuwiki.Style{}, markdown.Style{}, pipes.Style{}}
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"!! Body\nName |\n  Type\na |\n  int", Style{}},
		{"Name |\n  Type |\n    Description\na |\n  int |\n\nb%%%c", Style{}},
		{"Name |\n  Type\na |\n  int", nil},
		{"!! Body\nName |\n  Type\nand more", nil},
		{"!! Body\n| Name | Type |\n|---|---|\n| a | int |", markdown.Style{}},
		{"== Body ==\n|| Name || Type ||\n|| a || int ||", moin.Style{}},
		{"!! Body\n||Name||Type||\n|a|int|", wiki.Style{}},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}

// TestLinear reads pages of marks that nothing closes, and of rows, in
// time linear in their length: the bytes read allocates grow as the page.
func TestLinear(t *testing.T) {
	for name, page := range map[string]func(n int) string{
		"unclosed links": func(n int) string {
			return "!! A\nName |\n  Type\na |\n  " + strings.Repeat("[a [b| [c|d e]", n) + "\n" + strings.Repeat("[x]|", n) + "\n<pre>" + strings.Repeat("<code>", n) + "\n"
		},
		"code blocks before tables": func(n int) string {
			return "!! A\n" + strings.Repeat("<pre>x</pre>Name |\n  Type\na |\n  int\n", n)
		},
		"rows": func(n int) string {
			return "!! A\nName |\n  Type |\n    Description\n" + strings.Repeat("<code>a</code> |\n  int |\n     |\n", n)
		},
	} {
		if g := pagestest.AllocatedGrowth(Style{}, page, 2000); g > 3 {
			t.Errorf("%s: reading a page twice as long allocates %.1f times as much", name, g)
		}
	}
}
