package aligned

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// splitRowsOf reads a page with a lexicon that knows its titles, and
// returns its tables' rows (each its line first), its text lines, and
// what it warned of and refused.
func splitRowsOf(page string, titles ...string) (rows [][]string, texts, warns, errs []string) {
	rep := &pages.Reporter{}
	words := titledLexicon{spacedLexicon: spacedLexicon{"BodyData", "ErrorCode"}, titles: titles}
	for _, b := range alignedItems(pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(page)), Report: rep, Words: words}) {
		if b.Table == nil {
			texts = append(texts, b.Text)
			continue
		}
		for _, r := range b.Table.Rows {
			rows = append(rows, append([]string{strconv.Itoa(r.Line)}, r.Cells...))
		}
	}
	ws, es := rep.Sorted([]string{"p.txt"}, false)
	for _, w := range ws {
		warns = append(warns, w.Error())
	}
	for _, e := range es {
		errs = append(errs, e.Error())
	}
	return rows, texts, warns, errs
}

// splitBody is a body table as pdftotext -layout turns a print of it
// back into text (au02): its one-line cells on each row's middle line,
// the Type and Required header cells run together, and the row of
// "pickers" set on two lines, its name and requiredness on the first,
// its type (one character over the start of Required) and description
// on the second; then the titles of what follows, right under it.
const splitBody = "Request Body\n" +
	"\n" +
	"   Code         TypeRequired                               Description\n" +
	"                             The unique identifier of the player who owns the plot.\n" +
	"userId       string true\n" +
	"                             (10 characters)\n" +
	"plotId       string true     The vineyard plot to harvest. (6 - 16 characters)\n" +
	"pickers             true\n" +
	"             string[]        Character IDs of the pickers sent into the rows. (1 - 6 items)\n" +
	"                             Lowest ripeness a bunch must have to be cut. (from 0.6 to 1.0)\n" +
	"ripeness number\n" +
	"                             (Default: 0.85)\n" +
	"keepSeeds boolean            Keep the seeds of rare varietals for planting. (Default: true)\n" +
	"Response Body\n" +
	"200 Ok\n" +
	"\n" +
	"Some text.\n"

// TestMiddleLineSplitRow reads a row of a table set on its middle line
// whose one-line cells stand on two lines, some on each, where it is the
// one way to cut the table's lines into rows, with a warning at the row;
// the titles right under the table end it.
func TestMiddleLineSplitRow(t *testing.T) {
	rows, texts, warns, errs := splitRowsOf(splitBody, "Request Body", "Response Body", "200 Ok")
	want := [][]string{
		{"4", "userId", "string", "true", "The unique identifier of the player who owns the plot. (10 characters)"},
		{"7", "plotId", "string", "true", "The vineyard plot to harvest. (6 - 16 characters)"},
		{"8", "pickers", "string[]", "true", "Character IDs of the pickers sent into the rows. (1 - 6 items)"},
		{"10", "ripeness", "number", "", "Lowest ripeness a bunch must have to be cut. (from 0.6 to 1.0) (Default: 0.85)"},
		{"13", "keepSeeds", "boolean", "", "Keep the seeds of rare varietals for planting. (Default: true)"},
	}
	if !reflect.DeepEqual(rows, want) || len(errs) > 0 {
		t.Errorf("rows\n got %q\nwant %q\nerrors %q", rows, want, errs)
	}
	if !slices.Contains(texts, "Response Body") || !slices.Contains(texts, "200 Ok") {
		t.Errorf("texts %q, want the titles after the table among them", texts)
	}
	for _, w := range []string{
		"p.txt:8: line 8: the row at line 8 of the table at line 3 sets its cells on two lines, some on line 8 and the rest on line 9",
		"p.txt:9: line 9: \"string[]\" runs over the start of the column Required: read as the cell of Type",
	} {
		if !slices.ContainsFunc(warns, func(g string) bool { return strings.HasPrefix(g, w) }) {
			t.Errorf("warnings %q, want one that starts %q", warns, w)
		}
	}
}

