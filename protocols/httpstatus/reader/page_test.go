package reader

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

func TestStatusCode(t *testing.T) {
	for _, c := range []struct {
		cell       string
		code       int
		rng, note  string
		lo, hi     int
		wantsError bool
	}{
		{cell: "200", code: 200, lo: 200, hi: 200},
		{cell: " 503 ", code: 503, lo: 503, hi: 503},
		{cell: "4xx (custom status)", rng: "4xx", note: "custom status", lo: 400, hi: 499},
		{cell: "5XX", rng: "5xx", lo: 500, hi: 599},
		{cell: "40x", rng: "40x", lo: 400, hi: 409},
		{cell: "400-499", rng: "400-499", lo: 400, hi: 499},
		{cell: "460 ~ 469 (lockouts)", rng: "460-469", note: "lockouts", lo: 460, hi: 469},
		{cell: "4x1", wantsError: true},
		{cell: "x00", wantsError: true},
		{cell: "499-400", wantsError: true},
		{cell: "4xx-499", wantsError: true},
		{cell: "600", wantsError: true},
		{cell: "OK", wantsError: true},
		{cell: "", wantsError: true},
	} {
		code, rng, note, err := statusCode(c.cell)
		if c.wantsError {
			if err == nil {
				t.Errorf("statusCode(%q) = %d %q, want an error", c.cell, code, rng)
			}
			continue
		}
		if err != nil || code != c.code || rng != c.rng || note != c.note {
			t.Errorf("statusCode(%q) = %d %q %q %v, want %d %q %q", c.cell, code, rng, note, err, c.code, c.rng, c.note)
			continue
		}
		s := &schema.Status{Code: code, Range: rng}
		if lo, hi, ok := s.Bounds(); !ok || lo != c.lo || hi != c.hi {
			t.Errorf("%q covers %d-%d (%v), want %d-%d", c.cell, lo, hi, ok, c.lo, c.hi)
		}
	}
}

// TestCoveringStatus checks that an example answer lands under its own
// code before a range, and under the narrowest range.
func TestCoveringStatus(t *testing.T) {
	statuses := []*schema.Status{{Range: "4xx"}, {Code: 401}, {Range: "46x"}, {Range: "400-499"}}
	for code, want := range map[int]*schema.Status{401: statuses[1], 463: statuses[2], 404: statuses[0], 500: nil} {
		if got := coveringStatus(statuses, code); got != want {
			t.Errorf("code %d lands under %+v, want %+v", code, got, want)
		}
	}
}

func TestBasePath(t *testing.T) {
	for _, c := range []struct{ example, documented, base string }{
		{"/service/v5/auth/validation", "/auth/validation", "/service/v5"},
		{"/auth/validation", "/auth/validation", ""},
		{"/v1/players/42/name", "/players/{playerId}/name", "/v1"},
		{"/v1/players/42/", "/players/:id", "/v1"},
		{"/service/v5/auth/validate", "/auth/validation", "-"},
		{"/validation", "/auth/validation", "-"},
		{"/x/auth/validation", "auth/validation", "/x"},
	} {
		base, ok := basePath(c.example, c.documented)
		if !ok {
			base = "-"
		}
		if base != c.base {
			t.Errorf("basePath(%q, %q) = %q, want %q", c.example, c.documented, base, c.base)
		}
	}
}

