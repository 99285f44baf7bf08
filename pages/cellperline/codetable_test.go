package cellperline_test

import (
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
// detail code; a last row that lost its status cell to a cell spanning
// rows (a rowspan, which turndown and a copy write once) is read with
// that cell empty and a warning, before a heading as before text.
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
			[]string{"1: Response Codes", "3: | Status Code | Code | Message | Description |", "11: | 475 | -84001 | Apiary not found | No apiary with this ID |", "19: |  | -84002 | Apiary wintering | Closed for winter |", "25: Response Body"},
			[]string{"p.txt:19: the row at line 19 has 3 cells for the 4 columns of the table at line 3, and no cell that reads as its Status Code: read that cell as empty"}},
		{"no blank lines, the last row's status cell spanned",
			[]string{"Response Codes", "Status Code", "Code", "Message", "Description", "475", "-84001", "Apiary not found", "No apiary with this ID", "-84002", "Apiary wintering", "Closed for winter"},
			[]string{"1: Response Codes", "2: | Status Code | Code | Message | Description |", "6: | 475 | -84001 | Apiary not found | No apiary with this ID |", "10: |  | -84002 | Apiary wintering | Closed for winter |"},
			[]string{"p.txt:10: the row at line 10 has 3 cells for the 4 columns of the table at line 2, and no cell that reads as its Status Code: read that cell as empty"}},
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
