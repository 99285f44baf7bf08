package backend

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
)

// serverFile writes the server's side of the runtime: the names the shared
// code knows the schema's enums and headers by, the writing of the
// envelope and NewHandler. UnimplementedService is the zero Client, whose
// methods serve it.
func (g *gearnGen) serverFile(f *jen.File) bool {
	w := g.wire
	if w.plain {
		g.plainOutcomes(f)
	} else {
		f.Comment("returnCode is the enum the runtime answers with.")
		f.Type().Id("returnCode").Op("=").Id(w.returnCode.GoName)
		f.Comment(fmt.Sprintf("The members of %s that the runtime answers with.", w.returnCode.GoName))
		f.Const().DefsFunc(func(c *jen.Group) {
			for _, o := range gearnOutcomes() {
				c.Id(o.ident).Op("=").Id(w.outcomes[o.ident])
			}
		})
	}
	f.Comment("The headers the handler checks before anything else, on the operations")
	f.Comment("whose pages require them.")
	f.Const().Defs(
		jen.Id("secretKeyHeader").Op("=").Lit(gearnSecretHeader),
		jen.Id("authTokenHeader").Op("=").Lit(gearnTokenHeader),
	)
	if w.plain {
		golang.Doc(f.Group, "Authorizer decides whether a request may reach its operation: it answers http.StatusOK to let it through, or the HTTP status to answer the request with. See WithAuthorizer.")
		f.Type().Id("Authorizer").Func().Params(jen.Id("ctx").Qual("context", "Context"), jen.Id("a").Id("Authorization")).Int()
	} else {
		golang.Doc(f.Group, fmt.Sprintf("Authorizer decides whether a request may reach its operation: it answers %s to let it through, or the return code to answer the request with. See WithAuthorizer.", w.outcomes["codeOk"]))
		f.Type().Id("Authorizer").Func().Params(jen.Id("ctx").Qual("context", "Context"), jen.Id("a").Id("Authorization")).Id(w.returnCode.GoName)
	}

	f.Comment("readHeaders reads the headers the pages document from an HTTP request's.")
	f.Func().Id("readHeaders").Params(jen.Id("h").Qual("net/http", "Header")).Id("Headers").Block(
		jen.Return(jen.Id("Headers").Values(jen.DictFunc(func(d jen.Dict) {
			for _, h := range g.Headers {
				d[jen.Id(h.GoName)] = jen.Id("h").Dot("Get").Call(jen.Lit(h.Name))
			}
		}))),
	)
	if w.plain {
		g.appendPlain(f)
	} else {
		g.appendEnvelope(f)
		f.Comment("answerStatus is the HTTP status of an answer: 200, whatever its return code.")
		f.Func().Id("answerStatus").Params(jen.Id("returnCode")).Int().Block(jen.Return(jen.Qual("net/http", "StatusOK")))
	}
	g.newHandler(f)
	return true
}

