package aligned

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/markdown"
)

// readLines reads a page in style st with LineTables, as the parser
// reads every page, into its tables (header, then rows), texts, warnings
// and errors.
func readLines(st pages.Style, page string) ([][][]string, []string, []string, []string) {
	rep := &pages.Reporter{}
	src := pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(page)), Report: rep, Words: spacedLexicon{"AlignmentMode", "ResponseData", "GenericModels.StarMark"}, LineTables: LineTables}
	return gather(pages.Read(st, src), rep)
}

// TestLineTables reads whole tables printed on one line, as
// string-strip-html prints a page's <table>: header and rows one space
// apart, a row where a name and a cell its columns accept follow the
// end of a cell, in the style of columns aligned with spaces and in
// Markdown, where such a line is a paragraph; a cell that held a newline
// breaks the line, and the next goes on with its rest and more rows.
func TestLineTables(t *testing.T) {
	const body = "Code Type Required Description astrolabeId string true The astrolabe to calibrate. (12 characters) alignment AlignmentMode true The reference the rings are set against. See AlignmentMode starMarks GenericModels.StarMark[] true The stars sighted. (3 - 9 items) tolerance number The largest drift. (Default: 0.05) parameters ResponseData Just had data when the returnCode is Ok. See ResponseData\n"
	wantBody := [][]string{
		{"Code", "Type", "Required", "Description"},
		{"astrolabeId", "string", "true", "The astrolabe to calibrate. (12 characters)"},
		{"alignment", "AlignmentMode", "true", "The reference the rings are set against. See AlignmentMode"},
		{"starMarks", "GenericModels.StarMark[]", "true", "The stars sighted. (3 - 9 items)"},
		{"tolerance", "number", "", "The largest drift. (Default: 0.05)"},
		{"parameters", "ResponseData", "", "Just had data when the returnCode is Ok. See ResponseData"},
	}
	for _, st := range []pages.Style{Style{}, markdown.Style{}} {
		tables, _, warns, errs := readLines(st, "Request Body\n"+body)
		if len(errs) > 0 || len(tables) != 1 || !reflect.DeepEqual(tables[0], wantBody) {
			t.Errorf("%s: tables %q, errors %q", st, tables, errs)
		}
		if len(warns) != 1 || !strings.Contains(warns[0], "p.txt:2: line 2 holds a whole table on one line") {
			t.Errorf("%s: warnings %q", st, warns)
		}
	}

	const headers = "Name Required Description Auth-Token true A token used to authenticate the user, via the GearN Dashboard. Game-Id Optional if the gameId is set. Content-Type true application/json\n"
	tables, _, _, errs := readLines(Style{}, headers)
	want := [][]string{
		{"Name", "Required", "Description"},
		{"Auth-Token", "true", "A token used to authenticate the user, via the GearN Dashboard."},
		{"Game-Id", "Optional if the gameId is set.", ""},
		{"Content-Type", "true", "application/json"},
	}
	if len(errs) > 0 || len(tables) != 1 || !reflect.DeepEqual(tables[0], want) {
		t.Errorf("headers: tables %q, errors %q", tables, errs)
	}

	const codes = "ReturnCode\n" +
		"Name Code Description SecretInvalid -10 The selected secret key is missing. InvalidRequestParameters -5 The request is invalid.\n" +
		"When available, inspect invalidMembers. OperationInvalid -4 The operation is unknown. OperationNotAllow -2 The rules attached\n" +
		"to the key do not allow it. Ok 1 The request completed.\n" +
		"After the table.\n"
	tables, texts, warns, errs := readLines(Style{}, codes)
	want = [][]string{
		{"Name", "Code", "Description"},
		{"SecretInvalid", "-10", "The selected secret key is missing."},
		{"InvalidRequestParameters", "-5", "The request is invalid. When available, inspect invalidMembers."},
		{"OperationInvalid", "-4", "The operation is unknown."},
		{"OperationNotAllow", "-2", "The rules attached to the key do not allow it."},
		{"Ok", "1", "The request completed."},
	}
	if len(errs) > 0 || len(tables) != 1 || !reflect.DeepEqual(tables[0], want) || !reflect.DeepEqual(texts, []string{"ReturnCode", "After the table."}) {
		t.Errorf("codes: tables %q, texts %q, errors %q", tables, texts, errs)
	}
	if len(warns) != 3 || !strings.Contains(warns[1], "p.txt:3: line 3, right under the table on one line at line 2") || !strings.Contains(warns[2], "p.txt:4: line 4") {
		t.Errorf("codes: warnings %q", warns)
	}

	tables, _, warns, errs = readLines(Style{}, "Name Code Description Ok 1 The request completed.\nFailed 2 The request failed.\n")
	want = [][]string{{"Name", "Code", "Description"}, {"Ok", "1", "The request completed."}, {"Failed", "2", "The request failed."}}
	if len(errs) > 0 || len(tables) != 1 || !reflect.DeepEqual(tables[0], want) || len(warns) != 2 || !strings.Contains(warns[1], "p.txt:2: line 2, right under the table on one line at line 1, splits as its rows: read as the table's rest") {
		t.Errorf("rest: tables %q, warnings %q, errors %q", tables, warns, errs)
	}
}

