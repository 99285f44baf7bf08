// Package backend writes the Go package of a GearN API from its schema,
// with the shared emitter of package golang: the requests, the routes,
// the decoding of bodies and the encoding of answers from their tables,
// the server and the client around GearN's runtime, which it copies from
// package protocols/gearn/runtime.
package backend

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
	"github.com/docs2go/docs2go/generator/golang/memberruntime"
	"github.com/docs2go/docs2go/generator/golang/queryruntime"
	gearnruntime "github.com/docs2go/docs2go/protocols/gearn/runtime"
	"github.com/docs2go/docs2go/schema"
)

// Backend writes the package of a GearN API, whose runtime, copied
// from package protocols/gearn/runtime, answers every request with HTTP
// 200 and an envelope that carries the outcome; in an API without an
// envelope (GearN's pages outside /api/), a success with the plain
// payload and a failure with an HTTP status.
type Backend struct{}

// gearnRuntime is the GearN runtime's code, parsed once.
var gearnRuntime = sync.OnceValues(func() (*golang.Runtime, error) {
	return golang.ParseRuntime(gearnruntime.Source, queryruntime.Source, memberruntime.Source)
})

// plainRuntime is the code of the GearN runtime for an API without an
// envelope, parsed once.
var plainRuntime = sync.OnceValues(func() (*golang.Runtime, error) {
	return golang.ParseRuntime(gearnruntime.PlainSource, queryruntime.Source, memberruntime.Source)
})

func (Backend) Claims() (golang.Claims, error) {
	code, err := gearnRuntime()
	if err != nil {
		return golang.Claims{}, err
	}
	names := []string{"Envelope", "Headers", "Service", "ValidationError", "MemberError", golang.ViolationType, "Authorizer", "CallError", "StatusError", "NewHandler"}
	names = append(names, code.Exported()...)
	for v := range golang.NumViolations {
		names = append(names, v.Ident())
	}
	return golang.Claims{
		Declared:       names,
		RequestMethods: []string{"DecodeQuery", "EncodeQuery"},
	}, nil
}

func (Backend) Plan(g *golang.Emitter) (*golang.Plan, error) {
	w, err := gearnWire(g.Model)
	if err != nil {
		return nil, err
	}
	runtime := gearnRuntime
	if w.plain {
		runtime = plainRuntime
	}
	code, err := runtime()
	if err != nil {
		return nil, err
	}
	gg := &gearnGen{Model: g.Model, emit: g, wire: w}
	gg.roots = gg.runtimeRoots()
	g.Decoder = gg
	g.CheckFunctions = true
	g.Roots = gg.roots
	summary := ": its objects and enums, DecodeBody, Validate, ApplyDefaults and AppendJSON over the tables of their members, the routes, the Service a server implements, the http.Handler that serves one, and a Client"
	if w.plain {
		summary += "; it has no envelope: a success is the plain answer, a failure an HTTP status and a failure body (see NewHandler)"
	}
	return &golang.Plan{
		Summary: summary,
		Files: append(g.ModelFiles(), []golang.OutputFile{
			{Name: "requests.go", Build: gg.requestsFile},
			{Name: "routes.go", Build: gg.routesFile},
			{Name: "server.go", Build: gg.serverFile},
			{Name: "client.go", Build: gg.clientFile},
			{Name: "validation.go", Build: g.ValidationFile},
		}...),
		Runtime: &golang.RuntimeCopy{Code: code, Roots: gg.roots},
	}, nil
}

// gearnGen writes the files of a GearN package that the shared emitter
// does not.
type gearnGen struct {
	*golang.Model
	emit *golang.Emitter
	wire *wire
	// roots are the declarations of the runtime that the files name.
	roots *golang.Roots
}