// appendEnvelope writes appendAnswer, which writes an answer: its envelope
// members in the pages' order, with the payload that payload writes.
func (g *gearnGen) appendEnvelope(f *jen.File) {
	w := g.wire
	e := func(method string) *jen.Statement { return jen.Id("e").Dot(g.Shared(method)) }
	body := []jen.Code{
		jen.Id("e").Op(":=").Id(g.Shared("encoder")).Values(jen.Dict{jen.Id("b"): jen.Id("b")}),
		jen.Id("start").Op(":=").Add(e("open")).Call(),
	}
	for _, mem := range g.Envelope {
		k := jen.Op(key(mem.Field.Name))
		switch mem {
		case w.status:
			body = append(body, jen.Id(g.Shared("encodeEnum")).Call(jen.Op("&").Id("e"), k, jen.Id("code")))
		case w.debug:
			body = append(body, jen.If(jen.Id("msg").Op("!=").Lit("")).Block(e("putStr").Call(k, jen.Id("msg"))))
		case w.invalid:
			var item []jen.Code
			for _, im := range w.invalidType.Members {
				switch im {
				case w.memberPath:
					item = append(item, e("putStr").Call(jen.Op(key(im.Field.Name)), jen.Id("m").Dot("Member")))
				case w.memberKind:
					item = append(item, jen.Id(g.Shared("encodeEnum")).Call(jen.Op("&").Id("e"), jen.Op(key(im.Field.Name)), jen.Id("m").Dot(golang.ViolationType).Dot(w.memberType.GoName).Call()))
				}
			}
			body = append(body, jen.If(e("putArray").Call(k, jen.False(), jen.Len(jen.Id("members")), jen.True())).Block(
				jen.For(jen.List(jen.Id("i"), jen.Id("m")).Op(":=").Range().Id("members")).Block(append(append([]jen.Code{
					e("comma").Call(jen.Id("i")),
					jen.Id("item").Op(":=").Add(e("open")).Call(),
				}, item...), e("close").Call(jen.Id("item")))...),
				e("endArray").Call(),
			))
		case w.Payload:
			body = append(body, jen.If(jen.Id("payload").Op("!=").Nil()).Block(
				jen.Id("e").Dot("b").Op("=").Append(jen.Id("e").Dot("b"), jen.Add(k).Op("...")),
				jen.If(
					jen.List(jen.Id("e").Dot("b"), jen.Id("e").Dot("err")).Op("=").Id("payload").Call(jen.Id("e").Dot("b")),
					jen.Id("e").Dot("err").Op("!=").Nil(),
				).Block(jen.Return(jen.Id("e").Dot("b"), jen.Id("e").Dot("err"))),
			))
		}
	}
	body = append(body,
		e("close").Call(jen.Id("start")),
		jen.Return(jen.Id("e").Dot("b"), jen.Id("e").Dot("err")),
	)
	f.Comment("appendAnswer appends an answer to b, the envelope: its return code, its")
	f.Comment("debug message unless empty, its invalid members unless none, and the")
	f.Comment("payload that payload writes unless nil.")
	f.Func().Id("appendAnswer").Params(
		jen.Id("b").Index().Byte(),
		jen.Id("code").Id("returnCode"),
		jen.Id("msg").String(),
		jen.Id("members").Index().Id("MemberError"),
		jen.Id("payload").Func().Params(jen.Index().Byte()).Params(jen.Index().Byte(), jen.Error()),
	).Params(jen.Index().Byte(), jen.Error()).Block(body...)
}

// plainOutcomes writes the return codes of an API without an envelope:
// the HTTP statuses its server answers with, which are docs2go's choice,
// the pages documenting none.
func (g *gearnGen) plainOutcomes(f *jen.File) {
	f.Comment("returnCode is what the runtime answers with: in an API without an")
	f.Comment("envelope, the HTTP status of the answer.")
	f.Type().Id("returnCode").Op("=").Int()
	f.Comment("The HTTP statuses the runtime answers with. The pages document none: they")
	f.Comment("are docs2go's choice, as net/http handlers answer.")
	f.Const().DefsFunc(func(c *jen.Group) {
		for _, o := range gearnOutcomes() {
			if o.status != "" {
				c.Id(o.ident).Op("=").Qual("net/http", o.status)
			}
		}
	})
}

// appendPlain writes appendAnswer and answerStatus for an API without an
// envelope: a success is its payload as the whole body, a failure the
// runtime's failure body, at the HTTP status that is its return code.
func (g *gearnGen) appendPlain(f *jen.File) {
	f.Comment("appendAnswer appends an answer to b: for codeOk, the payload that payload")
	f.Comment("writes as the whole body, or null; for any other code, the failure body,")
	f.Comment("with msg as its error and members as its invalid members.")
	f.Func().Id("appendAnswer").Params(
		jen.Id("b").Index().Byte(),
		jen.Id("code").Id("returnCode"),
		jen.Id("msg").String(),
		jen.Id("members").Index().Id("MemberError"),
		jen.Id("payload").Func().Params(jen.Index().Byte()).Params(jen.Index().Byte(), jen.Error()),
	).Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Switch().Block(
			jen.Case(jen.Id("code").Op("!=").Id("codeOk")).Block(jen.Return(jen.Id(g.Shared("appendFailure")).Call(jen.Id("b"), jen.Id("code"), jen.Id("msg"), jen.Id("members")), jen.Nil())),
			jen.Case(jen.Id("payload").Op("==").Nil()).Block(jen.Return(jen.Append(jen.Id("b"), jen.Lit("null").Op("...")), jen.Nil())),
		),
		jen.Return(jen.Id("payload").Call(jen.Id("b"))),
	)
	f.Comment("answerStatus is the HTTP status of an answer: its return code.")
	f.Func().Id("answerStatus").Params(jen.Id("code").Id("returnCode")).Int().Block(jen.Return(jen.Id("code")))
}

