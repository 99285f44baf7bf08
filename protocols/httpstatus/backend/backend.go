// Package backend writes the Go package of an API whose HTTP status codes
// carry the outcome (Kakao's) from its schema, with the shared emitter of
// package golang: per operation a headers struct that validates itself, a
// request, a Service method, a net/http handler and a client method, with
// a StatusError for every answer but the documented success. Its runtime
// is copied from package protocols/httpstatus/runtime.
package backend

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/docs2go/docs2go/generator/golang"
	"github.com/docs2go/docs2go/generator/golang/memberruntime"
	"github.com/docs2go/docs2go/generator/golang/queryruntime"
	statusruntime "github.com/docs2go/docs2go/protocols/httpstatus/runtime"
	"github.com/docs2go/docs2go/schema"
)

// httpStatusNames lists the package-level names the http-status files
// declare, whatever its schema says; the runtime's exported ones come on
// top. ValidationError, MemberError and the violations are there for
// request bodies, which the shared emitter's Validate checks.
func httpStatusNames() []string {
	names := []string{
		"Service", "StatusError",
		"NewHandler", "Option", "WithErrorLog",
		"ValidationError", "MemberError", golang.ViolationType,
	}
	for v := range golang.NumViolations {
		names = append(names, v.Ident())
	}
	return names
}

// statusRuntime is the http-status runtime's code, parsed once.
var statusRuntime = sync.OnceValues(func() (*golang.Runtime, error) {
	return golang.ParseRuntime(statusruntime.Source, queryruntime.Source, memberruntime.Source)
})

// Backend writes the package of an API whose HTTP status codes carry
// the outcome.
type Backend struct{}

func (Backend) Claims() (golang.Claims, error) {
	code, err := statusRuntime()
	if err != nil {
		return golang.Claims{}, err
	}
	return golang.Claims{
		Declared:       append(httpStatusNames(), code.Exported()...),
		RequestMethods: []string{"Validate", "ApplyDefaults"},
	}, nil
}

func (Backend) Plan(g *golang.Emitter) (*golang.Plan, error) {
	code, err := statusRuntime()
	if err != nil {
		return nil, err
	}
	sg, err := newStatusGen(g)
	if err != nil {
		return nil, err
	}
	sg.roots = sg.runtimeRoots()
	g.Roots = sg.roots
	p := &golang.Plan{
		Summary: ", an API whose HTTP status codes carry the outcome: its objects, the headers of each request with their Validate, the Service a server implements and the net/http handler that serves it, and a Client",
		Files:   sg.files(),
	}
	// Without an operation, there are no headers to check and no Client
	// methods: the runtime would serve nothing.
	if len(sg.ops) > 0 {
		p.Runtime = &golang.RuntimeCopy{Code: code, Roots: sg.roots}
	}
	return p, nil
}

// statusGen writes the files of an http-status package that the shared
// emitter does not.
type statusGen struct {
	*golang.Model
	emit *golang.Emitter
	ops  []*statusOp
	// common are the members that every documented error body holds, with
	// the same type: StatusError has a field for each. message is the
	// first of them that is a string; the handler puts the text of a
	// validation failure or of an internal error in it. Both are nil when
	// no status documents a body.
	common  []*golang.Member
	message *golang.Member
	// typed are the error body types that hold more than the common
	// members, in schema order: StatusError has a pointer to each.
	typed []*golang.Object
	// bodies is true when some operation has a request body, query or path
	// parameters, which Validate checks as it checks a body.
	bodies bool
	// details are the detail codes of every status, each once, in page
	// order.
	details []*detailCode
	// roots are the unexported declarations of the runtime that the files
	// name.
	roots *golang.Roots
}

// statusBodied reports whether the package declares statusBody, the error
// body with the common members and the detail code.
func (sg *statusGen) statusBodied() bool {
	return len(sg.common) > 0 || len(sg.details) > 0
}

// statusOp is an endpoint with what its page says of its answers.
type statusOp struct {
	*golang.Endpoint
	headers []*headerField
	// success is the status code of the answer that carries the response:
	// the first 2xx code the page documents, 200 when it documents none.
	success int
	// failures are the other documented statuses, in page order.
	failures []*schema.Status
}

