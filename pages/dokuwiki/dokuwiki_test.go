package dokuwiki

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/adoc"
	"github.com/docs2go/docs2go/pages/aligned"
	"github.com/docs2go/docs2go/pages/cellperline"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/mediawiki"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/wiki"
)

// TestRendered reads the markup inside a line as the text it shows, and
// leaves as text what opens no markup.
func TestRendered(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"''limit''", "limit"},
		{"inspect ''invalidMembers'' first", "inspect `invalidMembers` first"},
		{"''%%a|b%%''", "a|b"},
		{`%%"application/json;charset=UTF-8"%%`, `"application/json;charset=UTF-8"`},
		{"<nowiki>**x**</nowiki>", "**x**"},
		{"**true** and //optional// and __new__", "true and optional and new"},
		{"See [[#ReturnCode|ReturnCode]] and [[#ErrorCode]]", "See ReturnCode and ErrorCode"},
		{"[[https://example.com/a|the docs]] or [[api:quests]]", "the docs or quests"},
		{"see https://example.com/a//b", "see https://example.com/a//b"},
		{"{{tag>server-api}}", ""},
		{"{{check.png|Required}}", "Required"},
		{"{{wiki:icons:check.png?16}} and {{:chart.png}}", "✓ and"},
		{"~~DISCUSSION~~", ""},
		{"Rarity\\\\ (default: common)", "Rarity⏎(default: common)"},
		{`C:\\path`, `C:\\path`},
		{"''unclosed and **unclosed", "''unclosed and **unclosed"},
		{"snake_case_name and 5 * 3", "snake_case_name and 5 * 3"},
	} {
		if got := strings.Join(rendered(c.in), "⏎"); got != c.want {
			t.Errorf("rendered(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// read reads a page of DokuWiki markup into blocks, with the warnings
// and the errors.
func read(page string) ([]pages.Block, []string) {
	return pagestest.Read(Style{}, page, true)
}

// TestBlocks reads pages of DokuWiki markup into text lines and tables.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "headings, padded cells, a line break in a cell",
			page: "====== Emote ======\n==== 2.1 Request ====\n^ Name ^ Type ^ Mandatory ^\n| ''limit'' | Integer |  N  |\n| ''rarity'' | String\\\\ (Enum) |  Y  |",
			want: []string{"01 Emote", "02 Request", "03 [Name|Type|Mandatory]", "04 |limit|Integer|N|", "05 |rarity|String (Enum)|Y|"},
		},
		{
			name:  "a cell spanning the row above",
			page:  "^ Code ^ Detail ^\n|  404  | -1 |\n|  :::  | -2 |",
			want:  []string{"01 [Code|Detail]", "02 |404|-1|", "03 |404|-2|"},
			warns: []string{`p.txt:3: the cell 1 of the row at line 3 spans the row above (":::"): read as that row's cell, "404"`},
		},
		{
			name:  "a span with no cell above",
			page:  "^ Code ^ Detail ^\n|  :::  | -1 |",
			want:  []string{"01 [Code|Detail]", "02 ||-1|"},
			warns: []string{`p.txt:2: the cell 1 of the row at line 2 is ":::", DokuWiki's mark of a cell spanning the row above, which has no cell there: write the cell's text in the page, or the fact it states with an override`},
		},
		{
			name:  "a cell spanning columns",
			page:  "^ Name ^ Type ^ Description ^\n| a | The a. ||",
			want:  []string{"01 [Name|Type|Description]", "02 |a|The a.||"},
			warns: []string{"p.txt:2: the cell 3 of the row at line 2 is empty with no space in it, DokuWiki's mark of the cell before spanning its column: read as an empty cell"},
		},
		{
			name:  "a row cut by a wrap: its rest on the next line",
			page:  "^ Name ^ Type ^ Description ^\n| ''slot'' | number | The inventory slot the\nreward goes to. (up to 40) |\n| b | string | The b. |",
			want:  []string{"01 [Name|Type|Description]", "02 |slot|number|The inventory slot the reward goes to. (up to 40)|", "04 |b|string|The b.|"},
			warns: []string{"p.txt:2: the row at line 2 has no closing separator, and lines 3-3 hold no cell: read as the rest of its last cell, as a wrap leaves it"},
		},
		{
			name:  "a row without its closing separator, nothing after it",
			page:  "^ Name ^ Description ^\n| b | The b. |\n| a | The a.",
			want:  []string{"01 [Name|Description]", "02 |b|The b.|", "03 |a|The a.|"},
			warns: []string{"p.txt:3: the row at line 3 has no closing separator, as DokuWiki ends every row: its last cell is read as written, and may be cut"},
		},
		{
			name: "separators inside links and nowiki are text",
			page: "^ Name ^ Description ^\n| a | See [[#B|B]] or %%x|y%% |",
			want: []string{"01 [Name|Description]", "02 |a|See B or x|y|"},
		},
		{
			name: "code blocks, lists and macros",
			page: "~~NOTOC~~\n  * Answer\n<code json>\n{\"a\": 1}\n</code>\n<file>GET /x</file> done\n{{tag>x}}\n----",
			want: []string{"02 - Answer", "04 {\"a\": 1}", "06 GET /x", "06 done"},
		},
		{
			name:  "an unclosed code block",
			page:  "<code>\nGET /x\n==== Body ====\n^ Name ^\n| a |",
			want:  []string{"02 GET /x", "03 Body", "04 [Name]", "05 |a|"},
			warns: []string{"p.txt:1: the <code> block at line 1 is never closed: read lines 1-2 as its code, up to the heading or header row at line 3"},
		},
		{
			name: "a list in a cell, its items after forced line breaks: read as the cell's values, a list of clauses, prose after it",
			page: "^ Name ^ Type ^ Description ^\n| ''cur'' | String | One of:\\\\ \\\\ * gold\\\\ * gem |\n| ''sort'' | String | Order:\\\\ * by the newest first\\\\ * by likes\\\\ Default: newest |\n| ''n'' | Integer | How many, 1 - 10 |",
			want: []string{"01 [Name|Type|Description]", "02 |cur|String|One of: gold, gem|", "03 |sort|String|Order: by the newest first; by likes Default: newest|", "04 |n|Integer|How many, 1 - 10|"},
		},
		{
			name: "a header row starts another table",
			page: "^ Name ^ Type ^\n| a | int |\n^ Name ^ Code ^\n| b | 1 |",
			want: []string{"01 [Name|Type]", "02 |a|int|", "03 [Name|Code]", "04 |b|1|"},
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

// TestDetect is certain of DokuWiki markup, and leaves the pages of the
// other styles to them (want: the style detected, nil for none).
func TestDetect(t *testing.T) {
	styles := []pages.Style{adoc.Style{}, mediawiki.Style{}, wiki.Style{}, Style{}, markdown.Style{}, pipes.Style{}, cellperline.Style{}, aligned.Style{}}
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"^ Name ^ Type ^\n| a | int |", Style{}},
		{"==== Request Body ====\n| Name | Type |\n| a | int |", Style{}},
		{"| Name | Type |\n|---|---|\n| a | int |", markdown.Style{}},
		{"==== Body ====\n| Name | Type |\n|---|---|\n| a | int |", markdown.Style{}},
		{"== Body ==\n[cols=\"1,1\"]\n|===\n|Name |Type\n|a |int\n|===", adoc.Style{}},
		{"||Name||Type||\n|a|int|", wiki.Style{}},
		{"============  ======\nName          Type\n============  ======\na             int\n============  ======", aligned.Style{}},
		{"==== Overview ====\nNo table here.", nil},
		{"2 ^ 3 and x ^ y", nil},
		{"Plot\n^^^^\n\n+------+------+\n| Name | Type |\n+------+------+\n| a    | int  |\n+------+------+", pipes.Style{}},
		{"Plot\n^^^^\n\n   +------+------+\n   | Name | Type |\n   +------+------+", pipes.Style{}},
		{"==== Request Body ====\n{| class=\"wikitable\"\n! Name !! Type\n|-\n| a || int\n|}", mediawiki.Style{}},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}
