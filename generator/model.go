package generator

import (
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/schema"
)

// model is the schema resolved for code generation: every type name looked
// up once, every Go name claimed once, and what each object needs (a
// Validate, an ApplyDefaults) known before any code is written.
type model struct {
	api       *schema.API
	objects   []*object // in schema order
	enums     []*enum   // in schema order
	endpoints []*endpoint
	envelope  []*member // the envelope's fields; nil when there is none
	payload   string    // the name of the envelope field that holds the payload
	headers   []header  // every header, in order of first appearance
	objectBy  map[string]*object
	enumBy    map[string]*enum
	idents    idents
}

// header is a field of the generated Headers.
type header struct {
	name   string // "Secret-Key"
	goName string // "SecretKey"
}

// object is a schema Type.
type object struct {
	t       *schema.Type
	goName  string
	members []*member
	// input is true when a request body holds the object, directly or
	// through other objects: only those get Validate and ApplyDefaults.
	input bool
	// checks is true when Validate has something to check in the object
	// or in an object it holds; defaults likewise for ApplyDefaults.
	checks   bool
	defaults bool
	// output is true when an answer holds the object, directly or through
	// other objects: only those get an encode method. response is true
	// when the object is the payload of an operation: those get AppendJSON.
	output   bool
	response bool
}

// enum is a schema Enum.
type enum struct {
	e      *schema.Enum
	goName string
}

// endpoint is an operation as one role calls it.
type endpoint struct {
	op *schema.Operation
	ep *schema.Endpoint
	// name prefixes the request type, the route constants and the Service
	// method: "ClientLoginByAndroidDeviceID".
	name     string
	members  []*member
	response *object // nil when the operation answers no payload
	checks   bool
	defaults bool
}

// kind is what a member holds, whatever its Type is called.
type kind int

const (
	kindString kind = iota
	kindBoolean
	kindNumber
	kindInteger
	kindAny
	kindHashtable
	kindEnum
	kindObject
)

// member is a schema Field with its type resolved.
type member struct {
	f      *schema.Field
	goName string
	kind   kind
	object *object // kind == kindObject
	enum   *enum   // kind == kindEnum
}

// pointer reports whether the Go field holds the member through a pointer.
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
func (m *member) pointer() bool {
	switch {
	case m.f.Array, m.kind == kindAny, m.kind == kindHashtable:
		return false
	case m.kind == kindObject:
		return true
	}
	return !m.f.Required
}

// nilable reports whether the Go field is nil when the member is absent.
func (m *member) nilable() bool {
	return m.pointer() || m.f.Array || m.kind == kindAny || m.kind == kindHashtable
}

// hasDefault reports whether ApplyDefaults fills in the member itself. Only
// an optional member can be absent, so a default on a required one means
// nothing.
func (m *member) hasDefault() bool {
	return m.f.Default != nil && !m.f.Required
}

// checkedHere reports whether Validate checks the member itself, leaving
// aside the objects it holds.
func (m *member) checkedHere() bool {
	f := m.f
	if f.MinLength != nil || f.MaxLength != nil || f.Minimum != nil || f.Maximum != nil ||
		f.MinItems != nil || f.MaxItems != nil || len(f.Values) > 0 || m.kind == kindEnum {
		return true
	}
	if !f.Required {
		return false
	}
	switch m.kind {
	case kindString, kindAny, kindHashtable, kindObject:
		return true
	}
	return f.Array
}

