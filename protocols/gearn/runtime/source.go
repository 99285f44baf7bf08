package runtime

import "embed"

// source is the code of this package that a generated package holds.
//
//go:embed decode.go number.go bound.go cycle.go encode.go server.go request.go client.go redirect.go query.go plain.go
var source embed.FS

// Source returns the code a generated package holds, and its files in the
// order their declarations are written. bridge.go and this file stay
// here: the generator writes their counterparts from the schema.
func Source() (embed.FS, []string) {
	return source, []string{"decode.go", "number.go", "bound.go", "cycle.go", "encode.go", "server.go", "request.go", "client.go", "redirect.go", "query.go", "plain.go"}
}
