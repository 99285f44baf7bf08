package pages_test

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/adoc"
	"github.com/docs2go/docs2go/pages/aligned"
	"github.com/docs2go/docs2go/pages/cellperline"
	"github.com/docs2go/docs2go/pages/dokuwiki"
	"github.com/docs2go/docs2go/pages/drawn"
	"github.com/docs2go/docs2go/pages/markdown"
	"github.com/docs2go/docs2go/pages/mediawiki"
	"github.com/docs2go/docs2go/pages/muse"
	"github.com/docs2go/docs2go/pages/org"
	"github.com/docs2go/docs2go/pages/pagestest"
	"github.com/docs2go/docs2go/pages/textile"
)

// TestCellRunTables checks a table printed one cell per line inside a
// page of another style: in Markdown, its header one word a line and
// printed twice, a cell of two lines (a line break in it); in columns
// aligned with spaces, its header on one line, which the style reads as
// a table without rows. Each is read as a table, with a warning naming
// the form; an empty cell, three blank lines between the cells around
// it, is read as one. Cells that do not fill rows fitting the columns
// are read as a page printed one cell per line reads them, with a
// warning at the row: a lost cell read as empty where the row's other
// cells tell which it is, a cell added read as the rest of the
// description before it.
func TestCellRunTables(t *testing.T) {
	const markdownPage = "# Avatar\n\n### Request Headers\n\n| Name | Type | Mandatory | Description |\n|---|---|---|---|\n| appId | String | Y | App |\n\n### Request Body\n\n" +
		"Name\n\nType\n\nMandatory\n\nDescription\n\nName\n\nType\n\nMandatory\n\nDescription\n\n" +
		"playerId\n\nString\n\nY\n\nPlayer ID\n\nscale\n\nDouble\n\nN\n\nSize of the avatar  \n(0.8 ~ 1.2)\n\n### Response Body\n\n| Name | Type | Description |\n|---|---|---|\n| url | String | URL |\n"
	const alignedPage = "Request Headers\n\n   Name      Type   Mandatory  Description\n   appId     String Y          App ID\n   kgAppId   String Y          KG App ID\n\nRequest Body\n\n   Name Type Mandatory Description\n\n" +
		"   playerId\n\n   String\n\n   Y\n\n   Player ID\n\n   toPlayerId\n\n   String (Enum)\n\n   N\n\n   Player ID of the recipient\n\nResponse Body\n\n   Name      Type    Description\n   letterId  String  Letter ID\n   count     Integer Count\n"
	for _, c := range []struct {
		name  string
		style pages.Style
		page  string
		want  []string
		warn  string
	}{
		{"markdown", markdown.Style{}, markdownPage,
			[]string{"11 [Name|Type|Mandatory|Description]", "27 |playerId|String|Y|Player ID|", "35 |scale|Double|N|Size of the avatar (0.8 ~ 1.2)|", "44 Response Body"},
			"p.txt:11: read lines 11 to 42 as a table printed one cell per line (a blank line between cells), its header Name | Type | Mandatory | Description over 2 rows"},
		{"aligned", aligned.Style{}, alignedPage,
			[]string{"09 [Name|Type|Mandatory|Description]", "11 |playerId|String|Y|Player ID|", "19 |toPlayerId|String (Enum)|N|Player ID of the recipient|", "27 Response Body"},
			"p.txt:9: read lines 9 to 25 as a table printed one cell per line (a blank line between cells), its header Name | Type | Mandatory | Description over 2 rows"},
		{"empty cell", markdown.Style{}, strings.Replace(markdownPage, "\n\nY\n\nPlayer ID", "\n\n\n\nPlayer ID", 1),
			[]string{"11 [Name|Type|Mandatory|Description]", "27 |playerId|String||Player ID|", "35 |scale|Double|N|Size of the avatar (0.8 ~ 1.2)|"},
			"p.txt:11: read lines 11 to 42 as a table printed one cell per line (a blank line between cells), its header Name | Type | Mandatory | Description over 2 rows"},
		{"lost cell", markdown.Style{}, strings.Replace(markdownPage, "\n\nY\n\nPlayer ID", "\n\nPlayer ID", 1),
			[]string{"11 [Name|Type|Mandatory|Description]", "27 |playerId|String||Player ID|", "33 |scale|Double|N|Size of the avatar (0.8 ~ 1.2)|"},
			"p.txt:27: the row at line 27 has 3 cells for the 4 columns of the table at line 11, and no cell that reads as its Mandatory: read that cell as empty"},
		{"added cell", markdown.Style{}, strings.Replace(markdownPage, "Player ID\n\n", "Player ID\n\n(default: none)\n\n", 1),
			[]string{"11 [Name|Type|Mandatory|Description]", "27 |playerId|String|Y|Player ID (default: none)|"},
			"p.txt:35: the cell at line 33 goes on at line 35: read them as one cell, as the table's 4 columns need"},
	} {
		blocks, warns := pagestest.Read(c.style, c.page, true)
		got := pagestest.Describe(blocks)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: no %q in\n%s", c.name, w, strings.Join(got, "\n"))
			}
		}
		if !slices.Contains(warns, c.warn) {
			t.Errorf("%s: warnings %q, want %q", c.name, warns, c.warn)
		}
	}
}

