package backend

import (
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
)

// decodeFile writes what reads request bodies: a DecodeBody per request,
// and, per request and per object a request holds, a table of its members
// and a decode method. The table holds what the shared decoder checks of
// each member, as data: its name, whether it is required, its bounds and
// values. The decode method only says which field each member fills, with
// which reader: one call per member, so that an API of a thousand
// operations stays quick to compile.
func (g *gearnGen) decodeFile(f *jen.File) bool {
	for _, o := range g.Objects {
		if o.Input {
			g.decodeMethod(f, "t", o.GoName, o.Members)
		}
	}
	for _, e := range g.Endpoints {
		if bodiless(e) {
			g.bodilessDecode(f, e, e.Name+"Request")
			continue
		}
		g.decodeBody(f, e, e.Name+"Request")
	}
	return true
}

// decodeBody writes the DecodeBody of a request type, and the table of
// its members. DecodeBody reads the members itself, as a decode method
// does; its decoder stays on the stack.
func (g *gearnGen) decodeBody(f *jen.File, e *golang.Endpoint, name string) {
	read := []jen.Code{jen.Id("d").Dot(g.Shared("skip")).Call()}
	if len(e.Members) > 0 {
		read = []jen.Code{g.decodeLoop(f, "r", name, e.Members)}
	}
	golang.Doc(f.Group, "DecodeBody reads body into r, keeping r's Headers, as the server does: see the package's BodyError and ValidationError.")
	d := func() *jen.Statement { return jen.Id("d") }
	body := []jen.Code{
		jen.Op("*").Id("r").Op("=").Id(name).Values(jen.Dict{jen.Id("Headers"): jen.Id("r").Dot("Headers")}),
		d().Op(":=").Op("&").Id(g.Shared("decoder")).Values(jen.Dict{jen.Id("data"): jen.Id("body")}),
		jen.If(d().Dot(g.Shared("top")).Call()).Block(read...),
	}
	if e.Defaults {
		body = append(body, jen.Id("r").Dot("ApplyDefaults").Call())
	}
	body = append(body, jen.Return(d().Dot(g.Shared("finish")).Call()))
	f.Func().Params(jen.Id("r").Op("*").Id(name)).Id("DecodeBody").Params(jen.Id("body").Index().Byte()).Error().Block(body...)
}

// decodeMethod writes the table of the members of an object type or a
// request, and its decode method:
//
//	func (t *T) decode(d *decoder) {
//		for i := d.object(membersT); i >= 0; i = d.member() {
//			switch i {
//			case 0:
//				d.str(&t.Name)
//			}
//		}
//	}
func (g *gearnGen) decodeMethod(f *jen.File, recv, typeName string, members []*golang.Member) {
	params := jen.Params(jen.Id("d").Op("*").Id(g.Shared("decoder")))
	if len(members) == 0 {
		f.Comment("decode reads the object at d's position, which has no members, into " + recv + ".")
		f.Func().Params(jen.Id(recv).Op("*").Id(typeName)).Id("decode").Add(params).Block(jen.Id("d").Dot(g.Shared("skip")).Call())
		return
	}
	loop := g.decodeLoop(f, recv, typeName, members)
	f.Comment("decode reads the object at d's position into " + recv + ".")
	f.Func().Params(jen.Id(recv).Op("*").Id(typeName)).Id("decode").Add(params).Block(loop)
}

// decodeLoop writes the table of the members of an object type or a
// request, and returns the loop that reads them into recv.
func (g *gearnGen) decodeLoop(f *jen.File, recv, typeName string, members []*golang.Member) jen.Code {
	table := "members" + typeName
	golang.Doc(f.Group, table+" are the members of "+typeName+" in the order of its page, with the constraints the page documents.")
	f.Var().Id(table).Op("=").Index().Id(g.Shared("member")).ValuesFunc(func(v *jen.Group) {
		for _, mem := range members {
			v.Line().Add(g.memberEntry(mem))
		}
		v.Line()
	})
	return jen.For(
		jen.Id("i").Op(":=").Id("d").Dot(g.Shared("object")).Call(jen.Id(table)),
		jen.Id("i").Op(">=").Lit(0),
		jen.Id("i").Op("=").Id("d").Dot(g.Shared("member")).Call(),
	).Block(
		jen.Switch(jen.Id("i")).BlockFunc(func(s *jen.Group) {
			for i, mem := range members {
				s.Case(jen.Lit(i)).Block(g.decodeMember(recv, mem)...)
			}
		}),
	)
}

