package mediawiki

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/adoc"
	"github.com/docs2go/docs2go/pages/aligned"
	"github.com/docs2go/docs2go/pages/cellperline"
	"github.com/docs2go/docs2go/pages/dokuwiki"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/wiki"
)

// TestRendered reads the markup inside a line as the text it shows, and
// leaves as text what opens no markup.
func TestRendered(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"'''bossId'''", "bossId"},
		{"''italic'' and '''''both'''''", "italic and both"},
		{"the player's deck", "the player's deck"},
		{"''''x''''", "'x'"},
		{"inspect <code>invalidMembers</code> first", "inspect `invalidMembers` first"},
		{"<nowiki>'''x''' [[y]]</nowiki>", "'''x''' [[y]]"},
		{"List&lt;[[#RankEntry|RankEntry]]&gt;", "List<RankEntry>"},
		{"See [[#ReturnCode]] and [[Guild API|the guild API]]", "See ReturnCode and the guild API"},
		{"[[Help:Tables|]] and [[:Category:API]]", "Tables and Category:API"},
		{"ErrorCode[[#errorcode|]] [[#errorcode|¶]]", "ErrorCode"},
		{"'''Server''' [https://docs.example.com/x#server <span>''''''</span>] [https://example.com/y#z <span>see</span>]", "Server see"},
		{"[[Category:Guild]]", ""},
		{"[[File:tick.png|16px|alt=Required]]", "Required"},
		{"[https://example.com/a the docs] or [https://example.com/b]", "the docs or https://example.com/b"},
		{"Request Body [#request-body \u200b] [#request-body ]", "Request Body"},
		{"See [#caulkmaterial CaulkMaterial] and [/api/permission-rules PermissionRules]", "See CaulkMaterial and PermissionRules"},
		{"[../guide/x.html the guide] [./y <span>Y</span>]", "the guide Y"},
		{"[/ [[Image:logo.svg|alt=Home]]<span>GearN</span>]", "HomeGearN"},
		{"[#invalidmember <code>InvalidMember[]</code>] and [https://x.io/a b [c]", "`InvalidMember[]` and b [c"},
		{"string[] [/x] [#] [# of items]", "string[] [/x] [#] [# of items]"},
		{"<span id=\"nav\" class=\"visually-hidden\">Main Navigation</span>[/guide <span>Guide</span>] <span class='sr-only'>a <span>b</span></span>c", "Guide c"},
		{"<div class=\"language-http vp-adaptive-theme\"><span class=\"lang\">http</span> and <span class=\"lang\">en</span>", "and en"},
		{"&lt;span&gt; is text, <span style=\"x\">a tag</span>", "<span> is text, a tag"},
		{"List<String>", "List<String>"},
		{"Region<br />(default: global)", "Region⏎(default: global)"},
		{"{{Yes}} {{no}} {{Y}} {{N}} {{Yes|Partly}}", "Yes No Y N Partly"},
		{"{{tick}} {{Cross}}", "✓ ✗"},
		{"a {{!}} b", "a | b"},
		{"{{code|userId}} and {{nowrap|10 ~ 100}}", "`userId` and 10 ~ 100"},
		{"a<!-- hidden -->b", "ab"},
		{"{{anchor|RankEntry}}RankEntry{{clear}}", "RankEntry"},
		{"<CODE>İİ</Code> and <nowiki>İ''x''</NOWIKI>", "`İİ` and İ''x''"},
		{"[[unclosed and {{unclosed", "[[unclosed and {{unclosed"},
	} {
		rep := &pages.Reporter{}
		r := renderer{src: pages.Source{Name: "p.txt", Report: rep}}
		if got := strings.Join(r.rendered(c.in), "⏎"); got != c.want {
			t.Errorf("rendered(%q) = %q, want %q", c.in, got, c.want)
		}
		if warns, errs := rep.Sorted([]string{"p.txt"}, false); len(warns)+len(errs) > 0 {
			t.Errorf("rendered(%q): %v %v", c.in, warns, errs)
		}
	}
}

