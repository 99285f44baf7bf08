package generator

import (
	"fmt"

	"github.com/dave/jennifer/jen"
)

// clientFile writes the client's side of the runtime: CallError, what the
// shared client code reads from an envelope and writes of the headers,
// and a Client method per operation and role.
func (g *gearnGen) clientFile(f *jen.File) bool {
	w := g.wire
	g.callError(f)

	f.Comment("outcome returns what a Client reads from an answer: its return code, its")
	f.Comment("debug message, its invalid members and its payload.")
	var body []jen.Code
	code, msg := jen.Id("e").Dot(w.status.goName), jen.Id("e").Dot(w.debug.goName)
	if w.status.pointer() {
		body = append(body,
			jen.Id("code").Op(":=").Id("codeUnknownError"),
			jen.If(jen.Id("e").Dot(w.status.goName).Op("!=").Nil()).Block(jen.Id("code").Op("=").Op("*").Id("e").Dot(w.status.goName)),
		)
		code = jen.Id("code")
	}
	if w.debug.pointer() {
		body = append(body,
			jen.Var().Id("msg").String(),
			jen.If(jen.Id("e").Dot(w.debug.goName).Op("!=").Nil()).Block(jen.Id("msg").Op("=").Op("*").Id("e").Dot(w.debug.goName)),
		)
		msg = jen.Id("msg")
	}
	body = append(body, jen.Return(code, msg, jen.Id("e").Dot(w.invalid.goName), jen.Id("e").Dot(w.payload.goName)))
	f.Func().Params(jen.Id("e").Op("*").Id("Envelope").Types(jen.Id("T"))).Id("outcome").Params().Params(
		jen.Id("returnCode"), jen.String(), jen.Index().Id(w.invalidType.goName), jen.Op("*").Id("T"),
	).Block(body...)

	f.Comment("invalidMembers turns violations into the invalid members of an answer.")
	f.Func().Id("invalidMembers").Params(jen.Id("members").Index().Id("MemberError")).Index().Id(w.invalidType.goName).Block(
		jen.Id("out").Op(":=").Make(jen.Index().Id(w.invalidType.goName), jen.Len(jen.Id("members"))),
		jen.For(jen.List(jen.Id("i"), jen.Id("m")).Op(":=").Range().Id("members")).Block(
			jen.Id("kind").Op(":=").Id("m").Dot(violationType).Dot(w.memberType.goName).Call(),
			jen.Id("out").Index(jen.Id("i")).Op("=").Id(w.invalidType.goName).Values(jen.Dict{
				jen.Id(w.memberPath.goName): addressOf(w.memberPath, jen.Id("m").Dot("Member")),
				jen.Id(w.memberKind.goName): addressOf(w.memberKind, jen.Id("kind")),
			}),
		),
		jen.Return(jen.Id("out")),
	)

	f.Comment("write sets on hd each header that h holds a value for.")
	f.Func().Params(jen.Id("h").Op("*").Id("Headers")).Id("write").Params(jen.Id("hd").Qual("net/http", "Header")).BlockFunc(func(b *jen.Group) {
		for _, h := range g.headers {
			b.If(jen.Id("h").Dot(h.goName).Op("!=").Lit("")).Block(jen.Id("hd").Dot("Set").Call(jen.Lit(h.name), jen.Id("h").Dot(h.goName)))
		}
	})
	f.Comment("or returns h with each header it holds no value for taken from d.")
	f.Func().Params(jen.Id("h").Id("Headers")).Id("or").Params(jen.Id("d").Id("Headers")).Id("Headers").BlockFunc(func(b *jen.Group) {
		b.Id("out").Op(":=").Id("h")
		for _, h := range g.headers {
			b.If(jen.Id("out").Dot(h.goName).Op("==").Lit("")).Block(jen.Id("out").Dot(h.goName).Op("=").Id("d").Dot(h.goName))
		}
		b.Return(jen.Id("out"))
	})

	f.Comment("A Client is a Service that calls another server.")
	f.Var().Id("_").Id("Service").Op("=").Parens(jen.Op("*").Id("Client")).Parens(jen.Nil())
	for _, e := range g.endpoints {
		g.clientMethod(f, e)
	}
	return true
}

