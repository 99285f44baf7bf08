package golang

import (
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/schema"
)

// Model is the schema resolved for code generation: every type name looked
// up once, every Go name claimed once, and what each object needs (a
// Validate, an ApplyDefaults) known before any code is written.
type Model struct {
	API       *schema.API
	Objects   []*Object // in schema order
	enums     []*Enum   // in schema order
	Endpoints []*Endpoint
	Envelope  []*Member // the envelope's fields; nil when there is none
	Payload   string    // the name of the envelope field that holds the payload
	Headers   []Header  // every header, in order of first appearance
	ObjectBy  map[string]*Object
	enumBy    map[string]*Enum
	Idents    Idents
}

// Header is a field of the generated Headers.
type Header struct {
	Name   string // "Secret-Key"
	GoName string // "SecretKey"
}

// Object is a schema Type.
type Object struct {
	Type    *schema.Type
	GoName  string
	Members []*Member
	// Input is true when a request body holds the object, directly or
	// through other objects: only those may get Validate and
	// ApplyDefaults (see ObjectsFile).
	Input bool
	// Checks is true when Validate has something to check in the object
	// or in an object it holds; defaults likewise for ApplyDefaults.
	Checks   bool
	Defaults bool
	// Response is true when the object is the payload of an operation:
	// those get AppendJSON.
	Response bool
	// held is true for the object of an endpoint's query or path
	// parameters, which a request holds by value.
	held bool
}

// Enum is a schema Enum.
type Enum struct {
	Enum   *schema.Enum
	GoName string
}

// Endpoint is an operation as one role calls it.
type Endpoint struct {
	Op     *schema.Operation
	Schema *schema.Endpoint
	// Name prefixes the request type, the route constants and the Service
	// method: "ClientLoginByAndroidDeviceID".
	Name    string
	Members []*Member
	// Query is the object of the endpoint's query parameters, named
	// Name+"Query"; nil when the page documents none. A request holds it
	// in its Query field, which is no part of the body.
	Query *Object
	// Path is the object of the endpoint's path parameters, named
	// Name+"Path"; nil when its path names none. A request holds it in
	// its Path field, which is no part of the body.
	Path     *Object
	Response *Object // nil when the operation answers no payload
	Checks   bool
	Defaults bool
}

// Kind is what a member holds, whatever its Type is called.
type Kind int

const (
	KindString Kind = iota
	KindBoolean
	KindNumber
	KindInteger
	KindAny
	KindHashtable
	KindEnum
	KindObject
)

// Member is a schema Field with its type resolved.
type Member struct {
	Field  *schema.Field
	GoName string
	Kind   Kind
	Object *Object // kind == kindObject
	Enum   *Enum   // kind == kindEnum
}

// Pointer reports whether the Go field holds the member through a pointer.
//
// This is the choice for optional members. A required member is a plain
// value: the request is invalid without it, so its zero value never has to
// stand for "absent". An optional scalar (string, boolean, number, enum) is
// a pointer, because false, 0 and "" are values a client may send on
// purpose, and both Validate (check only what was sent) and ApplyDefaults
// (fill in only what was not) must tell them from absence. Objects are
// pointers even when required: a struct value cannot be absent, and an
// absent required object must be reported. Arrays, hashtables and "any"
// values are nil when absent already, so they need no pointer.
func (m *Member) Pointer() bool {
	switch {
	case m.Field.Array, m.Kind == KindAny, m.Kind == KindHashtable:
		return false
	case m.Kind == KindObject:
		return true
	}
	return !m.Field.Required
}

// HasDefault reports whether ApplyDefaults fills in the member itself. Only
// an optional member can be absent, so a default on a required one means
// nothing.
func (m *Member) HasDefault() bool {
	return m.Field.Default != nil && !m.Field.Required
}

// checkedHere reports whether Validate checks the member itself, leaving
// aside the objects it holds.
func (m *Member) checkedHere() bool {
	f := m.Field
	if f.MinLength != nil || f.MaxLength != nil || f.Minimum != nil || f.Maximum != nil ||
		f.MinItems != nil || f.MaxItems != nil || len(f.Values) > 0 || m.Kind == KindEnum {
		return true
	}
	if !f.Required {
		return false
	}
	switch m.Kind {
	case KindString, KindAny, KindHashtable, KindObject:
		return true
	}
	return f.Array
}

