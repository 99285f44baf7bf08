package generator

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	gearnruntime "github.com/docs2go/docs2go/protocols/gearn/runtime"
	"github.com/docs2go/docs2go/schema"
)

// gearnBackend writes the package of a GearN API, whose runtime, copied
// from package protocols/gearn/runtime, answers every request with HTTP
// 200 and an envelope that carries the outcome.
type gearnBackend struct{}

// gearnRuntime is the GearN runtime's code, parsed once.
var gearnRuntime = sync.OnceValues(func() (*sharedCode, error) {
	return parseRuntime(gearnruntime.Source())
})

func (gearnBackend) claims() (claims, error) {
	code, err := gearnRuntime()
	if err != nil {
		return claims{}, err
	}
	names := []string{"Envelope", "Headers", "Service", "ValidationError", "MemberError", violationType, "Authorizer", "CallError", "NewHandler"}
	names = append(names, code.exported()...)
	for v := range numViolations {
		names = append(names, v.ident())
	}
	return claims{
		declared:       names,
		objectMethods:  []string{"Validate", "ApplyDefaults", "AppendJSON"},
		requestMethods: []string{"Validate", "ApplyDefaults", "DecodeBody"},
	}, nil
}

func (gearnBackend) plan(g *gen) (*plan, error) {
	code, err := gearnRuntime()
	if err != nil {
		return nil, err
	}
	w, err := gearnWire(g.model)
	if err != nil {
		return nil, err
	}
	gg := &gearnGen{model: g.model, emit: g, wire: w, used: map[string]bool{}}
	g.decoder = gg
	return &plan{
		summary: ": its objects and enums, a Validate and a DecodeBody for every request, the routes, the Service a server implements, the http.Handler that serves one, and a Client",
		files: []outputFile{
			{"enums.go", g.enumsFile},
			{"types.go", g.typesFile},
			{"requests.go", gg.requestsFile},
			{"routes.go", gg.routesFile},
			{"decode.go", gg.decodeFile},
			{"encode.go", gg.encodeFile},
			{"server.go", gg.serverFile},
			{"client.go", gg.clientFile},
			{"defaults.go", g.defaultsFile},
			{"validation.go", g.validationFile},
		},
		runtime: &runtimeCopy{code: code, used: gg.used},
	}, nil
}

// gearnGen writes the files of a GearN package that the shared emitter
// does not.
type gearnGen struct {
	*model
	emit *gen
	wire *wire
	// used holds the names of the runtime's code that the files use, so
	// that shared.go holds exactly those and what they need.
	used map[string]bool
}

// shared returns name, a declaration of the runtime's code, and notes
// that the package uses it.
func (g *gearnGen) shared(name string) string {
	g.used[name] = true
	return name
}

// This file is what the generator knows of GearN that its pages do not say
// in a form the parser can read: which members of the envelope the server
// fills in, which return code answers which failure, which kind of invalid
// member reports which violation, which headers the server checks itself,
// and where the paths of an API start. The envelope, the enums and their
// codes come from the schema; when the schema lacks a member named here,
// Generate says which.

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
// with, and the constant the runtime's code refers to it by.
type gearnOutcome struct {
	ident  string
	member string
}

// gearnOutcomes lists what the runtime answers with, and when.
func gearnOutcomes() []gearnOutcome {
	return []gearnOutcome{
		{"codeOk", "Ok"},                                             // the Service served the request
		{"codeSecretInvalid", "SecretInvalid"},                       // no Secret-Key
		{"codeMaxSizeRequestReject", "MaxSizeRequestReject"},         // a body over the size limit
		{"codeOperationNotAuthorized", "OperationNotAuthorized"},     // no Auth-Token where the page requires one
		{"codeInvalidRequestParameters", "InvalidRequestParameters"}, // a body that is no JSON object, or has invalid members
		{"codeOperationInvalid", "OperationInvalid"},                 // no operation at the path, or the Service has not implemented it
		{"codeInternalServerError", "InternalServerError"},           // the Service failed or panicked
		{"codeOperationTimeout", "OperationTimeout"},                 // the client's context ended, or its transport timed out
		{"codeUnknownError", "UnknownError"},                         // the client got no envelope
	}
}

