package backend

import (
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
)

// objectTypes is the name of the package's table of object types.
const objectTypes = "objectTypes"

// tables are the object types that requests or answers hold, in the order
// of the package's table of them, and the index of each there.
type tables struct {
	objects []*golang.Object
	index   map[*golang.Object]int
}

func newTables(m *golang.Model) *tables {
	t := &tables{index: map[*golang.Object]int{}}
	for _, o := range m.Objects {
		if o.Input || o.Output {
			t.index[o] = len(t.objects)
			t.objects = append(t.objects, o)
		}
	}
	return t
}

// tablesFile writes what the shared decoder and encoder know of the API,
// as data: the table of object types, and a table of members per object
// type and per request with a body, which says where each member's Go
// field is, how it holds its value and what the page says the value must
// be. The compiler's cost is per function: data compiles far faster than
// a method per type.
func (g *gearnGen) tablesFile(f *jen.File) bool {
	golang.Doc(f.Group, objectTypes+" are the object types that requests and answers hold: the size of each, its name as the error of a cycle names it, its members, and for those that requests hold, what makes a new one and whether it holds defaults. A member that holds objects names their type by its index here.")
	f.Var().Id(objectTypes).Op("=").Index().Id(g.Shared("objectType")).ValuesFunc(func(v *jen.Group) {
		for i, o := range g.tables.objects {
			fields := []jen.Code{
				jen.Id("size").Op(":").Qual("unsafe", "Sizeof").Call(jen.Id(o.GoName).Values()),
				jen.Id("name").Op(":").Lit(g.emit.Package() + "." + o.GoName),
				jen.Id("members").Op(":").Id("members" + o.GoName),
			}
			if o.Input {
				fields = append(fields, jen.Id("alloc").Op(":").Id(g.Shared("objectOf")).Types(jen.Id(o.GoName)))
			}
			if o.Input && o.Defaults {
				fields = append(fields, jen.Id("defaults").Op(":").True())
			}
			v.Line().Lit(i).Op(":").Values(fields...)
		}
		v.Line()
	})
	golang.Doc(f.Group, "The members of each object type and of each request body, in the order of the page: the name, the key the encoder writes, the kind and offset of the Go field, the index of the type of objects, the constraints the page documents, and the default.")
	f.Var().DefsFunc(func(d *jen.Group) {
		for _, o := range g.tables.objects {
			d.Id("members" + o.GoName).Op("=").Add(g.membersTable(o.GoName, o.Members))
		}
		for _, e := range g.Endpoints {
			if len(e.Members) > 0 && !bodiless(e) {
				name := e.Name + "Request"
				d.Id("members" + name).Op("=").Add(g.membersTable(name, e.Members))
			}
		}
	})
	return true
}

// memberBound is a bound that the page of a member documents: the
// runtime's constant of it, the field of the member's entry that holds
// it, and its value.
type memberBound struct {
	bound, field string
	value        jen.Code
}

// boundsOf lists the bounds that the page of mem documents and its kind
// can break.
func boundsOf(mem *golang.Member) []memberBound {
	f := mem.Field
	var out []memberBound
	if mem.Kind == golang.KindString {
		if f.MinLength != nil {
			out = append(out, memberBound{"boundMinLength", "minLength", jen.Lit(*f.MinLength)})
		}
		if f.MaxLength != nil {
			out = append(out, memberBound{"boundMaxLength", "maxLength", jen.Lit(*f.MaxLength)})
		}
	}
	if f.Array {
		if f.MinItems != nil {
			out = append(out, memberBound{"boundMinItems", "minItems", jen.Lit(*f.MinItems)})
		}
		if f.MaxItems != nil {
			out = append(out, memberBound{"boundMaxItems", "maxItems", jen.Lit(*f.MaxItems)})
		}
	}
	if mem.Kind == golang.KindNumber || mem.Kind == golang.KindInteger {
		if f.Minimum != nil {
			out = append(out, memberBound{"boundMinimum", "minimum", jen.Id(strconv.FormatFloat(*f.Minimum, 'f', -1, 64))})
		}
		if f.Maximum != nil {
			out = append(out, memberBound{"boundMaximum", "maximum", jen.Id(strconv.FormatFloat(*f.Maximum, 'f', -1, 64))})
		}
	}
	return out
}

// membersTable is the table of the members of the struct typeName.
func (g *gearnGen) membersTable(typeName string, members []*golang.Member) jen.Code {
	return jen.Index().Id(g.Shared("member")).ValuesFunc(func(v *jen.Group) {
		for _, mem := range members {
			v.Line().Add(g.memberEntry(typeName, mem))
		}
		v.Line()
	})
}

// memberEntry is the entry of a member of the struct typeName in its
// table: {name: "userId", key: `,"userId":`, kind: kindStr, offset:
// unsafe.Offsetof(T{}.UserID), required: true, bounds: boundMinLength |
// boundMaxLength, minLength: 10, maxLength: 10}.
func (g *gearnGen) memberEntry(typeName string, mem *golang.Member) jen.Code {
	f := mem.Field
	fields := []jen.Code{
		jen.Id("name").Op(":").Lit(f.Name),
		jen.Id("key").Op(":").Add(key(f.Name)),
		jen.Id("kind").Op(":").Id(g.Shared(kindOf(mem))),
		jen.Id("offset").Op(":").Qual("unsafe", "Offsetof").Call(jen.Id(typeName).Values().Dot(mem.GoName)),
	}
	if mem.Object != nil {
		fields = append(fields, jen.Id("object").Op(":").Lit(g.tables.index[mem.Object]))
	}
	if f.Required {
		fields = append(fields, jen.Id("required").Op(":").True())
	}
	var bounds []jen.Code
	var values []jen.Code
	for _, b := range boundsOf(mem) {
		bounds = append(bounds, jen.Id(g.Shared(b.bound)))
		values = append(values, jen.Id(b.field).Op(":").Add(b.value))
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
	if mem.Enum != nil {
		fields = append(fields, jen.Id("codes").Op(":").Id(golang.EnumNames(mem.Enum)))
	}
	if mem.HasDefault() {
		fields = append(fields, jen.Id("byDefault").Op(":").Add(golang.DefaultLit(mem)))
	}
	return jen.Values(fields...)
}
