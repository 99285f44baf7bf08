// Package generator turns a schema.API into the Go source of one package.
//
// The package it writes needs nothing but the standard library: a struct
// per object type and per request, an enum type per enum, a Validate per
// request that lists every member breaking the documented constraints,
// route constants, the Service interface a server implements, and the
// runtime of the API's protocol: a DecodeBody per request that reads and
// checks a body in one pass, an encoder of answers, an http.Handler that
// serves a Service, and a Client. The runtime's code that does not depend
// on the schema lives in package protocols/gearn/runtime, and is copied in.
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
	switch api.Protocol {
	case schema.ProtocolGearN, schema.ProtocolHTTPStatus:
	default:
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
	shared, err := parseShared()
	if err != nil {
		return nil, err
	}
	m, err := newModel(api, shared.exported())
	if err != nil {
		return nil, err
	}
	g := &gen{model: m, opts: opts, used: map[string]bool{}}
	// defaults.go and validation.go go last: they declare the helpers the
	// other files turned out to call.
	files := []struct {
		name  string
		build func(*jen.File) bool
	}{
		{"doc.go", g.docFile},
		{"enums.go", g.enumsFile},
		{"types.go", g.typesFile},
		{"requests.go", g.requestsFile},
		{"routes.go", g.routesFile},
		{"decode.go", g.decodeFile},
		{"encode.go", g.encodeFile},
		{"server.go", g.serverFile},
		{"client.go", g.clientFile},
		{"defaults.go", g.defaultsFile},
		{"validation.go", g.validationFile},
	}
	if api.Protocol == schema.ProtocolHTTPStatus {
		sg, err := newStatusGen(g)
		if err != nil {
			return nil, err
		}
		files = sg.files()
	} else if g.wire, err = gearnWire(m); err != nil {
		return nil, err
	}
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
	for _, file := range files {
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
	// shared.go, the GearN runtime's shared code, holds what the other
	// files turned out to use.
	var sharedSrc []byte
	var sharedErr error
	if g.wire != nil {
		sharedSrc, sharedErr = shared.file(g.header(), opts.Package, g.used)
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

// gen writes the files of one package. It notes which unexported helpers
// the code it writes calls, so that validation.go declares exactly those,
// and which names of the shared code it uses, so that shared.go holds
// exactly those and what they need: an unused helper is dead code to vet
// and staticcheck.
type gen struct {
	*model
	opts Options
	wire *wire // the GearN runtime's; nil for another protocol
	uses struct {
		validator, length, items, join, item, ptr bool
	}
	used map[string]bool
}

// shared returns name, a declaration of the shared code, and notes that
// the package uses it.
func (g *gen) shared(name string) string {
	g.used[name] = true
	return name
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

// docFile writes the package comment.
func (g *gen) docFile(f *jen.File) bool {
	name := g.api.Name
	if name == "" {
		name = g.opts.Package
	}
	text := fmt.Sprintf("Package %s is the %s API as its pages document it: its objects and enums, a Validate and a DecodeBody for every request, the routes, the Service a server implements, the http.Handler that serves one, and a Client.", g.opts.Package, name)
	for _, line := range wrap(text) {
		f.PackageComment(line)
	}
	return true
}
