package pages

import (
	"sort"

	"github.com/docs2go/docs2go/schema"
)

// PrimitiveTypes maps the ways pages write a primitive type, as they
// write it, to the schema's name for it: one list for every style and
// every protocol. A type cell spells one in any case ("String", "Number
// Int"). GNArray, an array of any values, is no primitive: its readers
// tell it apart.
var PrimitiveTypes = map[string]string{
	"number int": schema.Integer, "integer": schema.Integer, "int": schema.Integer, "long": schema.Integer,
	"int32": schema.Integer, "int64": schema.Integer,
	"number": schema.Number, "float": schema.Number, "double": schema.Number,
	"float32": schema.Number, "float64": schema.Number,
	"string": schema.String, "boolean": schema.Boolean, "bool": schema.Boolean, "any": schema.Any,
	"object": schema.Hashtable, "hashtable": schema.Hashtable, "GNHashtable": schema.Hashtable, "map": schema.Hashtable,
}

// PrimitiveSpellings are the keys of PrimitiveTypes, longest first (then
// in byte order): a cell that runs on past a type ("int32true…") is cut
// after the longest spelling it starts with.
var PrimitiveSpellings = func() []string {
	s := make([]string, 0, len(PrimitiveTypes))
	for p := range PrimitiveTypes {
		s = append(s, p)
	}
	sort.Slice(s, func(i, j int) bool {
		if len(s[i]) != len(s[j]) {
			return len(s[i]) > len(s[j])
		}
		return s[i] < s[j]
	})
	return s
}()
