package backend

import (
	"encoding/json"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
)

// encodeFile writes what writes answers: an encode method per object an
// answer holds, and an AppendJSON per payload type. They write what
// encoding/json.Marshal writes for the same value, byte for byte, with
// the shared encoder rather than reflection.
func (g *gearnGen) encodeFile(f *jen.File) bool {
	found := false
	for _, o := range g.Objects {
		if !o.Output {
			continue
		}
		found = true
		if o.Response {
			g.appendJSON(f, o)
		}
		g.encodeMethod(f, o)
	}
	return found
}

// appendJSON writes the AppendJSON of a payload type.
func (g *gearnGen) appendJSON(f *jen.File, o *golang.Object) {
	golang.Doc(f.Group, "AppendJSON appends t to b as encoding/json.Marshal writes it, and returns the extended buffer; a nil t is null.")
	f.Func().Params(jen.Id("t").Op("*").Id(o.GoName)).Id("AppendJSON").Params(jen.Id("b").Index().Byte()).Params(jen.Index().Byte(), jen.Error()).Block(
		jen.If(jen.Id("t").Op("==").Nil()).Block(
			jen.Return(jen.Append(jen.Id("b"), jen.Lit("null").Op("...")), jen.Nil()),
		),
		jen.Return(jen.Id(g.Shared("appendJSON")).Call(jen.Id("b"), jen.Lit(sizeHint(o, map[*golang.Object]bool{})), jen.Id("t"))),
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

// encodeMethod writes the encode method of an object an answer holds.
func (g *gearnGen) encodeMethod(f *jen.File, o *golang.Object) {
	f.Comment("encode writes t as a JSON object.")
	body := []jen.Code{jen.Id("start").Op(":=").Id("e").Dot(g.Shared("open")).Call()}
	for _, mem := range o.Members {
		body = append(body, g.encodeMember(jen.Id("t").Dot(mem.GoName), mem))
	}
	body = append(body, jen.Id("e").Dot(g.Shared("close")).Call(jen.Id("start")))
	f.Func().Params(jen.Id("t").Op("*").Id(o.GoName)).Id("encode").Params(jen.Id("e").Op("*").Id(g.Shared("encoder"))).Block(body...)
}

// key is the key of a member as the encoder writes it: `,"userId":`. The
// name is quoted as encoding/json quotes it, HTML escapes included.
func key(name string) jen.Code {
	q, _ := json.Marshal(name) // a string always marshals
	return jen.Op("`," + string(q) + ":`")
}

// encodeMember is the statement that writes a member, whose value is
// field. An optional member is left out when absent, as omitempty does.
func (g *gearnGen) encodeMember(field *jen.Statement, mem *golang.Member) jen.Code {
	e := func(method string) *jen.Statement { return jen.Id("e").Dot(g.Shared(method)) }
	k := key(mem.Field.Name)
	omit := jen.Lit(!mem.Field.Required)
	marshal := func() jen.Code {
		put := e("putMarshal").Call(k, field)
		if mem.Field.Required {
			return put
		}
		return jen.If(jen.Len(field).Op(">").Lit(0)).Block(put)
	}
	if mem.Field.Array {
		switch mem.Kind {
		case golang.KindString:
			return e("putStrs").Call(k, field, omit)
		case golang.KindBoolean:
			return e("putBools").Call(k, field, omit)
		case golang.KindNumber:
			return e("putFloats").Call(k, field, omit)
		case golang.KindInteger:
			return e("putInts").Call(k, field, omit)
		case golang.KindEnum:
			return jen.Id(g.Shared("encodeEnums")).Call(jen.Id("e"), k, field, omit)
		case golang.KindObject:
			return jen.Id(g.Shared("putObjects")).Call(jen.Id("e"), k, field, omit)
		}
		return marshal()
	}
	ptr := ""
	if mem.Pointer() {
		ptr = "Ptr"
	}
	switch mem.Kind {
	case golang.KindAny:
		if mem.Field.Required {
			return e("putRaw").Call(k, field)
		}
		return jen.If(jen.Len(field).Op(">").Lit(0)).Block(e("putRaw").Call(k, field))
	case golang.KindString:
		return e("putStr"+ptr).Call(k, field)
	case golang.KindBoolean:
		return e("putBool"+ptr).Call(k, field)
	case golang.KindNumber:
		return e("putFloat"+ptr).Call(k, field)
	case golang.KindInteger:
		return e("putInt"+ptr).Call(k, field)
	case golang.KindEnum:
		return jen.Id(g.Shared("encodeEnum"+ptr)).Call(jen.Id("e"), k, field)
	case golang.KindObject:
		return e("putObject").Call(k, field, field.Clone().Op("!=").Nil(), omit)
	}
	return marshal()
}
