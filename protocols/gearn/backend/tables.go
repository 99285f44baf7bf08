package backend

import (
	"bytes"
	"fmt"
	"strconv"

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
// a method per type. Every entry is a constant or the address of another
// table, never a table's value: the gc compiler lays such tables out as
// static data, where a copy of another variable's value turns into code in
// the package's init once any variable before it is initialized by a call
// (as errors.New initializes the runtime's errors); that code and its IR
// were a seventh of the build's memory on a large API. The file is
// written as gofmt'd text: formatting it, as rendering it with jennifer
// does, would be most of the time Generate spends on a large API.
func (g *gearnGen) tablesFile(b *bytes.Buffer) bool {
	golang.WriteDoc(b, objectTypes+" are the object types that requests and answers hold, in order: the size of each, its name as the error of a cycle names it, its members, and for those that requests hold, what makes a new one and whether it holds defaults. A member that holds objects names their type by its index here.")
	fmt.Fprintf(b, "var %s = []%s{\n", objectTypes, g.Shared("objectType"))
	for _, o := range g.tables.objects {
		fmt.Fprintf(b, "\t{size: unsafe.Sizeof(%s{}), name: %s, members: &members%s", o.GoName, strconv.Quote(g.emit.Package()+"."+o.GoName), o.GoName)
		if o.Input {
			fmt.Fprintf(b, ", alloc: %s[%s]", g.Shared("objectOf"), o.GoName)
		}
		if o.Input && o.Defaults {
			b.WriteString(", defaults: true")
		}
		b.WriteString("},\n")
	}
	b.WriteString("}\n\n")
	golang.WriteDoc(b, "The members of each object type and of each request body, in the order of the page: the name, the key the encoder writes, the kind and offset of the Go field, the index of the type of objects, the constraints the page documents, and the default.")
	b.WriteString("var (\n")
	for _, o := range g.tables.objects {
		g.membersTable(b, o.GoName, o.Members)
	}
	for _, e := range g.Endpoints {
		if len(e.Members) > 0 && !bodiless(e) {
			g.membersTable(b, e.Name+"Request", e.Members)
		}
	}
	b.WriteString(")\n")
	return true
}

// membersTable writes the table of the members of the struct typeName,
// a spec of a var block.
func (g *gearnGen) membersTable(b *bytes.Buffer, typeName string, members []*golang.Member) {
	fmt.Fprintf(b, "\tmembers%s = []%s{", typeName, g.Shared("member"))
	if len(members) == 0 {
		b.WriteString("}\n")
		return
	}
	b.WriteString("\n")
	for _, mem := range members {
		b.WriteString("\t\t")
		g.memberEntry(b, typeName, mem)
		b.WriteString(",\n")
	}
	b.WriteString("\t}\n")
}

// memberBound is a bound that the page of a member documents: the
// runtime's constant of it, the field of the member's entry that holds
// it, and its value.
type memberBound struct {
	bound, field, value string
}

// boundsOf lists the bounds that the page of mem documents and its kind
// can break.
func boundsOf(mem *golang.Member) []memberBound {
	f := mem.Field
	var out []memberBound
	if mem.Kind == golang.KindString {
		if f.MinLength != nil {
			out = append(out, memberBound{"boundMinLength", "minLength", strconv.Itoa(*f.MinLength)})
		}
		if f.MaxLength != nil {
			out = append(out, memberBound{"boundMaxLength", "maxLength", strconv.Itoa(*f.MaxLength)})
		}
	}
	if f.Array {
		if f.MinItems != nil {
			out = append(out, memberBound{"boundMinItems", "minItems", strconv.Itoa(*f.MinItems)})
		}
		if f.MaxItems != nil {
			out = append(out, memberBound{"boundMaxItems", "maxItems", strconv.Itoa(*f.MaxItems)})
		}
	}
	if mem.Kind == golang.KindNumber || mem.Kind == golang.KindInteger {
		if f.Minimum != nil {
			out = append(out, memberBound{"boundMinimum", "minimum", strconv.FormatFloat(*f.Minimum, 'f', -1, 64)})
		}
		if f.Maximum != nil {
			out = append(out, memberBound{"boundMaximum", "maximum", strconv.FormatFloat(*f.Maximum, 'f', -1, 64)})
		}
	}
	return out
}

// memberEntry writes the entry of a member of the struct typeName in its
// table: {name: "userId", key: `,"userId":`, kind: kindStr, offset:
// unsafe.Offsetof(T{}.UserID), required: true, bounds: boundMinLength |
// boundMaxLength, minLength: 10, maxLength: 10}.
func (g *gearnGen) memberEntry(b *bytes.Buffer, typeName string, mem *golang.Member) {
	f := mem.Field
	fmt.Fprintf(b, "{name: %s, key: %s, kind: %s, offset: unsafe.Offsetof(%s{}.%s)", strconv.Quote(f.Name), key(f.Name), g.Shared(kindOf(mem)), typeName, mem.GoName)
	if mem.Object != nil {
		fmt.Fprintf(b, ", object: %d", g.tables.index[mem.Object])
	}
	if f.Required {
		b.WriteString(", required: true")
	}
	if bounds := boundsOf(mem); len(bounds) > 0 {
		b.WriteString(", bounds: ")
		for i, bd := range bounds {
			if i > 0 {
				b.WriteString(" | ")
			}
			b.WriteString(g.Shared(bd.bound))
		}
		for _, bd := range bounds {
			fmt.Fprintf(b, ", %s: %s", bd.field, bd.value)
		}
	}
	if mem.Kind == golang.KindString && len(f.Values) > 0 {
		b.WriteString(", values: []string{")
		for i, v := range f.Values {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(strconv.Quote(v))
		}
		b.WriteString("}")
	}
	if mem.Enum != nil {
		b.WriteString(", codes: &" + golang.EnumNames(mem.Enum))
	}
	if mem.HasDefault() {
		b.WriteString(", byDefault: " + golang.DefaultText(mem))
	}
	b.WriteString("}")
}
