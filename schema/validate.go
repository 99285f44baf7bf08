package schema

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
)

// Validate checks that a is self-consistent: names are unique, every type
// reference resolves, and every range has its minimum at or below its
// maximum. file names the schema in the diagnostics; each points at the
// line of the offending node when a was loaded from YAML, and at its page
// otherwise.
func Validate(a *API, file string) Diagnostics {
	v := validator{api: a, file: file, types: make(map[string]bool, len(a.Types)), enums: make(map[string]*Enum, len(a.Enums))}
	for _, t := range a.Types {
		v.types[t.Name] = true
		for _, al := range t.Aliases {
			v.types[al] = true
		}
	}
	for _, e := range a.Enums {
		v.enums[e.Name] = e
		for _, al := range e.Aliases {
			v.enums[al] = e
		}
	}
	v.run()
	return v.diags
}

type validator struct {
	api  *API
	file string
	// types holds the names and aliases of a's types, enums its enums by
	// name and alias.
	types map[string]bool
	enums map[string]*Enum
	diags Diagnostics
}

func (v *validator) at(line int, page Pos) Pos {
	if line > 0 {
		return Pos{Page: v.file, Line: line}
	}
	if !page.IsZero() {
		return page
	}
	return Pos{Page: v.file}
}

func (v *validator) run() {
	a := v.api
	switch a.Protocol {
	case ProtocolGearN, ProtocolHTTPStatus:
	default:
		v.diags.Add(Pos{Page: v.file}, "unknown protocol %q (want %q or %q)", a.Protocol, ProtocolGearN, ProtocolHTTPStatus)
	}
	names := make(map[string]Pos, len(a.Types)+len(a.Enums))
	declare := func(name string, line int, at Pos) {
		p := v.at(line, at)
		if name == "" {
			v.diags.Add(p, "a type or enum has no name")
			return
		}
		if IsPrimitive(name) {
			v.diags.Add(p, "type name %q is a primitive type", name)
			return
		}
		if prev, ok := names[name]; ok {
			v.diags.Add(p, "name %q is declared twice (first at %s)", name, prev)
			return
		}
		names[name] = p
	}
	for _, t := range a.Types {
		declare(t.Name, t.Line, t.At)
		for _, al := range t.Aliases {
			declare(al, t.Line, t.At)
		}
	}
	for _, e := range a.Enums {
		declare(e.Name, e.Line, e.At)
		for _, al := range e.Aliases {
			declare(al, e.Line, e.At)
		}
	}
	for _, t := range a.Types {
		v.fields(func() string { return "type " + t.Name }, "field", t.Fields)
	}
	members := map[string]bool{}
	for _, e := range a.Enums {
		v.enum(e)
		for _, m := range e.Members {
			members[m.Name] = true
		}
	}
	if env := a.Envelope; env != nil {
		if a.Protocol == ProtocolHTTPStatus {
			v.diags.Add(v.at(env.Line, env.At), "an %s API has no envelope: its status codes carry the outcome", ProtocolHTTPStatus)
		}
		v.envelope(env)
	}
	ops := map[string]Pos{}
	for _, op := range a.Operations {
		p := v.at(op.Line, op.At)
		key := op.Group + "/" + op.Name
		if op.Name == "" {
			v.diags.Add(p, "an operation has no name")
		} else if prev, ok := ops[key]; ok {
			v.diags.Add(p, "operation %q is declared twice (first at %s)", op.Name, prev)
		} else {
			ops[key] = p
		}
		if op.Response != "" && !v.types[op.Response] {
			v.diags.Add(p, "operation %q: response type %q is not declared", op.Name, op.Response)
		}
		if op.PlainResponse {
			switch {
			case a.Envelope == nil:
				v.diags.Add(p, "operation %q: plainResponse is for an API with an envelope; without one every answer is plain already", op.Name)
			case op.Response == "":
				v.diags.Add(p, "operation %q: plainResponse needs the response type it answers", op.Name)
			}
		}
		for _, c := range op.ErrorCodes {
			if !members[c] {
				v.diags.Add(p, "operation %q: error code %q is not a member of any enum", op.Name, c)
			}
		}
		if len(op.Statuses) > 0 && a.Protocol != ProtocolHTTPStatus {
			v.diags.Add(p, "operation %q documents status codes, which only an %s API has", op.Name, ProtocolHTTPStatus)
		}
		v.statuses(op)
		if len(op.Endpoints) == 0 {
			v.diags.Add(p, "operation %q has no endpoint", op.Name)
		}
		roles := map[string]bool{}
		for _, ep := range op.Endpoints {
			v.endpoint(op, ep, roles)
		}
	}
}

