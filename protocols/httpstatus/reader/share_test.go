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

// pipeItems are a page's non-blank lines as blocks, a run of lines with
// " | " in them a table under its first line, its header.
func pipeItems(lines []string) []pages.Block {
	var items []pages.Block
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		if !strings.Contains(t, " | ") {
			items = append(items, pages.Block{Line: i + 1, Text: t})
			continue
		}
		tb := &pages.Table{Line: i + 1, Header: strings.Split(t, " | ")}
		tb.Cols, _ = pages.ColumnsOf(tb.Header)
		for i+1 < len(lines) && strings.Contains(lines[i+1], " | ") {
			i++
			tb.Rows = append(tb.Rows, &pages.Row{Line: i + 1, Cells: strings.Split(lines[i], " | "), Raw: lines[i]})
		}
		items = append(items, pages.Block{Line: tb.Line, Table: tb})
	}
	return items
}

// endpointLines are the lines of an endpoint's sections: its path, its
// method, its status table (rows "code | meaning") and its example
// answers' lines.
func endpointLines(path string, statuses []string, answer ...string) []string {
	ls := []string{path, "Method", "POST", "Response Status Code", "Status Code | Status Code Description | Status Code Detailed Description", "200 | Normal Response | Normal"}
	for _, s := range statuses {
		ls = append(ls, s+" | Detailed")
	}
	ls = append(ls, "Example Response", "HTTP/1.1 200 OK")
	return append(ls, answer...)
}

