package drawn

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestPandocGridForms reads the grids pandoc writes in Markdown for a
// table of a Word file: an alignment border over a first row that is
// no header to pandoc (its names head the table), no header rule, a
// heavy rule with alignment colons, a cell spanning rows (a span rule,
// the rule under its row drawn across the other columns only) and one
// spanning columns (no wall between them); a span rule is heavy only
// where a junction is followed by a heavy fill, not by a '=' in its open
// cell's text.
func TestPandocGridForms(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       [][][]string
	}{{
		name: "alignment border, no header rule, a first row of names",
		page: "+:------:+:-------:+\n| Name   | Type    |\n+--------+---------+\n| id     | String  |\n+--------+---------+\n| count  | Integer |\n+--------+---------+\n",
		want: [][][]string{{{"Name", "Type"}, {"id", "String"}, {"count", "Integer"}}},
	}, {
		name: "alignment border over a first row of values: no header",
		page: "+:---:+:---:+\n| 1   | 2   |\n+-----+-----+\n| 3   | 4   |\n+-----+-----+\n",
		want: [][][]string{{nil, {"1", "2"}, {"3", "4"}}},
	}, {
		name: "a heavy rule with alignment colons",
		page: "+------+------+\n| Name | Type |\n+:=====+:====:+\n| id   | Long |\n+------+------+\n",
		want: [][][]string{{{"Name", "Type"}, {"id", "Long"}}},
	}, {
		name: "a cell spanning three rows, wrapped cells",
		page: "+:------:+:------:+:----------:+\n| Status | Detail | Message    |\n| Code   | Code   |            |\n+--------+--------+------------+\n| 461    | -71101 | Evaporator |\n|        |        | busy       |\n|        +--------+------------+\n|        | -71102 | Sap soured |\n|        +--------+------------+\n|        | -71103 | Season     |\n|        |        | closed     |\n+--------+--------+------------+\n| 462    | -71201 | Closed     |\n+--------+--------+------------+\n",
		want: [][][]string{{{"Status Code", "Detail Code", "Message"}, {"461", "-71101", "Evaporator busy"}, {"461", "-71102", "Sap soured"}, {"461", "-71103", "Season closed"}, {"462", "-71201", "Closed"}}},
	}, {
		name: "a span rule whose open cell holds a '=' in its text: no heavy rule, which a junction and its fill draw",
		page: "+:------:+:------:+:----------:+\n| Status | Detail | Message    |\n| Code   | Code   |            |\n+--------+--------+------------+\n| 461    | -71101 | Evaporator |\n| a=b    +--------+------------+\n|        | -71102 | Sap soured |\n+--------+--------+------------+\n",
		want: [][][]string{{{"Status Code", "Detail Code", "Message"}, {"461 a=b", "-71101", "Evaporator"}, {"461 a=b", "-71102", "Sap soured"}}},
	}, {
		name: "a cell spanning two columns, its text across their border, and a span rule under it",
		page: "+------+------+------+\n| Code | Name | Desc |\n+======+======+======+\n| 1    | a    | x    |\n+------+------+------+\n| 2    | spanning two|\n|      +------+------+\n|      | b    | y    |\n+------+------+------+\n",
		want: [][][]string{{{"Code", "Name", "Desc"}, {"1", "a", "x"}, {"2", "spanning two", ""}, {"2", "b", "y"}}},
	}, {
		name: "a header cell spanning two columns (pandoc's manual), a cell spanning rows",
		page: "+---------------------+----------+\n| Property            | Earth    |\n+=============+=======+==========+\n|             | min   | -89.2    |\n| Temperature +-------+----------+\n| 1961-1990   | mean  | 14       |\n+-------------+-------+----------+\n",
		want: [][][]string{{{"Property", "", "Earth"}, {"Temperature 1961-1990", "min", "-89.2"}, {"Temperature 1961-1990", "mean", "14"}}},
	}} {
		got, _, errs := read(c.page)
		if !reflect.DeepEqual(got, c.want) || len(errs) > 0 {
			t.Errorf("%s:\n got %q %q\nwant %q", c.name, got, errs, c.want)
		}
	}
}