// ViolationMethods writes the method that maps a violation to the member
// of the invalid-member enum that reports it; see gearnInvalidMemberType.
// An API without an envelope has no such enum: it writes the method that
// names a violation in a failure body instead.
func (g *gearnGen) ViolationMethods(f *jen.File) {
	w := g.wire
	if w.plain {
		f.Comment("token returns the name of k in a failure body: that of its constant,")
		f.Comment("without Violation.")
		f.Func().Params(jen.Id("k").Id(golang.ViolationType)).Id("token").Params().String().Block(
			jen.Switch(jen.Id("k")).BlockFunc(func(s *jen.Group) {
				for v := range golang.NumViolations {
					s.Case(jen.Id(v.Ident())).Block(jen.Return(jen.Lit(strings.TrimPrefix(v.Ident(), golang.ViolationType))))
				}
			}),
			jen.Return(jen.Lit("")),
		)
		return
	}
	name := w.memberType.GoName
	golang.Doc(f.Group, fmt.Sprintf("%s returns the member of %s that an answer reports k with.", name, name))
	f.Func().Params(jen.Id("k").Id(golang.ViolationType)).Id(name).Params().Id(name).Block(
		jen.Switch(jen.Id("k")).BlockFunc(func(s *jen.Group) {
			for v := range golang.NumViolations {
				s.Case(jen.Id(v.Ident())).Block(jen.Return(jen.Id(w.kinds[v])))
			}
		}),
		jen.Return(jen.Id(w.fallback)),
	)
}

// Shared returns name, a declaration of the runtime's code that
// runtimeRoots counts.
func (g *gearnGen) Shared(name string) string {
	return g.roots.Name(name)
}

// This file is what the generator knows of GearN that its pages do not say
// in a form the parser can read: which members of the envelope the server
// fills in, which return code answers which failure, which kind of invalid
// member reports which violation, which headers the server checks itself,
// and where the paths of an API start. The envelope, the enums and their
// codes come from the schema; when the schema lacks a member named here,
// Generate says which. A schema without an envelope (GearN's pages outside
// /api/, whose answers are plain JSON) documents no failure answer: its
// server answers each outcome with the HTTP status gearnOutcomes names,
// docs2go's choice.

// The members of the envelope the runtime fills in, besides the status and
// the payload members that the schema names, and the members of the
// objects its invalid-members member lists.
const (
	gearnDebugMember   = "debugMessage"
	gearnInvalidMember = "invalidRequestParameters"
	gearnMemberPath    = "code"              // names the invalid member by its path
	gearnMemberKind    = "invalidMemberType" // says which constraint it breaks
)

// gearnFallbackMember is the member of the invalid-member enum for a
// violation that no more specific member reports.
const gearnFallbackMember = "UnknownError"

// The headers the server checks before anything else: a request without
// one its page requires is answered at once.
const (
	gearnSecretHeader = "Secret-Key" // missing: SecretInvalid
	gearnTokenHeader  = "Auth-Token" // missing: OperationNotAuthorized
)

// gearnOutcome is a member of the status enum that the runtime answers
// with, and the constant the runtime's code refers to it by; in an API
// without an envelope, the HTTP status it answers with instead, as the
// name of net/http's constant (none for an outcome of the Client's alone).
type gearnOutcome struct {
	ident  string
	member string
	status string
}

// gearnOutcomes lists what the runtime answers with, and when.
func gearnOutcomes() []gearnOutcome {
	return []gearnOutcome{
		{"codeOk", "Ok", "StatusOK"},                                                        // the Service served the request
		{"codeSecretInvalid", "SecretInvalid", "StatusUnauthorized"},                        // no Secret-Key
		{"codeMaxSizeRequestReject", "MaxSizeRequestReject", "StatusRequestEntityTooLarge"}, // a body over the size limit
		{"codeOperationNotAuthorized", "OperationNotAuthorized", "StatusUnauthorized"},      // no Auth-Token where the page requires one
		{"codeInvalidRequestParameters", "InvalidRequestParameters", "StatusBadRequest"},    // a body or query that is invalid, or has invalid members
		{"codeOperationInvalid", "OperationInvalid", "StatusNotFound"},                      // no operation at the path
		{"codeNotImplemented", "OperationInvalid", "StatusNotImplemented"},                  // the Service has not implemented the operation
		{"codeInternalServerError", "InternalServerError", "StatusInternalServerError"},     // the Service failed or panicked
		{"codeOperationTimeout", "OperationTimeout", ""},                                    // the client's context ended, or its transport timed out
		{"codeUnknownError", "UnknownError", ""},                                            // the client got no envelope
	}
}

