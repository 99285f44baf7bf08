package parser_test

import (
	"os"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/overrides"
	"github.com/docs2go/docs2go/parser"
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
