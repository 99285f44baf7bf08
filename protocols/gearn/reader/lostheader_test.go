package reader

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestLostEnumHeader: a table whose header row is a name and a whole
// number, as its every row, lost its header (catdoc); a header of column
// words, or rows of names and types, did not.
func TestLostEnumHeader(t *testing.T) {
	table := func(header []string, rows ...[]string) *pages.Table {
		tb := &pages.Table{Line: 1, Header: header}
		tb.Cols, _ = pages.ColumnsOf(header)
		for i, r := range rows {
			tb.Rows = append(tb.Rows, &pages.Row{Line: i + 2, Cells: r})
		}
		return tb
	}
	for _, c := range []struct {
		name string
		tb   *pages.Table
		want bool
	}{
		{"name and code", table([]string{"GNHashtableMinLength", "11"}, []string{"GNHashtableMaxLength", "12"}, []string{"GNArrayNull", "13"}), true},
		{"with a description, a negative code", table([]string{"SecretInvalid", "-10", "Wrong key."}, []string{"Ok", "1", "Done."}), true},
		{"a header of column words", table([]string{"Name", "Code"}, []string{"Ok", "1"}), false},
		{"rows of names and types", table([]string{"userId", "string"}, []string{"guildId", "string"}), false},
		{"a row that is no enum's", table([]string{"Ok", "1"}, []string{"Bad", "two"}), false},
	} {
		if got := lostEnumHeader(c.tb); got != c.want {
			t.Errorf("%s: lostEnumHeader = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestLostHeaderRest reads the rest of a table that lost its header
// (catdoc), cut from it by a note and with no header row of its own,
// with the enum's columns that table is read with: its header is that
// table's first row, lent (pages.Read), and no row of it; the rest is
// the table's, never refused, never a row short. A rest whose lent
// header no table recovered is refused at its line, its lent header
// never read as a row of its own under a heading.
func TestLostHeaderRest(t *testing.T) {
	enumRows := func(line int, header []string, rows ...[]string) *pages.Table {
		tb := &pages.Table{Line: line, Header: header}
		for i, r := range rows {
			tb.Rows = append(tb.Rows, &pages.Row{Line: line + 1 + i, Cells: r})
		}
		return tb
	}
	for _, c := range []struct {
		name        string
		heading     string
		restHeading string
		want        []string // the rows of each table read as a definition
		fails       int
	}{
		{"under its type's heading", "InvalidMemberType", "", []string{"GNHashtableMinLength GNHashtableMaxLength", "GNArrayMaxLength"}, 0},
		{"a title over the rest", "InvalidMemberType", "Other fields", []string{"GNHashtableMinLength GNHashtableMaxLength", "GNArrayMaxLength"}, 0},
		{"no heading over the table", "", "MoreCodes", nil, 2},
	} {
		first := enumRows(23, []string{"GNHashtableMinLength", "11"}, []string{"GNHashtableMaxLength", "12"})
		rest := enumRows(27, first.Header, []string{"GNArrayMaxLength", "15"})
		rest.NoHeader, rest.Resumes = true, first
		items := []pages.Block{
			{Line: 1, Text: "POST /api/rJson/guild/allotSiegeRations"},
			{Line: 10, Text: "Response Body"},
			{Line: 11, Text: "200 Ok"},
			{Line: 12, Table: fieldTable(12, "returnCode|ReturnCode|true|The status.", "invalidMembers|InvalidMemberType||Why.")},
		}
		if c.heading != "" {
			items = append(items, pages.Block{Line: 21, Text: c.heading})
		}
		items = append(items, pages.Block{Line: 23, Table: first}, pages.Block{Line: 25, Text: "Defaults to 5 when omitted."})
		if c.restHeading != "" {
			items = append(items, pages.Block{Line: 26, Text: c.restHeading})
		}
		items = append(items, pages.Block{Line: 27, Table: rest})
		rep := &pages.Reporter{}
		pd := interpret("p.txt", nil, pages.PDFText{}, items, rep, nil)
		var got []string
		for _, d := range pd.defs {
			if d.table.Line < 23 {
				continue
			}
			var names []string
			for _, r := range d.table.Rows {
				names = append(names, r.Cells[0])
			}
			got = append(got, strings.Join(names, " "))
		}
		_, errs := rep.Sorted([]string{"p.txt"}, false)
		if strings.Join(got, ",") != strings.Join(c.want, ",") || len(errs) != c.fails {
			t.Errorf("%s: definitions' rows %q, errors %v; want %q, %d errors", c.name, got, errs, c.want, c.fails)
		}
		for _, d := range pd.defs {
			if d.table == rest && strings.Join(d.table.Header, " | ") != "Name | Code" {
				t.Errorf("%s: the rest's columns %q, want Name | Code", c.name, d.table.Header)
			}
		}
	}
}
