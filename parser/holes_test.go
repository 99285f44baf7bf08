package parser_test

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/overrides"
	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

// TestHoles parses a page whose rows lost their types: the result holds
// the schema, with each typeless field where its row is, and the holes,
// each located at its row and at the type or request an overrides fix
// names; overrides that give the types fill them, and the schema is then
// valid. Beside a page that is no documentation page, the error is fatal:
// no schema.
func TestHoles(t *testing.T) {
	data, err := os.ReadFile("../testdata/parse/hole-lost-type/page.md")
	if err != nil {
		t.Fatal(err)
	}
	page := parser.Page{Name: "page.md", Data: data}
	res, err := parser.Parse([]parser.Page{page}, parser.Options{Name: "groups"})
	if err == nil || res.API == nil {
		t.Fatalf("err %v, schema %v; want the holes as errors, and the schema", err, res.API != nil)
	}
	want := []struct {
		at     schema.Pos
		target schema.Target
		field  string
	}{
		{schema.Pos{Page: "page.md", Line: 13}, schema.Target{Operation: "getMemberNames", Role: "client"}, "limit"},
		{schema.Pos{Page: "page.md", Line: 25}, schema.Target{Object: "GetMemberNamesResponseData"}, "names"},
	}
	if len(res.Holes) != len(want) {
		t.Fatalf("%d holes; want %d: %v", len(res.Holes), len(want), err)
	}
	for i, w := range want {
		h := res.Holes[i]
		if h.At != w.at || h.Target != w.target || h.Fact != schema.FactType || h.Field.Name != w.field || h.Field.Type != "" {
			t.Errorf("hole %d: at %v, target %+v, fact %s, field %q of type %q; want at %v, target %+v, the type of %s", i, h.At, h.Target, h.Fact, h.Field.Name, h.Field.Type, w.at, w.target, w.field)
		}
	}
	if ds, _ := err.(schema.Diagnostics); len(ds) != 2 || ds[0] != res.Holes[0].Diagnostic() {
		t.Errorf("the error is not the holes' diagnostics: %v", err)
	}

	fixes, err := overrides.Load("fixes.yaml", []byte("fixes:\n"+
		"  - operation: getMemberNames\n    field: limit\n    type: integer\n"+
		"  - object: GetMemberNamesResponseData\n    field: names\n    type: string[]\n"))
	if err != nil {
		t.Fatal(err)
	}
	notes, err := fixes.Apply(res.API, res.Holes)
	if err != nil || len(notes) != 2 {
		t.Fatalf("notes %v, err %v; want two notes and no error", notes, err)
	}
	if open := res.Holes.Open(); len(open) > 0 {
		t.Errorf("holes left open: %v", open)
	}

	res, err = parser.Parse([]parser.Page{page, {Name: "other.md", Data: []byte("just prose\n")}}, parser.Options{Name: "groups"})
	if err == nil || res.API != nil || len(res.Holes) > 0 {
		t.Errorf("beside a page that is not a documentation page: err %v, schema %v, %d holes; want an error and no schema", err, res.API != nil, len(res.Holes))
	}
}

// TestRivalTypes parses a page whose row lost its type, of a field that
// two other tables document with different types: the error names both,
// and the fix for each.
func TestRivalTypes(t *testing.T) {
	const name = "promoteGuildMember.txt"
	data, err := os.ReadFile("../testdata/facts/g08_promoteGuildMember/" + name)
	if err != nil {
		t.Fatal(err)
	}
	_, err = parser.Parse([]parser.Page{{Name: name, Data: data}}, parser.Options{})
	if err == nil {
		t.Fatal("parsed a field of two rival types")
	}
	for _, want := range []string{name + ":21: field until has lost its type cell", "number at " + name + ":39, string at " + name + ":57", "field: until\n    type: number\n", "field: until\n    type: string"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not hold %q", err, want)
		}
	}
}

