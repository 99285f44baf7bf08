// Package golang is the Go emitter that every protocol's backend shares:
// the schema resolved into Go names and types (the model), the structs and
// enums, the Validate and ApplyDefaults of requests and objects, the
// violations, the package comment, and the copying of a protocol's
// runtime, compiled and tested Go, into the package.
package golang

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/schema"
)

// Backend writes the package of an API of one protocol, with the shared
// emitter that Plan is given.
type Backend interface {
	// Claims returns the names that every package of the protocol
	// declares, whatever its schema says.
	Claims() (Claims, error)
	// Plan resolves what the protocol's files need beyond the model g
	// holds, and lists them.
	Plan(g *Emitter) (*Plan, error)
}

// Claims are the names a backend's package declares, whatever its schema
// says: no type, enum or operation may take one.
type Claims struct {
	// Declared are the package-level names.
	Declared []string
	// ObjectMethods and RequestMethods are the exported methods of the
	// object and request types, which no member may take as its Go name.
	ObjectMethods, RequestMethods []string
}

// Plan is what a backend writes for one package.
type Plan struct {
	// Summary ends the first sentence of the package comment, after "is
	// the API as its pages document it".
	Summary string
	// Files lists the files after doc.go, in order.
	Files []OutputFile
	// Runtime is copied into shared.go, with the roots the files name; nil when
	// the package holds no copy of a runtime.
	Runtime *RuntimeCopy
}

// OutputFile is a file of the generated package and what writes it; Build
// returns false when the file would be empty.
type OutputFile struct {
	Name  string
	Build func(*jen.File) bool
	// Text, in place of Build, writes the declarations of a file of data
	// as gofmt'd text, after the package clause and the import of
	// Imports: formatting, which rendering with jennifer does, would be
	// most of the time Generate spends on such a file.
	Text    func(b *bytes.Buffer) bool
	Imports []string
}

// ModelFiles are the files of the model that every protocol's package
// starts with, which the emitter writes whatever the protocol: the enums,
// the types, and the Validate and ApplyDefaults of the objects.
func (g *Emitter) ModelFiles() []OutputFile {
	return []OutputFile{
		{Name: "enums.go", Build: g.EnumsFile},
		{Name: "types.go", Text: g.TypesFile, Imports: g.TypesImports()},
		{Name: "objects.go", Build: g.ObjectsFile},
	}
}

// RuntimeCopy is a runtime's code and the declarations of it that the
// files of a package name.
type RuntimeCopy struct {
	Code  *Runtime
	Roots *Roots
}

// Emitter is the emitter that the backends share: it writes the enums, the
// types, their Validate and ApplyDefaults, and the violations.
type Emitter struct {
	*Model
	pkg        string // the package name
	schemaPath string // the schema's path, as the header comment writes it
	// Decoder is the runtime that reads and checks request bodies as
	// JSON, when the package has one; nil when Validate checks Go values.
	Decoder BodyDecoder
	// CheckFunctions is true when Validate and ApplyDefaults are functions
	// of the package's runtime that serve every request and object through
	// the tables of their members: the emitter writes no such method.
	CheckFunctions bool
	// Roots are the declarations of the protocol's runtime that the files
	// name, which the backend counts before they are written (see Roots);
	// the shared emitter's files name them through shared.
	Roots *Roots
}

// NewEmitter resolves api for a package named pkg, whose files name
// schemaPath as their source. c holds what the backend's package declares
// whatever the schema says.
func NewEmitter(api *schema.API, c Claims, pkg, schemaPath string) (*Emitter, error) {
	m, err := newModel(api, c)
	if err != nil {
		return nil, err
	}
	return &Emitter{Model: m, pkg: pkg, schemaPath: schemaPath}, nil
}

