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
	if want := []string{"8 limit", "9 kind"}; !slices.Equal(holes, want) {
		t.Errorf("holes %q, want %q: %v", holes, want, err)
	}
	var recovered []string
	for _, w := range res.Warnings {
		if strings.Contains(w.Msg, "recovered the dropped type") {
			recovered = append(recovered, fmt.Sprintf("%d %s", w.Pos.Line, w.Msg))
		}
	}
	want := []string{
		"6 recovered the dropped type of field region: string (as the other tables of its page document a field region, at page.md:14, and its own bound in characters is a string's)",
		"7 recovered the dropped type of field tier: number int (as the other tables of its page document a field tier, at page.md:15, page.md:22)",
	}
	if !slices.Equal(recovered, want) {
		t.Errorf("recoveries\n got %q\nwant %q", recovered, want)
	}
}
