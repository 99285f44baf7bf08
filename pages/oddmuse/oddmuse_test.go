package oddmuse

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/dokuwiki"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/mediawiki"
	"github.com/docs2go/docs2go/pages/moin"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/pipes"
	"github.com/docs2go/docs2go/pages/pmwiki"
	"github.com/docs2go/docs2go/pages/wiki"
)

// TestRendered reads the links of a line as their labels, and leaves as
// text the brackets that hold no link.
func TestRendered(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"[/wiki/spaces/KGSERVER/pages/3471822/Quarry+quarry 채석장 Quarry (/quarry)]", "채석장 Quarry (/quarry)"},
		{"Created by [/wiki/display/~shyoon Yoon Seohyun] on [https://x.io/a?b=1 Jan 05]", "Created by Yoon Seohyun on Jan 05"},
		{"}[# Like]Be the first", "}LikeBe the first"},
		{"[[HomePage]] and [[Server API|the API]]", "HomePage and the API"},
		{`"veins": [3, 7], ["P-11", "P-12"]`, `"veins": [3, 7], ["P-11", "P-12"]`},
		{"[https://x.io/a] and [/a", "[https://x.io/a] and [/a"},
		{"*bold* /quarry/yields [[unclosed", "*bold* /quarry/yields [[unclosed"},
	} {
		if got := strings.Join(rendered(c.in), "⏎"); got != c.want {
			t.Errorf("rendered(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// read reads a page of Oddmuse markup into blocks, with the warnings and
// the errors.
func read(page string) ([]pages.Block, []string) {
	return pagestest.Read(Style{}, page, true)
}

// TestBlocks reads pages of Oddmuse markup into text lines and tables.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "headings without spaces, a table whose first row names the columns, a list, code lines",
			page: "=[/wiki/x 채석장 Quarry (/quarry)]=\n\n* Created by [/wiki/display/~a Yoon]\n\n==/quarry/yields==\n\n===요청 파라미터 (Request Parameters)===\n\n||Name ||Type ||Mandatory ||Description ||\n||quarryId ||String ||Y ||Quarry ID ||\n||veins ||List<Integer> ||N ||Vein numbers ||\n\nGET /quarry/yields?quarryId=QR-3 HTTP/1.1\n{\n  \"veins\": [3, 7]\n}",
			want: []string{"01 채석장 Quarry (/quarry)", "03 - Created by Yoon", "05 /quarry/yields", "07 요청 파라미터 (Request Parameters)", "09 [Name|Type|Mandatory|Description]", "10 |quarryId|String|Y|Quarry ID|", "11 |veins|List<Integer>|N|Vein numbers|", "13 GET /quarry/yields?quarryId=QR-3 HTTP/1.1", "14 {", `15 "veins": [3, 7]`, "16 }"},
		},
		{
			name: "headings with spaces, a cell spanning two columns, an empty cell, a row left open",
			page: "== Status Codes ==\n||Code ||Description ||\n||||Codes of the stake ||\n||200 || ||\n||400 ||Bad request",
			want: []string{"01 Status Codes", "02 [Code|Description]", "04 |200||", "05 |400|Bad request|", "03 Codes of the stake"},
			warns: []string{
				`p.txt:3: line 3 of the table at line 2 holds one cell that spans its columns ("||||"), a label or a note over the rows below it ("Codes of the stake"): a note over its rows, no field; read as text after the table`,
				`p.txt:5: the row at line 5 does not end with "||", as Oddmuse ends every row: its last cell is read as written, and may be cut`,
			},
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

// TestDetect is certain of Oddmuse markup, and leaves the pages of the
// other styles to them (want: the style detected, nil for none).
func TestDetect(t *testing.T) {
	styles := []pages.Style{mediawiki.Style{}, moin.Style{}, Style{}, pmwiki.Style{}, wiki.Style{}, dokuwiki.Style{}, markdown.Style{}, pipes.Style{}}
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"==/quarry/yields==\n||Name ||Type ||\n||a ||int ||", Style{}},
		{"=[/wiki/x Quarry]=\n\n===Body===\n\n||Name ||Type ||\n||a ||int ||", Style{}},
		{"== Body ==\n|| Name || Type ||\n|| a || int ||", moin.Style{}},
		{"|| Name || Type ||\n|| a || int ||", wiki.Style{}},
		{"h2. Body\n||Name||Type||\n|a|int|", wiki.Style{}},
		{"==Body==\n||Name||Type||\n|a|int|", wiki.Style{}},
		{"!! Body\n||\n||!Name ||!Type ||\n||a ||int ||", pmwiki.Style{}},
		{"==Body==\n{|\n! Name !! Type\n|-\n| a || int\n|}", mediawiki.Style{}},
		{"==== Body ====\n^ Name ^ Type ^\n| a | int |", dokuwiki.Style{}},
		{"## Body\n| Name | Type |\n|---|---|\n| a | int |", markdown.Style{}},
		{"==Body==\n||Name ||Type ||", wiki.Style{}},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}

// TestLinear reads pages of brackets that nothing closes, and of rows,
// in time linear in their length: the bytes read allocates grow as the
// page.
func TestLinear(t *testing.T) {
	for name, page := range map[string]func(n int) string{
		"unclosed brackets": func(n int) string {
			return "==A==\n" + strings.Repeat("[[a [/b c [d ", n) + "\n||Name ||Code ||\n||" + strings.Repeat("[[a [/b ", n) + " ||x ||\n"
		},
		"closed links": func(n int) string {
			return "==A==\n" + strings.Repeat("[[a|b]] [/c d] ", n) + "\n"
		},
		"rows": func(n int) string {
			return "==A==\n||Name ||Code ||\n" + strings.Repeat("||a ||1 ||\n", n)
		},
		"spans": func(n int) string {
			return "==A==\n||Name ||Code ||\n||a " + strings.Repeat("||", n) + "\n"
		},
	} {
		if g := pagestest.AllocatedGrowth(Style{}, page, 2000); g > 3 {
			t.Errorf("%s: reading a page twice as long allocates %.1f times as much", name, g)
		}
	}
}
