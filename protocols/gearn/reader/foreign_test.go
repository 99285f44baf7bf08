package reader

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestForeignHeadersTable reads a table under a title this reader does
// not know ("Parameters of the Repair"), in the section of the request
// headers whose own table is not on the page (its title kept): a table
// of Name | Type | Required | Description, none of whose rows names a
// header, is never the headers for want of another. It is the request
// body, with a warning naming its title, and the headers' section is one
// that holds nothing (ep.empty, read.SectionLost at its title). A table
// there whose rows name headers stays the headers.
func TestForeignHeadersTable(t *testing.T) {
	named := func(line int, header string, rows ...string) *pages.Table {
		h := strings.Split(header, "|")
		cols, _ := pages.ColumnsOf(h)
		tb := &pages.Table{Line: line, Header: h, Cols: cols}
		for i, r := range rows {
			tb.Rows = append(tb.Rows, &pages.Row{Line: line + 1 + i, Raw: r, Cells: strings.Split(r, "|")})
		}
		return tb
	}
	for _, c := range []struct {
		name    string
		rows    []string
		headers bool
	}{
		{"body fields", []string{"gearId|string|true|The gear.", "useKit|boolean||Spend a kit."}, false},
		{"headers", []string{"Auth-Token|string|true|The token.", "Content-Type|string|true|application/json"}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			tb := named(4, "Name|Type|Required|Description", c.rows...)
			items := []pages.Block{
				{Line: 1, Text: "POST /api/rJson/gear/client/repairGear"},
				{Line: 2, Text: "Request Headers"},
				{Line: 3, Text: "Parameters of the Repair"},
				{Line: 4, Table: tb},
			}
			rep := &pages.Reporter{}
			pd := interpret("p.txt", nil, pages.PDFText{}, items, rep, nil)
			warns, errs := rep.Sorted([]string{"p.txt"}, false)
			if len(errs) != 0 || len(pd.endpoints) != 1 {
				t.Fatalf("endpoints %d, errors %v; want one and none", len(pd.endpoints), errs)
			}
			ep := pd.endpoints[0]
			if c.headers {
				if ep.headers != tb || len(ep.empty) != 0 {
					t.Errorf("headers %v, empty sections %v; want the table the headers, no section empty", ep.headers, ep.empty)
				}
				return
			}
			if ep.headers != nil || ep.body != tb {
				t.Errorf("headers %v, body %v; want no headers, the table the body", ep.headers, ep.body)
			}
			if len(ep.empty) != 1 || ep.empty[0].Line != 2 {
				t.Errorf("empty sections %v; want the request headers at line 2", ep.empty)
			}
			want := `p.txt:4: placed the table at line 4 (Name | Type | Required | Description) in the request body by its columns and place: the line above it, "Parameters of the Repair" at line 3, reads as a section title, but not one this reader knows`
			found := false
			for _, w := range warns {
				found = found || strings.HasPrefix(w.Error(), want)
			}
			if !found {
				t.Errorf("no warning %q among %v", want, warns)
			}
		})
	}
}
