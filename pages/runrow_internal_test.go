package pages

import (
	"slices"
	"testing"
)

// TestRunRow pins the vocabulary of a row whose cells run together: the
// types and requiredness words its readers read, derived from the
// primitives' spellings, are those they read before they shared it.
func TestRunRow(t *testing.T) {
	wantTypes := []string{"DateTime", "Boolean", "Float32", "Float64", "Integer", "Double", "Number", "Object", "String", "Array", "Float", "Int32", "Int64", "Bool", "Date", "List", "Long", "Int", "Map"}
	if !slices.Equal(RunRow.Types, wantTypes) {
		t.Errorf("RunRow.Types = %q, want %q", RunRow.Types, wantTypes)
	}
	wantLower := []string{"boolean", "integer", "double", "number", "object", "string", "array", "float", "bool", "long", "int"}
	if !slices.Equal(RunRow.LowerTypes, wantLower) {
		t.Errorf("RunRow.LowerTypes = %q, want %q", RunRow.LowerTypes, wantLower)
	}
	for _, w := range RunRow.Required {
		if !IsBool(w) {
			t.Errorf("RunRow.Required holds %q, which IsBool does not read", w)
		}
	}
	for _, c := range []struct {
		rest          string
		typ, low, req int
	}{
		{"DateTimeThe time", 8, 0, 0},
		{"IntegerY", 7, 0, 0},
		{"Int64The count", 5, 0, 0},
		{"int64true", 0, 3, 0},
		{"integertrue", 0, 7, 0},
		{"listY", 0, 0, 0},
		{"YesThe", 0, 0, 3},
		{"NThe", 0, 0, 1},
		{"nope", 0, 0, 2},
	} {
		if typ, low, req := RunRow.TypeLen(c.rest), RunRow.LowerTypeLen(c.rest), RunRow.RequiredLen(c.rest); typ != c.typ || low != c.low || req != c.req {
			t.Errorf("%q: TypeLen, LowerTypeLen, RequiredLen = %d, %d, %d, want %d, %d, %d", c.rest, typ, low, req, c.typ, c.low, c.req)
		}
	}
}
