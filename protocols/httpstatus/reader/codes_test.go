package reader

import (
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// TestDetailCodesRunTogether refuses a code row whose detail code cell
// holds several codes, at its line, saying that its lines hold as many
// rows, the later without a status cell (a status cell spanning rows,
// set in their middle by the copy), and how to write it; a cell that is
// no code at all keeps the plain refusal.
func TestDetailCodesRunTogether(t *testing.T) {
	for _, c := range []struct{ detail, want string }{
		{"-71001 -71002", "holds 2 codes, -71001, -71002"},
		{"-71001 later", `detail code "-71001 later" is not an integer`},
	} {
		tb := &pages.Table{Line: 10, Header: []string{"Http response code", "detail_code", "msg", "Description"}}
		tb.Rows = []*pages.Row{{Line: 12, Cells: []string{"481", c.detail, "Tier locked", "A tier is above the player's level"}, Raw: "481  " + c.detail + "  Tier locked  A tier is above the player's level"}}
		rep := &pages.Reporter{}
		b := &statusBuilder{rep: rep}
		b.codes("p.txt", &schema.Operation{Name: "claim"}, tb)
		_, errs := rep.Sorted([]string{"p.txt"}, false)
		if len(errs) != 1 || errs[0].Pos.Line != 12 || !strings.Contains(errs[0].Msg, c.want) {
			t.Errorf("%q: want one error at line 12 saying %q, got %v", c.detail, c.want, errs)
		}
	}
}

// TestCodeColumnNamedCode takes a column named "Code" alone after the
// status code's for the detail code where its cells are integers, a row
// short of a cell (its status cell lost to a cell spanning rows) aside;
// a Code column of words leaves the table a table of statuses.
func TestCodeColumnNamedCode(t *testing.T) {
	header := []string{"Status Code", "Code", "Message", "Description"}
	for _, c := range []struct {
		name string
		rows [][]string
		want codeColumns
	}{
		{"integers", [][]string{{"467", "-67001", "Draw closed", "The draw no longer sells tickets"}, {"-67002", "Ticket limit reached", "The player holds 50 tickets"}}, codeColumns{0, 1, 2, 3}},
		{"words", [][]string{{"200", "OK", "Normal", "Normal"}, {"400", "-1", "Bad Request", "Unparsable"}}, codeColumns{0, -1, 2, 3}},
		{"no rows", nil, codeColumns{0, -1, 2, 3}},
	} {
		tb := &pages.Table{Header: header}
		for _, r := range c.rows {
			tb.Rows = append(tb.Rows, &pages.Row{Cells: r})
		}
		if got := codeColumnsOf(tb); got != c.want {
			t.Errorf("%s: codeColumnsOf = %+v, want %+v", c.name, got, c.want)
		}
	}
}

// TestCodeColumnsToldByRows takes a table whose header names its status
// column without the word code ("Status", "HTTP Status", "상태") for a
// code table where its rows tell: status codes in that column, and in a
// later one named with the word code detail codes, signed or under a
// status that repeats (or whose cell spans rows). A table of statuses
// that numbers them, or whose status column holds words, stays one.
func TestCodeColumnsToldByRows(t *testing.T) {
	for _, c := range []struct {
		name   string
		header string
		rows   [][]string
		want   codeColumns
	}{
		{"signed", "Status | Code | Message | Description", [][]string{{"471", "-73101", "Vat still fermenting", "Not ready"}, {"472", "-73103", "Cask in use", "Full"}}, codeColumns{0, 1, 2, 3}},
		{"custom status", "HTTP Status | Error Code | Description", [][]string{{"471 (custom status)", "-73101", "Not ready"}}, codeColumns{0, 1, -1, 2}},
		{"Korean", "상태 | 코드 | 메시지 | 설명", [][]string{{"471", "-73101", "발효 중", "준비 안 됨"}}, codeColumns{0, 1, 2, 3}},
		{"repeating status", "Status | Code | Message", [][]string{{"471", "73101", "Fermenting"}, {"471", "73102", "Empty"}}, codeColumns{0, 1, 2, -1}},
		{"status spanning rows", "Status | Code | Message", [][]string{{"471", "73101", "Fermenting"}, {"73102", "Empty"}}, codeColumns{0, 1, 2, -1}},
		{"numbered statuses", "Status | Code | Message", [][]string{{"200", "1", "OK"}, {"400", "2", "Bad Request"}}, codeColumns{0, -1, 2, -1}},
		{"codes that are statuses", "Status | Code | Message", [][]string{{"471", "471", "Fermenting"}, {"471", "-73102", "Empty"}}, codeColumns{0, -1, 2, -1}},
		{"status words", "Status | Code | Message", [][]string{{"OK", "-1", "Fine"}, {"Failed", "-2", "Bad"}}, codeColumns{-1, -1, 2, -1}},
		{"no rows", "Status | Code | Message", nil, codeColumns{-1, -1, 2, -1}},
	} {
		tb := &pages.Table{Header: strings.Split(c.header, " | ")}
		for _, r := range c.rows {
			tb.Rows = append(tb.Rows, &pages.Row{Cells: r})
		}
		if got := codeColumnsOf(tb); got != c.want {
			t.Errorf("%s: codeColumnsOf = %+v, want %+v", c.name, got, c.want)
		}
	}
}

// TestCodeColumnNamedErrorCode takes Confluence's "HTTP Status | Error
// Code | Error Message | Description": "HTTP Status" is the status
// code's column, and "Error Code" after it the detail code's where its
// cells are integers; an Error Code column of words leaves the table a
// table of statuses.
func TestCodeColumnNamedErrorCode(t *testing.T) {
	header := []string{"HTTP Status", "Error Code", "Error Message", "Description"}
	for _, c := range []struct {
		name string
		rows [][]string
		want codeColumns
	}{
		{"integers", [][]string{{"473", "-74301", "Tin empty", "The tin holds less leaf than one steeping takes"}, {"474", "-74302", "Seat taken", "Two guests were given the same seat"}}, codeColumns{0, 1, 2, 3}},
		{"words", [][]string{{"400", "INVALID_PARAM", "Bad Request", "Unparsable"}}, codeColumns{0, -1, 2, 3}},
	} {
		tb := &pages.Table{Header: header}
		for _, r := range c.rows {
			tb.Rows = append(tb.Rows, &pages.Row{Cells: r})
		}
		if got := codeColumnsOf(tb); got != c.want {
			t.Errorf("%s: codeColumnsOf = %+v, want %+v", c.name, got, c.want)
		}
	}
}

// TestTypeRestated takes into a type what its later table states of its
// members and its first does not: their requiredness from a Mandatory
// column the first lacks, their constraints; each with a warning. What
// both state and differ in keeps the first's, with a warning.
func TestTypeRestated(t *testing.T) {
	table := func(line int, header ...string) *pages.Table {
		cols, _ := pages.ColumnsOf(header)
		return &pages.Table{Line: line, Header: header, Cols: cols}
	}
	response := table(10, "Name", "Type", "Description")
	response.Rows = []*pages.Row{
		{Line: 11, Cells: []string{"itemCode", "String", "Item code"}},
		{Line: 12, Cells: []string{"quantity", "Integer", "Quantity, 1 ~ 50"}},
	}
	request := table(20, "Name", "Type", "Mandatory", "Description")
	request.Rows = []*pages.Row{
		{Line: 21, Cells: []string{"itemCode", "String", "Y", "Item code, up to 32 characters"}},
		{Line: 22, Cells: []string{"quantity", "Integer", "N", "Quantity, 1 ~ 9999"}},
	}
	rep := &pages.Reporter{}
	b := &statusBuilder{rep: rep}
	b.define("p.txt", "GiftItem", response)
	tp := b.define("p.txt", "GiftItem", request)
	item, quantity := tp.Fields[0], tp.Fields[1]
	if !item.Required || quantity.Required || item.MaxLength == nil || *item.MaxLength != 32 {
		t.Errorf("itemCode %+v, quantity %+v: want itemCode required with maxLength 32, quantity optional", item, quantity)
	}
	if quantity.Maximum == nil || *quantity.Maximum != 50 {
		t.Errorf("quantity maximum %v, want the first table's 50", quantity.Maximum)
	}
	ws, errs := rep.Sorted([]string{"p.txt"}, false)
	var lines []int
	for _, w := range ws {
		lines = append(lines, w.Pos.Line)
	}
	if len(errs) > 0 || !slices.Equal(lines, []int{20, 21, 22}) {
		t.Errorf("warnings at %v, errors %v; want warnings at 20, 21, 22 and no error", lines, errs)
	}
}

// TestPathHeadingFullStop reads a path on a line of its own as an
// operation's heading, but not one that ends a sentence with a full stop.
func TestPathHeadingFullStop(t *testing.T) {
	if pathHeadingOf("/giftbox/send") == nil {
		t.Errorf("/giftbox/send: no heading, want one")
	}
	if m := pathHeadingOf("/giftbox/send."); m != nil {
		t.Errorf("/giftbox/send.: heading %q, want none", m)
	}
}
