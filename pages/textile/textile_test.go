package textile

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/adoc"
	"github.com/docs2go/docs2go/pages/aligned"
	"github.com/docs2go/docs2go/pages/cellperline"
	"github.com/docs2go/docs2go/pages/dokuwiki"
	"github.com/docs2go/docs2go/pages/drawn"
	"github.com/docs2go/docs2go/pages/flattened"
	"github.com/docs2go/docs2go/pages/html"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/mediawiki"
	"github.com/docs2go/docs2go/pages/org"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/wiki"
)

// TestInline reads the markup inside a line as the text it shows, and
// leaves as text what opens no markup.
func TestInline(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"==string[]==", "string[]"},
		{"==GenericModels.LootDrop[]== or ==*a*==", "GenericModels.LootDrop[] or *a*"},
		{"@userId@", "userId"},
		{"inspect @invalidMembers@ first, or <code>a|b</code>", "inspect `invalidMembers` first, or `a|b`"},
		{"*true* and _optional_ and **b** and __i__", "true and optional and b and i"},
		{"%{color:red}new% and *(warn)strong* and ??cite?? and ^sup^ and ~sub~", "new and strong and cite and sup and sub"},
		{`See "ReturnCode":#returncode and "the docs(Docs)":https://example.com/a_b.`, "See ReturnCode and the docs."},
		{"See [[ReturnCode]], [[Errors#Codes|the codes]], [[#Local]] and [[proj:Page#x]]", "See ReturnCode, the codes, Local and Page"},
		{"!check.png! !>/images/cross.png! !{width:1em}yes.png(Required)! !logo.png!", "✓ ✗ Required !logo.png!"},
		{"user_id_x, 1 - 32, 5 * 3, a = b, 50% of 10%, user@example.com, 2^10", "user_id_x, 1 - 32, 5 * 3, a = b, 50% of 10%, user@example.com, 2^10"},
		{"(from -5000.0 to 5000.0) and https://x.example.com/a_b_c-d-", "(from -5000.0 to 5000.0) and https://x.example.com/a_b_c-d-"},
		{"*unclosed and _unclosed and @unclosed and ==unclosed", "*unclosed and _unclosed and @unclosed and ==unclosed"},
		{"<notextile>*kept*</notextile>", "*kept*"},
		{`{"ok":true, "n":1} and "quoted":`, `{"ok":true, "n":1} and "quoted":`},
		{`"page":page.html, "up":../a, "mail":mailto:a@example.com`, "page, up, mail"},
		{`ErrorCode"(header-anchor)":#errorcode and "(type)ErrorCode":#errorcode, "(a) (b)":/x, "(note)":/n`, "ErrorCode and ErrorCode, (a), (note)"},
		{`*Server* "**":https://docs.example.com/x#server "1":#n`, "Server 1"},
		{`"@InvalidMember@":/api/models/InvalidMember[] and "Grid":#grid[][] and "ids":/a?ids[]=1`, "InvalidMember[] and Grid[][] and ids"},
		{`"@MatchMode@":#matchmode@[]@ and mail@[x]@`, "`MatchMode[]` and mail@[x]@"},
	} {
		if got, _ := inline(c.in); got != c.want {
			t.Errorf("inline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if _, struck := inline("-(up to 10)- (up to 20)"); !reflect.DeepEqual(struck, []string{"(up to 10)"}) {
		t.Errorf("struck = %q, want the text struck out", struck)
	}
}

// readPage reads a page of Textile into blocks, with the warnings and
// the errors.
func readPage(page string) ([]pages.Block, []string) {
	return pagestest.Read(Style{}, page, true)
}

// TestBlocks reads pages of Textile into text lines and tables.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "headings, a table of header cells and modifiers, empty cells",
			page: "{{toc}}\n\nh1. openTreasureMap\n\nh3(#body). Request Body\n\n|_. Code |_. Type |_. Required |_. Description |\n| mapItemId | string |=. true | The map. |\n| partyUserIds | ==string[]== | | Party members. |",
			want: []string{"03 openTreasureMap", "05 Request Body", "07 [Code|Type|Required|Description]", "08 |mapItemId|string|true|The map.|", "09 |partyUserIds|string[]||Party members.|"},
		},
		{
			name: "headings whose id holds a pair of parentheses, as pandoc writes a Confluence page's",
			page: "h2(#id-양봉Apiary(/apiary)-/apiary/harvest). /apiary/harvest\n\nh3(#id-양봉Apiary(/apiary)-Method). Method\n\nPOST\n\nh4(a(b(c))). Not one",
			want: []string{"01 /apiary/harvest", "03 Method", "05 POST", "07 h4(a(b(c))). Not one"},
		},
		{
			name: "a container's tags on lines of their own, no text; an HTML table's lines read as its table, no numbered titles",
			page: "h3. Payment\n\n<div class=\"table-wrap\">\n\n<table>\n<tr>\n<td>Progress toward it,\n0.0 ~ 1.0</td>\n</tr>\n</table>\n\n</DIV>\n\n1.2 Payment Time\n\n<span>x</span>",
			want: []string{"01 Payment", "06 [Progress toward it, 0.0 ~ 1.0]", "14 Payment Time", "16 <span>x</span>"},
		},
		{
			name: "row and cell modifiers of every kind",
			page: "table{border:1px solid black}.\n|_<. Name |_>. Code |_{color:red}. Description |\n(odd). | Ok |<>. 1 |(note)[en]. Done. |\n{background:#ddd}. | Bad |^. 2 |~. Failed. |",
			want: []string{"02 [Name|Code|Description]", "03 |Ok|1|Done.|", "04 |Bad|2|Failed.|"},
		},
		{
			name:  "a cell spanning columns, one spanning rows, a note row",
			page:  "|_. Code |_. Detail |_. Message |\n|/2. 469 | -61101 | Raid closed |\n| -61102 | Already entered |\n|\\3. The codes below are new. |\n| 470 |\\2. Too many |",
			want:  []string{"01 [Code|Detail|Message]", "02 |469|-61101|Raid closed|", "03 |469|-61102|Already entered|", "05 |470|Too many||", "04 The codes below are new."},
			warns: []string{`p.txt:3: the cell 1 of the row at line 3 is the cell of the row at line 2 above it, which spans its column down (/2.): read as that cell, "469"`, `p.txt:5: the cell 2 of the row at line 5 spans 2 columns (\2.): read as that cell and 1 empty cells after it`},
		},
		{
			name:  "a row wider than its header is refused",
			page:  "|_. Name |_. Type |\n| a | int | extra |\n| b | string |",
			want:  []string{"01 [Name|Type]", "03 |b|string|"},
			warns: []string{"p.txt:2: the row at line 2 has 3 cells, more than the 2 columns of the header at line 1 (Name | Type), and where its cell too many belongs cannot be told: the header's last column is no description, whose text a pipe may part. If a cell's text holds a pipe, write it as &#124;, else write the row with the header's columns"},
		},
		{
			name:  "a line break in a cell, a list in one, a row that lost its closing pipe",
			page:  "|_. Name |_. Description |\n| region | One of:\n* kr\n* jp |\n| lang | The language |\n| b | The b.\n\nAfter.",
			want:  []string{"01 [Name|Description]", "02 |region|One of: kr; jp|", "05 |lang|The language|", "06 |b|The b.|", "08 After."},
			warns: []string{"p.txt:6: the row at line 6 lost its closing pipe: no line closes it before a row or a blank line; read it as it is, and the lines after it on their own"},
		},
		{
			name: "a header row after rows starts another table; a caption and groups",
			page: "|=. Errors\n|^.\n|_. Name |_. Code |\n|-.\n| Ok | 1 |\n|_. Code |_. Type |\n| id | string |",
			want: []string{"01 Errors", "03 [Name|Code]", "05 |Ok|1|", "06 [Code|Type]", "07 |id|string|"},
		},
		{
			name: "<pre> blocks, with <code>, on one line, and bc. blocks",
			page: "<pre>\nPOST /api/a\n</pre>\n<pre><code class=\"json\">\n{ \"a\": \"*b*\" }\n</code></pre>\n<pre>GET /b</pre> after\nbc. GET /c\nHost: x\n\nbc.. {\n\n}\n\np. Done.",
			want: []string{"02 POST /api/a", "05 { \"a\": \"*b*\" }", "07 GET /b", "07 after", "08 GET /c", "09 Host: x", "11 {", "13 }", "15 Done."},
		},
		{
			name:  "an extended block ends before a row of header cells after a blank line, with a warning",
			page:  "bc.. {\n\n}\n\n-- Errors --\n\n|_. Code |_. Description |\n| 1 | Bad |\n\nbc.. | a | b |\n\n| c | d |\n\np. Done.",
			want:  []string{"01 {", "03 }", "05 -- Errors --", "07 [Code|Description]", "08 |1|Bad|", "10 | a | b |", "12 | c | d |", "14 Done."},
			warns: []string{`p.txt:1: the extended block "bc.." at line 1 runs past blank lines over the table whose header row is at line 7, which Textile would read as the block's lines: read as the page's table, the block ended at line 5; if the table is the block's, write it in a <pre> block`},
		},
		{
			name: "a heading in a closed <pre> is code",
			page: "<pre>\nh2. Title\n</pre>\n|_. Name |\n| a |",
			want: []string{"02 h2. Title", "04 [Name]", "05 |a|"},
		},
		{
			name:  "an unclosed <pre> ends at the next heading",
			page:  "<pre>\n{\"a\": 1}\nh2. Response\n|_. Name |\n| a |\n\n<pre>\nGET /b\n</pre>",
			want:  []string{"02 {\"a\": 1}", "03 Response", "04 [Name]", "05 |a|", "08 GET /b"},
			warns: []string{"p.txt:1: the <pre> block at line 1 is never closed: read lines 1-2 as its code, up to the heading at line 3"},
		},
		{
			name:  "lists, quotes, comments, notextile, macros",
			page:  "* @userId@ is _required_\n## second\nbq. quoted\n###. a comment\nhidden\n\nnotextile. *as is*\n\n{{collapse(Details)\nInside.\n}}\n{{include(Other)}}\n{{issue_list}}\n*Request Body*",
			want:  []string{"01 - `userId` is required", "02 - second", "03 quoted", "07 *as is*", "09 Details", "10 Inside.", "13 {{issue_list}}", "14 Request Body"},
			warns: []string{`p.txt:12: line 12 includes the wiki page "Other" ({{include}}), which is not in this page: it is not read; save the page as Redmine shows it (HTML), or give the included page too`, "p.txt:13: line 13 holds the macro {{issue_list}}, which is none docs2go knows (it reads {{toc}}, {{child_pages}}, {{collapse}} and {{include}}): what it shows is not in the page, so it is kept as it is written; write what it shows in the page, or the fact it states with an override"},
		},
		{
			name:  "struck text",
			page:  "|_. Name |_. Description |\n| a | -(up to 10)- (up to 20) |",
			want:  []string{"01 [Name|Description]", "02 |a|(up to 10) (up to 20)|"},
			warns: []string{`p.txt:2: the text "(up to 10)" at line 2 is struck out (-…-): read as text, though the page may mean it deleted; correct the page, or the schema with an override`},
		},
		{
			name: "a table without header cells takes its header from pages.Read",
			page: "| *Name* | *Type* |\n| a | int |",
			want: []string{"01 [Name|Type]", "02 |a|int|"},
		},
	} {
		blocks, warns := readPage(c.page)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: blocks\n%s\nwant\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
		if !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: warnings\n%s\nwant\n%s", c.name, strings.Join(warns, "\n"), strings.Join(c.warns, "\n"))
		}
	}
}