// TestCellRunTablesTwoBlankLines checks a table printed one cell per
// line inside a Markdown page with two blank lines between its cells, as
// AbiWord writes one: its empty cell, five blank lines, is read as one
// (the cell gap read from its header), with no other warning than the
// one naming the form.
func TestCellRunTablesTwoBlankLines(t *testing.T) {
	page := "# Avatar\n\n### Request Body\n\n" +
		"Name\n\n\nType\n\n\nMandatory\n\n\nDescription\n\n\nplayerId\n\n\nString\n\n\n\n\n\nPlayer ID\n\n\nscale\n\n\nDouble\n\n\nN\n\n\nSize of the avatar\n\n\n\n### Response Body\n"
	blocks, warns := pagestest.Read(markdown.Style{}, page, true)
	got := pagestest.Describe(blocks)
	want := []string{"01 Avatar", "03 Request Body", "05 [Name|Type|Mandatory|Description]", "17 |playerId|String||Player ID|", "29 |scale|Double|N|Size of the avatar|", "42 Response Body"}
	wantWarns := []string{"p.txt:5: read lines 5 to 38 as a table printed one cell per line (a blank line between cells), its header Name | Type | Mandatory | Description over 2 rows"}
	if !slices.Equal(got, want) || !slices.Equal(warns, wantWarns) {
		t.Errorf("got\n%s\nwarnings %q\nwant\n%s\nwarnings %q", strings.Join(got, "\n"), warns, strings.Join(want, "\n"), wantWarns)
	}
}

// TestCellRunTablesNotInCellPerLine checks that a page of the style that
// prints every table one cell per line is left to that style (an
// html2markdown page whose Request Body table lost an empty cell, which
// the style reads whole): the pass for such a table inside a page of
// another style takes none of it.
func TestCellRunTablesNotInCellPerLine(t *testing.T) {
	page, err := os.ReadFile("../testdata/sweep/html2markdown/r02_charterCaravan/charterCaravan.md")
	if err != nil {
		t.Fatal(err)
	}
	_, warns := pagestest.Read(cellperline.Style{}, string(page), true)
	for _, w := range warns {
		if strings.Contains(w, "as a table printed one cell per line") {
			t.Errorf("warning %q: the pass ran on a page of the one-cell-per-line style", w)
		}
	}
}

// TestCellRunTablesEndAtHeadings checks that a run of text that prints a
// table one cell per line ends at a heading of the page's style, in
// every style that marks its headings with markup of its own: the table
// of the Request Body section is read, though the next section holds
// cells one a line that read as another table, of no field columns
// (Status | Meaning | Detail), which the run would hold if it crossed
// the heading: the heading read as a cell of the table, the next
// section's cells as its rows, or the run's reading dropped.
func TestCellRunTablesEndAtHeadings(t *testing.T) {
	const cells = "Name\n\nType\n\nMandatory\n\nDescription\n\nplayerId\n\nString\n\nY\n\nPlayer ID\n\nscale\n\nDouble\n\nN\n\nSize of the avatar\n\n"
	const codes = "Status\n\nMeaning\n\nDetail\n\n200\n\nOK\n\nNormal response\n\n400\n\nBad Request\n\nUnparsable request data\n"
	for _, c := range []struct {
		style    pages.Style
		body     string // the Request Body heading
		response string // the Response Status Code heading
	}{
		{textile.Style{}, "h3(#id-body). Request Body", "h3. Response Status Code"},
		{org.Style{}, "*** Request Body", "*** Response Status Code"},
		{mediawiki.Style{}, "=== Request Body ===", "=== Response Status Code ==="},
		{muse.Style{}, "*** Request Body", "*** Response Status Code"},
		{dokuwiki.Style{}, "==== Request Body ====", "==== Response Status Code ===="},
		{adoc.Style{}, "=== Request Body", "=== Response Status Code"},
		{drawn.Style{}, ".. _body:\n\nRequest Body\n^^^^^^^^^^^^", "Response Status Code\n^^^^^^^^^^^^^^^^^^^^"},
	} {
		page := c.body + "\n\n" + cells + c.response + "\n\n" + codes
		blocks, warns := pagestest.Read(c.style, page, true)
		got := pagestest.Describe(blocks)
		at := strings.Count(c.body, "\n") + 3
		for _, w := range []string{fmt.Sprintf("%02d [Name|Type|Mandatory|Description]", at), fmt.Sprintf("%02d |playerId|String|Y|Player ID|", at+8), fmt.Sprintf("%02d |scale|Double|N|Size of the avatar|", at+16)} {
			if !slices.Contains(got, w) {
				t.Errorf("%s: no %q in\n%s", c.style, w, strings.Join(got, "\n"))
			}
		}
		warn := fmt.Sprintf("p.txt:%d: read lines %d to %d as a table printed one cell per line (a blank line between cells), its header Name | Type | Mandatory | Description over 2 rows", at, at, at+22)
		if !slices.Contains(warns, warn) {
			t.Errorf("%s: warnings %q, want %q", c.style, warns, warn)
		}
	}
}