// TestLineTableSeeRef reads a cross reference's "See" and the type it
// names ("See ResponseData") that ends a description of a table printed
// on one line as the description's words, not as a row named "See" of
// that type: at the end of the line, where the row's description is
// empty, in a table with no Required column, on the line of its rest,
// in a table whose names begin with a capital as "See" does, and in
// lower case after a semicolon, where it was refused as a row's start.
func TestLineTableSeeRef(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       [][]string
	}{
		{"line's end", "Code Type Description code string The code. data ResponseData The data of this code. See ResponseData\n", [][]string{
			{"Code", "Type", "Description"},
			{"code", "string", "The code."},
			{"data", "ResponseData", "The data of this code. See ResponseData"},
		}},
		{"rest's end", "Code Type Description code string The code.\ndata ResponseData The data of this code. See ResponseData\n", [][]string{
			{"Code", "Type", "Description"},
			{"code", "string", "The code."},
			{"data", "ResponseData", "The data of this code. See ResponseData"},
		}},
		{"capital names", "Name Type Description Code ResponseData The code. See ResponseData Mode AlignmentMode The mode.\n", [][]string{
			{"Name", "Type", "Description"},
			{"Code", "ResponseData", "The code. See ResponseData"},
			{"Mode", "AlignmentMode", "The mode."},
		}},
		{"lower case", "Code Type Description code string The code; see ResponseData data ResponseData The data.\n", [][]string{
			{"Code", "Type", "Description"},
			{"code", "string", "The code; see ResponseData"},
			{"data", "ResponseData", "The data."},
		}},
	} {
		tables, _, _, errs := readLines(Style{}, c.page)
		if len(errs) > 0 || len(tables) != 1 || !reflect.DeepEqual(tables[0], c.want) {
			t.Errorf("%s: tables %q, errors %q", c.name, tables, errs)
		}
	}
}

// TestLineTableRefused refuses a table on one line whose rows cannot be
// cut for sure: a description that holds words that split as a row ("x
// string true Use…") after no end of a cell may hold a row or not. A
// line under such a table is refused so too, its rows left text. A
// line of prose that begins with a header's words is no table, and
// stays refused as text that a header begins.
func TestLineTableRefused(t *testing.T) {
	for _, c := range []struct{ name, page, want string }{
		{"two cuts fit", "Code Type Required Description a string true Set it to x string true Use it so. b number true The b.\n", `p.txt:1: line 1 holds a whole table on one line, its header (Code | Type | Required | Description) and its rows one space apart, as a tool that strips a page's tags prints it, but the words x string true may start a row`},
		{"two cuts fit in the rest", "Code Type Required Description a string true The a.\nThe rest of a. b number true Set it to x string true Use it so.\n", "p.txt:2: line 2, right under the table on one line at line 1, splits as its rows, but the words x string true may start a row"},
		{"prose", "Code Type Required Description are the columns of the table below.\n", "p.txt:1: line 1 begins with a table's header"},
	} {
		tables, _, _, errs := readLines(Style{}, c.page)
		if len(tables) > 0 && len(tables[0]) != 2 || len(errs) != 1 || !strings.Contains(errs[0], c.want) {
			t.Errorf("%s: tables %q, errors %q", c.name, tables, errs)
		}
	}
}

