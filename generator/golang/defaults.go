package golang

import (
	"encoding/json"
	"fmt"

	"github.com/dave/jennifer/jen"
)

// DefaultsMethod writes ApplyDefaults for a request or an input object,
// when it or an object it holds has a member with a documented default.
func (g *Emitter) DefaultsMethod(f *jen.File, recv, typeName, what string, members []*Member, has bool) {
	if !has {
		return
	}
	text := fmt.Sprintf("ApplyDefaults sets every absent optional member of %s that its page gives a default to that default", what)
	for _, mem := range members {
		if mem.Object != nil && mem.Object.Defaults {
			text += fmt.Sprintf(", and applies the defaults of the objects %s holds", recv)
			break
		}
	}
	Doc(f.Group, text+".")
	var s *jen.Statement
	var body []jen.Code
	if g.Decoder != nil && Slabbed(members) {
		// The decoder's slabs hold the values, a few allocations for
		// many members.
		s = jen.Id("s")
		body = append(body, jen.Var().Id("s").Id(g.Decoder.Shared("slabs")))
	}
	body = append(body, g.defaultsBody(recv, members, s)...)
	f.Func().Params(jen.Id(recv).Op("*").Id(typeName)).Id("ApplyDefaults").Params().Block(body...)
}

// Slabbed reports whether a member has a default that ApplyDefaults
// points it to: any but an "any" value. With a BodyDecoder, the values
// come from its slabs.
func Slabbed(members []*Member) bool {
	for _, mem := range members {
		if mem.hasDefault() && mem.Kind != KindAny {
			return true
		}
	}
	return false
}

// defaultsBody sets the defaults of members and applies those of the
// objects they hold: with values from the slabs s, or, when s is nil, with
// ptr.
func (g *Emitter) defaultsBody(recv string, members []*Member, s *jen.Statement) []jen.Code {
	var body []jen.Code
	for _, mem := range members {
		field := func() *jen.Statement { return jen.Id(recv).Dot(mem.GoName) }
		nested := func(target *jen.Statement) *jen.Statement { return target.Dot("ApplyDefaults").Call() }
		switch {
		case mem.hasDefault() && mem.Kind == KindAny:
			body = append(body, jen.If(jen.Len(field()).Op("==").Lit(0)).Block(
				field().Op("=").Qual("encoding/json", "RawMessage").Call(jen.Lit(rawDefault(mem))),
			))
		case mem.hasDefault() && s == nil:
			body = append(body, jen.If(field().Op("==").Nil()).Block(
				field().Op("=").Id("ptr").Call(defaultLit(mem)),
			))
		case mem.hasDefault():
			body = append(body, s.Clone().Dot(slabOf(mem)).Dot(g.Decoder.Shared("fill")).Call(jen.Op("&").Add(field()), defaultLit(mem)))
		case mem.Object == nil || !mem.Object.Defaults:
		case mem.Field.Array:
			body = append(body, jen.For(jen.Id("i").Op(":=").Range().Add(field())).Block(
				nested(field().Index(jen.Id("i"))),
			))
		default:
			body = append(body, jen.If(field().Op("!=").Nil()).Block(nested(field())))
		}
	}
	return body
}

// slabOf is the field of the shared slabs that holds values of mem's
// type, which checkDefault has made sure is a boolean, a string or
// a number.
func slabOf(mem *Member) string {
	switch mem.Kind {
	case KindBoolean:
		return "booleans"
	case KindString:
		return "strings"
	case KindInteger:
		return "integers"
	}
	return "numbers"
}

// DefaultsFile writes ptr, which the ApplyDefaults methods of the other
// files call, when they do.
func (g *Emitter) DefaultsFile(f *jen.File) bool {
	if !g.uses.ptr {
		return false
	}
	f.Comment("ptr returns a pointer to a copy of v, for ApplyDefaults to fill in")
	f.Comment("optional members.")
	f.Func().Id("ptr").Types(jen.Id("T").Any()).Params(jen.Id("v").Id("T")).Op("*").Id("T").Block(
		jen.Return(jen.Op("&").Id("v")),
	)
	return true
}

func (g *Emitter) objectDefaults(f *jen.File, o *Object) {
	g.DefaultsMethod(f, "t", o.GoName, "t", o.Members, o.Defaults)
}

// defaultLit is the Go constant of a member's default, typed as the
// Member's Go type. checkDefault has made sure that it fits.
func defaultLit(mem *Member) jen.Code {
	switch d := mem.Field.Default.(type) {
	case int:
		if mem.Kind == KindInteger {
			return jen.Lit(int64(d))
		}
		return jen.Lit(float64(d))
	case float64:
		if mem.Kind == KindInteger {
			return jen.Lit(int64(d))
		}
		return jen.Lit(d)
	}
	return jen.Lit(mem.Field.Default)
}

// rawDefault is the default of an "any" member as JSON text.
func rawDefault(mem *Member) string {
	b, _ := json.Marshal(mem.Field.Default) // a bool, a number or a string: checkDefault
	return string(b)
}
