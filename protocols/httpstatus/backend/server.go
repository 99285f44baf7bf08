package backend

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
	"github.com/docs2go/docs2go/schema"
)

// serverFile writes the Service interface and the net/http handler that
// serves it, at the routes its doc comments and the request types' name.
func (sg *statusGen) serverFile(f *jen.File) bool {
	if len(sg.ops) == 0 {
		return false
	}
	if sg.bodies {
		f.Comment("maxRequestBody is the size of the largest request body the handler reads:")
		f.Comment("1 MiB.")
		f.Const().Id("maxRequestBody").Op("=").Lit(1).Op("<<").Lit(20)
	}

	golang.Doc(f.Group, "Service is what a server of the API implements: a method per operation, which takes a request that its Validate accepts. It returns the body of the success answer, or an error: the handler answers a *StatusError with its status and body, and any other error with 500.")
	f.Type().Id("Service").InterfaceFunc(func(s *jen.Group) {
		for i, op := range sg.ops {
			if i > 0 {
				s.Line()
			}
			golang.Doc(s, sg.serviceDoc(op))
			s.Id(op.Name).Params(
				jen.Id("ctx").Qual("context", "Context"),
				jen.Id("req").Op("*").Id(op.Name+"Request"),
			).Add(op.results())
		}
	})

	golang.Doc(f.Group, "Option configures the handler NewHandler returns.")
	f.Type().Id("Option").Func().Params(jen.Op("*").Id("handler"))
	golang.Doc(f.Group, "WithErrorLog has the handler call log with every error it answers 500 for: an error of the Service that is not a *StatusError, or one with a status code that is no error, and an answer it cannot encode. Without it, the handler logs them with the log package.")
	f.Func().Id("WithErrorLog").Params(jen.Id("log").Func().Params(jen.Id("r").Op("*").Qual("net/http", "Request"), jen.Id("err").Error())).Id("Option").Block(
		jen.Return(jen.Func().Params(jen.Id("h").Op("*").Id("handler")).Block(jen.Id("h").Dot("errorLog").Op("=").Id("log"))),
	)

	golang.Doc(f.Group, "NewHandler returns the http.Handler that serves s at the routes of the API. It answers a request that its Validate rejects with 400, without calling s.")
	f.Func().Id("NewHandler").Params(jen.Id("s").Id("Service"), jen.Id("opts").Op("...").Id("Option")).Qual("net/http", "Handler").BlockFunc(func(b *jen.Group) {
		b.Id("h").Op(":=").Op("&").Id("handler").Values(jen.Dict{
			jen.Id("service"): jen.Id("s"),
			jen.Id("errorLog"): jen.Func().Params(jen.Id("r").Op("*").Qual("net/http", "Request"), jen.Id("err").Error()).Block(
				jen.Qual("log", "Printf").Call(jen.Lit("%s %s: %v"), jen.Id("r").Dot("Method"), jen.Id("r").Dot("URL").Dot("Path"), jen.Id("err")),
			),
		})
		b.For(jen.List(jen.Id("_"), jen.Id("opt")).Op(":=").Range().Id("opts")).Block(jen.Id("opt").Call(jen.Id("h")))
		b.Id("mux").Op(":=").Qual("net/http", "NewServeMux").Call()
		for _, op := range sg.ops {
			b.Id("mux").Dot("HandleFunc").Call(jen.Lit(op.Schema.Method+" "+op.Schema.Path), jen.Id("h").Dot("serve"+op.Name))
		}
		b.Return(jen.Id("mux"))
	})

	f.Comment("handler serves a Service.")
	f.Type().Id("handler").Struct(
		jen.Id("service").Id("Service"),
		jen.Id("errorLog").Func().Params(jen.Id("r").Op("*").Qual("net/http", "Request"), jen.Id("err").Error()),
	)
	for _, op := range sg.ops {
		if op.Query != nil {
			golang.QueryTable(f, op.Endpoint, sg.roots.Name)
		}
		sg.serveMethod(f, op)
	}
	sg.pathReaders(f)
	sg.answerMethods(f)
	return true
}

