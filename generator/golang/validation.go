package golang

import (
	"github.com/dave/jennifer/jen"
)

// Violation is a way a member can break the constraints its page
// documents. The generated package has a Violation constant for each, in
// this order, numbered from 1 so that the zero Violation is none of them.
type Violation int

const (
	Missing Violation = iota
	WrongType
	StringEmpty
	StringTooShort
	StringTooLong
	NumberTooSmall
	NumberTooLarge
	NotInteger
	ObjectNull
	ArrayNull
	ArrayTooShort
	ArrayTooLong
	NotAllowed
	NumViolations
)

// ViolationType is the name of the generated type of violations.
const ViolationType = "Violation"

// violationSpec is how the generated package spells a violation.
type violationSpec struct {
	name string // the constant is violationType + name
	// doc is the constant's doc comment, and text what Violation.String
	// returns, where a decoder that reads the JSON reports the violation:
	// a BodyDecoder. structDoc and structText, when set, replace
	// them for a package whose Validate checks the Go values, which
	// cannot tell null from absence.
	doc, text             string
	structDoc, structText string
}

func (v Violation) spec() violationSpec {
	return [NumViolations]violationSpec{
		Missing: {name: "Missing", doc: "A required member is absent.", text: "required member is missing",
			structDoc: "A required object or value is absent or null."},
		WrongType: {name: "WrongType", doc: "A member holds a JSON value of the wrong type, such as a string where a number is due, or a number beyond the range of its Go type.",
			text: "member has the wrong JSON type"},
		StringEmpty: {name: "StringEmpty", doc: "A required string is null or empty.", text: "required string is empty",
			structDoc: "A required string is absent, null or empty: once decoded, the three look the same."},
		StringTooShort: {name: "StringTooShort", doc: "A string has fewer characters than its minimum length. Characters are runes, not bytes.", text: "string is shorter than its minimum length"},
		StringTooLong:  {name: "StringTooLong", doc: "A string has more characters than its maximum length. Characters are runes, not bytes.", text: "string is longer than its maximum length"},
		NumberTooSmall: {name: "NumberTooSmall", doc: "A number is below its minimum.", text: "number is below its minimum"},
		NumberTooLarge: {name: "NumberTooLarge", doc: "A number is above its maximum.", text: "number is above its maximum"},
		NotInteger:     {name: "NotInteger", doc: "A number has a fraction where the page says int.", text: "number is not an integer"},
		ObjectNull: {name: "ObjectNull", doc: "A required object or hashtable (a JSON object of any members) is null.", text: "required object is null",
			structDoc: "A required hashtable (a JSON object of any members) is absent or null.", structText: "required hashtable is missing"},
		ArrayNull: {name: "ArrayNull", doc: "A required array is null.", text: "required array is null",
			structDoc: "A required array is absent or null.", structText: "required array is missing"},
		ArrayTooShort: {name: "ArrayTooShort", doc: "An array has fewer items than its minimum.", text: "array has fewer items than its minimum"},
		ArrayTooLong:  {name: "ArrayTooLong", doc: "An array has more items than its maximum.", text: "array has more items than its maximum"},
		NotAllowed:    {name: "NotAllowed", doc: "A string is not one of its documented values, or an enum holds a code its page does not document.", text: "value is not one of the documented values"},
	}[v]
}

// violationDoc is the doc comment of v's constant in the package g
// writes.
func (g *Emitter) violationDoc(v Violation) string {
	if spec := v.spec(); g.Decoder == nil && spec.structDoc != "" {
		return spec.structDoc
	}
	return v.spec().doc
}

// violationText is what Violation.String returns for v in the package g
// writes.
func (g *Emitter) violationText(v Violation) string {
	if spec := v.spec(); g.Decoder == nil && spec.structText != "" {
		return spec.structText
	}
	return v.spec().text
}

// Ident is the generated constant of v: "ViolationStringTooShort".
func (v Violation) Ident() string { return ViolationType + v.spec().name }

// ValidationFile writes what every Validate shares: the error it returns
// and the violations.
func (g *Emitter) ValidationFile(f *jen.File) bool {
	g.validationError(f)
	g.violations(f)
	return true
}

func (g *Emitter) validationError(f *jen.File) {
	Doc(f.Group, "ValidationError lists every member of a request that breaks the constraints its page documents. Validate returns it as a *ValidationError.")
	f.Type().Id("ValidationError").StructFunc(func(s *jen.Group) {
		s.Comment("// Members holds one entry per broken constraint, in the order of the")
		s.Comment("// members in the request.")
		s.Id("Members").Index().Id("MemberError")
		if g.Decoder != nil {
			s.Comment("// Truncated is true when the request breaks more constraints than")
			s.Comment("// Members lists: the decoder lists the first 100 that the body holds")
			s.Comment("// (fewer when their paths are long), and stops reading it there.")
			s.Id("Truncated").Bool()
		}
	})
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
		Doc(s, `Member is the member's path in the request body: its name on the wire, after the names of the objects that hold it and a dot, with the index of an array item in brackets: "infoRequestParam.playerDataKeys", "tags[2].key".`)
		s.Id("Member").String()
		s.Id("Violation").Id(ViolationType)
	})
}

// kinds lists the violations the package reports: every one with a
// BodyDecoder, which reads the JSON; without one, those that Validate can
// tell.
func (g *Emitter) kinds() []Violation {
	var out []Violation
	for v := range NumViolations {
		if g.Decoder != nil || (v != WrongType && v != NotInteger) {
			out = append(out, v)
		}
	}
	return out
}

func (g *Emitter) violations(f *jen.File) {
	f.Comment(ViolationType + " says which constraint a member breaks.")
	f.Type().Id(ViolationType).Int()
	if g.Decoder != nil {
		f.Comment("The violations Validate and DecodeBody report.")
	} else {
		f.Comment("The violations Validate reports.")
	}
	f.Const().DefsFunc(func(c *jen.Group) {
		for i, v := range g.kinds() {
			Doc(c, g.violationDoc(v))
			if i == 0 {
				c.Id(v.Ident()).Id(ViolationType).Op("=").Iota().Op("+").Lit(1)
			} else {
				c.Id(v.Ident())
			}
		}
	})
	f.Comment("String describes the violation in a few words.")
	f.Func().Params(jen.Id("k").Id(ViolationType)).Id("String").Params().String().Block(
		jen.Switch(jen.Id("k")).BlockFunc(func(s *jen.Group) {
			for _, v := range g.kinds() {
				s.Case(jen.Id(v.Ident())).Block(jen.Return(jen.Lit(g.violationText(v))))
			}
		}),
		jen.Return(jen.Lit(ViolationType+"(").Op("+").Qual("strconv", "Itoa").Call(jen.Int().Call(jen.Id("k"))).Op("+").Lit(")")),
	)
	if g.Decoder != nil {
		g.Decoder.ViolationMethods(f)
	}
}