func (v *validator) endpoint(op *Operation, ep *Endpoint, roles map[string]bool) {
	p := v.at(ep.Line, ep.At)
	if roles[ep.Role] {
		v.diags.Add(p, "operation %q: role %q is declared twice", op.Name, ep.Role)
	}
	roles[ep.Role] = true
	if ep.Method == "" || ep.Path == "" {
		v.diags.Add(p, "operation %q: endpoint needs a method and a path", op.Name)
	}
	switch ep.PostType {
	case "", "rJson", "rMsgPack":
	default:
		v.diags.Add(p, "operation %q: postType %q is neither rJson nor rMsgPack", op.Name, ep.PostType)
	}
	seen := map[string]bool{}
	for _, h := range ep.Headers {
		hp := v.at(h.Line, h.At)
		if seen[h.Name] {
			v.diags.Add(hp, "header %q is declared twice", h.Name)
		}
		seen[h.Name] = true
		switch h.Required {
		case Required, Optional:
		case Conditional:
			if h.Condition == "" {
				v.diags.Add(hp, "header %q is conditional but has no condition", h.Name)
			}
		default:
			v.diags.Add(hp, "header %q: required must be %q, %q or %q, not %q", h.Name, Required, Optional, Conditional, h.Required)
		}
	}
	v.fields(func() string { return strings.TrimSpace(ep.Role+" "+op.Name) + " body" }, "field", ep.Body)
	v.query(op, ep, p)
	v.pathParams(op, ep, p)
	v.getBody(op, ep, p)
}

// pathParams checks an endpoint's path parameters against its path: one
// parameter for each {name} the path names, and a {name} for each
// parameter, and no parameter written as a router writes it (":name"); fields as query parameters are, whose values are a segment
// of the path, so of a primitive type or an enum, never an array, and
// required, as the segment is always there.
func (v *validator) pathParams(op *Operation, ep *Endpoint, p Pos) {
	owner := strings.TrimSpace(ep.Role+" "+op.Name) + " path"
	v.fields(func() string { return owner }, "path parameter", ep.PathParams)
	for _, seg := range strings.Split(ep.Path, "/") {
		if name, ok := strings.CutPrefix(seg, ":"); ok && pathNameRe.MatchString(name) {
			v.diags.Add(p, "operation %q: path %q has the segment %s, a path parameter as a router writes it; write it {%s}, and list it under pathParams", op.Name, ep.Path, seg, name)
		}
	}
	named := map[string]int{}
	for _, name := range PathNames(ep.Path) {
		named[name]++
		switch {
		case !pathNameRe.MatchString(name):
			v.diags.Add(p, "operation %q: path %q names the parameter {%s}, which is no name: a path parameter's name is letters, digits and underscores", op.Name, ep.Path, name)
		case named[name] == 2:
			v.diags.Add(p, "operation %q: path %q names the parameter {%s} twice", op.Name, ep.Path, name)
		case FieldNamed(ep.PathParams, name) == nil:
			v.diags.Add(p, "operation %q: path %q names the parameter {%s}, which pathParams does not list; add it under pathParams, with its type", op.Name, ep.Path, name)
		}
	}
	for _, f := range ep.PathParams {
		fp := v.at(f.Line, f.At)
		switch {
		case f.Name == "":
		case named[f.Name] == 0:
			v.diags.Add(fp, "%s: path parameter %q is not in the path %q; write {%s} in the path where its value goes, or delete the parameter", owner, f.Name, ep.Path, f.Name)
		case f.Array:
			v.diags.Add(fp, "%s: path parameter %q is an array; a path parameter is one string, boolean, number, integer or enum", owner, f.Name)
		case f.Type == Hashtable || f.Type == Any || v.api.TypeByName(f.Type) != nil:
			v.diags.Add(fp, "%s: path parameter %q is of type %s; a path parameter is a string, boolean, number, integer or enum", owner, f.Name, f.Type)
		case !f.Required:
			v.diags.Add(fp, "%s: path parameter %q is not required; a path parameter always is, as its segment of the path is always there", owner, f.Name)
		case f.Default != nil:
			v.diags.Add(fp, "%s: path parameter %q has a default, which a parameter that is always there never takes", owner, f.Name)
		case slices.ContainsFunc(ep.Query, func(q *Field) bool { return q.Name == f.Name }):
			v.diags.Add(fp, "%s: path parameter %q is also a query parameter", owner, f.Name)
		case slices.ContainsFunc(ep.Body, func(b *Field) bool { return b.Name == f.Name }):
			v.diags.Add(fp, "%s: path parameter %q is also a member of the body", owner, f.Name)
		}
	}
}

