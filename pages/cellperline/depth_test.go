package cellperline

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestDepthRows reads the string value of a pretty-printed XML table
// (xmllint's string() of pandoc's JATS): each cell a line as deep as its
// row's other cells, an empty cell a line of only spaces as deep, the
// tags between rows lines of only spaces less deep, descriptions wrapped.
func TestDepthRows(t *testing.T) {
	const (
		row  = "      "
		cell = "        "
	)
	for _, c := range []struct {
		name  string
		lines []string
		want  []string
		msgs  []string
	}{
		{"an empty Required cell a line of spaces among wrapped lines, a line break's stray line, a trailing empty cell",
			[]string{"    Request Body", "    ", row, cell + "Code", cell + "Type", cell + "Required", cell + "Description", row, row,
				cell + "lanternOil", cell + "number", cell, cell + "Flasks of oil taken; more", cell + "oil, deeper reach. (from 0.5 to", cell + "4.5)", row, row,
				cell + "surveyMode", cell + "SurveyMode", cell + "true", cell + "How the party maps each", cell + "chamber.", cell + "Exhaustive surveys need a full party.", cell + "See", cell + "SurveyMode", row, row,
				cell + "gameId", cell + "string", cell + "Optional if the secret key", cell + "names no game.", cell, row, "    ", "    Response Body"},
			[]string{"1: Request Body", "4: | Code | Type | Required | Description |", "10: | lanternOil | number |  | Flasks of oil taken; more oil, deeper reach. (from 0.5 to 4.5) |", "18: | surveyMode | SurveyMode | true | How the party maps each chamber. Exhaustive surveys need a full party. See SurveyMode |", "28: | gameId | string | Optional if the secret key names no game. |  |", "35: Response Body"},
			[]string{
				"p.txt:10: lines 10-15 hold 6 lines for a row of 4 columns, as deep as one another, each line of only spaces among them and right after them an empty cell, as an XML pretty-printer writes a table: the one reading that fits every cell to its column, a cell's lines joined, is lanternOil | number |  | Flasks of oil taken; more oil, d...: read so",
				"p.txt:18: lines 18-25 hold 8 lines for a row of 4 columns, as deep as one another, each line of only spaces among them and right after them an empty cell, as an XML pretty-printer writes a table: the one reading that fits every cell to its column, a cell's lines joined, is surveyMode | SurveyMode | true | How the party maps each ...: read so",
				"p.txt:28: lines 28-31 hold 5 lines for a row of 4 columns, as deep as one another, each line of only spaces among them and right after them an empty cell, as an XML pretty-printer writes a table: the one reading that fits every cell to its column, a cell's lines joined, is gameId | string | Optional if the secret key names no gam...: read so",
			}},
		{"a row that ends with an empty cell after one that ends with a filled one: the row after it is set apart as the others",
			[]string{"    ", row, cell + "Name", cell + "Value", cell + "Description", row, row,
				cell + "Careful", cell + "1", cell + "Map every chamber.", row, row,
				cell + "Hasty", cell + "2", cell, row, row,
				cell + "Bold", cell + "3", cell + "Skip the side passages.", row, "    ", "  ", "    Previous", "    pagegetBoard", "  "},
			[]string{"3: | Name | Value | Description |", "8: | Careful | 1 | Map every chamber. |", "13: | Hasty | 2 |  |", "18: | Bold | 3 | Skip the side passages. |", "24: Previous", "25: pagegetBoard"},
			nil},
		{"a first row that ends with an empty cell sets the row gap as the others' rows do: a row after a gap wider is warned of",
			[]string{"    ", row, cell + "Name", cell + "Value", cell + "Description", row, row,
				cell + "Hasty", cell + "2", cell, row, row,
				cell + "Careful", cell + "1", cell + "Map every chamber.", row, row, row,
				cell + "Bold", cell + "3", cell + "Skip the side passages.", row, "    ", "  ", "    Previous", "    pagegetBoard", "  "},
			[]string{"3: | Name | Value | Description |", "8: | Hasty | 2 |  |", "13: | Careful | 1 | Map every chamber. |", "19: | Bold | 3 | Skip the side passages. |", "25: Previous", "26: pagegetBoard"},
			[]string{"p.txt:19: lines 19-21, after a gap wider than those between the rows of the table at line 3, hold the 3 cells of a row of it, each fitting its column (Bold | 3 | Skip the side passages.): read as its row"}},
		{"a row whose lines more than one reading fits (no column tells) is refused; the chrome after the table, less deep than its header, is no row of it",
			[]string{"    ", row, cell + "Name", cell + "Description", cell + "Example", row, row,
				cell + "rock", cell + "The rock.", cell + "Granite.", row, row,
				cell + "depth", cell + "First line.", cell + "Second line.", cell + "Third line.", row, "    ", "  ", "    Previous", "    pagegetBoard", "  ", "    Next", "    pagesetCamp", "  "},
			[]string{"3: | Name | Description | Example |", "8: | rock | The rock. | Granite. |", "13: depth", "14: First line.", "15: Second line.", "16: Third line.", "20: Previous", "21: pagegetBoard", "23: Next", "24: pagesetCamp"},
			[]string{"p.txt:13: lines 13-16 hold 4 lines for a row of the table's 3 columns (depth | First line. | Second line. | Third line.), and nothing tells which of them go on a cell before them: write each cell on one line"}},
		{"the site's chrome after a table, less deep than its header, is no row of it",
			[]string{"    ", row, cell + "Name", cell + "Value", cell + "Description", row, row,
				cell + "Careful", cell + "1", cell + "Map every chamber.", row, row,
				cell + "Hasty", cell + "2", cell, row, "    ", "  ", "    Previous", "    pagegetBoard", "  ", "    Next", "    pagesetCamp", "  "},
			[]string{"3: | Name | Value | Description |", "8: | Careful | 1 | Map every chamber. |", "13: | Hasty | 2 |  |", "19: Previous", "20: pagegetBoard", "22: Next", "23: pagesetCamp"},
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			rep := &pages.Reporter{}
			src := pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(strings.Join(c.lines, "\n") + "\n")), Report: rep}
			if got := Render(pages.Read(Style{}, src)); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
			warns, errs := rep.Sorted([]string{"p.txt"}, false)
			var msgs []string
			for _, m := range append(warns, errs...) {
				msgs = append(msgs, m.Error())
			}
			if !reflect.DeepEqual(msgs, c.msgs) {
				t.Errorf("messages\n%s\nwant\n%s", strings.Join(msgs, "\n"), strings.Join(c.msgs, "\n"))
			}
		})
	}
}