// TestMiddleLineSplitRowRefused refuses, at the row's line, a row set on
// two lines where the lines under it could be its second line or the
// first of the next row's: two ways to cut the table's lines into rows.
func TestMiddleLineSplitRowRefused(t *testing.T) {
	page := strings.Replace(splitBody, "(Default: true)\n", "(Default: true)\n"+
		"cellarTag           true\n"+
		"             string          Label written on every crate.\n"+
		"tag                 true\n", 1)
	_, _, _, errs := splitRowsOf(page, "Request Body", "Response Body", "200 Ok")
	want := "p.txt:14: line 14: the table at line 3 sets its cells in the middle or at the bottom of their rows, and line 14 may end a row or go on with the next"
	if !slices.ContainsFunc(errs, func(e string) bool { return strings.HasPrefix(e, want) }) {
		t.Errorf("errors %q, want one that starts %q", errs, want)
	}
}

// TestTitleAfterTable ends a table at a title right under its last row:
// one the lexicon reads as a section's title that no cell of the first
// column is ("Example Request", though a code block's label follows it),
// and a type's name that heads the next table, after a blank line, under
// a row whose name the line above holds or not.
func TestTitleAfterTable(t *testing.T) {
	page := "     Name      Code      Description\n" +
		"Ok             1         Done.\n" +
		"CellarFull     524       No room.\n" +
		"ErrorCode\n" +
		"\n" +
		"     Name      Code      Description\n" +
		"Ok             1         Done.\n" +
		"Example Request\n" +
		"http\n"
	rows, texts, _, errs := splitRowsOf(page, "Example Request")
	want := [][]string{
		{"2", "Ok", "1", "Done."},
		{"3", "CellarFull", "524", "No room."},
		{"7", "Ok", "1", "Done."},
	}
	if !reflect.DeepEqual(rows, want) || len(errs) > 0 {
		t.Errorf("rows\n got %q\nwant %q\nerrors %q", rows, want, errs)
	}
	if !slices.Contains(texts, "ErrorCode") || !slices.Contains(texts, "Example Request") {
		t.Errorf("texts %q, want the titles after the tables among them", texts)
	}
}

// cleanBody is a body table as pdftotext -layout turns a print of it back
// into text, each row's one-line cells on its middle line, and every row
// that splitBody splits on one line.
const cleanBody = "Request Body\n" +
	"\n" +
	"Code         Type     Required   Description\n" +
	"                                 The unique identifier of the player who owns the plot.\n" +
	"userId       string   true\n" +
	"                                 (10 characters)\n" +
	"plotId       string   true       The vineyard plot to harvest. (6 - 16 characters)\n" +
	"pickers      array    true       Character IDs of the pickers sent into the rows.\n" +
	"                                 Lowest ripeness a bunch must have to be cut.\n" +
	"ripeness     number\n" +
	"                                 (Default: 0.85)\n" +
	"keepSeeds    boolean             Keep the seeds of rare varietals for planting.\n" +
	"Response Body\n"

// flatBody is a body table whose every row stands on one line: a page
// that tells little of where its cells sit in their rows.
const flatBody = "Request Body\n" +
	"\n" +
	"Code         Type     Required   Description\n" +
	"userId       string   true       The unique identifier of the player who owns the plot.\n" +
	"plotId       string   true       The vineyard plot to harvest. (6 - 16 characters)\n" +
	"pickers      array    true       Character IDs of the pickers sent into the rows.\n" +
	"keepSeeds    boolean             Keep the seeds of rare varietals for planting.\n" +
	"Response Body\n"

// splitEach returns the pages that set line j (counted from 1) of page,
// a row's one line, on two lines instead, some of its cells on the first
// and the rest on the second, each cell where it stands: every way.
func splitEach(page string, j int) []string {
	lines := strings.Split(page, "\n")
	parts := chunksOf(lines[j-1], 2)
	var out []string
	for set := 1; set+1 < 1<<len(parts); set++ {
		var two [2][]byte
		for i, c := range parts {
			b := &two[1]
			if set&(1<<i) != 0 {
				b = &two[0]
			}
			*b = append(append(*b, strings.Repeat(" ", c.start-len(*b))...), c.text...)
		}
		split := append(slices.Clone(lines[:j-1]), string(two[0]), string(two[1]))
		out = append(out, strings.Join(append(split, lines[j:]...), "\n"))
	}
	return out
}