// pathKinds are the readers of a path parameter's text that a kind of
// member takes, by the Go type of its value, and what they call a text
// they cannot read; a string takes its text as it is.
var pathKinds = map[golang.Kind]struct{ reader, want string }{
	golang.KindInteger: {"pathInteger", "an integer"},
	golang.KindEnum:    {"pathInteger", "an integer"},
	golang.KindNumber:  {"pathNumber", "a number"},
	golang.KindBoolean: {"pathBoolean", "true or false"},
}

// readPath writes the statements of a handler's method that read the
// path parameters of op's request from the segments ServeMux matched:
// a string as it is, any other kind by its reader, its request refused
// with 400 when the text is none of its kind's. Validate checks the
// values after.
func (sg *statusGen) readPath(b *jen.Group, op *statusOp) {
	for _, mem := range op.Path.Members {
		name := mem.Field.Name
		field := jen.Id("req").Dot("Path").Dot(mem.GoName)
		k, ok := pathKinds[mem.Kind]
		if !ok {
			b.Add(field).Op("=").Id("r").Dot("PathValue").Call(jen.Lit(name))
			continue
		}
		b.If(jen.Err().Op(":=").Id(k.reader).Call(jen.Id("r"), jen.Lit(name), jen.Op("&").Add(field)), jen.Err().Op("!=").Nil()).Block(
			jen.Id("h").Dot("reject").Call(jen.Id("w"), jen.Id("r"), jen.Qual("net/http", "StatusBadRequest"), jen.Err().Dot("Error").Call()),
			jen.Return(),
		)
	}
}

// pathReaders writes the readers of path parameters that the handler's
// methods call (pathKinds): each reads the value of the segment its name
// stands in, or returns an error that names the parameter and says what
// it wants.
func (sg *statusGen) pathReaders(f *jen.File) {
	used := map[string]bool{}
	for _, op := range sg.ops {
		if op.Path == nil {
			continue
		}
		for _, mem := range op.Path.Members {
			if k, ok := pathKinds[mem.Kind]; ok {
				used[k.reader] = true
			}
		}
	}
	r := func() *jen.Statement { return jen.Id("r").Op("*").Qual("net/http", "Request") }
	bad := func(want string) jen.Code {
		return jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit("path parameter %s: %q is not "+want), jen.Id("name"), jen.Id("v")))
	}
	value := jen.Id("v").Op(":=").Id("r").Dot("PathValue").Call(jen.Id("name"))
	if used["pathInteger"] {
		f.Comment("pathInteger reads the path parameter name of r into *p as an integer, in")
		f.Comment("decimal: an integer member, or the code of an enum.")
		f.Func().Id("pathInteger").Types(jen.Id("T").Op("~").Int().Op("|").Op("~").Int64()).Params(r(), jen.Id("name").String(), jen.Id("p").Op("*").Id("T")).Error().Block(
			value,
			jen.List(jen.Id("n"), jen.Err()).Op(":=").Qual("strconv", "ParseInt").Call(jen.Id("v"), jen.Lit(10), jen.Lit(64)),
			jen.If(jen.Err().Op("!=").Nil().Op("||").Id("int64").Call(jen.Id("T").Call(jen.Id("n"))).Op("!=").Id("n")).Block(bad(pathKinds[golang.KindInteger].want)),
			jen.Op("*").Id("p").Op("=").Id("T").Call(jen.Id("n")),
			jen.Return(jen.Nil()),
		)
	}
	if used["pathNumber"] {
		f.Comment("pathNumber reads the path parameter name of r into *p as a number, written")
		f.Comment("as JSON writes one.")
		f.Func().Id("pathNumber").Params(r(), jen.Id("name").String(), jen.Id("p").Op("*").Float64()).Error().Block(
			value,
			jen.Comment("// A number as JSON writes it: no space, no NaN, no hexadecimal."),
			jen.If(jen.Id("v").Op("==").Lit("").Op("||").
				Qual("strings", "IndexByte").Call(jen.Lit("-0123456789"), jen.Id("v").Index(jen.Lit(0))).Op("<").Lit(0).Op("||").
				Qual("strings", "IndexByte").Call(jen.Lit("0123456789"), jen.Id("v").Index(jen.Len(jen.Id("v")).Op("-").Lit(1))).Op("<").Lit(0).Op("||").
				Qual("encoding/json", "Unmarshal").Call(jen.Index().Byte().Parens(jen.Id("v")), jen.Id("p")).Op("!=").Nil()).Block(
				bad(pathKinds[golang.KindNumber].want),
			),
			jen.Return(jen.Nil()),
		)
	}
	if used["pathBoolean"] {
		f.Comment("pathBoolean reads the path parameter name of r into *p as a boolean: true")
		f.Comment("or false.")
		f.Func().Id("pathBoolean").Params(r(), jen.Id("name").String(), jen.Id("p").Op("*").Bool()).Error().Block(
			value,
			jen.If(jen.Id("v").Op("!=").Lit("true").Op("&&").Id("v").Op("!=").Lit("false")).Block(bad(pathKinds[golang.KindBoolean].want)),
			jen.Op("*").Id("p").Op("=").Id("v").Op("==").Lit("true"),
			jen.Return(jen.Nil()),
		)
	}
}

