// Package memberruntime is the Go code that every package the generator
// writes holds once, whatever its protocol, to know the members of the
// API's struct types: the table of each type's members, which it reads
// once from the type's fields and their tags (what the page documents of
// each member: its name, whether it is required, its bounds, its values
// and its default), the filling in of defaults, and the checking of the
// Go values of an object against its table. The generator writes no table
// and no code per type: a type's fields are its table.
//
// Each backend copies the declarations of members.go, values.go and
// check.go into the package it writes next to its protocol's runtime,
// leaving out those the package does not use. They need nothing from the schema but what
// bridge.go stands in for, so that this package compiles and its tests
// run on their own. GearN's runtime, whose decoder and encoder go through
// the tables, holds a copy of members.go and values.go, and the http-status
// runtime, whose headers carry their values in tags too, a copy of
// values.go; the tests of this package keep the copies the same.
package memberruntime

import "embed"

// source is the code of this package that a generated package holds.
//
//go:embed members.go values.go check.go
var source embed.FS

// Source returns the code a generated package holds, and its files in the
// order their declarations are written.
func Source() (embed.FS, []string) {
	return source, []string{"members.go", "values.go", "check.go"}
}
