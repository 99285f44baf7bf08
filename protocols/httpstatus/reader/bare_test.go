package reader

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

// TestBareCodeTable reads a code table without a Status column ("Code |
// Message | Description" under "Response Codes", as a Kakao wiki page
// writes the codes of its one custom status) as the detail codes of the
// one status its operation's status table lists outside the standard
// ones, or of the one whose description points to the codes, with a
// warning that names it and prints the entry; with several, or none, it
// is an error at its header that names them and prints the entry, and
// the entry gives it its status. A table of an enum's codes (Code | Name
// | Description) outside the code section, and a table whose rows keep
// a status cell its header lost, are no such table.
func TestBareCodeTable(t *testing.T) {
	page := func(statuses []string, title string, table ...string) []string {
		ls := endpointLines("/kite/festivals", statuses)
		ls = ls[:len(ls)-2] // the example answer
		return append(append(ls, title), table...)
	}
	codes := []string{"Code | Message | Description", "-84101 | Player grounded | Banned", "-84102 | Season over | No festival"}
	one := []string{"400 | Bad Request", "481 (custom status) | Festival Entry Refused, see the codes below", "500 | Internal Server Error"}
	two := []string{"481 (custom status) | Festival Entry Refused", "482 (custom status) | Kite Lost"}
	for _, c := range []struct {
		name   string
		lines  []string
		given  string // the status a tables: entry gives the table
		want   []string
		warned []string
		errs   []string
	}{
		{
			"one custom status",
			page(one, "Response Codes", codes...),
			"", []string{"481: -84101, -84102"},
			[]string{"read the code table at line 11 (Code | Message | Description), which has no Status column, as the detail codes of status 481 of operation festivals, the one status whose description in its status table points to the detail codes (line 8); if they are another status's, give it with the entry {table: p.txt:11, status: <status>}"},
			nil,
		},
		{
			"one custom status, none pointing, a detail_code column",
			page([]string{"400 | Bad Request", "481 | Refused"}, "Response Codes", "detail_code | msg", "-84101 | Player grounded"),
			"", []string{"481: -84101"},
			[]string{"as the detail codes of status 481 of operation festivals, the one status its status table lists outside the standard ones (line 8)"},
			nil,
		},
		{
			"two custom statuses, one pointing",
			page([]string{"481 (custom status) | Festival Entry Refused, see the detail codes", "482 (custom status) | Kite Lost"}, "Response Codes", codes...),
			"", []string{"481: -84101, -84102"},
			[]string{"as the detail codes of status 481"},
			nil,
		},
		{
			"two custom statuses",
			page(two, "Response Codes", codes...),
			"", nil, nil,
			[]string{"cannot tell whose detail codes the code table at line 10 (Code | Message | Description) lists: it has no Status column, and of operation festivals its status table lists 481 and 482 outside the standard ones; its rows are left out of the schema: write a Status column on the page, or give the table its status with the entry {table: p.txt:10, status: <status>}"},
		},
		{
			"two custom statuses, the entry giving one",
			page(two, "Response Codes", codes...),
			"482", []string{"482: -84101, -84102"}, nil, nil,
		},
		{
			"standard statuses alone",
			page([]string{"400 | Bad Request", "404 | Not Found"}, "Response Codes", codes...),
			"", nil, nil,
			[]string{"none of its statuses is outside the standard ones, nor points to the detail codes"},
		},
		{
			"a Status column",
			page(one, "Response Codes", "Status | Code | Message | Description", "481 | -84101 | Player grounded | Banned"),
			"", []string{"481: -84101"}, nil, nil,
		},
		{
			"an enum's codes after the status table",
			page(one, "LampState", "Code | Name | Description", "0 | Dark | Out", "1 | Lit | Burns"),
			"", nil, nil, nil,
		},
		{
			"rows wider than the header",
			page(one, "Response Codes", "detail_code | msg | Description", "481 | -84101 | Player grounded | Banned"),
			"", nil, nil, nil,
		},
	} {
		rep := &pages.Reporter{}
		sp := readStatusPage("p.txt", pages.PDFText{}, c.lines, pipeItems(c.lines), rep, nil, nil)
		at := schema.Pos{Page: "p.txt", Line: slices.Index(c.lines, "Response Codes") + 2}
		given := map[schema.Pos]read.TableType{}
		if c.given != "" {
			given[at] = read.TableType{Status: c.given}
		}
		b := &statusBuilder{pages: []*statusPage{sp}, rep: rep, given: given, givenTaken: map[schema.Pos]bool{}}
		api := b.build()
		var got []string
		for _, s := range api.Operations[0].Statuses {
			var ds []string
			for _, d := range s.Details {
				ds = append(ds, fmt.Sprint(d.Code))
			}
			if len(ds) > 0 {
				got = append(got, fmt.Sprintf("%d: %s", s.Code, strings.Join(ds, ", ")))
			}
		}
		slices.Sort(got)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: details %q, want %q", c.name, got, c.want)
		}
		if c.given != "" && !b.givenTaken[at] {
			t.Errorf("%s: the entry was not taken", c.name)
		}
		ws, errs := rep.Sorted([]string{"p.txt"}, false)
		says := func(ds schema.Diagnostics, want []string, what string) {
			var bare []string
			for _, d := range ds {
				if strings.Contains(d.Msg, "Status column") {
					bare = append(bare, d.Msg)
				}
			}
			if len(bare) != len(want) {
				t.Errorf("%s: %s %q, want %d", c.name, what, bare, len(want))
				return
			}
			for i, w := range want {
				if !strings.Contains(bare[i], w) {
					t.Errorf("%s: %s %q does not say %q", c.name, what, bare[i], w)
				}
			}
		}
		says(ws, c.warned, "warnings")
		says(errs, c.errs, "errors")
	}
}
