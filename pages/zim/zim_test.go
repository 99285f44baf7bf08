package zim

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/dokuwiki"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestInline reads the markup inside a line as the text it shows.
func TestInline(t *testing.T) {
	for _, c := range []struct {
		in    string
		title bool
		want  string
	}{
		{"''itemInstanceId''", false, "itemInstanceId"},
		{"see ''invalidMembers'' first", false, "see `invalidMembers` first"},
		{"[[#request-headers|#]]Request Headers", true, "Request Headers"},
		{"ErrorCode[[#errorcode|]]", true, "ErrorCode"},
		{"See [[#errorcode|ErrorCode]]", true, "See ErrorCode"},
		{"See [[docs/permission-rules|PermissionRules]] or [[https://example.com]]", false, "See PermissionRules or https://example.com"},
		{"**bold** and //italic// at https://example.com/a", false, "bold and italic at https://example.com/a"},
		{`Shovel used (iron, silver, gold)\n(default: iron)`, false, "Shovel used (iron, silver, gold) (default: iron)"},
	} {
		if got := inline(c.in, c.title); got != c.want {
			t.Errorf("inline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestBlocks reads pages of Zim markup into text lines and tables.
func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		want, warns []string
	}{
		{
			name: "a heading, a table of one line a row",
			page: "==== [[#request-body|#]]Request Body ====\n\n|Code      |Type      |\n|----------|----------|\n|''count'' |''number''|",
			want: []string{"01 Request Body", "03 [Code|Type]", "05 |count|number|"},
		},
		{
			name:  "rows spread over a line a cell, the header written twice around the ruler",
			page:  "|Name\n   |Type\n |\n|-----|-----|\n|Name\n   |Type\n |\n|mapId\n   |String\n       |",
			want:  []string{"01 [Name|Type]", "08 |mapId|String|"},
			warns: []string{"p.txt:5: line 5 repeats the header of the table at line 1 under its ruler, as pandoc writes a header kept in the table's body: read as the header, not as a row"},
		},
		{
			name: "a cell's paragraphs and list over blank lines",
			page: "|Name  |Description |\n|------|------------|\n|market|Store:\n\n* google\n* apple\n    |\n|lang  |Language\n\n(default: ko)\n   |",
			want: []string{"01 [Name|Description]", "03 |market|Store: google, apple|", "08 |lang|Language (default: ko)|"},
		},
		{
			name:  "a row never closed",
			page:  "|Name  |Type |\n|------|-----|\n|a     |int\n\nText after.",
			want:  []string{"01 [Name|Type]", "03 |a|int|", "05 Text after."},
			warns: []string{"p.txt:3: the row at line 3 is never closed (no line ending with a pipe before a blank line, a heading or 40 lines): read as its own line"},
		},
		{
			name: "links in a table that pandoc wrote without their labels, given back the titles of the headings they name",
			page: "|Name      |Type                     |Description          |\n|----------|-------------------------|---------------------|\n|''code''  |[[#errorcode]]           |See [[#errorcode]]   |\n|''rc''    |[[api/models/ReturnCode]]|See [[#errorcode]]   |\n|''other'' |[[#other]]               |Text                 |\n|''board'' |[[#genericmodels-board]] |Text                 |\n\nSee [[#errorcode]].\n\n==== ErrorCode[[#errorcode|\u200b]] ====\n\n==== [[#returncode|#]]ReturnCode ====\n\n==== GenericModels.Board ====",
			want: []string{"01 [Name|Type|Description]", "03 |code|ErrorCode|See ErrorCode|", "04 |rc|ReturnCode|See ErrorCode|", "05 |other|#other|Text|", "06 |board|GenericModels.Board|Text|", "08 See #errorcode.", "10 ErrorCode", "12 ReturnCode", "14 GenericModels.Board"},
			warns: []string{
				"p.txt:3: read the links of the row at line 3 whose label pandoc's Zim writer dropped, as it does in a table, by the headings their targets name: [[#errorcode]] as ErrorCode (the heading at line 10); if a label said more (an array's \"Name[]\"), correct the cell",
				"p.txt:4: read the links of the row at line 4 whose label pandoc's Zim writer dropped, as it does in a table, by the headings their targets name: [[api/models/ReturnCode]] as ReturnCode (the heading at line 12), [[#errorcode]] as ErrorCode (the heading at line 10); if a label said more (an array's \"Name[]\"), correct the cell",
				"p.txt:6: read the links of the row at line 6 whose label pandoc's Zim writer dropped, as it does in a table, by the headings their targets name: [[#genericmodels-board]] as GenericModels.Board (the heading at line 14); if a label said more (an array's \"Name[]\"), correct the cell",
			},
		},
		{
			name: "a code block",
			page: "{{{code: lang=\"http\" linenumbers=\"True\"\nPOST /x HTTP/1.1\n}}}\n* item",
			want: []string{"02 POST /x HTTP/1.1", "04 - item"},
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

// TestDetect is certain of Zim markup, and leaves DokuWiki's and
// Markdown's pages to them, among the styles in parser's order.
func TestDetect(t *testing.T) {
	styles := []pages.Style{dokuwiki.Style{}, Style{}, markdown.Style{}}
	for _, c := range []struct {
		page string
		want pages.Style
	}{
		{"==== Body ====\n|Name|Type|\n|----|----|\n|a|int|", Style{}},
		{"====== Title ======\n{{{code: lang=\"http\"\nGET /x\n}}}", Style{}},
		{"==== Body ====\n^ Name ^ Type ^\n| a | int |", dokuwiki.Style{}},
		{"## Body\n|Name|Type|\n|----|----|\n|a|int|", markdown.Style{}},
	} {
		if got := pages.Detect(styles, pages.Lines([]byte(c.page))); got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}
