package moin

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
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
		{"Request Body[[#request-body|\u200b]]", "Request Body"},
		{"Body[[#body|]] and [[#x| \ufeff ]]", "Body and "},
		{"See [[/api/permission-rules|PermissionRules]]", "See PermissionRules"},
		{"[[FrontPage]] and [[https://x.io/a|the docs|target=_blank]]", "FrontPage and the docs"},
		{"How.[[BR]]Net needs level 5.", "How.⏎Net needs level 5."},
		{"a<<BR>>b [[br]] c", "a⏎b ⏎ c"},
		{"<<Anchor(top)>>Top [[Anchor(x)]] <<TableOfContents(2)>>", "Top  "},
		{"`lagoonId` or {{{a||b}}}", "lagoonId or a||b"},
		{"'''true''' and ''optional'' and it's", "true and optional and it's"},
		{"[[/api/lagoon/getLagoonTide|", ""},
		{"]][[/api/lagoon/seedOysterBed|", ""},
		{"]]On this page", "On this page"},
		{"x << y and `unclosed", "x << y and `unclosed"},
	} {
		if got := strings.Join(rendered(c.in), "⏎"); got != c.want {
			t.Errorf("rendered(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// read reads a page of MoinMoin markup into blocks, with the warnings
// and the errors.
func read(page string) ([]pages.Block, []string) {
	return pagestest.Read(Style{}, page, true)
}

// TestBlocks reads pages of MoinMoin markup into text lines and tables.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "every row one table: an empty cell written with spaces, a line break in a cell",
			page: "=== Request Body[[#request-body|\u200b]] ===\n\n|| Code || Type || Required || Description ||\n|| `code` || `string` ||  || The parameterCode invalid. ||\n|| `method` || `HarvestMethod` || true || How.[[BR]]Net needs level 5. ||\n|| `tag` || `string` || || Label. ||",
			want: []string{"01 Request Body", "03 [Code|Type|Required|Description]", "04 |code|string||The parameterCode invalid.|", "05 |method|HarvestMethod|true|How. Net needs level 5.|", "06 |tag|string||Label.|"},
		},
		{
			name: "a header that names no column: the page's tables decide",
			page: "|| `code` || `string` || The code. ||\n|| `n` || `int` || A count. ||",
			want: []string{"01 [code|string|The code.]", "02 |n|int|A count.|"},
		},
		{
			name: "a row closed by \"||||\": an empty cell",
			page: "|| Name || Type || Description ||\n|| `a` || `int` ||||\n|| `b` || `int` || The b. ||",
			want: []string{"01 [Name|Type|Description]", "02 |a|int||", "03 |b|int|The b.|"},
		},
		{
			name:  "an empty cell spanning columns with spaces in it",
			page:  "|| Name || Type || Required || Description ||\n|| `a` ||||  || The a. ||",
			want:  []string{"01 [Name|Type|Required|Description]", "02 |a|||The a.|"},
			warns: []string{`p.txt:2: line 2 of the table at line 1 holds an empty cell that spans 2 columns ("||||" or <-N>) beside 2 other cells: read as 2 empty cells`},
		},
		{
			name:  "a cell with text spanning columns: refused",
			page:  "|| Name || Type || Required || Description ||\n|| `a` |||| `int` || The a. ||\n|| `b` || `int` || true || The b. ||",
			want:  []string{"01 [Name|Type|Required|Description]", "03 |b|int|true|The b.|"},
			warns: []string{`p.txt:2: line 2 of the table at line 1 holds a cell that spans 2 columns ("||||" or <-N>, "int") beside 2 other cells: which of the columns it covers holds which value cannot be told; write the row with one cell a column, or ` + pages.RowFieldsFix},
		},
		{
			name:  "one cell spanning the columns: a title over the table, a note amid its rows",
			page:  "||<-3> Members ||\n|| Name || Type || Description ||\n|| `a` || `int` || The a. ||\n|||||| Note: the b is sent only once a day. ||\n|| `b` || `int` || The b. ||",
			want:  []string{"01 Members", "02 [Name|Type|Description]", "03 |a|int|The a.|", "05 |b|int|The b.|", "04 Note: the b is sent only once a day."},
			warns: []string{`p.txt:1: line 1 holds one cell that spans the columns of the table under it ("||||" or <-N>), above its header: a title over the table, no row; read as text before it ("Members")`, `p.txt:4: line 4 of the table at line 2 holds one cell that spans its columns ("||||" or <-N>), a label or a note over the rows below it ("Note: the b is sent only once a day."): a note over its rows, no field; read as text after the table`},
		},
		{
			name:  "cell attributes: alignment is no text, a cell spanning rows is in each",
			page:  "|| Code || Detail ||\n||<|2 :> 404 || -1 ||\n|| -2 ||\n||<style=\"color: red\"> 500 || <b> ||\n||<rowspan=\"2\"> 501 || -3 ||\n|| -4 ||\n||<colspan=2> Note: both are sent once. ||",
			want:  []string{"01 [Code|Detail]", "02 |404|-1|", "03 |404|-2|", "04 |500|<b>|", "05 |501|-3|", "06 |501|-4|", "07 Note: both are sent once."},
			warns: []string{`p.txt:7: line 7 of the table at line 1 holds one cell that spans its columns ("||||" or <-N>), a label or a note over the rows below it ("Note: both are sent once."): a note over its rows, no field; read as text after the table`},
		},
		{
			name:  "a row that does not close",
			page:  "|| Name || Description ||\n|| a || The a.\n|| b || The b. ||",
			want:  []string{"01 [Name|Description]", "02 |a|The a.|", "03 |b|The b.|"},
			warns: []string{`p.txt:2: the row at line 2 does not end with "||", as MoinMoin ends every row: its last cell is read as written, and may be cut`},
		},
		{
			name: "a header row in strong emphasis, attributes of the table",
			page: "||<tablewidth=\"100%\"> '''Name''' || '''Type''' ||\n|| a || int ||",
			want: []string{"01 [Name|Type]", "02 |a|int|"},
		},
		{
			name: "double pipes inside links, macros and code are text",
			page: "|| Name || Description ||\n|| a || See [[#B|B||x]] or `x||y` or {{{p||q}}} ||",
			want: []string{"01 [Name|Description]", "02 |a|See B or x||y or p||q|"},
		},
		{
			name: "code blocks, a request line in a code span, lists, macros, the heading's levels",
			page: "= Lay[[#lay|\u200b]] =\nhttp\n{{{\n`POST /api/rJson/x`\n}}}\n{{{#!json\n{\"a\": 1}\n}}} done\n * Answer\n <<TableOfContents>>\n----\n===== Deep =====",
			want: []string{"01 Lay", "02 http", "04 POST /api/rJson/x", "07 {\"a\": 1}", "08 done", "09 - Answer", "12 Deep"},
		},
		{
			name: "a line break in text and in a heading",
			page: "First.[[BR]]Second.<<BR>>Third.\n== A[[BR]]B ==",
			want: []string{"01 First.", "01 Second.", "01 Third.", "02 A B"},
		},
		{
			name:  "an unclosed code block",
			page:  "{{{\nGET /x\n== Body ==\n|| Name || Type ||\n|| a || int ||",
			want:  []string{"02 GET /x", "03 Body", "04 [Name|Type]", "05 |a|int|"},
			warns: []string{`p.txt:1: the code block at line 1 is never closed ("}}}"): read lines 1-2 as its code, up to the heading or table row at line 3`},
		},
		{
			name: "a link whose label goes on over lines, as html2wiki writes a sidebar",
			page: "[[/api/a|\n\ngetA\n\n]][[/api/b|\n\ngetB\n\n]]On this page",
			want: []string{"03 getA", "07 getB", "09 On this page"},
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

// TestDetect is certain of MoinMoin markup, and leaves the pages of the
// other styles to them (want: the style detected, nil for none).
func TestDetect(t *testing.T) {
	styles := []pages.Style{Style{}, wiki.Style{}, dokuwiki.Style{}, markdown.Style{}, pipes.Style{}}
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"== Body ==\n|| Name || Type ||\n|| a || int ||", Style{}},
		{"||'''Name'''||'''Type'''||\n||a||int[[BR]](count)||", Style{}},
		{"{{{\nPOST /x\n}}}\n|| Name || Type ||\n||  || int ||", Style{}},
		{"a[[BR]]b\n||Name||Type||\n||a||int||", Style{}},
		{"|| Name || Type ||\n|| a || int ||", wiki.Style{}},
		{"h2. Body\n||Name||Type||\n|a|int|", wiki.Style{}},
		{"== Body ==\n||Name||Type||\n||a|int|", wiki.Style{}},
		{"== Body ==\n|| Name || Type ||\n\n|| a || int ||", wiki.Style{}},
		{"==== Body ====\n^ Name ^ Type ^\n| a | int |", dokuwiki.Style{}},
		{"== Body ==\n| Name | Type |\n|---|---|\n| a | int |", markdown.Style{}},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}
