package generator

import (
	"encoding/json"
	"fmt"

	"github.com/dave/jennifer/jen"
)

// defaultsMethod writes ApplyDefaults for a request or an input object,
// when it or an object it holds has a member with a documented default.
func (g *gen) defaultsMethod(f *jen.File, recv, typeName, what string, members []*member, has bool) {
	if !has {
		return
	}
	text := fmt.Sprintf("ApplyDefaults sets every absent optional member of %s that its page gives a default to that default", what)
	for _, mem := range members {
		if mem.object != nil && mem.object.defaults {
			text += fmt.Sprintf(", and applies the defaults of the objects %s holds", recv)
			break
		}
	}
	doc(f.Group, text+".")
	var s *jen.Statement
	var body []jen.Code
	if g.decoder != nil && slabbed(members) {
		// The GearN runtime's slabs hold the values, a few allocations
		// for many members.
		s = jen.Id("s")
		body = append(body, jen.Var().Id("s").Id(g.decoder.shared("slabs")))
	}
	body = append(body, g.defaultsBody(recv, members, s)...)
	f.Func().Params(jen.Id(recv).Op("*").Id(typeName)).Id("ApplyDefaults").Params().Block(body...)
}

// slabbed reports whether a member has a default that ApplyDefaults
// points it to: any but an "any" value.
func slabbed(members []*member) bool {
	for _, mem := range members {
		if mem.hasDefault() && mem.kind != kindAny {
			return true
		}
	}
	return false
}

// defaultsBody sets the defaults of members and applies those of the
// objects they hold: with values from the slabs s, or, when s is nil, with
// ptr.
func (g *gen) defaultsBody(recv string, members []*member, s *jen.Statement) []jen.Code {
	var body []jen.Code
	for _, mem := range members {
		field := func() *jen.Statement { return jen.Id(recv).Dot(mem.goName) }
		nested := func(target *jen.Statement) *jen.Statement { return target.Dot("ApplyDefaults").Call() }
		switch {
		case mem.hasDefault() && mem.kind == kindAny:
			body = append(body, jen.If(jen.Len(field()).Op("==").Lit(0)).Block(
				field().Op("=").Qual("encoding/json", "RawMessage").Call(jen.Lit(rawDefault(mem))),
			))
		case mem.hasDefault() && s == nil:
			body = append(body, jen.If(field().Op("==").Nil()).Block(
				field().Op("=").Id("ptr").Call(defaultLit(mem)),
			))
		case mem.hasDefault():
			body = append(body, s.Clone().Dot(slabOf(mem)).Dot(g.decoder.shared("fill")).Call(jen.Op("&").Add(field()), defaultLit(mem)))
		case mem.object == nil || !mem.object.defaults:
		case mem.f.Array:
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
// type, which model.checkDefault has made sure is a boolean, a string or
// a number.
func slabOf(mem *member) string {
	switch mem.kind {
	case kindBoolean:
		return "booleans"
	case kindString:
		return "strings"
	case kindInteger:
		return "integers"
	}
	return "numbers"
}

// defaultsFile writes ptr, which the ApplyDefaults methods of the other
// files call, when they do.
func (g *gen) defaultsFile(f *jen.File) bool {
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

func (g *gen) objectDefaults(f *jen.File, o *object) {
	g.defaultsMethod(f, "t", o.goName, "t", o.members, o.defaults)
}

// defaultLit is the Go constant of a member's default, typed as the
// member's Go type. model.checkDefault has made sure that it fits.
func defaultLit(mem *member) jen.Code {
	switch d := mem.f.Default.(type) {
	case int:
		if mem.kind == kindInteger {
			return jen.Lit(int64(d))
		}
		return jen.Lit(float64(d))
	case float64:
		if mem.kind == kindInteger {
			return jen.Lit(int64(d))
		}
		return jen.Lit(d)
	}
	return jen.Lit(mem.f.Default)
}

// rawDefault is the default of an "any" member as JSON text.
func rawDefault(mem *member) string {
	b, _ := json.Marshal(mem.f.Default) // a bool, a number or a string: checkDefault
	return string(b)
}
