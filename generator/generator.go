// Package generator turns a schema.API into the Go source of one package.
//
// The package it writes needs nothing but the standard library: a struct
// per object type and per request, an enum type per enum, a Validate per
// request that lists every member breaking the documented constraints,
// route constants, the Service interface a server implements, and the
// runtime of the API's protocol. Each protocol has a backend, which lists
// the files of its package; the runtime's code that does not depend on
// the schema lives in a package of its own that compiles and is tested on
// its own (protocols/gearn/runtime, protocols/httpstatus/runtime), and is
// copied into shared.go.
package generator

import (
	"fmt"
	"go/token"
	"strings"

	"github.com/docs2go/docs2go/generator/golang"
	gearnbackend "github.com/docs2go/docs2go/protocols/gearn/backend"
	statusbackend "github.com/docs2go/docs2go/protocols/httpstatus/backend"
	"github.com/docs2go/docs2go/schema"
)

// Options says how to write the package.
type Options struct {
	Package    string // Go package name, e.g. "gearn"
	SchemaPath string // the schema path as the user gave it, written in the header comment (never make it absolute)
}

// Generate builds every output file in memory: file name (e.g. "types.go")
// -> gofmt'd bytes. The same API and options always give the same bytes.
func Generate(api *schema.API, opts Options) (map[string][]byte, error) {
	return generate(api, opts, nil)
}

// generate is Generate with the backend's files written in the order
// arrange leaves them in; nil keeps the backend's order. What a package
// holds must not depend on that order: the test that checks it arranges
// the files otherwise.
func generate(api *schema.API, opts Options, arrange func([]golang.OutputFile)) (map[string][]byte, error) {
	b, ok := backends()[api.Protocol]
	if !ok {
		return nil, fmt.Errorf("protocol %s is not supported yet", api.Protocol)
	}
	if !token.IsIdentifier(opts.Package) || opts.Package == "_" {
		return nil, fmt.Errorf("package name %q is not a Go identifier", opts.Package)
	}
	if opts.SchemaPath == "" || strings.ContainsAny(opts.SchemaPath, "\r\n") {
		return nil, fmt.Errorf("schema path %q cannot be written in the header comment", opts.SchemaPath)
	}
	// The generator relies on what schema.Validate checks: an enum with
	// two members of one code, for one, would make a switch that does not
	// compile. An API from schema.Load passes; one built in code may not.
	if err := schema.Validate(api, opts.SchemaPath).Err(); err != nil {
		return nil, err
	}
	c, err := b.Claims()
	if err != nil {
		return nil, err
	}
	g, err := golang.NewEmitter(api, c, opts.Package, opts.SchemaPath)
	if err != nil {
		return nil, err
	}
	p, err := b.Plan(g)
	if err != nil {
		return nil, err
	}
	if arrange != nil {
		arrange(p.Files)
	}
	return g.Write(p)
}

// backends returns the backend of each protocol.
func backends() map[schema.Protocol]golang.Backend {
	return map[schema.Protocol]golang.Backend{
		schema.ProtocolGearN:      gearnbackend.Backend{},
		schema.ProtocolHTTPStatus: statusbackend.Backend{},
	}
}
