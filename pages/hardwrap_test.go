package pages

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestJoinCutReferences joins a cross reference a hard wrap cut after
// its "See", in a row of any style, the name at the margin of the line
// above and perhaps numbered as a link, and leaves a name that is
// indented (a cell wrapped in its column) or that follows no "See".
func TestJoinCutReferences(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
		warns      int
	}{
		{"flattened row", "returnCodeReturnCodetrueThe outcome. See\nReturnCode\nuserIdstringtrueThe user.", []string{"returnCodeReturnCodetrueThe outcome. See ReturnCode", "userIdstringtrueThe user."}, 1},
		{"pipe row", "kind | Kind | true | The kind. See\nGenericModels.Kind[]\nid | string | true | The id.", []string{"kind | Kind | true | The kind. See GenericModels.Kind[]", "id | string | true | The id."}, 1},
		{"a cell wrapped in its column", "  kind   Kind   The kind. See\n                Kind", []string{"  kind   Kind   The kind. See", "                Kind"}, 0},
		{"a heading after a row", "kind | Kind | true | The kind.\nKind", []string{"kind | Kind | true | The kind.", "Kind"}, 0},
		{"more than a name", "The kind. See\nKind for the values.", []string{"The kind. See", "Kind for the values."}, 0},
		{"a cell a paragraph, at a formatter's margin, its link numbered", "   The entries read. See\n   [11]GenericModels.Entry", []string{"   The entries read. See [11]GenericModels.Entry"}, 1},
		{"a link's number before more than a name", "   The kind. See\n   [11]Kind for the values.", []string{"   The kind. See", "   [11]Kind for the values."}, 0},
		{"a name indented past the margin", "   The kind. See\n      Kind", []string{"   The kind. See", "      Kind"}, 0},
	} {
		text, warns := readText(c.page)
		if !reflect.DeepEqual(text.Lines, c.want) || len(warns) != c.warns {
			t.Errorf("%s: lines %q, warnings %q; want %q, %d warnings", c.name, text.Lines, warns, c.want, c.warns)
		}
	}
}