// results is what the Service method of op returns.
func (op *statusOp) results() jen.Code {
	if op.Response == nil {
		return jen.Error()
	}
	return jen.Params(jen.Op("*").Id(op.Response.GoName), jen.Error())
}

func (sg *statusGen) serviceDoc(op *statusOp) string {
	text := fmt.Sprintf("%s serves %s: %s %s.", op.Name, op.Op.Name, op.Schema.Method, op.Schema.Path)
	if op.Op.Summary != "" {
		text += " " + golang.Sentence(op.Op.Summary)
	}
	if op.Response != nil {
		text += fmt.Sprintf(" The handler answers %d with the %s it returns.", op.success, op.Response.GoName)
	} else {
		text += fmt.Sprintf(" The handler answers %d, with no body, when it returns nil.", op.success)
	}
	if len(op.failures) > 0 {
		var answers []string
		for _, st := range op.failures {
			answers = append(answers, statusDoc(st)+sg.detailsDoc(st))
		}
		text += " The page documents these other answers: " + strings.Join(answers, "; ") + "."
	}
	for _, note := range op.Op.Notes {
		// A note's lines are a heading and sentences: each ends as one.
		text += "\n\n"
		for _, line := range strings.Split(note, "\n") {
			text += golang.Sentence(line) + " "
		}
	}
	return text
}

