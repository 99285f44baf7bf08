package pages

import (
	"reflect"
	"strings"
	"testing"
)

// TestPrintChrome drops the lines a print runs at each page break around
// the page's mark, in every style's rows, and keeps the mark (the styles
// read across it) and every line that is no print's: a header printed
// again, a row, a URL or a title away from a break.
func TestPrintChrome(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
		warns      []string
	}{
		{
			"flattened, a browser's title and page mark",
			"GearN Docs\n# savePlayerPreferences\nRequest Body\nCodeTypeRequiredDescription\nastringtrueA.\nsavePlayerPreferences | GearN Docs\nPage 2 of 4\nCodeTypeRequiredDescription\nbstringB.",
			[]string{"GearN Docs", "# savePlayerPreferences", "Request Body", "CodeTypeRequiredDescription", "astringtrueA.", "Page 2 of 4", "CodeTypeRequiredDescription", "bstringB."},
			[]string{`6: line 6 ("savePlayerPreferences | GearN Docs") is what a print writes at a page break, the page's running header or footer: dropped`},
		},
		{
			"pipes, a footer with the URL and count, a header with the date and title",
			"getInventory\nName | Type | Description\na | string | A.\n\nhttps://docs.gearn.io/api/inventory/getInventory 1/2\n3/9/26, 8:12 AM getInventory - GearN Docs\n\nName | Type | Description\nb | string | B.",
			[]string{"getInventory", "Name | Type | Description", "a | string | A.", "", "https://docs.gearn.io/api/inventory/getInventory 1/2", "", "Name | Type | Description", "b | string | B."},
			[]string{`6: line 6 ("3/9/26, 8:12 AM getInventory - GearN Docs") is what a print writes at a page break, the page's running header or footer: dropped`},
		},
		{
			"one cell per line, the URL and the date on lines of their own before the mark",
			"Badge\nName\nType\na\nString\nhttps://wiki.example.com/pages/badge\n2026. 3. 9. 오후 8:12\nPage 1 of 2\nb\nString",
			[]string{"Badge", "Name", "Type", "a", "String", "Page 1 of 2", "b", "String"},
			[]string{`6: lines 6 to 7 ("https://wiki.example.com/pages/badge" …) are what a print writes at a page break, the page's running header and footer: dropped`},
		},
		{
			"a line at the same place at each break, but for its numbers",
			"Overview\nName | Type\na | string\nPrinted for QA, copy 7\nPage 1 of 3\nb | string\nPrinted for QA, copy 8\nPage 2 of 3\nc | string",
			[]string{"Overview", "Name | Type", "a | string", "Page 1 of 3", "b | string", "Page 2 of 3", "c | string"},
			[]string{
				`4: line 4 ("Printed for QA, copy 7") is what a print writes at a page break, the page's running header or footer: dropped`,
				`7: line 7 ("Printed for QA, copy 8") is what a print writes at a page break, the page's running header or footer: dropped`,
			},
		},
		{
			"a header printed again at each break, rows and a title far from a break stay",
			"getInventory\nName | Type\na | string\nPage 1 of 3\nName | Type\nb | string\nPage 2 of 3\nName | Type\ngetInventory | GearN Docs\nhttps://docs.gearn.io/",
			[]string{"getInventory", "Name | Type", "a | string", "Page 1 of 3", "Name | Type", "b | string", "Page 2 of 3", "Name | Type", "getInventory | GearN Docs", "https://docs.gearn.io/"},
			nil,
		},
		{
			"no page mark: nothing goes",
			"getInventory\nName | Type\na | string\ngetInventory | GearN Docs\nb | string",
			[]string{"getInventory", "Name | Type", "a | string", "getInventory | GearN Docs", "b | string"},
			nil,
		},
	} {
		text, warns := readText(c.page)
		if !reflect.DeepEqual(text.Lines, c.want) {
			t.Errorf("%s: read\n%q\nwant\n%q", c.name, text.Lines, c.want)
		}
		if !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: warnings\n%s\nwant\n%s", c.name, strings.Join(warns, "\n"), strings.Join(c.warns, "\n"))
		}
	}
}

// TestPrintChromeAtPageLines keeps each line at its page line when the
// print's lines go.
func TestPrintChromeAtPageLines(t *testing.T) {
	text, _ := readText("x\nName | Type\na | string\nx | Site\nPage 1 of 2\nb | string")
	if want := []int{1, 2, 3, 5, 6}; !reflect.DeepEqual(text.At, want) {
		t.Errorf("at page lines %v, want %v", text.At, want)
	}
}