// TestTableHoles parses a page whose tables without a heading the
// evidence gives to two types each: the holes are the tables, at their
// header lines, naming both types, and the rest of the page is read;
// with the tables: entries the parse takes, it succeeds.
func TestTableHoles(t *testing.T) {
	data, err := os.ReadFile("../testdata/parse/broken-headingless-ambiguous-md/getTrade.md")
	if err != nil {
		t.Fatal(err)
	}
	pages := []parser.Page{{Name: "getTrade.md", Data: data}}
	res, err := parser.Parse(pages, parser.Options{Name: "trade"})
	if err == nil || res.API == nil || len(res.Holes) != 3 {
		t.Fatalf("err %v, schema %v, %d holes; want three tables' holes as errors, and the schema", err, res.API != nil, len(res.Holes))
	}
	for i, line := range []int{29, 33, 37} {
		h := res.Holes[i]
		if h.Fact != schema.FactTable || h.At != (schema.Pos{Page: "getTrade.md", Line: line}) || !slices.Contains(h.Candidates, "Offer") || !slices.Contains(h.Candidates, "Counter") {
			t.Errorf("hole %d: %+v; want the table at line %d, Offer or Counter", i, h, line)
		}
	}
	if len(res.API.Operations) != 1 || res.API.TypeByName("InvalidMember") == nil || res.API.TypeByName("Offer") != nil {
		t.Errorf("the rest of the page is not read, or a table is guessed: %d operations, types %v", len(res.API.Operations), res.API.Types)
	}
	tables := []read.TableType{
		{Table: schema.Pos{Page: "getTrade.md", Line: 29}, Type: "Offer"},
		{Table: schema.Pos{Page: "getTrade.md", Line: 33}, Type: "Counter"},
		{Table: schema.Pos{Page: "getTrade.md", Line: 37}, Type: "ErrorCode"},
	}
	if res, err := parser.Parse(pages, parser.Options{Name: "trade", Tables: tables}); err != nil || len(res.Holes) > 0 || res.API.TypeByName("Counter") == nil {
		t.Errorf("with the tables: entries: err %v, holes %v", err, res.Holes)
	}
}

// TestPageTypes parses a page whose rows lost their type cells, of
// fields the page's other tables document: a field they all give one
// type gets it, with a warning at its row, which its own bound in
// characters confirms; where they give two types, or its bound in
// characters contradicts the type they give, it is a hole.
func TestPageTypes(t *testing.T) {
	page := "Client\n" +
		"No require permission rules.\n" +
		"POST /api/rJson/event/client/getSchedule\n" +
		"| Name | Required | Description |\n" +
		"|---|---|---|\n" +
		"| Secret-Key | true | The key. |\n" +
		"| Content-Type | true | application/json |\n" +
		"| Code | Type | Required | Description |\n" +
		"|---|---|---|---|\n" +
		"| region | | true | The region. (2 - 12 characters) |\n" +
		"| tier | | | The tier. (from 1 to 5) |\n" +
		"| limit | | true | How many events. (1 - 8 characters) |\n" +
		"| kind | | | The kind of event. |\n" +
		"200 Ok\n" +
		"| Code | Type | Required | Description |\n" +
		"|---|---|---|---|\n" +
		"| error | string | | Empty on success. |\n" +
		"| region | string | true | The region. |\n" +
		"| tier | number int | true | The tier. |\n" +
		"| limit | number int | true | The events read at most. |\n" +
		"| events | Event[] | true | The events. See Event |\n" +
		"| kind | string | | The kind asked for. |\n" +
		"Event\n" +
		"| Code | Type | Required | Description |\n" +
		"|---|---|---|---|\n" +
		"| tier | number int | true | The event's tier. |\n" +
		"| kind | number int | true | The event's kind. |\n"
	res, err := parser.Parse([]parser.Page{{Name: "page.md", Data: []byte(page)}}, parser.Options{Name: "events"})
	if res.API == nil {
		t.Fatalf("no schema: %v", err)
	}
	var holes []string
	for _, h := range res.Holes {
		holes = append(holes, fmt.Sprintf("%d %s", h.At.Line, h.Field.Name))
	}
	if want := []string{"12 limit", "13 kind"}; !slices.Equal(holes, want) {
		t.Errorf("holes %q, want %q: %v", holes, want, err)
	}
	var recovered []string
	for _, w := range res.Warnings {
		if strings.Contains(w.Msg, "recovered the dropped type") {
			recovered = append(recovered, fmt.Sprintf("%d %s", w.Pos.Line, w.Msg))
		}
	}
	want := []string{
		"10 recovered the dropped type of field region: string (as the other tables of its page document a field region, at page.md:18, and its own bound in characters is a string's)",
		"11 recovered the dropped type of field tier: number int (as the other tables of its page document a field tier, at page.md:19, page.md:26)",
	}
	if !slices.Equal(recovered, want) {
		t.Errorf("recoveries\n got %q\nwant %q", recovered, want)
	}
}

