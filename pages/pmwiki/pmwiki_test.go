package pmwiki

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
	"github.com/docs2go/docs2go/pages/wiki"
)

// TestRendered reads the markup inside a line as the text it shows, and
// leaves as text what opens no markup.
func TestRendered(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"getTavernRumors [[#gettavernrumors | \u200b]]", "getTavernRumors "},
		{"See [[#rumorkind | RumorKind]]", "See RumorKind"},
		{"[[#genericmodels-rumor | GenericModels.Rumor]][]", "GenericModels.Rumor[]"},
		{"[[Main/HomePage]] and [[the docs -> https://x.io/a]] [[#top]]", "Main/HomePage and the docs "},
		{"@@GET /tavern/getTavernRumors@@", "GET /tavern/getTavernRumors"},
		{"[@a||b@] and '''true''' and ''optional'' and it's", "a||b and true and optional and it's"},
		{"How. [[<<]] Net needs level 5.", "How. ⏎ Net needs level 5."},
		{`First line. \\`, "First line."},
		{"'+big+' '-small-' '^sup^' '_sub_' {+ins+} {-del-}", "big small sup sub ins del"},
		{"Default: '-1', or x+'y", "Default: '-1', or x+'y"},
		{"(:toc:)Top (:title The page:)", "Top "},
		{"[[/api/lagoon/getLagoonTide |", ""},
		{"]][[/api/lagoon/seedOysterBed |", ""},
		{"]]On this page", "On this page"},
		{"x @@ y and [[unclosed and (:no", "x @@ y and [[unclosed and (:no"},
	} {
		if got := strings.Join(rendered(c.in), "⏎"); got != c.want {
			t.Errorf("rendered(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// read reads a page of PmWiki markup into blocks, with the warnings and
// the errors.
func read(page string) ([]pages.Block, []string) {
	return pagestest.Read(Style{}, page, true)
}

// TestBlocks reads pages of PmWiki markup into text lines and tables.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "a table opened by its attributes line, header cells, an empty cell, a link in a cell",
			page: "!!! Query Parameters [[#query-parameters | \u200b]]\n\n||\n||!Code ||!Type ||!Required ||!Description ||\n||kind ||[[#rumorkind | RumorKind]] || ||Only rumors of this kind. See [[#rumorkind | RumorKind]] ||\n||rumors ||[[#genericmodels-rumor | GenericModels.Rumor]][] ||true ||The rumors. ||",
			want: []string{"01 Query Parameters", "04 [Code|Type|Required|Description]", "05 |kind|RumorKind||Only rumors of this kind. See RumorKind|", "06 |rumors|GenericModels.Rumor[]|true|The rumors.|"},
		},
		{
			name: "two tables one after the other, each opened by its attributes line",
			page: "|| border=1 width=\"100%\"\n||!Name ||!Code ||\n||Safe ||0 ||\n||\n||!Name ||!Code ||\n||Risky ||1 ||",
			want: []string{"02 [Name|Code]", "03 |Safe|0|", "05 [Name|Code]", "06 |Risky|1|"},
		},
		{
			name: "a header row without marks that names columns, a centered header cell, a line break in a cell",
			page: "||Name ||Type ||\n||a ||int [[<<]] (count) ||\n||! Flag||bool ||",
			want: []string{"01 [Name|Type]", "02 |a|int (count)|", "03 |Flag|bool|"},
		},
		{
			name:  "one cell spanning the columns: a title over the table, a note amid its rows",
			page:  "||\n||!Members ||||||\n||!Name ||!Type ||!Description ||\n||a ||int ||The a. ||\n||Note: the b is sent only once a day. ||||||\n||b ||int ||The b. ||",
			want:  []string{"02 Members", "03 [Name|Type|Description]", "04 |a|int|The a.|", "06 |b|int|The b.|", "05 Note: the b is sent only once a day."},
			warns: []string{`p.txt:2: line 2 holds one cell that spans the columns of the table under it ("||||" after the cell), above its header: a title over the table, no row; read as text before it ("Members")`, `p.txt:5: line 5 of the table at line 3 holds one cell that spans its columns ("||||" after the cell), a label or a note over the rows below it ("Note: the b is sent only once a day."): a note over its rows, no field; read as text after the table`},
		},
		{
			name:  "a cell with text spanning columns: refused",
			page:  "||!Name ||!Type ||!Required ||!Description ||\n||a ||int ||||The a. ||\n||b ||int ||true ||The b. ||",
			want:  []string{"01 [Name|Type|Required|Description]", "03 |b|int|true|The b.|"},
			warns: []string{`p.txt:2: line 2 of the table at line 1 holds a cell that spans 2 columns ("||||" after the cell, "int") beside 2 other cells: which of the columns it covers holds which value cannot be told; write the row with one cell a column, or ` + pages.RowFieldsFix},
		},
		{
			name:  "an empty cell spanning columns",
			page:  "||!Name ||!Type ||!Required ||!Description ||\n||a || ||||The a. ||",
			want:  []string{"01 [Name|Type|Required|Description]", "02 |a|||The a.|"},
			warns: []string{`p.txt:2: line 2 of the table at line 1 holds an empty cell that spans 2 columns ("||||" after the cell) beside 2 other cells: read as 2 empty cells`},
		},
		{
			name:  "a row that does not close",
			page:  "||!Name ||!Description ||\n||a ||The a.\n||b ||The b. ||",
			want:  []string{"01 [Name|Description]", "02 |a|The a.|", "03 |b|The b.|"},
			warns: []string{`p.txt:2: the row at line 2 does not end with "||", as PmWiki ends every row: its last cell is read as written, and may be cut`},
		},
		{
			name: "double pipes inside links, monospace and escaped text are text",
			page: "||!Name ||!Description ||\n||a ||See [[#b | B||x]] or @@x||y@@ or [@p||q@] ||",
			want: []string{"01 [Name|Description]", "02 |a|See B||x or x||y or p||q|"},
		},
		{
			name: "the code block's label, a preformatted request line, lists, a quote, a rule, the heading's levels",
			page: "! Lay [[#lay | \u200b]]\nhttp\n\n @@POST /api/rJson/x@@\n* [[#overview | Overview]]\n## Second\n->Quoted.\n----\n!!!!!! Deep\nFirst. \\\\\nSecond.",
			want: []string{"01 Lay", "02 http", "04 POST /api/rJson/x", "05 - Overview", "06 - Second", "07 - Quoted.", "09 Deep", "10 First.", "11 Second."},
		},
		{
			name: "escaped code over lines",
			page: "[@\n{\"a\": ''1''}\n@] done",
			want: []string{"02 {\"a\": ''1''}", "03 done"},
		},
		{
			name:  "an unclosed escaped code",
			page:  "[@\nGET /x\n!! Body\n||!Name ||!Type ||\n||a ||int ||",
			want:  []string{"02 GET /x", "03 Body", "04 [Name|Type]", "05 |a|int|"},
			warns: []string{`p.txt:1: the escaped code at line 1 is never closed ("@]"): read lines 1-2 as its code, up to the heading or table row at line 3`},
		},
		{
			name: "a link whose label goes on over lines, as html2wiki writes a sidebar",
			page: "[[/api/a.html |\n\ngetA\n\n]][[/api/b.html |\n\ngetB\n\n]]On this page",
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

// TestDetect is certain of PmWiki markup, and leaves the pages of the
// other styles to them (want: the style detected, nil for none).
func TestDetect(t *testing.T) {
	styles := []pages.Style{moin.Style{}, Style{}, wiki.Style{}, dokuwiki.Style{}, mediawiki.Style{}, markdown.Style{}, pipes.Style{}}
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"!! Body\n||\n||!Name ||!Type ||\n||a ||int ||", Style{}},
		{"||\n||Name ||Type ||\n||a ||int ||", Style{}},
		{"||Name ||Type ||\n||a ||int [[<<]] (count) ||", Style{}},
		{"! Body\n||Name ||Type ||\n||a ||int ||", Style{}},
		{"|| Name || Type ||\n|| a || int ||", wiki.Style{}},
		{"!screenshot.png!\n|| Name || Type ||\n|| a || int ||", wiki.Style{}},
		{"h2. Body\n||Name||Type||\n|a|int|", wiki.Style{}},
		{"! Body\n||Name||Type||\n|a|int|", wiki.Style{}},
		{"== Body ==\n|| Name || Type ||\n|| a || int ||", moin.Style{}},
		{"==== Body ====\n^ Name ^ Type ^\n| a | int |", dokuwiki.Style{}},
		{"{|\n! Name !! Type\n|-\n| a || int\n|}", mediawiki.Style{}},
		{"## Body\n| Name | Type |\n|---|---|\n| a | int |", markdown.Style{}},
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
		"unclosed marks": func(n int) string {
			return "!! A\n" + strings.Repeat("[[a @@b [@c (:d '+e {-f ", n) + "\n||\n||!Name ||!Type ||\n||" + strings.Repeat("[[a @@b '-c ", n) + " ||x ||\n"
		},
		"closed marks": func(n int) string {
			return "!! A\n" + strings.Repeat("[[#a | b]] @@c@@ '+d+' ", n) + "\n"
		},
		"rows": func(n int) string {
			return "!! A\n||\n||!Name ||!Code ||\n" + strings.Repeat("||a ||1 ||\n", n)
		},
		"spans": func(n int) string {
			return "!! A\n||\n||!Name ||!Code ||\n||a " + strings.Repeat("||", n) + "\n"
		},
	} {
		if g := pagestest.AllocatedGrowth(Style{}, page, 2000); g > 3 {
			t.Errorf("%s: reading a page twice as long allocates %.1f times as much", name, g)
		}
	}
}
