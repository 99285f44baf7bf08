package generator

import (
	"github.com/dave/jennifer/jen"
)

// decodeFile writes what reads request bodies: a DecodeBody per request,
// and a decode method per request and per object a request holds. A
// decode method reads its object member by member with the shared
// decoder, checks each member as it reads it, and reports the required
// members that never came once the object ends. Where a member sits in
// the body is an at value that only becomes a path when a violation is
// reported, so a valid body costs no path.
func (g *gen) decodeFile(f *jen.File) bool {
	for _, o := range g.objects {
		if o.input {
			g.decodeMethod(f, "t", o.goName, o.members)
		}
	}
	for _, e := range g.endpoints {
		g.decodeBody(f, e, e.name+"Request")
	}
	return true
}

// decodeBody writes the DecodeBody of a request type, which reads the
// members itself. Its decoder stays on the stack.
func (g *gen) decodeBody(f *jen.File, e *endpoint, name string) {
	doc(f.Group, "DecodeBody reads body into r, keeping r's Headers, as the server does: see the package's BodyError and ValidationError.")
	d := func() *jen.Statement { return jen.Id("d") }
	body := []jen.Code{
		jen.Op("*").Id("r").Op("=").Id(name).Values(jen.Dict{jen.Id("Headers"): jen.Id("r").Dot("Headers")}),
		d().Op(":=").Op("&").Id(g.shared("decoder")).Values(jen.Dict{jen.Id("data"): jen.Id("body")}),
	}
	if len(e.members) == 0 {
		body = append(body, jen.If(d().Dot(g.shared("top")).Call()).Block(d().Dot(g.shared("skip")).Call()))
	} else {
		body = append(body,
			jen.Var().Id("p").Op("*").Id(g.shared("at")),
			jen.If(d().Dot(g.shared("top")).Call()).Block(g.decodeMembers("r", e.members)...),
		)
	}
	if e.defaults {
		body = append(body, jen.Id("r").Dot("ApplyDefaults").Call())
	}
	body = append(body, jen.Return(d().Dot(g.shared("finish")).Call()))
	f.Func().Params(jen.Id("r").Op("*").Id(name)).Id("DecodeBody").Params(jen.Id("body").Index().Byte()).Error().Block(body...)
}

// decodeMethod writes the decode method of an object type.
func (g *gen) decodeMethod(f *jen.File, recv, typeName string, members []*member) {
	f.Comment("decode reads the object at d's position, which p says, into " + recv + ".")
	params := jen.Params(jen.Id("d").Op("*").Id(g.shared("decoder")), jen.Id("p").Op("*").Id(g.shared("at")))
	method := f.Func().Params(jen.Id(recv).Op("*").Id(typeName)).Id("decode").Add(params)
	if len(members) == 0 {
		method.Block(jen.Id("d").Dot(g.shared("skip")).Call())
		return
	}
	method.Block(g.decodeMembers(recv, members)...)
}

// decodeMembers reads the members of an object at d's position, which p
// says, into recv, then reports the required ones that never came.
func (g *gen) decodeMembers(recv string, members []*member) []jen.Code {
	body := []jen.Code{
		jen.Var().Id("seen").Index(jen.Lit(len(members))).Bool(),
		jen.For(
			jen.Id("more").Op(":=").Id("d").Dot(g.shared("enter")).Call(),
			jen.Id("more"),
			jen.Id("more").Op("=").Id("d").Dot(g.shared("next")).Call(),
		).Block(
			jen.Switch(jen.String().Call(jen.Id("d").Dot("key"))).BlockFunc(func(s *jen.Group) {
				for i, mem := range members {
					s.Case(jen.Lit(mem.f.Name)).Block(g.decodeMember(recv, mem, i))
				}
				s.Default().Block(jen.Id("d").Dot(g.shared("skip")).Call())
			}),
		),
	}
	for i, mem := range members {
		if mem.f.Required {
			body = append(body, jen.Id("d").Dot(g.shared("required")).Call(
				jen.Id("seen").Index(jen.Lit(i)), g.where(jen.Id("p"), jen.Lit(mem.f.Name), jen.Lit(i), jen.Nil()),
			))
		}
	}
	return body
}

// where is the at of a member or an item: at{up, name, order, seen}.
func (g *gen) where(up, name, order, seen jen.Code) *jen.Statement {
	return jen.Id(g.shared("at")).Values(up, name, order, seen)
}