// TestUnknownTemplate keeps a template it does not know as it is
// written, with a warning at its line.
func TestUnknownTemplate(t *testing.T) {
	_, warns := read("== Body ==\n{{Imported|source=x}}\n{| class=\"wikitable\"\n! Name !! Type\n|-\n| a || {{Deprecated}} int\n|}")
	want := []string{
		`p.txt:2: line 2 holds the template {{Imported}}, which is none docs2go knows (it reads {{Yes}}, {{No}}, {{Y}}, {{N}}, {{tick}}, {{cross}}, {{!}}, {{code}}, {{nowrap}} and infoboxes): what it shows is in another page of the wiki, so it is kept as it is written, "{{Imported|source=x}}"; write what it shows in the page, or the fact it states with an override`,
		`p.txt:6: line 6 holds the template {{Deprecated}}, which is none docs2go knows (it reads {{Yes}}, {{No}}, {{Y}}, {{N}}, {{tick}}, {{cross}}, {{!}}, {{code}}, {{nowrap}} and infoboxes): what it shows is in another page of the wiki, so it is kept as it is written, "{{Deprecated}}"; write what it shows in the page, or the fact it states with an override`,
	}
	if !reflect.DeepEqual(warns, want) {
		t.Errorf("warnings\n%s\nwant\n%s", strings.Join(warns, "\n"), strings.Join(want, "\n"))
	}
}

// read reads a page of wikitext into blocks, with the warnings and the
// errors.
func read(page string) ([]pages.Block, []string) {
	return pagestest.Read(Style{}, page, true)
}

