package golang

import (
	"fmt"

	"github.com/dave/jennifer/jen"
)

// BodyDecoder is a runtime that reads and checks request bodies as JSON:
// GearN's. With one, Validate has it check a value's JSON, and every
// violation of JSON is reported; without one, Validate has the runtime
// check the Go values, which cannot tell null from absence. Either way the
// runtime checks through the table of the value's type, which the tags of
// its fields fill in (see fieldTag): no type has code of its own to check
// it.
type BodyDecoder interface {
	// ViolationMethods writes the methods the runtime asks of Violation.
	ViolationMethods(f *jen.File)
}

// validateRoot is the declaration of the runtime that the Validate of an
// object calls, when the object has something to check.
func (g *Emitter) validateRoot() string {
	if g.Decoder != nil {
		return "validateObject"
	}
	return "checkValues"
}

// objectValidate writes the Validate of an object that has something to
// check. With a BodyDecoder, Validate has the decoder check the object's
// JSON: one implementation of the constraints, the server's.
func (g *Emitter) objectValidate(f *jen.File, o *Object) {
	recv := func() *jen.Statement { return jen.Id("t").Op("*").Id(o.GoName) }
	text := "Validate reports every member of t, or of the objects it holds, that breaks the constraints its page documents, as a *ValidationError that names members by their path from t. It returns nil when there is none."
	if g.Decoder != nil {
		text = "Validate reports every member of t, or of the objects it holds, that breaks the constraints its page documents, as a *ValidationError that names members by their path from t, as DecodeBody reports t's JSON: a nil required object, which is null in JSON, included. It returns nil when there is none."
	}
	Doc(f.Group, text)
	f.Func().Params(recv()).Id("Validate").Params().Error().Block(
		jen.Return(jen.Id(g.shared(g.validateRoot())).Call(jen.Id("t"))),
	)
}

// RequestValidate writes the Validate of a request type whose body a
// BodyDecoder reads: it checks the request's JSON as DecodeBody does.
func (g *Emitter) RequestValidate(f *jen.File, e *Endpoint, typeName string) {
	recv := jen.Id("r").Op("*").Id(typeName)
	if !e.Checks {
		Doc(f.Group, fmt.Sprintf("Validate returns nil: the pages document no constraint on %s request.", Indefinite(e.Op.Name)))
		f.Func().Params(recv).Id("Validate").Params().Error().Block(jen.Return(jen.Nil()))
		return
	}
	Doc(f.Group, "Validate reports every member of the body that breaks the constraints its page documents, as a *ValidationError, as DecodeBody reports r's JSON: a nil required object, which is null in JSON, included. It returns nil when there is none.")
	f.Func().Params(recv).Id("Validate").Params().Error().Block(
		jen.Return(jen.Id(g.shared("validateRequest")).Call(jen.Id("r"))),
	)
}
