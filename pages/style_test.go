package pages

import (
	"reflect"
	"testing"
)

// lineStyle reads each line as a text block.
type lineStyle struct{}

func (lineStyle) String() string       { return "lines" }
func (lineStyle) Detect([]string) int  { return 1 }
func (lineStyle) Extensions() []string { return nil }
func (lineStyle) NeedsLexicon() bool   { return false }
func (lineStyle) Read(src Source) []Block {
	var bs []Block
	for i, l := range src.Lines {
		bs = append(bs, Block{Line: i + 1, Text: l})
	}
	return bs
}

// TestReadDropsFences checks that the fences of code blocks go, in any
// style, and the code between them stays.
func TestReadDropsFences(t *testing.T) {
	lines := []string{"Example", "```http", "GET /a HTTP/1.1", "```", "~~~ json", "{}", "~~~", "``` not a fence", "```inline```",
		"``` syntaxhighlighter-pre", "POST /b", "```", "```json title=\"a.json\" {1,3}", "{}", "```", "```{.json}", "[]", "```", "```http POST /c"}
	var got []string
	for _, b := range Read(lineStyle{}, Source{Name: "p", Lines: lines}) {
		got = append(got, b.Text)
	}
	want := []string{"Example", "GET /a HTTP/1.1", "{}", "``` not a fence", "```inline```", "POST /b", "{}", "[]", "```http POST /c"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// blockStyle reads the blocks it holds.
type blockStyle []Block

func (blockStyle) String() string        { return "blocks" }
func (blockStyle) Detect([]string) int   { return 1 }
func (blockStyle) Extensions() []string  { return nil }
func (blockStyle) NeedsLexicon() bool    { return false }
func (s blockStyle) Read(Source) []Block { return s }

// TestReadResumes marks a table that repeats the header of the table
// before it after a few text lines as maybe resuming it, and one after
// more lines, or with other columns, as not.
func TestReadResumes(t *testing.T) {
	head := []string{"Code", "Type", "Required", "Description"}
	table := func(line int, h []string) Block {
		return Block{Line: line, Table: &Table{Line: line, Header: h, Rows: []*Row{{Line: line + 1, Cells: []string{"a", "string", "true", "A."}}}}}
	}
	text := func(line int) Block { return Block{Line: line, Text: "GearN Docs · API Reference"} }
	headless := func(line int, first []string) Block {
		return Block{Line: line, Table: &Table{Line: line, Rows: []*Row{{Line: line, Cells: first}, {Line: line + 1, Cells: []string{"b", "integer", "false", "B."}}}}}
	}
	for _, c := range []struct {
		name    string
		blocks  []Block
		resumes bool
	}{
		{"after a footer", []Block{table(1, head), text(4), table(6, head)}, true},
		{"after a footer with a page mark, which goes", []Block{table(1, head), {Line: 4, Text: "GearN Docs · API Reference · Page 3 of 4"}, table(6, head)}, false},
		{"after more lines than a page break leaves", []Block{table(1, head), text(4), text(5), text(6), text(7), table(8, head)}, false},
		{"with other columns", []Block{table(1, head), text(4), table(6, []string{"Name", "Code", "Description"})}, false},
		{"without a header row, its width", []Block{table(1, head), text(4), headless(6, []string{"a", "string", "true", "A."})}, true},
		{"whose first row names columns, under an empty cell over row numbers", []Block{table(1, head), text(4), headless(6, []string{"", "Status Code", "Status Code Description", "Status Code Detailed Description"})}, false},
	} {
		bs := Read(blockStyle(c.blocks), Source{Name: "p"})
		last := bs[len(bs)-1].Table
		if got := last.Resumes == bs[0].Table; got != c.resumes {
			t.Errorf("%s: resumes %v, want %v", c.name, got, c.resumes)
		}
		if len(bs) == 2 && last.Continues != bs[0].Table {
			t.Errorf("%s: the tables are not adjacent", c.name)
		}
	}
}

// TestCellText drops the emphasis and code span around a whole cell,
// leaves a cell that only holds some, and reads each link as its text.
func TestCellText(t *testing.T) {
	for _, c := range []struct{ cell, want string }{
		{"**userId**", "userId"},
		{"*string*", "string"},
		{"__true__", "true"},
		{"`userId`", "userId"},
		{"**`GenericModels.Item[]`**", "GenericModels.Item[]"},
		{"***Required***", "Required"},
		{"` number int `", "number int"},
		{"**a** or **b**", "**a** or **b**"},
		{"`a` or `b`", "`a` or `b`"},
		{"* not emphasis *", "* not emphasis *"},
		{"The `userId` of the player.", "The `userId` of the player."},
		{"**", "**"},
		{"*", "*"},
		{"``", "``"},
		{"userId", "userId"},
		{"[BidItem](#biditem)", "BidItem"},
		{"[BidItem[]](#biditem)", "BidItem[]"},
		{"[NotifyChannel](#notifychannel)[]", "NotifyChannel[]"},
		{"**[ReturnCode](#returncode)**", "ReturnCode"},
		{"[GenericModels.Item](/docs/models#item \"Item\")", "GenericModels.Item"},
		{"[BidItem][biditem]", "BidItem"},
		{"[BidItem][]", "BidItem"},
		{"![required](img/check.png)", "required"},
		{"![](img/icon.png) string", "string"},
		{"See <https://example.com/docs>.", "See https://example.com/docs."},
		{"See [NotifyChannel](#notifychannel) for the values.", "See NotifyChannel for the values."},
		{"One of [1, 2] (the ids)", "One of [1, 2] (the ids)"},
		{"string[]", "string[]"},
		{"[x] (a note)", "[x] (a note)"},
		{"`[a](b)`", "[a](b)"},
		{"a < b > c", "a < b > c"},
		{"Message<br>(up to 60 characters)", "Message (up to 60 characters)"},
		{"Returned<BR/>1 ~ 100 <br />(default: 30)", "Returned 1 ~ 100 (default: 30)"},
		{"<p>Where.</p><p>Default: a.</p>", "Where. Default: a."},
		{"user<wbr>Id", "userId"},
		{"`a<br>b` or c<br>d", "`a<br>b` or c d"},
		{"Currency. One of:<br>- gold<br>- gem<br>* ticket", "Currency. One of: gold; gem; ticket"},
		{"Currency. One of:<br>·\u00a0\u00a0\u00a0 gold<br>·\u00a0\u00a0\u00a0 gem", "Currency. One of: gold; gem"},
		{"Kind<ul><li>web</li><li>pc</li></ul>", "Kind web; pc"},
		{"Steps:<br>1. Open<br>2) Close<br>Done.", "Steps: Open; Close Done."},
		{"Limit<br>-1 means none", "Limit -1 means none"},
		{"- not an item<br>text", "- not an item text"},
		{"Traits rolled. (0<br>- 3 items)", "Traits rolled. (0 - 3 items)"},
		{"Sizes (small)<br>- large", "Sizes (small) large"},
		{"List<String>", "List<String>"},
		// A type its markup cut into parts is one word.
		{"[`MatchMode`](#matchmode)`[]`", "MatchMode[]"},
		{"[`GenericModels.MatchSummary`](#genericmodels-matchsummary)`[]`", "GenericModels.MatchSummary[]"},
		{"[MatchMode](#m)`[]`", "MatchMode[]"},
		{"`MatchMode`[]", "MatchMode[]"},
		{"`List<`[`Mark`](#mark)`>`", "List<Mark>"},
		{"`Map<String, `[`Data`](#data)`>`", "Map<String, Data>"},
		{"**MatchMode**`[]`", "MatchMode[]"},
		{"*MatchMode*[]", "MatchMode[]"},
		{"__MatchMode__`[]`", "MatchMode[]"},
		{"`MatchMode`**[]**", "MatchMode[]"},
		{"**[`MatchMode`](#m)**`[]`", "MatchMode[]"},
		{"[`Map<String, Data>`](#x)`[]`", "Map<String, Data>[]"},
		{"`MatchMode``[]`", "`MatchMode``[]`"},
		{"`userId`*", "`userId`*"},
		{"a*b*c", "a*b*c"},
		{"`player_id`_", "`player_id`_"},
		{"[number int](#x)`[]`", "number int[]"},
		{"See [MatchMode](#m) `[]`", "See MatchMode `[]`"},
		{"`a`/`b`", "a/b"},
		{"Code`userId`", "Code`userId`"},
		{"`Item`s", "`Item`s"},
	} {
		if got := CellText(c.cell); got != c.want {
			t.Errorf("CellText(%q) = %q, want %q", c.cell, got, c.want)
		}
	}
}

// tableStyle reads a page into one table: its first line the header,
// the others rows, cells separated by pipes.
type tableStyle struct{ lineStyle }

func (tableStyle) Read(src Source) []Block {
	tb := &Table{Line: 1, Header: SplitPipes(src.Lines[0])}
	tb.Cols, _ = ColumnsOf(tb.Header)
	for i, l := range src.Lines[1:] {
		tb.Rows = append(tb.Rows, &Row{Line: i + 2, Raw: l, Cells: SplitPipes(l)})
	}
	return []Block{{Line: 1, Table: tb}}
}

// TestReadUnwrapsCells reads the cells of a table of any style without
// the emphasis around them, its header's columns too.
func TestReadUnwrapsCells(t *testing.T) {
	lines := []string{"**Code** | *Type* | `Required` | Description", "**userId** | `string` | __true__ | The *player*."}
	tb := Read(tableStyle{}, Source{Name: "p", Lines: lines})[0].Table
	if want := []string{"Code", "Type", "Required", "Description"}; !reflect.DeepEqual(tb.Header, want) {
		t.Errorf("header %q, want %q", tb.Header, want)
	}
	if tb.Kind() != KindFields {
		t.Errorf("columns %v: not a field table", tb.Cols)
	}
	if want := []string{"userId", "string", "true", "The *player*."}; !reflect.DeepEqual(tb.Rows[0].Cells, want) {
		t.Errorf("row %q, want %q", tb.Rows[0].Cells, want)
	}
}

// TestSplitPipesUnescapes decodes the backslash escapes of Markdown in
// each cell, as CommonMark does, but in a code span.
func TestSplitPipesUnescapes(t *testing.T) {
	for _, c := range []struct {
		row  string
		want []string
	}{
		{`| channels | List\<String\> | N |`, []string{"channels", "List<String>", "N"}},
		{`| user\_id | a \| b | \*not emphasis\* |`, []string{"user_id", "a | b", "*not emphasis*"}},
		{`| path | C:\dir\\x | \#1 \[x\] |`, []string{"path", `C:\dir\x`, "#1 [x]"}},
		{"| code | `a\\_b \\| c` | ``x\\<y`` |", []string{"code", "`a\\_b | c`", "``x\\<y``"}},
		{"| open | `a\\<b | c\\> |", []string{"open", "`a<b", "c>"}},
		{`| end | x\|`, []string{"end", "x|"}},
	} {
		if got := SplitPipes(c.row); !reflect.DeepEqual(got, c.want) {
			t.Errorf("SplitPipes(%q) = %q, want %q", c.row, got, c.want)
		}
	}
	row := "| mode | `a\\_b | c` | Mode \\_x\\_ |"
	if got, want := PipeCells(row, 3), []string{"mode", "a\\_b | c", "Mode _x_"}; !reflect.DeepEqual(got, want) {
		t.Errorf("PipeCells(%q) = %q, want %q: a code span across a pipe keeps its backslashes", row, got, want)
	}
}

// TestSplitPipesKeepsWikiLinks splits no cell at the pipe of a wiki's
// link, "[[target|text]]", as DokuWiki writes a link in a cell (html2wiki
// --dialect DokuWiki: "List&lt;[[#id-Weirs-WeirTally|WeirTally]]&gt;"):
// a page in such markup that its own style does not claim is read as
// pipe-separated text, its rows as many cells as their header. A lone
// "[[" with no "]]" after it is text, and the pipes after it split.
func TestSplitPipesKeepsWikiLinks(t *testing.T) {
	for _, c := range []struct {
		row  string
		want []string
	}{
		{"| tallies | List&lt;[[#id-어살FishWeirs(/weir)-WeirTally|WeirTally]]&gt; | Weir tallies |", []string{"tallies", "List&lt;[[#id-어살FishWeirs(/weir)-WeirTally|WeirTally]]&gt;", "Weir tallies"}},
		{"| state | [[#WeirState|WeirState]] | See [[#a|A]] or [[#b|B]] |", []string{"state", "[[#WeirState|WeirState]]", "See [[#a|A]] or [[#b|B]]"}},
		{"| a [[ b | c | d |", []string{"a [[ b", "c", "d"}},
	} {
		if got := SplitPipes(c.row); !reflect.DeepEqual(got, c.want) {
			t.Errorf("SplitPipes(%q) = %q, want %q", c.row, got, c.want)
		}
	}
}

// TestStripHeading drops the number of a section before a heading's
// title, and leaves a numbered list's item, a status line and a sentence.
func TestStripHeading(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"### 5.1 ReturnCode", "ReturnCode"},
		{"## 5.1. ReturnCode", "ReturnCode"},
		{"### 5. ReturnCode", "ReturnCode"},
		{"**5.3 InfoRequestParam**", "InfoRequestParam"},
		{"5.3 InfoRequestParam", "InfoRequestParam"},
		{"5.3.1 GenericModels.Item", "GenericModels.Item"},
		{"2) Request", "Request"},
		{"(2) Request Body", "Request Body"},
		{"3.2 요청 파라미터 (Request Parameters)", "요청 파라미터 (Request Parameters)"},
		{"## Response Body", "Response Body"},
		{"h3 Request Headers {\u200b}", "Request Headers"},
		{"h2 Pet", "Pet"},
		{"h3 5.1 ReturnCode {}", "ReturnCode"},
		{"h2o is water", "h2o is water"},
		{"h3: Request Headers", "Request Headers"},
		{"h4: Pen", "Pen"},
		{"H3: Response Body", "Response Body"},
		{"h2: /menagerie/pens", "/menagerie/pens"},
		{"h3. Request Body", "Request Body"},
		{"H3. 5.1 ReturnCode", "ReturnCode"},
		{"h3:Request Body", "h3:Request Body"},
		{"h7: Pen", "h7: Pen"},
		{"5. ReturnCode", "5. ReturnCode"},
		{"1. Call loginByAccount first.", "1. Call loginByAccount first."},
		{"1.5 seconds pass before the request to the server times out.", "1.5 seconds pass before the request to the server times out."},
		{"5.1.2 Data structure: LeaderboardItem.", "Data structure: LeaderboardItem."},
		{"200 Ok", "200 Ok"},
		{"## 200 OK", "200 OK"},
		{"### 5.1", "5.1"},
		{"### 5.2 `ErrorCode`", "ErrorCode"},
		{"1.2 3.4", "1.2 3.4"},
		{"5.1 200 Ok", "200 Ok"},
		{"## 2. 200 OK", "200 OK"},
	} {
		if got := StripHeading(c.line); got != c.want {
			t.Errorf("StripHeading(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// renderedStyle reads each line as a text block, as a style whose text
// is a page's rendered text.
type renderedStyle struct{ lineStyle }

func (renderedStyle) Renders() {}

// TestReadRefusesTableMarkup refuses, at its first line, each run of
// text lines that hold an HTML table's markup, which no table is read
// from; not in a code block, nor in a style whose text is rendered.
func TestReadRefusesTableMarkup(t *testing.T) {
	lines := []string{"Request Body", "<table>", "<TR><td>userId</td><td>string</td></TR>", "</table>", "Text", "Body: <td class=\"x\">a</td>", "```html", "<table><tr><td>a</td></tr></table>", "```", "List<String> <tbody>"}
	for _, c := range []struct {
		name  string
		style Style
		want  []string
	}{
		{"a text style", lineStyle{}, []string{
			"p:2: line 2 holds an HTML table (<table>), which is not read as a table where it stands: its rows would be lost. Write the table as rows of pipes (| cell | cell |), begin a line with its <table> tag, or save the page as HTML",
			"p:6: line 6 holds an HTML table (<td class=\"x\">), which is not read as a table where it stands: its rows would be lost. Write the table as rows of pipes (| cell | cell |), begin a line with its <table> tag, or save the page as HTML",
		}},
		{"a rendering style", renderedStyle{}, nil},
	} {
		rep := &Reporter{}
		Read(c.style, Source{Name: "p", Lines: lines, Report: rep})
		_, errs := rep.Sorted([]string{"p"}, false)
		var got []string
		for _, e := range errs {
			got = append(got, e.Error())
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}
