// Package runtime is the Go code that every package the generator writes
// for an API whose HTTP status codes carry the outcome holds once: the
// table of each headers struct, read once from its fields' tags, and the
// one Validate, reading and writing of headers that goes through it, with
// the checks of a header's documented form and media type and the error
// Validate returns; whether a request comes with a body, and the Client
// that the generated methods of each operation hang on.
//
// The generator copies the declarations of headers.go, client.go and
// body.go into the package it writes, with the reading and writing of
// query parameters from package generator/golang/queryruntime, leaving
// out the unexported ones that the package does not use. form.go stays
// here: it answers the generator's question of a form. values.go is a
// copy of memberruntime's, which the generated package holds from there.
// They need nothing from the schema, so that this package compiles and
// its tests run on their own.
package runtime

import "embed"

// source is the code of this package that a generated package holds.
//
//go:embed headers.go client.go body.go
var source embed.FS

// Source returns the code a generated package holds, and its files in the
// order their declarations are written.
func Source() (embed.FS, []string) {
	return source, []string{"headers.go", "client.go", "body.go"}
}