// fold cuts each line of a page longer than width at the column itself,
// as fold -w does, without the spaces a piece ends in.
func fold(page string, width int) string {
	var out []string
	for _, l := range strings.Split(page, "\n") {
		for len(l) > width {
			out = append(out, strings.TrimRight(l[:width], " "))
			l = l[width:]
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// foldedPage is a page of pipe rows whose cells, bounds and numbers a
// fold at 72 columns cuts in two.
const foldedPage = `Request Body
Name | Type | Mandatory | Description |
---|---|---|---|
fov | Double | N | Field of view in degrees, applied when the mode is follow, 60.0 ~ 110.0 (default: 90.0) |
sensitivity | Double | N | Look sensitivity of the camera in the settings, 0.1 ~ 5.0 (default: 1.0) |
label | String | N | Name of the preset shown in the settings menu, up to 16 characters |
presetSlotNumberOfThePlayer | Integer | Y | Slot the preset is saved in, from 1 to 12 inclusive |
Response Body
Name | Type | Description |
savedAt | Long | Time of the save |`

// TestUnfold joins the lines a fold cut at the column, without a space:
// a bound and a name cut in two are whole again.
func TestUnfold(t *testing.T) {
	folded := fold(foldedPage, 72)
	if !strings.Contains(folded, "110.\n0") && !strings.Contains(folded, "110\n.0") && !strings.Contains(folded, "11\n0.0") {
		t.Logf("the fold cuts no bound of the page:\n%s", folded)
	}
	text, warns := readText(folded)
	if got := strings.Join(text.Lines, "\n"); got != foldedPage {
		t.Errorf("read\n%s\nwant\n%s", got, foldedPage)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "cut at 72 columns") {
		t.Errorf("warnings %q, want one of the fold at 72 columns", warns)
	}
}

// TestWordWrapTellsItsWidth keeps the lines of a page a word wrap broke
// as they are, and tells its width and the lines it may have broken.
func TestWordWrapTellsItsWidth(t *testing.T) {
	wrapped := strings.Join(strings.Split(wrapWords(foldedPage, 72), "\n"), "\n")
	text, warns := readText(wrapped)
	if got := strings.Join(text.Lines, "\n"); got != wrapped || len(warns) > 0 {
		t.Errorf("read\n%s\nwith warnings %q; want the page as it is", got, warns)
	}
	if text.Wrap.Width != 72 && text.Wrap.Width != 71 && text.Wrap.Width != 70 {
		t.Errorf("width %d, want the wrap's", text.Wrap.Width)
	}
	src := Source{Lines: text.Lines, At: text.At, Wrap: text.Wrap}
	for i, l := range text.Lines {
		if i+1 < len(text.Lines) && strings.HasPrefix(l, "fov") && !src.WrapBroke(i) {
			t.Errorf("line %d %q: not a line the wrap broke", i+1, l)
		}
	}
}

// wrapWords wraps each line longer than width at its last space within
// the width, the space dropped.
func wrapWords(page string, width int) string {
	var out []string
	for _, l := range strings.Split(page, "\n") {
		for len(l) > width {
			k := strings.LastIndexByte(l[:width+1], ' ')
			if k <= 0 {
				break
			}
			out = append(out, l[:k])
			l = l[k+1:]
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// TestFoldNeedsEvidence leaves a page whose widest lines are one header
// row printed again, the next lines rows of their own, as it is: a fold
// cuts lines of many texts at its width.
func TestFoldNeedsEvidence(t *testing.T) {
	section := "Response Status Code\nStatus Code | Status Code Description | Status Code Detailed Description |\n---|---|---|\n200 | Normal Response | Normal |\n400 | Bad Request | Missing mandatory parameters |\n"
	page := "/friend/list\n" + section + "/friend/add\n" + section + "/friend/remove\n" + section
	text, warns := readText(page)
	if got := strings.Join(text.Lines, "\n"); got != page || len(warns) > 0 {
		t.Errorf("read\n%s\nwith warnings %q; want the page as it is", got, warns)
	}
}

// TestGridTellsNoFold keeps as they are the lines of grids that pandoc
// draws to the page's width (72 columns), indented in a directive or not:
// each ends with its wall, as no line a fold cut does.
func TestGridTellsNoFold(t *testing.T) {
	grid := "+--------------+------------+----------+-----------------------------+\n" +
		"| Code         | Type       | Required | Description                 |\n" +
		"+==============+============+==========+=============================+\n" +
		"| ``timezone`` | ``string`` |          | The IANA time zone of the   |\n" +
		"|              |            |          | answer. (1 - 64             |\n" +
		"|              |            |          | characters) (Default: UTC)  |\n" +
		"+--------------+------------+----------+-----------------------------+\n"
	indented := "   " + strings.ReplaceAll(strings.TrimSuffix(grid, "\n"), "\n", "\n   ")
	page := "Query Parameters\n~~~~~~~~~~~~~~~~\n\n" + grid + "\n.. container:: table-wrap\n\n" + indented + "\n"
	text, warns := readText(page)
	if got := strings.Join(text.Lines, "\n"); got != strings.TrimSuffix(page, "\n") && got != page || len(warns) > 0 {
		t.Errorf("read\n%s\nwith warnings %q; want the page as it is", got, warns)
	}
}

// TestOpenGridTellsNoFold keeps as they are the lines of the grids that
// Rust's html2text draws without an outer border to a page of 60
// columns (testdata/open-grid-60.txt): a rule and a row as wide as the
// page, a word broken at its column's edge, its cells padded with
// spaces; no fold's lines and no mail client's breaks.
func TestOpenGridTellsNoFold(t *testing.T) {
	data, err := os.ReadFile("testdata/open-grid-60.txt")
	if err != nil {
		t.Fatal(err)
	}
	page := string(data)
	text, warns := readText(page)
	if got := strings.Join(text.Lines, "\n"); got != page || len(warns) > 0 {
		t.Errorf("read\n%s\nwith warnings %q; want the page as it is", got, warns)
	}
}

// TestJoinCutRequestLines joins an example's request line whose path, a
// word wider than the page's wrap, a hard wrap put on a line of its own
// between its method and its version; a method alone over a path
// heading, on a page wrapped nowhere, stays.
func TestJoinCutRequestLines(t *testing.T) {
	wrapped := `Records the result of an arena match and updates both players' points
of the season, as the match server reports them to the game's server.
Method
GET
/service/v4/codex/entries?playerId=123456789123456&category=monster&page=2&size=20
HTTP/1.1
Host: kr-openapi-zinny3.game.kakao.com:10443
The page's lines are wrapped at seventy columns by the mail client that
sent them, so that every line that was longer is cut in two or three.`
	text, warns := readText(wrapped)
	want := "GET /service/v4/codex/entries?playerId=123456789123456&category=monster&page=2&size=20 HTTP/1.1"
	if !slices.Contains(text.Lines, want) || len(warns) != 2 {
		t.Errorf("read\n%s\nwith warnings %q; want the request line %q", strings.Join(text.Lines, "\n"), warns, want)
	}
	short := "/codex\nMethod\nGET\n/codex/entries\nRequest Headers"
	if text, warns := readText(short); strings.Join(text.Lines, "\n") != short || len(warns) > 0 {
		t.Errorf("read\n%s\nwith warnings %q; want the page as it is", strings.Join(text.Lines, "\n"), warns)
	}
}

// TestJoinCutNumbers joins a line that a cut at the column of a word
// wrap's width left inside a number to the next, without a space, with a
// warning; a number that ends a narrower line stays.
func TestJoinCutNumbers(t *testing.T) {
	page := `Name | Type | Mandatory | Description |
---|---|---|---|
sensitivity | Double | N | Look sensitivity of the camera, in the
settings menu, 0.1 ~ 5.0 (default: 1.0) |
label | String | N | Name of the preset shown in the settings menu, up
to 16 characters |
presetSlot | Integer | Y | Slot the preset is saved in, from 1 to 12
inclusive |
fov | Double | N | Field of view in degrees, in follow mode, 60 ~ 110.
0 (default: 90.0) |
zoom | Double | N | Zoom of the camera when the player aims, 1 ~ 4
10 steps |`
	text, warns := readText(page)
	want := "fov | Double | N | Field of view in degrees, in follow mode, 60 ~ 110.0 (default: 90.0) |"
	if !slices.Contains(text.Lines, want) || !slices.Contains(text.Lines, "10 steps |") {
		t.Errorf("read\n%s\nwant the line %q, and 10 steps on its own", strings.Join(text.Lines, "\n"), want)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "9: line 9 ends at the page's wrap of 70 columns inside a number") {
		t.Errorf("warnings %q, want one at line 9", warns)
	}
}

// TestJoinCutRules joins a rule of dashes (pandoc's, or of box-drawing
// horizontals, pandoc's ansi writer's) and a ruler of pipes that a hard
// wrap cut between two runs, in two lines or three, and
// leaves rules that stand apart: a Markdown horizontal rule under
// another, a rule as wide as the text it heads, a ruler with its
// header's cells.
func TestJoinCutRules(t *testing.T) {
	header := "  Code             Type                                                        Required   Description"
	dashes := "  ---------------- ----------------------------------------------------------- ---------- ------------------------------------------------------------------------------------"
	row := "  `errorCode`      `ErrorCode`                                                 true       The status of the operation."
	ruler := "| ------------------------ | ----------------- | -------- | -------------------------------------------------------------------------------------------------------- |"
	for _, c := range []struct {
		name  string
		page  []string
		want  []string
		warns []string
	}{
		{"a rule under a header, cut in three", []string{header, "  ----------------", "----------------------------------------------------------- ----------", "------------------------------------------------------------------------------------", row},
			[]string{header, dashes, row}, []string{"2: the rule at line 2 goes on at line 4, as a rule a hard wrap cut between two of its runs: read as one rule, each run over its column; if they are not, join the lines on the page"}},
		{"a table's top rule, its closing rule the same", []string{"", "  --------------------- -------------- --", "-----------------------------------------------", "  `genres`   `string[]`   Genre tags.", "  --------------------- -------------- -- -----------------------------------------------", ""},
			[]string{"", "  --------------------- -------------- -- -----------------------------------------------", "  `genres`   `string[]`   Genre tags.", "  --------------------- -------------- -- -----------------------------------------------", ""}, []string{"2: the rule at line 2 goes on at line 3, as a rule a hard wrap cut between two of its runs: read as one rule, each run over its column; if they are not, join the lines on the page"}},
		{"a ruler of pipes, its closing pipe alone", []string{"| Code | Type | Required | Description |", "| ------------------------ | ----------------- | -------- |", "--------------------------------------------------------------------------------------------------------", "|", "| returnCode | ReturnCode | true | The outcome. |"},
			[]string{"| Code | Type | Required | Description |", ruler, "| returnCode | ReturnCode | true | The outcome. |"}, []string{"2: the rule at line 2 goes on at line 4, as a rule a hard wrap cut between two of its runs: read as one rule, each run over its column; if they are not, join the lines on the page"}},
		{"a rule of box-drawing horizontals under a header, cut in three", []string{header, "  " + box(16), box(59) + " " + box(10), box(84), row},
			[]string{header, strings.ReplaceAll(dashes, "-", "─"), row}, []string{"2: the rule at line 2 goes on at line 4, as a rule a hard wrap cut between two of its runs: read as one rule, each run over its column; if they are not, join the lines on the page"}},
		{"two horizontal rules", []string{"Title", "---", "---"}, []string{"Title", "---", "---"}, nil},
		{"a rule as wide as its header", []string{"  Code   Type", "  ------ ------", "--------------------------------------------------------------------------", "  id     string"},
			[]string{"  Code   Type", "  ------ ------", "--------------------------------------------------------------------------", "  id     string"}, nil},
		{"a ruler with its header's cells", []string{"| Code | Type |", "| ------------------------------------------------------------ | ---- |", "| - | - |"},
			[]string{"| Code | Type |", "| ------------------------------------------------------------ | ---- |", "| - | - |"}, nil},
	} {
		text, warns := readText(strings.Join(c.page, "\n"))
		if !reflect.DeepEqual(text.Lines, c.want) || !reflect.DeepEqual(warns, c.warns) {
			t.Errorf("%s: lines\n%q\nwarnings %q; want\n%q\n%q", c.name, text.Lines, warns, c.want, c.warns)
		}
	}
}

// box is a run of n light box-drawing horizontals.
func box(n int) string { return strings.Repeat("─", n) }

// foldSpaces wraps each line longer than width as fold -s does: at its
// last space within the width, the space kept at the end of the broken
// line (or dropped, as an editor's wrap does), else at the width itself.
func foldSpaces(page string, width int, keep bool) string {
	var out []string
	for _, l := range strings.Split(page, "\n") {
		for len(l) > width {
			k := strings.LastIndexByte(l[:width], ' ')
			switch {
			case k <= 0:
				out, l = append(out, l[:width]), l[width:]
			case keep:
				out, l = append(out, l[:k+1]), l[k+1:]
			default:
				out, l = append(out, l[:k]), l[k+1:]
			}
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// kilnTable is a table pandoc's plain writer sets with dashed rules
// wider than twice the width a fold cuts it at (66 columns): its last
// run is cut at the width itself, inside the run.
const kilnTable = `Introduction of the section, a long line of text that the wrap breaks in two.

Response Status Code

  ------------- ------------------------- --------------------------------------------------------------------------------
  Status Code   Status Code Description   Status Code Detailed Description
  200           Normal Response           Normal
  400           Bad Request               Unparsable request data, missing mandatory parameters, or parameter type error
  ------------- ------------------------- --------------------------------------------------------------------------------

A closing paragraph of the page, as long as a line the wrap breaks in two at its width.`

// TestJoinCutRulesInRun joins a rule of dashes that a fold at the width
// cut between its runs and inside its last run, wider than the width,
// without a space where the run was cut, whether the wrap kept the space
// it broke a line at (fold -s, read as format=flowed) or dropped it (an
// editor's); a line of dashes under a run whose last piece ends short of
// the width stays.
func TestJoinCutRulesInRun(t *testing.T) {
	rule := strings.Split(kilnTable, "\n")[4]
	for _, keep := range []bool{true, false} {
		folded := foldSpaces(kilnTable, 66, keep)
		if !strings.Contains(folded, "\n--------------\n") {
			t.Fatalf("the fold cuts no rule inside a run:\n%s", folded)
		}
		text, warns := readText(folded)
		if n := strings.Count(strings.Join(text.Lines, "\n"), rule); n != 2 {
			t.Errorf("keep %v: read\n%s\nwith %d rules %q, want 2", keep, strings.Join(text.Lines, "\n"), n, rule)
		}
		if !slices.ContainsFunc(warns, func(w string) bool {
			return strings.Contains(w, "inside its last run, which is wider than the wrap's 66 columns")
		}) {
			t.Errorf("keep %v: warnings %q, want one of the rule cut inside its run", keep, warns)
		}
	}
	short := strings.ReplaceAll(foldSpaces(kilnTable, 66, false), "\n--------------\n", "\n"+strings.Repeat("-", 60)+"\n-------\n")
	if text, _ := readText(short); !slices.Contains(text.Lines, "-------") {
		t.Errorf("read\n%s\nwant the dash under a run whose last piece ends short of the width as it is", strings.Join(text.Lines, "\n"))
	}
}

// TestWrappedRowRest reads the lines a hard wrap put under a row that
// closes with no pipe as the rest of its last cell, with a warning at
// the line under it, and leaves a row, a blank line and a title alone.
func TestWrappedRowRest(t *testing.T) {
	for _, c := range []struct {
		name, page string
		rest       string
		last       int
		warn       string
	}{
		{"a default cut off", "|page |Integer |N |Page of the\nresults (Default: 1)\n|size |Integer |N |Size", "results (Default: 1)", 1, "p.txt:2: the row at line 1 goes on"},
		{"the next row", "|page |Integer |N |Page\n|size |Integer |N |Size", "", 0, ""},
		{"a title after the table", "|page |Integer |N |Page\nResponse Body", "", 0, ""},
		{"a blank line", "|page |Integer |N |Page\n\nresults", "", 0, ""},
	} {
		rep := &Reporter{}
		rest, last := WrappedRowRest(Source{Name: "p.txt", Lines: Lines([]byte(c.page)), Report: rep}, 0)
		warns, _ := rep.Sorted([]string{"p.txt"}, false)
		if rest != c.rest || last != c.last || (c.warn == "") != (len(warns) == 0) || (c.warn != "" && !strings.HasPrefix(warns[0].Error(), c.warn)) {
			t.Errorf("%s: got %q, %d, %v; want %q, %d, %q", c.name, rest, last, warns, c.rest, c.last, c.warn)
		}
	}
}

// TestJoinCutRows joins the rests a fold at 66 columns that trims its
// trailing spaces put at the margin to the lines of the dashed table it
// cut (the last column's text, and the header's last cell, which goes on
// at its column), with a warning at each; a rest that could be a row (the
// table starts at the margin too) or the text after a table's last line
// stays where it is.
func TestJoinCutRows(t *testing.T) {
	folded := foldSpaces(kilnTable, 66, false)
	if !strings.Contains(folded, "\nDescription\n") {
		t.Fatalf("the fold cuts no header:\n%s", folded)
	}
	text, warns := readText(folded)
	for _, l := range strings.Split(kilnTable, "\n")[4:8] {
		if !slices.Contains(text.Lines, l) {
			t.Errorf("read\n%s\nwant the line %q whole", strings.Join(text.Lines, "\n"), l)
		}
	}
	if n := len(slices.DeleteFunc(warns, func(w string) bool { return !strings.Contains(w, "of the table drawn with dashes goes on at line") })); n != 2 {
		t.Errorf("%d warnings of a cut row, want 2: %q", n, warns)
	}
	atMargin := strings.ReplaceAll(kilnTable, "\n  ", "\n")
	text, _ = readText(foldSpaces(atMargin, 66, false))
	if !slices.Contains(text.Lines, "missing mandatory parameters, or parameter type error") {
		t.Errorf("read\n%s\nwant the rest of a table at the margin as it is", strings.Join(text.Lines, "\n"))
	}
	simple := "Intro, a long line of text that the wrap breaks in two at its width of 66.\n\n" +
		"  Name       Type            Mandatory   Description\n" +
		"  ---------- --------------- ----------- -------------------\n" +
		"  playerId   String          Y           Player ID of the reader\n" +
		"Closing words of the page, at the margin under the table's last line.\n\n" +
		"More text of the page, a long line of text that the wrap breaks in two.\n"
	text, _ = readText(foldSpaces(simple, 66, false))
	if !slices.Contains(text.Lines, "Closing words of the page, at the margin under the table's last line.") && !slices.Contains(text.Lines, "Closing words of the page, at the margin under the table's last") {
		t.Errorf("read\n%s\nwant the text under the table's last line as it is", strings.Join(text.Lines, "\n"))
	}
}

// TestIndentCutTop gives its indent back to a multiline table's top rule
// that fold -s cut in its indent (the spaces trimmed, a blank line over
// the rule at the margin), with a warning, and drops the blank line.
func TestIndentCutTop(t *testing.T) {
	page := "Intro, a long line of text that the wrap breaks in two at its width.\n\n" +
		"  " + strings.Repeat("-", 68) + "\n" +
		"  Code       Type       Required   Description\n" +
		"  ---------- ---------- ---------- " + strings.Repeat("-", 35) + "\n" +
		"  itemId     string     true       The item.\n\n" +
		"  " + strings.Repeat("-", 68) + "\n\n" +
		"A closing paragraph of the page, a long line that the wrap breaks.\n"
	var lines []string
	for _, l := range strings.Split(foldSpaces(page, 66, false), "\n") {
		lines = append(lines, strings.TrimRight(l, " "))
	}
	text, warns := readText(strings.Join(lines, "\n"))
	top := "  " + strings.Repeat("-", 68)
	if !slices.Contains(text.Lines, top) || slices.Contains(text.Lines, "--") {
		t.Errorf("read\n%s\nwarnings %q\nwant the top rule whole at its indent", strings.Join(text.Lines, "\n"), warns)
	}
	if !slices.ContainsFunc(warns, func(w string) bool { return strings.Contains(w, "which a hard wrap cut in its indent") }) {
		t.Errorf("warnings %q, want one of the rule cut in its indent", warns)
	}
}

// TestCutRange tells a line that goes on with a range of numbers that a
// wrap cut at the end of the text before it from a list item or a title.
func TestCutRange(t *testing.T) {
	for _, c := range []struct {
		text, rest string
		want       bool
	}{
		{"Sponsor IDs whose logos the sail carries, 0", "~ 3 entries", true},
		{"Line paid out in meters, 10", "– 300 (default: 50)", true},
		{"The clans (0", "- 25 elements)", true},
		{"Player IDs of the judges, 0 ~", "3 entries", true},
		{"Shape of the kite", "- 3 retries", false},
		{"Shape of the kite, 0", "Example Request", false},
		{"Version 2", "~~~", false},
	} {
		if got := CutRange(c.text, c.rest); got != c.want {
			t.Errorf("CutRange(%q, %q) = %v, want %v", c.text, c.rest, got, c.want)
		}
	}
}

// TestStartsMidSentence tells the rest of a cell from a line that a
// table's text starts: a heading written with its tag's name begins in
// lower case, as the rest of a cell does, and is none.
func TestStartsMidSentence(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"(default: 10)", true},
		{"and the creatures kept in them", true},
		{"0 when it never does", true},
		{"h4: Pen", false},
		{"h3 Request Parameters", false},
		{"H3. Response Body", false},
		{"h2o is water", true},
		{"Pen", false},
		{"(2 rows)", false},
		{"~ 3 entries", true},
		{"– 300 (default: 50)", true},
		{"- 3 retries", false},
		{"~~~", false},
	} {
		if got := StartsMidSentence(c.line); got != c.want {
			t.Errorf("StartsMidSentence(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestWrapRest tells, for every style alike, a line right under a row
// that is the rest of the row's cell a hard wrap or a line break cut
// from one that stays text. The readers once told it each their own way;
// the cases where they differed are marked.
func TestWrapRest(t *testing.T) {
	for _, c := range []struct {
		cell, line string
		want       Rest
	}{
		{"Sponsor IDs whose logos the sail carries, 0", "~ 3 entries", RestOfRange},
		{"Player IDs of the judges, 0 ~", "3 entries", RestOfRange},
		// A range's rest that begins with a hyphen (aligned read it as
		// text: it begins as no rest of a sentence does).
		{"The clans (0", "- 25 elements)", RestOfRange},
		// A range's second bound alone is its rest, though a number
		// alone is none.
		{"Seats on the boat, 1 ~", "40", RestOfRange},
		{"Caption painted on the sail", "At most 24 characters", RestDefault},
		// A stated default under a cell that ends a sentence: a line
		// break's second paragraph (aligned read it as text).
		{"The name shown.", "Defaults to the player's name.", RestDefault},
		{"The clans. (0 - 25", "elements) See ClanCard", RestClosing},
		// The close of an open parenthesis after "e.g." (cellperline
		// read it as text: the cell ends with a full stop).
		{"Any tag (e.g.", "red or blue)", RestClosing},
		{"Also list the quests done today.", "(Default: true)", RestParenthesis},
		{"Tell the players", "(default: true)", RestParenthesis},
		{"The players", "(2 rows)", NoRest},
		{"The day, as yyyy-MM-dd in the", "game's time zone.", RestOfSentence},
		{"When the board was last computed, in milliseconds", "since the epoch. (from 0)", RestOfSentence},
		{"The leader and officers,", "leader first. See ClanOfficer", RestOfSentence},
		{"Seconds the kite waits before", "0 disables the wait", RestOfSentence},
		// A cell that ends with a parenthesis ends no sentence (pipes
		// read the line as text but before a blank line: it took only a
		// clause's or a word's end).
		{"The tower's id (a UUID)", "or its name", RestOfSentence},
		// Under a cell that ends a sentence, a line in lower case begins
		// text of its own, a blank line after it or not (pipes and
		// aligned read it as the cell's rest before a blank line, aligned
		// before a title too).
		{"The day.", "use it with care.", NoRest},
		// A cell of one word is whole, as an empty one: a wrap cuts a cell
		// at a space in it (cellperline read the line as the cell's rest,
		// pipes and aligned before a blank line).
		{"true", "curl -X GET /days", NoRest},
		{"", "and more", NoRest},
		// A number alone is a code block's or a page's line number, and
		// an HTTP status a title, whatever the cell (pipes and aligned
		// read them as the cell's rest before a blank line, aligned
		// before a title too).
		{"The number of kites on the", "12", NoRest},
		{"The response of the", "200 Ok", NoRest},
		{"The day", "Example Request", NoRest},
		{"The day", "See the guide.", NoRest},
		{"The day", "h4: Pen", NoRest},
		{"The day", "1. Call it first.", NoRest},
		{"The day", "- 3 retries at most", NoRest},
	} {
		if got := WrapRest(nil, c.cell, c.line); got != c.want {
			t.Errorf("WrapRest(%q, %q) = %v, want %v", c.cell, c.line, got, c.want)
		}
	}
}

// titleWords is a lexicon whose section titles are written in lower
// case, as a page's own words ("errors", "data structure").
type titleWords struct{}

func (titleWords) PrefixesOf(string) []string { return nil }
func (titleWords) Primitives() *Spellings     { return NewSpellings(PrimitiveSpellings) }
func (titleWords) EndsTable(l string) bool    { return l == "errors" || l == "data structure" }

// TestWrapRestTitle checks that a title right under a row is no rest of
// its last cell, whatever the cell: a section title the page's lexicon
// knows, in lower case as a sentence's rest begins, a Markdown heading
// of it, while the same line with no lexicon to tell it reads as the
// rest of a cell of words that ends no sentence.
func TestWrapRestTitle(t *testing.T) {
	for _, c := range []struct {
		cell, line string
		words      Lexicon
		want       Rest
	}{
		{"The falcon's weight, in", "errors", titleWords{}, NoRest},
		{"The falcon's weight, in", "### data structure", titleWords{}, NoRest},
		{"The falcon's weight, in", "grams of the scale", titleWords{}, RestOfSentence},
		{"The falcon's weight, in", "errors", nil, RestOfSentence},
	} {
		if got := WrapRest(c.words, c.cell, c.line); got != c.want {
			t.Errorf("WrapRest(%v, %q, %q) = %v, want %v", c.words, c.cell, c.line, got, c.want)
		}
	}
}
