package generator

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"
)

// routesFile writes the method and path of every operation and role, and
// the Service interface with a method for each.
func (g *gearnGen) routesFile(f *jen.File) bool {
	if len(g.endpoints) == 0 {
		return false
	}
	for i := 0; i < len(g.endpoints); {
		op := g.endpoints[i].op
		f.Comment(fmt.Sprintf("The routes of %s.", op.Name))
		f.Const().DefsFunc(func(c *jen.Group) {
			for ; i < len(g.endpoints) && g.endpoints[i].op == op; i++ {
				e := g.endpoints[i]
				c.Id(e.name + "Method").Op("=").Lit(e.ep.Method)
				c.Id(e.name + "Path").Op("=").Lit(e.ep.Path)
			}
		})
	}
	doc(f.Group, "Service is what a server of the API implements: a method per operation and role, which takes the request and returns the payload of the answer.")
	f.Type().Id("Service").InterfaceFunc(func(s *jen.Group) {
		for i, e := range g.endpoints {
			if i > 0 {
				s.Line()
			}
			doc(s, serviceDoc(e))
			results := jen.Error()
			if e.response != nil {
				results = jen.Params(jen.Op("*").Id(e.response.goName), jen.Error())
			}
			s.Id(e.name).Params(
				jen.Id("ctx").Qual("context", "Context"),
				jen.Id("req").Op("*").Id(e.name+"Request"),
			).Add(results)
		}
	})
	return true
}

func serviceDoc(e *endpoint) string {
	text := fmt.Sprintf("%s serves %s", e.name, e.op.Name)
	if e.ep.Role != "" {
		text += " for the " + e.ep.Role + " role"
	}
	text += "."
	if e.op.Summary != "" {
		text += " " + sentence(e.op.Summary)
	}
	var needs []string
	if e.ep.Permission != "" {
		needs = append(needs, "the permission rule "+e.ep.Permission)
	}
	if e.ep.SecretRole != "" {
		needs = append(needs, "a Secret-Key of role "+e.ep.SecretRole)
	}
	if len(needs) > 0 {
		text += " It needs " + strings.Join(needs, " and ") + "."
	}
	if len(e.op.ErrorCodes) > 0 {
		text += " Its error codes: " + strings.Join(e.op.ErrorCodes, ", ") + "."
	}
	return text
}
