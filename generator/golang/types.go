package golang

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/schema"
)

// TypesFile writes the envelope and a struct per object type, with the
// Validate and ApplyDefaults of the objects that requests hold.
func (g *Emitter) TypesFile(f *jen.File) bool {
	if g.Envelope == nil && len(g.Objects) == 0 {
		return false
	}
	if g.Envelope != nil {
		g.envelopeType(f)
	}
	for _, o := range g.Objects {
		Doc(f.Group, objectDoc(o))
		f.Type().Id(o.GoName).StructFunc(func(s *jen.Group) {
			Incomparable(s)
			for _, mem := range o.Members {
				g.StructField(s, mem)
			}
		})
		if o.Input {
			g.objectValidate(f, o)
			g.objectDefaults(f, o)
		}
	}
	return true
}

// objectDoc says which object of the pages a struct is, when its Go name
// does not, then gives the page's description.
func objectDoc(o *Object) string {
	if o.query {
		return o.Type.Description
	}
	text := fmt.Sprintf("%s is an object of the API.", o.GoName)
	if o.GoName != o.Type.Name || len(o.Type.Aliases) > 0 {
		text = fmt.Sprintf("%s is the object %s", o.GoName, strings.Join(append([]string{o.Type.Name}, o.Type.Aliases...), ", also "))
		text += "."
	}
	if o.Type.Description != "" {
		text += "\n\n" + o.Type.Description
	}
	if o.Type.Inferred {
		from := "an example"
		if !o.Type.At.IsZero() {
			from = "the example at " + o.Type.At.String()
		}
		text += "\n\nIts members were inferred from " + from + ", not read from a table."
	}
	return text
}

// envelopeType writes the envelope as a generic struct: the payload member
// has the type parameter T as its type, so one declaration serves every
// operation.
func (g *Emitter) envelopeType(f *jen.File) {
	Doc(f.Group, fmt.Sprintf("Envelope is the object every answer of the API comes in. T is the type of the operation's payload, which %s holds.", g.Payload))
	f.Type().Id("Envelope").Types(jen.Id("T").Any()).StructFunc(func(s *jen.Group) {
		for _, mem := range g.Envelope {
			if mem.Field.Name != g.Payload {
				g.StructField(s, mem)
				continue
			}
			Doc(s, mem.Field.Description)
			s.Id(mem.GoName).Op("*").Id("T").Tag(map[string]string{"json": mem.Field.Name + ",omitempty"})
		}
	})
}

// StructField writes the Go field of a member, its description as the
// doc comment unless it only restates where the member is, and its name on
// the wire as the json tag. An optional member is left out of the JSON
// when absent.
func (g *Emitter) StructField(s *jen.Group, mem *Member) {
	if !usedIn(mem.Field) {
		Doc(s, mem.Field.Description)
	}
	tag := mem.Field.Name
	if !mem.Field.Required {
		tag += ",omitempty"
	}
	s.Id(mem.GoName).Add(g.GoType(mem)).Tag(map[string]string{"json": tag})
}

// usedInRe matches the description pages give a member they say nothing
// of: "Device used in ExternalItem. See Device", "Type field in AvatarItem.".
var usedInRe = regexp.MustCompile(`^(\S+) (?:used|field) in [A-Za-z0-9_.]+\.?(?: See [A-Za-z0-9_.]+\.?)?$`)

// usedIn reports whether f's description only names f, the object that
// holds it and its type, which the struct field says already.
func usedIn(f *schema.Field) bool {
	m := usedInRe.FindStringSubmatch(strings.TrimSpace(f.Description))
	return m != nil && strings.EqualFold(m[1], f.Name)
}

// GoType is the Go type of a member; see Member.Pointer for when it is a
// pointer.
//
// "any" is json.RawMessage rather than the interface type: the value stays
// as the client sent it, so a large integer keeps its precision, JSON null
// is told from absence, and the handler decodes it into whatever type it
// expects. A hashtable is map[string]any: it is a JSON object by
// definition, and a map lets the handler read and count its entries
// without decoding.
func (g *Emitter) GoType(mem *Member) *jen.Statement {
	t := g.BaseType(mem)
	switch {
	case mem.Field.Array:
		return jen.Index().Add(t)
	case mem.Pointer():
		return jen.Op("*").Add(t)
	}
	return t
}

// BaseType is the Go type of a member's value, or of its items when it is
// an array.
func (g *Emitter) BaseType(mem *Member) *jen.Statement {
	switch mem.Kind {
	case KindString:
		return jen.String()
	case KindBoolean:
		return jen.Bool()
	case KindNumber:
		return jen.Float64()
	case KindInteger:
		return jen.Int64()
	case KindAny:
		return jen.Qual("encoding/json", "RawMessage")
	case KindHashtable:
		return jen.Map(jen.String()).Any()
	case KindEnum:
		return jen.Id(mem.Enum.GoName)
	}
	return jen.Id(mem.Object.GoName)
}

// Incomparable writes the first field of a struct of the API, which makes
// it a type that == does not compare, at no cost in size: the compiler
// writes an equality function for every comparable struct whose fields
// are not plain memory, and an API of twenty thousand types would compile
// twenty thousand of them that nothing calls.
func Incomparable(s *jen.Group) {
	s.Id("_").Index(jen.Lit(0)).Func().Params()
}
