package reader

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestNamedFields reads a table of Name | Type | [Required] |
// Description, as GearN heads a header table, as a table of fields where
// it stands in a part whose tables are of fields (the request body after
// the endpoint's header table, the response, a type's section), with a
// warning at its line; the first such table after an endpoint with no
// header table stays its header table.
func TestNamedFields(t *testing.T) {
	named := func(line int, header string, rows ...string) *pages.Table {
		h := strings.Split(header, "|")
		cols, _ := pages.ColumnsOf(h)
		tb := &pages.Table{Line: line, Header: h, Cols: cols}
		for i, r := range rows {
			tb.Rows = append(tb.Rows, &pages.Row{Line: line + 1 + i, Raw: r, Cells: strings.Split(r, "|")})
		}
		return tb
	}
	headers := named(3, "Name|Required|Description", "Secret-Key|true|The key.")
	body := named(6, "Name|Type|Required|Description", "orreryId|string|true|The orrery.")
	envelope := named(10, "Name|Type|Required|Description", "returnCode|ReturnCode|true|The status.", "invalidMembers|InvalidMember[]||Why.")
	member := named(14, "Name|Type|Description", "code|string|The parameter.")
	items := []pages.Block{
		{Line: 1, Text: "POST /api/rJson/orrery/client/meshPlanetaryGears"},
		{Line: 2, Text: "Request Headers"},
		{Line: 3, Table: headers},
		{Line: 5, Text: "Request Body"},
		{Line: 6, Table: body},
		{Line: 8, Text: "Response Body"},
		{Line: 9, Text: "200 Ok"},
		{Line: 10, Table: envelope},
		{Line: 13, Text: "InvalidMember"},
		{Line: 14, Table: member},
	}
	rep := &pages.Reporter{}
	pd := interpret("p.txt", nil, pages.PDFText{}, items, rep, nil)
	warns, errs := rep.Sorted([]string{"p.txt"}, false)
	if len(errs) != 0 {
		t.Errorf("errors %v, want none", errs)
	}
	var at []string
	for _, w := range warns {
		if strings.Contains(w.Error(), "heads the column of its members' names \"Name\"") {
			at = append(at, strings.SplitN(w.Error(), ":", 3)[1])
		}
	}
	if strings.Join(at, ",") != "6,10,14" {
		t.Errorf("warned of the tables at lines %v, want 6, 10, 14 (%v)", at, warns)
	}
	if len(pd.endpoints) != 1 || pd.endpoints[0].headers != headers || pd.endpoints[0].body != body {
		t.Fatalf("endpoints %+v: want one, its headers the table at line 3, its body the table at line 6", pd.endpoints)
	}
	if pd.envelope != envelope {
		t.Errorf("envelope %v, want the table at line 10", pd.envelope)
	}
	for _, tb := range []*pages.Table{body, envelope, member} {
		if tb.Kind() != pages.KindFields {
			t.Errorf("the table at line %d is of kind %d, want fields", tb.Line, tb.Kind())
		}
	}

	first := named(3, "Name|Type|Required|Description", "Secret-Key|string|true|The key.")
	rep = &pages.Reporter{}
	pd = interpret("p.txt", nil, pages.PDFText{}, []pages.Block{
		{Line: 1, Text: "POST /api/rJson/orrery/client/meshPlanetaryGears"},
		{Line: 2, Text: "Request Body"},
		{Line: 3, Table: first},
	}, rep, nil)
	if len(pd.endpoints) != 1 || pd.endpoints[0].headers != first || first.Kind() != pages.KindHeaders {
		t.Errorf("the first table after the endpoint, with no header table: endpoints %+v, kind %d; want it the header table", pd.endpoints, first.Kind())
	}
}
