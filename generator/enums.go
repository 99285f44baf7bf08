package generator

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"
)

// enumsFile writes an integer type per enum, since enums are JSON numbers
// on the wire, with a constant per member, String, Valid and the list of
// every member.
func (g *gen) enumsFile(f *jen.File) bool {
	for _, en := range g.enums {
		g.enumType(f, en)
	}
	return len(g.enums) > 0
}

func (g *gen) enumType(f *jen.File, en *enum) {
	e := en.e
	text := fmt.Sprintf("%s is the enum %s", en.goName, e.Name)
	if len(e.Aliases) > 0 {
		text += fmt.Sprintf(" (also %s)", strings.Join(e.Aliases, ", "))
	}
	text += ", a JSON number."
	if e.Description != "" {
		text += "\n\n" + e.Description
	}
	doc(f.Group, text)
	f.Type().Id(en.goName).Int()

	f.Comment(fmt.Sprintf("The members of %s.", en.goName))
	f.Const().DefsFunc(func(c *jen.Group) {
		for _, mem := range e.Members {
			doc(c, mem.Description)
			c.Id(en.constName(mem)).Id(en.goName).Op("=").Lit(mem.Code)
		}
	})

	doc(f.Group, fmt.Sprintf("String returns the member's name as the pages write it, or %s(code) for a code they do not document.", en.goName))
	f.Func().Params(jen.Id("c").Id(en.goName)).Id("String").Params().String().Block(
		jen.Switch(jen.Id("c")).BlockFunc(func(s *jen.Group) {
			for _, mem := range e.Members {
				s.Case(jen.Id(en.constName(mem))).Block(jen.Return(jen.Lit(mem.Name)))
			}
		}),
		jen.Return(jen.Lit(en.goName+"(").Op("+").Qual("strconv", "Itoa").Call(jen.Int().Call(jen.Id("c"))).Op("+").Lit(")")),
	)

	doc(f.Group, fmt.Sprintf("Valid reports whether c is a member of %s.", en.goName))
	f.Func().Params(jen.Id("c").Id(en.goName)).Id("Valid").Params().Bool().Block(
		jen.Switch(jen.Id("c")).Block(
			jen.Case(en.memberList()).Block(jen.Return(jen.True())),
		),
		jen.Return(jen.False()),
	)

	doc(f.Group, fmt.Sprintf("%sValues returns every member of %s, in the pages' order.", en.goName, en.goName))
	f.Func().Id(en.goName + "Values").Params().Index().Id(en.goName).Block(
		jen.Return(jen.Index().Id(en.goName).CustomFunc(multiLine(), func(v *jen.Group) {
			for _, mem := range e.Members {
				v.Id(en.constName(mem))
			}
		})),
	)
}

// memberList is the constants of every member as a case list, one a line.
func (en *enum) memberList() *jen.Statement {
	list := jen.Null()
	for i, mem := range en.e.Members {
		if i > 0 {
			list.Op(",").Line()
		}
		list.Id(en.constName(mem))
	}
	return list
}

// multiLine renders a composite literal's elements one a line.
func multiLine() jen.Options {
	return jen.Options{Open: "{", Close: "}", Separator: ",", Multi: true}
}
