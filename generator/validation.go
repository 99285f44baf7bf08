package generator

import (
	"github.com/dave/jennifer/jen"
)

// violation is a way a member can break the constraints its page
// documents. The generated package has a Violation constant for each, in
// this order, numbered from 1 so that the zero Violation is none of them.
type violation int

const (
	missing violation = iota
	stringEmpty
	stringTooShort
	stringTooLong
	numberTooSmall
	numberTooLarge
	hashtableMissing
	arrayMissing
	arrayTooShort
	arrayTooLong
	notAllowed
	numViolations
)

// violationType is the name of the generated type of violations.
const violationType = "Violation"

// violationSpec is how the generated package spells a violation.
type violationSpec struct {
	name string // the constant is violationType + name
	doc  string // the constant's doc comment
	text string // what Violation.String returns
}

func (v violation) spec() violationSpec {
	return [numViolations]violationSpec{
		missing:          {"Missing", "A required object or value is absent or null.", "required member is missing"},
		stringEmpty:      {"StringEmpty", "A required string is absent, null or empty: once decoded, the three look the same.", "required string is empty"},
		stringTooShort:   {"StringTooShort", "A string has fewer characters than its minimum length. Characters are runes, not bytes.", "string is shorter than its minimum length"},
		stringTooLong:    {"StringTooLong", "A string has more characters than its maximum length. Characters are runes, not bytes.", "string is longer than its maximum length"},
		numberTooSmall:   {"NumberTooSmall", "A number is below its minimum.", "number is below its minimum"},
		numberTooLarge:   {"NumberTooLarge", "A number is above its maximum.", "number is above its maximum"},
		hashtableMissing: {"HashtableMissing", "A required hashtable (a JSON object of any members) is absent or null.", "required hashtable is missing"},
		arrayMissing:     {"ArrayMissing", "A required array is absent or null.", "required array is missing"},
		arrayTooShort:    {"ArrayTooShort", "An array has fewer items than its minimum.", "array has fewer items than its minimum"},
		arrayTooLong:     {"ArrayTooLong", "An array has more items than its maximum.", "array has more items than its maximum"},
		notAllowed:       {"NotAllowed", "A string is not one of its documented values, or an enum holds a code its page does not document.", "value is not one of the documented values"},
	}[v]
}

// ident is the generated constant of v: "ViolationStringTooShort".
func (v violation) ident() string { return violationType + v.spec().name }

// validationFile writes what every Validate shares: the error it returns,
// the violations, and the helpers the checks call. Helpers no check calls
// are left out.
func (g *gen) validationFile(f *jen.File) bool {
	g.validationError(f)
	g.violations(f)
	if g.uses.validator {
		g.validator(f)
	}
	if g.uses.join {
		f.Comment("join names the member name of the object at path.")
		f.Func().Id("join").Params(jen.List(jen.Id("path"), jen.Id("name")).String()).String().Block(
			jen.If(jen.Id("path").Op("==").Lit("")).Block(jen.Return(jen.Id("name"))),
			jen.Return(jen.Id("path").Op("+").Lit(".").Op("+").Id("name")),
		)
	}
	if g.uses.item {
		f.Comment("item names item i of the array at path.")
		f.Func().Id("item").Params(jen.Id("path").String(), jen.Id("i").Int()).String().Block(
			jen.Return(jen.Id("path").Op("+").Lit("[").Op("+").Qual("strconv", "Itoa").Call(jen.Id("i")).Op("+").Lit("]")),
		)
	}
	return true
}

func (g *gen) validationError(f *jen.File) {
	doc(f.Group, "ValidationError lists every member of a request that breaks the constraints its page documents. Validate returns it as a *ValidationError.")
	f.Type().Id("ValidationError").Struct(
		jen.Comment("// Members holds one entry per broken constraint, in the order of the"),
		jen.Comment("// members in the request."),
		jen.Id("Members").Index().Id("MemberError"),
	)
	f.Comment("Error lists the members and the constraint each breaks.")
	f.Func().Params(jen.Id("e").Op("*").Id("ValidationError")).Id("Error").Params().String().Block(
		jen.Var().Id("b").Qual("strings", "Builder"),
		jen.Id("b").Dot("WriteString").Call(jen.Lit("invalid members: ")),
		jen.For(jen.List(jen.Id("i"), jen.Id("m")).Op(":=").Range().Id("e").Dot("Members")).Block(
			jen.If(jen.Id("i").Op(">").Lit(0)).Block(jen.Id("b").Dot("WriteString").Call(jen.Lit("; "))),
			jen.Id("b").Dot("WriteString").Call(jen.Id("m").Dot("Member")),
			jen.Id("b").Dot("WriteString").Call(jen.Lit(": ")),
			jen.Id("b").Dot("WriteString").Call(jen.Id("m").Dot("Violation").Dot("String").Call()),
		),
		jen.Return(jen.Id("b").Dot("String").Call()),
	)
	f.Comment("MemberError is a member of a request and the constraint it breaks.")
	f.Type().Id("MemberError").StructFunc(func(s *jen.Group) {
		doc(s, `Member is the member's path in the request body: its name on the wire, after the names of the objects that hold it and a dot, with the index of an array item in brackets: "infoRequestParam.playerDataKeys", "tags[2].key".`)
		s.Id("Member").String()
		s.Id("Violation").Id(violationType)
	})
}

