package generator

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/schema"
)

// headersFile writes, per operation, the struct of its request headers
// with Validate and the net/http glue, then HeaderError and the helpers
// the checks call.
func (sg *statusGen) headersFile(f *jen.File) bool {
	if len(sg.ops) == 0 {
		return false
	}
	for _, op := range sg.ops {
		sg.headersType(f, op)
	}
	sg.headerError(f)
	if sg.needs.format {
		sg.fitsFormat(f)
	}
	if sg.needs.mediaType {
		sg.sameMediaType(f)
	}
	return true
}

func (sg *statusGen) headersType(f *jen.File, op *statusOp) {
	name := op.name + "Headers"
	recv := func() *jen.Statement { return jen.Id("h").Op("*").Id(name) }
	doc(f.Group, fmt.Sprintf("%s holds the headers of a %s request. An absent header is the empty string, as in net/http.", name, op.op.Name))
	f.Type().Id(name).StructFunc(func(s *jen.Group) {
		for _, hf := range op.headers {
			doc(s, headerFieldDoc(hf))
			s.Id(hf.goName).String()
		}
	})

	doc(f.Group, "Validate reports every header of h that breaks what its page documents, as a *HeaderError. It returns nil when there is none. A conditional header is checked as an optional one: its condition is prose.")
	f.Func().Params(recv()).Id("Validate").Params().Error().BlockFunc(func(b *jen.Group) {
		b.Var().Id("bad").Index().Id("InvalidHeader")
		for _, hf := range op.headers {
			sg.headerChecks(b, hf)
		}
		b.If(jen.Len(jen.Id("bad")).Op(">").Lit(0)).Block(
			jen.Return(jen.Op("&").Id("HeaderError").Values(jen.Dict{jen.Id("Headers"): jen.Id("bad")})),
		)
		b.Return(jen.Nil())
	})

	f.Comment("read takes h from the headers of a request.")
	f.Func().Params(recv()).Id("read").Params(jen.Id("hdr").Qual("net/http", "Header")).BlockFunc(func(b *jen.Group) {
		for _, hf := range op.headers {
			b.Id("h").Dot(hf.goName).Op("=").Id("hdr").Dot("Get").Call(jen.Lit(hf.h.Name))
		}
	})

	f.Comment("write sets the headers of h that are not empty in hdr.")
	f.Func().Params(recv()).Id("write").Params(jen.Id("hdr").Qual("net/http", "Header")).BlockFunc(func(b *jen.Group) {
		for _, hf := range op.headers {
			b.If(jen.Id("h").Dot(hf.goName).Op("!=").Lit("")).Block(
				jen.Id("hdr").Dot("Set").Call(jen.Lit(hf.h.Name), jen.Id("h").Dot(hf.goName)),
			)
		}
	})
}

// headerFieldDoc says what a header holds and whether a request needs it.
func headerFieldDoc(hf *headerField) string {
	h := hf.h
	text := fmt.Sprintf("%s is the %s header, %s", hf.goName, h.Name, h.Required)
	if h.Required == schema.Conditional && h.Condition != "" {
		text += " (" + strings.TrimSuffix(h.Condition, ".") + ")"
	}
	text += "."
	if d := strings.TrimSpace(h.Description); d != "" && !restates(h, d) {
		if !strings.ContainsAny(d[len(d)-1:], ".!?") {
			d += "."
		}
		text += " " + d
	}
	if n := len(hf.values); n > 0 {
		quoted := make([]string, n)
		for i, v := range hf.values {
			quoted[i] = strconv.Quote(v)
		}
		list := quoted[n-1]
		if n > 1 {
			list = strings.Join(quoted[:n-1], ", ") + " or " + list
		}
		text += " Validate accepts " + list + "."
	}
	if hf.literals != nil {
		text += " Its form is \"" + h.Format + "\", where each placeholder in braces stands for a value."
	}
	return text
}

// restates reports whether a header's description says no more than its
// value or its form: "\"application/json\"", "Authorization: KakaoAK
// {ADMIN_KEY}".
func restates(h *schema.Header, description string) bool {
	d := strings.TrimSpace(description)
	if name, rest, ok := strings.Cut(d, ":"); ok && strings.EqualFold(strings.TrimSpace(name), h.Name) {
		d = strings.TrimSpace(rest)
	}
	d = strings.Trim(d, "\"'`")
	return d == h.Format || len(h.Values) == 1 && d == h.Values[0]
}

