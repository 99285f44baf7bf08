package backend

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
)

// clientFile writes the client's side of the runtime: CallError and what
// the shared client code reads from an envelope, or, in an API without
// one, StatusError; what it writes of the headers, and a Client method
// per operation and role.
func (g *gearnGen) clientFile(f *jen.File) bool {
	if g.wire.plain {
		g.statusError(f)
	} else {
		g.envelopeOutcome(f)
	}

	f.Comment("write sets on hd each header that h holds a value for.")
	f.Func().Params(jen.Id("h").Op("*").Id("Headers")).Id("write").Params(jen.Id("hd").Qual("net/http", "Header")).BlockFunc(func(b *jen.Group) {
		for _, h := range g.Headers {
			b.If(jen.Id("h").Dot(h.GoName).Op("!=").Lit("")).Block(jen.Id("hd").Dot("Set").Call(jen.Lit(h.Name), jen.Id("h").Dot(h.GoName)))
		}
	})
	f.Comment("or returns h with each header it holds no value for taken from d.")
	f.Func().Params(jen.Id("h").Id("Headers")).Id("or").Params(jen.Id("d").Id("Headers")).Id("Headers").BlockFunc(func(b *jen.Group) {
		b.Id("out").Op(":=").Id("h")
		for _, h := range g.Headers {
			b.If(jen.Id("out").Dot(h.GoName).Op("==").Lit("")).Block(jen.Id("out").Dot(h.GoName).Op("=").Id("d").Dot(h.GoName))
		}
		b.Return(jen.Id("out"))
	})

	f.Comment("A Client is a Service that calls another server.")
	f.Var().Id("_").Id("Service").Op("=").Parens(jen.Op("*").Id("Client")).Parens(jen.Nil())
	for _, e := range g.Endpoints {
		g.clientMethod(f, e)
	}
	return true
}

// envelopeOutcome writes CallError and what the shared client code reads
// from an envelope.
func (g *gearnGen) envelopeOutcome(f *jen.File) {
	w := g.wire
	g.callError(f)

	f.Comment("outcome returns what a Client reads from an answer: its return code, its")
	f.Comment("debug message, its invalid members and its payload.")
	var body []jen.Code
	code, msg := jen.Id("e").Dot(w.status.GoName), jen.Id("e").Dot(w.debug.GoName)
	if w.status.Pointer() {
		body = append(body,
			jen.Id("code").Op(":=").Id("codeUnknownError"),
			jen.If(jen.Id("e").Dot(w.status.GoName).Op("!=").Nil()).Block(jen.Id("code").Op("=").Op("*").Id("e").Dot(w.status.GoName)),
		)
		code = jen.Id("code")
	}
	if w.debug.Pointer() {
		body = append(body,
			jen.Var().Id("msg").String(),
			jen.If(jen.Id("e").Dot(w.debug.GoName).Op("!=").Nil()).Block(jen.Id("msg").Op("=").Op("*").Id("e").Dot(w.debug.GoName)),
		)
		msg = jen.Id("msg")
	}
	body = append(body, jen.Return(code, msg, jen.Id("e").Dot(w.invalid.GoName), jen.Id("e").Dot(w.Payload.GoName)))
	f.Func().Params(jen.Id("e").Op("*").Id("Envelope").Types(jen.Id("T"))).Id("outcome").Params().Params(
		jen.Id("returnCode"), jen.String(), jen.Index().Id(w.invalidType.GoName), jen.Op("*").Id("T"),
	).Block(body...)

	f.Comment("invalidMembers turns violations into the invalid members of an answer.")
	f.Func().Id("invalidMembers").Params(jen.Id("members").Index().Id("MemberError")).Index().Id(w.invalidType.GoName).Block(
		jen.Id("out").Op(":=").Make(jen.Index().Id(w.invalidType.GoName), jen.Len(jen.Id("members"))),
		jen.For(jen.List(jen.Id("i"), jen.Id("m")).Op(":=").Range().Id("members")).Block(
			jen.Id("kind").Op(":=").Id("m").Dot(golang.ViolationType).Dot(w.memberType.GoName).Call(),
			jen.Id("out").Index(jen.Id("i")).Op("=").Id(w.invalidType.GoName).Values(jen.Dict{
				jen.Id(w.memberPath.GoName): addressOf(w.memberPath, jen.Id("m").Dot("Member")),
				jen.Id(w.memberKind.GoName): addressOf(w.memberKind, jen.Id("kind")),
			}),
		),
		jen.Return(jen.Id("out")),
	)
}

// addressOf is the variable v, or its address when mem's field is a
// pointer.
func addressOf(mem *golang.Member, v *jen.Statement) jen.Code {
	if !mem.Pointer() {
		return v
	}
	return jen.Op("&").Add(v)
}