// newModel resolves api. It fails on what would make the generated package
// wrong or uncompilable: an unknown type, a constraint on a member it
// cannot apply to, two names that become one Go name. c holds what the
// backend's package declares whatever its schema says.
func newModel(api *schema.API, c Claims) (*Model, error) {
	m := &Model{
		API:      api,
		ObjectBy: map[string]*Object{},
		enumBy:   map[string]*Enum{},
		Idents:   Idents{},
	}
	for _, id := range c.Declared {
		if err := m.Idents.Claim(id, "docs2go's own "+id); err != nil {
			return nil, err
		}
	}
	if len(api.Enums) > 0 {
		if err := m.Idents.Claim("Enum", "docs2go's own Enum"); err != nil {
			return nil, err
		}
	}
	for _, e := range api.Enums {
		en := &Enum{Enum: e, GoName: GoName(e.Name)}
		m.enums = append(m.enums, en)
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			m.enumBy[name] = en
		}
		if err := m.claimEnum(en); err != nil {
			return nil, err
		}
	}
	for _, t := range api.Types {
		o := &Object{Type: t, GoName: GoName(t.Name)}
		m.Objects = append(m.Objects, o)
		for _, name := range append([]string{t.Name}, t.Aliases...) {
			m.ObjectBy[name] = o
		}
		if err := m.Idents.Claim(o.GoName, fmt.Sprintf("type %q", t.Name)); err != nil {
			return nil, err
		}
	}
	for _, o := range m.Objects {
		var err error
		o.Members, err = m.members(fmt.Sprintf("type %q", o.Type.Name), o.Type.Fields, reserve("the object's", c.ObjectMethods))
		if err != nil {
			return nil, err
		}
	}
	if env := api.Envelope; env != nil {
		if err := m.resolveEnvelope(env); err != nil {
			return nil, err
		}
	}
	if err := m.resolveEndpoints(c.RequestMethods); err != nil {
		return nil, err
	}
	m.markInputs()
	m.markOutputs()
	return m, nil
}

// reserve maps the names of the exported methods of a type, which none of
// its members may take as its Go name, to what they are.
func reserve(owner string, methods []string) map[string]string {
	reserved := map[string]string{}
	for _, name := range methods {
		reserved[name] = owner + " method " + name
	}
	return reserved
}

func (m *Model) claimEnum(en *Enum) error {
	owner := fmt.Sprintf("enum %q", en.Enum.Name)
	if err := m.Idents.Claim(en.GoName, owner); err != nil {
		return err
	}
	if err := m.Idents.Claim(en.GoName+"Values", owner+"'s list of values"); err != nil {
		return err
	}
	for _, mem := range en.Enum.Members {
		if err := m.Idents.Claim(en.ConstName(mem), fmt.Sprintf("%s member %q", owner, mem.Name)); err != nil {
			return err
		}
	}
	return nil
}

// ConstName is the Go constant of an enum member: "ReturnCodeSecretInvalid".
func (en *Enum) ConstName(mem *schema.Member) string {
	return en.GoName + GoName(mem.Name)
}

// resolveEnvelope resolves the envelope's fields in page order. The payload
// field keeps no type: the generated Envelope gives it the type parameter.
func (m *Model) resolveEnvelope(env *schema.Envelope) error {
	var fields []*schema.Field
	reserved := map[string]string{}
	for _, f := range env.Fields {
		if f.Name == env.Payload {
			reserved[GoName(f.Name)] = fmt.Sprintf("envelope member %q", f.Name)
		} else {
			fields = append(fields, f)
		}
	}
	members, err := m.members("the envelope", fields, reserved)
	if err != nil {
		return err
	}
	for _, f := range env.Fields {
		if f.Name == env.Payload {
			m.Envelope = append(m.Envelope, &Member{Field: f, GoName: GoName(f.Name)})
		} else {
			m.Envelope, members = append(m.Envelope, members[0]), members[1:]
		}
	}
	m.Payload = env.Payload
	return nil
}