// headerChecks adds to b the checks of one header: present when required,
// then one of its values, then in its form.
func (sg *statusGen) headerChecks(b *jen.Group, hf *headerField) {
	value := func() *jen.Statement { return jen.Id("h").Dot(hf.goName) }
	add := func(problem string) jen.Code {
		return jen.Id("bad").Op("=").Append(jen.Id("bad"), jen.Id("InvalidHeader").Values(jen.Dict{
			jen.Id("Header"):  jen.Lit(hf.h.Name),
			jen.Id("Problem"): jen.Id(problem),
		}))
	}
	var cases []jen.Code
	if len(hf.values) > 0 {
		cases = append(cases, jen.Case(jen.Op("!").Add(sg.allowed(hf, value))).Block(add("HeaderNotAllowed")))
	}
	if hf.literals != nil {
		sg.needs.format = true
		args := []jen.Code{value()}
		for _, lit := range hf.literals {
			args = append(args, jen.Lit(lit))
		}
		cases = append(cases, jen.Case(jen.Op("!").Id("fitsFormat").Call(args...)).Block(add("HeaderMalformed")))
	}
	required := hf.h.Required == schema.Required
	switch {
	case len(cases) == 0 && required:
		b.If(value().Op("==").Lit("")).Block(add("HeaderMissing"))
	case len(cases) == 0:
	default:
		var absent []jen.Code
		if required {
			absent = append(absent, add("HeaderMissing"))
		}
		b.Switch().Block(append([]jen.Code{jen.Case(value().Op("==").Lit("")).Block(absent...)}, cases...)...)
	}
}

// allowed is the condition that the header's value is one of its values.
func (sg *statusGen) allowed(hf *headerField, value func() *jen.Statement) *jen.Statement {
	if hf.media {
		sg.needs.mediaType = true
	}
	var cond *jen.Statement
	for i, v := range hf.values {
		var c *jen.Statement
		if hf.media {
			c = jen.Id("sameMediaType").Call(value(), jen.Lit(v))
		} else {
			c = value().Op("==").Lit(v)
		}
		if i == 0 {
			cond = c
		} else {
			cond = cond.Op("||").Add(c)
		}
	}
	if len(hf.values) > 1 {
		return jen.Parens(cond)
	}
	return cond
}

// headerError writes HeaderError, InvalidHeader and HeaderProblem.
func (sg *statusGen) headerError(f *jen.File) {
	doc(f.Group, "HeaderError lists every header of a request that breaks what its page documents. A headers struct's Validate returns it as a *HeaderError; it never holds a header's value, which may be a secret.")
	f.Type().Id("HeaderError").Struct(
		jen.Comment("// Headers holds one entry per broken header, in the page's order."),
		jen.Id("Headers").Index().Id("InvalidHeader"),
	)
	f.Comment("Error lists the headers and what is wrong with each.")
	f.Func().Params(jen.Id("e").Op("*").Id("HeaderError")).Id("Error").Params().String().Block(
		jen.Var().Id("b").Qual("strings", "Builder"),
		jen.Id("b").Dot("WriteString").Call(jen.Lit("invalid headers: ")),
		jen.For(jen.List(jen.Id("i"), jen.Id("h")).Op(":=").Range().Id("e").Dot("Headers")).Block(
			jen.If(jen.Id("i").Op(">").Lit(0)).Block(jen.Id("b").Dot("WriteString").Call(jen.Lit("; "))),
			jen.Id("b").Dot("WriteString").Call(jen.Id("h").Dot("Header")),
			jen.Id("b").Dot("WriteString").Call(jen.Lit(": ")),
			jen.Id("b").Dot("WriteString").Call(jen.Id("h").Dot("Problem").Dot("String").Call()),
		),
		jen.Return(jen.Id("b").Dot("String").Call()),
	)

	f.Comment("InvalidHeader is a header of a request and what is wrong with it.")
	f.Type().Id("InvalidHeader").Struct(
		jen.Comment(`// Header is the header's name as its page writes it: "Authorization".`),
		jen.Id("Header").String(),
		jen.Id("Problem").Id("HeaderProblem"),
	)

	f.Comment("HeaderProblem says what is wrong with a header.")
	f.Type().Id("HeaderProblem").Int()
	f.Comment("The problems Validate reports.")
	f.Const().DefsFunc(func(c *jen.Group) {
		for i, p := range headerProblems() {
			doc(c, p.doc)
			if i == 0 {
				c.Id(p.ident).Id("HeaderProblem").Op("=").Iota().Op("+").Lit(1)
			} else {
				c.Id(p.ident)
			}
		}
	})
	f.Comment("String describes the problem in a few words.")
	f.Func().Params(jen.Id("p").Id("HeaderProblem")).Id("String").Params().String().Block(
		jen.Switch(jen.Id("p")).BlockFunc(func(s *jen.Group) {
			for _, p := range headerProblems() {
				s.Case(jen.Id(p.ident)).Block(jen.Return(jen.Lit(p.text)))
			}
		}),
		jen.Return(jen.Lit("HeaderProblem(").Op("+").Qual("strconv", "Itoa").Call(jen.Int().Call(jen.Id("p"))).Op("+").Lit(")")),
	)
}

