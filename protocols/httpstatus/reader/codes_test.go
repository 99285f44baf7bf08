package reader

import (
	"fmt"
	"reflect"
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

// TestCodeColumnsByHeaderAndRows tells the detail code's column by its
// header and its rows together, over the shapes of the corpus's code
// tables: named a detail code; named "Code" or "Error Code" after a
// status column its header names, over integers (301 as well); named
// with the word code after a status column told by its rows alone, over
// signed codes or under a repeating status. Where neither the header nor
// the rows tell a detail code from a numbering of the statuses, or from
// words, no column is one. A row short of a cell lost its status cell to
// one spanning rows.
func TestCodeColumnsByHeaderAndRows(t *testing.T) {
	for _, c := range []struct {
		name   string
		header string
		rows   [][]string
		want   codeColumns
	}{
		// The detail code named so.
		{"detail_code", "Http response code | detail_code | msg | Description", [][]string{{"404", "-10001", "Player not found", "No player"}, {"461", "-10101", "Player blocked", "Blocked"}}, codeColumns{0, 1, 2, 3}},
		{"upper case", "HTTP RESPONSE CODE | DETAIL_CODE | MSG | DESCRIPTION", [][]string{{"474", "-75001", "Clan disbanded", "Read-only"}}, codeColumns{0, 1, 2, 3}},
		{"empty columns", "Http response code | detail_code |  | msg |  | Description", [][]string{{"468", "-73001", "", "Banner closed", "", "Ended"}}, codeColumns{0, 1, 3, 5}},
		{"Korean", "HTTP 응답 코드 | 상세 코드 | 메시지 | 설명", [][]string{{"404", "-10001", "플레이어 없음", "없음"}}, codeColumns{0, 1, 2, 3}},
		{"detail code first", "Detail Code | HTTP Status Code | Message", [][]string{{"-10001", "404", "Player not found"}}, codeColumns{1, 0, 2, -1}},
		// "Code" or "Error Code" after a status column its header names.
		{"Code, integers", "Status Code | Code | Message | Description", [][]string{{"467", "-67001", "Draw closed", "No tickets"}, {"467", "-67002", "Ticket limit reached", "50 tickets"}}, codeColumns{0, 1, 2, 3}},
		{"Code, status spanning rows", "Status Code | Code | Message | Description", [][]string{{"467", "-67001", "Draw closed", "No tickets"}, {"-67002", "Ticket limit reached", "50 tickets"}}, codeColumns{0, 1, 2, 3}},
		{"Error Code, signed", "HTTP Status | Error Code | Error Message | Description", [][]string{{"473", "-74301", "Tin empty", "Too little leaf"}, {"474", "-74302", "Seat taken", "Given twice"}}, codeColumns{0, 1, 2, 3}},
		{"Error Code, three digits", "HTTP Status | Error Code | Error Message | Description", [][]string{{"473", "301", "Tin empty", "Too little leaf"}, {"474", "302", "Seat taken", "Given twice"}}, codeColumns{0, 1, 2, 3}},
		{"Error Code, custom status", "HTTP Status | Error Code | Description", [][]string{{"471 (custom status)", "-73101", "Not ready"}}, codeColumns{0, 1, -1, 2}},
		{"Result Code, signed", "Status Code | Result Code | Message", [][]string{{"471", "-1001", "Closed"}, {"472", "-1002", "Full"}}, codeColumns{0, 1, 2, -1}},
		// A status column told by its rows alone ("Status", "상태").
		{"Status, signed", "Status | Code | Message | Description", [][]string{{"471", "-73101", "Vat still fermenting", "Not ready"}, {"471", "-73102", "Vat empty", "Racked"}, {"472", "-73103", "Cask in use", "Full"}}, codeColumns{0, 1, 2, 3}},
		{"상태, signed", "상태 | 코드 | 메시지 | 설명", [][]string{{"471", "-73101", "발효 중", "준비 안 됨"}}, codeColumns{0, 1, 2, 3}},
		{"Status, repeating", "Status | Code | Message", [][]string{{"471", "73101", "Fermenting"}, {"471", "73102", "Empty"}}, codeColumns{0, 1, 2, -1}},
		{"Status, spanning rows", "Status | Code | Message", [][]string{{"471", "73101", "Fermenting"}, {"73102", "Empty"}}, codeColumns{0, 1, 2, -1}},
		{"Status, spanning rows, padded", "Status | Code | Message | Description", [][]string{{"475", "-84001", "Falcon not manned", "Not manned"}, {"-84002", "Above flying weight", "Weighs more", ""}}, codeColumns{0, 1, 2, 3}},
		{"Status, spanning rows, one padded row only", "Status | Code | Message | Description", [][]string{{"-84002", "Above flying weight", "Weighs more", ""}}, codeColumns{-1, -1, 2, 3}},
		{"Status, no detail code", "Status | Code | Status Code Description | Status Code Detailed Description", [][]string{{"200", "", "Normal Response", "Normal"}, {"404", "", "Not Found", "No such player"}}, codeColumns{0, -1, -1, 2}},
		// No detail code.
		{"status table", "Status Code | Status Code Description | Status Code Detailed Description", [][]string{{"200", "Normal Response", "Normal"}, {"404", "Not Found", "No such player"}}, codeColumns{0, -1, -1, 1}},
		{"상태 코드 table", "상태 코드 | 설명 | 상세 설명", [][]string{{"200", "Normal Response", "정상"}}, codeColumns{0, -1, -1, 1}},
		{"Code of words", "Status Code | Code | Message | Description", [][]string{{"200", "OK", "Normal", "Normal"}, {"400", "-1", "Bad Request", "Unparsable"}}, codeColumns{0, -1, 2, 3}},
		{"Error Code of words", "HTTP Status | Error Code | Error Message | Description", [][]string{{"400", "INVALID_PARAM", "Bad Request", "Unparsable"}}, codeColumns{0, -1, 2, 3}},
		{"Code Description", "Status Code | Code Description", [][]string{{"200", "OK"}}, codeColumns{0, -1, -1, 1}},
		{"Result Code numbering", "Status Code | Result Code | Message", [][]string{{"200", "1", "OK"}, {"400", "2", "Bad Request"}}, codeColumns{0, -1, 2, -1}},
		{"Status, numbering", "Status | Code | Message", [][]string{{"200", "1", "OK"}, {"400", "2", "Bad Request"}}, codeColumns{0, -1, 2, -1}},
		{"Status, codes that are statuses", "Status | Code | Message", [][]string{{"471", "471", "Fermenting"}, {"471", "-73102", "Empty"}}, codeColumns{0, -1, 2, -1}},
		{"Status, three digits", "Status | Code | Message", [][]string{{"471", "301", "Fermenting"}, {"472", "302", "Empty"}}, codeColumns{0, -1, 2, -1}},
		{"Status of words", "Status | Code | Message", [][]string{{"OK", "-1", "Fine"}, {"Failed", "-2", "Bad"}}, codeColumns{-1, -1, 2, -1}},
		{"Status, no rows", "Status | Code | Message", nil, codeColumns{-1, -1, 2, -1}},
		{"Status Code, no rows", "Status Code | Code | Message | Description", nil, codeColumns{0, -1, 2, 3}},
		{"no status column", "detail_code | msg", [][]string{{"-10001", "Player not found"}}, codeColumns{-1, -1, 1, -1}},
	} {
		tb := &pages.Table{Header: strings.Split(c.header, " | ")}
		for _, r := range c.rows {
			tb.Rows = append(tb.Rows, &pages.Row{Cells: r})
		}
		if got := codeColumnsOf(tb); got != c.want {
			t.Errorf("%s: codeColumnsOf(%q) = %+v, want %+v", c.name, c.header, got, c.want)
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

// TestCodeRowsStatusSpanned reads a code row that lost its status cell to
// the row above's, spanning it, as the status of the row above, with a
// warning: one cell short (a copy's), or padded with an empty last cell
// (godown's); a row with its own status keeps it.
func TestCodeRowsStatusSpanned(t *testing.T) {
	tb := &pages.Table{Header: []string{"Status", "Code", "Message", "Description"}, Rows: []*pages.Row{
		{Line: 3, Raw: "|475|-84001|Not manned|Cannot fly|", Cells: []string{"475", "-84001", "Not manned", "Cannot fly"}},
		{Line: 4, Raw: "|-84002|Too heavy|Weighs more||", Cells: []string{"-84002", "Too heavy", "Weighs more", ""}},
		{Line: 5, Raw: "|-84003|Flown out|Flown 8 times|", Cells: []string{"-84003", "Flown out", "Flown 8 times"}},
		{Line: 6, Raw: "|476|-84005|Inspected||", Cells: []string{"476", "-84005", "Inspected", ""}},
	}}
	rep := &pages.Reporter{}
	b := &statusBuilder{rep: rep}
	var got []string
	for _, cr := range b.codeRows("p.md", tb) {
		got = append(got, fmt.Sprintf("%s %d %s / %s", cr.status, cr.detail.Code, cr.detail.Message, cr.detail.Description))
	}
	want := []string{"475 -84001 Not manned / Cannot fly", "475 -84002 Too heavy / Weighs more", "475 -84003 Flown out / Flown 8 times", "476 -84005 Inspected / "}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	warns, _ := rep.Sorted([]string{"p.md"}, false)
	var lines []int
	for _, w := range warns {
		lines = append(lines, w.Pos.Line)
	}
	if !reflect.DeepEqual(lines, []int{4, 5}) {
		t.Errorf("warnings %v, want at lines 4 and 5", warns)
	}
}

// TestStrayCodeRowRunOn refuses, where rows of the table of status codes
// one space apart are refused after it, a line among them that begins
// as the rest of a row and holds the next row run onto it, at its line:
// a code outside parentheses, then a word in capitals. A code inside
// parentheses ("(see 485 Detail Codes)") begins no row. A status code
// alone right above rows of detail codes is refused as the status cell
// they share, saying to write it in each row.
func TestStrayCodeRowRunOn(t *testing.T) {
	lines := []string{"/raft/shoot", "Method", "POST", "Response Status Code",
		"Status Code | Status Code Description | Status Code Detailed Description", "200 | Normal Response | Normal",
		"",
		"400 Bad Request Unparsable data 401 Unauthenticated Failed 485 (custom status)",
		"River Conditions The trip cannot be logged (see 485 Detail Codes) 500 Internal Server Error Internal error",
		"Rivers Closed The trip cannot be logged (see 485 Detail Codes) here",
		"503 Service Unavailable Service unavailable",
		"Response Code", "Status Code | Code | Message | Description", "480 | -80101 | Closed | Closed now",
		"",
		"485",
		"-85101 River closed The section is closed -85102 Water too high The gauge is high",
	}
	rep := &pages.Reporter{}
	readStatusPage("p.txt", pages.PDFText{}, lines, pipeItems(lines), rep, nil, nil)
	_, errs := rep.Sorted([]string{"p.txt"}, false)
	var at []int
	for _, e := range errs {
		at = append(at, e.Pos.Line)
	}
	if !slices.Equal(at, []int{8, 9, 11, 16, 17}) || !strings.Contains(errs[1].Msg, `at "500 Internal Server Error Internal error"`) || !strings.Contains(errs[3].Msg, "485 in each row's status cell") {
		t.Errorf("errors %v, want them at lines 8, 9 (its 500 row), 11, 16 (the status cell of the rows under it) and 17", errs)
	}
}