// serveMethod writes the handler's method for one operation.
func (sg *statusGen) serveMethod(f *jen.File, op *statusOp) {
	f.Comment(fmt.Sprintf("serve%s serves %s.", op.Name, op.Op.Name))
	f.Func().Params(jen.Id("h").Op("*").Id("handler")).Id("serve"+op.Name).Params(
		jen.Id("w").Qual("net/http", "ResponseWriter"), jen.Id("r").Op("*").Qual("net/http", "Request"),
	).BlockFunc(func(b *jen.Group) {
		b.Var().Id("req").Id(op.Name + "Request")
		b.Id(sg.roots.Name("readHeaders")).Call(jen.Id("r").Dot("Header"), jen.Op("&").Id("req").Dot("Headers"))
		if op.Path != nil {
			sg.readPath(b, op)
		}
		if q := op.Query; q != nil {
			b.If(jen.Err().Op(":=").Id(sg.roots.Name("decodeQuery")).Call(jen.Id("r").Dot("URL").Dot("Query").Call(), jen.Id("query"+op.Name), jen.Op("&").Id("req").Dot("Query")), jen.Err().Op("!=").Nil()).Block(
				jen.Id("h").Dot("reject").Call(jen.Id("w"), jen.Id("r"), jen.Qual("net/http", "StatusBadRequest"), jen.Err().Dot("Error").Call()),
				jen.Return(),
			)
			if q.Defaults {
				b.Id("req").Dot("Query").Dot("ApplyDefaults").Call()
			}
		}
		if op.Schema.GetBody == schema.GetBodyRejected {
			b.If(jen.Id(sg.roots.Name("hasBody")).Call(jen.Id("r"))).Block(
				jen.Id("h").Dot("reject").Call(jen.Id("w"), jen.Id("r"), jen.Qual("net/http", "StatusBadRequest"), jen.Lit(fmt.Sprintf("a %s request to %s takes no body", op.Schema.Method, op.Schema.Path))),
				jen.Return(),
			)
		}
		if len(op.Members) > 0 {
			body := jen.Qual("net/http", "MaxBytesReader").Call(jen.Id("w"), jen.Id("r").Dot("Body"), jen.Id("maxRequestBody"))
			b.If(jen.Err().Op(":=").Qual("encoding/json", "NewDecoder").Call(body).Dot("Decode").Call(jen.Op("&").Id("req")), jen.Err().Op("!=").Nil()).Block(
				jen.Id("h").Dot("reject").Call(jen.Id("w"), jen.Id("r"), jen.Qual("net/http", "StatusBadRequest"), jen.Lit("the body is not the documented JSON: ").Op("+").Err().Dot("Error").Call()),
				jen.Return(),
			)
			if op.Defaults {
				b.Id("req").Dot("ApplyDefaults").Call()
			}
		}
		b.If(jen.Err().Op(":=").Id("req").Dot("Validate").Call(), jen.Err().Op("!=").Nil()).Block(
			jen.Id("h").Dot("reject").Call(jen.Id("w"), jen.Id("r"), jen.Qual("net/http", "StatusBadRequest"), jen.Err().Dot("Error").Call()),
			jen.Return(),
		)
		call := jen.Id("h").Dot("service").Dot(op.Name).Call(jen.Id("r").Dot("Context").Call(), jen.Op("&").Id("req"))
		if op.Response == nil {
			b.If(jen.Err().Op(":=").Add(call), jen.Err().Op("!=").Nil()).Block(
				jen.Id("h").Dot("fail").Call(jen.Id("w"), jen.Id("r"), jen.Err()),
				jen.Return(),
			)
			b.Id("w").Dot("WriteHeader").Call(jen.Lit(op.success))
			return
		}
		b.List(jen.Id("resp"), jen.Err()).Op(":=").Add(call)
		b.Switch().Block(
			jen.Case(jen.Err().Op("!=").Nil()).Block(jen.Id("h").Dot("fail").Call(jen.Id("w"), jen.Id("r"), jen.Err())),
			jen.Case(jen.Id("resp").Op("==").Nil()).Block(jen.Id("h").Dot("fail").Call(jen.Id("w"), jen.Id("r"),
				jen.Qual("errors", "New").Call(jen.Lit(fmt.Sprintf("the Service's %s returned neither an answer nor an error", op.Name))))),
			jen.Default().Block(jen.Id("h").Dot("write").Call(jen.Id("w"), jen.Id("r"), jen.Lit(op.success), jen.Id("resp"))),
		)
	})
}