// headerField is a documented request header, as a field of the
// generated headers struct.
type headerField struct {
	h      *schema.Header
	goName string
}

// newStatusGen resolves what the http-status files need beyond the model.
func newStatusGen(g *golang.Emitter) (*statusGen, error) {
	sg := &statusGen{Model: g.Model, emit: g}
	if err := golang.CheckRoutes(g.Endpoints); err != nil {
		return nil, err
	}
	for _, e := range g.Endpoints {
		op, err := sg.statusOp(e)
		if err != nil {
			return nil, err
		}
		sg.ops = append(sg.ops, op)
		sg.bodies = sg.bodies || len(e.Members) > 0 || e.Query != nil || e.Path != nil
	}
	if err := sg.resolveDetails(); err != nil {
		return nil, err
	}
	if err := sg.resolveErrorBodies(); err != nil {
		return nil, err
	}
	if err := sg.checkDetailMember(); err != nil {
		return nil, err
	}
	return sg, nil
}

func (sg *statusGen) statusOp(e *golang.Endpoint) (*statusOp, error) {
	owner := fmt.Sprintf("operation %q", e.Op.Name)
	if err := sg.Idents.Claim(e.Name+"Headers", owner+"'s headers"); err != nil {
		return nil, err
	}
	op := &statusOp{Endpoint: e, success: 200}
	fields := golang.Idents{"Validate": "the headers' Validate method"}
	for _, h := range e.Schema.Headers {
		hf := &headerField{h: h, goName: golang.GoName(h.Name)}
		if err := fields.Claim(hf.goName, fmt.Sprintf("%s header %q", owner, h.Name)); err != nil {
			return nil, err
		}
		op.headers = append(op.headers, hf)
	}
	for _, st := range e.Op.Statuses {
		if st.Range == "" && st.Code >= 200 && st.Code <= 299 {
			op.success = st.Code
			break
		}
	}
	for _, st := range e.Op.Statuses {
		if st.Range != "" || st.Code != op.success {
			op.failures = append(op.failures, st)
		}
	}
	if op.Response == nil {
		for _, st := range e.Op.Statuses {
			if st.Range == "" && st.Code == op.success && st.Body != "" {
				op.Response = sg.ObjectBy[st.Body]
			}
		}
	}
	return op, nil
}

// runtimeRoots works out from the model, before any file is written, the
// unexported declarations of the runtime that the checks of the headers,
// the handler and the client name: the files name each through
// sg.roots.Name, and one this function does not count is an error of
// Generate.
func (sg *statusGen) runtimeRoots() *golang.Roots {
	r := golang.NewRoots()
	for _, o := range sg.Objects {
		if o.Input && o.Checks {
			r.Add("checkValues") // objects.go: Validate
		}
		if o.Input && o.Defaults {
			r.Add("applyDefaults") // objects.go: ApplyDefaults
		}
	}
	for _, op := range sg.ops {
		if op.Checks || op.Query != nil && op.Query.Checks || op.Path != nil && op.Path.Checks {
			r.Add("checkValues") // requests.go: Validate
		}
		if op.Defaults {
			r.Add("applyDefaults") // requests.go: ApplyDefaults
		}
		if op.Query != nil {
			r.Add(golang.QueryRoots(op.Endpoint)...) // server.go: the query's table
			r.Add("decodeQuery")                     // server.go
			r.Add("encodeQuery")                     // client.go
		}
		if op.Schema.GetBody == schema.GetBodyRejected {
			r.Add("hasBody") // server.go
		}
	}
	if len(sg.ops) > 0 {
		r.Add("validateHeaders") // headers.go: Validate
		r.Add("readHeaders")     // server.go
		r.Add("writeHeaders")    // client.go
	}
	return r
}

