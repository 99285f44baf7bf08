package runtime

import "embed"

// source is the code of this package that a generated package holds.
//
//go:embed decode.go number.go bound.go cycle.go encode.go server.go request.go client.go callerror.go redirect.go query.go plain.go status.go
var source embed.FS

// Source returns the code a package of an API with an envelope holds, and
// its files in the order their declarations are written. bridge.go and
// this file stay here: the generator writes their counterparts from the
// schema.
func Source() (embed.FS, []string) {
	return source, []string{"decode.go", "number.go", "bound.go", "cycle.go", "encode.go", "server.go", "request.go", "client.go", "callerror.go", "redirect.go", "query.go", "plain.go"}
}

// PlainSource returns the code a package of an API without an envelope
// holds, as Source does: status.go in the place of callerror.go, whose
// CallError it has not.
func PlainSource() (embed.FS, []string) {
	return source, []string{"decode.go", "number.go", "bound.go", "cycle.go", "encode.go", "server.go", "request.go", "client.go", "redirect.go", "query.go", "plain.go", "status.go"}
}
