package backend

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
)

// statusFile writes StatusError, the error of every answer but an
// operation's success, and the body it stands for.
func (sg *statusGen) statusFile(f *jen.File) bool {
	e := func() *jen.Statement { return jen.Id("e").Op("*").Id("StatusError") }
	golang.Doc(f.Group, "StatusError is an answer with another status code than the success of its operation. A Service returns it for the handler to answer with; a Client returns it for such an answer.")
	f.Type().Id("StatusError").StructFunc(func(s *jen.Group) {
		s.Comment("// Code is the HTTP status code.")
		s.Id("Code").Int()
		if len(sg.details) > 0 {
			golang.Doc(s, fmt.Sprintf("Detail is the detail code of the answer, in the %s member of its body; 0 when it has none.", detailMember))
			s.Id("Detail").Id("DetailCode")
		}
		for _, mem := range sg.common {
			text := fmt.Sprintf("%s is the %s member of the body, which every error body the pages document holds.", mem.GoName, mem.Field.Name)
			if mem.Field.Description != "" {
				text += " " + golang.Sentence(mem.Field.Description)
			}
			golang.Doc(s, text)
			s.Id(mem.GoName).Add(sg.emit.GoType(mem))
		}
		for _, o := range sg.typed {
			golang.Doc(s, fmt.Sprintf("%s is the body of an answer whose status documents it: %s. A Client sets it for such an answer, unless the body is not that JSON; the handler answers with it when it is set, with the members of e that every error body holds.", o.GoName, strings.Join(sg.documentedFor(o), ", ")))
			s.Id(o.GoName).Op("*").Id(o.GoName)
		}
	})

	if len(sg.details) > 0 {
		f.Comment("Error says the status and, when the body has them, its message and its")
		f.Comment("detail code.")
	} else {
		f.Comment("Error says the status and, when the body has one, its message.")
	}
	f.Func().Params(e()).Id("Error").Params().String().BlockFunc(func(b *jen.Group) {
		b.Id("text").Op(":=").Lit("status ").Op("+").Qual("strconv", "Itoa").Call(jen.Id("e").Dot("Code"))
		b.If(jen.Id("t").Op(":=").Qual("net/http", "StatusText").Call(jen.Id("e").Dot("Code")), jen.Id("t").Op("!=").Lit("")).Block(
			jen.Id("text").Op("+=").Lit(" ").Op("+").Id("t"),
		)
		if m := sg.message; m != nil {
			b.If(jen.Id("e").Dot(m.GoName).Op("!=").Lit("")).Block(
				jen.Id("text").Op("+=").Lit(": ").Op("+").Id("e").Dot(m.GoName),
			)
		}
		if len(sg.details) > 0 {
			b.If(jen.Id("e").Dot("Detail").Op("!=").Lit(0)).Block(
				jen.Id("text").Op("+=").Lit(" (detail code ").Op("+").Id("e").Dot("Detail").Dot("String").Call().Op("+").Lit(")"),
			)
		}
		b.Return(jen.Id("text"))
	})

	if !sg.statusBodied() && len(sg.typed) == 0 {
		return true
	}
	f.Comment("body is the body the handler answers e with.")
	f.Func().Params(e()).Id("body").Params().Any().BlockFunc(func(b *jen.Group) {
		for _, o := range sg.typed {
			b.If(jen.Id("e").Dot(o.GoName).Op("!=").Nil()).BlockFunc(func(t *jen.Group) {
				t.Id("b").Op(":=").Op("*").Id("e").Dot(o.GoName)
				for _, c := range sg.common {
					held := memberNamed(o, c.Field.Name)
					value := jen.Id("e").Dot(c.GoName)
					if held.Pointer() && !c.Pointer() {
						value = jen.Op("&").Add(value)
					}
					t.Id("b").Dot(held.GoName).Op("=").Add(value)
				}
				if len(sg.details) > 0 {
					t.Return(jen.Op("&").Struct(
						jen.Op("*").Id(o.GoName),
						jen.Id("Detail").Id("DetailCode").Tag(map[string]string{"json": detailMember + ",omitempty"}),
					).Values(jen.Op("&").Id("b"), jen.Id("e").Dot("Detail")))
					return
				}
				t.Return(jen.Op("&").Id("b"))
			})
		}
		if !sg.statusBodied() {
			b.Return(jen.Nil())
			return
		}
		b.Return(jen.Op("&").Id("statusBody").Values(jen.DictFunc(func(d jen.Dict) {
			for _, c := range sg.common {
				d[jen.Id(c.GoName)] = jen.Id("e").Dot(c.GoName)
			}
			if len(sg.details) > 0 {
				d[jen.Id("Detail")] = jen.Id("e").Dot("Detail")
			}
		})))
	})
	if !sg.statusBodied() {
		return true
	}

	switch {
	case len(sg.details) == 0:
		f.Comment("statusBody is an error body with the members every error body the pages")
		f.Comment("document holds.")
	case len(sg.common) == 0:
		f.Comment("statusBody is an error body with its detail code.")
	default:
		f.Comment("statusBody is an error body with the members every error body the pages")
		f.Comment("document holds, and its detail code.")
	}
	f.Type().Id("statusBody").StructFunc(func(s *jen.Group) {
		for _, c := range sg.common {
			s.Id(c.GoName).Add(sg.emit.GoType(c)).Tag(map[string]string{"json": c.Field.Name})
		}
		if len(sg.details) > 0 {
			s.Id("Detail").Id("DetailCode").Tag(map[string]string{"json": detailMember + ",omitempty"})
		}
	})
	return true
}

// documentedFor lists the statuses that document o as their body: "4xx
// (custom status) of validation".
func (sg *statusGen) documentedFor(o *golang.Object) []string {
	var out []string
	for _, op := range sg.ops {
		for _, st := range op.failures {
			if sg.ObjectBy[st.Body] == o {
				name := st.String()
				if st.Note != "" {
					name += " (" + st.Note + ")"
				}
				out = append(out, name+" of "+op.Op.Name)
			}
		}
	}
	return out
}

// memberNamed returns o's member whose name on the wire is name.
func memberNamed(o *golang.Object, name string) *golang.Member {
	for _, mem := range o.Members {
		if mem.Field.Name == name {
			return mem
		}
	}
	return nil
}
