package reader

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// fieldTable is a field table at a line, a row a line under its header.
func fieldTable(line int, rows ...string) *pages.Table {
	header := []string{"Code", "Type", "Required", "Description"}
	cols, _ := pages.ColumnsOf(header)
	tb := &pages.Table{Line: line, Header: header, Cols: cols}
	for i, r := range rows {
		tb.Rows = append(tb.Rows, &pages.Row{Line: line + 1 + i, Raw: r, Cells: strings.Split(r, "|")})
	}
	return tb
}

// calloutPage is an admin section whose body table a callout cuts: the
// label at line 6, its sentence, and the rest of the table under its
// header printed again at line 8; the types the page documents after it.
func calloutPage(label string, refer bool) []pages.Block {
	body := fieldTable(4, "userId|string|true|The player.")
	rest := fieldTable(8, "reason|string||Why.")
	rest.Resumes = body
	see := "The outcome."
	if refer {
		see = "The notes. See " + label
	}
	return []pages.Block{
		{Line: 1, Text: "Admin"},
		{Line: 2, Text: "POST /api/rJson/festival/admin/launchFirework"},
		{Line: 3, Text: "Request Body"},
		{Line: 4, Table: body},
		{Line: 6, Text: label},
		{Line: 7, Text: "Operators may skip the cooldown."},
		{Line: 8, Table: rest},
		{Line: 10, Text: "Response Body"},
		{Line: 11, Text: "200 Ok"},
		{Line: 12, Table: fieldTable(12, "returnCode|ReturnCode|true|The status.", "parameters|ResponseData||"+see)},
	}
}

// TestCalloutIsNoHeading reads a callout's label over the rest of a
// table as text, in every form, so that the rest has no heading; a
// label's word that a table of the page refers to as a type is that
// type's heading.
func TestCalloutIsNoHeading(t *testing.T) {
	for _, c := range []struct {
		label string
		refer bool
		want  string
	}{
		{"WARNING", false, ""},
		{"Tip", false, ""},
		{"Note:", false, ""},
		{"[!CAUTION]", false, ""},
		{"Info", true, "Info"},
		{"Operators", false, "Operators"},
	} {
		rep := &pages.Reporter{}
		pd := interpret("p.txt", nil, pages.PDFText{}, calloutPage(c.label, c.refer), rep, nil)
		if len(pd.defs) != 1 || pd.defs[0].name != c.want {
			t.Errorf("%q: defs %+v; want one, named %q", c.label, pd.defs, c.want)
			continue
		}
		if c.want == "" && !strings.Contains(strings.Join(pd.defs[0].intro, " "), c.label) {
			t.Errorf("%q: intro %q holds no label", c.label, pd.defs[0].intro)
		}
	}
}