// Write builds the files p lists, doc.go first, and shared.go from p's
// runtime: file name -> gofmt'd bytes.
func (g *Emitter) Write(p *Plan) (map[string][]byte, error) {
	type built struct {
		name  string
		src   bytes.Buffer
		err   error
		empty bool // a file written as text that holds no declaration
	}
	// Rendering, gofmt included, is most of the time Generate takes, and
	// each file renders on its own: a file renders while the next ones
	// are built, two at a time, and its tree is dropped once rendered, so
	// that a large API does not hold every tree at once.
	var all []*built
	var wg sync.WaitGroup
	rendering := make(chan struct{}, 2)
	for _, file := range append([]OutputFile{{Name: "doc.go", Build: g.docFile(p.Summary)}}, p.Files...) {
		if file.Text != nil {
			// A file of text is written while the next ones are built,
			// as a file is rendered.
			b := &built{name: file.Name}
			all = append(all, b)
			rendering <- struct{}{}
			wg.Go(func() {
				defer func() { <-rendering }()
				b.empty = !g.textFile(&b.src, file)
			})
			continue
		}
		f := g.newFile()
		if !file.Build(f) {
			continue
		}
		b := &built{name: file.Name}
		all = append(all, b)
		rendering <- struct{}{}
		wg.Go(func() {
			defer func() { <-rendering }()
			b.err = f.Render(&b.src)
		})
	}
	// shared.go, the copy of the runtime, holds the roots the backend
	// counted, and what they need.
	var sharedSrc []byte
	var sharedErr error
	if p.Runtime != nil {
		sharedSrc, sharedErr = p.Runtime.Code.file(g.header(), g.pkg, p.Runtime.Roots.names)
	}
	wg.Wait()
	if sharedErr != nil {
		return nil, fmt.Errorf("shared.go: %w", sharedErr)
	}
	if p.Runtime != nil {
		if err := p.Runtime.Roots.Err(); err != nil {
			return nil, err
		}
	}
	out := make(map[string][]byte, len(all)+1)
	if sharedSrc != nil {
		out["shared.go"] = sharedSrc
	}
	for _, b := range all {
		switch {
		case b.err != nil:
			return nil, fmt.Errorf("%s: %w", b.name, b.err)
		case !b.empty:
			out[b.name] = b.src.Bytes()
		}
	}
	return out, nil
}

// textFile writes file, whose Text writes its declarations, to b, and
// reports whether it holds any.
func (g *Emitter) textFile(b *bytes.Buffer, file OutputFile) bool {
	for _, line := range g.header() {
		fmt.Fprintf(b, "// %s\n", line)
	}
	fmt.Fprintf(b, "\npackage %s\n\n", g.pkg)
	switch len(file.Imports) {
	case 0:
	case 1:
		fmt.Fprintf(b, "import %q\n\n", file.Imports[0])
	default:
		b.WriteString("import (\n")
		for _, path := range file.Imports {
			fmt.Fprintf(b, "\t%q\n", path)
		}
		b.WriteString(")\n\n")
	}
	return file.Text(b)
}

// Package is the name of the package the emitter writes.
func (g *Emitter) Package() string { return g.pkg }

// header is the comment every generated file starts with.
func (g *Emitter) header() []string {
	return []string{"Code generated by docs2go. DO NOT EDIT.", "Source: " + g.schemaPath}
}

func (g *Emitter) newFile() *jen.File {
	f := jen.NewFile(g.pkg)
	for _, line := range g.header() {
		f.HeaderComment(line)
	}
	return f
}

// docFile writes the package comment: the API, and what the package
// holds, as the backend's summary says.
func (g *Emitter) docFile(summary string) func(*jen.File) bool {
	return func(f *jen.File) bool {
		name := g.API.Name
		if name == "" {
			name = g.pkg
		}
		text := fmt.Sprintf("Package %s is the %s API as its pages document it%s.", g.pkg, name, summary)
		for _, line := range commentLines(text) {
			f.PackageComment(line)
		}
		return true
	}
}

// shared returns name, a declaration of the runtime that the backend
// counted among the package's roots.
func (g *Emitter) shared(name string) string {
	return g.Roots.Name(name)
}
