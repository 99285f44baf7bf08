package backend

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
)

// routesFile writes the Service interface, with a method for each
// operation and role. The method and path of each are in the doc comment
// of its request type and in the table of routes, no constant of their
// own: a pair of constants per operation is lines and work for the
// compiler that no caller needs.
func (g *gearnGen) routesFile(f *jen.File) bool {
	if len(g.Endpoints) == 0 {
		return false
	}
	golang.Doc(f.Group, "Service is what a server of the API implements: a method per operation and role, which takes the request and returns the payload of the answer.")
	f.Type().Id("Service").InterfaceFunc(func(s *jen.Group) {
		for i, e := range g.Endpoints {
			if i > 0 {
				s.Line()
			}
			golang.Doc(s, serviceDoc(e))
			results := jen.Error()
			if e.Response != nil {
				results = jen.Params(jen.Op("*").Id(e.Response.GoName), jen.Error())
			}
			s.Id(e.Name).Params(
				jen.Id("ctx").Qual("context", "Context"),
				jen.Id("req").Op("*").Id(e.Name+"Request"),
			).Add(results)
		}
	})
	return true
}

func serviceDoc(e *golang.Endpoint) string {
	text := fmt.Sprintf("%s serves %s", e.Name, e.Op.Name)
	if e.Schema.Role != "" {
		text += " for the " + e.Schema.Role + " role"
	}
	text += "."
	if e.Op.Summary != "" {
		text += " " + golang.Sentence(e.Op.Summary)
	}
	var needs []string
	if e.Schema.Permission != "" {
		needs = append(needs, "the permission rule "+e.Schema.Permission)
	}
	if e.Schema.SecretRole != "" {
		needs = append(needs, "a Secret-Key of role "+e.Schema.SecretRole)
	}
	if len(needs) > 0 {
		text += " It needs " + strings.Join(needs, " and ") + "."
	}
	if len(e.Op.ErrorCodes) > 0 {
		text += " Its error codes: " + strings.Join(e.Op.ErrorCodes, ", ") + "."
	}
	return text
}
