package read

import (
	"slices"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestRowShaped tells the lines of text that begin as a row of a table
// of fields (a name, then a type) or of codes (a code, then text, or a
// code alone: a cell on a line of its own) from prose, and gives a code
// row's text after its code.
func TestRowShaped(t *testing.T) {
	for _, c := range []struct {
		line         string
		field, codes bool
		text         string
	}{
		{"playerId String Y Player ID", true, false, ""},
		{"crew List<CrewSeat> Y Crew on board", true, false, ""},
		{"wrecks Wreck[] Wrecks in reach", true, false, ""},
		{"[14]seaId String Y Sea ID", true, false, ""},
		{"`matchesPlayed`    `number int`       true   (from 0)", true, false, ""},
		{"noteId, a mandatory String: the note.", false, false, ""},
		{"The request carries no body.", false, false, ""},
		{"200 Normal Response Normal", false, true, "Normal Response Normal"},
		{"404                 Not Found", false, true, "Not Found"},
		{"4xx (custom status) Dive Rejected See below", false, true, "Dive Rejected See below"},
		{"4xx (custom status)", false, true, ""},
		{"-89003 Crew resting A crew member is resting", false, true, "Crew resting A crew member is resting"},
		{"490 -89001 Hull damaged", false, true, "-89001 Hull damaged"},
		{"200", false, true, ""},
		{"-89001", false, true, ""},
		{"See the response codes below.", false, false, ""},
		{"HTTP 200 OK", false, false, ""},
		{"200Normal ResponseNormal", false, true, "Normal ResponseNormal"},
		{"470-73001Transfer lockedThe account is locked", false, true, "Transfer lockedThe account is locked"},
		{"200ms at most", false, false, ""},
		{"2024Release notes", false, false, ""},
		{"Player playerId String Y Player ID", true, false, ""},
		{"Seat seatIds List<Integer> N Seats", true, false, ""},
		{"The field String is set", false, false, ""},
		{"Set this Integer to 3", false, false, ""},
	} {
		if got := FieldRowShaped(c.line); got != c.field {
			t.Errorf("FieldRowShaped(%q) = %v, want %v", c.line, got, c.field)
		}
		if text, ok := CodeRow(c.line); ok != c.codes || text != c.text {
			t.Errorf("CodeRow(%q) = %q, %v; want %q, %v", c.line, text, ok, c.text, c.codes)
		}
	}
}

// TestStrayRows refuses a line after a table of fields that begins
// as a row of it does and that no row of the page's tables states (its
// name with its type), at its line, a pipe row too, and after a table of
// GearN's columns (Code | Type); after a header row that took no rows,
// every such line, whatever another endpoint's table states; a row of a
// table of codes whose cells run together, alone, wherever it stands; a row the tables state, prose,
// and a line after a table of codes that is no such row are let be.
func TestStrayRows(t *testing.T) {
	fields := &pages.Table{Line: 2, Header: []string{"Name", "Type", "Mandatory", "Description"}, Rows: []*pages.Row{{Line: 3, Cells: []string{"market", "String (Enum)", "Y", ""}}}}
	fields.Cols, _ = pages.ColumnsOf(fields.Header)
	gearn := &pages.Table{Line: 2, Header: []string{"Code", "Type", "Required", "Description"}, Rows: []*pages.Row{{Line: 3, Cells: []string{"userId", "`string`", "true", "The player."}}}}
	gearn.Cols, _ = pages.ColumnsOf(gearn.Header)
	headers := &pages.Table{Line: 21, Header: []string{"Name", "Type", "Mandatory", "Description"}, Rows: []*pages.Row{{Line: 22, Cells: []string{"appSecret", "String", "Y", "App Secret"}}, {Line: 23, Cells: []string{"Authorization", "String", "Y", ""}}}}
	headers.Cols, _ = pages.ColumnsOf(headers.Header)
	bare := &pages.Table{Line: 2, Header: []string{"Name", "Type", "Mandatory", "Description"}}
	bare.Cols, _ = pages.ColumnsOf(bare.Header)
	codes := &pages.Table{Line: 2, Header: []string{"Code", "Description"}, Rows: []*pages.Row{{Line: 3, Cells: []string{"200", "OK"}}}}
	codes.Cols, _ = pages.ColumnsOf(codes.Header)
	details := &pages.Table{Line: 2, Header: []string{"Http response code", "detail_code", "msg", "Description"}, Rows: []*pages.Row{{Line: 3, Cells: []string{"470", "-73001", "Transfer locked", "The account is locked."}}}}
	details.Cols, _ = pages.ColumnsOf(details.Header)
	for _, c := range []struct {
		name  string
		table *pages.Table
		texts []string
		want  []int
	}{
		{"a row a list in a cell broke off", fields, []string{"Store the products are sold in:", "* google", "category String (Enum) N"}, []int{6}},
		{"two rows broken off", fields, []string{"lang String N", "limit Integer N Rows returned"}, []int{4, 5}},
		{"a member's name in a note", fields, []string{"market String values are listed above."}, nil},
		{"a member's name, another type", fields, []string{"market Integer N The market's number."}, []int{4}},
		{"under a title of its own, GearN's columns", gearn, []string{"Other fields", "streak number int true Consecutive days claimed."}, []int{5}},
		{"a pipe row under a title", gearn, []string{"### Other fields", "| `streak` | `number` | true | Consecutive days. |"}, []int{5}},
		{"rows under a header that took none, stated by another endpoint's table", bare, []string{"appSecret String Y App Secret", "Authorization String Y Authorization: KakaoAK {ADMIN_KEY}", "The String type is UTF-8."}, []int{4, 5}},
		{"the row the table states, again", gearn, []string{"userId string The player, as above."}, nil},
		{"prose", fields, []string{"a string of at most 10 characters", "The String type is UTF-8."}, nil},
		{"after a table of codes", codes, []string{"category String (Enum) N"}, nil},
		{"a run-together code row alone, after a table of fields", fields, []string{"465-66001Memo limit exceededThe memo is too long"}, []int{4}},
		{"a run-together code row alone, after the table of codes", details, []string{"Other codes", "471-73004Code expiredThe code is no longer valid"}, []int{5}},
		{"a run-together status row alone", codes, []string{"404Not FoundNo player with this ID"}, []int{4}},
		{"the code row the table states, again", details, []string{"470-73001Transfer lockedAs above."}, nil},
		{"a number run into a word in lower case", codes, []string{"200ms is the usual latency."}, nil},
	} {
		items := []pages.Block{{Line: 1, Text: "Request Parameters"}, {Line: 2, Table: c.table}}
		for i, tx := range c.texts {
			items = append(items, pages.Block{Line: 4 + i, Text: tx})
		}
		items = append(items, pages.Block{Line: 20, Text: "Other endpoint"}, pages.Block{Line: 21, Table: headers})
		rep := &pages.Reporter{}
		StrayRows("p.txt", items, rep)
		_, errs := rep.Sorted([]string{"p.txt"}, false)
		var got []int
		for _, e := range errs {
			got = append(got, e.Pos.Line)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: errors at lines %v, want %v (%v)", c.name, got, c.want, errs)
		}
	}
}

// TestTablelessRefuse refuses a section that holds text alone at the
// first line that begins as a row of its table does, with the fix (on a
// page that is a PDF's text, what to read instead), and lets a section
// of prose be.
func TestTablelessRefuse(t *testing.T) {
	for _, c := range []struct {
		name    string
		section TablelessSection
		want    string
	}{
		{"a body one space apart", TablelessSection{Title: "Request Body section", Line: 3, Columns: "Name | Type | Mandatory | Description", Text: []pages.Block{{Line: 4, Text: "The body:"}, {Line: 5, Text: "noteId String Y Note ID"}, {Line: 6, Text: "count Integer N How many"}}},
			`p.txt:5: line 5 ("noteId String Y Note ID") begins as a row of a table does (a name, then a type), in the Request Body section at line 3, but the section holds no table docs2go reads: what it lists would be left out of the schema. Write the section's table with its cells set apart (pipes, or two spaces or a tab between them), a row a line, its header row (Name | Type | Mandatory | Description) over its rows`},
		{"status codes a cell a line", TablelessSection{Title: "Response Status Code section", Line: 7, Columns: "Status Code | Status Code Description | Status Code Detailed Description", Codes: true, Text: []pages.Block{{Line: 8, Text: "200"}, {Line: 9, Text: "Normal Response"}}},
			`p.txt:8: line 8 ("200") begins as a row of a table does (a code, then text, or a code alone), in the Response Status Code section at line 7, but the section holds no table docs2go reads: what it lists would be left out of the schema. Write the section's table with its cells set apart (pipes, or two spaces or a tab between them), a row a line, its header row (Status Code | Status Code Description | Status Code Detailed Description) over its rows`},
		{"the column names a cell a line", TablelessSection{Title: "Request Headers section", Line: 44, Columns: "Name | Type | Mandatory | Description", Text: []pages.Block{{Line: 45, Text: "Name"}, {Line: 46, Text: "Type Mandatory"}}},
			`p.txt:45: line 45 ("Name") is the names of a table's columns written as text (the header row of a table whose cells no style set apart), in the Request Headers section at line 44, but the section holds no table docs2go reads: what it lists would be left out of the schema. Write the section's table with its cells set apart (pipes, or two spaces or a tab between them), a row a line, its header row (Name | Type | Mandatory | Description) over its rows`},
		{"the column names a cell a line, on a PDF's text", TablelessSection{Title: "Request Headers section", Line: 44, Columns: "Name | Type | Mandatory | Description", Text: []pages.Block{{Line: 45, Text: "Name"}, {Line: 46, Text: "Type Mandatory"}}, PDFText: pages.PDFText{What: "pdftohtml's HTML of a PDF", Line: 6}},
			`p.txt:45: line 45 ("Name") is the names of a table's columns written as text (the header row of a table whose cells no style set apart), in the Request Headers section at line 44, but the section holds no table docs2go reads: what it lists would be left out of the schema. The page is pdftohtml's HTML of a PDF (its generator at line 6), which keeps no table's cells. Read the page from its source (the page saved from the browser as HTML), or turn the PDF into text with pdftotext -layout, which keeps its columns apart, or write the section's table with its cells set apart (pipes, or two spaces or a tab between them), a row a line, its header row (Name | Type | Mandatory | Description) over its rows`},
		{"the column names on one line, rows after", TablelessSection{Title: "Response Body section", Line: 3, Columns: "Name | Type | Mandatory | Description", Text: []pages.Block{{Line: 4, Text: "Name Type Description"}, {Line: 5, Text: "noteId String Note ID"}}},
			`p.txt:4: line 4 ("Name Type Description") is the names of a table's columns written as text (the header row of a table whose cells no style set apart), in the Response Body section at line 3, but the section holds no table docs2go reads: what it lists would be left out of the schema. Write the section's table with its cells set apart (pipes, or two spaces or a tab between them), a row a line, its header row (Name | Type | Mandatory | Description) over its rows`},
		{"a name's column and a description's a cell a line", TablelessSection{Title: "Request Headers section", Line: 9, Columns: "Name | Type | Mandatory | Description", Text: []pages.Block{{Line: 10, Text: "Name"}, {Line: 11, Text: "Description"}, {Line: 12, Text: "Authorization"}, {Line: 13, Text: "KakaoAK {ADMIN_KEY}"}}},
			`p.txt:10: line 10 ("Name") is the names of a table's columns written as text (the header row of a table whose cells no style set apart), in the Request Headers section at line 9, but the section holds no table docs2go reads: what it lists would be left out of the schema. Write the section's table with its cells set apart (pipes, or two spaces or a tab between them), a row a line, its header row (Name | Type | Mandatory | Description) over its rows`},
		{"two column words on one line are prose's", TablelessSection{Title: "Request Body section", Line: 3, Columns: "Name | Type | Mandatory | Description", Text: []pages.Block{{Line: 4, Text: "Name Type"}}}, ""},
		{"no parameters", TablelessSection{Title: "Request Parameters section", Line: 3, Columns: "Name | Type | Mandatory | Description", Text: []pages.Block{{Line: 4, Text: "This API has no parameters."}}}, ""},
		{"column words apart", TablelessSection{Title: "Request Body section", Line: 3, Columns: "Name | Type | Mandatory | Description", Text: []pages.Block{{Line: 4, Text: "Name"}, {Line: 6, Text: "Type"}}}, ""},
		{"prose", TablelessSection{Title: "Request Body section", Line: 3, Columns: "Name | Type | Mandatory | Description", Text: []pages.Block{{Line: 4, Text: "noteId, a mandatory String: the note."}}}, ""},
		{"a field row in a section of codes", TablelessSection{Title: "Response Code section", Line: 3, Codes: true, Text: []pages.Block{{Line: 4, Text: "noteId String Y Note ID"}}}, ""},
	} {
		rep := &pages.Reporter{}
		refused := c.section.Refuse("p.txt", rep)
		ws, errs := rep.Sorted([]string{"p.txt"}, false)
		got := ""
		if len(errs) > 0 {
			got = errs[0].Error()
		}
		if refused != (c.want != "") || got != c.want || len(errs) > 1 || len(ws) > 0 {
			t.Errorf("%s: refused %v, errors %v, warnings %v; want %q", c.name, refused, errs, ws, c.want)
		}
	}
}

// TestHeaderCellTitle tells the last cell of a header row written a cell
// a line ("Description" under "Name" / "Type Mandatory") from a section's
// title.
func TestHeaderCellTitle(t *testing.T) {
	block := func(line int, text string) pages.Block { return pages.Block{Line: line, Text: text} }
	for _, c := range []struct {
		name  string
		text  []pages.Block
		title pages.Block
		want  bool
	}{
		{"pdftohtml's header", []pages.Block{block(45, "Name"), block(46, "Type Mandatory")}, block(47, "Description"), true},
		{"a cell a line", []pages.Block{block(57, "Name"), block(58, "Type"), block(59, "Mandatory")}, block(60, "Description"), true},
		{"a name and a description", []pages.Block{block(10, "Name")}, block(11, "Description"), true},
		{"a code and a description", []pages.Block{block(4, "Status Code")}, block(5, "Description"), true},
		{"after prose", []pages.Block{block(4, "The headers the call sends:")}, block(5, "Description"), false},
		{"after a row", []pages.Block{block(4, "Name"), block(5, "appSecret String Y App Secret")}, block(6, "Description"), false},
		{"a blank line between", []pages.Block{block(4, "Name"), block(5, "Type")}, block(7, "Description"), false},
		{"no text", nil, block(4, "Description"), false},
		{"no member's column", []pages.Block{block(4, "Type")}, block(5, "Description"), false},
		{"a title that names no column", []pages.Block{block(4, "Name"), block(5, "Type")}, block(6, "Request Body"), false},
	} {
		if got := HeaderCellTitle(c.text, c.title); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