func (m *Model) resolveEndpoints(methods []string) error {
	groups := map[string]map[string]bool{} // operation name → its groups
	for _, op := range m.API.Operations {
		if groups[op.Name] == nil {
			groups[op.Name] = map[string]bool{}
		}
		groups[op.Name][op.Group] = true
	}
	seenHeader := map[string]bool{}
	headerIdents := Idents{}
	for _, op := range m.API.Operations {
		var response *Object
		if op.Response != "" {
			response = m.ObjectBy[op.Response]
			if response == nil {
				return fmt.Errorf("operation %q: response type %q is not declared", op.Name, op.Response)
			}
		}
		opName := GoName(op.Name)
		if len(groups[op.Name]) > 1 {
			// The same operation name in two groups: the group tells the
			// Go names apart.
			opName = GoName(op.Group) + opName
		}
		for _, ep := range op.Endpoints {
			e := &Endpoint{Op: op, Schema: ep, Name: GoName(ep.Role) + opName, Response: response}
			owner := fmt.Sprintf("operation %q", op.Name)
			if ep.Role != "" {
				owner += fmt.Sprintf(" for role %q", ep.Role)
			}
			if err := m.Idents.Claim(e.Name+"Request", owner); err != nil {
				return err
			}
			reserved := reserve("the request's", methods)
			reserved["Headers"] = "the request's Headers"
			var err error
			if len(ep.Query) > 0 {
				reserved["Query"] = "the request's Query"
				desc := fmt.Sprintf("%s holds the query parameters of %s request: %s %s. They are no part of the body.", e.Name+"Query", Indefinite(e.Op.Name), ep.Method, ep.Path)
				if e.Query, err = m.resolveHeld(e, owner, "Query", "query parameters", desc, ep.Query); err != nil {
					return err
				}
			}
			if len(ep.PathParams) > 0 {
				reserved["Path"] = "the request's Path"
				desc := fmt.Sprintf("%s holds the path parameters of %s request: %s %s, each the segment of the path its name stands in. They are no part of the body.", e.Name+"Path", Indefinite(e.Op.Name), ep.Method, ep.Path)
				if e.Path, err = m.resolveHeld(e, owner, "Path", "path parameters", desc, ep.PathParams); err != nil {
					return err
				}
			}
			e.Members, err = m.members(owner+" body", ep.Body, reserved)
			if err != nil {
				return err
			}
			for _, h := range ep.Headers {
				if seenHeader[h.Name] {
					continue
				}
				seenHeader[h.Name] = true
				hd := Header{Name: h.Name, GoName: GoName(h.Name)}
				if err := headerIdents.Claim(hd.GoName, fmt.Sprintf("header %q", h.Name)); err != nil {
					return err
				}
				m.Headers = append(m.Headers, hd)
			}
			m.Endpoints = append(m.Endpoints, e)
		}
	}
	return nil
}

// resolveHeld makes the object of e's query or path parameters (what
// says which; fields are they), named e.Name+suffix: a struct of its own,
// after the schema's types, that is validated and defaulted as a body
// object is, and that the runtime reads from the URL.
func (m *Model) resolveHeld(e *Endpoint, owner, suffix, what, desc string, fields []*schema.Field) (*Object, error) {
	ep := e.Schema
	t := &schema.Type{Name: e.Name + suffix, Description: desc, Fields: fields, At: ep.At, Line: ep.Line}
	o := &Object{Type: t, GoName: t.Name, held: true}
	if err := m.Idents.Claim(o.GoName, owner+"'s "+what); err != nil {
		return nil, err
	}
	members, err := m.members(owner+" "+strings.TrimSuffix(what, " parameters"), fields, nil)
	if err != nil {
		return nil, err
	}
	o.Members = members
	m.Objects = append(m.Objects, o)
	return o, nil
}

// members resolves the fields of owner. reserved holds the Go names the
// generator itself gives to other fields of the same struct.
func (m *Model) members(owner string, fields []*schema.Field, reserved map[string]string) ([]*Member, error) {
	seen := Idents{}
	for id, by := range reserved {
		seen[id] = by
	}
	out := make([]*Member, 0, len(fields))
	for _, f := range fields {
		mem := &Member{Field: f, GoName: GoName(f.Name)}
		where := fmt.Sprintf("%s member %q", owner, f.Name)
		if err := seen.Claim(mem.GoName, where); err != nil {
			return nil, err
		}
		if !jsonName(f.Name) {
			return nil, fmt.Errorf("%s: encoding/json cannot use the name in a struct tag", where)
		}
		if err := m.resolve(mem); err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		if err := checkConstraints(mem); err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		if err := checkDefault(mem); err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		out = append(out, mem)
	}
	return out, nil
}

func (m *Model) resolve(mem *Member) error {
	switch mem.Field.Type {
	case schema.String:
		mem.Kind = KindString
	case schema.Boolean:
		mem.Kind = KindBoolean
	case schema.Number:
		mem.Kind = KindNumber
	case schema.Integer:
		mem.Kind = KindInteger
	case schema.Any:
		mem.Kind = KindAny
	case schema.Hashtable:
		mem.Kind = KindHashtable
	default:
		if o := m.ObjectBy[mem.Field.Type]; o != nil {
			mem.Kind, mem.Object = KindObject, o
		} else if en := m.enumBy[mem.Field.Type]; en != nil {
			mem.Kind, mem.Enum = KindEnum, en
		} else {
			return fmt.Errorf("unknown type %q", mem.Field.Type)
		}
	}
	return nil
}