// TestDetect is certain of Textile, and leaves the pages of the other
// styles to them (want: the style detected, nil for none), among the
// styles in parser's order.
func TestDetect(t *testing.T) {
	styles := []pages.Style{html.Style{}, adoc.Style{}, mediawiki.Style{}, Style{}, wiki.Style{}, dokuwiki.Style{}, org.Style{}, markdown.Style{}, pipes.Style{}, cellperline.Style{}, flattened.Style{}, drawn.Style{}, aligned.Style{}}
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"|_. Name |_. Type |\n| a | int |", Style{}},
		{"h2. Body\n| Name | Type |\n| a |=. int |", Style{}},
		{"| Name | Code |\n|/2. a | 1 |\n| 2 |", Style{}},
		{"h2. Body\n\nbc. GET /a\n\n| Name | Type |\n| a | int |", Style{}},
		{"{{toc}}\n\nh2. Body\n\n| Name | Type |\n| a | int |", Style{}},
		{"h2. Body\n\n<pre>\nGET /a\n</pre>\n\n| Name | Type |\n| a | int |", Style{}},
		{"h2. Body\n\n| *Name* | *Type* |\n| a | ==string[]== |", Style{}},
		{"| *Name* | *Type* |\n| a | ==string[]== |", pipes.Style{}},
		{"h3. Request Body\n|Name|Type|\n|a|int|", wiki.Style{}},
		{"||Name||Type||\n|a|int|", wiki.Style{}},
		{"{{toc}}\n| Name | Type |\n| a | int |", pipes.Style{}},
		{"| Name | Type |\n| a | int |", pipes.Style{}},
		{"| _Name_ | Type |\n|---|---|\n| a | int |", markdown.Style{}},
		{"h2. Body\n| Name | Type |\n|---|---|\n| a |=. int |", markdown.Style{}},
		{"| Name | Type |\n|------+------|\n| a    | int  |", org.Style{}},
		{"==== Body ====\n^ Name ^ Type ^\n| a | int |", dokuwiki.Style{}},
		{"h2. Overview\n\nbc. GET /a\nNo table here.", nil},
		{"<div class=\"main\">\n\nh2(#body). Body\n\nbc(shiki). GET /a\n\n<table>\n<tr><th>Name</th></tr>\n<tr><td>a</td></tr>\n</table>\n\n</div>", Style{}},
		{"<div>\n<pre>\n\nh2. Body\n</pre>\n<table>\n<tr><th>Name</th></tr>\n<tr><td>a</td></tr>\n</table>\n</div>", html.Style{}},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}