// fitsFormat writes the check of a documented form. It matches each
// placeholder but the last as short as it can: whatever a longer match
// would leave to the rest, a shorter one leaves too.
func (sg *statusGen) fitsFormat(f *jen.File) {
	f.Comment("fitsFormat reports whether s is literals[0], then at least one character,")
	f.Comment("then literals[1], and so on: a documented form such as")
	f.Comment(`"KakaoAK {ADMIN_KEY}", split at its placeholders, with a value in each.`)
	f.Func().Id("fitsFormat").Params(jen.Id("s").String(), jen.Id("literals").Op("...").String()).Bool().Block(
		jen.List(jen.Id("rest"), jen.Id("ok")).Op(":=").Qual("strings", "CutPrefix").Call(jen.Id("s"), jen.Id("literals").Index(jen.Lit(0))),
		jen.If(jen.Op("!").Id("ok")).Block(jen.Return(jen.False())),
		jen.Id("last").Op(":=").Id("literals").Index(jen.Len(jen.Id("literals")).Op("-").Lit(1)),
		jen.For(jen.List(jen.Id("_"), jen.Id("lit")).Op(":=").Range().Id("literals").Index(jen.Lit(1), jen.Len(jen.Id("literals")).Op("-").Lit(1))).Block(
			jen.Comment("// The placeholder before lit takes as few characters as it can, and"),
			jen.Comment("// at least one."),
			jen.If(jen.Id("rest").Op("==").Lit("")).Block(jen.Return(jen.False())),
			jen.Id("i").Op(":=").Qual("strings", "Index").Call(jen.Id("rest").Index(jen.Lit(1), jen.Empty()), jen.Id("lit")),
			jen.If(jen.Id("i").Op("<").Lit(0)).Block(jen.Return(jen.False())),
			jen.Id("rest").Op("=").Id("rest").Index(jen.Lit(1).Op("+").Id("i").Op("+").Len(jen.Id("lit")), jen.Empty()),
		),
		jen.Return(jen.Len(jen.Id("rest")).Op(">").Len(jen.Id("last")).Op("&&").Qual("strings", "HasSuffix").Call(jen.Id("rest"), jen.Id("last"))),
	)
}

// sameMediaType writes the comparison of two media types.
func (sg *statusGen) sameMediaType(f *jen.File) {
	f.Comment("sameMediaType reports whether a and b are the same media type: type,")
	f.Comment("subtype and parameter names compare without regard to case, and so do")
	f.Comment("parameter values (charset=UTF-8 is charset=utf-8).")
	f.Func().Id("sameMediaType").Params(jen.List(jen.Id("a"), jen.Id("b")).String()).Bool().Block(
		jen.List(jen.Id("ta"), jen.Id("pa"), jen.Err()).Op(":=").Qual("mime", "ParseMediaType").Call(jen.Id("a")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.False())),
		jen.List(jen.Id("tb"), jen.Id("pb"), jen.Err()).Op(":=").Qual("mime", "ParseMediaType").Call(jen.Id("b")),
		jen.If(jen.Err().Op("!=").Nil().Op("||").Id("ta").Op("!=").Id("tb").Op("||").Len(jen.Id("pa")).Op("!=").Len(jen.Id("pb"))).Block(jen.Return(jen.False())),
		jen.For(jen.List(jen.Id("k"), jen.Id("v")).Op(":=").Range().Id("pa")).Block(
			jen.If(jen.List(jen.Id("w"), jen.Id("ok")).Op(":=").Id("pb").Index(jen.Id("k")), jen.Op("!").Id("ok").Op("||").Op("!").Qual("strings", "EqualFold").Call(jen.Id("v"), jen.Id("w"))).Block(
				jen.Return(jen.False()),
			),
		),
		jen.Return(jen.True()),
	)
}
