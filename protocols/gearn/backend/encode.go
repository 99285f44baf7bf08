package backend

import (
	"encoding/json"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
)

// encodeFile writes what writes answers: the table of every object an
// answer holds, which the shared encoder goes through, and an AppendJSON
// per payload type. They write what encoding/json.Marshal writes for the
// same value, byte for byte, without reflection. An object is data, not a
// method of its own: the compiler's cost is per function.
func (g *gearnGen) encodeFile(f *jen.File) bool {
	index := map[*golang.Object]int{}
	var outputs []*golang.Object
	for _, o := range g.Objects {
		if o.Output {
			index[o] = len(outputs)
			outputs = append(outputs, o)
		}
	}
	if len(outputs) == 0 {
		return false
	}
	for _, o := range outputs {
		if o.Response {
			g.appendJSON(f, o, index[o])
		}
	}
	golang.Doc(f.Group, "encodings are the objects answers hold, as the encoder writes them: the size of each, its name as the error of a cycle names it, and its fields. A field that holds objects names their entry by its index.")
	f.Var().Id("encodings").Op("=").Index().Id(g.Shared("objectType")).ValuesFunc(func(v *jen.Group) {
		for i, o := range outputs {
			v.Line().Lit(i).Op(":").Values(jen.Qual("unsafe", "Sizeof").Call(jen.Id(o.GoName).Values()), jen.Lit(g.emit.Package()+"."+o.GoName), jen.Id("fields"+o.GoName))
		}
		v.Line()
	})
	golang.Doc(f.Group, "The fields of each object, in the order of its page: key, kind, whether it is left out when empty, offset, and for objects the index of their entry in encodings.")
	f.Var().DefsFunc(func(d *jen.Group) {
		for _, o := range outputs {
			d.Id("fields" + o.GoName).Op("=").Index().Id(g.Shared("field")).ValuesFunc(func(fs *jen.Group) {
				for _, mem := range o.Members {
					object := 0
					if mem.Object != nil {
						object = index[mem.Object]
					}
					fs.Line().Values(
						key(mem.Field.Name),
						jen.Id(g.Shared(kindOf(mem))),
						jen.Lit(!mem.Field.Required),
						jen.Qual("unsafe", "Offsetof").Call(jen.Id(o.GoName).Values().Dot(mem.GoName)),
						jen.Lit(object),
					)
				}
				fs.Line()
			})
		}
	})
	return true
}

// appendJSON writes the AppendJSON of a payload type, whose entry in
// encodings is at index.
func (g *gearnGen) appendJSON(f *jen.File, o *golang.Object, index int) {
	golang.Doc(f.Group, "AppendJSON appends t to b as encoding/json.Marshal writes it, and returns the extended buffer; a nil t is null.")
	f.Func().Params(jen.Id("t").Op("*").Id(o.GoName)).Id("AppendJSON").Params(jen.Id("b").Index().Byte()).Params(jen.Index().Byte(), jen.Error()).Block(
		jen.If(jen.Id("t").Op("==").Nil()).Block(
			jen.Return(jen.Append(jen.Id("b"), jen.Lit("null").Op("...")), jen.Nil()),
		),
		jen.Return(jen.Id(g.Shared("appendJSON")).Call(jen.Id("b"), jen.Lit(sizeHint(o, map[*golang.Object]bool{})), jen.Id("encodings"), jen.Qual("unsafe", "Pointer").Call(jen.Id("t")), jen.Lit(index))),
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

// key is the key of a member as the encoder writes it: `,"userId":`. The
// name is quoted as encoding/json quotes it, HTML escapes included.
func key(name string) jen.Code {
	q, _ := json.Marshal(name) // a string always marshals
	return jen.Op("`," + string(q) + ":`")
}

// kindOf is the name of the shared encoder's kind of a member's Go field.
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
