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
			"one cell per line, a print's header and footer a line each, the count alone (mutool of Chromium's print)",
			"Badge\nName\nType\na\nString\n\n12/5/26, 9:13 PM\nBadge | GearN Docs\n\nfile:///home/minh/Downloads/badge.html\n1/2\n\nName\nType\nb\nString\n\n12/5/26, 9:13 PM\nBadge | GearN Docs\n\nfile:///home/minh/Downloads/badge.html\n2/2",
			[]string{"Badge", "Name", "Type", "a", "String", "", "", "Page 1 of 2", "", "Name", "Type", "b", "String", "", "", "Page 2 of 2"},
			[]string{
				`7: lines 7 to 10 ("12/5/26, 9:13 PM" …) are what a print writes at a page break, the page's running header and footer: dropped`,
				`18: lines 18 to 21 ("12/5/26, 9:13 PM" …) are what a print writes at a page break, the page's running header and footer: dropped`,
			},
		},
		{
			"the count alone before the URL, the date and the title after",
			"Badge\nName | Type\na | string\n2 of 3\nhttps://docs.gearn.io/api/badge\n3/9/26, 8:12 AM\nBadge - GearN Docs\nb | string",
			[]string{"Badge", "Name | Type", "a | string", "Page 2 of 3", "b | string"},
			[]string{`5: lines 5 to 7 ("https://docs.gearn.io/api/badge" …) are what a print writes at a page break, the page's running header and footer: dropped`},
		},
		{
			"one cell per line, the count on three lines (ledongthuc/pdf of Chromium's print), a status code after two breaks",
			"Status\nCode\nDescription\n200\nOK\n12/7/26, 7:55 AM\nHive - Wiki\n\ufb01le:///tmp/w/page.html\n1\n/\n3\n401\nDenied\n12/7/26, 7:55 AM\nHive - Wiki\n\ufb01le:///tmp/w/page.html\n2\n/\n3\n500\nFailed\n1\n/\n2",
			[]string{"Status", "Code", "Description", "200", "OK", "Page 1 of 3", "401", "Denied", "Page 2 of 3", "500", "Failed", "1", "/", "2"},
			[]string{
				`6: lines 6 to 8 ("12/7/26, 7:55 AM" …) are what a print writes at a page break, the page's running header and footer: dropped`,
				`14: lines 14 to 16 ("12/7/26, 7:55 AM" …) are what a print writes at a page break, the page's running header and footer: dropped`,
			},
		},
		{
			"the running header glued to the page's last line (pypdf of Chromium's print): cut off, the text before it kept",
			"Badge\nName | Type\na | string\nb | string12/7/26, 10:38 PM Badge - Wiki\n\ufb01le:///tmp/w/badge.html 1/2\nc | string",
			[]string{"Badge", "Name | Type", "a | string", "b | string", "file:///tmp/w/badge.html 1/2", "c | string"},
			[]string{`4: line 4 ("b | string12/7/26, 10:38 PM Badge - Wiki") ends with what a print writes at a page break, its running header (the date and time, the page's title) glued to the page's last line by the PDF's text extraction: cut off, the text before it kept`},
		},
		{
			"a date and time inside a line before a break, no title after it, stays",
			"Badge\nName | Type\na | string\nb | sent 12/7/26, 10:38 PM to all\nhttps://docs.gearn.io/badge 1/2\nc | string",
			[]string{"Badge", "Name | Type", "a | string", "b | sent 12/7/26, 10:38 PM to all", "https://docs.gearn.io/badge 1/2", "c | string"},
			nil,
		},
		{
			"a count alone with no print's line around it is a cell, and stays",
			"Ratio\nName\nValue\nhalf\n1/2\nthird\n1/3",
			[]string{"Ratio", "Name", "Value", "half", "1/2", "third", "1/3"},
			nil,
		},
		{
			"a count past its pages is no page's",
			"Ratio\nName | Value\nhttps://docs.gearn.io/api/ratio\n3/2",
			[]string{"Ratio", "Name | Value", "https://docs.gearn.io/api/ratio", "3/2"},
			nil,
		},
		{
			"groff's pages: the page's number alone, centred, after blank lines, counting the pages in turn",
			"Name   Type\na      string\n\n\n\n                             2\n\n\nb      string\n\n\n                             3\n\n\nc      string",
			[]string{"Name   Type", "a      string", "", "", "", "- 2 -", "", "", "b      string", "", "", "- 3 -", "", "", "c      string"},
			nil,
		},
		{
			"a number alone and centred that counts no pages in turn is text, and stays",
			"Limits\n\n\n                             2\n\nper call\n\n\n                             5\n",
			[]string{"Limits", "", "", "                             2", "", "per call", "", "", "                             5", ""},
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