// newModel resolves api. It fails on what would make the generated package
// wrong or uncompilable: an unknown type, a constraint on a member it
// cannot apply to, two names that become one Go name. c holds what the
// backend's package declares whatever its schema says.
func newModel(api *schema.API, c claims) (*model, error) {
	m := &model{
		api:      api,
		objectBy: map[string]*object{},
		enumBy:   map[string]*enum{},
		idents:   idents{},
	}
	for _, id := range c.declared {
		if err := m.idents.claim(id, "docs2go's own "+id); err != nil {
			return nil, err
		}
	}
	for _, e := range api.Enums {
		en := &enum{e: e, goName: goName(e.Name)}
		m.enums = append(m.enums, en)
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			m.enumBy[name] = en
		}
		if err := m.claimEnum(en); err != nil {
			return nil, err
		}
	}
	for _, t := range api.Types {
		o := &object{t: t, goName: goName(t.Name)}
		m.objects = append(m.objects, o)
		for _, name := range append([]string{t.Name}, t.Aliases...) {
			m.objectBy[name] = o
		}
		if err := m.idents.claim(o.goName, fmt.Sprintf("type %q", t.Name)); err != nil {
			return nil, err
		}
	}
	for _, o := range m.objects {
		var err error
		o.members, err = m.members(fmt.Sprintf("type %q", o.t.Name), o.t.Fields, reserve("the object's", c.objectMethods))
		if err != nil {
			return nil, err
		}
	}
	if env := api.Envelope; env != nil {
		if err := m.resolveEnvelope(env); err != nil {
			return nil, err
		}
	}
	if err := m.resolveEndpoints(c.requestMethods); err != nil {
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

func (m *model) claimEnum(en *enum) error {
	owner := fmt.Sprintf("enum %q", en.e.Name)
	if err := m.idents.claim(en.goName, owner); err != nil {
		return err
	}
	if err := m.idents.claim(en.goName+"Values", owner+"'s list of values"); err != nil {
		return err
	}
	for _, mem := range en.e.Members {
		if err := m.idents.claim(en.constName(mem), fmt.Sprintf("%s member %q", owner, mem.Name)); err != nil {
			return err
		}
	}
	return nil
}

// constName is the Go constant of an enum member: "ReturnCodeSecretInvalid".
func (en *enum) constName(mem *schema.Member) string {
	return en.goName + goName(mem.Name)
}

// resolveEnvelope resolves the envelope's fields in page order. The payload
// field keeps no type: the generated Envelope gives it the type parameter.
func (m *model) resolveEnvelope(env *schema.Envelope) error {
	var fields []*schema.Field
	reserved := map[string]string{}
	for _, f := range env.Fields {
		if f.Name == env.Payload {
			reserved[goName(f.Name)] = fmt.Sprintf("envelope member %q", f.Name)
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
			m.envelope = append(m.envelope, &member{f: f, goName: goName(f.Name)})
		} else {
			m.envelope, members = append(m.envelope, members[0]), members[1:]
		}
	}
	m.payload = env.Payload
	return nil
}

func (m *model) resolveEndpoints(methods []string) error {
	groups := map[string]map[string]bool{} // operation name → its groups
	for _, op := range m.api.Operations {
		if groups[op.Name] == nil {
			groups[op.Name] = map[string]bool{}
		}
		groups[op.Name][op.Group] = true
	}
	seenHeader := map[string]bool{}
	headerIdents := idents{}
	for _, op := range m.api.Operations {
		var response *object
		if op.Response != "" {
			response = m.objectBy[op.Response]
			if response == nil {
				return fmt.Errorf("operation %q: response type %q is not declared", op.Name, op.Response)
			}
		}
		opName := goName(op.Name)
		if len(groups[op.Name]) > 1 {
			// The same operation name in two groups: the group tells the
			// Go names apart.
			opName = goName(op.Group) + opName
		}
		for _, ep := range op.Endpoints {
			e := &endpoint{op: op, ep: ep, name: goName(ep.Role) + opName, response: response}
			owner := fmt.Sprintf("operation %q", op.Name)
			if ep.Role != "" {
				owner += fmt.Sprintf(" for role %q", ep.Role)
			}
			for _, suffix := range []string{"Request", "Method", "Path"} {
				if err := m.idents.claim(e.name+suffix, owner); err != nil {
					return err
				}
			}
			reserved := reserve("the request's", methods)
			reserved["Headers"] = "the request's Headers"
			var err error
			e.members, err = m.members(owner+" body", ep.Body, reserved)
			if err != nil {
				return err
			}
			for _, h := range ep.Headers {
				if seenHeader[h.Name] {
					continue
				}
				seenHeader[h.Name] = true
				hd := header{name: h.Name, goName: goName(h.Name)}
				if err := headerIdents.claim(hd.goName, fmt.Sprintf("header %q", h.Name)); err != nil {
					return err
				}
				m.headers = append(m.headers, hd)
			}
			m.endpoints = append(m.endpoints, e)
		}
	}
	return nil
}

// members resolves the fields of owner. reserved holds the Go names the
// generator itself gives to other fields of the same struct.
func (m *model) members(owner string, fields []*schema.Field, reserved map[string]string) ([]*member, error) {
	seen := idents{}
	for id, by := range reserved {
		seen[id] = by
	}
	out := make([]*member, 0, len(fields))
	for _, f := range fields {
		mem := &member{f: f, goName: goName(f.Name)}
		where := fmt.Sprintf("%s member %q", owner, f.Name)
		if err := seen.claim(mem.goName, where); err != nil {
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

func (m *model) resolve(mem *member) error {
	switch mem.f.Type {
	case schema.String:
		mem.kind = kindString
	case schema.Boolean:
		mem.kind = kindBoolean
	case schema.Number:
		mem.kind = kindNumber
	case schema.Integer:
		mem.kind = kindInteger
	case schema.Any:
		mem.kind = kindAny
	case schema.Hashtable:
		mem.kind = kindHashtable
	default:
		if o := m.objectBy[mem.f.Type]; o != nil {
			mem.kind, mem.object = kindObject, o
		} else if en := m.enumBy[mem.f.Type]; en != nil {
			mem.kind, mem.enum = kindEnum, en
		} else {
			return fmt.Errorf("unknown type %q", mem.f.Type)
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
func checkConstraints(mem *member) error {
	f := mem.f
	switch {
	case (f.MinLength != nil || f.MaxLength != nil) && mem.kind != kindString:
		return fmt.Errorf("minLength and maxLength apply to strings, not to %s", f.Type)
	case len(f.Values) > 0 && mem.kind != kindString:
		return fmt.Errorf("values apply to strings, not to %s", f.Type)
	case (f.Minimum != nil || f.Maximum != nil) && mem.kind != kindNumber && mem.kind != kindInteger:
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

// checkDefault refuses a default that the member's Go type cannot hold.
func checkDefault(mem *member) error {
	d := mem.f.Default
	if d == nil {
		return nil
	}
	var fits bool
	switch v := d.(type) {
	case bool:
		fits = mem.kind == kindBoolean || mem.kind == kindAny
	case string:
		fits = mem.kind == kindString || mem.kind == kindAny
	case int:
		fits = mem.kind == kindNumber || mem.kind == kindInteger || mem.kind == kindAny
	case float64:
		finite := !math.IsNaN(v) && !math.IsInf(v, 0)
		integral := v == math.Trunc(v) && v >= math.MinInt64 && v < math.MaxInt64
		fits = finite && (mem.kind == kindNumber || mem.kind == kindAny || (mem.kind == kindInteger && integral))
	}
	if !fits || mem.f.Array {
		return fmt.Errorf("default %v does not fit type %s", d, typeText(mem.f))
	}
	return nil
}

// typeText writes a field's type as the pages do: "string", "InvalidMember[]".
func typeText(f *schema.Field) string {
	if f.Array {
		return f.Type + "[]"
	}
	return f.Type
}

// markInputs finds the objects that request bodies hold, then which of
// them need Validate to check something and ApplyDefaults to do something.
func (m *model) markInputs() {
	var visit func(members []*member)
	visit = func(members []*member) {
		for _, mem := range members {
			if o := mem.object; o != nil && !o.input {
				o.input = true
				visit(o.members)
			}
		}
	}
	for _, e := range m.endpoints {
		visit(e.members)
	}
	// An object needs a check or a default when one of its members does,
	// or holds an object that does. Objects can hold each other in a
	// cycle, so repeat until nothing changes.
	for changed := true; changed; {
		changed = false
		for _, o := range m.objects {
			if !o.input {
				continue
			}
			checks, defaults := needs(o.members)
			if checks != o.checks || defaults != o.defaults {
				o.checks, o.defaults, changed = checks, defaults, true
			}
		}
	}
	for _, e := range m.endpoints {
		e.checks, e.defaults = needs(e.members)
	}
}

// markOutputs finds the objects that answers hold.
func (m *model) markOutputs() {
	var visit func(o *object)
	visit = func(o *object) {
		if o.output {
			return
		}
		o.output = true
		for _, mem := range o.members {
			if mem.object != nil {
				visit(mem.object)
			}
		}
	}
	for _, e := range m.endpoints {
		if e.response != nil {
			e.response.response = true
			visit(e.response)
		}
	}
}

// needs reports whether members need Validate to check something and
// ApplyDefaults to set something, given what is known of their objects.
func needs(members []*member) (checks, defaults bool) {
	for _, mem := range members {
		checks = checks || mem.checkedHere() || (mem.object != nil && mem.object.checks)
		defaults = defaults || mem.hasDefault() || (mem.object != nil && mem.object.defaults)
	}
	return checks, defaults
}