// TestDetectLineTables rates a page whose tables are each on one line,
// which no other mark tells, as of the style, and a short line of prose
// that begins with a header's words as none.
func TestDetectLineTables(t *testing.T) {
	page := pages.Lines([]byte("Request Body\nCode Type Required Description astrolabeId string true The astrolabe to calibrate, from the player's observatory. (12 characters) tolerance number The largest drift.\n"))
	if (Style{}).Detect(page) == 0 {
		t.Errorf("a table on one line: not detected")
	}
	if r := (Style{}).Detect(pages.Lines([]byte("Name Type Description are the columns below.\n"))); r != 0 {
		t.Errorf("prose: rated %d", r)
	}
}

// TestLineCodeTables reads whole tables of codes printed on one line,
// their header's labels of many words: a row at each status code, or at
// a status and a negative code, the text after the codes the last
// column's, with a warning; a status code that does not rise, which may
// be a description's word, and words after the header that begin no row
// are refused at their line. In the style of columns aligned with spaces
// and in Markdown.
func TestLineCodeTables(t *testing.T) {
	for _, c := range []struct {
		name, line string
		want       [][]string
		err        string
	}{
		{"status codes", "Status Code Status Code Description Status Code Detailed Description 200 Normal Response Normal 400 Bad Request Missing mandatory parameters 4xx (custom status) Purchase Refused See the code table below", [][]string{
			{"Status Code", "Status Code Description", "Status Code Detailed Description"},
			{"200", "", "Normal Response Normal"},
			{"400", "", "Bad Request Missing mandatory parameters"},
			{"4xx (custom status)", "", "Purchase Refused See the code table below"},
		}, ""},
		{"detail codes", "Http response code detail_code msg Description 461 -70001 Not enough money The wallet holds 400 coins or less 461 -70002 Limit reached As often as allowed", [][]string{
			{"Http response code", "detail_code", "msg", "Description"},
			{"461", "-70001", "", "Not enough money The wallet holds 400 coins or less"},
			{"461", "-70002", "", "Limit reached As often as allowed"},
		}, ""},
		{"a status code in a description", "Status Code Status Code Description Status Code Detailed Description 400 Bad Request Sent instead of 200 When the body is empty", nil, "the status code 200 comes after 400"},
		{"no row after the header", "Http response code detail_code msg Description 461 not enough money", nil, "begin no row of its columns"},
	} {
		for _, st := range []pages.Style{Style{}, markdown.Style{}} {
			tables, _, warns, errs := readLines(st, "Response Status Code\n"+c.line+"\n")
			if c.err != "" {
				if len(tables) != 0 || len(errs) != 1 || !strings.Contains(errs[0], "p.txt:2: ") || !strings.Contains(errs[0], c.err) {
					t.Errorf("%s, %s: tables %q, errors %q; want one error at line 2 with %q", c.name, st, tables, errs, c.err)
				}
				continue
			}
			if len(errs) > 0 || len(tables) != 1 || !reflect.DeepEqual(tables[0], c.want) {
				t.Errorf("%s, %s: tables %q, errors %q", c.name, st, tables, errs)
			}
			if len(warns) != 1 || !strings.Contains(warns[0], "p.txt:2: line 2 holds a whole table of codes on one line") {
				t.Errorf("%s, %s: warnings %q", c.name, st, warns)
			}
		}
	}
}