// pathNameRe matches the name of a path parameter.
var pathNameRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// query checks an endpoint's query parameters: fields as body members
// are, whose values are text, so of a primitive type or an enum, and
// whose names no body member has.
func (v *validator) query(op *Operation, ep *Endpoint, p Pos) {
	if strings.Contains(ep.Path, "?") {
		v.diags.Add(p, "operation %q: path %q has a query string; list its parameters under query", op.Name, ep.Path)
	}
	owner := strings.TrimSpace(ep.Role+" "+op.Name) + " query"
	v.fields(func() string { return owner }, "parameter", ep.Query)
	for _, f := range ep.Query {
		fp := v.at(f.Line, f.At)
		switch {
		case f.Type == Hashtable || f.Type == Any || v.api.TypeByName(f.Type) != nil:
			v.diags.Add(fp, "%s: parameter %q is of type %s; a query parameter is a string, boolean, number, integer or enum, or an array of one", owner, f.Name, f.Type)
		case f.Name != "" && slices.ContainsFunc(ep.Body, func(b *Field) bool { return b.Name == f.Name }):
			v.diags.Add(fp, "%s: parameter %q is also a member of the body", owner, f.Name)
		}
	}
}

// getBody checks what an endpoint says of a body on a GET or HEAD: a body
// there only where the page documents one, and getBody only there.
func (v *validator) getBody(op *Operation, ep *Endpoint, p Pos) {
	switch ep.GetBody {
	case "", GetBodyDocumented, GetBodyRejected:
	default:
		v.diags.Add(p, "operation %q: getBody %q is neither %q nor %q", op.Name, ep.GetBody, GetBodyDocumented, GetBodyRejected)
		return
	}
	switch {
	case ep.GetBody != "" && !withoutBody(ep.Method):
		v.diags.Add(p, "operation %q: getBody is for a GET or HEAD endpoint, and this one is %s", op.Name, ep.Method)
	case ep.GetBody == GetBodyDocumented && len(ep.Body) == 0:
		v.diags.Add(p, "operation %q: getBody says the page documents a body, and the endpoint has none", op.Name)
	case ep.GetBody == GetBodyRejected && len(ep.Body) > 0:
		v.diags.Add(p, "operation %q: getBody says the server rejects a body, and the endpoint has one", op.Name)
	case ep.GetBody == "" && withoutBody(ep.Method) && len(ep.Body) > 0:
		v.diags.Add(p, "operation %q: a %s endpoint has a body, which HTTP gives no meaning; set getBody: %s if the page documents it, else move its members under query", op.Name, ep.Method, GetBodyDocumented)
	}
}

// statuses checks an operation's status codes: each a code or a range of
// codes, none documented twice, each example covered by its status, each
// body a declared type.
func (v *validator) statuses(op *Operation) {
	seen := map[string]Pos{}
	for _, s := range op.Statuses {
		p := v.at(s.Line, s.At)
		key := s.Range
		switch {
		case s.Code != 0 && s.Range != "":
			v.diags.Add(p, "status %d has a range %q too; a status is a code or a range", s.Code, s.Range)
		case s.Range != "":
			lo, hi, ok := s.Bounds()
			if !ok || lo < 100 || hi > 599 || lo > hi {
				v.diags.Add(p, "status range %q is not a range of codes such as 4xx, 40x or 400-499", s.Range)
			}
		case s.Code < 100 || s.Code > 599:
			v.diags.Add(p, "status code %d is not an HTTP status code", s.Code)
		default:
			key = fmt.Sprint(s.Code)
		}
		if prev, ok := seen[key]; ok {
			v.diags.Add(p, "operation %q: status %s is documented twice (first at %s)", op.Name, key, prev)
		}
		seen[key] = p
		if s.Body != "" && !v.types[s.Body] {
			v.diags.Add(p, "status %s: body type %q is not declared", key, s.Body)
		}
		codes := map[int]Pos{}
		for _, d := range s.Details {
			dp := v.at(d.Line, d.At)
			if first, ok := codes[d.Code]; ok {
				v.diags.Add(dp, "status %s: detail code %d is documented twice (first at %s)", key, d.Code, first)
			}
			codes[d.Code] = dp
		}
		for _, ex := range s.Examples {
			if !s.Covers(ex.Code) {
				v.diags.Add(v.at(ex.Line, ex.At), "status %s: example answer with code %d is not one of its codes", key, ex.Code)
			}
		}
	}
}

func (v *validator) envelope(env *Envelope) {
	p := v.at(env.Line, env.At)
	var status, payload bool
	for _, f := range env.Fields {
		status = status || f.Name == env.Status
		payload = payload || f.Name == env.Payload
	}
	if !status {
		v.diags.Add(p, "envelope: status field %q is not among its fields", env.Status)
	}
	if !payload {
		v.diags.Add(p, "envelope: payload field %q is not among its fields", env.Payload)
	}
	var rest []*Field
	for _, f := range env.Fields {
		if f.Name != env.Payload {
			rest = append(rest, f)
		}
	}
	v.fields(func() string { return "envelope" }, "field", rest)
}

