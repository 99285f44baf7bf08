package snipsnap

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/latex"
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
		{"{link:Server API|/wiki/x}", "Server API"},
		{"See {link:|/api/x} and {image:a.png}{anchor:top}", "See /api/x and "},
		{"__CandleMold__ and ~~optional~~", "CandleMold and optional"},
		{"Authorization: KakaoAK {ADMIN_KEY}", "Authorization: KakaoAK {ADMIN_KEY}"},
		{`How.\\Net needs level 5.`, "How.⏎Net needs level 5."},
		{"__init and ~~x and {open", "__init and ~~x and {open"},
		{`{ "a": 1 }`, `{ "a": 1 }`},
	} {
		if got := strings.Join(rendered(c.in), "⏎"); got != c.want {
			t.Errorf("rendered(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestBlocks reads pages of SnipSnap markup into text lines and tables.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "headings, a bold title over a table, a link in a cell, a row that lost a spanned cell",
			page: "1 {link:Chandlery|/wiki/x}\n\n1.1 Response Body\n\n__CandleMold__\n\n{table}\nName | Type | Description\nmoldId | String | See {link:molds|/a|b}\nwear | Double | 0.0 ~ 1.0\\\\(1.0: breaks)\n{table}\n\n{table}\nStatus Code | Code | Message | Description\n471 | -81001 | Vat cold | Not heated\n-81002 | Vat busy | In use\n{table}",
			want: []string{"01 Chandlery", "03 Response Body", "05 CandleMold", "08 [Name|Type|Description]", "09 |moldId|String|See molds|", "10 |wear|Double|0.0 ~ 1.0 (1.0: breaks)|", "14 [Status Code|Code|Message|Description]", "15 |471|-81001|Vat cold|Not heated|", "16 |-81002|Vat busy|In use|"},
		},
		{
			name: "lists, a rule and a quote are text or nothing; code lines as written",
			page: "* {link:Spaces|/wiki/spaces}\n1. {link:Pages|/p}\n----\n{quote}\nNote.\n{quote}\nGET /x?a=1 HTTP/1.1\n{\n  \"id\": 1\n}",
			want: []string{"01 - Spaces", "02 - Pages", "05 Note.", "07 GET /x?a=1 HTTP/1.1", "08 {", "09 \"id\": 1", "10 }"},
		},
		{
			name:  "a table that nothing closes runs to the blank line",
			page:  "{table}\nName | Type\na | int\n\ntext",
			want:  []string{"02 [Name|Type]", "03 |a|int|", "05 text"},
			warns: []string{`p.txt:1: the table at line 1 is never closed ("{table}"): read lines 2-3 as its rows, up to the heading or blank line at line 4`},
		},
		{
			name:  "a table that nothing closes at the page's end",
			page:  "{table}\nName | Type\na | int",
			want:  []string{"02 [Name|Type]", "03 |a|int|"},
			warns: []string{`p.txt:1: the table at line 1 is never closed ("{table}"): read the lines to the page's end as its rows`},
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

// TestDetect is certain of SnipSnap markup, and leaves the pages of the
// other styles to them (want: the style detected, nil for none).
func TestDetect(t *testing.T) {
	styles := []pages.Style{latex.Style{}, moin.Style{}, Style{}, wiki.Style{}, markdown.Style{}, pipes.Style{}}
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"1.1 Body\n{table}\nName | Type\na | int\n{table}", Style{}},
		{"{table}\nName | Type\na | int\n{table}\n|| x || y ||", Style{}},
		{"{table}\nName | Type\n{table}\n\n| Name | Type |\n|---|---|\n| a | int |", markdown.Style{}},
		{"{table}\nName | Type\n\na | int\n{table}", pipes.Style{}},
		{"|| Name || Type ||\n|| a || int ||", wiki.Style{}},
		{"\\begin{table}\n\\begin{tabular}{ll}\nName & Type \\\\\na & int \\\\\n\\end{tabular}\n\\end{table}", latex.Style{}},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}

// largePages are pages whose markup grows with n: a line of n marks of
// emphasis, links and braces that nothing closes, a table of n rows of
// links that nothing closes, and a line of n links.
var largePages = map[string]func(n int) string{
	"unclosed marks": func(n int) string {
		return strings.Repeat("__a ~~b {link:c|", n) + "\n"
	},
	"an unclosed table": func(n int) string {
		return "{table}\nName | Type\n" + strings.Repeat("{link:a|b | {c\n", n)
	},
	"a line of links": func(n int) string {
		return strings.Repeat(`{link:a|b} __c__ \\ `, n) + "\n"
	},
}

// TestLargePagesReadInLinearWork reads each of largePages: twice the
// markup allocates about twice the bytes, not four times.
func TestLargePagesReadInLinearWork(t *testing.T) {
	for name, page := range largePages {
		if g := pagestest.AllocatedGrowth(Style{}, page, 2000); g > 3 {
			t.Errorf("%s: reading twice the markup allocates %.1f times the bytes, want about 2", name, g)
		}
	}
}
