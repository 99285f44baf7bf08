// Package queryruntime is the Go code that reads and writes the query
// parameters a page documents, which every package the generator writes
// holds once, whatever its protocol: the table of a request's parameters
// (queryParam, which the shared emitter's QueryTable fills), the JSON
// object their text stands for, a struct decoded from it with
// encoding/json, and a struct written back as a query string.
//
// Each backend copies the declarations of query.go into the package it
// writes next to its protocol's runtime, leaving out those the package
// does not use. They need nothing from the schema, so that this package
// compiles and its tests run on their own.
package queryruntime

import "embed"

// source is the code of this package that a generated package holds.
//
//go:embed query.go
var source embed.FS

// Source returns the code a generated package holds, and its files in the
// order their declarations are written.
func Source() (embed.FS, []string) {
	return source, []string{"query.go"}
}
