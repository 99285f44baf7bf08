package backend

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
	"github.com/docs2go/docs2go/schema"
)

// clientFile writes the methods of Client, the runtime's, one per
// operation, that return the body of the success answer or a
// *StatusError.
func (sg *statusGen) clientFile(f *jen.File) bool {
	if len(sg.ops) == 0 {
		return false
	}
	if sg.statusBodied() || len(sg.typed) > 0 {
		f.Comment("maxErrorBody is how much of the body of an error answer a Client reads:")
		f.Comment("1 MiB.")
		f.Const().Id("maxErrorBody").Op("=").Lit(1).Op("<<").Lit(20)
	}
	for _, op := range sg.ops {
		sg.clientMethod(f, op)
	}
	if sg.statusBodied() {
		f.Comment("newStatusError reads the members of an error body that every error body")
		f.Comment("the pages document holds. A body that is not such JSON leaves them empty.")
		f.Func().Id("newStatusError").Params(jen.Id("code").Int(), jen.Id("body").Index().Byte()).Op("*").Id("StatusError").BlockFunc(func(b *jen.Group) {
			b.Id("e").Op(":=").Op("&").Id("StatusError").Values(jen.Dict{jen.Id("Code"): jen.Id("code")})
			b.Var().Id("common").Id("statusBody")
			b.If(jen.Qual("encoding/json", "Unmarshal").Call(jen.Id("body"), jen.Op("&").Id("common")).Op("==").Nil()).BlockFunc(func(t *jen.Group) {
				for _, c := range sg.common {
					t.Id("e").Dot(c.GoName).Op("=").Id("common").Dot(c.GoName)
				}
				if len(sg.details) > 0 {
					t.Id("e").Dot("Detail").Op("=").Id("common").Dot("Detail")
				}
			})
			b.Return(jen.Id("e"))
		})
	}
	return true
}

func (sg *statusGen) clientMethod(f *jen.File, op *statusOp) {
	text := fmt.Sprintf("%s sends %s request: %s %s.", op.Name, golang.Indefinite(op.Op.Name), op.Schema.Method, op.Schema.Path)
	if op.Op.Summary != "" {
		text += " " + golang.Sentence(op.Op.Summary)
	}
	if op.Response != nil {
		text += fmt.Sprintf(" It returns the %s of a %d answer", op.Response.GoName, op.success)
	} else {
		text += fmt.Sprintf(" It returns nil for a %d answer", op.success)
	}
	text += ", and a *StatusError for any other status"
	var typed []string
	for _, st := range op.failures {
		if o := sg.typedField(st); o != nil {
			typed = append(typed, fmt.Sprintf("%s in its %s", st.String(), o.GoName))
		}
	}
	if len(typed) > 0 {
		text += ", with the body of " + strings.Join(typed, ", of ")
	}
	golang.Doc(f.Group, text+".")

	fail := func(err jen.Code) jen.Code { return jen.Return(jen.Nil(), err) }
	if op.Response == nil {
		fail = func(err jen.Code) jen.Code { return jen.Return(err) }
	}
	f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id(op.Name).Params(
		jen.Id("ctx").Qual("context", "Context"),
		jen.Id("req").Op("*").Id(op.Name+"Request"),
	).Add(op.results()).BlockFunc(func(b *jen.Group) {
		url := jen.Id("c").Dot("baseURL").Op("+").Lit(op.Schema.Path)
		if op.Path != nil {
			for _, mem := range op.Path.Members {
				if mem.Kind == golang.KindString {
					b.If(jen.Id("req").Dot("Path").Dot(mem.GoName).Op("==").Lit("")).Block(
						fail(jen.Qual("errors", "New").Call(jen.Lit(fmt.Sprintf("%s: path parameter %s is empty: a segment of the path cannot be", op.Op.Name, mem.Field.Name)))),
					)
				}
			}
			url = jen.Id("c").Dot("baseURL").Op("+").Add(pathExpr(op))
		}
		if op.Query != nil {
			b.List(jen.Id("query"), jen.Err()).Op(":=").Id(sg.roots.Name("encodeQuery")).Call(jen.Op("&").Id("req").Dot("Query"), jen.Id("query"+op.Name))
			b.If(jen.Err().Op("!=").Nil()).Block(fail(jen.Err()))
			b.Id("target").Op(":=").Add(url)
			b.If(jen.Id("query").Op("!=").Lit("")).Block(jen.Id("target").Op("+=").Lit("?").Op("+").Id("query"))
			url = jen.Id("target")
		}
		if len(op.Members) > 0 {
			b.List(jen.Id("body"), jen.Err()).Op(":=").Qual("encoding/json", "Marshal").Call(jen.Id("req"))
			b.If(jen.Err().Op("!=").Nil()).Block(fail(jen.Err()))
			b.List(jen.Id("hreq"), jen.Err()).Op(":=").Qual("net/http", "NewRequestWithContext").Call(jen.Id("ctx"), jen.Lit(op.Schema.Method), url,
				jen.Qual("bytes", "NewReader").Call(jen.Id("body")))
		} else {
			b.List(jen.Id("hreq"), jen.Err()).Op(":=").Qual("net/http", "NewRequestWithContext").Call(jen.Id("ctx"), jen.Lit(op.Schema.Method), url, jen.Nil())
		}
		b.If(jen.Err().Op("!=").Nil()).Block(fail(jen.Err()))
		b.Id(sg.roots.Name("writeHeaders")).Call(jen.Id("hreq").Dot("Header"), jen.Op("&").Id("req").Dot("Headers"))
		b.List(jen.Id("resp"), jen.Err()).Op(":=").Id("c").Dot("http").Dot("Do").Call(jen.Id("hreq"))
		b.If(jen.Err().Op("!=").Nil()).Block(fail(jen.Err()))
		b.Defer().Id("resp").Dot("Body").Dot("Close").Call()
		b.If(jen.Id("resp").Dot("StatusCode").Op("!=").Lit(op.success)).Block(fail(sg.statusError(op)))
		if op.Response == nil {
			b.Return(jen.Nil())
			return
		}
		b.Var().Id("out").Id(op.Response.GoName)
		b.If(jen.Err().Op(":=").Qual("encoding/json", "NewDecoder").Call(jen.Id("resp").Dot("Body")).Dot("Decode").Call(jen.Op("&").Id("out")), jen.Err().Op("!=").Nil()).Block(
			fail(jen.Qual("fmt", "Errorf").Call(jen.Lit(fmt.Sprintf("%s: reading the %d answer: %%w", op.Op.Name, op.success)), jen.Err())),
		)
		b.Return(jen.Op("&").Id("out"), jen.Nil())
	})
	sg.readError(f, op)
}

