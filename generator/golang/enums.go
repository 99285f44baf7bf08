package golang

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"
)

// EnumsFile writes an integer type per enum, since enums are JSON numbers
// on the wire, with a constant per member, a table of the members and
// their names, which String and Valid read with functions the enums
// share, and the table of its members, a variable rather than a function
// that copies it: a function per enum costs the compiler more than its
// table. A generic function that listed them from the names would cost
// it an instance of its own per enum.
func (g *Emitter) EnumsFile(f *jen.File) bool {
	if len(g.enums) == 0 {
		return false
	}
	for _, en := range g.enums {
		g.enumType(f, en)
	}
	enumFuncs(f)
	return true
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
			doc, comment := describe(mem.Description)
			docLines(c, doc)
			member := c.Id(en.ConstName(mem)).Id(en.GoName).Op("=").Lit(mem.Code)
			if comment != "" {
				member.Comment("// " + comment)
			}
		}
	})

	names := enumNames(en)
	Doc(f.Group, fmt.Sprintf("%s are the members of %s and their names as the pages write them, in the pages' order.", names, en.GoName))
	f.Var().Id(names).Op("=").Index().Id("enumName").CustomFunc(multiLine(), func(v *jen.Group) {
		for _, mem := range e.Members {
			v.Values(jen.Int().Call(jen.Id(en.ConstName(mem))), jen.Lit(mem.Name))
		}
	})

	Doc(f.Group, fmt.Sprintf("String returns the member's name as the pages write it, or %s(code) for a code they do not document.", en.GoName))
	f.Func().Params(jen.Id("c").Id(en.GoName)).Id("String").Params().String().Block(
		jen.Return(jen.Id("enumString").Call(jen.Id(names), jen.Int().Call(jen.Id("c")), jen.Lit(en.GoName))),
	)

	Doc(f.Group, fmt.Sprintf("Valid reports whether c is a member of %s.", en.GoName))
	f.Func().Params(jen.Id("c").Id(en.GoName)).Id("Valid").Params().Bool().Block(
		jen.Return(jen.Id("enumValid").Call(jen.Id(names), jen.Int().Call(jen.Id("c")))),
	)

	Doc(f.Group, fmt.Sprintf("%sValues are the members of %s, in the pages' order. It is a table, not a function that copies it: change none of its elements.", en.GoName, en.GoName))
	members := make([]jen.Code, len(e.Members))
	for i, mem := range e.Members {
		members[i] = jen.Id(en.ConstName(mem))
	}
	f.Var().Id(en.GoName + "Values").Op("=").Index().Id(en.GoName).Values(members...)
}

// enumNames is the name of the table of the members of en and their
// names, which String and Valid read.
func enumNames(en *Enum) string { return "names" + en.GoName }

// enumFuncs writes what every enum's String and Valid call: the type of an
// entry of a names table, which holds a member's code as an int, the type
// under every enum, and the functions that read one.
func enumFuncs(f *jen.File) {
	table := func() *jen.Statement { return jen.Id("names").Index().Id("enumName") }
	Doc(f.Group, "enumName is a member of an enum and its name as the pages write it.")
	f.Type().Id("enumName").Struct(
		jen.Id("value").Int(),
		jen.Id("name").String(),
	)

	// Neither function is inlined into the String and Valid of every
	// enum, and into their wrappers for pointers: the copies would cost
	// the compiler of a large API a twentieth of its memory.
	Doc(f.Group, "enumString returns the name of v in names, or typ(code) for a code names does not hold.")
	noInline(f)
	f.Func().Id("enumString").Params(table(), jen.Id("v").Int(), jen.Id("typ").String()).String().Block(
		jen.For(jen.Id("_").Op(",").Id("n").Op(":=").Range().Id("names")).Block(
			jen.If(jen.Id("n").Dot("value").Op("==").Id("v")).Block(jen.Return(jen.Id("n").Dot("name"))),
		),
		jen.Return(jen.Id("typ").Op("+").Lit("(").Op("+").Qual("strconv", "Itoa").Call(jen.Id("v")).Op("+").Lit(")")),
	)

	Doc(f.Group, "enumValid reports whether names holds v.")
	noInline(f)
	f.Func().Id("enumValid").Params(table(), jen.Id("v").Int()).Bool().Block(
		jen.For(jen.Id("_").Op(",").Id("n").Op(":=").Range().Id("names")).Block(
			jen.If(jen.Id("n").Dot("value").Op("==").Id("v")).Block(jen.Return(jen.True())),
		),
		jen.Return(jen.False()),
	)
}

// noInline ends the doc comment of the declaration that f has next with
// the directive that keeps the compiler from inlining it.
func noInline(f *jen.File) {
	f.Comment("//")
	f.Comment("//go:noinline")
}

// multiLine renders a composite literal's elements one a line.
func multiLine() jen.Options {
	return jen.Options{Open: "{", Close: "}", Separator: ",", Multi: true}
}
