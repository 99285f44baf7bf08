package generator

import (
	"fmt"

	"github.com/dave/jennifer/jen"
)

// requestsFile writes, per operation, the request a Service method takes:
// its headers and its body, with Validate and ApplyDefaults.
func (sg *statusGen) requestsFile(f *jen.File) bool {
	if len(sg.ops) == 0 {
		return false
	}
	for _, op := range sg.ops {
		name := op.name + "Request"
		text := fmt.Sprintf("%s is a %s request: %s %s.", name, op.op.Name, op.ep.Method, op.ep.Path)
		if len(op.members) == 0 {
			text += " The page documents no body."
		}
		doc(f.Group, text)
		f.Type().Id(name).StructFunc(func(s *jen.Group) {
			s.Comment("// Headers holds the request's headers; they are not part of the body.")
			s.Id("Headers").Id(op.name + "Headers").Tag(map[string]string{"json": "-"})
			for _, mem := range op.members {
				sg.emit.structField(s, mem)
			}
		})
		recv := jen.Id("r").Op("*").Id(name)
		if !op.checks {
			doc(f.Group, "Validate reports every header that breaks what its page documents, as a *HeaderError. It returns nil when there is none.")
			f.Func().Params(recv).Id("Validate").Params().Error().Block(
				jen.Return(jen.Id("r").Dot("Headers").Dot("Validate").Call()),
			)
		} else {
			doc(f.Group, "Validate reports every header that breaks what its page documents, as a *HeaderError, and every member of the body that does, as a *ValidationError, joined with errors.Join. It returns nil when there is none.")
			body := []jen.Code{jen.Var().Id("v").Id("validator")}
			body = append(body, sg.emit.validateBody(scope{recv: "r"}, op.members)...)
			body = append(body, jen.Return(jen.Qual("errors", "Join").Call(
				jen.Id("r").Dot("Headers").Dot("Validate").Call(),
				jen.Id("v").Dot("err").Call(),
			)))
			f.Func().Params(recv).Id("Validate").Params().Error().Block(body...)
		}
		sg.emit.defaultsMethod(f, "r", name, "the body", op.members, op.defaults)
	}
	return true
}