// TestBlocks reads pages of wikitext into text lines and tables.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "headings, a row a line, a cell a line",
			page: "__TOC__\n== Emote ==\n=== 2.1 Request ===\n{| class=\"wikitable\"\n! Name !! Type !! Mandatory\n|-\n| '''limit''' || Integer || {{No}}\n|-\n|'''rarity'''\n|String<br />(Enum)\n|{{Yes}}\n|}",
			want: []string{"02 Emote", "03 Request", "05 [Name|Type|Mandatory]", "07 |limit|Integer|No|", "09 |rarity|String (Enum)|Yes|"},
		},
		{
			name: "header cells a line, no |- before the first row, a caption",
			page: "{|\n|+ style=\"x\" | GenericModels.Layer — one layer\n!Name\n!Code\n|-\n|Shield\n|1\n|}",
			want: []string{"02 GenericModels.Layer — one layer", "03 [Name|Code]", "06 |Shield|1|"},
		},
		{
			name: "cell attributes, a header written with ||, an empty cell",
			page: "{| class=\"wikitable sortable\"\n! scope=\"col\" | Name || Required || Description\n|-\n| style=\"width:20%\" | Game-Id || || Optional if set.\n|}",
			want: []string{"02 [Name|Required|Description]", "04 |Game-Id||Optional if set.|"},
		},
		{
			name:  "text before a pipe that is no attributes",
			page:  "{|\n! Name !! Description\n|-\n| a || either x | y\n|}",
			want:  []string{"02 [Name|Description]", "04 |a|y|"},
			warns: []string{`p.txt:4: the cell 2 of the row at line 4 holds a pipe: MediaWiki reads the text before it, "either x", as its attributes, and does not show it: read as the text after it, "y"; write {{!}} for a pipe in a cell's text`},
		},
		{
			name: "pipes inside links, templates and nowiki are text",
			page: "{|\n! Name !! Description\n|-\n| a || See [[#B|B]] or {{!}} or <nowiki>x||y</nowiki>\n|}",
			want: []string{"02 [Name|Description]", "04 |a|See B or | or x||y|"},
		},
		{
			name: "a cell's text over several lines, a list in it",
			page: "{|\n! Name !! Description\n|-\n| a || The a,\nwhich wraps. One of:\n* kr\n* ''jp''\n|-\n| b || The b.\n|}",
			want: []string{"02 [Name|Description]", "04 |a|The a, which wraps. One of: kr; jp|", "09 |b|The b.|"},
		},
		{
			name:  "a cell spanning rows, one spanning columns, a note row",
			page:  "{|\n! Code !! Detail !! Message\n|-\n| rowspan=\"2\" | 469 || -1 || a\n|-\n| -2 || b\n|-\n| colspan=\"3\" | Note: more to come\n|-\n| 470 || colspan=\"2\" | -3\n|}",
			want:  []string{"02 [Code|Detail|Message]", "04 |469|-1|a|", "06 |469|-2|b|", "10 |470|-3||", "08 Note: more to come"},
			warns: []string{`p.txt:6: the cell 1 of the row at line 6 is the cell of the row at line 4 above it, which spans its column down (rowspan): read as that cell, "469"`, `p.txt:8: line 8 of the table at line 2 holds one cell that spans its columns (colspan), a label or a note over the rows below it ("Note: more to come"): a note over its rows, no field; read as text after the table`, "p.txt:10: the cell 2 of the row at line 10 spans 2 columns (colspan): read as that cell and 1 empty cells after it"},
		},
		{
			name: "code blocks, lists, comments, categories, an infobox",
			page: "{{Infobox API page\n| group = World Boss\n| source = x\n}}\n<!-- a comment\nover lines -->\n* Answer\n# Second\n<syntaxhighlight lang=\"json\">\n{\"a\": \"&lt;\"}\n</syntaxhighlight>\n<pre>GET /İx &amp; y</PRE> done\n[[Category:API]]\n----",
			want: []string{"01 group: World Boss", "01 source: x", "07 - Answer", "08 - Second", "10 {\"a\": \"&lt;\"}", "12 GET /İx & y", "12 done"},
		},
		{
			name:  "a header row after rows starts another table; one repeated is a row; a header cell alone is a note",
			page:  "{|\n! Name !! Type\n|-\n| a || int\n|-\n! Name !! Type\n|-\n| b || int\n|-\n! Response\n|-\n! Name !! Code\n|-\n| c || 1\n|}",
			want:  []string{"02 [Name|Type]", "04 |a|int|", "08 |b|int|", "10 Response", "12 [Name|Code]", "14 |c|1|"},
			warns: []string{`p.txt:10: line 10 of the table at line 2 holds one header cell alone after its rows, a label or a note over the rows below it ("Response"): a note over its rows, no field; read as text after the table`},
		},
		{
			name: "a cell spanning columns above the header titles the table; amid its rows it is a label, text after the table",
			page: "{|\n! colspan=\"3\" | Request Body\n|-\n! Code !! Detail !! Message\n|-\n| a || 1 || x\n|-\n| colspan=\"3\" | Advanced\n|-\n| b || 2 || y\n|}",
			want: []string{"02 Request Body", "04 [Code|Detail|Message]", "06 |a|1|x|", "10 |b|2|y|", "08 Advanced"},
			warns: []string{
				`p.txt:2: line 2 holds one cell that spans the columns of the table under it (colspan), above its header: a title over the table, no row; read as text before it ("Request Body")`,
				`p.txt:8: line 8 of the table at line 4 holds one cell that spans its columns (colspan), a label or a note over the rows below it ("Advanced"): a note over its rows, no field; read as text after the table`,
			},
		},
		{
			name: "row separators lost: between rows, after the header",
			page: "{|\n! Name !! Code\n| a || 1\n|-\n| b || 2\n| c\n| 3\n|}",
			want: []string{"02 [Name|Code]", "03 |a|1|", "05 |b|2|", "06 |c|3|"},
			warns: []string{
				"p.txt:3: the header row at line 2 goes on with 2 cells that are no header cells, at line 3: the row separator (|-) after the header was lost; read as the header and its rows",
				"p.txt:5: the row at line 5 has 4 cells, 2 times the 2 columns of its table's header at line 2, which MediaWiki shows past the table's columns: it is 2 rows, the row separators (|-) between them lost; read as such, at lines 5, 6",
			},
		},
		{
			name:  "a row of cells too many",
			page:  "{|\n! Name !! Code\n|-\n| a || 1 || x\n|-\n| b || 2\n|}",
			want:  []string{"02 [Name|Code]", "06 |b|2|"},
			warns: []string{"p.txt:4: the row at line 4 has 3 cells, more than the 2 columns of its table's header at line 2, which MediaWiki shows past the table's columns: a row separator (|-) may be lost, or a cell written too many; write the row with the header's columns, or the facts it states with an override"},
		},
		{
			name:  "an unclosed table ends at the next heading",
			page:  "{|\n! Name !! Type\n|-\n| a || int\n== Next ==\ntext",
			want:  []string{"02 [Name|Type]", "04 |a|int|", "05 Next", "06 text"},
			warns: []string{`p.txt:1: the table at line 1 is never closed (no "|}"): read lines 1-4 as its rows, up to the heading at line 5`},
		},
		{
			name:  "a table in a cell",
			page:  "{|\n! Name !! Type\n|-\n| a ||\n{|\n| x\n|}\n|}\nafter",
			want:  []string{"02 [Name|Type]", "04 |a||", "09 after"},
			warns: []string{"p.txt:5: the table at line 5 stands in a cell of the table at line 1: a table in a cell is not read; write its rows as a table of its own, or the facts they state with an override"},
		},
		{
			name: "preformatted text: lines that start with a space, a tag open over several",
			page: "=== HTTP ===\n <code><span class=\"line\">POST /api/x HTTP/1.1</span>\n <span class=\"line\"></span>\n <span class=\"line\">{&quot;a&quot;: ''1''}</span></code>\n\n '''b'''\ntext",
			want: []string{"01 HTTP", "02 POST /api/x HTTP/1.1", "04 {\"a\": 1}", "06 b", "07 text"},
		},
		{
			name: "a link around a block: its target at a line's end, its closing bracket opening a later line",
			page: "[/api/x\n\ngetX\n\n]</div>[https://docs.example.com/api/y\n\nY\n\n]\nstring[] [a\n]",
			want: []string{"03 getX", "07 Y", "10 string[] [a", "11 ]"},
		},
		{
			name:  "an unclosed code block",
			page:  "<syntaxhighlight lang=\"http\">\nGET /x\n== Body ==\n{|\n! Name\n|-\n| a\n|}",
			want:  []string{"02 GET /x", "03 Body", "05 [Name]", "07 |a|"},
			warns: []string{"p.txt:1: the <syntaxhighlight> block at line 1 is never closed: read lines 1-2 as its code, up to the heading or table at line 3"},
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

// TestDetect is certain of wikitext, and leaves the pages of the other
// styles to them (want: the style detected, nil for none).
func TestDetect(t *testing.T) {
	styles := []pages.Style{adoc.Style{}, Style{}, wiki.Style{}, dokuwiki.Style{}, markdown.Style{}, pipes.Style{}, cellperline.Style{}, aligned.Style{}}
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"== Body ==\n{| class=\"wikitable\"\n! Name !! Type\n|-\n| a || int\n|}", Style{}},
		{"{|\n|a\n|}", Style{}},
		{":{|\n! Name\n|}", Style{}},
		{"==== Request Body ====\n| Name | Type |\n| a | int |", dokuwiki.Style{}},
		{"^ Name ^ Type ^\n| a | int |", dokuwiki.Style{}},
		{"||Name||Type||\n|a|int|", wiki.Style{}},
		{"h3. Body\n|a|int|", wiki.Style{}},
		{"| Name | Type |\n|---|---|\n| a | int |", markdown.Style{}},
		{"== Body ==\n[cols=\"1,1\"]\n|===\n|Name |Type\n|a |int\n|===", adoc.Style{}},
		{"== Overview ==\nNo table here.", nil},
		{"{| not a table", nil},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}
