package backend

import (
	"github.com/docs2go/docs2go/generator/golang"
)

// runtimeRoots works out from the model, before any file is written, the
// declarations of the runtime that the files name: the files name each
// through Shared, and one this function does not count is an error of
// Generate. Each line says which file names what.
func (g *gearnGen) runtimeRoots() *golang.Roots {
	r := golang.NewRoots(
		// server.go: the routes and the handler.
		"route", "newServer", "handle",
	)
	if g.wire.plain {
		r.Add("appendFailure") // server.go: appendAnswer
		r.Add("callPlain")     // client.go
	} else {
		// server.go: appendAnswer, the envelope.
		r.Add("encoder", "open", "close", "putStr", "putArray", "comma", "endArray", "encodeEnum")
		r.Add("call") // client.go
	}
	if len(g.wire.unknown) > 0 {
		r.Add("unknown") // server.go
	}
	for _, e := range g.Endpoints {
		if e.Response != nil {
			r.Add("answering") // server.go: the route's Service method
		} else {
			r.Add("answeringNothing") // server.go: the route's Service method
		}
		if bodiless(e) {
			r.Add("bodiless") // requests.go
		}
		if e.Query != nil {
			// requests.go: the query's table, DecodeQuery and
			// EncodeQuery.
			r.Add(golang.QueryRoots(e)...)
			r.Add("decodeInto", "queryJSON", "encodeQuery")
		}
		if e.Op.PlainResponse {
			r.Add("holds", "plainAnswered") // requests.go: answer, plainAnswered
		}
	}
	return r
}