// answerMethods writes fail, reject and write, which answer an error, a
// refused request and a body.
func (sg *statusGen) answerMethods(f *jen.File) {
	recv := func() *jen.Statement { return jen.Id("h").Op("*").Id("handler") }
	w := func() *jen.Statement { return jen.Id("w").Qual("net/http", "ResponseWriter") }
	r := func() *jen.Statement { return jen.Id("r").Op("*").Qual("net/http", "Request") }
	internal := jen.Id("h").Dot("reject").Call(jen.Id("w"), jen.Id("r"), jen.Qual("net/http", "StatusInternalServerError"),
		jen.Qual("net/http", "StatusText").Call(jen.Qual("net/http", "StatusInternalServerError")))

	f.Comment("fail answers err: a *StatusError with its status and body, any other")
	f.Comment("error with 500.")
	f.Func().Params(recv()).Id("fail").Params(w(), r(), jen.Err().Error()).BlockFunc(func(b *jen.Group) {
		b.Var().Id("se").Op("*").Id("StatusError")
		b.If(jen.Op("!").Qual("errors", "As").Call(jen.Err(), jen.Op("&").Id("se")).Op("||").Id("se").Dot("Code").Op("<").Lit(400).Op("||").Id("se").Dot("Code").Op(">").Lit(599)).Block(
			jen.Id("h").Dot("errorLog").Call(jen.Id("r"), jen.Err()),
			internal,
			jen.Return(),
		)
		switch {
		case sg.statusBodied():
			b.Id("h").Dot("write").Call(jen.Id("w"), jen.Id("r"), jen.Id("se").Dot("Code"), jen.Id("se").Dot("body").Call())
		case len(sg.typed) > 0:
			b.If(jen.Id("body").Op(":=").Id("se").Dot("body").Call(), jen.Id("body").Op("!=").Nil()).Block(
				jen.Id("h").Dot("write").Call(jen.Id("w"), jen.Id("r"), jen.Id("se").Dot("Code"), jen.Id("body")),
				jen.Return(),
			)
			b.Id("w").Dot("WriteHeader").Call(jen.Id("se").Dot("Code"))
		default:
			b.Id("w").Dot("WriteHeader").Call(jen.Id("se").Dot("Code"))
		}
	})

	if m := sg.message; m != nil {
		f.Comment(fmt.Sprintf("reject answers code with text as the %s of the body.", m.Field.Name))
		f.Func().Params(recv()).Id("reject").Params(w(), r(), jen.Id("code").Int(), jen.Id("text").String()).Block(
			jen.Id("h").Dot("write").Call(jen.Id("w"), jen.Id("r"), jen.Id("code"), jen.Op("&").Id("statusBody").Values(jen.Dict{jen.Id(m.GoName): jen.Id("text")})),
		)
	} else {
		f.Comment("reject answers code with text as the body: the pages document no error body")
		f.Comment("with a message.")
		f.Func().Params(recv()).Id("reject").Params(w(), jen.Id("_").Op("*").Qual("net/http", "Request"), jen.Id("code").Int(), jen.Id("text").String()).Block(
			jen.Qual("net/http", "Error").Call(jen.Id("w"), jen.Id("text"), jen.Id("code")),
		)
	}

	if !sg.writes() {
		return
	}
	f.Comment("write answers code with v as JSON.")
	f.Func().Params(recv()).Id("write").Params(w(), r(), jen.Id("code").Int(), jen.Id("v").Any()).Block(
		jen.List(jen.Id("body"), jen.Err()).Op(":=").Qual("encoding/json", "Marshal").Call(jen.Id("v")),
		jen.If(jen.Err().Op("!=").Nil()).Block(
			jen.Id("h").Dot("errorLog").Call(jen.Id("r"), jen.Err()),
			jen.Qual("net/http", "Error").Call(jen.Id("w"), jen.Qual("net/http", "StatusText").Call(jen.Qual("net/http", "StatusInternalServerError")), jen.Qual("net/http", "StatusInternalServerError")),
			jen.Return(),
		),
		jen.Id("w").Dot("Header").Call().Dot("Set").Call(jen.Lit("Content-Type"), jen.Lit("application/json")),
		jen.Id("w").Dot("WriteHeader").Call(jen.Id("code")),
		jen.Comment("// A failed write means the client is gone: there is no one left to tell."),
		jen.List(jen.Id("_"), jen.Id("_")).Op("=").Id("w").Dot("Write").Call(jen.Id("body")),
	)
}

// writes reports whether the handler answers some body as JSON.
func (sg *statusGen) writes() bool {
	if sg.statusBodied() || len(sg.typed) > 0 {
		return true
	}
	for _, op := range sg.ops {
		if op.Response != nil {
			return true
		}
	}
	return false
}