// gearnInvalidMemberType names the member of GearN's InvalidMemberType
// that reports each violation. It is the only place that knows the
// mapping. GNHashtableMinLength and GNHashtableMaxLength report none: the
// schema cannot bound a hashtable's size.
func gearnInvalidMemberType(v golang.Violation) string {
	return [golang.NumViolations]string{
		golang.Missing:        "DataRequired",
		golang.WrongType:      "TypeInvalid",
		golang.StringEmpty:    "StringNull",
		golang.StringTooShort: "StringMinLength",
		golang.StringTooLong:  "StringMaxLength",
		golang.NumberTooSmall: "NumberMinValue",
		golang.NumberTooLarge: "NumberMaxValue",
		golang.NotInteger:     "NumberMustInt",
		golang.ObjectNull:     "GNHashtableNull",
		golang.ArrayNull:      "GNArrayNull",
		golang.ArrayTooShort:  "GNArrayMinLength",
		golang.ArrayTooLong:   "GNArrayMaxLength",
		golang.NotAllowed:     gearnFallbackMember,
	}[v]
}

// gearnPrefix is where the paths of the API that ep belongs to start.
// GearN's paths are /api/<post type>/<request type>/<role>/<operation>:
// the prefix runs to the post type. Without a post type in the path, it
// is the path's directory.
func gearnPrefix(ep *schema.Endpoint) string {
	if ep.PostType != "" {
		if i := strings.Index(ep.Path, "/"+ep.PostType+"/"); i >= 0 {
			return ep.Path[:i+len(ep.PostType)+2]
		}
	}
	return ep.Path[:strings.LastIndexByte(ep.Path, '/')+1]
}

// wire is what the runtime of a GearN package needs from the schema,
// resolved.
type wire struct {
	// plain is true for an API without an envelope, whose pages (those
	// outside /api/) answer plain JSON and document no failure: its
	// server answers a failure with an HTTP status, and the members below
	// but unknown are unset.
	plain                           bool
	status, debug, invalid, Payload *golang.Member // the envelope's members
	memberPath, memberKind          *golang.Member // the members of an invalid member
	invalidType                     *golang.Object // the type of an invalid member
	returnCode                      *golang.Enum   // the enum of the status member
	memberType                      *golang.Enum   // the enum of memberKind
	// outcomes maps gearnOutcome.ident to the Go constant of its member.
	outcomes map[string]string
	// kinds holds the Go constant of the member of memberType that
	// reports each violation; fallback that of gearnFallbackMember.
	kinds    [golang.NumViolations]string
	fallback string
	// unknown lists the method and prefix of every route that answers a
	// request to an unknown operation, sorted.
	unknown []route
}

// route is an HTTP method and a path.
type route struct{ method, path string }

// gearnWire checks that the runtime can serve the schema's endpoints, and
// finds in the schema what the runtime needs, or says what is missing.
func gearnWire(m *golang.Model) (*wire, error) {
	if len(m.Endpoints) == 0 {
		return nil, fmt.Errorf("the schema documents no operation to serve")
	}
	for _, e := range m.Endpoints {
		if e.Path != nil {
			return nil, fmt.Errorf("operation %q: path %q names path parameters, which a GearN path never has: its request type and operation name are its segments", e.Op.Name, e.Schema.Path)
		}
	}
	if err := golang.CheckRoutes(m.Endpoints); err != nil {
		return nil, err
	}
	return resolveWire(m)
}