// TestTitleSection checks that titles are read by their words, in English,
// Korean or both, and that prose, contradicting pairs and unknown words
// are no titles.
func TestTitleSection(t *testing.T) {
	for title, want := range map[string]pageSection{
		"Description":             secDescription,
		"설명 (Description)":        secDescription,
		"개요":                      secDescription,
		"HTTP Method":             secMethod,
		"메서드":                     secMethod,
		"Request Headers":         secHeaders,
		"요청 헤더":                   secHeaders,
		"요청 헤더 (Request Headers)": secHeaders,
		"Request Parameters":      secParams,
		"요청 파라미터 (Request Parameters)":          secParams,
		"Query Parameters":                      secQuery,
		"Query String Parameters":               secQuery,
		"Request Body":                          secBody,
		"Request Body Parameters":               secBody,
		"요청 본문":                                 secBody,
		"요청 데이터 (Request Body)":                 secBody,
		"요청 필드":                                 secParams,
		"응답 필드 / Response Fields":               secResponse,
		"응답 데이터":                                secResponse,
		"응답 코드 (Response Code)":                 secCodes,
		"Response Status Code":                  secStatuses,
		"HTTP Status Codes":                     secStatuses,
		"응답 상태 코드":                              secStatuses,
		"응답상태코드":                                secStatuses,
		"Response Code":                         secCodes,
		"Error Codes":                           secCodes,
		"Response Body":                         secResponse,
		"Response Content":                      secResponse,
		"응답 본문 (Response Content)":              secResponse,
		"Response Headers":                      secResponseHeaders,
		"Example Request":                       secExampleRequest,
		"요청 예시 (Example Request)":               secExampleRequest,
		"Response Examples":                     secExampleResponse,
		"응답 예시":                                 secExampleResponse,
		"Request Body:":                         secBody,
		"요청 파라미터 (Response Body)":               secNone,
		"Result Fields":                         secResponse,
		"Output":                                secResponse,
		"Returned Members":                      secResponse,
		"Input Parameters":                      secParams,
		"Path Variables":                        secPathParams,
		"Request Data":                          secBody,
		"Response Schema":                       secResponse,
		"결과 필드":                                 secResponse,
		"Result Code":                           secCodes,
		"결과 코드":                                 secCodes,
		"Request and Response":                  secNone,
		"URL Parameters":                        secQuery,
		"Request URL":                           secNone,
		"2. Request body":                       secBody,
		"3.1 REQUEST BODY:":                     secBody,
		"1) Response Body (응답 본문)":              secResponse,
		"Note for Launcher (Square) Users":      secNone,
		"Validation (/auth)":                    secNone,
		"Request headers are the same as above": secNone,
		"PlayerInfo":                            secNone,
		"Requests":                              secNone,
		"":                                      secNone,
	} {
		if got := titleSection(title); got != want {
			t.Errorf("titleSection(%q) = %s, want %s", title, got, want)
		}
	}
}