// TestJoinRestsRequiredness keeps a requiredness word alone on a line a
// cell of its own, no rest of the type before it.
func TestJoinRestsRequiredness(t *testing.T) {
	head := []string{"Code", "Type", "Required", "Description"}
	got, ok := joinRests([]string{"returnCode", "ReturnCode", "true", "The outcome of", "the request."}, head)
	want := []string{"returnCode", "ReturnCode", "true", "The outcome of the request."}
	if !ok || !reflect.DeepEqual(got, want) {
		t.Errorf("joinRests = %q, %v, want %q", got, ok, want)
	}
}

// TestDepthUntold reads no row by its depth where the blank lines are
// empty, keeping no indentation: a page indented as a whole.
func TestDepthUntold(t *testing.T) {
	es := entriesOf(cleanLines([]string{"    Name", "    Type", "", "", "    id", "    string", "", "    The id."}))
	raw := []string{"    Name", "    Type", "", "", "    id", "    string", "", "    The id."}
	withDepths(es, raw)
	if opensRow(es[2]) {
		t.Errorf("opensRow(%q) after empty lines, want false", es[2].text)
	}
	if _, ok := depthRowEnd(es, 2, 2); ok {
		t.Error("depthRowEnd read a row by empty lines")
	}
}

// TestDepthStrayLines reads on past lines of text less deep than a
// table's rows between two of them, as an editor or a converter puts a
// sentence or a callout there, where the lines after them are a row as
// deep as the rows before: the lines a note read as text after the
// table, with a warning at their line. Lines less deep after which no
// row follows (the site's chrome, a title) end the table (TestDepthRows).
func TestDepthStrayLines(t *testing.T) {
	const (
		row  = "      "
		cell = "        "
	)
	head := []string{"    ", row, cell + "Name", cell + "Code", cell + "Description", row, row}
	deeper := []string{cell + "  ", cell + "  ", cell + "  Hasty", cell + "  2", cell + "  Skip the survey.", cell + "  ", cell}
	rows := func(stray ...string) []string {
		lines := append(slices.Clone(head), cell+"Careful", cell+"1", cell+"Map every chamber.", row, row)
		lines = append(append(lines, stray...), cell+"Hasty", cell+"2", cell+"Skip the survey.", row, row,
			cell+"Bold", cell+"3", cell+"Skip the side passages.", row, "    ", "  ", "    Previous", "    pagegetBoard", "  ")
		return lines
	}
	for _, c := range []struct {
		name  string
		lines []string
		want  []string
		msgs  []string
	}{
		{"a sentence alone, flush left, between two rows",
			rows("Values are checked by the server before the call runs."),
			[]string{"3: | Name | Code | Description |", "8: | Careful | 1 | Map every chamber. |", "14: | Hasty | 2 | Skip the survey. |", "19: | Bold | 3 | Skip the side passages. |", "13: Values are checked by the server before the call runs.", "25: Previous", "26: pagegetBoard"},
			[]string{"p.txt:13: line 13 of the table at line 3 holds text less deep than its rows, on lines of its own between two of them, as an XML pretty-printer writes no line of a table, the rows after it as deep as those before (\"Values are checked by the server before the call runs.\"): a note over its rows, no field; read as text after the table"}},
		{"a callout's label and sentence, less deep than the rows, between two rows",
			rows("    WARNING", "    Operators may skip the cooldown."),
			[]string{"3: | Name | Code | Description |", "8: | Careful | 1 | Map every chamber. |", "15: | Hasty | 2 | Skip the survey. |", "20: | Bold | 3 | Skip the side passages. |", "13: WARNING Operators may skip the cooldown.", "26: Previous", "27: pagegetBoard"},
			[]string{"p.txt:13: line 13 of the table at line 3 holds text less deep than its rows, on lines of its own between two of them, as an XML pretty-printer writes no line of a table, the rows after it as deep as those before (\"WARNING Operators may skip the cooldown.\"): a note over its rows, no field; read as text after the table"}},
		{"a passage of two paragraphs, flush left, an empty line between them, before the last row",
			append(append(slices.Clone(head), cell+"Careful", cell+"1", cell+"Map every chamber.", row, row,
				"Values are checked by the server before the call runs.", "", "Operators may skip the cooldown.",
				cell+"Hasty", cell+"2", cell+"Skip the survey."), row, "    ", "  ", "    Previous", "    pagegetBoard", "  "),
			[]string{"3: | Name | Code | Description |", "8: | Careful | 1 | Map every chamber. |", "16: | Hasty | 2 | Skip the survey. |", "13: Values are checked by the server before the call runs. Operators may skip the cooldown.", "22: Previous", "23: pagegetBoard"},
			[]string{"p.txt:13: line 13 of the table at line 3 holds text less deep than its rows, on lines of its own between two of them, as an XML pretty-printer writes no line of a table, the rows after it as deep as those before (\"Values are checked by the server before the call runs. Op...\"): a note over its rows, no field; read as text after the table"}},
		{"a passage, then the last row deeper than the rows before it: the table ends, the row refused at its line",
			append(append(slices.Clone(head), cell+"Careful", cell+"1", cell+"Map every chamber.", row, row, "Nested below:"), cell+"  Hasty", cell+"  2", cell+"  Skip the survey.", cell, row, "    ", "  ", "    Previous", "    pagegetBoard", "  "),
			[]string{"3: | Name | Code | Description |", "8: | Careful | 1 | Map every chamber. |", "13: Nested below:", "14: Hasty", "15: 2", "16: Skip the survey.", "21: Previous", "22: pagegetBoard"},
			[]string{"p.txt:14: lines 14-16 hold a row of the table at line 3 (Hasty | 2 | Skip the survey.), but a line that is no row of it (a note across its columns, a title) or a gap wider than those between its rows ends the table before them, and no header row stands over them: they read as text, and what they document would be left out of the schema; if they are a row of that table, take out what stands between its rows, or give them a header row"}},
		{"lines less deep, then lines deeper than the rows before them: the table ends, the lines that read as its row refused at their line",
			append(append(slices.Clone(head), cell+"Careful", cell+"1", cell+"Map every chamber.", row, row, "Nested below:"), deeper...),
			[]string{"3: | Name | Code | Description |", "8: | Careful | 1 | Map every chamber. |", "13: Nested below:", "16: Hasty", "17: 2", "18: Skip the survey."},
			[]string{"p.txt:16: lines 16-18 hold a row of the table at line 3 (Hasty | 2 | Skip the survey.), but a line that is no row of it (a note across its columns, a title) or a gap wider than those between its rows ends the table before them, and no header row stands over them: they read as text, and what they document would be left out of the schema; if they are a row of that table, take out what stands between its rows, or give them a header row"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			rep := &pages.Reporter{}
			src := pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(strings.Join(c.lines, "\n") + "\n")), Report: rep}
			if got := Render(pages.Read(Style{}, src)); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
			warns, errs := rep.Sorted([]string{"p.txt"}, false)
			var msgs []string
			for _, m := range append(warns, errs...) {
				msgs = append(msgs, m.Error())
			}
			if !reflect.DeepEqual(msgs, c.msgs) {
				t.Errorf("messages\n%s\nwant\n%s", strings.Join(msgs, "\n"), strings.Join(c.msgs, "\n"))
			}
		})
	}
}
