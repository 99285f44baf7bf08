package backend

import (
	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
)

// decodeFile writes a DecodeBody per request: the shared decoder reads
// the body through the request's table of members (see tablesFile),
// which says where each member goes and what it must be, so that no type
// has code of its own to read it and an API of a thousand operations
// stays quick to compile.
func (g *gearnGen) decodeFile(f *jen.File) bool {
	for _, e := range g.Endpoints {
		if bodiless(e) {
			g.bodilessDecode(f, e, e.Name+"Request")
			continue
		}
		g.decodeBody(f, e, e.Name+"Request")
	}
	return true
}

// decodeBody writes the DecodeBody of a request type.
func (g *gearnGen) decodeBody(f *jen.File, e *golang.Endpoint, name string) {
	members := jen.Nil()
	if len(e.Members) > 0 {
		members = jen.Id("members" + name)
	}
	decode := jen.Id(g.Shared("decodeBody")).Call(jen.Id("body"), jen.Id(objectTypes), members, jen.Qual("unsafe", "Pointer").Call(jen.Id("r")))
	body := []jen.Code{jen.Op("*").Id("r").Op("=").Id(name).Values(jen.Dict{jen.Id("Headers"): jen.Id("r").Dot("Headers")})}
	if e.Defaults {
		body = append(body,
			jen.Err().Op(":=").Add(decode),
			jen.Id("r").Dot("ApplyDefaults").Call(),
			jen.Return(jen.Err()),
		)
	} else {
		body = append(body, jen.Return(decode))
	}
	golang.Doc(f.Group, "DecodeBody reads body into r, keeping r's Headers, as the server does: see the package's BodyError and ValidationError.")
	f.Func().Params(jen.Id("r").Op("*").Id(name)).Id("DecodeBody").Params(jen.Id("body").Index().Byte()).Error().Block(body...)
}
