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
	"bytes"
	"fmt"
	"go/token"
	"strings"
	"sync"

	"github.com/dave/jennifer/jen"

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
	c, err := b.claims()
	if err != nil {
		return nil, err
	}
	m, err := newModel(api, c)
	if err != nil {
		return nil, err
	}
	g := &gen{model: m, opts: opts}
	p, err := b.plan(g)
	if err != nil {
		return nil, err
	}
	g.uses = g.helpers()
	type built struct {
		name string
		src  bytes.Buffer
		err  error
	}
	// Rendering, gofmt included, is most of the time Generate takes, and
	// each file renders on its own: a file renders while the next ones
	// are built, two at a time, and its tree is dropped once rendered, so
	// that a large API does not hold every tree at once.
	var all []*built
	var wg sync.WaitGroup
	rendering := make(chan struct{}, 2)
	for _, file := range append([]outputFile{{"doc.go", g.docFile(p.summary)}}, p.files...) {
		f := g.newFile()
		if !file.build(f) {
			continue
		}
		b := &built{name: file.name}
		all = append(all, b)
		rendering <- struct{}{}
		wg.Go(func() {
			defer func() { <-rendering }()
			b.err = f.Render(&b.src)
		})
	}
	// shared.go, the copy of the runtime, holds what the other files
	// turned out to use.
	var sharedSrc []byte
	var sharedErr error
	if p.runtime != nil {
		sharedSrc, sharedErr = p.runtime.code.file(g.header(), opts.Package, p.runtime.used)
	}
	wg.Wait()
	if sharedErr != nil {
		return nil, fmt.Errorf("shared.go: %w", sharedErr)
	}
	out := make(map[string][]byte, len(all)+1)
	if sharedSrc != nil {
		out["shared.go"] = sharedSrc
	}
	for _, b := range all {
		if b.err != nil {
			return nil, fmt.Errorf("%s: %w", b.name, b.err)
		}
		out[b.name] = b.src.Bytes()
	}
	return out, nil
}

// backend writes the package of an API of one protocol, with the shared
// emitter that plan is given.
type backend interface {
	// claims returns the names that every package of the protocol
	// declares, whatever its schema says.
	claims() (claims, error)
	// plan resolves what the protocol's files need beyond the model g
	// holds, and lists them.
	plan(g *gen) (*plan, error)
}

// backends returns the backend of each protocol.
func backends() map[schema.Protocol]backend {
	return map[schema.Protocol]backend{
		schema.ProtocolGearN:      gearnBackend{},
		schema.ProtocolHTTPStatus: statusBackend{},
	}
}

// claims are the names a backend's package declares, whatever its schema
// says: no type, enum or operation may take one.
type claims struct {
	declared []string
	// objectMethods and requestMethods are the exported methods of the
	// object and request types, which no member may take as its Go name.
	objectMethods, requestMethods []string
}

// plan is what a backend writes for one package.
type plan struct {
	// summary ends the first sentence of the package comment, after "is
	// the API as its pages document it".
	summary string
	// files lists the files after doc.go, in order.
	files []outputFile
	// runtime is copied into shared.go, with what the files use; nil when
	// the package holds no copy of a runtime.
	runtime *runtimeCopy
}

// outputFile is a file of the generated package and what writes it; build
// returns false when the file would be empty.
type outputFile struct {
	name  string
	build func(*jen.File) bool
}

// runtimeCopy is a runtime's code and the names of it that the files of a
// package use.
type runtimeCopy struct {
	code *sharedCode
	used map[string]bool
}

// gen is the emitter that the backends share: it writes the enums, the
// types, their Validate and ApplyDefaults, and the violations.
type gen struct {
	*model
	opts Options
	// decoder is the runtime that reads and checks request bodies as
	// JSON, when the package has one; nil when Validate checks Go values.
	decoder bodyDecoder
	// uses says which unexported helpers the Validate and ApplyDefaults
	// methods call, so that validation.go and defaults.go declare exactly
	// those: an unused helper is dead code to vet and staticcheck.
	uses helpers
}

// header is the comment every generated file starts with.
func (g *gen) header() []string {
	return []string{"Code generated by docs2go. DO NOT EDIT.", "Source: " + g.opts.SchemaPath}
}

func (g *gen) newFile() *jen.File {
	f := jen.NewFile(g.opts.Package)
	for _, line := range g.header() {
		f.HeaderComment(line)
	}
	return f
}

// docFile writes the package comment: the API, and what the package
// holds, as the backend's summary says.
func (g *gen) docFile(summary string) func(*jen.File) bool {
	return func(f *jen.File) bool {
		name := g.api.Name
		if name == "" {
			name = g.opts.Package
		}
		text := fmt.Sprintf("Package %s is the %s API as its pages document it%s.", g.opts.Package, name, summary)
		for _, line := range wrap(text) {
			f.PackageComment(line)
		}
		return true
	}
}
