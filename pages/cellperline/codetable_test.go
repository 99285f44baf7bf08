package cellperline_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/cellperline"
)

// A table of detail codes headed "Status Code | Code | Message |
// Description" (Confluence's), one cell a line, with or without blank
// lines between its cells: "Status Code" over "Code" is the header's
// first cell, no title, where the first row is a status code and its
// detail code; a row that lost its status cell to a cell spanning rows
// (a rowspan, which turndown and a copy write once) is read with the
// status of the row above and a warning naming it, before a heading as
// before text, and in the middle of the table no rest of the row
// above's description.
func TestStatusOverCode(t *testing.T) {
	for _, c := range []struct {
		name  string
		page  []string
		want  []string
		warns []string
	}{
		{"blank lines, each row whole",
			[]string{"### Response Codes", "", "Status Code", "", "Code", "", "Message", "", "Description", "", "476", "", "\\-84003", "", "Requeened recently", "", "Too soon", "", "476", "", "\\-84004", "", "Colony too weak", "", "Below 3.0 frames", "", "### Response Body"},
			[]string{"1: Response Codes", "3: | Status Code | Code | Message | Description |", "11: | 476 | -84003 | Requeened recently | Too soon |", "19: | 476 | -84004 | Colony too weak | Below 3.0 frames |", "27: Response Body"},
			nil},
		{"blank lines, the last row's status cell spanned, a heading after",
			[]string{"### Response Codes", "", "Status Code", "", "Code", "", "Message", "", "Description", "", "475", "", "\\-84001", "", "Apiary not found", "", "No apiary with this ID", "", "\\-84002", "", "Apiary wintering", "", "Closed for winter", "", "### Response Body"},
			[]string{"1: Response Codes", "3: | Status Code | Code | Message | Description |", "11: | 475 | -84001 | Apiary not found | No apiary with this ID |", "19: | 475 | -84002 | Apiary wintering | Closed for winter |", "25: Response Body"},
			[]string{"p.txt:19: line 19 (\"-84002 | Apiary wintering | Closed for winter\") under the table at line 3, whose cells stand a line each, begins with its detail code, without its status: the status cell spanned the rows above it (a rowspan), which a page's text writes once; read with the status of the row above, at line 11 (475)"}},
		{"blank lines, a middle row's status cell spanned",
			[]string{"Status", "", "Code", "", "Message", "", "Description", "", "465", "", "-86001", "", "Glacier closed", "", "The glacier is closed", "", "-86002", "", "Permit expired", "", "The permit has expired", "", "466", "", "-86003", "", "Drill stuck", "", "The drill is stuck", "", "", "Example"},
			[]string{"1: | Status | Code | Message | Description |", "9: | 465 | -86001 | Glacier closed | The glacier is closed |", "17: | 465 | -86002 | Permit expired | The permit has expired |", "23: | 466 | -86003 | Drill stuck | The drill is stuck |", "32: Example"},
			[]string{"p.txt:17: line 17 (\"-86002 | Permit expired | The permit has expired\") under the table at line 1, whose cells stand a line each, begins with its detail code, without its status: the status cell spanned the rows above it (a rowspan), which a page's text writes once; read with the status of the row above, at line 9 (465)"}},
		{"no blank lines, the last row's status cell spanned",
			[]string{"Response Codes", "Status Code", "Code", "Message", "Description", "475", "-84001", "Apiary not found", "No apiary with this ID", "-84002", "Apiary wintering", "Closed for winter"},
			[]string{"1: Response Codes", "2: | Status Code | Code | Message | Description |", "6: | 475 | -84001 | Apiary not found | No apiary with this ID |", "10: | 475 | -84002 | Apiary wintering | Closed for winter |"},
			[]string{"p.txt:10: line 10 (\"-84002 | Apiary wintering | Closed for winter\") under the table at line 2, whose cells stand a line each, begins with its detail code, without its status: the status cell spanned the rows above it (a rowspan), which a page's text writes once; read with the status of the row above, at line 6 (475)"}},
	} {
		rep := &pages.Reporter{}
		got := cellperline.Render(read("p.txt", c.page, rep))
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		var gotWarns []string
		for _, w := range append(warns, errs...) {
			gotWarns = append(gotWarns, w.Error())
		}
		if !reflect.DeepEqual(got, c.want) || !reflect.DeepEqual(gotWarns, c.warns) {
			t.Errorf("%s:\ngot  %s\n     %q\nwant %s\n     %q", c.name, strings.Join(got, "\n     "), gotWarns, strings.Join(c.want, "\n     "), c.warns)
		}
	}
}

// A status table whose header cells stand a line each and whose rows
// run together, a row a line (a page's text of HTML that writes a row's
// cells on one line), with blank lines between cells or without: each
// row's codes at its start, its text cut where a capital follows a
// letter, with a warning.
func TestRunTogetherStatusRows(t *testing.T) {
	rows := []string{"| 200 | Normal Response | Normal |", "| 400 | Bad Request | Unparsable request |"}
	for _, c := range []struct {
		name string
		page []string
		at   []int
	}{
		{"blank lines", []string{"Response Status Code", "", "Status Code", "", "Status Code Description", "", "Status Code Detailed Description", "", "200Normal ResponseNormal", "", "400Bad RequestUnparsable request", "", "", "Response Body", "", "Name", "", "Type", "", "Description", "", "userId", "", "String", "", "The user"}, []int{3, 9, 11}},
		{"no blank lines", []string{"Response Status Code", "Status Code", "Status Code Description", "Status Code Detailed Description", "200Normal ResponseNormal", "400Bad RequestUnparsable request", "", "Response Body", "Name", "Type", "Description", "userId", "String", "The user"}, []int{2, 5, 6}},
	} {
		rep := &pages.Reporter{}
		got := cellperline.Render(read("p.txt", c.page, rep))
		want := []string{"1: Response Status Code", fmt.Sprintf("%d: | Status Code | Status Code Description | Status Code Detailed Description |", c.at[0]), fmt.Sprintf("%d: %s", c.at[1], rows[0]), fmt.Sprintf("%d: %s", c.at[2], rows[1])}
		if !reflect.DeepEqual(got[:min(len(got), 4)], want) {
			t.Errorf("%s:\ngot  %s\nwant %s", c.name, strings.Join(got, "\n     "), strings.Join(want, "\n     "))
		}
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		if len(warns) != 1 || len(errs) != 0 || !strings.Contains(warns[0].Error(), "have their cells run together, a row a line") {
			t.Errorf("%s: messages %v %v, want one warning of the rows run together", c.name, warns, errs)
		}
	}
}

// The line under a Setext heading, as turndown (Postlight Parser) and
// HTML::FormatText underline an h2, is the heading's mark and no text:
// the heading's text alone is read.
func TestSetextHeadingMark(t *testing.T) {
	page := []string{"/hive/requeen", "-------------", "", "Name", "", "Type", "", "Description", "", "colonyId", "", "String", "", "Colony to requeen"}
	want := []string{"1: /hive/requeen", "4: | Name | Type | Description |", "10: | colonyId | String | Colony to requeen |"}
	got := cellperline.Render(read("p.txt", page, &pages.Reporter{}))
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