// decodeMember is what a decode method does with member i: it reads the
// value, which the reader refuses if the member came before, then checks
// it.
//
//	if w := (at{p, "name", 0, &seen[0]}); d.str(w, &r.Name, ViolationStringEmpty) {
//		d.length(w, r.Name, 6, 64)
//	}
func (g *gen) decodeMember(recv string, mem *member, i int) jen.Code {
	field := func() *jen.Statement { return jen.Id(recv).Dot(mem.goName) }
	w := func() *jen.Statement { return jen.Id("w") }
	var then []jen.Code
	var read func(path jen.Code) *jen.Statement
	switch {
	case mem.f.Array && mem.kind == kindString:
		read = func(path jen.Code) *jen.Statement {
			values := jen.Nil()
			if len(mem.f.Values) > 0 {
				values = jen.Index().String().ValuesFunc(func(v *jen.Group) {
					for _, val := range mem.f.Values {
						v.Lit(val)
					}
				})
			}
			return jen.Id("d").Dot(g.shared("strs")).Call(path, jen.Op("&").Add(field()), g.ifNull(mem),
				intBound(mem.f.MinLength), intBound(mem.f.MaxLength), values)
		}
		if c := g.countCheck(scope{decode: true}, mem, field, w); c != nil {
			then = []jen.Code{c}
		}
	case mem.f.Array:
		read = func(path jen.Code) *jen.Statement {
			return jen.Id("d").Dot(g.shared("array")).Call(path, g.ifNull(mem))
		}
		then = g.decodeItems(mem, field)
	case mem.kind == kindObject:
		read = func(path jen.Code) *jen.Statement { return g.readValue(mem, path, field(), g.ifNull(mem)) }
		then = []jen.Code{
			field().Op("=").New(jen.Id(mem.object.goName)),
			field().Dot("decode").Call(jen.Id("d"), jen.Op("&").Id("w")),
		}
	default:
		read = func(path jen.Code) *jen.Statement { return g.readValue(mem, path, field(), g.ifNull(mem)) }
		value := field
		if mem.pointer() && mem.kind != kindEnum {
			value = func() *jen.Statement { return jen.Op("*").Add(field()) }
		}
		s := scope{recv: recv, decode: true}
		present := g.valueChecks(s, mem, value, w)
		if mem.kind == kindString && !mem.pointer() {
			present = ifElse(field().Op("==").Lit(""), g.add(s, w(), stringEmpty), present)
		}
		then = render(present)
	}
	at := g.where(jen.Id("p"), jen.Lit(mem.f.Name), jen.Lit(i), jen.Op("&").Id("seen").Index(jen.Lit(i)))
	if len(then) == 0 {
		return read(at)
	}
	return jen.If(jen.Id("w").Op(":=").Parens(at), read(w())).Block(then...)
}

// decodeItems reads the items of an array member, once the decoder has
// entered it, then checks their number. The decoder reads an array of
// strings itself.
func (g *gen) decodeItems(mem *member, field func() *jen.Statement) []jen.Code {
	item := func() *jen.Statement { return field().Index(jen.Id("i")) }
	itemAt := g.where(jen.Op("&").Id("w"), jen.Lit(""), jen.Id("i"), jen.Nil())
	iw := func() *jen.Statement { return jen.Id("iw") }
	wrong := jen.Id(wrongType.ident())
	var each jen.Code
	switch {
	case mem.kind == kindObject:
		each = jen.If(iw().Op(":=").Parens(itemAt), g.readValue(mem, iw(), item(), wrong)).Block(
			item().Dot("decode").Call(jen.Id("d"), jen.Op("&").Id("iw")),
		)
	default:
		checks := render(g.valueChecks(scope{decode: true}, mem, item, iw))
		if len(checks) == 0 {
			each = g.readValue(mem, itemAt, item(), wrong)
		} else {
			each = jen.If(iw().Op(":=").Parens(itemAt), g.readValue(mem, iw(), item(), wrong)).Block(checks...)
		}
	}
	out := []jen.Code{
		field().Op("=").Index().Add(g.baseType(mem)).Values(),
		jen.For(jen.Id("i").Op(":=").Lit(0), jen.Id("d").Dot(g.shared("item")).Call(jen.Id("i")), jen.Id("i").Op("++")).Block(
			field().Op("=").Id(g.shared("grow")).Call(field()),
			each,
		),
	}
	if c := g.countCheck(scope{decode: true}, mem, field, func() *jen.Statement { return jen.Id("w") }); c != nil {
		out = append(out, c)
	}
	return out
}

// readValue reads a value of a member that is not an array into dst, or
// an array item. It reports whether a value of the member's type was
// there; ifNull is what a null reports. Of an object it only reports
// whether one comes next, for the caller to decode it into dst.
func (g *gen) readValue(mem *member, path jen.Code, dst *jen.Statement, ifNull jen.Code) *jen.Statement {
	d := func(method string) *jen.Statement { return jen.Id("d").Dot(g.shared(method)) }
	ptr := mem.pointer() && !mem.f.Array
	addr := jen.Op("&").Add(dst)
	var method string
	switch mem.kind {
	case kindString:
		method = "str"
	case kindBoolean:
		method = "boolean"
	case kindNumber:
		method = "float"
	case kindInteger:
		method = "integer"
	case kindAny:
		return d("raw").Call(path, addr, ifNull)
	case kindHashtable:
		return d("hashtable").Call(path, addr, ifNull)
	case kindEnum:
		if ptr {
			return jen.Id(g.shared("enumPtr")).Call(jen.Id("d"), path, addr)
		}
		return jen.Id(g.shared("enumValue")).Call(jen.Id("d"), path, addr, ifNull)
	case kindObject:
		return d("object").Call(path, ifNull)
	}
	if ptr {
		return d(method+"Ptr").Call(path, addr)
	}
	return d(method).Call(path, addr, ifNull)
}

// ifNull is what a null reports for a member: nothing for an optional one,
// 0; for a required one, the violation of a null of its kind.
func (g *gen) ifNull(mem *member) jen.Code {
	if !mem.f.Required {
		return jen.Lit(0)
	}
	k := missing
	switch {
	case mem.f.Array:
		k = arrayNull
	case mem.kind == kindString:
		k = stringEmpty
	case mem.kind == kindObject, mem.kind == kindHashtable:
		k = objectNull
	}
	return jen.Id(k.ident())
}
