package parser_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// TestTypeSpelledTwoWays reads a type whose heading spells its name one
// way (Generic.StoreItem) and whose references another
// (GenericModels.StoreItem) as one type, named as its heading spells it,
// with a warning at the heading's line, where the type's facts are, that
// names the other spelling and where it is first seen.
func TestTypeSpelledTwoWays(t *testing.T) {
	data, err := os.ReadFile("../testdata/pages/134_getStoreItems.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	const heading = 50 // "GenericModels.StoreItem", the type's heading
	if lines[heading-1] != "GenericModels.StoreItem" {
		t.Fatalf("line %d is %q, not the heading", heading, lines[heading-1])
	}
	lines[heading-1] = "Generic.StoreItem"
	res, err := parser.Parse([]parser.Page{{Name: "p.txt", Data: []byte(strings.Join(lines, "\n"))}}, parser.Options{Name: "x"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(res.API.Types, func(ty *schema.Type) bool { return ty.Name == "Generic.StoreItem" }) {
		t.Errorf("no type Generic.StoreItem in %v", res.API.Types)
	}
	i := slices.IndexFunc(res.Warnings, func(w schema.Diagnostic) bool { return strings.Contains(w.Msg, "name one type") })
	if i < 0 {
		t.Fatalf("no warning that the two spellings name one type: %v", res.Warnings)
	}
	if w := res.Warnings[i]; w.Pos.Line != heading || !strings.Contains(w.Msg, "GenericModels.StoreItem (p.txt:") {
		t.Errorf("want the warning at line %d naming GenericModels.StoreItem and its line, got %v", heading, w)
	}
}