// pathExpr is the expression of the path of a request to op, each
// {name} of its path replaced by the text of the value of that path
// parameter, escaped as a segment of a path is.
func pathExpr(op *statusOp) jen.Code {
	var parts []jen.Code
	lit := ""
	for i, seg := range strings.Split(op.Schema.Path, "/") {
		if i > 0 {
			lit += "/"
		}
		name, ok := strings.CutPrefix(seg, "{")
		name, closed := strings.CutSuffix(name, "}")
		var mem *golang.Member
		for _, m := range op.Path.Members {
			if ok && closed && m.Field.Name == name {
				mem = m
			}
		}
		if mem == nil {
			lit += seg
			continue
		}
		if lit != "" {
			parts = append(parts, jen.Lit(lit))
			lit = ""
		}
		parts = append(parts, pathText(mem))
	}
	if lit != "" {
		parts = append(parts, jen.Lit(lit))
	}
	expr := jen.Add(parts[0])
	for _, p := range parts[1:] {
		expr = expr.Op("+").Add(p)
	}
	return expr
}

// pathText is the expression of the text of the value of a path
// parameter, as a segment of a path: a string escaped, any other kind as
// JSON writes it, which the handler's readers read.
func pathText(mem *golang.Member) jen.Code {
	v := jen.Id("req").Dot("Path").Dot(mem.GoName)
	switch mem.Kind {
	case golang.KindInteger:
		return jen.Qual("strconv", "FormatInt").Call(v, jen.Lit(10))
	case golang.KindEnum:
		return jen.Qual("strconv", "Itoa").Call(jen.Int().Call(v))
	case golang.KindNumber:
		return jen.Qual("strconv", "FormatFloat").Call(v, jen.LitRune('g'), jen.Lit(-1), jen.Lit(64))
	case golang.KindBoolean:
		return jen.Qual("strconv", "FormatBool").Call(v)
	}
	return jen.Qual("net/url", "PathEscape").Call(v)
}