// memberEntry is the entry of a member in its object's table: {name:
// "userId", required: true, bounds: boundMinLength | boundMaxLength,
// minLength: 10, maxLength: 10}.
func (g *gearnGen) memberEntry(mem *golang.Member) jen.Code {
	f := mem.Field
	fields := []jen.Code{jen.Id("name").Op(":").Lit(f.Name)}
	if f.Required {
		fields = append(fields, jen.Id("required").Op(":").True())
	}
	var bounds []jen.Code
	var values []jen.Code
	add := func(bound, field string, v jen.Code) {
		bounds = append(bounds, jen.Id(g.Shared(bound)))
		values = append(values, jen.Id(field).Op(":").Add(v))
	}
	if mem.Kind == golang.KindString {
		if f.MinLength != nil {
			add("boundMinLength", "minLength", jen.Lit(*f.MinLength))
		}
		if f.MaxLength != nil {
			add("boundMaxLength", "maxLength", jen.Lit(*f.MaxLength))
		}
	}
	if f.Array {
		if f.MinItems != nil {
			add("boundMinItems", "minItems", jen.Lit(*f.MinItems))
		}
		if f.MaxItems != nil {
			add("boundMaxItems", "maxItems", jen.Lit(*f.MaxItems))
		}
	}
	if mem.Kind == golang.KindNumber || mem.Kind == golang.KindInteger {
		if f.Minimum != nil {
			add("boundMinimum", "minimum", jen.Id(strconv.FormatFloat(*f.Minimum, 'f', -1, 64)))
		}
		if f.Maximum != nil {
			add("boundMaximum", "maximum", jen.Id(strconv.FormatFloat(*f.Maximum, 'f', -1, 64)))
		}
	}
	if len(bounds) > 0 {
		set := jen.Add(bounds[0])
		for _, b := range bounds[1:] {
			set = set.Op("|").Add(b)
		}
		fields = append(fields, jen.Id("bounds").Op(":").Add(set))
		fields = append(fields, values...)
	}
	if mem.Kind == golang.KindString && len(f.Values) > 0 {
		fields = append(fields, jen.Id("values").Op(":").Index().String().ValuesFunc(func(v *jen.Group) {
			for _, val := range f.Values {
				v.Lit(val)
			}
		}))
	}
	return jen.Values(fields...)
}

// decodeMember is what a decode method does with a member: it reads the
// value with the reader of its kind, which checks it against the member's
// table entry.
func (g *gearnGen) decodeMember(recv string, mem *golang.Member) []jen.Code {
	d := func(method string) *jen.Statement { return jen.Id("d").Dot(g.Shared(method)) }
	field := func() *jen.Statement { return jen.Id(recv).Dot(mem.GoName) }
	switch {
	case mem.Field.Array && mem.Kind == golang.KindString:
		return []jen.Code{d("strs").Call(jen.Op("&").Add(field()))}
	case mem.Field.Array:
		item := field().Clone().Index(jen.Id("n"))
		return []jen.Code{jen.If(d("array").Call()).Block(
			field().Op("=").Index().Add(g.emit.BaseType(mem)).Values(),
			jen.For(jen.Id("n").Op(":=").Lit(0), d("item").Call(jen.Id("n")), jen.Id("n").Op("++")).Block(
				field().Op("=").Id(g.Shared("grow")).Call(field()),
				g.decodeItem(mem, item),
			),
			d("count").Call(jen.Len(field())),
		)}
	case mem.Kind == golang.KindObject:
		return []jen.Code{jen.If(d("nested").Call()).Block(
			field().Op("=").New(jen.Id(mem.Object.GoName)),
			field().Dot("decode").Call(jen.Id("d")),
		)}
	case mem.Kind == golang.KindEnum:
		reader := "enumMember"
		if mem.Pointer() {
			reader = "enumMemberPtr"
		}
		return []jen.Code{jen.Id(g.Shared(reader)).Call(jen.Id("d"), jen.Op("&").Add(field()))}
	}
	reader := map[golang.Kind]string{
		golang.KindString:    "str",
		golang.KindBoolean:   "boolean",
		golang.KindNumber:    "float",
		golang.KindInteger:   "integer",
		golang.KindAny:       "raw",
		golang.KindHashtable: "hashtable",
	}[mem.Kind]
	if mem.Pointer() {
		reader += "Ptr"
	}
	return []jen.Code{d(reader).Call(jen.Op("&").Add(field()))}
}

// decodeItem reads item, an item of an array member that is not of
// strings, once the decoder has moved to it.
func (g *gearnGen) decodeItem(mem *golang.Member, item *jen.Statement) jen.Code {
	if mem.Kind == golang.KindObject {
		return jen.If(jen.Id("d").Dot(g.Shared("itemObject")).Call()).Block(item.Clone().Dot("decode").Call(jen.Id("d")))
	}
	if mem.Kind == golang.KindEnum {
		return jen.Id(g.Shared("enumItem")).Call(jen.Id("d"), jen.Op("&").Add(item))
	}
	reader := map[golang.Kind]string{
		golang.KindBoolean:   "itemBoolean",
		golang.KindNumber:    "itemFloat",
		golang.KindInteger:   "itemInteger",
		golang.KindAny:       "itemRaw",
		golang.KindHashtable: "itemHashtable",
	}[mem.Kind]
	return jen.Id("d").Dot(g.Shared(reader)).Call(jen.Op("&").Add(item))
}