// TestRequiredHoles parses pages of both protocols whose tables leave a
// Required cell empty: where the table's other rows (or, where they
// state nothing, the page's other tables) mark the required members
// alone, an empty cell is optional, with one warning for the page; where
// they state optional too, or nothing, its requiredness is a hole at its
// row, which an override's required: fills, false as well as true.
func TestRequiredHoles(t *testing.T) {
	kakao := func(rows string) string {
		return "# Item (/item)\n\n## /item/use\n\n### Description\n\nUses an item.\n\n### Method\n\nPOST\n\n" +
			"### Request Body\n\n| Name | Type | Mandatory | Description |\n|---|---|---|---|\n" + rows + "\n" +
			"### Response Status Code\n\n| Status Code | Status Code Description | Status Code Detailed Description |\n|---|---|---|\n| 200 | Normal Response | Normal |\n"
	}
	gearn := func(rows string) string {
		return "# useItem\n\n## Client\n\nNo require permission rules.\n\n### HTTP\n\n```http\nPOST /api/rJson/item/client/useItem\n```\n\n" +
			"### Request Headers\n\n| Name | Required | Description |\n|---|---|---|\n| Secret-Key | true | The key. |\n| Content-Type | true | application/json |\n\n" +
			"### Request Body\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n" + rows + "\n" +
			"## Response Body\n\n200 Ok\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| returnCode | ReturnCode | true | See ReturnCode |\n| parameters | ResponseData | | See ResponseData |\n\n### ReturnCode\n\n| Name | Code | Description |\n|---|---|---|\n| Ok | 1 | Done. |\n\n### ResponseData\n\n| Code | Type | Required | Description |\n|---|---|---|---|\n| left | number int | true | Left. |\n"
	}
	for _, c := range []struct {
		name, page string
		hole       bool   // the row of count is a hole
		warning    string // else the warning, at count's row
		target     string
	}{
		{"Kakao, marks and blanks", kakao("| itemId | String | ✓ | Item ID |\n| count | Integer | | Count |\n"), false, "p.md:18: read 1 members as optional whose Required cells are empty (line 18)", ""},
		{"Kakao, Y, N and a blank", kakao("| itemId | String | Y | Item ID |\n| note | String | N | Note |\n| count | Integer | | Count |\n"), true, "", "operation: use"},
		{"Kakao, every cell blank", kakao("| itemId | String | | Item ID |\n| count | Integer | | Count |\n"), true, "", "operation: use"},
		{"GearN, true and blanks", gearn("| itemId | string | true | The item. |\n| count | number int | | The count. |\n"), false, "p.md:25: read 2 members as optional whose Required cells are empty (lines 25, 34)", ""},
		{"GearN, true, false and a blank", gearn("| itemId | string | true | The item. |\n| note | string | false | The note. |\n| count | number int | | The count. |\n"), true, "", "operation: useItem"},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := parser.Parse([]parser.Page{{Name: "p.md", Data: []byte(c.page)}}, parser.Options{Name: "x"})
			if !c.hole {
				if err != nil {
					t.Fatal(err)
				}
				found := slices.ContainsFunc(res.Warnings, func(d schema.Diagnostic) bool { return strings.HasPrefix(d.Error(), c.warning) })
				if !found {
					t.Errorf("no warning %q in %v", c.warning, res.Warnings)
				}
				return
			}
			if err == nil || res.API == nil || len(res.Holes) == 0 {
				t.Fatalf("err %v, %d holes; want the hole of count", err, len(res.Holes))
			}
			h := res.Holes[len(res.Holes)-1]
			if h.Fact != schema.FactRequired || h.Field.Name != "count" || !strings.Contains(h.Entry(), "required: <true or false>") {
				t.Fatalf("hole %+v, entry %q; want count's requiredness", h, h.Entry())
			}
			fix := "fixes:\n"
			for _, h := range res.Holes {
				fix += fmt.Sprintf("  - %s\n    field: %s\n    required: false\n", c.target, h.Field.Name)
			}
			fixes, err := overrides.Load("fixes.yaml", []byte(fix))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := fixes.Apply(res.API, res.Holes); err != nil {
				t.Errorf("the fixes required: false leave: %v", err)
			}
			if h.Field.Required || h.Field.RequiredOpen {
				t.Errorf("count after the fix: required %t, open %t", h.Field.Required, h.Field.RequiredOpen)
			}
		})
	}
}