// fewBody is a body table of two rows, one of them set on its middle
// line between the lines of its description: a page that tells where its
// cells sit by one row alone.
const fewBody = "Request Body\n" +
	"\n" +
	"Code         Type     Required   Description\n" +
	"                                 The unique identifier of the player who owns the plot.\n" +
	"userId       string   true\n" +
	"                                 (10 characters)\n" +
	"plotId       string   true       The vineyard plot to harvest. (6 - 16 characters)\n" +
	"Response Body\n"

// TestSplitRowMutations splits each one-line row of a clean table on two
// lines in every way, on a page that sets its cells on their rows'
// middle line, which many rows tell or one: each is read as the clean
// table with a warning at the row, or refused, never read another way.
func TestSplitRowMutations(t *testing.T) {
	for _, page := range []string{cleanBody, fewBody} {
		clean, _, _, errs := splitRowsOf(page, "Request Body", "Response Body")
		if len(errs) > 0 || len(clean) == 0 {
			t.Fatalf("clean page: rows %q, errors %q", clean, errs)
		}
		for _, row := range clean {
			j, _ := strconv.Atoi(row[0])
			parts := chunksOf(strings.Split(page, "\n")[j-1], 2)
			if len(parts) != len(slices.DeleteFunc(slices.Clone(row[1:]), func(c string) bool { return c == "" })) {
				continue // a row of more than one line
			}
			for _, split := range splitEach(page, j) {
				rows, _, warns, errs := splitRowsOf(split, "Request Body", "Response Body")
				want := make([][]string, len(clean))
				for i, r := range clean {
					want[i] = slices.Clone(r)
					if n, _ := strconv.Atoi(r[0]); n > j {
						want[i][0] = strconv.Itoa(n + 1)
					}
				}
				at := func(s string) bool {
					return strings.HasPrefix(s, "p.txt:"+strconv.Itoa(j)+": ") || strings.HasPrefix(s, "p.txt:"+strconv.Itoa(j+1)+": ")
				}
				if len(errs) == 0 && (!reflect.DeepEqual(rows, want) || !slices.ContainsFunc(warns, at)) {
					t.Errorf("page\n%s\nrows %q\nwarnings %q\nerrors %q\nwant the clean rows with a warning at line %d, or an error", split, rows, warns, errs, j)
				}
			}
		}
	}
}

// TestSplitRowColumns refuses, at the row's line, a row split on two
// lines whose parts fit the columns where the header and the other rows
// start them in two ways (its description starts a column right of a
// requiredness and a column left of a description of the rows above)
// or in none (two columns right of where any description starts); one
// whose parts fit one way only is read (TestMiddleLineSplitRow).
func TestSplitRowColumns(t *testing.T) {
	for _, c := range []struct {
		at  int
		how string
	}{
		{32, "in two ways or more"},
		{36, "in no way"},
	} {
		page := "Request Body\n" +
			"\n" +
			"Code         Type     Required   Description\n" +
			"                                 The unique identifier of the player who owns the plot.\n" +
			"userId       string   true\n" +
			"                                 (10 characters)\n" +
			"plotId       string            Y  The vineyard plot to harvest. (6 - 16 characters)\n" +
			"pickers      array\n" +
			strings.Repeat(" ", c.at) + "Character IDs of the pickers sent into the rows.\n" +
			"keepSeeds    boolean             Keep the seeds of rare varietals for planting.\n" +
			"Response Body\n"
		_, _, _, errs := splitRowsOf(page, "Request Body", "Response Body")
		want := "p.txt:8: line 8: the row at line 8 of the table at line 3 sets its cells on two lines, some on line 8 and the rest on line 9, and its parts fit the columns where the header and the other rows start them " + c.how
		if !slices.ContainsFunc(errs, func(e string) bool { return strings.HasPrefix(e, want) }) {
			t.Errorf("page\n%s\nerrors %q, want one that starts %q", page, errs, want)
		}
	}
}
