package drawn

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// readWarned reads a page of the style, and returns its tables (each its
// header, then its rows' cells), its warnings and its errors.
func readWarned(page string) (tables [][][]string, warns, errs []string) {
	rep := &pages.Reporter{}
	for _, b := range drawnItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(page)), Report: rep}) {
		if b.Table == nil {
			continue
		}
		tb := [][]string{b.Table.Header}
		for _, r := range b.Table.Rows {
			tb = append(tb, r.Cells)
		}
		tables = append(tables, tb)
	}
	ws, es := rep.Sorted([]string{"p.txt"}, false)
	for _, w := range ws {
		warns = append(warns, w.Error())
	}
	for _, e := range es {
		errs = append(errs, e.Error())
	}
	return tables, warns, errs
}

// TestOpenGrids reads grids drawn without an outer border, as Rust's
// html2text draws them (and the same in ASCII): the columns from the
// rules' junctions, the rows between the rules, a cell wrapped over its
// row's lines, a word broken at its column joined only where the page
// knows the word whole (a column's name, a name an example writes) or it
// reads as a number, a row that a cell above spans short of its cells;
// and grids drawn without their right border, as cli-table3 draws a
// table given more column widths than it has columns: the last column
// ends where the rules end, a cell wrapped over its row's lines and a
// header's cell too, with a warning at the top rule.
func TestOpenGrids(t *testing.T) {
	const warn = "p.txt:1: the table drawn at line 1 has no right border: its rules end in their fills and its rows in their last cell's padding, as cli-table3 (under marked-terminal) draws a table given more column widths than it has columns; read its last column as ending where its rules end, at display column %d"
	for _, c := range []struct {
		name, page string
		want       [][][]string
		warns      []string
	}{{
		name: "html2text: a header word and a name broken, a type and a default wrapped",
		page: "Body\n\n" +
			"─────────┬──────┬────────┬──────────────────────\n" +
			"Name     │Type  │Mandator│Description           \n" +
			"         │      │y       │                      \n" +
			"─────────┼──────┼────────┼──────────────────────\n" +
			"length   │Intege│Y       │Screw length in cm    \n" +
			"         │r     │        │                      \n" +
			"─────────┼──────┼────────┼──────────────────────\n" +
			"iceQualit│String│N       │Ice the screw went    \n" +
			"y        │(Enum)│        │into (default: plain) \n" +
			"─────────┴──────┴────────┴──────────────────────\n" +
			"\n" +
			"{ \"iceQuality\": \"plain\", \"length\": 3 }\n",
		want: [][][]string{{
			{"Name", "Type", "Mandatory", "Description"},
			{"length", "Integer", "Y", "Screw length in cm"},
			{"iceQuality", "String (Enum)", "N", "Ice the screw went into (default: plain)"},
		}},
	}, {
		name: "a name broken that the page writes nowhere else: two words, warned",
		page: "────────┬──────\n" +
			"Name    │Type  \n" +
			"────────┼──────\n" +
			"maxCount│Long  \n" +
			"OfItems │      \n" +
			"────────┴──────\n",
		want: [][][]string{{{"Name", "Type"}, {"maxCount OfItems", "Long"}}},
		warns: []string{
			"p.txt:5: line 5 of the table drawn at line 1 goes on a cell of one word, \"maxCount\", as wide as its column, with \"OfItems\": read as two words (\"maxCount OfItems\"), as the page writes no word \"maxCountOfItems\"; if it is one word that the table broke at its column, write it whole on the page",
		},
	}, {
		name: "a quoted value broken, which the page writes unquoted elsewhere",
		page: "────────────┬──────────────────\n" +
			"Name        │Description       \n" +
			"────────────┼──────────────────\n" +
			"Content-Type│\"application/json;\n" +
			"            │charset=UTF-8\"    \n" +
			"────────────┴──────────────────\n" +
			"\n" +
			"Content-Type: application/json;charset=UTF-8\n",
		want: [][][]string{{{"Name", "Description"}, {"Content-Type", "\"application/json;charset=UTF-8\""}}},
	}, {
		name: "a description filling its column over the next word keeps the space, unwarned",
		page: "─────┬────────────\n" +
			"Name │Description \n" +
			"─────┼────────────\n" +
			"page │The page of \n" +
			"     │the list    \n" +
			"─────┴────────────\n",
		want: [][][]string{{{"Name", "Description"}, {"page", "The page of the list"}}},
	}, {
		name: "a row a status spans, short of it, its code broken",
		page: "─────┬──────┬──────────┬──────────\n" +
			"Statu│Code  │Message   │Describes \n" +
			"s    │      │          │          \n" +
			"─────┼──────┼──────────┼──────────\n" +
			"482  │-84201│Region    │No icefall\n" +
			"     │      │closed    │          \n" +
			"─────┼──────┼──────────┴──────────\n" +
			"-8420│Too   │No report  \n" +
			"2    │warm  │          \n" +
			"─────┴──────┴───────────\n",
		want: [][][]string{{
			{"Status", "Code", "Message", "Describes"},
			{"482", "-84201", "Region closed", "No icefall"},
			{"-84202", "Too warm", "No report"},
		}},
		warns: []string{
			"p.txt:8: the row at line 8 of the table drawn at line 1 has 3 cells for its 4 columns, its rules stopping short of them, as a table drawn without a cell of a row above that spans it (rowspan) leaves the row under it, its cells moved left: read with the cells it holds (-84202 | Too warm | No report); check them on the page",
			"p.txt:9: line 9 of the table drawn at line 1 goes on a cell with \"2\", as wide as the cell, under \"-8420\": read as a word too long for its column that the table broke across lines, joined without a space (\"-84202\"); if they are two words, widen the column on the page",
		},
	}, {
		name: "in ASCII, its cells padded, indented",
		page: "  ----------+-----------\n" +
			"   Name     | Type      \n" +
			"  ----------+-----------\n" +
			"   playerId | String    \n" +
			"  ----------+-----------\n" +
			"   score    | Long      \n" +
			"  ----------+-----------\n",
		want: [][][]string{{{"Name", "Type"}, {"playerId", "String"}, {"score", "Long"}}},
	}, {
		name: "cli-table3: a status table, a header's cell and a description wrapped",
		page: "┌──────┬─────────┬──────────────\n" +
			"│ Code │ Status  │ Detailed     \n" +
			"│      │ Meaning │ Description  \n" +
			"├──────┼─────────┼──────────────\n" +
			"│ 200  │ OK      │ Normal       \n" +
			"├──────┼─────────┼──────────────\n" +
			"│ 400  │ Bad     │ Missing      \n" +
			"│      │ Request │ parameters   \n" +
			"└──────┴─────────┴──────────────\n",
		want: [][][]string{{
			{"Code", "Status Meaning", "Detailed Description"},
			{"200", "OK", "Normal"},
			{"400", "Bad Request", "Missing parameters"},
		}},
		warns: []string{fmt.Sprintf(warn, 32)},
	}, {
		name: "in ASCII, the padding trimmed",
		page: "+------+--------\n" +
			"| Name | Type\n" +
			"+------+--------\n" +
			"| id   | String\n" +
			"+------+--------\n",
		want:  [][][]string{{{"Name", "Type"}, {"id", "String"}}},
		warns: []string{fmt.Sprintf(warn, 16)},
	}} {
		t.Run(c.name, func(t *testing.T) {
			got, warns, errs := readWarned(c.page)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("tables\n%q\nwant\n%q", got, c.want)
			}
			if !reflect.DeepEqual(warns, c.warns) || len(errs) > 0 {
				t.Errorf("warnings\n%s\nwant\n%s\nerrors %v", strings.Join(warns, "\n"), strings.Join(c.warns, "\n"), errs)
			}
			if n := Tables(pages.Lines([]byte(c.page))); n != len(c.want) {
				t.Errorf("Tables counts %d, want %d", n, len(c.want))
			}
		})
	}
}

