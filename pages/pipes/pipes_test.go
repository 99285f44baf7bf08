package pipes

import (
	"reflect"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestWrappedRows reads rows whose text goes on at the next lines, in
// tables with and without a closing pipe.
func TestWrappedRows(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       [][]string
		warns      []string
	}{
		{"closed row wraps", "Name | Type | Description |\n---|---|---|\nstatus | String | Player\nstatus |\nnickname | String | Nickname |",
			[][]string{{"status", "String", "Player status"}, {"nickname", "String", "Nickname"}}, nil},
		{"closed row wraps twice", "Name | Type | Description |\n---|---|---|\nstatus | String | The\nplayer's\nstatus |",
			[][]string{{"status", "String", "The player's status"}}, nil},
		{"open table, text between rows", "Name | Type | Description\n---|---|---\nstatus | String | Player\nstatus\nnickname | String | Nickname",
			[][]string{{"status", "String", "Player status"}, {"nickname", "String", "Nickname"}}, []string{"p.txt:4: line 4 has no pipe, between two rows of the table at line 1: read as the text of the row at line 3"}},
		{"closing pipe alone, and a second one", "Name | Type | Description |\n---|---|---|\nstatus | String | Status\n|\nnickname | String | Nickname | |\n|",
			[][]string{{"status", "String", "Status"}, {"nickname", "String", "Nickname", ""}}, nil},
		{"a row that lost its closing pipe, before a row of the table's cells", "Name | Type | Description |\n---|---|---|\nmessage | String | Message body\nbadge | Integer | Badge count |\nsendAt | Long | Delivery time;\nsent at once when omitted |",
			[][]string{{"message", "String", "Message body"}, {"badge", "Integer", "Badge count"}, {"sendAt", "Long", "Delivery time; sent at once when omitted"}}, []string{"p.txt:3: the row at line 3 lost its closing pipe: no line closes it within the 2 after it, before a row or a table of its own; read it as it is, and the lines after it on their own"}},
		{"a last row that lost its closing pipe does not take the text after it", "Name | Type | Description |\n---|---|---|\ndata | Map | Additional data\nExample Request\nPOST /x HTTP/1.1\ntoken: abc |",
			[][]string{{"data", "Map", "Additional data"}}, []string{"p.txt:3: the row at line 3 lost its closing pipe: no line closes it within the 2 after it, before a row or a table of its own; read it as it is, and the lines after it on their own"}},
		{"a last row that lost its closing pipe at the end of the table", "Name | Type | Description |\n---|---|---|\ndata | Map | Additional data\n\nExample Request",
			[][]string{{"data", "Map", "Additional data"}}, nil},
		{"a wrapped last cell with the table's cells but no name first is the row's text", "Name | Type | Description |\n---|---|---|\nmode | String | One of\n(a | b | c) |",
			[][]string{{"mode", "String", "One of (a", "b", "c)"}}, nil},
		{"open table, text after it", "Name | Type | Description\n---|---|---\nstatus | String | Status\nExample Request",
			[][]string{{"status", "String", "Status"}}, nil},
	} {
		rep := &pages.Reporter{}
		blocks := pipeItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(c.page)), Report: rep})
		var got [][]string
		for _, r := range blocks[0].Table.Rows {
			got = append(got, r.Cells)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: rows\n got %q\nwant %q", c.name, got, c.want)
		}
		warns, _ := rep.Sorted([]string{"p.txt"}, false)
		var gotWarns []string
		for _, w := range warns {
			gotWarns = append(gotWarns, w.Error())
		}
		if !reflect.DeepEqual(gotWarns, c.warns) {
			t.Errorf("%s: warnings\n got %q\nwant %q", c.name, gotWarns, c.warns)
		}
	}
}
