package backend

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
)

// requestsFile writes, per operation, the request a Service method takes:
// its headers, its path and query parameters and its body, with Validate
// and ApplyDefaults.
func (sg *statusGen) requestsFile(f *jen.File) bool {
	if len(sg.ops) == 0 {
		return false
	}
	for _, op := range sg.ops {
		name := op.Name + "Request"
		text := fmt.Sprintf("%s is %s request: %s %s.", name, golang.Indefinite(op.Op.Name), op.Schema.Method, op.Schema.Path)
		if len(op.Members) == 0 {
			text += " The page documents no body."
		}
		query := op.Query != nil && op.Query.Checks
		path := op.Path != nil && op.Path.Checks
		golang.Doc(f.Group, text)
		f.Type().Id(name).StructFunc(func(s *jen.Group) {
			golang.Incomparable(s, op.Members, op.Query != nil || op.Path != nil)
			golang.HeadersField(s, op.Name+"Headers")
			if op.Path != nil {
				golang.PathField(s, op.Path.GoName)
			}
			if op.Query != nil {
				golang.QueryField(s, op.Query.GoName)
			}
			for _, mem := range op.Members {
				sg.emit.StructField(s, mem)
			}
		})
		recv := jen.Id("r").Op("*").Id(name)
		if !op.Checks && !query && !path {
			golang.Doc(f.Group, "Validate reports every header that breaks what its page documents, as a *HeaderError. It returns nil when there is none.")
			f.Func().Params(recv).Id("Validate").Params().Error().Block(
				jen.Return(jen.Id("r").Dot("Headers").Dot("Validate").Call()),
			)
		} else {
			var parts []string
			if op.Path != nil {
				parts = append(parts, "path parameter")
			}
			if op.Query != nil {
				parts = append(parts, "query parameter")
			}
			if len(op.Members) > 0 || len(parts) == 0 {
				parts = append(parts, "member of the body")
			}
			what := "every " + parts[0]
			switch len(parts) {
			case 2:
				what += " and " + parts[1] + ", in that order,"
			case 3:
				what += ", " + parts[1] + " and " + parts[2] + ", in that order,"
			}
			golang.Doc(f.Group, "Validate reports every header that breaks what its page documents, as a *HeaderError, and "+what+" that does, as a *ValidationError, joined with errors.Join. It returns nil when there is none.")
			var checked []jen.Code
			if path {
				checked = append(checked, jen.Op("&").Id("r").Dot("Path"))
			}
			if query {
				checked = append(checked, jen.Op("&").Id("r").Dot("Query"))
			}
			if op.Checks {
				checked = append(checked, jen.Id("r"))
			}
			f.Func().Params(recv).Id("Validate").Params().Error().Block(jen.Return(jen.Qual("errors", "Join").Call(
				jen.Id("r").Dot("Headers").Dot("Validate").Call(),
				jen.Id(sg.roots.Name("checkValues")).Call(checked...),
			)))
		}
		sg.emit.DefaultsMethod(f, "r", name, "the body", op.Members, op.Defaults)
	}
	return true
}