// TestOpenRule reads the rules of a grid without an outer border, and
// no line that only looks like one: a list's item, a rule of one run,
// the runs of a simple table, a grid's rule with corners, a rule mixing
// ASCII with box drawing.
func TestOpenRule(t *testing.T) {
	for _, c := range []struct {
		line   string
		joints []int
		bottom bool
	}{
		{line: "───┬──┬─", joints: []int{3, 6}},
		{line: "  ───┼──  ", joints: []int{5}},
		{line: "───┴──", joints: []int{3}, bottom: true},
		{line: "----+---", joints: []int{4}},
		{line: "- item"},
		{line: "--------"},
		{line: "----  ----"},
		{line: "┌───┬───┐"},
		{line: "───+───"},
		{line: "---┼---"},
		{line: "───┬"},
	} {
		r, ok := readOpenRule(c.line)
		if ok != (c.joints != nil) || ok && (!reflect.DeepEqual(r.joints, c.joints) || r.bottom != c.bottom) {
			t.Errorf("readOpenRule(%q) = %+v, %v; want joints %v, bottom %v", c.line, r, ok, c.joints, c.bottom)
		}
	}
}

// TestRightOpenNoGrid reads no grid drawn without its right border
// where a line of the box runs past the rules' end or the box has no
// bottom rule, as a wrap that cut a grid's lines leaves it.
func TestRightOpenNoGrid(t *testing.T) {
	for name, page := range map[string]string{
		"a row past the rules' end": "┌──────┬──────\n│ Name │ Type │ more\n└──────┴──────\n",
		"no bottom rule":            "┌──────┬──────\n│ Name │ Type \n│ id   │ Long \n\nText.\n",
	} {
		if _, ok := rightOpenAt(pages.Lines([]byte(page)), 0); ok {
			t.Errorf("%s: read as a grid without its right border", name)
		}
	}
}
