package backend

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
	"github.com/docs2go/docs2go/schema"
)

// headersFile writes, per operation, the struct of its request headers
// with Validate and the net/http glue. HeaderError and the helpers the
// checks call are the runtime's.
func (sg *statusGen) headersFile(f *jen.File) bool {
	if len(sg.ops) == 0 {
		return false
	}
	for _, op := range sg.ops {
		sg.headersType(f, op)
	}
	return true
}

func (sg *statusGen) headersType(f *jen.File, op *statusOp) {
	name := op.Name + "Headers"
	recv := func() *jen.Statement { return jen.Id("h").Op("*").Id(name) }
	golang.Doc(f.Group, fmt.Sprintf("%s holds the headers of %s request. An absent header is the empty string, as in net/http.", name, golang.Indefinite(op.Op.Name)))
	f.Type().Id(name).StructFunc(func(s *jen.Group) {
		for _, hf := range op.headers {
			golang.Doc(s, headerFieldDoc(hf))
			s.Id(hf.goName).String()
		}
	})

	golang.Doc(f.Group, "Validate reports every header of h that breaks what its page documents, as a *HeaderError. It returns nil when there is none. A conditional header is checked as an optional one: its condition is prose.")
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
		args := []jen.Code{value()}
		for _, lit := range hf.literals {
			args = append(args, jen.Lit(lit))
		}
		cases = append(cases, jen.Case(jen.Op("!").Id(sg.roots.Name("fitsFormat")).Call(args...)).Block(add("HeaderMalformed")))
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
	var cond *jen.Statement
	for i, v := range hf.values {
		var c *jen.Statement
		if hf.media {
			c = jen.Id(sg.roots.Name("sameMediaType")).Call(value(), jen.Lit(v))
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