// TestLineTableCutByText reads a table on one line whose wrapped rest a
// line of text (a sentence, a callout's label and sentence) cuts: the
// text stays text, no cell of the table, and the rows after it are the
// table's rest, with a warning at their line; a line there that begins
// as a cell's rest does is refused at its line; a title a blank line
// over the rows cuts the table as well, a line of text after the blank
// line ends the search; a table on one line of its own after text is
// no rest of the one before.
func TestLineTableCutByText(t *testing.T) {
	const (
		head = "ReturnCode\nName Code Description SecretInvalid -10 The secret key is missing. InvalidRequestParameters -5 The request is invalid.\n"
		rest = "When available, inspect invalidMembers. OperationInvalid -4 The operation is unknown. InternalServerError -3 The backend failed.\n"
	)
	rows := [][]string{
		{"SecretInvalid", "-10", "The secret key is missing."},
		{"InvalidRequestParameters", "-5", "The request is invalid. When available, inspect invalidMembers."},
		{"OperationInvalid", "-4", "The operation is unknown."},
		{"InternalServerError", "-3", "The backend failed."},
	}
	header := []string{"Name", "Code", "Description"}
	for _, c := range []struct {
		name, text string
		texts      []string
		warn       string
	}{
		{"a sentence", "Values are checked by the server before the call runs.\n", []string{"Values are checked by the server before the call runs."},
			"p.txt:4: line 4, after the line of text at line 3 under the table on one line at line 2, begins with \"When available, inspect invalidMembers.\" and goes on with rows of it"},
		{"a callout", "WARNING\nOperators may skip the cooldown.\n", []string{"WARNING", "Operators may skip the cooldown."},
			"p.txt:5: line 5, after 2 lines of text (lines 3-4) under the table on one line at line 2"},
		{"a title and a blank line", "Other fields\n\n", []string{"Other fields"},
			"p.txt:5: line 5, after the line of text at line 3 and a blank line (line 4) under the table on one line at line 2"},
	} {
		tables, texts, warns, errs := readLines(Style{}, head+c.text+rest)
		var got [][]string
		for _, tb := range tables {
			if !reflect.DeepEqual(tb[0], header) {
				t.Errorf("%s: a table of header %q", c.name, tb[0])
			}
			got = append(got, tb[1:]...)
		}
		if len(errs) > 0 || !reflect.DeepEqual(got, rows) || !reflect.DeepEqual(texts, append([]string{"ReturnCode"}, c.texts...)) {
			t.Errorf("%s: rows %q, texts %q, errors %q", c.name, got, texts, errs)
		}
		if !slices.ContainsFunc(warns, func(w string) bool { return strings.Contains(w, c.warn) }) {
			t.Errorf("%s: warnings %q, want one with %q", c.name, warns, c.warn)
		}
	}

	_, _, _, errs := readLines(Style{}, head+"the key, when it is set.\n"+rest)
	if len(errs) != 1 || !strings.Contains(errs[0], "p.txt:3: line 3 (\"the key, when it is set.\"), between the table on one line at line 2 and the line 4 that goes on with its rows, begins as the rest of a cell does") {
		t.Errorf("a cell's rest between: errors %q", errs)
	}

	tables, texts, _, errs := readLines(Style{}, head+"Other fields\n\nValues are checked.\n"+rest)
	if len(errs) > 0 || len(tables) != 1 || len(tables[0]) != 3 || !slices.Contains(texts, "Values are checked.") {
		t.Errorf("text after a title and a blank line: tables %q, texts %q, errors %q", tables, texts, errs)
	}

	tables, _, _, errs = readLines(Style{}, head+"Other codes follow.\nName Code Description OperationInvalid -4 The operation is unknown.\n")
	if len(errs) > 0 || len(tables) != 2 || len(tables[0]) != 3 || len(tables[1]) != 2 {
		t.Errorf("a table of its own after text: tables %q, errors %q", tables, errs)
	}
}

