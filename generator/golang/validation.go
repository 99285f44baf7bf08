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

// helpers are the unexported helpers of validation.go and defaults.go.
type helpers struct {
	validator, length, items, join, item, ptr bool
}

// helpers works out from the model which helpers the Validate and
// ApplyDefaults methods call: none when the runtime's decoder checks the
// bodies and its slabs hold the defaults.
func (g *Emitter) helpers() helpers {
	var h helpers
	if g.Decoder != nil {
		return h
	}
	var checked, defaulted [][]*Member
	for _, o := range g.Objects {
		if o.Input && o.Checks {
			// Every member an object's validate checks is named under
			// the object's path.
			h.join = true
			checked = append(checked, o.Members)
		}
		if o.Input && o.Defaults {
			defaulted = append(defaulted, o.Members)
		}
	}
	for _, e := range g.Endpoints {
		if e.Checks {
			checked = append(checked, e.Members)
		}
		if e.Defaults {
			defaulted = append(defaulted, e.Members)
		}
	}
	h.validator = len(checked) > 0
	for _, members := range checked {
		for _, mem := range members {
			f := mem.Field
			h.length = h.length || mem.Kind == KindString && (f.MinLength != nil || f.MaxLength != nil)
			h.items = h.items || f.Array && (f.MinItems != nil || f.MaxItems != nil)
			h.item = h.item || f.Array && itemChecked(mem)
		}
	}
	for _, members := range defaulted {
		for _, mem := range members {
			h.ptr = h.ptr || mem.HasDefault() && mem.Kind != KindAny
		}
	}
	return h
}

// itemChecked reports whether Validate checks each item of an array
// Member: the item's value, or the object it is.
func itemChecked(mem *Member) bool {
	f := mem.Field
	switch mem.Kind {
	case KindString:
		return f.MinLength != nil || f.MaxLength != nil || len(f.Values) > 0
	case KindNumber, KindInteger:
		return f.Minimum != nil || f.Maximum != nil
	case KindEnum:
		return true
	case KindObject:
		return mem.Object.Checks
	}
	return false
}

// ValidationFile writes what every Validate shares: the error it returns,
// the violations, and the helpers the checks call. Helpers no check calls
// are left out.
func (g *Emitter) ValidationFile(f *jen.File) bool {
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

func (g *Emitter) validator(f *jen.File) {
	f.Comment("validator collects the members that break their constraints.")
	f.Type().Id("validator").Struct(jen.Id("members").Index().Id("MemberError"))
	v := func() *jen.Statement { return jen.Id("v").Op("*").Id("validator") }
	add := func(k Violation) *jen.Statement {
		return jen.Id("v").Dot("add").Call(jen.Id("member"), jen.Id(k.Ident()))
	}

	f.Comment("add records that member breaks the constraint k.")
	f.Func().Params(v()).Id("add").Params(jen.Id("member").String(), jen.Id("k").Id(ViolationType)).Block(
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

	bounds := func(n jen.Code, short, long Violation) []jen.Code {
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
				bounds(jen.Id("n"), StringTooShort, StringTooLong)...)...,
		)
	}
	if g.uses.items {
		f.Comment("items checks that an array of n items has lo to hi of them. A negative")
		f.Comment("bound is not checked.")
		f.Func().Params(v()).Id("items").Params(jen.Id("member").String(), jen.List(jen.Id("n"), jen.Id("lo"), jen.Id("hi")).Int()).Block(
			bounds(jen.Id("n"), ArrayTooShort, ArrayTooLong)...,
		)
	}
}