// TestConstrain checks the Kakao value forms: a tilde range on a number
// or, with "characters", on a string's length; a default of the member's
// type, inside its range and values; and the errors and warnings of forms
// that do not fit.
func TestConstrain(t *testing.T) {
	for _, c := range []struct {
		typ, desc string
		values    []string
		want      string // the constraints read, or "error"
		warns     bool
	}{
		{typ: "integer", desc: "Number of players, 1 ~ 100 (default: 10)", want: "min 1 max 100 default 10"},
		{typ: "number", desc: "Ratio (0.5~1.5)", want: "min 0.5 max 1.5"},
		{typ: "string", desc: "Nickname, 2 ~ 12 characters", want: "len 2-12"},
		{typ: "boolean", desc: "Whether to return the members (default: true)", want: "default true"},
		{typ: "boolean", desc: "Whether deleted players count (Default: FALSE)", want: "default false"},
		{typ: "string", desc: "Period (daily, weekly) (default: weekly)", values: []string{"daily", "weekly"}, want: "default weekly"},
		{typ: "string", desc: "Period (daily, weekly) (default: monthly)", values: []string{"daily", "weekly"}, want: "error"},
		{typ: "integer", desc: "Count, 1 ~ 50 (default: 80)", want: "error"},
		{typ: "integer", desc: "Count, 50 ~ 1", want: "error"},
		{typ: "integer", desc: "Count (default: many)", want: "", warns: true},
		{typ: "string", desc: "Level 1 ~ 5", want: "", warns: true},
		{typ: "string", desc: "Date, 2023-01-01 ~ 2023-12-31", want: ""},
		{typ: "integer", desc: "Score", want: ""},
		// Labelled bounds, as a Description cell writes them.
		{typ: "string", desc: "Nickname (Length: 2-12)", want: "len 2-12"},
		{typ: "string", desc: "Nickname. Max length: 12, min length: 2", want: "len 2-12"},
		{typ: "integer", desc: "Number of players. Range: 1-100", want: "min 1 max 100"},
		{typ: "integer", desc: "Number of players (Min: 1, Max: 100)", want: "min 1 max 100"},
		{typ: "number", desc: "Ratio. Valid range 0.0–1.0", want: "min 0 max 1"},
		{typ: "integer", desc: "Number of players [1..100]", want: "min 1 max 100"},
		{typ: "integer", desc: "Number of players, 1 <= x <= 100", want: "min 1 max 100"},
		{typ: "integer", desc: "Number of players, value between 1 and 100", want: "min 1 max 100"},
		{typ: "integer", desc: "Number of players. Allowed values: 1 to 100", want: "min 1 max 100"},
		{typ: "string", desc: "닉네임 (최소 2자, 최대 12자)", want: "len 2-12"},
		{typ: "string", desc: "닉네임 2~12자", want: "len 2-12"},
		// A bound the grammar reads in no form is warned of.
		{typ: "integer", desc: "Number of players. The limit is 100 per room.", want: "", warns: true},
		{typ: "string", desc: "닉네임은 12자를 넘을 수 없습니다", want: "", warns: true},
	} {
		rep := &pages.Reporter{}
		b := &statusBuilder{rep: rep}
		f := &schema.Field{Name: "m", Type: c.typ, Values: c.values, Description: c.desc}
		err := b.constrain("p.txt", "object: T", 1, f, "", f.Description)
		got := constraintsOf(f)
		if err != nil {
			got = "error"
		}
		warns, _ := rep.Sorted(nil, false)
		if got != c.want || (len(warns) > 0) != c.warns {
			t.Errorf("%s %q: got %q (%v, warnings %v), want %q (warns %v)", c.typ, c.desc, got, err, warns, c.want, c.warns)
		}
	}
}

// TestMissedBound warns once at the member's row of a text that states
// a bound the grammar did not read: a bound's word next to a number,
// quoting the phrase and giving the override that sets it; a text that
// looks like a constraint in no form the grammar reads; and a text of
// both, as the latter alone.
func TestMissedBound(t *testing.T) {
	for _, c := range []struct{ desc, want string }{
		{"Number of players. The limit is 100 per room.", `p.txt:7: member players: a bound the grammar did not read: "The limit is 100 per room"; write it in overrides as {object: Room, field: players, maximum: 100}`},
		{"Number of players, 1 ~ 5 of v2.Room or more", `p.txt:7: member players: "Number of players, 1 ~ 5 of v2.Room or more" looks like a constraint, but states it in no form the parser reads; the member gets no bound from it; write it in overrides as {object: Room, field: players, minimum: <least>, maximum: <greatest>}`},
		{"Number of players. Send 10 items or so per call.", `p.txt:7: member players: "Send 10 items or so per call." looks like a constraint, but states it in no form the parser reads; the member gets no bound from it; write it in overrides as {object: Room, field: players, minimum: <least>, maximum: <greatest>}`},
	} {
		rep := &pages.Reporter{}
		b := &statusBuilder{rep: rep}
		f := &schema.Field{Name: "players", Type: schema.Integer, Description: c.desc}
		if err := b.constrain("p.txt", "object: Room", 7, f, "", f.Description); err != nil {
			t.Fatal(err)
		}
		warns, _ := rep.Sorted(nil, false)
		if len(warns) != 1 || warns[0].Error() != c.want {
			t.Errorf("%q: warnings %v, want %q", c.desc, warns, c.want)
		}
	}
}