// resolveErrorBodies finds the members every error body shares and the
// error body types that hold more, and claims StatusError's field names.
func (sg *statusGen) resolveErrorBodies() error {
	var bodies []*golang.Object
	seen := map[*golang.Object]bool{}
	for _, op := range sg.ops {
		for _, st := range op.failures {
			if st.Body == "" {
				continue
			}
			o := sg.ObjectBy[st.Body]
			if o == nil {
				return fmt.Errorf("operation %q: status %s: body type %q is not declared", op.Op.Name, st.String(), st.Body)
			}
			if !seen[o] {
				seen[o] = true
				bodies = append(bodies, o)
			}
		}
	}
	if len(bodies) == 0 {
		return nil
	}
	for _, mem := range bodies[0].Members {
		if everyHolds(bodies[1:], mem.Field) {
			f := *mem.Field
			f.Required = true // a StatusError field is a value: absent is its zero
			sg.common = append(sg.common, &golang.Member{Field: &f, GoName: mem.GoName, Kind: mem.Kind, Object: mem.Object, Enum: mem.Enum})
		}
	}
	for _, mem := range sg.common {
		if mem.Kind == golang.KindString && !mem.Field.Array {
			sg.message = mem
			break
		}
	}
	for _, o := range sg.Objects {
		if seen[o] && len(o.Members) > len(sg.common) {
			sg.typed = append(sg.typed, o)
		}
	}
	fields := golang.Idents{"Code": "StatusError's status code", "Error": "StatusError's Error method"}
	if len(sg.details) > 0 {
		fields["Detail"] = "StatusError's detail code"
	}
	for _, mem := range sg.common {
		if _, taken := fields[mem.GoName]; taken {
			// {"code": -29401, "error": "invalid_token"}: the body's own
			// code and error are common enough to keep under another name.
			mem.GoName = "Body" + mem.GoName
		}
		if err := fields.Claim(mem.GoName, fmt.Sprintf("the error body member %q", mem.Field.Name)); err != nil {
			return err
		}
	}
	for _, o := range sg.typed {
		if err := fields.Claim(o.GoName, fmt.Sprintf("the error body type %q", o.Type.Name)); err != nil {
			return err
		}
	}
	return nil
}

// everyHolds reports whether every object has a member of f's name and
// type.
func everyHolds(objects []*golang.Object, f *schema.Field) bool {
	for _, o := range objects {
		found := false
		for _, mem := range o.Members {
			found = found || mem.Field.Name == f.Name && mem.Field.Type == f.Type && mem.Field.Array == f.Array
		}
		if !found {
			return false
		}
	}
	return true
}

// typedField returns the error body type of StatusError that an answer
// with status st holds; nil when st has none or only the common members.
func (sg *statusGen) typedField(st *schema.Status) *golang.Object {
	if o := sg.ObjectBy[st.Body]; o != nil && slices.Contains(sg.typed, o) {
		return o
	}
	return nil
}

// statusDoc says what a status means, and what its body is.
func statusDoc(st *schema.Status) string {
	text := st.String()
	if st.Note != "" {
		text += " (" + st.Note + ")"
	}
	var about []string
	for _, s := range []string{st.Meaning, st.Description} {
		if s = strings.TrimSuffix(strings.TrimSpace(s), "."); s != "" {
			about = append(about, s)
		}
	}
	if len(about) > 0 {
		text += " " + strings.Join(about, ": ")
	}
	if st.Body != "" {
		text += ", with " + golang.GoName(st.Body)
	}
	return text
}

// files lists the files of the package after doc.go.
func (sg *statusGen) files() []golang.OutputFile {
	files := append(sg.emit.ModelFiles(), []golang.OutputFile{
		{Name: "headers.go", Build: sg.headersFile},
		{Name: "requests.go", Build: sg.requestsFile},
		{Name: "status.go", Build: sg.statusFile},
		{Name: "details.go", Build: sg.detailsFile},
		{Name: "server.go", Build: sg.serverFile},
		{Name: "client.go", Build: sg.clientFile},
	}...)
	if sg.bodies {
		files = append(files, golang.OutputFile{Name: "validation.go", Build: sg.emit.ValidationFile})
	}
	return files
}

// sortedByWidth returns the ranges among statuses, narrowest first, so
// that a code takes the body of the narrowest range that covers it.
func sortedByWidth(statuses []*schema.Status) []*schema.Status {
	var ranges []*schema.Status
	for _, st := range statuses {
		if st.Range != "" {
			ranges = append(ranges, st)
		}
	}
	sort.SliceStable(ranges, func(i, j int) bool {
		lo1, hi1, _ := ranges[i].Bounds()
		lo2, hi2, _ := ranges[j].Bounds()
		return hi1-lo1 < hi2-lo2
	})
	return ranges
}
