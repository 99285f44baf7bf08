package read

import (
	"slices"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestUnglueTitles checks the titles read out of a header row's first
// cell: a section title, a status line, a type a type cell names, each
// with a warning naming both parts; text that is no title refused when
// it holds words, left as it is when it is one word; two titles refused,
// the seam untold.
func TestUnglueTitles(t *testing.T) {
	typed := pages.Block{Line: 1, Table: &pages.Table{Line: 1, Header: []string{"Code", "Type"}, Cols: []pages.Column{pages.ColCode, pages.ColType}, Rows: []*pages.Row{{Line: 2, Cells: []string{"item", "ItemInfo"}}}}}
	for _, c := range []struct {
		first string
		glued []pages.Glued
		text  string // the title read, if one is
		head  string // the header's first cell after
		msg   string
	}{
		{"Request BodyName", []pages.Glued{{Title: "Request Body", Word: "Name"}}, "Request Body", "Name", `p.txt:5: line 5 runs the title "Request Body" into the first cell of a table's header row, "Name" ("Request BodyName"), a line break lost in the copy: read as the title on a line of its own over the table, whose first column is "Name"`},
		{"200 OkCode", []pages.Glued{{Title: "200 Ok", Word: "Code"}}, "200 Ok", "Code", `p.txt:5: line 5 runs the title "200 Ok" into the first cell of a table's header row, "Code" ("200 OkCode"), a line break lost in the copy: read as the title on a line of its own over the table, whose first column is "Code"`},
		{"ItemInfoCode", []pages.Glued{{Title: "ItemInfo", Word: "Code"}}, "ItemInfo", "Code", `p.txt:5: line 5 runs the title "ItemInfo" into the first cell of a table's header row, "Code" ("ItemInfoCode"), a line break lost in the copy: read as the title on a line of its own over the table, whose first column is "Code"`},
		{"ErrorCode", []pages.Glued{{Title: "Error", Word: "Code"}}, "", "ErrorCode", ""},
		{"Player listName", []pages.Glued{{Title: "Player list", Word: "Name"}}, "", "Player listName", `p.txt:5: line 5: the first cell of a table's header row, "Player listName", runs text into the column word "Name" with no space between, as a copy that lost a line break does, but "Player list" is no section title nor a type the page names: write the title on a line of its own over the table, and the column's name alone in the header's first cell`},
		{"Response BodyCode Name", []pages.Glued{{Title: "Response Body", Word: "Code Name"}, {Title: "Response Body Code", Word: "Name"}}, "", "Response BodyCode Name", `p.txt:5: line 5 runs a title into the first cell of a table's header row, "Response BodyCode Name", a line break lost in the copy, but where the title ends cannot be told: "Response Body" then "Code Name", or "Response Body Code" then "Name"; write the title on a line of its own over the table, and the column's name alone in the header's first cell`},
	} {
		tb := &pages.Table{Line: 5, Header: []string{c.first, "Type", "Description"}, Glued: c.glued}
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
		rep := &pages.Reporter{}
		out := UnglueTitles("p.txt", []pages.Block{typed, {Line: 5, Table: tb}}, rep)
		warns, errs := rep.Sorted([]string{"p.txt"}, false)
		var msgs []string
		for _, m := range append(warns, errs...) {
			msgs = append(msgs, m.Error())
		}
		var want []string
		if c.msg != "" {
			want = []string{c.msg}
		}
		if !slices.Equal(msgs, want) {
			t.Errorf("%q: messages\n%q\nwant\n%q", c.first, msgs, want)
		}
		text := ""
		if len(out) == 3 {
			text = out[1].Text
		}
		if text != c.text || tb.Header[0] != c.head && out[len(out)-1].Table.Header[0] != c.head {
			t.Errorf("%q: title %q, first cell %q; want %q, %q", c.first, text, out[len(out)-1].Table.Header[0], c.text, c.head)
		}
	}
}