func constraintsOf(f *schema.Field) string {
	var s []string
	if f.Minimum != nil {
		s = append(s, fmt.Sprintf("min %g", *f.Minimum))
	}
	if f.Maximum != nil {
		s = append(s, fmt.Sprintf("max %g", *f.Maximum))
	}
	if f.MinLength != nil {
		s = append(s, fmt.Sprintf("len %d-%d", *f.MinLength, *f.MaxLength))
	}
	if f.Default != nil {
		s = append(s, fmt.Sprintf("default %v", f.Default))
	}
	return strings.Join(s, " ")
}

// TestCodeColumns checks that code tables are told by their columns, in
// English or Korean, and that a status table or a field table is none.
func TestCodeColumns(t *testing.T) {
	for header, want := range map[string]codeColumns{
		"Http response code | detail_code | msg | Description":                     {0, 1, 2, 3},
		"detail code | HTTP Status Code | Message":                                 {1, 0, 2, -1},
		"HTTP 응답 코드 | 상세 코드 | 메시지 | 설명":                                            {0, 1, 2, 3},
		"상태코드 | 상세코드 | 설명":                                                         {0, 1, -1, 2},
		"Status Code | Status Code Description | Status Code Detailed Description": {0, -1, -1, 1},
		"Name | Type | Description":                                                {-1, -1, -1, 2},
		"detail_code | msg":                                                        {-1, -1, 1, -1},
	} {
		tb := &pages.Table{Header: strings.Split(header, " | ")}
		if got := codeColumnsOf(tb); got != want {
			t.Errorf("codeColumnsOf(%q) = %+v, want %+v", header, got, want)
		}
	}
}

func TestTrimEdgePipes(t *testing.T) {
	for _, c := range []struct {
		cell, want string
		cut        bool
	}{
		{`"application/json" \|`, `"application/json"`, true},
		{`"application/json" |`, `"application/json"`, true},
		{`\| Bearer {token}`, `Bearer {token}`, true},
		{`| application/json \| |`, `application/json`, true},
		{` application/json `, `application/json`, false},
		{`a | b`, `a | b`, false},
		{`\d+`, `\d+`, false},
	} {
		if got, cut := trimEdgePipes(c.cell); got != c.want || cut != c.cut {
			t.Errorf("trimEdgePipes(%q) = %q %v, want %q %v", c.cell, got, cut, c.want, c.cut)
		}
	}
}

// TestLostType moves the cells of a row that lost its Type cell to their
// columns where its Type cell states a requiredness (Y, TRUE) and its
// Mandatory cell none, and leaves every other row as it is.
func TestLostType(t *testing.T) {
	tb := &pages.Table{Header: []string{"Name", "Type", "Mandatory", "Description"}}
	tb.Cols, _ = pages.ColumnsOf(tb.Header)
	for _, c := range []struct {
		cells []string
		want  read.ColumnCells
	}{
		{[]string{"orderId", "Y", "Order ID"}, read.ColumnCells{pages.ColName: "orderId", pages.ColType: "", pages.ColRequired: "Y", pages.ColDescription: "Order ID"}},
		{[]string{"orderId", "TRUE", "Order ID"}, read.ColumnCells{pages.ColName: "orderId", pages.ColType: "", pages.ColRequired: "TRUE", pages.ColDescription: "Order ID"}},
		{[]string{"orderId", "String", "Order ID"}, read.ColumnCells{pages.ColName: "orderId", pages.ColType: "String", pages.ColRequired: "Order ID", pages.ColDescription: ""}},
		{[]string{"orderId", "Y", "N"}, read.ColumnCells{pages.ColName: "orderId", pages.ColType: "Y", pages.ColRequired: "N", pages.ColDescription: ""}},
		{[]string{"orderId", "Y", "N", "Order ID"}, read.ColumnCells{pages.ColName: "orderId", pages.ColType: "Y", pages.ColRequired: "N", pages.ColDescription: "Order ID"}},
	} {
		r := &pages.Row{Cells: c.cells}
		cells := read.ByColumn(tb, r)
		lostType(tb, r, &cells)
		if !reflect.DeepEqual(cells, c.want) {
			t.Errorf("lostType(%q) = %v, want %v", c.cells, cells, c.want)
		}
	}
}

