package backend

import (
	"encoding/json"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
)

// encodeFile writes an AppendJSON per payload type, which has the shared
// encoder write the payload from the table of object types (see
// tablesFile), as encoding/json.Marshal writes it, byte for byte, without
// reflection.
func (g *gearnGen) encodeFile(f *jen.File) bool {
	written := false
	for _, o := range g.tables.objects {
		if o.Response {
			g.appendJSON(f, o)
			written = true
		}
	}
	return written
}

// appendJSON writes the AppendJSON of a payload type.
func (g *gearnGen) appendJSON(f *jen.File, o *golang.Object) {
	golang.Doc(f.Group, "AppendJSON appends t to b as encoding/json.Marshal writes it, and returns the extended buffer; a nil t is null.")
	f.Func().Params(jen.Id("t").Op("*").Id(o.GoName)).Id("AppendJSON").Params(jen.Id("b").Index().Byte()).Params(jen.Index().Byte(), jen.Error()).Block(
		jen.If(jen.Id("t").Op("==").Nil()).Block(
			jen.Return(jen.Append(jen.Id("b"), jen.Lit("null").Op("...")), jen.Nil()),
		),
		jen.Return(jen.Id(g.Shared("appendJSON")).Call(jen.Id("b"), jen.Lit(sizeHint(o, map[*golang.Object]bool{})), jen.Id(objectTypes), jen.Qual("unsafe", "Pointer").Call(jen.Id("t")), jen.Lit(g.tables.index[o]))),
	)
}

// sizeHint is about how many bytes the JSON of o takes with its members
// present: their keys, a few bytes for each value, and the hints of the
// objects they hold, each counted once.
func sizeHint(o *golang.Object, seen map[*golang.Object]bool) int {
	if seen[o] {
		return 0
	}
	seen[o] = true
	n := 2
	for _, mem := range o.Members {
		n += len(mem.Field.Name) + 6
		if mem.Object != nil {
			n += sizeHint(mem.Object, seen)
		}
	}
	return n
}

// key is the key of a member as the encoder writes it, a raw string
// literal: `,"userId":`. The name is quoted as encoding/json quotes it,
// HTML escapes included.
func key(name string) string {
	q, _ := json.Marshal(name) // a string always marshals
	return "`," + string(q) + ":`"
}

// kindOf is the name of the runtime's kind of a member's Go field.
func kindOf(mem *golang.Member) string {
	ptr := ""
	if mem.Pointer() && mem.Kind != golang.KindObject {
		ptr = "Ptr"
	}
	if mem.Field.Array {
		switch mem.Kind {
		case golang.KindString:
			return "kindStrs"
		case golang.KindBoolean:
			return "kindBools"
		case golang.KindNumber:
			return "kindFloats"
		case golang.KindInteger:
			return "kindInts"
		case golang.KindEnum:
			return "kindEnums"
		case golang.KindAny:
			return "kindRaws"
		case golang.KindHashtable:
			return "kindMaps"
		}
		return "kindObjects"
	}
	switch mem.Kind {
	case golang.KindString:
		return "kindStr" + ptr
	case golang.KindBoolean:
		return "kindBool" + ptr
	case golang.KindNumber:
		return "kindFloat" + ptr
	case golang.KindInteger:
		return "kindInt" + ptr
	case golang.KindEnum:
		return "kindEnum" + ptr
	case golang.KindAny:
		return "kindRaw"
	case golang.KindHashtable:
		return "kindMap"
	}
	return "kindObject"
}