func (v *validator) enum(e *Enum) {
	names := map[string]bool{}
	codes := map[int]string{}
	if len(e.Members) == 0 {
		v.diags.Add(v.at(e.Line, e.At), "enum %s has no members", e.Name)
	}
	for _, m := range e.Members {
		p := v.at(m.Line, m.At)
		if names[m.Name] {
			v.diags.Add(p, "enum %s: member %q is declared twice", e.Name, m.Name)
		}
		names[m.Name] = true
		if prev, ok := codes[m.Code]; ok {
			v.diags.Add(p, "enum %s: members %q and %q share code %d", e.Name, prev, m.Name, m.Code)
		}
		codes[m.Code] = m.Name
	}
}

// fields checks a list of fields, which noun names in the messages: body
// members and an object's fields, or query parameters. owner names what
// holds them, in a message only: a large API has tens of thousands of
// lists, and most hold nothing to report.
func (v *validator) fields(owner func() string, noun string, fields []*Field) {
	seen := map[string]bool{}
	for _, f := range fields {
		p := v.at(f.Line, f.At)
		if f.Name == "" {
			v.diags.Add(p, "%s: a %s has no name", owner(), noun)
			continue
		}
		if seen[f.Name] {
			v.diags.Add(p, "%s: %s %q is declared twice", owner(), noun, f.Name)
		}
		seen[f.Name] = true
		switch {
		case f.Type == "":
			v.diags.Add(p, "%s: %s %q has no type", owner(), noun, f.Name)
		case IsPrimitive(f.Type):
		case v.types[f.Type], v.enums[f.Type] != nil:
		default:
			v.diags.Add(p, "%s: %s %q refers to unknown type %q", owner(), noun, f.Name, f.Type)
		}
		if f.MinLength != nil && f.MaxLength != nil && *f.MinLength > *f.MaxLength {
			v.diags.Add(p, "%s: %s %q: minLength %d is above maxLength %d", owner(), noun, f.Name, *f.MinLength, *f.MaxLength)
		}
		if f.Minimum != nil && f.Maximum != nil && *f.Minimum > *f.Maximum {
			v.diags.Add(p, "%s: %s %q: minimum %v is above maximum %v", owner(), noun, f.Name, *f.Minimum, *f.Maximum)
		}
		if f.MinItems != nil && f.MaxItems != nil && *f.MinItems > *f.MaxItems {
			v.diags.Add(p, "%s: %s %q: minItems %d is above maxItems %d", owner(), noun, f.Name, *f.MinItems, *f.MaxItems)
		}
		switch {
		case f.Form == "":
		case f.Form != FormComma:
			v.diags.Add(p, "%s: %s %q: form %q is not %q; leave it out for the parameter repeated", owner(), noun, f.Name, f.Form, FormComma)
		case noun != "parameter":
			v.diags.Add(p, "%s: %s %q has a form, which only a query parameter has", owner(), noun, f.Name)
		case !f.Array:
			v.diags.Add(p, "%s: %s %q has a form, which only an array has", owner(), noun, f.Name)
		}
		if e := v.enums[f.Type]; f.Default != nil && e != nil && !f.Array && !f.DefaultFitsType(e) {
			v.diags.Add(p, "%s: %s %q: default %v is no code of enum %s (its codes: %s)", owner(), noun, f.Name, f.Default, f.Type, e.Codes())
		} else if f.Default != nil && !f.DefaultFitsType(e) {
			v.diags.Add(p, "%s: %s %q: default %v does not fit type %s", owner(), noun, f.Name, f.Default, f.Type)
		}
	}
}

// DefaultFitsType reports whether f's default is a value of its type: a
// boolean, a number (an integral one for an integer) or a string, of a
// field that is no array; of a field of the enum e (nil when f's type is
// no enum), the code of one of its members, its value on the wire.
func (f *Field) DefaultFitsType(e *Enum) bool {
	if f.Array {
		return false
	}
	if e != nil {
		code, ok := integral(f.Default)
		return ok && e.MemberByCode(code) != nil
	}
	switch d := f.Default.(type) {
	case bool:
		return f.Type == Boolean || f.Type == Any
	case int:
		return f.Type == Number || f.Type == Integer || f.Type == Any
	case float64:
		return f.Type == Number || f.Type == Any || (f.Type == Integer && d == float64(int64(d)))
	case string:
		return f.Type == String || f.Type == Any
	}
	return false
}

// integral returns d as an int when it is an integral number.
func integral(d any) (int, bool) {
	switch n := d.(type) {
	case int:
		return n, true
	case float64:
		if n == math.Trunc(n) && math.Abs(n) < 1<<53 {
			return int(n), true
		}
	}
	return 0, false
}