// newHandler writes NewHandler.
func (g *gearnGen) newHandler(f *jen.File) {
	var prefixes []string
	for _, r := range g.wire.unknown {
		prefixes = append(prefixes, r.method+" "+r.path)
	}
	golang.Doc(f.Group, "routes are the operations of the API, a route per operation and role, in the order of the pages.")
	f.Var().Id("routes").Op("=").Index().Id(g.Shared("route")).ValuesFunc(func(v *jen.Group) {
		for _, e := range g.Endpoints {
			v.Line().Values(
				jen.Lit(e.Schema.Method), jen.Lit(e.Schema.Path),
				jen.Lit(e.Schema.Role), jen.Lit(e.Op.Name), jen.Lit(e.Schema.Permission),
				jen.Lit(requires(e.Schema, gearnSecretHeader)), jen.Lit(requires(e.Schema, gearnTokenHeader)),
				g.serving(e),
			)
		}
		v.Line()
	})
	golang.Doc(f.Group, g.handlerDoc(prefixes))
	h := func() *jen.Statement { return jen.Id("h") }
	body := []jen.Code{
		h().Op(":=").Id(g.Shared("newServer")).Call(jen.Id("s"), jen.Id("opts")),
		jen.For(jen.Id("i").Op(":=").Range().Id("routes")).Block(h().Dot(g.Shared("handle")).Call(jen.Op("&").Id("routes").Index(jen.Id("i")))),
	}
	for _, r := range g.wire.unknown {
		body = append(body, h().Dot(g.Shared("unknown")).Call(jen.Lit(r.method), jen.Lit(r.path)))
	}
	body = append(body, jen.Return(h().Dot("mux")))
	f.Func().Id("NewHandler").Params(jen.Id("s").Id("Service"), jen.Id("opts").Op("...").Id("Option")).Qual("net/http", "Handler").Block(body...)
}

// handlerDoc is the doc comment of NewHandler, given the method and
// prefix of each route that answers a request to an unknown operation.
func (g *gearnGen) handlerDoc(prefixes []string) string {
	const admit = " A request passes its required headers, the Authorizer of WithAuthorizer, the size limit and DecodeBody before s sees it."
	if !g.wire.plain {
		return fmt.Sprintf("NewHandler returns the http.Handler that serves s: a route per operation and role at its method and path on an http.ServeMux, and %s for a path under %s that no operation has. Every answer on those paths is HTTP 200 with the envelope; another method on an operation's path is answered 405 Method Not Allowed.",
			g.wire.outcomes["codeOperationInvalid"], strings.Join(prefixes, ", ")) + admit
	}
	text := "NewHandler returns the http.Handler that serves s: a route per operation and role at its method and path on an http.ServeMux. A success is 200 OK with the payload as the whole body, as the pages document it. The pages document no failure, so the handler answers one with an HTTP status, as net/http handlers do, and the failure body {\"error\": text, \"invalidMembers\": [{\"member\": path, \"violation\": name}]}, the invalid members left out when there are none: 400 Bad Request for an invalid query or body, with its invalid members (the first 100) in the pages' order, each violation by the name of its constant without Violation (\"NumberTooLarge\"); 401 Unauthorized without a header the page requires; 413 Request Entity Too Large over the size limit; 501 Not Implemented for ErrNotImplemented; 500 Internal Server Error for any other error and for panics"
	if len(prefixes) > 0 {
		text += "; 404 Not Found for a path under " + strings.Join(prefixes, ", ") + " that no operation has"
	}
	return text + ". Another path is answered 404 and another method on an operation's path 405, by the ServeMux, with a text body." + admit
}

// serving is the Service method of e as its route holds it: the method
// expression, which the runtime's generic answering or answeringNothing
// turns into the call the handler makes, of the same code for every
// operation.
func (g *gearnGen) serving(e *golang.Endpoint) *jen.Statement {
	adapter := "answering"
	if e.Response == nil {
		adapter = "answeringNothing"
	}
	return jen.Id(g.Shared(adapter)).Call(jen.Id("Service").Dot(e.Name))
}

// key is the key of a member as the encoder writes it, a raw string
// literal: `,"userId":`. The name is quoted as encoding/json quotes it,
// HTML escapes included.
func key(name string) string {
	q, _ := json.Marshal(name) // a string always marshals
	return "`," + string(q) + ":`"
}
