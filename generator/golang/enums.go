package golang

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"
)

// EnumsFile writes an integer type per enum, since enums are JSON numbers
// on the wire, with a constant per member, String, Valid and the list of
// every member.
func (g *Emitter) EnumsFile(f *jen.File) bool {
	for _, en := range g.enums {
		g.enumType(f, en)
	}
	return len(g.enums) > 0
}

func (g *Emitter) enumType(f *jen.File, en *Enum) {
	e := en.Enum
	text := fmt.Sprintf("%s is the enum %s", en.GoName, e.Name)
	if len(e.Aliases) > 0 {
		text += fmt.Sprintf(" (also %s)", strings.Join(e.Aliases, ", "))
	}
	text += ", a JSON number."
	if e.Description != "" {
		text += "\n\n" + e.Description
	}
	Doc(f.Group, text)
	f.Type().Id(en.GoName).Int()

	f.Comment(fmt.Sprintf("The members of %s.", en.GoName))
	f.Const().DefsFunc(func(c *jen.Group) {
		for _, mem := range e.Members {
			Doc(c, mem.Description)
			c.Id(en.ConstName(mem)).Id(en.GoName).Op("=").Lit(mem.Code)
		}
	})

	Doc(f.Group, fmt.Sprintf("String returns the member's name as the pages write it, or %s(code) for a code they do not document.", en.GoName))
	f.Func().Params(jen.Id("c").Id(en.GoName)).Id("String").Params().String().Block(
		jen.Switch(jen.Id("c")).BlockFunc(func(s *jen.Group) {
			for _, mem := range e.Members {
				s.Case(jen.Id(en.ConstName(mem))).Block(jen.Return(jen.Lit(mem.Name)))
			}
		}),
		jen.Return(jen.Lit(en.GoName+"(").Op("+").Qual("strconv", "Itoa").Call(jen.Int().Call(jen.Id("c"))).Op("+").Lit(")")),
	)

	Doc(f.Group, fmt.Sprintf("Valid reports whether c is a member of %s.", en.GoName))
	f.Func().Params(jen.Id("c").Id(en.GoName)).Id("Valid").Params().Bool().Block(
		jen.Switch(jen.Id("c")).Block(
			jen.Case(en.memberList()).Block(jen.Return(jen.True())),
		),
		jen.Return(jen.False()),
	)

	Doc(f.Group, fmt.Sprintf("%sValues returns every member of %s, in the pages' order.", en.GoName, en.GoName))
	f.Func().Id(en.GoName + "Values").Params().Index().Id(en.GoName).Block(
		jen.Return(jen.Index().Id(en.GoName).CustomFunc(multiLine(), func(v *jen.Group) {
			for _, mem := range e.Members {
				v.Id(en.ConstName(mem))
			}
		})),
	)
}

// memberList is the constants of every member as a case list, one a line.
func (en *Enum) memberList() *jen.Statement {
	list := jen.Null()
	for i, mem := range en.Enum.Members {
		if i > 0 {
			list.Op(",").Line()
		}
		list.Id(en.ConstName(mem))
	}
	return list
}

// multiLine renders a composite literal's elements one a line.
func multiLine() jen.Options {
	return jen.Options{Open: "{", Close: "}", Separator: ",", Multi: true}
}
