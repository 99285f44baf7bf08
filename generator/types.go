package generator

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"
)

// typesFile writes the envelope and a struct per object type, with the
// Validate and ApplyDefaults of the objects that requests hold.
func (g *gen) typesFile(f *jen.File) bool {
	if g.envelope == nil && len(g.objects) == 0 {
		return false
	}
	if g.envelope != nil {
		g.envelopeType(f)
	}
	for _, o := range g.objects {
		doc(f.Group, objectDoc(o))
		f.Type().Id(o.goName).StructFunc(func(s *jen.Group) {
			for _, mem := range o.members {
				g.structField(s, mem)
			}
		})
		if o.input {
			g.objectValidate(f, o)
			g.objectDefaults(f, o)
		}
	}
	return true
}

// objectDoc says which object of the pages a struct is, when its Go name
// does not, then gives the page's description.
func objectDoc(o *object) string {
	text := fmt.Sprintf("%s is an object of the API.", o.goName)
	if o.goName != o.t.Name || len(o.t.Aliases) > 0 {
		text = fmt.Sprintf("%s is the object %s", o.goName, strings.Join(append([]string{o.t.Name}, o.t.Aliases...), ", also "))
		text += "."
	}
	if o.t.Description != "" {
		text += "\n\n" + o.t.Description
	}
	if o.t.Inferred {
		from := "an example"
		if !o.t.At.IsZero() {
			from = "the example at " + o.t.At.String()
		}
		text += "\n\nIts members were inferred from " + from + ", not read from a table."
	}
	return text
}

// envelopeType writes the envelope as a generic struct: the payload member
// has the type parameter T as its type, so one declaration serves every
// operation.
func (g *gen) envelopeType(f *jen.File) {
	doc(f.Group, fmt.Sprintf("Envelope is the object every answer of the API comes in. T is the type of the operation's payload, which %s holds.", g.payload))
	f.Type().Id("Envelope").Types(jen.Id("T").Any()).StructFunc(func(s *jen.Group) {
		for _, mem := range g.envelope {
			if mem.f.Name != g.payload {
				g.structField(s, mem)
				continue
			}
			doc(s, mem.f.Description)
			s.Id(mem.goName).Op("*").Id("T").Tag(map[string]string{"json": mem.f.Name + ",omitempty"})
		}
	})
}

// structField writes the Go field of a member, its description as the
// doc comment and its name on the wire as the json tag. An optional member
// is left out of the JSON when absent.
func (g *gen) structField(s *jen.Group, mem *member) {
	doc(s, mem.f.Description)
	tag := mem.f.Name
	if !mem.f.Required {
		tag += ",omitempty"
	}
	s.Id(mem.goName).Add(g.goType(mem)).Tag(map[string]string{"json": tag})
}

// goType is the Go type of a member; see member.pointer for when it is a
// pointer.
//
// "any" is json.RawMessage rather than the interface type: the value stays
// as the client sent it, so a large integer keeps its precision, JSON null
// is told from absence, and the handler decodes it into whatever type it
// expects. A hashtable is map[string]any: it is a JSON object by
// definition, and a map lets the handler read and count its entries
// without decoding.
func (g *gen) goType(mem *member) *jen.Statement {
	t := g.baseType(mem)
	switch {
	case mem.f.Array:
		return jen.Index().Add(t)
	case mem.pointer():
		return jen.Op("*").Add(t)
	}
	return t
}

// baseType is the Go type of a member's value, or of its items when it is
// an array.
func (g *gen) baseType(mem *member) *jen.Statement {
	switch mem.kind {
	case kindString:
		return jen.String()
	case kindBoolean:
		return jen.Bool()
	case kindNumber:
		return jen.Float64()
	case kindInteger:
		return jen.Int64()
	case kindAny:
		return jen.Qual("encoding/json", "RawMessage")
	case kindHashtable:
		return jen.Map(jen.String()).Any()
	case kindEnum:
		return jen.Id(mem.enum.goName)
	}
	return jen.Id(mem.object.goName)
}
