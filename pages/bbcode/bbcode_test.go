package bbcode

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestInline reads the markup inside a line into Markdown.
func TestInline(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"[code]hallId[/code][code]string[/code]trueThe hall", "`hallId` `string`trueThe hall"},
		{"See [url=/api/permission-rules]PermissionRules[/url]", "See [PermissionRules](/api/permission-rules)"},
		{"Client[url=#client]\u200b[/url]", "Client"},
		{"[url=/api/a]getAtelierStock", "getAtelierStock"},
		{"[/url]", ""},
		{"[url]https://example.com[/url]", "https://example.com"},
		{"[b]Note[/b]: [i]a[/i] [u]b[/u] [size=4][color=red]c[/color][/size]", "**Note**: *a* b c"},
		{"[*]first item", "- first item"},
		{"[code]a`b[/code] [code][code]x[/code][/code]", "``a`b`` `x`"},
		{"string[] and [x] and a*b", `string\[\] and \[x\] and a\*b`},
		{"# not a heading", `\# not a heading`},
		{"[img]/logo.png[/img]", "![](/logo.png)"},
		{"[code]unclosed and [b]unclosed", "unclosed and unclosed"},
	} {
		var m marked
		if got := m.inline(1, c.in); got != c.want {
			t.Errorf("inline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestMarkdownOf reads a page's lines into Markdown, each at its page line.
func TestMarkdownOf(t *testing.T) {
	page := strings.Split(strings.Join([]string{
		"[h2]Client[url=#client]\u200b[/url][/h2]",
		"http[code][code]POST /api/rJson/a/client/b[/code][/code]",
		"CodeTypeRequiredDescription",
		"  ",
		"[code]a[/code][code]string[/code]trueFirst.",
		"Its second line.",
		"[code]b[/code][code]number[/code]Second.",
		" ",
		"[table][tr][th]Name[/th][th]Code[/th][/tr]",
		"[tr][td]Ok[/td][td]1[/td][/tr]",
		"[/table]",
		"[code]",
		"{ \"a\": 1 }",
		"[/code]",
		"Other fields",
		"[code]c[/code]trueThird.",
		"[code]d[/code]falseFourth.",
	}, "\n"), "\n")
	m := markdownOf(page)
	want := []string{
		"01 ## Client",
		"02 ```http", "02 POST /api/rJson/a/client/b", "02 ```",
		"03 CodeTypeRequiredDescription", "04 ",
		"05 `a` `string`trueFirst.", "06 Its second line.", "07 ", "07 `b` `number`Second.",
		"08 ",
		"09 | Name | Code |", "09 | --- | --- |", "10 | Ok | 1 |",
		"12 ```", "13 { \"a\": 1 }", "14 ```",
		"15 Other fields", "16 `c`trueThird.", "17 ", "17 `d`falseFourth.",
	}
	var got []string
	for k, l := range m.lines {
		got = append(got, fmt.Sprintf("%02d %s", m.at[k], l))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("markdownOf:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestPandocFlavours reads what pandoc's BBCode writers write, each
// flavour its own way: headings [heading=N] (bbcode_xenforo, levels past
// 6 too) and [hN] (bbcode_steam, bbcode_hubzilla), code blocks whose tag
// gives the language and holds the first line ("[code=json]{"), code
// spans [icode], [noparse] and [code], [strike], images with attributes
// and a definition list's terms ("[*= term]").
func TestPandocFlavours(t *testing.T) {
	page := []string{
		"[heading=3]Request Body[/heading]",
		"[heading=7]Deep[/heading]",
		"[code=json]{",
		`  "a": 1`,
		"}",
		"[/code]",
		"[code=syntax highlighter]GET /a HTTP/1.1",
		"[/code]",
		"Use [icode]playerId[/icode], [noparse]x[y][/noparse] or [code]z[/code].",
		"[strike]old[/strike] [img alt=\"Logo\" width=\"50%\"]/logo.png[/img]",
		"[list=1]",
		"[*]first",
		"[/list]",
		`[dl terms="b"]`,
		"[*= playerId]",
		"Player ID",
		"[/dl]",
	}
	m := markdownOf(page)
	want := []string{
		"01 ### Request Body",
		"02 ###### Deep",
		"03 ```json", "03 {", `04   "a": 1`, "05 }", "06 ```",
		"07 ```", "07 GET /a HTTP/1.1", "08 ```",
		"09 Use `playerId`, `x[y]` or `z`.",
		"10 old ![](/logo.png)",
		"11 ", "12 - first", "13 ",
		"14 ", "15 - playerId", "16 Player ID", "17 ",
	}
	var got []string
	for k, l := range m.lines {
		got = append(got, fmt.Sprintf("%02d %s", m.at[k], l))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("markdownOf:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(m.struck) != 1 || m.struck[0].text != "old" {
		t.Errorf("struck %v, want the [strike] text old at line 10", m.struck)
	}
	if !(Style{}).HeadingAt(page, 1) {
		t.Error("[heading=3] at line 1 is not a heading")
	}
	if got := (Style{}).Detect(page); got != pages.Certain {
		t.Errorf("Detect = %d, want certain of [/heading], [/code] and [/list]", got)
	}
}

// TestBlocks reads pages of BBCode into text lines and tables at their
// page lines.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{
			name: "a table whose tags html2bbcode dropped, a row's line break",
			page: "[h3]Request Body[url=#request-body]\u200b[/url][/h3]\nCodeTypeRequiredDescription\n  \n[code]pattern[/code][code]MosaicPattern[/code]trueThe design.\nLabyrinth needs a title.\n[code]note[/code][code]string[/code]Words. (max 60 characters)\n \n[h3]MosaicPattern[url=#mosaicpattern]\u200b[/url][/h3]\nNameCodeDescription\n  \n[code]Checker[/code]0Plain squares.\n[code]SecretInvalid[/code]-10The key is wrong.\n ",
			want: []string{
				"01 Request Body",
				"02 [Code|Type|Required|Description]",
				"04 |pattern|MosaicPattern|true|The design. Labyrinth needs a title.|",
				"06 |note|string||Words. (max 60 characters)|",
				"08 MosaicPattern",
				"09 [Name|Code|Description]",
				"11 |Checker|0|Plain squares.|",
				"12 |SecretInvalid|-10|The key is wrong.|",
			},
		},
		{
			name: "a header a space apart over rows a line each",
			page: "[h3]Request Body[/h3]\nCode Type Required Description\n[code]a[/code] [code]string[/code] true First.\n[code]b[/code] [code]number[/code] Second.\n",
			want: []string{"01 Request Body", "02 [Code|Type|Required|Description]", "03 |a|string|true|First.|", "04 |b|number||Second.|"},
		},
		{
			name: "a [table] kept, a row over lines, a header of [th]",
			page: "[h2]Errors[/h2]\n[table]\n[tr][th]Name[/th][th]Code[/th][th]Description[/th][/tr]\n[tr]\n[td]Ok[/td]\n[td]1[/td][td]Done | fine.[/td]\n[/tr]\n[/table]",
			want: []string{"01 Errors", "03 [Name|Code|Description]", "04 |Ok|1|Done | fine.|"},
		},
	} {
		blocks, _ := pagestest.Read(Style{}, c.page, true)
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
	}
}

// TestWarnings warns of the text struck out and of a line read as the
// rest of a row, at their page lines (the table's own warning between
// them).
func TestWarnings(t *testing.T) {
	_, warns := pagestest.Read(Style{}, "[h2]A[/h2]\n\n[s]old[/s] text [code]x[/code]\nNameCodeDescription\n[code]Ok[/code]1Done.\nand more.\n", false)
	if len(warns) != 3 || !strings.HasPrefix(warns[0], "p.txt:3: ") || !strings.Contains(warns[0], `"old"`) ||
		!strings.HasPrefix(warns[2], "p.txt:6: line 6, among the rows") || !strings.Contains(warns[2], "the row at line 5") {
		t.Errorf("warnings %q, want one of the struck text at line 3, one of the row's rest at line 6", warns)
	}
}

// TestDetect is certain of BBCode's end tags with a structural one, and
// rates 0 a page of another style's brackets.
func TestDetect(t *testing.T) {
	for _, c := range []struct {
		page string
		want int
	}{
		{"[h2]A[/h2]\n[url=/x]x[/url]\n[b]y[/b]", pages.Certain},
		{"[url=/x]x[/url]\n[url=/y]y[/url]\n[b]y[/b]", 0},
		{"## A\n\n| a | b |\n|---|---|\n| [x](y) | [z] |", 0},
		{"[block:api-header]\n{}\n[/block]", 0},
	} {
		if got := (Style{}).Detect(pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("Detect(%q) = %d, want %d", c.page, got, c.want)
		}
	}
	if (Style{}).CellPipe() != (markdown.Style{}).CellPipe() {
		t.Error("a cell's pipe is not Markdown's")
	}
}

// TestLinear reads pages of tags that nothing closes, and of rows, in
// time linear in their length: the bytes read allocates grow as the page.
func TestLinear(t *testing.T) {
	for name, page := range map[string]func(n int) string{
		"unclosed tags": func(n int) string {
			return "[h2]A[/h2]\n[h3]B[/h3]\n[h4]C[/h4]\n" + strings.Repeat("[code]a [url=x]b [b]c [s]d [img]e [", n) + "\n"
		},
		"rows": func(n int) string {
			return "[h2]A[/h2]\n[h3]B[/h3]\n[h4]C[/h4]\nNameCodeDescription\n  \n" + strings.Repeat("[code]Ok[/code]1Fine.\n", n)
		},
		"table": func(n int) string {
			return "[h2]A[/h2]\n[table]\n" + strings.Repeat("[tr][td]a[/td][td]1[/td]\n", n) + "[/table]\n"
		},
	} {
		if g := pagestest.AllocatedGrowth(Style{}, page, 2000); g > 3 {
			t.Errorf("%s: reading a page twice as long allocates %.1f times as much", name, g)
		}
	}
}