// TestLineTableKeyedRows reads a table printed on one line whose rows
// follow no end of a cell (a description without a full stop, "…of the
// trip leader riverId String Y…", as @opendocsg/pdf2md writes a PDF's
// table): a row starts where a name, a type and a requiredness of one
// letter (Y, N) begin one, which prose does not write, with a warning
// that names the first such row. A table where some row after no end of
// a cell is not so keyed, or a description holds a name and a type in
// capitals as a row whose requiredness is empty begins, or a name, a
// word and such a letter (a type the pages do not know), is refused at
// its line, as is a requiredness a sentence spells ("x string true").
func TestLineTableKeyedRows(t *testing.T) {
	words := titledLexicon{spacedLexicon{"RaftCrew"}, nil}
	read := func(st pages.Style, page string) ([][][]string, []string, []string) {
		rep := &pages.Reporter{}
		src := pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(page)), Report: rep, Words: words, LineTables: LineTables}
		tables, _, warns, errs := gather(pages.Read(st, src), rep)
		return tables, warns, errs
	}
	const body = " Name Type Mandatory Description playerId String Y Player ID of the trip leader riverId String Y River section ID craft String (Enum) Y Craft rigging (paddle, oar, hybrid) crews List<RaftCrew> Y Rafts on the water, 1 ~ 4 rapidCount Integer N Number of rapids run memo String N Trip log memo \n"
	want := [][]string{
		{"Name", "Type", "Mandatory", "Description"},
		{"playerId", "String", "Y", "Player ID of the trip leader"},
		{"riverId", "String", "Y", "River section ID"},
		{"craft", "String (Enum)", "Y", "Craft rigging (paddle, oar, hybrid)"},
		{"crews", "List<RaftCrew>", "Y", "Rafts on the water, 1 ~ 4"},
		{"rapidCount", "Integer", "N", "Number of rapids run"},
		{"memo", "String", "N", "Trip log memo"},
	}
	for _, st := range []pages.Style{Style{}, markdown.Style{}} {
		tables, warns, errs := read(st, "## Request Body\n\n"+body)
		if len(errs) > 0 || len(tables) != 1 || !reflect.DeepEqual(tables[0], want) {
			t.Errorf("%s: tables %q, errors %q", st, tables, errs)
		}
		if len(warns) != 1 || !strings.Contains(warns[0], `p.txt:3: line 3 holds a whole table on one line`) || !strings.Contains(warns[0], `4 rows follow no end of a cell ("riverId String Y" first)`) {
			t.Errorf("%s: warnings %q", st, warns)
		}
	}
	for _, c := range []struct{ name, line, want string }{
		{"a row not keyed", "Name Type Mandatory Description a String Y The a of it b String The b", "the words b String may start a row"},
		{"a requiredness a sentence spells", "Name Type Required Description a string true Set it to x string true Use it so", "the words x string true may start a row"},
		{"a name and a type in a description", "Name Type Mandatory Description a String Y The a as the Player String it holds b String N The b", `holds a name and a type (Player String)`},
		{"a type the pages do not know", "Name Type Mandatory Description a String Y The a of it c String N The c b Money N The b", `holds a name and a type (b Money N)`},
	} {
		tables, _, errs := read(Style{}, "Request Body\n"+c.line+"\n")
		if len(tables) != 0 || len(errs) != 1 || !strings.Contains(errs[0], "p.txt:2: line 2 holds a whole table on one line") || !strings.Contains(errs[0], c.want) {
			t.Errorf("%s: tables %q, errors %q; want one error at line 2 with %q", c.name, tables, errs, c.want)
		}
	}
}