// statusError is the expression of the *StatusError of an answer to op
// with another status than its success.
func (sg *statusGen) statusError(op *statusOp) jen.Code {
	if !sg.statusBodied() && !sg.hasTyped(op) {
		return jen.Op("&").Id("StatusError").Values(jen.Dict{jen.Id("Code"): jen.Id("resp").Dot("StatusCode")})
	}
	return jen.Id("read" + op.Name + "Error").Call(jen.Id("resp"))
}

func (sg *statusGen) hasTyped(op *statusOp) bool {
	for _, st := range op.failures {
		if sg.typedField(st) != nil {
			return true
		}
	}
	return false
}

// readError writes the function that reads an error answer to op: its
// common members, and the typed body its status documents.
func (sg *statusGen) readError(f *jen.File, op *statusOp) {
	if !sg.statusBodied() && !sg.hasTyped(op) {
		return
	}
	name := "read" + op.Name + "Error"
	golang.Doc(f.Group, fmt.Sprintf("%s reads an answer to %s request with another status than %d.", name, golang.Indefinite(op.Op.Name), op.success))
	f.Func().Id(name).Params(jen.Id("resp").Op("*").Qual("net/http", "Response")).Error().BlockFunc(func(b *jen.Group) {
		b.List(jen.Id("body"), jen.Err()).Op(":=").Qual("io", "ReadAll").Call(jen.Qual("io", "LimitReader").Call(jen.Id("resp").Dot("Body"), jen.Id("maxErrorBody")))
		b.If(jen.Err().Op("!=").Nil()).Block(
			jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit(op.Op.Name+": reading the %d answer: %w"), jen.Id("resp").Dot("StatusCode"), jen.Err())),
		)
		e := jen.Op("&").Id("StatusError").Values(jen.Dict{jen.Id("Code"): jen.Id("resp").Dot("StatusCode")})
		if sg.statusBodied() {
			e = jen.Id("newStatusError").Call(jen.Id("resp").Dot("StatusCode"), jen.Id("body"))
		}
		cases := sg.typedCases(op)
		if len(cases) == 0 {
			b.Return(e)
			return
		}
		b.Id("e").Op(":=").Add(e)
		b.Switch(jen.Id("code").Op(":=").Id("resp").Dot("StatusCode"), jen.Empty()).Block(cases...)
		b.Return(jen.Id("e"))
	})
}

// typedCases are the cases of the switch on an error answer's code that
// decode the typed body its status documents. A code the page documents
// on its own takes its own status, then a code takes the narrowest range
// that covers it; a case with no body stops a wider range from taking a
// Code.
func (sg *statusGen) typedCases(op *statusOp) []jen.Code {
	var typedRanges []*schema.Status
	for _, st := range op.failures {
		if st.Range != "" && sg.typedField(st) != nil {
			typedRanges = append(typedRanges, st)
		}
	}
	// shadows reports whether st stands between a code and a typed range:
	// st is typed, or some typed range overlaps it.
	shadows := func(st *schema.Status) bool {
		if sg.typedField(st) != nil {
			return true
		}
		lo, hi, _ := st.Bounds()
		for _, r := range typedRanges {
			if rlo, rhi, _ := r.Bounds(); lo <= rhi && rlo <= hi {
				return true
			}
		}
		return false
	}
	code := func() *jen.Statement { return jen.Id("code") }
	decode := func(o *golang.Object) []jen.Code {
		if o == nil {
			return nil
		}
		return []jen.Code{
			jen.Var().Id("b").Id(o.GoName),
			jen.If(jen.Qual("encoding/json", "Unmarshal").Call(jen.Id("body"), jen.Op("&").Id("b")).Op("==").Nil()).Block(
				jen.Id("e").Dot(o.GoName).Op("=").Op("&").Id("b"),
			),
		}
	}
	var cases []jen.Code
	var plain []jen.Code // codes on their own without a typed body
	for _, st := range op.failures {
		switch {
		case st.Range != "" || !shadows(st):
		case sg.typedField(st) != nil:
			cases = append(cases, jen.Case(code().Op("==").Lit(st.Code)).Block(decode(sg.typedField(st))...))
		default:
			plain = append(plain, code().Op("==").Lit(st.Code))
		}
	}
	if len(plain) > 0 {
		cases = append(cases, jen.Case(plain...))
	}
	for _, st := range sortedByWidth(op.failures) {
		if !shadows(st) {
			continue
		}
		lo, hi, _ := st.Bounds()
		cases = append(cases, jen.Case(code().Op(">=").Lit(lo).Op("&&").Add(code()).Op("<=").Lit(hi)).Block(decode(sg.typedField(st))...))
	}
	return cases
}