// statusError writes StatusError, the failure of a Client call in an API
// without an envelope, whose methods the shared code declares.
func (g *gearnGen) statusError(f *jen.File) {
	golang.Doc(f.Group, "StatusError is the failure of a Client call: an answer whose HTTP status is not 2xx, a request the Client did not send because it is invalid, or an answer that never came or could not be read. Use errors.As to get at it. The pages document no failure answer: the failure body it reads is the one NewHandler writes.")
	f.Type().Id("StatusError").StructFunc(func(s *jen.Group) {
		s.Comment("// Operation is the operation called, as the pages name it.")
		s.Id("Operation").String()
		s.Comment("// StatusCode is the HTTP status of the answer, 0 when none came or the")
		s.Comment("// Client found the request invalid.")
		s.Id("StatusCode").Int()
		s.Comment("// Message is the error of the failure body, or the text of an answer")
		s.Comment("// that is none, such as http.Error writes (its first 512 bytes).")
		s.Id("Message").String()
		s.Comment("// InvalidMembers are the invalid members of the failure body, or the")
		s.Comment("// members the Client found invalid.")
		s.Id("InvalidMembers").Index().Id("MemberError")
		s.Comment("// Err is the cause of a failure on the Client's side: a *ValidationError,")
		s.Comment("// a transport error, or a 2xx answer that could not be read.")
		s.Id("Err").Error()
	})
}

// callError writes CallError, whose methods the shared code declares.
func (g *gearnGen) callError(f *jen.File) {
	w := g.wire
	golang.Doc(f.Group, fmt.Sprintf("CallError is the failure of a Client call: an answer whose %s is not %s, a request the Client did not send because it is invalid, or an answer that never came or could not be read. Use errors.As to get at it.", w.status.Field.Name, w.outcomes["codeOk"]))
	f.Type().Id("CallError").StructFunc(func(s *jen.Group) {
		s.Comment("// Operation is the operation called, as the pages name it.")
		s.Id("Operation").String()
		golang.Doc(s, fmt.Sprintf("ReturnCode is the %s of the answer. A request the Client found invalid has %s; an answer that did not come before the context ended or the transport timed out has %s, and one that never came or could not be read otherwise %s.",
			w.status.Field.Name, w.outcomes["codeInvalidRequestParameters"], w.outcomes["codeOperationTimeout"], w.outcomes["codeUnknownError"]))
		s.Id("ReturnCode").Id(w.returnCode.GoName)
		golang.Doc(s, fmt.Sprintf("DebugMessage is the %s of the answer.", w.debug.Field.Name))
		s.Id("DebugMessage").String()
		golang.Doc(s, fmt.Sprintf("InvalidMembers are the %s of the answer, or the members the Client found invalid.", w.invalid.Field.Name))
		s.Id("InvalidMembers").Index().Id(w.invalidType.GoName)
		s.Comment("// Err is the cause of a failure on the Client's side: a *ValidationError,")
		s.Comment("// a transport error, or an answer that is not an envelope.")
		s.Id("Err").Error()
	})
}

// clientMethod writes the Client method of an operation and role: one
// call of the runtime (call, or callPlain in an API without an envelope),
// which sets the method's named result, the payload, on success and
// leaves it nil on a failure.
func (g *gearnGen) clientMethod(f *jen.File, e *golang.Endpoint) {
	text := fmt.Sprintf("%s calls %s", e.Name, e.Op.Name)
	if e.Schema.Role != "" {
		text += " as the " + e.Schema.Role + " role"
	}
	call, failure := "call", " It returns a *CallError unless the answer is Ok."
	if g.wire.plain {
		call, failure = "callPlain", " It returns a *StatusError unless the answer's HTTP status is 2xx."
	}
	golang.Doc(f.Group, text+" (see Service)."+failure)
	params := jen.Params(
		jen.Id("ctx").Qual("context", "Context"),
		jen.Id("req").Op("*").Id(e.Name+"Request"),
	)
	args := []jen.Code{jen.Id("ctx"), jen.Lit(e.Op.Name), jen.Lit(e.Schema.Method), jen.Lit(e.Schema.Path), jen.Id("req")}
	method := f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id(e.Name).Add(params)
	if e.Response == nil {
		method.Error().Block(jen.Return(jen.Id("c").Dot(g.Shared(call)).Call(append(args, jen.Nil())...)))
		return
	}
	method.Params(jen.Id("out").Op("*").Id(e.Response.GoName), jen.Err().Error()).Block(
		jen.Err().Op("=").Id("c").Dot(g.Shared(call)).Call(append(args, jen.Op("&").Id("out"))...),
		jen.Return(jen.Id("out"), jen.Err()),
	)
}