// TestSpacedRowsRunTogether reads the rows of a table that follow its
// header, alone on its line, a few lines of text after it, run together
// on one line, their cells one space apart (@opendocsg/pdf2md writes a
// header row apart from the rows a page break parted from it): each row
// as such a table on one line's (lineRows), as the rest of the table,
// with a warning; where they cannot be cut, the line is refused.
func TestSpacedRowsRunTogether(t *testing.T) {
	words := titledLexicon{spacedLexicon{}, nil}
	read := func(page string) ([][][]string, []string, []string) {
		rep := &pages.Reporter{}
		src := pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(page)), Report: rep, Words: words, LineTables: LineTables}
		tables, _, warns, errs := gather(pages.Read(Style{}, src), rep)
		return tables, warns, errs
	}
	const head = "## Request Headers\n\n Name Type Mandatory Description \n\n\n<!-- PAGE_BREAK -->\n"
	tables, warns, errs := read(head + " Content-Type String Y \"application/json;charset=UTF-8\" appSecret String Y App Secret kgAppId String Y KG App ID \n\n## Request Body\n")
	want := [][][]string{
		{{"Name", "Type", "Mandatory", "Description"}},
		{{"Name", "Type", "Mandatory", "Description"}, {"Content-Type", "String", "Y", `"application/json;charset=UTF-8"`}, {"appSecret", "String", "Y", "App Secret"}, {"kgAppId", "String", "Y", "KG App ID"}},
	}
	if len(errs) > 0 || !reflect.DeepEqual(tables, want) {
		t.Errorf("tables %q, errors %q", tables, errs)
	}
	if !slices.ContainsFunc(warns, func(w string) bool {
		return strings.Contains(w, "p.txt:7: line 7, under the table at line 3, nothing but blank lines or a page break between them, holds 3 rows of it one space apart")
	}) {
		t.Errorf("warnings %q", warns)
	}
	tables, _, errs = read(head + " appKey String Y The key appSecret String The secret \n")
	if len(tables) != 1 || len(errs) != 1 || !strings.Contains(errs[0], "p.txt:7: line 7, under the table at line 3, nothing but blank lines or a page break between them, splits as rows of it one space apart") {
		t.Errorf("not cut: tables %q, errors %q", tables, errs)
	}
}

// TestSpacedRestAfterLineTable names the table a row one space apart is
// the rest of: the whole table on one line right above it, past a blank
// line (@opendocsg/pdf2md sets a taller row apart so), not the table
// whose rows a page break parted from its header before that.
func TestSpacedRestAfterLineTable(t *testing.T) {
	rep := &pages.Reporter{}
	page := "## Request Headers\n\n Name Type Mandatory Description \n\n\n<!-- PAGE_BREAK -->\n" +
		" appSecret String Y App Secret kgAppId String Y KG App ID \n\n## Request Body\n\n" +
		" Name Type Mandatory Description playerId String Y Player ID riverId String Y River section ID \n\n" +
		" photoIds List<String> N Photo IDs to attach to the trip log \n"
	src := pages.Source{Name: "p.txt", Lines: pages.Lines([]byte(page)), Report: rep, Words: titledLexicon{spacedLexicon{}, nil}, LineTables: LineTables}
	tables, _, warns, errs := gather(pages.Read(Style{}, src), rep)
	if len(errs) > 0 || len(tables) != 4 || len(tables[3]) != 2 || tables[3][1][0] != "photoIds" {
		t.Errorf("tables %q, errors %q", tables, errs)
	}
	const want = "p.txt:13: line 13, under the table at line 11, nothing but blank lines or a page break between them, splits as a row of it, its cells one space apart at its indent: read as the rest of that table"
	if !slices.ContainsFunc(warns, func(w string) bool { return strings.HasPrefix(w, want) && !strings.Contains(w, "lines between") }) {
		t.Errorf("warnings %q, want one %q", warns, want)
	}
	// A page break between them: its mark is no line of text that cut
	// the table.
	rep = &pages.Reporter{}
	src.Lines, src.Report = pages.Lines([]byte(strings.Replace(page, "\n\n photoIds", "\n\n\n<!-- PAGE_BREAK -->\n photoIds", 1))), rep
	tables, _, warns, errs = gather(pages.Read(Style{}, src), rep)
	if len(errs) > 0 || len(tables) != 4 || !slices.ContainsFunc(warns, func(w string) bool {
		return strings.HasPrefix(w, "p.txt:15: line 15, under the table at line 11, nothing but blank lines or a page break between them, splits as a row of it")
	}) {
		t.Errorf("past a page break: tables %q, warnings %q, errors %q", tables, warns, errs)
	}
}
