package backend

import (
	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
)

// encodeFile writes an AppendJSON per payload type, which has the shared
// encoder write the payload through the tables of its type and of the
// objects it holds, which the runtime reads from their fields and tags, as
// encoding/json.Marshal writes it, byte for byte, without reflection.
func (g *gearnGen) encodeFile(f *jen.File) bool {
	written := false
	for _, o := range g.Objects {
		if o.Response {
			g.appendJSON(f, o)
			written = true
		}
	}
	return written
}

// appendJSON writes the AppendJSON of a payload type.
func (g *gearnGen) appendJSON(f *jen.File, o *golang.Object) {
	golang.Doc(f.Group, "AppendJSON appends t to b as encoding/json.Marshal writes it, and returns the extended buffer; a nil t is null.")
	f.Func().Params(jen.Id("t").Op("*").Id(o.GoName)).Id("AppendJSON").Params(jen.Id("b").Index().Byte()).Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(jen.Id(g.Shared("appendJSON")).Call(jen.Id("b"), jen.Id("t"))),
	)
}