// gearnInvalidMemberType names the member of GearN's InvalidMemberType
// that reports each violation. It is the only place that knows the
// mapping. GNHashtableMinLength and GNHashtableMaxLength report none: the
// schema cannot bound a hashtable's size.
func gearnInvalidMemberType(v violation) string {
	return [numViolations]string{
		missing:        "DataRequired",
		wrongType:      "TypeInvalid",
		stringEmpty:    "StringNull",
		stringTooShort: "StringMinLength",
		stringTooLong:  "StringMaxLength",
		numberTooSmall: "NumberMinValue",
		numberTooLarge: "NumberMaxValue",
		notInteger:     "NumberMustInt",
		objectNull:     "GNHashtableNull",
		arrayNull:      "GNArrayNull",
		arrayTooShort:  "GNArrayMinLength",
		arrayTooLong:   "GNArrayMaxLength",
		notAllowed:     gearnFallbackMember,
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
	status, debug, invalid, payload *member // the envelope's members
	memberPath, memberKind          *member // the members of an invalid member
	invalidType                     *object // the type of an invalid member
	returnCode                      *enum   // the enum of the status member
	memberType                      *enum   // the enum of memberKind
	// outcomes maps gearnOutcome.ident to the Go constant of its member.
	outcomes map[string]string
	// kinds holds the Go constant of the member of memberType that
	// reports each violation; fallback that of gearnFallbackMember.
	kinds    [numViolations]string
	fallback string
	// unknown lists the method and prefix of every route that answers a
	// request to an unknown operation, sorted.
	unknown []route
}

// route is an HTTP method and a path.
type route struct{ method, path string }

// gearnWire checks that the runtime can serve the schema's endpoints, and
// finds in the schema what the runtime needs, or says what is missing.
func gearnWire(m *model) (*wire, error) {
	if len(m.endpoints) == 0 {
		return nil, fmt.Errorf("the schema documents no operation to serve")
	}
	if err := checkRoutes(m.endpoints); err != nil {
		return nil, err
	}
	return resolveWire(m)
}

// resolveWire finds in the schema what the runtime needs, or says what is
// missing.
func resolveWire(m *model) (*wire, error) {
	if m.api.Envelope == nil {
		return nil, fmt.Errorf("the GearN runtime needs the envelope every answer comes in, and the schema has none")
	}
	w := &wire{outcomes: map[string]string{}}
	for _, mem := range m.envelope {
		switch mem.f.Name {
		case m.api.Envelope.Status:
			w.status = mem
		case m.payload:
			w.payload = mem
		case gearnDebugMember:
			w.debug = mem
		case gearnInvalidMember:
			w.invalid = mem
		}
	}
	switch {
	case w.status == nil || w.payload == nil:
		return nil, fmt.Errorf("the GearN runtime needs the envelope's status and payload members among its members")
	case w.status.kind != kindEnum || w.status.f.Array:
		return nil, fmt.Errorf("the GearN runtime needs the envelope's status member %q to be an enum, not %s", w.status.f.Name, typeText(w.status.f))
	case w.debug == nil:
		return nil, fmt.Errorf("the GearN runtime needs the envelope member %q, and the schema's envelope lacks it", gearnDebugMember)
	case w.debug.kind != kindString || w.debug.f.Array:
		return nil, fmt.Errorf("the GearN runtime needs the envelope member %q to be a string, not %s", gearnDebugMember, typeText(w.debug.f))
	case w.invalid == nil:
		return nil, fmt.Errorf("the GearN runtime needs the envelope member %q, and the schema's envelope lacks it", gearnInvalidMember)
	case w.invalid.kind != kindObject || !w.invalid.f.Array:
		return nil, fmt.Errorf("the GearN runtime needs the envelope member %q to be an array of objects, not %s", gearnInvalidMember, typeText(w.invalid.f))
	}
	w.returnCode = w.status.enum
	w.invalidType = w.invalid.object
	for _, mem := range w.invalidType.members {
		switch mem.f.Name {
		case gearnMemberPath:
			w.memberPath = mem
		case gearnMemberKind:
			w.memberKind = mem
		}
	}
	owner := fmt.Sprintf("the type %s of the envelope member %q", w.invalidType.t.Name, gearnInvalidMember)
	switch {
	case w.memberPath == nil || w.memberPath.kind != kindString || w.memberPath.f.Array:
		return nil, fmt.Errorf("the GearN runtime needs %s to have a string member %q", owner, gearnMemberPath)
	case w.memberKind == nil || w.memberKind.kind != kindEnum || w.memberKind.f.Array:
		return nil, fmt.Errorf("the GearN runtime needs %s to have an enum member %q", owner, gearnMemberKind)
	}
	w.memberType = w.memberKind.enum
	for _, o := range gearnOutcomes() {
		c, err := memberConst(w.returnCode, o.member)
		if err != nil {
			return nil, err
		}
		w.outcomes[o.ident] = c
	}
	for v := range numViolations {
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
	w.unknown = unknownRoutes(m.endpoints)
	return w, nil
}

// memberConst returns the Go constant of the member of en named name.
func memberConst(en *enum, name string) (string, error) {
	for _, mem := range en.e.Members {
		if mem.Name == name {
			return en.constName(mem), nil
		}
	}
	return "", fmt.Errorf("the GearN runtime needs the member %s of enum %s, and the schema lacks it", name, en.e.Name)
}

// unknownRoutes lists, for every prefix of the endpoints' paths and method
// they use, the route that answers a request to an operation no endpoint
// has. A prefix that is itself the path of an endpoint is left out.
func unknownRoutes(endpoints []*endpoint) []route {
	paths := map[route]bool{}
	for _, e := range endpoints {
		paths[route{e.ep.Method, e.ep.Path}] = true
	}
	seen := map[route]bool{}
	var out []route
	for _, e := range endpoints {
		r := route{e.ep.Method, gearnPrefix(e.ep)}
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