func TestTypeHeading(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{"Replay", "Replay"},
		{"Term (약관)", "Term"},
		{"HIGHSCORE", "HIGHSCORE"},
		{"Post", "Post"},
		{"POST", ""},
		{"WARNING", ""},
		{"Note", ""},
		{"Info", ""},
		{"Note:", ""},
		{"replay", ""},
	} {
		if got, _ := typeHeading(c.line); got != c.want {
			t.Errorf("typeHeading(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestStatusRowsWithoutTable refuses the lines of a section of status
// codes or codes that read as rows of its table and that no table took:
// where it holds no table (lynx -dump at its width, cells one space
// apart), at its first such line only; after its table (a cell a line,
// rows the table did not take), at each. Its prose is no such line, and
// none is warned of: the section's facts would leave the schema.
func TestStatusRowsWithoutTable(t *testing.T) {
	for _, c := range []struct {
		name  string
		texts []string
		errs  []int
	}{
		{"a status table printed one space apart", []string{"/note/get", "Response Status Code", "Status Code Status Code Description Status Code Detailed Description", "200 Normal Response Normal", "400 Bad Request Missing mandatory parameters"}, []int{4}},
		{"a code table's rows under a lost header", []string{"/note/get", "Response Code", "4xx -81001 Drill bit broken The bit is worn out"}, []int{3}},
		{"a status table's cells a line each, its header row lost", []string{"/note/get", "Response Status Code", "The codes it answers:", "200", "Normal Response"}, []int{4}},
		{"a status table's cells a line each, the rows after a wrapped cell left out of it", []string{"/note/get", "Response Status Code", "", "Normal", "400", "Bad Request"}, []int{5}},
		{"rows one space apart after a status table", []string{"/note/get", "Response Status Code", "", "401 Unauthenticated Authentication failed", "409 Conflict The clear was already recorded"}, []int{4, 5}},
		{"a row set apart after a status table", []string{"/note/get", "Response Status Code", "", "404                 Not Found               The resource does not exist"}, []int{4}},
		{"a detail code alone after a code table", []string{"/note/get", "Response Code", "", "-81002"}, []int{4}},
		{"prose after a status table", []string{"/note/get", "Response Status Code", "", "400 errors are retried by the client."}, nil},
		{"prose in a status section", []string{"/note/get", "Response Status Code", "The status codes are those of every endpoint."}, nil},
	} {
		var items []pages.Block
		for i, tx := range c.texts {
			if tx == "" {
				// A status table there.
				tb := &pages.Table{Line: i + 1, Header: []string{"Status Code", "Status Code Description", "Status Code Detailed Description"}, Rows: []*pages.Row{{Line: i + 2, Cells: []string{"200", "Normal Response", "Normal"}}}}
				tb.Cols, _ = pages.ColumnsOf(tb.Header)
				items = append(items, pages.Block{Line: i + 1, Table: tb})
				continue
			}
			items = append(items, pages.Block{Line: i + 1, Text: tx})
		}
		rep := &pages.Reporter{}
		readStatusPage("p.txt", pages.PDFText{}, c.texts, items, rep, nil, nil)
		ws, errs := rep.Sorted([]string{"p.txt"}, false)
		var got []int
		for _, e := range errs {
			got = append(got, e.Pos.Line)
		}
		var warned []string
		for _, w := range ws {
			if strings.Contains(w.Msg, "status codes") || strings.Contains(w.Msg, "goes without the codes") {
				warned = append(warned, w.Error())
			}
		}
		if !reflect.DeepEqual(got, c.errs) || len(warned) > 0 {
			t.Errorf("%s: errors at lines %v, want %v (%v); warnings %q, want none", c.name, got, c.errs, errs, warned)
		}
	}
}

// TestFieldSectionWithoutTable refuses a section of the request's
// headers, parameters or body, or of the response's body, that holds no
// table and whose text is what its table would be (the names of its
// columns, a cell a line as a PDF's text sets them; a row, its cells
// one space apart), at the first such line only; a section of prose that
// documents nothing is only warned of.
func TestFieldSectionWithoutTable(t *testing.T) {
	for _, c := range []struct {
		name  string
		texts []string
		errs  []int
	}{
		{"a header row a cell a line", []string{"/note/get", "Request Headers", "Name", "Type Mandatory", "Description", "appSecret", "String Y", "App Secret"}, []int{3}},
		{"a body's header row and rows one space apart", []string{"/note/get", "Request Body", "Name Type Mandatory Description", "noteId String Y Note ID"}, []int{3}},
		{"a row with its field's identifier", []string{"/note/get", "Response Body", "The answer:", "Note noteId String Y Note ID"}, []int{4}},
		{"no body", []string{"/note/get", "Request Body", "No request body."}, nil},
		{"a sentence", []string{"/note/get", "Request Parameters", "This API has no parameters"}, nil},
	} {
		var items []pages.Block
		for i, tx := range c.texts {
			items = append(items, pages.Block{Line: i + 1, Text: tx})
		}
		rep := &pages.Reporter{}
		readStatusPage("p.txt", pages.PDFText{}, c.texts, items, rep, nil, nil)
		ws, errs := rep.Sorted([]string{"p.txt"}, false)
		var got []int
		for _, e := range errs {
			got = append(got, e.Pos.Line)
		}
		warned := slices.ContainsFunc(ws, func(w schema.Diagnostic) bool { return strings.Contains(w.Msg, "holds no table, only text") })
		if !reflect.DeepEqual(got, c.errs) || warned != (c.errs == nil) {
			t.Errorf("%s: errors at lines %v, want %v (%v); warned %v", c.name, got, c.errs, errs, warned)
		}
	}
}

// TestConstrainUntyped warns, at its row, of a member whose row lost its
// type and which the examples typed (told apart from one whose type cell
// states a type the parser cannot read: its type was not dropped), and
// of the constraints of one they did not, which go unapplied.
func TestConstrainUntyped(t *testing.T) {
	rep := &pages.Reporter{}
	b := &statusBuilder{rep: rep, untyped: []untypedMember{
		{"p.md", "object: Item", 30, &schema.Field{Name: "total", Type: schema.Integer, Description: "Items in stock"}, "", "Items in stock"},
		{"p.md", "object: Item", 31, &schema.Field{Name: "tags", Type: schema.String, Array: true}, "", ""},
		{"p.md", "object: Item", 32, &schema.Field{Name: "note", Description: "A note. (up to 40 characters)"}, "", "A note. (up to 40 characters)"},
		{"p.md", "object: Item", 33, &schema.Field{Name: "memo", Description: "A memo."}, "", "A memo."},
		{"p.md", "object: Item", 34, &schema.Field{Name: "rank", Type: schema.Integer}, "Integer (rank code)", ""},
	}}
	b.constrainUntyped()
	warns, errs := rep.Sorted([]string{"p.md"}, false)
	var got []string
	for _, w := range warns {
		got = append(got, w.Pos.String()+": "+w.Msg)
	}
	want := []string{
		"p.md:30: recovered the dropped type of member total: integer, as the examples show it; if the page means another, add the fix {object: Item, field: total, type: <type>} to the overrides",
		"p.md:31: recovered the dropped type of member tags: string[], as the examples show it; if the page means another, add the fix {object: Item, field: tags, type: <type>} to the overrides",
		`p.md:32: member note has lost its type, so the constraints its description states ("A note. (up to 40 characters)") are not applied: an override that gives its type gives no bound; set them with the fix {object: Item, field: note, …}`,
		`p.md:34: took the type of member rank from the examples: integer; its type cell "Integer (rank code)" is no type the parser reads; if the page means another, add the fix {object: Item, field: rank, type: <type>} to the overrides`,
	}
	if len(errs) > 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("warnings\n%q\nwant\n%q\nerrors %v", got, want, errs)
	}
}
