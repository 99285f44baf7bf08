package golang

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

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
	var body []jen.Code
	if g.Decoder != nil {
		body = []jen.Code{g.Decoder.ApplyDefaults(recv, typeName)}
	} else {
		body = g.defaultsBody(recv, members)
	}
	f.Func().Params(jen.Id(recv).Op("*").Id(typeName)).Id("ApplyDefaults").Params().Block(body...)
}

// defaultsBody sets the defaults of members, pointing each to a copy
// that ptr makes, and applies those of the objects they hold.
func (g *Emitter) defaultsBody(recv string, members []*Member) []jen.Code {
	var body []jen.Code
	for _, mem := range members {
		field := func() *jen.Statement { return jen.Id(recv).Dot(mem.GoName) }
		nested := func(target *jen.Statement) *jen.Statement { return target.Dot("ApplyDefaults").Call() }
		switch {
		case mem.HasDefault() && mem.Kind == KindAny:
			body = append(body, jen.If(jen.Len(field()).Op("==").Lit(0)).Block(
				field().Op("=").Qual("encoding/json", "RawMessage").Call(jen.Lit(rawDefault(mem))),
			))
		case mem.HasDefault():
			body = append(body, jen.If(field().Op("==").Nil()).Block(
				field().Op("=").Id("ptr").Call(defaultLit(mem)),
			))
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

// DefaultText is the Go constant of a member's default as text, as
// jennifer writes defaultLit, typed as the Member's Go type: for an "any"
// member, its JSON text. checkDefault has made sure that it fits.
func DefaultText(mem *Member) string {
	v := defaultValue(mem)
	if mem.Kind == KindAny {
		v = rawDefault(mem)
	}
	switch v := v.(type) {
	case int64:
		return "int64(" + strconv.FormatInt(v, 10) + ")"
	case float64:
		out := fmt.Sprintf("%#v", v)
		if !strings.ContainsAny(out, ".e") {
			out += ".0"
		}
		return out
	case string:
		return strconv.Quote(v)
	}
	return fmt.Sprintf("%#v", v)
}

// defaultLit is the Go constant of a member's default, typed as the
// Member's Go type. checkDefault has made sure that it fits.
func defaultLit(mem *Member) jen.Code {
	return jen.Lit(defaultValue(mem))
}

// defaultValue is a member's default as a value of the Member's Go type's
// underlying type: an int64, float64, bool or string.
func defaultValue(mem *Member) any {
	switch d := mem.Field.Default.(type) {
	case int:
		if mem.Kind == KindInteger {
			return int64(d)
		}
		return float64(d)
	case float64:
		if mem.Kind == KindInteger {
			return int64(d)
		}
		return d
	}
	return mem.Field.Default
}

// rawDefault is the default of an "any" member as JSON text.
func rawDefault(mem *Member) string {
	b, _ := json.Marshal(mem.Field.Default) // a bool, a number or a string: checkDefault
	return string(b)
}
