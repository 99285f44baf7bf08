package html

import (
	"strings"
	"testing"
)

// TestHeadlessTable tells a page that holds a table whose first cell is a
// <td> from one whose tables open with <th>s, tags in any case, a table
// over several lines, and a headless table after a headed one.
func TestHeadlessTable(t *testing.T) {
	for _, c := range []struct {
		page string
		want bool
	}{
		{"<p>no table</p>", false},
		{"<table><thead><tr><th>Name</th></tr></thead><tbody><tr><td>a</td></tr></tbody></table>", false},
		{"<table><tbody><tr><td>Name</td><td>Type</td></tr></tbody></table>", true},
		{"<TABLE class=\"confluenceTable\">\n<TBODY>\n<TR>\n<TD>Name</TD>", true},
		{"<table>\n<tr>\n<TH>Name</TH>\n</tr>\n<tr><td>a</td></tr>\n</table>", false},
		{"<table><tr><th>Name</th></tr></table>\n<p>text</p>\n<table><tr><td>a</td></tr></table>", true},
		{"<table>", false},
	} {
		if got := headlessTable(strings.Split(c.page, "\n")); got != c.want {
			t.Errorf("%q: %t, want %t", c.page, got, c.want)
		}
	}
}
