package org

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
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/wiki"
)

// TestInline reads the markup inside a line as the text it shows, and
// leaves as text what opens no markup.
func TestInline(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"=ladderId=", "ladderId"},
		{"~GenericModels.RewardBracket[]~", "GenericModels.RewardBracket[]"},
		{"inspect =invalidMembers= first", "inspect `invalidMembers` first"},
		{"=List<String>=, or =a=b=", "`List<String>`, or `a=b`"},
		{"*true* and /optional/ and _new_", "true and optional and new"},
		{"(=x=)", "(`x`)"},
		{"Normal \\vert{} Freeze \\vert{} Rollback", "Normal | Freeze | Rollback"},
		{"a\\nbsp{}b, 5\\times{}3, \\alpha", "a b, 5×3, \\alpha"},
		{`C:\path\x, a\to{}b`, `C:\path\x, a→b`},
		{"See [[#ReturnCode][ReturnCode]] and [[*ErrorCode]]", "See ReturnCode and ErrorCode"},
		{"[[#matchmode][=MatchMode=]]=[]=", "MatchMode[]"},
		{"a]=b= and [[#x][x]]y=z", "a]=b= and xy=z"},
		{"[[https://example.com/a][the /docs/]] or [[https://example.com/b]]", "the docs or https://example.com/b"},
		{"(6 -- 64 characters), 1---2", "(6 – 64 characters), 1—2"},
		{"a line that breaks \\\\", "a line that breaks"},
		{"/emblem/customize and /guild/join", "/emblem/customize and /guild/join"},
		{"user_id_x, 1 ~ 100, 5 * 3, a = b, x=1", "user_id_x, 1 ~ 100, 5 * 3, a = b, x=1"},
		{"=unclosed and *unclosed", "=unclosed and *unclosed"},
		{"=a\\vert{}b=", "a\\vert{}b"},
		{"<<returncode>>ReturnCode and <<<Reward>>>", "ReturnCode and Reward"},
		{"string[fn:1], or 1 << 3 >> 2", "string, or 1 << 3 >> 2"},
		{"(Default: true)\\\\ See Mode", "(Default: true) See Mode"},
		{"first@@html:<br>@@second @@html:<span class=\"x\">@@text@@html:</span>@@", "first second text"},
	} {
		if got, _ := inline(c.in); got != c.want {
			t.Errorf("inline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// readPage reads a page of Org markup into blocks, with the warnings and
// the errors.
func readPage(page string) ([]pages.Block, []string) {
	return pagestest.Read(Style{}, page, true)
}

// TestBlocks reads pages of Org markup into text lines and tables.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "headings with drawers, a padded table under its rule",
			page: "#+title: Emote | Docs\n* Emote\n:PROPERTIES:\n:CUSTOM_ID: emote\n:END:\n** TODO [#A] 2.1 Request Body   :api:\n| Name     | Type    |\n|----------+---------|\n| =limit=  | Integer |\n| =rarity= | String  |",
			want: []string{"02 Emote", "06 Request Body", "07 [Name|Type]", "09 |limit|Integer|", "10 |rarity|String|"},
		},
		{
			name: "rules around the table, between rows, and width cookies",
			page: "|------+------|\n| Code | Name |\n|------+------|\n| <6>  |      |\n| 1    | Ok   |\n|------+------|\n| 2    | Bad  |\n|------+------|\n#+TBLFM: $1=@#",
			want: []string{"02 [Code|Name]", "05 |1|Ok|", "07 |2|Bad|"},
		},
		{
			name: "a table without a rule takes its header from pages.Read",
			page: "| Name | Type |\n| a    | int  |",
			want: []string{"01 [Name|Type]", "02 |a|int|"},
		},
		{
			name:  "a header of two rows",
			page:  "| Status | Detail |\n| Code   |        |\n|--------+--------|\n| 200    | Ok     |",
			want:  []string{"01 [Status Code|Detail]", "04 |200|Ok|"},
			warns: []string{`p.txt:2: the header of the table at line 1 has rows 1-2 over its rule: read as one row, the cells of each column joined ("Status Code | Detail")`},
		},
		{
			name:  "a rule under the first row instead of the header",
			page:  "| Name | Type |\n| a    | int  |\n|------+------|\n| b    | str  |",
			want:  []string{"01 [Name|Type]", "02 |a|int|", "04 |b|str|"},
			warns: []string{"p.txt:2: the table at line 1 has rows 2-2 over its rule under its header, which name no columns: read as its first rows"},
		},
		{
			name:  "a header printed twice",
			page:  "| Name | Type |\n| Name | Type |\n|------+------|\n| a    | int  |",
			want:  []string{"01 [Name|Type]", "04 |a|int|"},
			warns: []string{"p.txt:2: line 2 is the header at line 1 printed again: read as one header"},
		},
		{
			name:  "a row cut by a wrap: its rest on the next line",
			page:  "| Name   | Description        |\n|--------+--------------------|\n| =slot= | The inventory slot\nthe reward goes to. |\n| =b=    | The b.             |",
			want:  []string{"01 [Name|Description]", "03 |slot|The inventory slot the reward goes to.|", "05 |b|The b.|"},
			warns: []string{"p.txt:3: the row at line 3 has no closing pipe, and lines 4-4 hold no row: read as the rest of its last cell, as a wrap leaves it"},
		},
		{
			name: "a header over a rule among the rows starts another table",
			page: "| Name   | Required |\n|--------+----------|\n| Secret | true     |\n| Code   | Type     |\n|--------+----------|\n| userId | string   |\n|--------+----------|\n| level  | integer  |",
			want: []string{"01 [Name|Required]", "03 |Secret|true|", "04 [Code|Type]", "06 |userId|string|", "08 |level|integer|"},
		},
		{
			name: "a paragraph's lines are one line, up to a line break, a list's item or another element",
			page: "Sets the emblem of a guild. The master\nor an officer may call it.\n\nFirst line \\\\\nsecond line\n- an item\n  that wraps\n- another\nPOST /a\n| Name |\n|------|\n| a    |",
			want: []string{"01 Sets the emblem of a guild. The master or an officer may call it.", "04 First line", "05 second line", "06 - an item that wraps", "08 - another POST /a", "10 [Name]", "12 |a|"},
		},
		{
			name:  "a pipe in verbatim text of a row wider than its table",
			page:  "| Name  | Type          | Description             |\n|-------+---------------+-------------------------|\n| =a=   | =string|null= | One of =x|y|z=, or =w=. |\n| =b|c= | string        | The b.                  |",
			want:  []string{"01 [Name|Type|Description]", "03 |a|string|null|One of `x|y|z`, or `w`.|", "04 |b|c|string|The b.|"},
			warns: []string{`p.txt:3: the row at line 3 has 6 cells, more than the 3 of its table, and the verbatim text "=string|null=" holds pipes, which part cells in Org: read as one cell, as a writer that writes a pipe in verbatim text leaves it`, `p.txt:3: the row at line 3 has 5 cells, more than the 3 of its table, and the verbatim text "=x|y|z=" holds pipes, which part cells in Org: read as one cell, as a writer that writes a pipe in verbatim text leaves it`, `p.txt:4: the row at line 4 has 4 cells, more than the 3 of its table, and the verbatim text "=b|c=" holds pipes, which part cells in Org: read as one cell, as a writer that writes a pipe in verbatim text leaves it`},
		},
		{
			name: "a cell of several lines, a row a line as pandoc writes it: after a line break, after a blank line; a row that fills a cell the row above leaves empty is its own",
			page: "| Code   | Type   | Required | Description    |\n|--------+--------+----------+----------------|\n| =note= | string |          | A note.\\\\       |\n|        |        |          | (up to 140)\\\\ |\n|        |        |          | more.          |\n| =key=  | string | true     | The key.       |\n|        |        |          |                |\n|        |        |          | (1 - 128)      |\n| =a=    | int    |          | The a.         |\n|        |        | true     | The lost one.  |",
			want: []string{"01 [Code|Type|Required|Description]", "03 |note|string||A note. (up to 140) more.|", "06 |key|string|true|The key. (1 - 128)|", "09 |a|int||The a.|", "10 |||true|The lost one.|"},
			warns: []string{
				`p.txt:4: the row at line 4 has no name, and its cells go on with those of the row at line 3, which has a cell that ends with a line break (\\) there: a cell of several lines, as pandoc's Org writer writes one, a row a line; read as the rest of the row at line 3`,
				`p.txt:5: the row at line 5 has no name, and its cells go on with those of the row at line 3, which has a cell that ends with a line break (\\) there: a cell of several lines, as pandoc's Org writer writes one, a row a line; read as the rest of the row at line 3`,
				`p.txt:8: the row at line 8 has no name, and its cells go on with those of the row at line 6, which has a cell with text there, after a line of empty cells (a blank line between two paragraphs): a cell of several lines, as pandoc's Org writer writes one, a row a line; read as the rest of the row at line 6`,
			},
		},
		{
			name:  "a caption right under a table, with none under it, titles the table above, as pandoc writes it",
			page:  "| Name | Type |\n|------+------|\n| a    | int  |\n#+caption: Request Body\n\n| Name | Code |\n|------+------|\n| Ok   | 1    |\n#+caption: ErrorCode\n\nText.",
			want:  []string{"04 Request Body", "01 [Name|Type]", "03 |a|int|", "09 ErrorCode", "06 [Name|Code]", "08 |Ok|1|", "11 Text."},
			warns: []string{`p.txt:4: the caption "Request Body" at line 4 stands right under the table at line 1, and no table follows it: the caption of the table above, where pandoc's Org writer writes one; read as its title`, `p.txt:9: the caption "ErrorCode" at line 9 stands right under the table at line 6, and no table follows it: the caption of the table above, where pandoc's Org writer writes one; read as its title`},
		},
		{
			name: "a caption titles the table under it",
			page: "#+caption: Request Body\n#+name: body\n| Name | Type |\n|------+------|\n| a    | int  |",
			want: []string{"01 Request Body", "03 [Name|Type]", "05 |a|int|"},
		},
		{
			name: "source and example blocks word for word, escaped lines unescaped",
			page: "#+begin_src http\nPOST /a HTTP/1.1\n\n  {\"a\": \"=b=\"}\n#+end_src\n#+BEGIN_EXAMPLE\n,* not a heading\n,#+not a keyword\n#+END_EXAMPLE",
			want: []string{"02 POST /a HTTP/1.1", "04 {\"a\": \"=b=\"}", "07 * not a heading", "08 #+not a keyword"},
		},
		{
			name: "lists, drawers, fixed-width lines, comments, quotes and rules",
			page: "- =userId= is /required/\n:NOTES:\nnoted\n:END:\n:LOGBOOK:\nCLOCK: [2024-01-01]\n:END:\n+ second\n  * third\n1. fourth\n: GET /x?a=b\n# a comment\n#+begin_comment\nhidden\n#+end_comment\n#+begin_quote\nquoted\n#+end_quote\n-----",
			want: []string{"01 - `userId` is required", "03 noted", "08 - second", "09 - third", "10 - fourth", "11 GET /x?a=b", "17 quoted"},
		},
		{
			name:  "an unclosed block ends at the next heading",
			page:  "#+begin_src json\n{\"a\": 1}\n* Response\n| Name |\n|------|\n| a    |",
			want:  []string{"02 {\"a\": 1}", "03 Response", "04 [Name]", "06 |a|"},
			warns: []string{"p.txt:1: the src block at line 1 is never closed (no #+end_src): read lines 2-2 as its lines"},
		},
		{
			name:  "an unclosed property drawer and a stray end",
			page:  "* Body\n:PROPERTIES:\n:CUSTOM_ID: body\nThe body.\n:END:",
			want:  []string{"01 Body", "04 The body."},
			warns: []string{"p.txt:2: the property drawer at line 2 is never closed (no :END:): read lines 2-3 as its properties, which are no text", "p.txt:5: line 5 closes a drawer that no line opens: it is no text"},
		},
		{
			name:  "a commented subtree",
			page:  "* COMMENT Draft\n| Name |\n|------|\n| a    |\n** Draft notes\n* Body\n| Name |\n|------|\n| b    |",
			want:  []string{"06 Body", "07 [Name]", "09 |b|"},
			warns: []string{"p.txt:1: the heading at line 1 is marked COMMENT: its subtree, lines 1-5, is commented out, and not read"},
		},
		{
			name:  "struck text",
			page:  "| Name | Description |\n|------+-------------|\n| a    | +(up to 10)+ (up to 20) |",
			want:  []string{"01 [Name|Description]", "03 |a|(up to 10) (up to 20)|"},
			warns: []string{`p.txt:3: the text "(up to 10)" at line 3 is struck through (+…+): read as text, though the page may mean it deleted; correct the page, or the schema with an override`},
		},
		{
			name: "HTML in a source block is code, an old HTML block HTML",
			page: "#+begin_src html\n<table><tr><td>a</td></tr></table>\n#+end_src\n#+BEGIN_HTML\n<p>Old</p>\n#+END_HTML",
			want: []string{"02 <table><tr><td>a</td></tr></table>", "05 Old"},
		},
		{
			name: "an HTML export block is read as HTML",
			page: "* Body\n#+begin_export html\n<table><tr><th>Name</th><th>Type</th></tr>\n<tr><td>a</td><td>int</td></tr></table>\n#+end_export\n#+html: <p>After</p>",
			want: []string{"01 Body", "03 [Name|Type]", "04 |a|int|", "06 After"},
		},
		{
			name:  "an include",
			page:  "#+include: \"body.org\"\n| Name |\n|------|\n| a    |",
			want:  []string{"02 [Name]", "04 |a|"},
			warns: []string{"p.txt:1: the include keyword at line 1 is not read: what it includes is not in the page; export the page with its includes resolved (org-export, or pandoc on the exported page)"},
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

// TestDetect is certain of Org markup, and leaves the pages of the
// other styles to them (want: the style detected, nil for none), among
// the styles in parser's order.
func TestDetect(t *testing.T) {
	styles := []pages.Style{html.Style{}, adoc.Style{}, wiki.Style{}, dokuwiki.Style{}, Style{}, markdown.Style{}, pipes.Style{}, cellperline.Style{}, flattened.Style{}, drawn.Style{}, aligned.Style{}}
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"| Name | Type |\n|------+------|\n| a    | int  |", Style{}},
		{"* Body\n:PROPERTIES:\n:CUSTOM_ID: body\n:END:\n| Name | Type |\n| a | int |", Style{}},
		{"#+title: Emote\n| Name | Type |\n| a | int |", Style{}},
		{"* Example\n#+begin_src http\nGET /x\n#+end_src", Style{}},
		{"* Body\n| Name | Type |\n|------|------|\n| a    | int  |", markdown.Style{}},
		{"* Body\n** Request Body\n| Name | Type |\n|------|------|\n| a    | int  |", Style{}},
		{"+------+------+\n| Name | Type |\n|------+------|\n| a    | int  |\n+------+------+", drawn.Style{}},
		{"* Client\n* Server\n\n| Name | Type |\n|---|---|\n| a | int |", markdown.Style{}},
		{"| Name | Type |\n| a | int |", pipes.Style{}},
		{"==== Body ====\n| Name | Type |\n| a | int |", dokuwiki.Style{}},
		{"||Name||Type||\n|a|int|", wiki.Style{}},
		{"+------+------+\n| Name | Type |\n+======+======+\n| a    | int  |\n+------+------+", drawn.Style{}},
		{" name | type\n------+------\n a    | int", pipes.Style{}},
		{"****** Body ******\n**** Request Body ****\nName  Type\nkind  int", aligned.Style{}},
		{"#+title: Notes\nNo table here.", nil},
		{":PROPERTIES:\n:END:\nNo table here.", nil},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}