// addressOf is the variable v, or its address when mem's field is a
// pointer.
func addressOf(mem *member, v *jen.Statement) jen.Code {
	if !mem.pointer() {
		return v
	}
	return jen.Op("&").Add(v)
}

// callError writes CallError, whose methods the shared code declares.
func (g *gearnGen) callError(f *jen.File) {
	w := g.wire
	doc(f.Group, fmt.Sprintf("CallError is the failure of a Client call: an answer whose %s is not %s, a request the Client did not send because it is invalid, or an answer that never came or could not be read. Use errors.As to get at it.", w.status.f.Name, w.outcomes["codeOk"]))
	f.Type().Id("CallError").StructFunc(func(s *jen.Group) {
		s.Comment("// Operation is the operation called, as the pages name it.")
		s.Id("Operation").String()
		doc(s, fmt.Sprintf("ReturnCode is the %s of the answer. A request the Client found invalid has %s; an answer that did not come before the context ended or the transport timed out has %s, and one that never came or could not be read otherwise %s.",
			w.status.f.Name, w.outcomes["codeInvalidRequestParameters"], w.outcomes["codeOperationTimeout"], w.outcomes["codeUnknownError"]))
		s.Id("ReturnCode").Id(w.returnCode.goName)
		doc(s, fmt.Sprintf("DebugMessage is the %s of the answer.", w.debug.f.Name))
		s.Id("DebugMessage").String()
		doc(s, fmt.Sprintf("InvalidMembers are the %s of the answer, or the members the Client found invalid.", w.invalid.f.Name))
		s.Id("InvalidMembers").Index().Id(w.invalidType.goName)
		s.Comment("// Err is the cause of a failure on the Client's side: a *ValidationError,")
		s.Comment("// a transport error, or an answer that is not an envelope.")
		s.Id("Err").Error()
	})
}

// clientMethod writes the Client method of an operation and role.
func (g *gearnGen) clientMethod(f *jen.File, e *endpoint) {
	text := fmt.Sprintf("%s calls %s", e.name, e.op.Name)
	if e.ep.Role != "" {
		text += " as the " + e.ep.Role + " role"
	}
	doc(f.Group, text+" (see Service). It returns a *CallError unless the answer is Ok.")
	method := f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id(e.name).Params(
		jen.Id("ctx").Qual("context", "Context"),
		jen.Id("req").Op("*").Id(e.name+"Request"),
	)
	orNew := jen.If(jen.Id("req").Op("==").Nil()).Block(jen.Id("req").Op("=").New(jen.Id(e.name + "Request")))
	call := func(out jen.Code) *jen.Statement {
		return jen.Id("c").Dot(g.shared("call")).Call(
			jen.Id("ctx"), jen.Lit(e.op.Name), jen.Id(e.name+"Method"), jen.Id(e.name+"Path"), jen.Id("req"), jen.Id("req").Dot("Headers"), out,
		)
	}
	if e.response == nil {
		method.Error().Block(
			orNew,
			jen.List(jen.Id("_"), jen.Err()).Op(":=").Add(call(jen.Nil())),
			jen.Return(jen.Err()),
		)
		return
	}
	method.Params(jen.Op("*").Id(e.response.goName), jen.Error()).Block(
		orNew,
		jen.Id("out").Op(":=").New(jen.Id(e.response.goName)),
		jen.If(
			jen.List(jen.Id("found"), jen.Err()).Op(":=").Add(call(jen.Id("out"))),
			jen.Op("!").Id("found"),
		).Block(jen.Return(jen.Nil(), jen.Err())),
		jen.Return(jen.Id("out"), jen.Nil()),
	)
}
