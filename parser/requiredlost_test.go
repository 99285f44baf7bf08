package parser_test

import (
	"os"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/overrides"
	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// TestRequiredLost parses a text browser's dump of a GearN page (lynx
// -dump: cells one space apart, an empty cell printed as nothing) whose
// field tables fill their Required column but in rows whose description
// begins in lower case: such a row lost its Required cell. Where another
// table of the page documents the field, its requiredness is recovered,
// with a warning; elsewhere it is a hole at the row, whose entry an
// override fills with either value. Where the column's other rows do not
// all fill it, the row is refused at its line: nothing tells its cells.
func TestRequiredLost(t *testing.T) {
	data, err := os.ReadFile("../testdata/facts/j07_upgradeBuilding/upgradeBuilding.txt")
	if err != nil {
		t.Fatal(err)
	}
	page := string(data)
	for _, r := range [][2]string{
		// The client's body: every row fills its Required cell but the
		// first, which the server's body documents.
		{"   buildingId string true The building. (1 - 32 characters)\n   targetLevel number int true The level to reach; one more than the current\n   level unless instantFinish is set. (from 2 to 30)\n   boosterIds string[] Boosters spent to shorten the upgrade. (at most 3 items)",
			"   buildingId string the building. (1 - 32 characters)\n   targetLevel number int true The level to reach; one more than the current\n   level unless instantFinish is set. (from 2 to 30)\n   boosterIds string[] false Boosters spent. (at most 3 items)"},
		{"   instantFinish boolean Finish", "   instantFinish boolean false Finish"},
		{"   workerShare number The share of idle", "   workerShare number false The share of"},
		// The server's body: its last row, which no other table
		// documents.
		{"   skipRequirements boolean Ignore", "   skipRequirements boolean ignore"},
	} {
		if !strings.Contains(page, r[0]) {
			t.Fatalf("the page has no %q", r[0])
		}
		page = strings.Replace(page, r[0], r[1], 1)
	}
	res, err := parser.Parse([]parser.Page{{Name: "upgradeBuilding.txt", Data: []byte(page)}}, parser.Options{Name: "base"})
	if err == nil || res.API == nil || len(res.Holes) != 1 {
		t.Fatalf("err %v, schema %v, holes %v; want one hole, and the schema", err, res.API != nil, res.Holes)
	}
	h := res.Holes[0]
	if h.Fact != schema.FactRequired || h.At != (schema.Pos{Page: "upgradeBuilding.txt", Line: 69}) || h.Field.Name != "skipRequirements" || h.Target != (schema.Target{Operation: "upgradeBuilding", Role: "server"}) {
		t.Errorf("hole %+v; want whether skipRequirements of upgradeBuilding's server body is required, at line 69", h)
	}
	wantErr := "upgradeBuilding.txt:69: field skipRequirements has lost its Required cell (row \"skipRequirements boolean ignore the town hall level requi...\"), which the table's other rows fill, and no other table of its page says whether skipRequirements is required. To settle it, add to the overrides file (under fixes:), with <true or false> replaced:\n  - operation: upgradeBuilding\n    role: server\n    field: skipRequirements\n    required: <true or false>"
	if err.Error() != wantErr {
		t.Errorf("error\n%v\nwant\n%s", err, wantErr)
	}
	warned := false
	for _, w := range res.Warnings {
		warned = warned || w.Pos.Line == 35 && strings.Contains(w.Msg, "recovered whether field buildingId is required, whose Required cell its row lost: true (as the other tables of its page document a field buildingId, at upgradeBuilding.txt:119, upgradeBuilding.txt:66)")
	}
	if !warned {
		t.Errorf("no warning of buildingId's requiredness recovered at line 35: %v", res.Warnings)
	}
	fixes, err := overrides.Load("fixes.yaml", []byte("fixes:\n  - operation: upgradeBuilding\n    role: server\n    field: skipRequirements\n    required: false\n"))
	if err != nil {
		t.Fatal(err)
	}
	notes, err := fixes.Apply(res.API, res.Holes)
	if err != nil || len(notes) != 1 || !strings.Contains(notes[0].Msg, "fills the hole at upgradeBuilding.txt:69") {
		t.Errorf("notes %v, err %v; want the hole filled", notes, err)
	}
	for _, op := range res.API.Operations {
		for _, ep := range op.Endpoints {
			for _, f := range ep.Body {
				if f.Name == "buildingId" && !f.Required || f.Name == "skipRequirements" && f.Required {
					t.Errorf("%s's field %s: required %t", ep.Role, f.Name, f.Required)
				}
			}
		}
	}

	// The client's table with its other rows' Required cells empty, as
	// the page has them: the row is refused.
	page = strings.Replace(page, "   instantFinish boolean false Finish", "   instantFinish boolean Finish", 1)
	_, err = parser.Parse([]parser.Page{{Name: "upgradeBuilding.txt", Data: []byte(page)}}, parser.Options{Name: "base"})
	if err == nil || !strings.Contains(err.Error(), "upgradeBuilding.txt:35: line 35 of the table at line 34, whose cells are one space apart as a text browser prints them, reads as a row (buildingId | string |  | the building. (1 - 32 characters)) only with an empty cell before a description that begins in lower case, and the table's other rows do not all fill that column") {
		t.Errorf("err %v; want line 35 refused", err)
	}
}

// TestKakaoRequiredLost parses a text browser's dump of a Kakao page
// whose request body's row lost its Mandatory cell: a hole, or, where the
// answer's table documents the member with a Mandatory cell, what it
// states, with a warning.
func TestKakaoRequiredLost(t *testing.T) {
	page := "/item/grant\n\nDescription\n\n   Grants an item to a player, for the operators who settle a report or a\n   claim.\n\nMethod\n\n   POST\n\n" +
		"Request Headers\n\n   Name Type Mandatory Description\n   kgAppId String Y KG App ID\n\n" +
		"Request Body\n\n   Name Type Mandatory Description\n   itemId String Y Item ID\n   reason String kept in the log (up to 100 characters)\n   count Integer N How many\n\n" +
		"Response Body\n\n   Name Type Description\n   reason String The reason kept\n\n" +
		"Response Status Code\n\n   Status Code Status Code Description\n   200 Normal\n"
	res, err := parser.Parse([]parser.Page{{Name: "grant.txt", Data: []byte(page)}}, parser.Options{Name: "x"})
	if err == nil || res.API == nil || len(res.Holes) != 1 || res.Holes[0].Fact != schema.FactRequired || res.Holes[0].At.Line != 21 || res.Holes[0].Target != (schema.Target{Operation: "grant"}) {
		t.Fatalf("err %v, holes %+v; want whether reason is required a hole at line 21", err, res.Holes)
	}
	page = strings.Replace(page, "   Name Type Description\n   reason String The reason kept", "   Name Type Mandatory Description\n   reason String N The reason kept", 1)
	res, err = parser.Parse([]parser.Page{{Name: "grant.txt", Data: []byte(page)}}, parser.Options{Name: "x"})
	if err != nil {
		t.Fatalf("err %v; want reason's requiredness recovered", err)
	}
	want := "recovered whether member reason is required, whose Mandatory cell its row lost: false (as the other tables of its page document a field reason, at grant.txt:27)"
	found := false
	for _, w := range res.Warnings {
		found = found || w.Pos.Line == 21 && w.Msg == want
	}
	if !found {
		t.Errorf("no warning %q at line 21: %v", want, res.Warnings)
	}
}

// TestRequiredShifted parses a GearN page (ELinks's dump, t03) whose
// admin body has a row that lost a cell and set its description in the
// Required column (a Markdown row of three cells in a table of four),
// where the client's body requires the field: read as optional, as an
// empty Required cell would say, with a warning at its row that another
// table of the page requires it and the fix that says so too.
func TestRequiredShifted(t *testing.T) {
	data, err := os.ReadFile("../testdata/facts/t03_blendWine/blendWine.txt")
	if err != nil {
		t.Fatal(err)
	}
	res, err := parser.Parse([]parser.Page{{Name: "blendWine.txt", Data: data}}, parser.Options{Name: "base"})
	if err != nil {
		t.Fatal(err)
	}
	for _, op := range res.API.Operations {
		for _, r := range op.Endpoints {
			for _, f := range r.Body {
				if f.Name == "style" && f.Required != (r.Role == "client") {
					t.Errorf("style of the %s body: required %t", r.Role, f.Required)
				}
			}
		}
	}
	want := "field style is read as optional, its row having lost a cell and set its description in the Required column, but the page's other rows of it say it is required (as the other tables of its page document a field style, at blendWine.txt:232, blendWine.txt:77): if the cell it lost said so, add the fix {operation: blendWine, role: admin, field: style, required: true} to the overrides"
	warned := false
	for _, w := range res.Warnings {
		warned = warned || w.Pos.Line == 120 && w.Msg == want
	}
	if !warned {
		t.Errorf("no warning at line 120 %q: %v", want, res.Warnings)
	}
}