// TestCellRunTablesMarkupBetweenCells checks a table printed one cell per
// line whose header cells a converter wrapped in markup the style reads
// as no text (pandoc's Textile of a Confluence table: each cell in a
// <div>, a blank line around each tag): the markup parts two cells as
// one blank line does, and the blank lines around it are no empty cells.
func TestCellRunTablesMarkupBetweenCells(t *testing.T) {
	var page strings.Builder
	page.WriteString("h3. Request Body\n\n<div class=\"table-wrap\">\n\n")
	for _, h := range []string{"Name", "Type", "Mandatory", "Description"} {
		page.WriteString("<div class=\"tablesorter-header-inner\">\n\n" + h + "\n\n</div>\n\n\n</div>\n\n")
	}
	page.WriteString("playerId\n\nString\n\nY\n\nPlayer ID\n\nscale\n\nDouble\n\nN\n\nSize of the avatar\n\nh3. Response Body\n")
	blocks, warns := pagestest.Read(textile.Style{}, page.String(), true)
	got := pagestest.Describe(blocks)
	for _, w := range []string{"07 [Name|Type|Mandatory|Description]", "41 |playerId|String|Y|Player ID|", "49 |scale|Double|N|Size of the avatar|"} {
		if !slices.Contains(got, w) {
			t.Errorf("no %q in\n%s\nwarnings %q", w, strings.Join(got, "\n"), warns)
		}
	}
}

// TestCellRunTablesRowBlocks checks a table printed one cell per line
// with no blank line between its cells, as glamour prints the raw HTML
// table pandoc writes for a table a pipe table cannot hold: its header's
// cells one under another, each row a block of lines set apart by two
// blank lines, an empty cell a blank line of its own, a description that
// wraps on the lines under it (its rest beginning with "- " as a list
// item would), the last row right over the next heading. Each row is
// read whole, a row whose description wraps with a warning at its line;
// the form's warning names it.
func TestCellRunTablesRowBlocks(t *testing.T) {
	page := "# Avatar\n\n### Request Body\n\n" +
		"Name\nType\nRequired\nDescription\n\n\n\n\n" +
		"playerId\nstring\ntrue\nThe player. (12 characters)\n\n\n" +
		"slots\nSlot[]\ntrue\nThe slots to fill, in order. (1\n- 4 items)\n\n\n" +
		"scale\nnumber\n\nSize of the avatar.\n(Default: 1.0)\n" +
		"### Response Body\n"
	blocks, warns := pagestest.Read(markdown.Style{}, page, true)
	got := pagestest.Describe(blocks)
	want := []string{"01 Avatar", "03 Request Body", "05 [Name|Type|Required|Description]", "13 |playerId|string|true|The player. (12 characters)|", "19 |slots|Slot[]|true|The slots to fill, in order. (1 - 4 items)|", "26 |scale|number||Size of the avatar. (Default: 1.0)|", "31 Response Body"}
	wantWarns := []string{
		"p.txt:5: read lines 5 to 30 as a table printed one cell per line (no blank line between cells but one for each empty cell, two or more between rows), its header Name | Type | Required | Description over 3 rows",
		"p.txt:19: lines 19-23 hold 5 cells for a row of 4 columns, the row of slots at line 19: its first 3 each fit their columns, Name, Type, Required, and its Description, at line 22, goes on over the lines after it to line 23, as a line break or a wrap cuts a cell: read as one cell (slots | Slot[] | true | The slots to fill, in order. (1 -...)",
		"p.txt:26: lines 26-30, each blank line among them an empty cell, hold 5 cells for a row of 4 columns, the row of scale at line 26: its first 3 each fit their columns, Name, Type, Required, and its Description, at line 29, goes on over the lines after it to line 30, as a line break or a wrap cuts a cell: read as one cell (scale | number |  | Size of the avatar. (Default: 1.0))",
	}
	if !slices.Equal(got, want) || !slices.Equal(warns, wantWarns) {
		t.Errorf("got\n%s\nwarnings %q\nwant\n%s\nwarnings %q", strings.Join(got, "\n"), warns, strings.Join(want, "\n"), wantWarns)
	}
}