// TestFieldsHole parses pages whose tables of fields kept their header
// and lost every row, a GearN type's and an HTTP-status request body's:
// each is refused at its header line with the add: entry that gives its
// fields; the entry, filled, gives them, and the schema is then valid;
// an entry that fills nothing is stale, and leaves the hole open.
func TestFieldsHole(t *testing.T) {
	for _, c := range []struct {
		dir, page string
		line      int
		target    schema.Target
		entry     string
		fields    func(*schema.API) []*schema.Field
	}{
		{"hole-lost-rows", "page.md", 22, schema.Target{Object: "GetMemberNamesResponseData"}, "  - object: GetMemberNamesResponseData\n",
			func(api *schema.API) []*schema.Field { return api.TypeByName("GetMemberNamesResponseData").Fields }},
		{"hole-lost-body", "apiary.md", 82, schema.Target{Operation: "harvest"}, "  - operation: harvest\n",
			func(api *schema.API) []*schema.Field { return api.Operations[0].Endpoints[0].Body }},
	} {
		data, err := os.ReadFile("../testdata/parse/" + c.dir + "/" + c.page)
		if err != nil {
			t.Fatal(err)
		}
		parse := func() (*parser.Result, error) {
			return parser.Parse([]parser.Page{{Name: c.page, Data: data}}, parser.Options{Name: c.dir})
		}
		res, err := parse()
		if err == nil || res.API == nil || len(res.Holes) != 1 {
			t.Fatalf("%s: err %v, schema %t, %d holes; want the hole as the error, and the schema", c.dir, err, res.API != nil, len(res.Holes))
		}
		h := res.Holes[0]
		if h.Fact != schema.FactFields || h.At != (schema.Pos{Page: c.page, Line: c.line}) || h.Target != c.target || h.Fields == nil || len(*h.Fields) > 0 {
			t.Fatalf("%s: hole %+v; want the fields of %+v at line %d, none yet", c.dir, h, c.target, c.line)
		}
		entry := c.entry + "    add: <name>\n    type: <type>\n    required: <true or false>"
		if ds, _ := err.(schema.Diagnostics); len(ds) != 1 || ds[0].Pos != h.At || !strings.HasSuffix(ds[0].Msg, ":\n"+entry) {
			t.Fatalf("%s: error %v; want the hole's, ending with the entry\n%s", c.dir, err, entry)
		}

		filled := strings.NewReplacer("<name>", "playerId", "<type>", "string", "<true or false>", "true").Replace(entry)
		fixes, err := overrides.Load("fixes.yaml", []byte("fixes:\n"+filled+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		notes, err := fixes.Apply(res.API, res.Holes)
		if err != nil || len(notes) != 1 || !strings.Contains(notes[0].Msg, fmt.Sprintf("which fills the hole at %s:%d", c.page, c.line)) {
			t.Fatalf("%s: notes %v, err %v; want the note that the fix fills the hole, and no error", c.dir, notes, err)
		}
		if fs := c.fields(res.API); len(fs) != 1 || fs[0].Name != "playerId" || fs[0].Type != schema.String || !fs[0].Required {
			t.Errorf("%s: fields %v; want playerId, a required string", c.dir, fs)
		}

		res, _ = parse()
		fixes, err = overrides.Load("fixes.yaml", []byte("fixes:\n  - object: Nowhere\n    add: playerId\n    type: string\n"))
		if err != nil {
			t.Fatal(err)
		}
		_, err = fixes.Apply(res.API, res.Holes)
		ds, _ := err.(schema.Diagnostics)
		if len(ds) != 2 || !strings.HasPrefix(ds[0].Msg, "stale override: the schema has no object type Nowhere") || ds[1] != res.Holes[0].Diagnostic() {
			t.Errorf("%s: err %v; want the stale fix, then the hole left open", c.dir, err)
		}
	}
}

// TestFieldsHoleFilledElsewhere cuts the rows of a GearN type's table on
// one page of several that document the type: the fields the other
// tables give are read as the type's, with a warning at the table's
// header line, not an error.
func TestFieldsHoleFilledElsewhere(t *testing.T) {
	var scraped []parser.Page
	for _, name := range []string{"000_99bfbb42b6f9f7e5.txt", "001_e494774cdac3e3e0.txt", "002_c5ff9cb488e598e1.txt", "003_36273ed7c22f8149.txt"} {
		data, err := os.ReadFile("../testdata/pages/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(name, "002") {
			cut := strings.Replace(string(data), "CodeTypeRequiredDescription\ncustomIdstringCustomId used in Custom.\n", "CodeTypeRequiredDescription\n", 1)
			if cut == string(data) {
				t.Fatal("no table of Custom to cut on page 002")
			}
			data = []byte(cut)
		}
		scraped = append(scraped, parser.Page{Name: name, Data: data})
	}
	res, err := parser.Parse(scraped, parser.Options{Name: "gearn"})
	if err != nil {
		t.Fatal(err)
	}
	if fs := res.API.TypeByName("Custom").Fields; len(fs) != 1 || fs[0].Name != "customId" {
		t.Errorf("Custom's fields %v; want customId", fs)
	}
	at := schema.Pos{Page: "002_c5ff9cb488e598e1.txt", Line: 151}
	if !slices.ContainsFunc(res.Warnings, func(w schema.Diagnostic) bool {
		return w.Pos == at && strings.Contains(w.Msg, "read as the fields another table documents of it ({customId})")
	}) {
		t.Errorf("no warning at %s that Custom's fields are read from its other tables: %v", at, res.Warnings)
	}
}

// TestHeadersHole parses pages whose tables of request headers kept
// their header and lost every row, a GearN endpoint's and an
// HTTP-status operation's: each is refused at its header line with the
// add: entry, in: headers, that gives its headers; the entry, filled,
// gives them, and the schema is then valid; an entry for a header the
// endpoint has is stale.
func TestHeadersHole(t *testing.T) {
	gearn, err := os.ReadFile("../testdata/parse/hole-lost-rows/page.md")
	if err != nil {
		t.Fatal(err)
	}
	gearnPage := strings.NewReplacer(
		"| Secret-Key | true | The SecretKey in SecretInfo with role must is Player. |\n| Content-Type | true | application/json |\n", "",
		"ResponseData\n| Code | Type | Required | Description |\n|---|---|---|---|\n", "ResponseData\n| Code | Type | Required | Description |\n|---|---|---|---|\n| names | string[] | true | The names. |\n",
	).Replace(string(gearn))
	kakaoPage := strings.Replace(statusPageTitled("Query Parameters", "Response Body"), "Authorization | String | Y | KakaoAK {ADMIN_KEY} |\n", "", 1)
	for _, c := range []struct {
		name, page string
		line       int
		target     schema.Target
		headers    func(*schema.API) []*schema.Header
	}{
		{"page.md", gearnPage, 6, schema.Target{Operation: "getMemberNames", Role: "client", In: "headers"},
			func(api *schema.API) []*schema.Header { return api.Operations[0].Endpoints[0].Headers }},
		{"poll.txt", kakaoPage, 5, schema.Target{Operation: "result", In: "headers"},
			func(api *schema.API) []*schema.Header { return api.Operations[0].Endpoints[0].Headers }},
	} {
		parse := func() (*parser.Result, error) {
			return parser.Parse([]parser.Page{{Name: c.name, Data: []byte(c.page)}}, parser.Options{Name: "x"})
		}
		res, err := parse()
		if err == nil || res.API == nil || len(res.Holes) != 1 {
			t.Fatalf("%s: err %v, schema %t, %d holes; want the hole as the error, and the schema", c.name, err, res.API != nil, len(res.Holes))
		}
		h := res.Holes[0]
		if h.Fact != schema.FactFields || h.At != (schema.Pos{Page: c.name, Line: c.line}) || h.Target != c.target || h.Headers == nil || len(*h.Headers) > 0 {
			t.Fatalf("%s: hole %+v; want the headers of %+v at line %d, none yet", c.name, h, c.target, c.line)
		}
		ds, _ := err.(schema.Diagnostics)
		msg := ds[0].Msg
		if len(ds) != 1 || ds[0].Pos != h.At || !strings.Contains(msg, "an entry for each header it documents") {
			t.Fatalf("%s: error %v; want the hole's, with the entry for each header", c.name, err)
		}
		entry := msg[strings.Index(msg, "  - operation: "):]
		filled := strings.NewReplacer("<name>", "Authorization", "<type>", "string", "<true or false>", "true").Replace(entry)
		fixes, err := overrides.Load("fixes.yaml", []byte("fixes:\n"+filled+"\n"))
		if err != nil {
			t.Fatalf("%s: the printed entry, filled, does not load: %v\n%s", c.name, err, filled)
		}
		notes, err := fixes.Apply(res.API, res.Holes)
		if err != nil || len(notes) != 1 || !strings.Contains(notes[0].Msg, fmt.Sprintf("which fills the hole at %s:%d", c.name, c.line)) {
			t.Fatalf("%s: notes %v, err %v; want the note that the fix fills the hole, and no error", c.name, notes, err)
		}
		if hs := c.headers(res.API); len(hs) != 1 || hs[0].Name != "Authorization" || hs[0].Type != schema.String || hs[0].Required != schema.Required {
			t.Errorf("%s: headers %+v; want Authorization, a required string", c.name, hs)
		}
		_, err = fixes.Apply(res.API, nil)
		if err == nil || !strings.Contains(err.Error(), "stale override") || !strings.Contains(err.Error(), "has a header Authorization already") {
			t.Errorf("%s: the fix applied again: err %v; want it stale", c.name, err)
		}
	}
}

// TestResponseHole parses a GearN page that lost its response table
// (its "Response Body" section, and the payload's table under it) beside
// a page that documents the envelope: its operation stands without the
// type of its answer, a hole whose error prints the response: fix; that
// entry, pasted with a type of the schema, fills it, and applied again
// is stale. Alone, with no page to give the envelope, the page is
// refused.
func TestResponseHole(t *testing.T) {
	inventory, err := os.ReadFile("../testdata/pages/132_getInventory.md")
	if err != nil {
		t.Fatal(err)
	}
	group, err := os.ReadFile("../testdata/pages/136_createGroup.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(inventory)
	from, to := strings.Index(text, "## Response Body"), strings.Index(text, "### GenericModels.ItemInstance")
	if from < 0 || to < from {
		t.Fatal("the page has no response section before GenericModels.ItemInstance")
	}
	lost := parser.Page{Name: "getInventory.md", Data: []byte(text[:from] + text[to:])}
	res, err := parser.Parse([]parser.Page{lost, {Name: "createGroup.md", Data: group}}, parser.Options{Name: "x"})
	if err == nil || res.API == nil || len(res.Holes) != 1 {
		t.Fatalf("err %v, schema %t, %d holes; want the hole as the error, and the schema", err, res.API != nil, len(res.Holes))
	}
	h := res.Holes[0]
	if h.Fact != schema.FactResponse || h.At.Page != lost.Name || h.Target != (schema.Target{Operation: "getInventory"}) || h.Operation == nil || h.Operation.Response != "" {
		t.Fatalf("hole %+v; want getInventory's response, none yet", h)
	}
	ds, _ := err.(schema.Diagnostics)
	if len(ds) != 1 || ds[0].Pos != h.At || !strings.Contains(ds[0].Msg, "add to the overrides file (under fixes:)") {
		t.Fatalf("error %v; want the hole's, with its entry", err)
	}
	msg := ds[0].Msg
	entry := msg[strings.Index(msg, "  - operation: "):]
	filled := strings.Replace(entry, "<type>", "GenericModels.ItemInstance", 1)
	fixes, err := overrides.Load("fixes.yaml", []byte("fixes:\n"+filled+"\n"))
	if err != nil {
		t.Fatalf("the printed entry, filled, does not load: %v\n%s", err, filled)
	}
	notes, err := fixes.Apply(res.API, res.Holes)
	if err != nil || len(notes) != 1 || !strings.Contains(notes[0].Msg, "which fills the hole at "+h.At.String()) {
		t.Fatalf("notes %v, err %v; want the note that the fix fills the hole, and no error", notes, err)
	}
	if h.Operation.Response != "GenericModels.ItemInstance" {
		t.Errorf("response %q; want GenericModels.ItemInstance", h.Operation.Response)
	}
	_, err = fixes.Apply(res.API, nil)
	if err == nil || !strings.Contains(err.Error(), "stale override") || !strings.Contains(err.Error(), "already answers GenericModels.ItemInstance") {
		t.Errorf("the fix applied again: err %v; want it stale", err)
	}

	res, err = parser.Parse([]parser.Page{lost}, parser.Options{Name: "x"})
	if err == nil || res.API != nil || len(res.Holes) > 0 || !strings.Contains(err.Error(), "no response table") {
		t.Errorf("alone: err %v, schema %t, %d holes; want the page refused, no schema", err, res.API != nil, len(res.Holes))
	}
}

// TestTablelessHole parses pages whose section of a request's part keeps
// its title and lost its table whole, up to the next title (cmark-gfm's
// plain text writes nothing for a table pandoc wrote as raw HTML): a
// GearN endpoint's "Request Body", an HTTP-status operation's "Query
// Parameters". Each is a hole at its title's line that prints the add:
// entry of its part, never a request of no fields; the entry, filled,
// fills it. A section that says it holds nothing ("None", "No body", a
// header row alone) is read as none, with no hole: never a body lost.
func TestTablelessHole(t *testing.T) {
	gearn, err := os.ReadFile("../testdata/parse/hole-lost-rows/page.md")
	if err != nil {
		t.Fatal(err)
	}
	gearnPage := strings.NewReplacer(
		"| Code | Type | Required | Description |\n|---|---|---|---|\n| groupId | string | true | The unique identifier of the group. (10 characters) |\n| limit | integer | true | How many names to read at most. (from 1 to 100) |\n", "Request Body\n\nResponse Body\n",
		"ResponseData\n| Code | Type | Required | Description |\n|---|---|---|---|\n", "ResponseData\n| Code | Type | Required | Description |\n|---|---|---|---|\n| names | string[] | true | The names. |\n",
	).Replace(string(gearn))
	if !strings.Contains(gearnPage, "Request Body\n\nResponse Body") {
		t.Fatal("no request table to cut on the GearN page")
	}
	kakaoPage := strings.Replace(statusPageTitled("Query Parameters", "Response Body"), "Query Parameters\nName | Type | Mandatory | Description |\n---|---|---|---|\npollId | String | Y | Poll ID |\n", "Query Parameters\n", 1)
	for _, c := range []struct {
		name, page string
		line       int
		target     schema.Target
		fields     func(*schema.API) []*schema.Field
	}{
		{"page.md", gearnPage, 10, schema.Target{Operation: "getMemberNames", Role: "client"},
			func(api *schema.API) []*schema.Field { return api.Operations[0].Endpoints[0].Body }},
		{"poll.txt", kakaoPage, 8, schema.Target{Operation: "result", In: "query"},
			func(api *schema.API) []*schema.Field { return api.Operations[0].Endpoints[0].Query }},
	} {
		res, err := parser.Parse([]parser.Page{{Name: c.name, Data: []byte(c.page)}}, parser.Options{Name: "x"})
		if err == nil || res.API == nil || len(res.Holes) != 1 {
			t.Fatalf("%s: err %v, schema %t, %d holes; want the hole as the error, and the schema", c.name, err, res.API != nil, len(res.Holes))
		}
		h := res.Holes[0]
		if h.Fact != schema.FactFields || !h.Tableless || h.At != (schema.Pos{Page: c.name, Line: c.line}) || h.Target != c.target || h.Fields == nil || len(*h.Fields) > 0 {
			t.Fatalf("%s: hole %+v; want the fields of %+v at the title's line %d, none yet", c.name, h, c.target, c.line)
		}
		ds, _ := err.(schema.Diagnostics)
		if len(ds) != 1 || ds[0].Pos != h.At || !strings.Contains(ds[0].Msg, "no table and no text") || !strings.Contains(ds[0].Msg, "write its table back on the page under its title") {
			t.Fatalf("%s: error %v; want the hole's, at the title", c.name, err)
		}
		msg := ds[0].Msg
		filled := strings.NewReplacer("<name>", "groupId", "<type>", "string", "<true or false>", "true").Replace(msg[strings.Index(msg, "  - operation: "):])
		fixes, err := overrides.Load("fixes.yaml", []byte("fixes:\n"+filled+"\n"))
		if err != nil {
			t.Fatalf("%s: the printed entry, filled, does not load: %v\n%s", c.name, err, filled)
		}
		if notes, err := fixes.Apply(res.API, res.Holes); err != nil || len(notes) != 1 {
			t.Fatalf("%s: notes %v, err %v; want the note that the fix fills the hole, and no error", c.name, notes, err)
		}
		if fs := c.fields(res.API); len(fs) != 1 || fs[0].Name != "groupId" || !fs[0].Required {
			t.Errorf("%s: fields %v; want groupId, required", c.name, fs)
		}
	}
	for _, c := range []struct{ name, page string }{
		{"page.md", strings.Replace(gearnPage, "Request Body\n\n", "Request Body\nNone\n", 1)},
		{"page.md", strings.Replace(gearnPage, "Request Body\n\n", "Request Body\nNo body.\n", 1)},
		{"page.md", strings.Replace(gearnPage, "Request Body\n\n", "Request Body\n| Code | Type | Required | Description |\n|---|---|---|---|\n", 1)},
		{"poll.txt", strings.Replace(kakaoPage, "Query Parameters\n", "Query Parameters\nNone\n", 1)},
	} {
		if _, err := parser.Parse([]parser.Page{{Name: c.name, Data: []byte(c.page)}}, parser.Options{Name: "x"}); err != nil {
			t.Errorf("%s, its section saying None: %v; want it read as none", c.name, err)
		}
	}
}

// TestTablelessTypeHole parses pages on which the section of a type, or
// of a response's body, keeps its title and lost its table whole up to
// the next title: a GearN page's InvalidMember, a Kakao page's nested
// type Choice and its empty "Response Body", and a GearN page whose
// "Request Body" title stands right over a type's heading. Each is a
// hole at its title's line (read.SectionLost) that prints the add: entry
// of the type, never a type of no fields nor one an example or a
// neighbour's table fills; the entry, filled, fills it. A type another
// page documents is read from there, with a warning at the title that
// names where.
func TestTablelessTypeHole(t *testing.T) {
	gearn, err := os.ReadFile("../testdata/parse/hole-lost-rows/page.md")
	if err != nil {
		t.Fatal(err)
	}
	gearnPage := strings.NewReplacer(
		"ResponseData\n| Code | Type | Required | Description |\n|---|---|---|---|\n", "ResponseData\n| Code | Type | Required | Description |\n|---|---|---|---|\n| names | string[] | true | The names. |\n",
		"InvalidMember\n| Code | Type | Description |\n|---|---|---|\n| code | string | The parameterCode invalid. |\n| invalidMemberType | InvalidMemberType | The invalid member type of this parameterCode. See InvalidMemberType |\n", "InvalidMember\n",
	).Replace(string(gearn))
	if !strings.Contains(gearnPage, "InvalidMember\nInvalidMemberType\n") {
		t.Fatal("no type table to cut on the GearN page")
	}
	bodyPage := strings.Replace(strings.Replace(string(gearn), "| Code | Type | Required | Description |\n|---|---|---|---|\n| groupId |", "Request Body\nGenericModels.Member\n| Code | Type | Required | Description |\n|---|---|---|---|\n| groupId |", 1),
		"ResponseData\n| Code | Type | Required | Description |\n|---|---|---|---|\n", "ResponseData\n| Code | Type | Required | Description |\n|---|---|---|---|\n| names | string[] | true | The names. |\n", 1)
	kakao := "/poll/result\nMethod\nGET\nRequest Headers\nName | Type | Mandatory | Description |\n---|---|---|---|\nAuthorization | String | Y | KakaoAK {ADMIN_KEY} |\n" +
		"Query Parameters\nName | Type | Mandatory | Description |\n---|---|---|---|\npollId | String | Y | Poll ID |\n" +
		"Response Status Code\nStatus Code | Status Code Description |\n---|---|\n200 | Normal |\n404 | Not Found |\n" +
		"Response Body\nName | Type | Description |\n---|---|---|\nvotes | Long | Votes cast |\nwinner | Choice | The choice with most votes |\n" +
		"Choice\n" +
		"Example Request\nGET /service/v5/poll/result?pollId=P1 HTTP/1.1\nHost: example.com\n\n" +
		"Example Response\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"votes\": 3, \"winner\": {\"label\": \"yes\"}}\n"
	emptyAnswer := strings.Replace(kakao, "Name | Type | Description |\n---|---|---|\nvotes | Long | Votes cast |\nwinner | Choice | The choice with most votes |\nChoice\n", "", 1)
	for _, c := range []struct {
		name, page string
		line       int
		target     schema.Target
		fields     func(*schema.API) []*schema.Field
	}{
		{"page.md", gearnPage, 30, schema.Target{Object: "InvalidMember"},
			func(api *schema.API) []*schema.Field { return api.TypeByName("InvalidMember").Fields }},
		{"page.md", bodyPage, 10, schema.Target{Operation: "getMemberNames", Role: "client"},
			func(api *schema.API) []*schema.Field { return api.Operations[0].Endpoints[0].Body }},
		{"poll.txt", kakao, 22, schema.Target{Object: "Choice"},
			func(api *schema.API) []*schema.Field { return api.TypeByName("Choice").Fields }},
		{"poll.txt", emptyAnswer, 17, schema.Target{Object: "ResultResponse"},
			func(api *schema.API) []*schema.Field { return api.TypeByName("ResultResponse").Fields }},
	} {
		res, err := parser.Parse([]parser.Page{{Name: c.name, Data: []byte(c.page)}}, parser.Options{Name: "x"})
		if err == nil || res.API == nil || len(res.Holes) != 1 {
			t.Errorf("%s at %d: err %v, schema %t, %d holes; want the hole as the error, and the schema", c.name, c.line, err, res.API != nil, len(res.Holes))
			continue
		}
		h := res.Holes[0]
		if h.Fact != schema.FactFields || !h.Tableless || h.At != (schema.Pos{Page: c.name, Line: c.line}) || h.Target != c.target || h.Fields == nil || len(*h.Fields) > 0 {
			t.Errorf("%s: hole %+v; want the fields of %+v at the title's line %d, none yet", c.name, h, c.target, c.line)
			continue
		}
		ds, _ := err.(schema.Diagnostics)
		if len(ds) != 1 || ds[0].Pos != h.At || !strings.Contains(ds[0].Msg, "no table and no text") || !strings.Contains(ds[0].Msg, "add: <name>") {
			t.Errorf("%s: error %v; want the hole's alone, at the title, with its add: entry", c.name, err)
			continue
		}
		msg := ds[0].Msg
		entry := msg[strings.LastIndex(msg, "\n  - "):]
		filled := strings.NewReplacer("<name>", "label", "<type>", "string", "<true or false>", "true").Replace(entry)
		fixes, err := overrides.Load("fixes.yaml", []byte("fixes:"+filled+"\n"))
		if err != nil {
			t.Errorf("%s: the printed entry, filled, does not load: %v\n%s", c.name, err, filled)
			continue
		}
		if notes, err := fixes.Apply(res.API, res.Holes); err != nil || len(notes) != 1 {
			t.Errorf("%s: notes %v, err %v; want the note that the fix fills the hole, and no error", c.name, notes, err)
			continue
		}
		if fs := c.fields(res.API); len(fs) != 1 || fs[0].Name != "label" || !fs[0].Required {
			t.Errorf("%s: fields %v; want label, required", c.name, fs)
		}
	}
	other := strings.NewReplacer("/poll/result", "/poll/latest", "Choice\nExample", "Choice\nName | Type | Description |\n---|---|---|\nlabel | String | The choice's label |\nExample").Replace(kakao)
	res, err := parser.Parse([]parser.Page{{Name: "poll.txt", Data: []byte(kakao)}, {Name: "latest.txt", Data: []byte(other)}}, parser.Options{Name: "x"})
	if err != nil || len(res.Holes) != 0 {
		t.Fatalf("Choice documented on another page: err %v, %d holes; want none", err, len(res.Holes))
	}
	want := "poll.txt:22: the section of the type Choice, at line 22, holds nothing up to the next title: its table is lost; read it from its table at latest.txt:"
	if !slices.ContainsFunc(res.Warnings, func(d schema.Diagnostic) bool { return strings.HasPrefix(d.Error(), want) }) {
		t.Errorf("no warning %q among %v", want, res.Warnings)
	}
}