// TestSharedCodeTable shares out a code table that follows the last
// endpoint of a page of several, or precedes the first, by the statuses
// the endpoints' status tables list and the detail codes their example
// answers show (in the comment above one, or in its body), and the
// statuses another endpoint points to the detail codes for ("see the
// detail codes"), with a warning; a status another lists itself, in the
// row's words, is its, not that of the last endpoint whose range covers
// it, and the range's when it points to the detail codes and the listed
// status has other words. A row that no endpoint documents, that several
// document with different meanings (listing it, or covering it by
// ranges), or that one lists and another covers with nothing to tell
// whose it is, is refused at its line, naming them. A table whose rows the last endpoint documents, by their codes or
// a range that covers them, and no other lists, stays its own, unwarned,
// as does one where each endpoint writes its own.
func TestSharedCodeTable(t *testing.T) {
	codes := func(rows ...string) []string {
		return append([]string{"Response Codes", "Http response code | detail_code | msg | Description"}, rows...)
	}
	page := func(before []string, eps ...[]string) []string {
		ls := append([]string{"Memo"}, before...)
		for _, ep := range eps {
			ls = append(ls, ep...)
		}
		return ls
	}
	reg := endpointLines("/memo/register", []string{"465 | Memo Limit Exceeded", "400 | Bad Request"})
	rem := endpointLines("/memo/remove", []string{"466 | Memo Not Removable", "400 | Bad Request"})
	for _, c := range []struct {
		name   string
		lines  []string
		want   []string // operation status: detail codes
		warned []string // what the warnings at a code line say
		errs   []string // what the errors at a code line say
	}{
		{
			"a table after the last endpoint with another's status",
			page(nil, reg, append(rem, codes("465 | -66001 | Limit | Too many", "466 | -66002 | Missing | No memo")...)),
			[]string{"register 465: -66001", "remove 466: -66002"},
			[]string{"shared out the code table at line 23, which follows the last endpoint (remove) on a page of 2 endpoints"},
			nil,
		},
		{
			"a table after the last endpoint whose status another's status table points to the detail codes for",
			page(nil, endpointLines("/memo/register", []string{"465 | Memo Limit Exceeded, see the detail codes"}),
				append(endpointLines("/memo/remove", []string{"465 | Memo Limit Exceeded, see the detail codes", "466 | Memo Not Removable"}), codes("465 | -66001 | Limit | Too many", "466 | -66002 | Missing | No memo")...)),
			[]string{"register 465: -66001", "remove 465: -66001", "remove 466: -66002"},
			[]string{"shared out the code table at line 22, which follows the last endpoint (remove)", "gave detail code -66001 to the endpoints register (465 Memo Limit Exceeded, see the detail codes), remove (465 Memo Limit Exceeded, see the detail codes)"},
			nil,
		},
		{
			"a table after the last endpoint with its statuses alone",
			page(nil, reg, append(rem, codes("466 | -66002 | Missing | No memo", "400 | -66009 | Bad | Bad")...)),
			[]string{"remove 400: -66009", "remove 466: -66002"},
			nil, nil,
		},
		{
			"a table after the last endpoint whose range covers its statuses",
			page(nil, reg, append(endpointLines("/memo/remove", []string{"4xx | Memo Error"}), codes("468 | -66009 | Bad | Bad", "467 | -66002 | Missing | No memo")...)),
			[]string{"remove 467: -66002", "remove 468: -66009"},
			nil, nil,
		},
		{
			"a table after the last endpoint whose range covers a status another lists itself with the row's words",
			page(nil, endpointLines("/memo/register", []string{"474 (custom status) | Memo Rejected"}),
				append(endpointLines("/memo/remove", []string{"4xx (custom status) | Remove Failed, see the code table"}), codes("474 | -74001 | Memo rejected | Too many memos", "475 | -74002 | Sold | Sold", "475 | -74003 | Mine | Mine")...)),
			[]string{"register 474: -74001", "remove 475: -74002, -74003"},
			[]string{"shared out the code table at line 21, which follows the last endpoint (remove)"},
			nil,
		},
		{
			"a table after the last endpoint whose range, pointing to the detail codes, covers a status another lists itself in other words",
			page(nil, endpointLines("/memo/register", []string{"474 | Memo Not Found"}),
				append(endpointLines("/memo/remove", []string{"4xx (custom status) | Remove Failed, see the code table below"}), codes("474 | -74001 | Memo rejected | Too many memos", "475 | -74002 | Sold | Sold")...)),
			[]string{"remove 474: -74001", "remove 475: -74002"},
			nil, nil,
		},
		{
			"a shared table's row that one lists and another's range covers, neither telling whose it is",
			page(nil, endpointLines("/memo/register", []string{"474 | Memo Not Found"}),
				append(endpointLines("/memo/remove", []string{"4xx (custom status) | Remove Failed"}), codes("474 | -74001 | Memo rejected | Too many memos", "475 | -74002 | Sold | Sold")...)),
			[]string{"remove 475: -74002"},
			[]string{"shared out the code table at line 21, which follows the last endpoint (remove)"},
			[]string{"the endpoints register (474 Memo Not Found), remove (4xx Remove Failed) document status 474 in their status tables, one by its code and another by a range, and neither the words of its status nor a pointer to the detail codes tells whose detail code -74001"},
		},
		{
			"a shared table's row that two ranges cover with different meanings and none lists",
			page(nil, endpointLines("/memo/register", []string{"474 | Memo Rejected", "4xx | Memo Error"}),
				append(endpointLines("/memo/remove", []string{"4xx | Remove Failed"}), codes("474 | -74001 | Memo Rejected | Full", "475 | -74002 | Sold | Sold")...)),
			[]string{"register 474: -74001"},
			[]string{"shared out the code table"},
			[]string{"the endpoints register (4xx Memo Error), remove (4xx Remove Failed) document status 475 in their status tables with different meanings"},
		},
		{
			"a table after the last endpoint where each endpoint writes its own",
			page(nil, append(reg, codes("465 | -66001 | Limit | Too many")...), append(rem, codes("465 | -66005 | Full | Full")...)),
			[]string{"register 465: -66001", "remove 465: -66005"},
			nil, nil,
		},
		{
			"a table after the last endpoint whose row an example answer's body ties to another",
			page(nil, append(endpointLines("/memo/register", []string{"4xx | Memo Error"}), "HTTP/1.1 469", "{\"desc\": \"Busy. (469.-66007)\"}"),
				append(endpointLines("/memo/remove", []string{"4xx | Memo Error"}), codes("469 | -66007 | Busy | Busy", "466 | -66002 | Missing | No memo")...)),
			[]string{"register 466: -66002", "register 469: -66007", "remove 466: -66002"},
			[]string{"shared out the code table", "gave detail code -66002 to the endpoints register (4xx Memo Error), remove (4xx Memo Error)"},
			nil,
		},
		{
			"a shared table's row that both list alike, and one that none lists",
			page(nil, reg, append(rem, codes("465 | -66001 | Limit | Too many", "400 | -66009 | Bad | Bad", "499 | -66010 | Gone | Gone")...)),
			[]string{"register 400: -66009", "register 465: -66001", "remove 400: -66009"},
			[]string{"shared out the code table", "gave detail code -66009 to the endpoints register (400 Bad Request), remove (400 Bad Request)"},
			[]string{"no endpoint of the page documents status 499"},
		},
		{
			"a shared table's row that both list apart, and one an example answer settles",
			page(nil,
				endpointLines("/memo/register", []string{"465 | Memo Limit Exceeded", "467 | Memo Busy"}),
				append(endpointLines("/memo/remove", []string{"466 | Memo Not Removable", "467 | Memo Pinned", "468 | Memo Locked"}, "// -66011, Locked", "HTTP/1.1 468"),
					codes("465 | -66001 | Limit | Too many", "467 | -66003 | Busy | Busy", "468 | -66011 | Locked | Locked")...)),
			[]string{"register 465: -66001", "remove 468: -66011"},
			[]string{"shared out the code table"},
			[]string{"the endpoints register (467 Memo Busy), remove (467 Memo Pinned) document status 467 in their status tables with different meanings"},
		},
		{
			"a table after the last endpoint whose header names its status column Status alone",
			page(nil, reg, append(rem, "Response Codes", "Status | Code | Message | Description", "465 | -66001 | Limit | Too many", "466 | -66002 | Missing | No memo")),
			[]string{"register 465: -66001", "remove 466: -66002"},
			[]string{"shared out the code table at line 23, which follows the last endpoint (remove) on a page of 2 endpoints"},
			nil,
		},
		{
			"a table before the first endpoint",
			page(codes("465 | -66001 | Limit | Too many", "466 | -66002 | Missing | No memo"), reg, rem),
			[]string{"register 465: -66001", "remove 466: -66002"},
			[]string{"shared out the code table at line 3, which precedes the first endpoint (register)"},
			nil,
		},
	} {
		rep := &pages.Reporter{}
		sp := readStatusPage("p.txt", pages.PDFText{}, c.lines, pipeItems(c.lines), rep, nil, nil)
		api := (&statusBuilder{pages: []*statusPage{sp}, rep: rep}).build()
		var got []string
		for _, op := range api.Operations {
			for _, s := range op.Statuses {
				var ds []string
				for _, d := range s.Details {
					ds = append(ds, fmt.Sprint(d.Code))
				}
				if len(ds) > 0 {
					got = append(got, fmt.Sprintf("%s %d: %s", op.Name, s.Code, strings.Join(ds, ", ")))
				}
			}
		}
		slices.Sort(got)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: details %q, want %q", c.name, got, c.want)
		}
		ws, errs := rep.Sorted([]string{"p.txt"}, false)
		says := func(ds schema.Diagnostics, want []string, what string) {
			var codeLines []string
			for _, d := range ds {
				if strings.Contains(d.Msg, "code table") {
					codeLines = append(codeLines, d.Msg)
				}
			}
			if len(codeLines) != len(want) {
				t.Errorf("%s: %s %q, want %d", c.name, what, codeLines, len(want))
				return
			}
			for i, w := range want {
				if !strings.Contains(codeLines[i], w) {
					t.Errorf("%s: %s %q does not say %q", c.name, what, codeLines[i], w)
				}
			}
		}
		says(ws, c.warned, "warnings")
		says(errs, c.errs, "errors")
	}
}
