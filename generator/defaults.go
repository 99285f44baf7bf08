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
	var body []jen.Code
	for _, mem := range members {
		field := func() *jen.Statement { return jen.Id(recv).Dot(mem.goName) }
		switch {
		case mem.hasDefault() && mem.kind == kindAny:
			body = append(body, jen.If(jen.Len(field()).Op("==").Lit(0)).Block(
				field().Op("=").Qual("encoding/json", "RawMessage").Call(jen.Lit(rawDefault(mem))),
			))
		case mem.hasDefault():
			g.uses.ptr = true
			body = append(body, jen.If(field().Op("==").Nil()).Block(
				field().Op("=").Id("ptr").Call(defaultLit(mem)),
			))
		case mem.object == nil || !mem.object.defaults:
		case mem.f.Array:
			body = append(body, jen.For(jen.Id("i").Op(":=").Range().Add(field())).Block(
				field().Index(jen.Id("i")).Dot("ApplyDefaults").Call(),
			))
		default:
			body = append(body, jen.If(field().Op("!=").Nil()).Block(
				field().Dot("ApplyDefaults").Call(),
			))
		}
	}
	f.Func().Params(jen.Id(recv).Op("*").Id(typeName)).Id("ApplyDefaults").Params().Block(body...)
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