// TestPandocGridSpanWarnings warns, at its line, of each cell read from
// a cell spanning rows or columns.
func TestPandocGridSpanWarnings(t *testing.T) {
	page := "+------+------+------+\n| Code | Name | Desc |\n+======+======+======+\n| 1    | spanning two|\n|      +------+------+\n|      | b    | y    |\n+------+------+------+\n"
	rep := &pages.Reporter{}
	drawnItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(page)), Report: rep})
	warns, errs := rep.Sorted([]string{"p.txt"}, false)
	var got []string
	for _, w := range warns {
		got = append(got, w.Error())
	}
	want := []string{
		`p.txt:4: the cell 2 of the row at line 4 spans 2 columns, no wall between them: read as that cell and 1 empty cells after it`,
		`p.txt:6: the cell 1 of the row at line 6 is the cell of the row at line 4 above it, whose box goes on down across this row, the rule between them drawn only across the other columns (a cell that spans rows): read as that cell, "1"`,
	}
	if !reflect.DeepEqual(got, want) || len(errs) > 0 {
		t.Errorf("got %q %q\nwant %q", got, errs, want)
	}
}

// TestPandocCellBreaks reads a cell of a pandoc grid, and of a
// multiline table, in two paragraphs (a blank line between them) or
// broken by pandoc Markdown's hard line break (a backslash that ends a
// line): the backslash dropped, the paragraphs kept on the row. A grid
// of two rows at least: the body of one, over several lines, is a
// database console's, a row a line.
func TestPandocCellBreaks(t *testing.T) {
	for _, c := range []struct {
		name, page string
		cells      []string
		paras      []string
	}{{
		name:  "grid: a hard break",
		page:  "+:--------:+:------------:+\n| Name     | Description  |\n+----------+--------------+\n| trace    | Trace ID\\    |\n|          | Echoed back. |\n+----------+--------------+\n| id       | Player ID    |\n+----------+--------------+\n",
		cells: []string{"trace", "Trace ID Echoed back."},
		paras: []string{"Trace ID", "Echoed back."},
	}, {
		name:  "grid: two paragraphs, an escaped backslash kept",
		page:  "+:--------:+:------------:+\n| Name     | Description  |\n+----------+--------------+\n| path     | Under C:\\\\  |\n|          | only.        |\n|          |              |\n|          | Or D.        |\n+----------+--------------+\n| id       | Player ID    |\n+----------+--------------+\n",
		cells: []string{"path", "Under C:\\\\ only. Or D."},
		paras: []string{"Under C:\\\\ only.", "Or D."},
	}, {
		name:  "multiline table without a header: a hard break",
		page:  "  ------- ---------------\n   Name     Description\n\n   grade    Grade (gold,\n            dark)\\\n            (default:\n            gold)\n  ------- ---------------\n",
		cells: []string{"grade", "Grade (gold, dark) (default: gold)"},
		paras: []string{"Grade (gold, dark)", "(default: gold)"},
	}} {
		src := pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(c.page)), Report: &pages.Reporter{}}
		tb, _ := TableAt(src, 0)
		if tb == nil || len(tb.Rows) == 0 {
			t.Errorf("%s: got %v", c.name, tb)
			continue
		}
		r := tb.Rows[0]
		if !reflect.DeepEqual(r.Cells, c.cells) || !reflect.DeepEqual(r.CellParagraphs[c.cells[1]], c.paras) {
			t.Errorf("%s: got %q %q, want %q %q", c.name, r.Cells, r.CellParagraphs, c.cells, c.paras)
		}
		if strings.Join(tb.Header, "|") != "Name|Description" {
			t.Errorf("%s: header %q", c.name, tb.Header)
		}
	}
}
