package generator

import (
	"encoding/json"

	"github.com/dave/jennifer/jen"
)

// encodeFile writes what writes answers: an encode method per object an
// answer holds, and an AppendJSON per payload type. They write what
// encoding/json.Marshal writes for the same value, byte for byte, with
// the shared encoder rather than reflection.
func (g *gearnGen) encodeFile(f *jen.File) bool {
	found := false
	for _, o := range g.objects {
		if !o.output {
			continue
		}
		found = true
		if o.response {
			g.appendJSON(f, o)
		}
		g.encodeMethod(f, o)
	}
	return found
}

// appendJSON writes the AppendJSON of a payload type.
func (g *gearnGen) appendJSON(f *jen.File, o *object) {
	doc(f.Group, "AppendJSON appends t to b as encoding/json.Marshal writes it, and returns the extended buffer; a nil t is null.")
	f.Func().Params(jen.Id("t").Op("*").Id(o.goName)).Id("AppendJSON").Params(jen.Id("b").Index().Byte()).Params(jen.Index().Byte(), jen.Error()).Block(
		jen.If(jen.Id("t").Op("==").Nil()).Block(
			jen.Return(jen.Append(jen.Id("b"), jen.Lit("null").Op("...")), jen.Nil()),
		),
		jen.Return(jen.Id(g.shared("appendJSON")).Call(jen.Id("b"), jen.Lit(sizeHint(o, map[*object]bool{})), jen.Id("t"))),
	)
}

// sizeHint is about how many bytes the JSON of o takes with its members
// present: their keys, a few bytes for each value, and the hints of the
// objects they hold, each counted once.
func sizeHint(o *object, seen map[*object]bool) int {
	if seen[o] {
		return 0
	}
	seen[o] = true
	n := 2
	for _, mem := range o.members {
		n += len(mem.f.Name) + 6
		if mem.object != nil {
			n += sizeHint(mem.object, seen)
		}
	}
	return n
}

// encodeMethod writes the encode method of an object an answer holds.
func (g *gearnGen) encodeMethod(f *jen.File, o *object) {
	f.Comment("encode writes t as a JSON object.")
	body := []jen.Code{jen.Id("start").Op(":=").Id("e").Dot(g.shared("open")).Call()}
	for _, mem := range o.members {
		body = append(body, g.encodeMember(jen.Id("t").Dot(mem.goName), mem))
	}
	body = append(body, jen.Id("e").Dot(g.shared("close")).Call(jen.Id("start")))
	f.Func().Params(jen.Id("t").Op("*").Id(o.goName)).Id("encode").Params(jen.Id("e").Op("*").Id(g.shared("encoder"))).Block(body...)
}

// key is the key of a member as the encoder writes it: `,"userId":`. The
// name is quoted as encoding/json quotes it, HTML escapes included.
func key(name string) jen.Code {
	q, _ := json.Marshal(name) // a string always marshals
	return jen.Op("`," + string(q) + ":`")
}

// encodeMember is the statement that writes a member, whose value is
// field. An optional member is left out when absent, as omitempty does.
func (g *gearnGen) encodeMember(field *jen.Statement, mem *member) jen.Code {
	e := func(method string) *jen.Statement { return jen.Id("e").Dot(g.shared(method)) }
	k := key(mem.f.Name)
	omit := jen.Lit(!mem.f.Required)
	marshal := func() jen.Code {
		put := e("putMarshal").Call(k, field)
		if mem.f.Required {
			return put
		}
		return jen.If(jen.Len(field).Op(">").Lit(0)).Block(put)
	}
	if mem.f.Array {
		switch mem.kind {
		case kindString:
			return e("putStrs").Call(k, field, omit)
		case kindBoolean:
			return e("putBools").Call(k, field, omit)
		case kindNumber:
			return e("putFloats").Call(k, field, omit)
		case kindInteger:
			return e("putInts").Call(k, field, omit)
		case kindEnum:
			return jen.Id(g.shared("encodeEnums")).Call(jen.Id("e"), k, field, omit)
		case kindObject:
			return jen.Id(g.shared("putObjects")).Call(jen.Id("e"), k, field, omit)
		}
		return marshal()
	}
	ptr := ""
	if mem.pointer() {
		ptr = "Ptr"
	}
	switch mem.kind {
	case kindAny:
		if mem.f.Required {
			return e("putRaw").Call(k, field)
		}
		return jen.If(jen.Len(field).Op(">").Lit(0)).Block(e("putRaw").Call(k, field))
	case kindString:
		return e("putStr"+ptr).Call(k, field)
	case kindBoolean:
		return e("putBool"+ptr).Call(k, field)
	case kindNumber:
		return e("putFloat"+ptr).Call(k, field)
	case kindInteger:
		return e("putInt"+ptr).Call(k, field)
	case kindEnum:
		return jen.Id(g.shared("encodeEnum"+ptr)).Call(jen.Id("e"), k, field)
	case kindObject:
		return e("putObject").Call(k, field, field.Clone().Op("!=").Nil(), omit)
	}
	return marshal()
}
