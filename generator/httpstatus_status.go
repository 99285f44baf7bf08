package generator

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"
)

// statusFile writes StatusError, the error of every answer but an
// operation's success, and the body it stands for.
func (sg *statusGen) statusFile(f *jen.File) bool {
	e := func() *jen.Statement { return jen.Id("e").Op("*").Id("StatusError") }
	doc(f.Group, "StatusError is an answer with another status code than the success of its operation. A Service returns it for the handler to answer with; a Client returns it for such an answer.")
	f.Type().Id("StatusError").StructFunc(func(s *jen.Group) {
		s.Comment("// Code is the HTTP status code.")
		s.Id("Code").Int()
		for _, mem := range sg.common {
			text := fmt.Sprintf("%s is the %s member of the body, which every error body the pages document holds.", mem.goName, mem.f.Name)
			if mem.f.Description != "" {
				text += " " + sentence(mem.f.Description)
			}
			doc(s, text)
			s.Id(mem.goName).Add(sg.emit.goType(mem))
		}
		for _, o := range sg.typed {
			doc(s, fmt.Sprintf("%s is the body of an answer whose status documents it: %s. A Client sets it for such an answer, unless the body is not that JSON; the handler answers with it when it is set, with the members of e that every error body holds.", o.goName, strings.Join(sg.documentedFor(o), ", ")))
			s.Id(o.goName).Op("*").Id(o.goName)
		}
	})

	f.Comment("Error says the status and, when the body has one, its message.")
	f.Func().Params(e()).Id("Error").Params().String().BlockFunc(func(b *jen.Group) {
		b.Id("text").Op(":=").Lit("status ").Op("+").Qual("strconv", "Itoa").Call(jen.Id("e").Dot("Code"))
		b.If(jen.Id("t").Op(":=").Qual("net/http", "StatusText").Call(jen.Id("e").Dot("Code")), jen.Id("t").Op("!=").Lit("")).Block(
			jen.Id("text").Op("+=").Lit(" ").Op("+").Id("t"),
		)
		if m := sg.message; m != nil {
			b.If(jen.Id("e").Dot(m.goName).Op("!=").Lit("")).Block(
				jen.Id("text").Op("+=").Lit(": ").Op("+").Id("e").Dot(m.goName),
			)
		}
		b.Return(jen.Id("text"))
	})

	if len(sg.common) == 0 && len(sg.typed) == 0 {
		return true
	}
	f.Comment("body is the body the handler answers e with.")
	f.Func().Params(e()).Id("body").Params().Any().BlockFunc(func(b *jen.Group) {
		for _, o := range sg.typed {
			b.If(jen.Id("e").Dot(o.goName).Op("!=").Nil()).BlockFunc(func(t *jen.Group) {
				t.Id("b").Op(":=").Op("*").Id("e").Dot(o.goName)
				for _, c := range sg.common {
					held := memberNamed(o, c.f.Name)
					value := jen.Id("e").Dot(c.goName)
					if held.pointer() && !c.pointer() {
						value = jen.Op("&").Add(value)
					}
					t.Id("b").Dot(held.goName).Op("=").Add(value)
				}
				t.Return(jen.Op("&").Id("b"))
			})
		}
		if len(sg.common) == 0 {
			b.Return(jen.Nil())
			return
		}
		b.Return(jen.Op("&").Id("statusBody").Values(jen.DictFunc(func(d jen.Dict) {
			for _, c := range sg.common {
				d[jen.Id(c.goName)] = jen.Id("e").Dot(c.goName)
			}
		})))
	})
	if len(sg.common) == 0 {
		return true
	}

	f.Comment("statusBody is an error body with the members every error body the pages")
	f.Comment("document holds.")
	f.Type().Id("statusBody").StructFunc(func(s *jen.Group) {
		for _, c := range sg.common {
			s.Id(c.goName).Add(sg.emit.goType(c)).Tag(map[string]string{"json": c.f.Name})
		}
	})
	return true
}

// documentedFor lists the statuses that document o as their body: "4xx
// (custom status) of validation".
func (sg *statusGen) documentedFor(o *object) []string {
	var out []string
	for _, op := range sg.ops {
		for _, st := range op.failures {
			if sg.objectBy[st.Body] == o {
				name := statusName(st)
				if st.Note != "" {
					name += " (" + st.Note + ")"
				}
				out = append(out, name+" of "+op.op.Name)
			}
		}
	}
	return out
}

// memberNamed returns o's member whose name on the wire is name.
func memberNamed(o *object, name string) *member {
	for _, mem := range o.members {
		if mem.f.Name == name {
			return mem
		}
	}
	return nil
}
