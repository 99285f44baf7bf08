package backend

import (
	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
)

// decodeFile writes a DecodeBody per request: the shared decoder reads
// the body through the table of the request's members, which the runtime
// reads from the fields of its type and their tags (see fieldTag in
// package golang), and which says where each member goes and what it must
// be, so that no type has code of its own to read it and an API of a
// thousand operations stays quick to compile.
func (g *gearnGen) decodeFile(f *jen.File) bool {
	for _, e := range g.Endpoints {
		if bodiless(e) {
			g.bodilessDecode(f, e, e.Name+"Request")
			continue
		}
		g.decodeBody(f, e.Name+"Request")
	}
	return true
}

// decodeBody writes the DecodeBody of a request type.
func (g *gearnGen) decodeBody(f *jen.File, name string) {
	golang.Doc(f.Group, "DecodeBody reads body into r, keeping r's Headers, as the server does: see the package's BodyError and ValidationError.")
	f.Func().Params(jen.Id("r").Op("*").Id(name)).Id("DecodeBody").Params(jen.Id("body").Index().Byte()).Error().Block(
		jen.Return(jen.Id(g.Shared("decodeInto")).Call(jen.Id("r"), jen.Id("body"))),
	)
}
