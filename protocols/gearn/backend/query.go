package backend

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
	"github.com/docs2go/docs2go/schema"
)

// bodiless reports whether e is a GET or HEAD whose page documents no
// body: the Client sends none, and the server ignores one, or rejects one
// when the page says so.
func bodiless(e *golang.Endpoint) bool {
	m := e.Schema.Method
	return (m == "GET" || m == "HEAD") && e.Schema.GetBody != schema.GetBodyDocumented
}

// shapeMethods writes what the runtime asks of a request type beyond a
// body in the envelope's API: the reading and writing of its query
// parameters, that it has no body, that its answer is plain JSON.
func (g *gearnGen) shapeMethods(f *jen.File, e *golang.Endpoint, name string) {
	recv := func() *jen.Statement { return jen.Id("r").Op("*").Id(name) }
	if q := e.Query; q != nil {
		table := "query" + e.Name
		golang.QueryTable(f, e, g.Shared)
		golang.Doc(f.Group, "DecodeQuery reads the query parameters of q that the page documents into r.Query, as the server does: each is checked as a member of a body is, and reported by its name.")
		f.Func().Params(recv()).Id("DecodeQuery").Params(jen.Id("q").Qual("net/url", "Values")).Error().Block(
			jen.Return(jen.Id(g.Shared("decodeInto")).Call(jen.Op("&").Id("r").Dot("Query"), jen.Id(g.Shared("queryJSON")).Call(jen.Id("q"), jen.Id(table)))),
		)

		golang.Doc(f.Group, "EncodeQuery writes r.Query as a query string, its parameters in the order of the page.")
		f.Func().Params(recv()).Id("EncodeQuery").Params().Params(jen.String(), jen.Error()).Block(
			jen.Return(jen.Id(g.Shared("encodeQuery")).Call(jen.Op("&").Id("r").Dot("Query"), jen.Id(table))),
		)
	}
	if bodiless(e) {
		g.bodiless(f, e, name)
	}
	if e.Op.PlainResponse {
		g.plainAnswer(f, e, name)
	}
}

// bodiless writes the method that notes that a request type has no body,
// which DecodeBody reads: it returns why the server rejects a body when
// the page says so, and "" when the server ignores one.
func (g *gearnGen) bodiless(f *jen.File, e *golang.Endpoint, name string) {
	reason := ""
	if e.Schema.GetBody == schema.GetBodyRejected {
		reason = fmt.Sprintf("a %s request to %s takes no body", e.Schema.Method, e.Schema.Path)
		f.Comment(fmt.Sprintf("bodiless notes that %s request has no body, and that the server rejects one: DecodeBody reports one as a *BodyError.", golang.Indefinite(e.Op.Name)))
	} else {
		f.Comment(fmt.Sprintf("bodiless notes that %s request has no body, and that the page says nothing of one: DecodeBody ignores one.", golang.Indefinite(e.Op.Name)))
	}
	f.Func().Params(jen.Op("*").Id(name)).Id(g.Shared("bodiless")).Params().String().Block(jen.Return(jen.Lit(reason)))
}

// plainAnswer writes the method that reads the answer to a request of an
// operation whose page documents it as plain JSON.
func (g *gearnGen) plainAnswer(f *jen.File, e *golang.Endpoint, name string) {
	w := g.wire
	env := func() *jen.Statement { return jen.Id("Envelope").Types(jen.Qual("encoding/json", "RawMessage")) }
	what := "the " + w.Payload.Field.Name + " of the envelope"
	if e.Response != nil {
		what = "the " + e.Response.GoName
	}
	f.Comment(fmt.Sprintf("plainAnswered notes that the answer to %s request is plain JSON.", golang.Indefinite(e.Op.Name)))
	f.Func().Params(jen.Op("*").Id(name)).Id(g.Shared("plainAnswered")).Params().Block()
	golang.Doc(f.Group, fmt.Sprintf("answer reads the answer to %s request, which the page documents as plain JSON: %s as the whole body, or the envelope of a failure, which holds %s.", golang.Indefinite(e.Op.Name), what, w.status.Field.Name))
	ok := jen.Id("env").Dot(w.status.GoName).Op("=").Id("codeOk")
	var body []jen.Code
	if w.status.Pointer() {
		body = append(body, jen.Id("code").Op(":=").Id("codeOk"))
		ok = jen.Id("env").Dot(w.status.GoName).Op("=").Op("&").Id("code")
	}
	body = append([]jen.Code{
		jen.Var().Id("env").Add(env()),
		jen.If(jen.Id(g.Shared("holds")).Call(jen.Id("raw"), jen.Lit(w.status.Field.Name))).Block(
			jen.Return(jen.Op("&").Id("env"), jen.Qual("encoding/json", "Unmarshal").Call(jen.Id("raw"), jen.Op("&").Id("env"))),
		),
	}, body...)
	body = append(body, ok,
		jen.Id("env").Dot(w.Payload.GoName).Op("=").Op("&").Id("raw"),
		jen.Return(jen.Op("&").Id("env"), jen.Nil()),
	)
	f.Func().Params(jen.Op("*").Id(name)).Id("answer").Params(jen.Id("raw").Qual("encoding/json", "RawMessage")).Params(jen.Op("*").Add(env()), jen.Error()).Block(body...)
}