// resolveWire finds in the schema what the runtime needs, or says what is
// missing.
func resolveWire(m *golang.Model) (*wire, error) {
	if m.API.Envelope == nil {
		return &wire{plain: true, unknown: unknownRoutes(m.Endpoints)}, nil
	}
	w := &wire{outcomes: map[string]string{}}
	for _, mem := range m.Envelope {
		switch mem.Field.Name {
		case m.API.Envelope.Status:
			w.status = mem
		case m.Payload:
			w.Payload = mem
		case gearnDebugMember:
			w.debug = mem
		case gearnInvalidMember:
			w.invalid = mem
		}
	}
	switch {
	case w.status == nil || w.Payload == nil:
		return nil, fmt.Errorf("the GearN runtime needs the envelope's status and payload members among its members")
	case w.status.Kind != golang.KindEnum || w.status.Field.Array:
		return nil, fmt.Errorf("the GearN runtime needs the envelope's status member %q to be an enum, not %s", w.status.Field.Name, golang.TypeText(w.status.Field))
	case w.debug == nil:
		return nil, fmt.Errorf("the GearN runtime needs the envelope member %q, and the schema's envelope lacks it", gearnDebugMember)
	case w.debug.Kind != golang.KindString || w.debug.Field.Array:
		return nil, fmt.Errorf("the GearN runtime needs the envelope member %q to be a string, not %s", gearnDebugMember, golang.TypeText(w.debug.Field))
	case w.invalid == nil:
		return nil, fmt.Errorf("the GearN runtime needs the envelope member %q, and the schema's envelope lacks it", gearnInvalidMember)
	case w.invalid.Kind != golang.KindObject || !w.invalid.Field.Array:
		return nil, fmt.Errorf("the GearN runtime needs the envelope member %q to be an array of objects, not %s", gearnInvalidMember, golang.TypeText(w.invalid.Field))
	}
	w.returnCode = w.status.Enum
	w.invalidType = w.invalid.Object
	for _, mem := range w.invalidType.Members {
		switch mem.Field.Name {
		case gearnMemberPath:
			w.memberPath = mem
		case gearnMemberKind:
			w.memberKind = mem
		}
	}
	owner := fmt.Sprintf("the type %s of the envelope member %q", w.invalidType.Type.Name, gearnInvalidMember)
	switch {
	case w.memberPath == nil || w.memberPath.Kind != golang.KindString || w.memberPath.Field.Array:
		return nil, fmt.Errorf("the GearN runtime needs %s to have a string member %q", owner, gearnMemberPath)
	case w.memberKind == nil || w.memberKind.Kind != golang.KindEnum || w.memberKind.Field.Array:
		return nil, fmt.Errorf("the GearN runtime needs %s to have an enum member %q", owner, gearnMemberKind)
	}
	w.memberType = w.memberKind.Enum
	for _, o := range gearnOutcomes() {
		c, err := memberConst(w.returnCode, o.member)
		if err != nil {
			return nil, err
		}
		w.outcomes[o.ident] = c
	}
	for v := range golang.NumViolations {
		c, err := memberConst(w.memberType, gearnInvalidMemberType(v))
		if err != nil {
			return nil, err
		}
		w.kinds[v] = c
	}
	fallback, err := memberConst(w.memberType, gearnFallbackMember)
	if err != nil {
		return nil, err
	}
	w.fallback = fallback
	w.unknown = unknownRoutes(m.Endpoints)
	return w, nil
}

// memberConst returns the Go constant of the member of en named name.
func memberConst(en *golang.Enum, name string) (string, error) {
	for _, mem := range en.Enum.Members {
		if mem.Name == name {
			return en.ConstName(mem), nil
		}
	}
	return "", fmt.Errorf("the GearN runtime needs the member %s of enum %s, and the schema lacks it", name, en.Enum.Name)
}

// unknownRoutes lists, for every prefix of the endpoints' paths and method
// they use, the route that answers a request to an operation no endpoint
// has. A prefix that is itself the path of an endpoint is left out.
func unknownRoutes(endpoints []*golang.Endpoint) []route {
	paths := map[route]bool{}
	for _, e := range endpoints {
		paths[route{e.Schema.Method, e.Schema.Path}] = true
	}
	seen := map[route]bool{}
	var out []route
	for _, e := range endpoints {
		r := route{e.Schema.Method, gearnPrefix(e.Schema)}
		if !seen[r] && !paths[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].path != out[j].path {
			return out[i].path < out[j].path
		}
		return out[i].method < out[j].method
	})
	return out
}

// requires reports whether ep's page requires the header name.
func requires(ep *schema.Endpoint, name string) bool {
	for _, h := range ep.Headers {
		if h.Name == name {
			return h.Required == schema.Required
		}
	}
	return false
}
