package golang

import (
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

// objectValidate writes the Validate of an object that has something to
// check, for a package without CheckFunctions: the runtime checks its Go
// values.
func (g *Emitter) objectValidate(f *jen.File, o *Object) {
	Doc(f.Group, "Validate reports every member of t, or of the objects it holds, that breaks the constraints its page documents, as a *ValidationError that names members by their path from t. It returns nil when there is none.")
	f.Func().Params(jen.Id("t").Op("*").Id(o.GoName)).Id("Validate").Params().Error().Block(
		jen.Return(jen.Id(g.shared("checkValues")).Call(jen.Id("t"))),
	)
}
