package golang

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"
)

// EnumsFile writes a type per enum, since enums are JSON numbers on the
// wire, an int of a type of its own, with a constant per member, the
// table of its members and their names as the pages write them. The
// type is Enum with a type argument of the enum's own: Enum's String and
// Valid, written once, read the enum's names, where a String and a Valid
// per enum would cost the compiler two functions and their wrappers each.
// The names are entered by a function that is not generic: an instance
// of a generic function per enum would cost the compiler more than the
// methods it spares.
func (g *Emitter) EnumsFile(f *jen.File) bool {
	if len(g.enums) == 0 {
		return false
	}
	for _, en := range g.enums {
		g.enumType(f, en)
	}
	enumFuncs(f, g.enums)
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
	f.Type().Id(en.GoName).Op("=").Id("Enum").Types(jen.Id(enumKey(en)))

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

	Doc(f.Group, fmt.Sprintf("%sValues are the members of %s, in the pages' order. It is a table, not a function that copies it: change none of its elements.", en.GoName, en.GoName))
	members := make([]jen.Code, len(e.Members))
	for i, mem := range e.Members {
		members[i] = jen.Id(en.ConstName(mem))
	}
	f.Var().Id(en.GoName + "Values").Op("=").Index().Id(en.GoName).Values(members...)

	f.Comment(fmt.Sprintf("The names of the members of %s as the pages write them, in the order of %sValues, which String reads.", en.GoName, en.GoName))
	names := []jen.Code{jen.Id(en.GoName + "Values"), jen.Lit(en.GoName)}
	for _, mem := range e.Members {
		names = append(names, jen.Lit(mem.Name))
	}
	f.Var().Id("_").Op("=").Id("enumNames").Call(names...)
}

// enumKey is the name of the type that tells en from the other enums, its
// type argument of Enum.
func enumKey(en *Enum) string { return "enumOf" + en.GoName }

// enumFuncs writes what every enum shares: the types that tell them
// apart, Enum with its String and Valid, the table of an enum, the tables
// by enum, and the function that enters one.
func enumFuncs(f *jen.File, enums []*Enum) {
	f.Comment("The types that tell the enums apart, each the type argument of Enum of one.")
	f.Type().DefsFunc(func(d *jen.Group) {
		for _, en := range enums {
			d.Id(enumKey(en)).Struct()
		}
	})

	Doc(f.Group, "Enum is the type of every enum of the API, an int on the wire: T, of a type of its own per enum, tells one enum from another.")
	f.Type().Id("Enum").Types(jen.Id("T").Any()).Int()

	Doc(f.Group, "String returns the member's name as the pages write it, or the enum's name and the code, as ReturnCode(7), for a code they do not document.")
	f.Func().Params(jen.Id("c").Id("Enum").Types(jen.Id("T"))).Id("String").Params().String().Block(
		jen.Return(jen.Id("enumString").Call(jen.Id("enums").Index(jen.Id("Enum").Types(jen.Id("T")).Call(jen.Lit(0))), jen.Int().Call(jen.Id("c")))),
	)

	Doc(f.Group, "Valid reports whether c is a member of its enum.")
	f.Func().Params(jen.Id("c").Id("Enum").Types(jen.Id("T"))).Id("Valid").Params().Bool().Block(
		jen.Return(jen.Id("enumValid").Call(jen.Id("enums").Index(jen.Id("Enum").Types(jen.Id("T")).Call(jen.Lit(0))), jen.Int().Call(jen.Id("c")))),
	)

	Doc(f.Group, "enumTable is an enum's name, and its members' codes and names in the pages' order.")
	f.Type().Id("enumTable").Struct(
		jen.Id("name").String(),
		jen.Id("codes").Index().Int(),
		jen.Id("names").Index().String(),
	)

	Doc(f.Group, "enums are the tables of the enums, by the zero member of each enum's type.")
	f.Var().Id("enums").Op("=").Map(jen.Any()).Op("*").Id("enumTable").Values()

	Doc(f.Group, "enumNames enters the table of the enum whose members, a slice of the enum's type, are values: name is the enum's, and names its members', in their order.")
	f.Func().Id("enumNames").Params(jen.Id("values").Any(), jen.Id("name").String(), jen.Id("names").Op("...").String()).Bool().Block(
		jen.Id("v").Op(":=").Qual("reflect", "ValueOf").Call(jen.Id("values")),
		jen.Id("t").Op(":=").Op("&").Id("enumTable").Values(jen.Dict{jen.Id("name"): jen.Id("name"), jen.Id("names"): jen.Id("names")}),
		jen.For(jen.Id("i").Op(":=").Range().Id("names")).Block(
			jen.Id("t").Dot("codes").Op("=").Append(jen.Id("t").Dot("codes"), jen.Int().Call(jen.Id("v").Dot("Index").Call(jen.Id("i")).Dot("Int").Call())),
		),
		jen.Id("enums").Index(jen.Qual("reflect", "Zero").Call(jen.Id("v").Dot("Type").Call().Dot("Elem").Call()).Dot("Interface").Call()).Op("=").Id("t"),
		jen.Return(jen.True()),
	)

	// Neither function is inlined into the String and Valid of every
	// enum, and into their wrappers for pointers: the copies would cost
	// the compiler of a large API a twentieth of its memory.
	Doc(f.Group, "enumString returns the name of v in e, or e's name and v for a code e does not hold.")
	noInline(f)
	f.Func().Id("enumString").Params(jen.Id("e").Op("*").Id("enumTable"), jen.Id("v").Int()).String().Block(
		jen.For(jen.List(jen.Id("i"), jen.Id("c")).Op(":=").Range().Id("e").Dot("codes")).Block(
			jen.If(jen.Id("c").Op("==").Id("v")).Block(jen.Return(jen.Id("e").Dot("names").Index(jen.Id("i")))),
		),
		jen.Return(jen.Id("e").Dot("name").Op("+").Lit("(").Op("+").Qual("strconv", "Itoa").Call(jen.Id("v")).Op("+").Lit(")")),
	)

	Doc(f.Group, "enumValid reports whether e holds v.")
	noInline(f)
	f.Func().Id("enumValid").Params(jen.Id("e").Op("*").Id("enumTable"), jen.Id("v").Int()).Bool().Block(
		jen.Return(jen.Qual("slices", "Contains").Call(jen.Id("e").Dot("codes"), jen.Id("v"))),
	)
}

// noInline ends the doc comment of the declaration that f has next with
// the directive that keeps the compiler from inlining it.
func noInline(f *jen.File) {
	f.Comment("//")
	f.Comment("//go:noinline")
}