func (g *gen) violations(f *jen.File) {
	f.Comment(violationType + " says which constraint a member breaks.")
	f.Type().Id(violationType).Int()
	f.Comment("The violations Validate reports.")
	f.Const().DefsFunc(func(c *jen.Group) {
		for v := range numViolations {
			doc(c, v.spec().doc)
			if v == 0 {
				c.Id(v.ident()).Id(violationType).Op("=").Iota().Op("+").Lit(1)
			} else {
				c.Id(v.ident())
			}
		}
	})
	f.Comment("String describes the violation in a few words.")
	f.Func().Params(jen.Id("k").Id(violationType)).Id("String").Params().String().Block(
		jen.Switch(jen.Id("k")).BlockFunc(func(s *jen.Group) {
			for v := range numViolations {
				s.Case(jen.Id(v.ident())).Block(jen.Return(jen.Lit(v.spec().text)))
			}
		}),
		jen.Return(jen.Lit(violationType+"(").Op("+").Qual("strconv", "Itoa").Call(jen.Int().Call(jen.Id("k"))).Op("+").Lit(")")),
	)
	g.invalidMemberType(f)
}

func (g *gen) validator(f *jen.File) {
	f.Comment("validator collects the members that break their constraints.")
	f.Type().Id("validator").Struct(jen.Id("members").Index().Id("MemberError"))
	v := func() *jen.Statement { return jen.Id("v").Op("*").Id("validator") }
	add := func(k violation) *jen.Statement {
		return jen.Id("v").Dot("add").Call(jen.Id("member"), jen.Id(k.ident()))
	}

	f.Comment("add records that member breaks the constraint k.")
	f.Func().Params(v()).Id("add").Params(jen.Id("member").String(), jen.Id("k").Id(violationType)).Block(
		jen.Id("v").Dot("members").Op("=").Append(jen.Id("v").Dot("members"), jen.Id("MemberError").Values(jen.Dict{
			jen.Id("Member"):    jen.Id("member"),
			jen.Id("Violation"): jen.Id("k"),
		})),
	)

	f.Comment("err returns the members collected as a *ValidationError, or nil when there")
	f.Comment("is none.")
	f.Func().Params(v()).Id("err").Params().Error().Block(
		jen.If(jen.Len(jen.Id("v").Dot("members")).Op("==").Lit(0)).Block(jen.Return(jen.Nil())),
		jen.Return(jen.Op("&").Id("ValidationError").Values(jen.Dict{jen.Id("Members"): jen.Id("v").Dot("members")})),
	)

	bounds := func(n jen.Code, short, long violation) []jen.Code {
		return []jen.Code{
			jen.If(jen.Id("lo").Op(">=").Lit(0).Op("&&").Add(n).Op("<").Id("lo")).Block(add(short)),
			jen.If(jen.Id("hi").Op(">=").Lit(0).Op("&&").Add(n).Op(">").Id("hi")).Block(add(long)),
		}
	}
	if g.uses.length {
		f.Comment("length checks that s has lo to hi characters, counted as runes, not bytes.")
		f.Comment("A negative bound is not checked.")
		f.Func().Params(v()).Id("length").Params(jen.List(jen.Id("member"), jen.Id("s")).String(), jen.List(jen.Id("lo"), jen.Id("hi")).Int()).Block(
			append([]jen.Code{jen.Id("n").Op(":=").Qual("unicode/utf8", "RuneCountInString").Call(jen.Id("s"))},
				bounds(jen.Id("n"), stringTooShort, stringTooLong)...)...,
		)
	}
	if g.uses.items {
		f.Comment("items checks that an array of n items has lo to hi of them. A negative")
		f.Comment("bound is not checked.")
		f.Func().Params(v()).Id("items").Params(jen.Id("member").String(), jen.List(jen.Id("n"), jen.Id("lo"), jen.Id("hi")).Int()).Block(
			bounds(jen.Id("n"), arrayTooShort, arrayTooLong)...,
		)
	}
}