// jsonName reports whether encoding/json accepts name in a struct tag; it
// silently falls back to the Go field name otherwise.
func jsonName(name string) bool {
	if name == "" {
		return false
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", r) {
			return false
		}
	}
	return true
}

// checkConstraints refuses a constraint that the member's type cannot
// have: Validate would have to ignore it, and so would the reader.
func checkConstraints(mem *Member) error {
	f := mem.Field
	switch {
	case (f.MinLength != nil || f.MaxLength != nil) && mem.Kind != KindString:
		return fmt.Errorf("minLength and maxLength apply to strings, not to %s", f.Type)
	case len(f.Values) > 0 && mem.Kind != KindString:
		return fmt.Errorf("values apply to strings, not to %s", f.Type)
	case (f.Minimum != nil || f.Maximum != nil) && mem.Kind != KindNumber && mem.Kind != KindInteger:
		return fmt.Errorf("minimum and maximum apply to numbers, not to %s", f.Type)
	case (f.MinItems != nil || f.MaxItems != nil) && !f.Array:
		return fmt.Errorf("minItems and maxItems apply to arrays")
	}
	for _, b := range []*float64{f.Minimum, f.Maximum} {
		if b != nil && (math.IsNaN(*b) || math.IsInf(*b, 0)) {
			return fmt.Errorf("bound %v is not a finite number", *b)
		}
	}
	return nil
}

// checkDefault refuses a default that the member's Go type cannot hold:
// of an enum, a code none of its members has.
func checkDefault(mem *Member) error {
	d := mem.Field.Default
	if d == nil {
		return nil
	}
	if mem.Kind == KindEnum {
		if mem.Field.Array || !mem.Field.DefaultFitsType(mem.Enum.Enum) {
			return fmt.Errorf("default %v is no code of enum %s", d, TypeText(mem.Field))
		}
		return nil
	}
	var fits bool
	switch v := d.(type) {
	case bool:
		fits = mem.Kind == KindBoolean || mem.Kind == KindAny
	case string:
		fits = mem.Kind == KindString || mem.Kind == KindAny
	case int:
		fits = mem.Kind == KindNumber || mem.Kind == KindInteger || mem.Kind == KindAny
	case float64:
		finite := !math.IsNaN(v) && !math.IsInf(v, 0)
		integral := v == math.Trunc(v) && v >= math.MinInt64 && v < math.MaxInt64
		fits = finite && (mem.Kind == KindNumber || mem.Kind == KindAny || (mem.Kind == KindInteger && integral))
	}
	if !fits || mem.Field.Array {
		return fmt.Errorf("default %v does not fit type %s", d, TypeText(mem.Field))
	}
	return nil
}

// TypeText writes a field's type as the pages do: "string", "InvalidMember[]".
func TypeText(f *schema.Field) string {
	if f.Array {
		return f.Type + "[]"
	}
	return f.Type
}

// markInputs finds the objects that request bodies hold, then which of
// them need Validate to check something and ApplyDefaults to do something.
func (m *Model) markInputs() {
	var visit func(members []*Member)
	visit = func(members []*Member) {
		for _, mem := range members {
			if o := mem.Object; o != nil && !o.Input {
				o.Input = true
				visit(o.Members)
			}
		}
	}
	for _, e := range m.Endpoints {
		visit(e.Members)
		for _, o := range []*Object{e.Query, e.Path} {
			if o != nil {
				o.Input = true
				visit(o.Members)
			}
		}
	}
	// An object needs a check or a default when one of its members does,
	// or holds an object that does. Objects can hold each other in a
	// cycle, so repeat until nothing changes.
	for changed := true; changed; {
		changed = false
		for _, o := range m.Objects {
			if !o.Input {
				continue
			}
			checks, defaults := needs(o.Members)
			if checks != o.Checks || defaults != o.Defaults {
				o.Checks, o.Defaults, changed = checks, defaults, true
			}
		}
	}
	for _, e := range m.Endpoints {
		e.Checks, e.Defaults = needs(e.Members)
	}
}

// markOutputs finds the objects that are the payload of an operation.
func (m *Model) markOutputs() {
	for _, e := range m.Endpoints {
		if e.Response != nil {
			e.Response.Response = true
		}
	}
}

// needs reports whether members need Validate to check something and
// ApplyDefaults to set something, given what is known of their objects.
func needs(members []*Member) (checks, defaults bool) {
	for _, mem := range members {
		checks = checks || mem.checkedHere() || (mem.Object != nil && mem.Object.Checks)
		defaults = defaults || mem.HasDefault() || (mem.Object != nil && mem.Object.Defaults)
	}
	return checks, defaults
}
