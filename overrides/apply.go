package overrides

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/schema"
)

// Apply corrects api in place with the file's fixes, in file order, and
// fills its holes, the facts the parse left open (parser.Result.Holes):
// a fix that changes a field without a type gives it one, a fix that
// adds a field of the type of a field without a name names that field, in
// its place, and a fix that adds a field to a type or request whose table
// lost every row begins its fields. It returns a note for each fix
// applied and for each hole it filled, located at the fix. The error, a
// schema.Diagnostics, lists every fix that is stale, because its target
// or field is gone or the schema already says what it sets, every fix
// that leaves its field inconsistent, and every hole no fix filled, with
// the entry that would;
// the schema is then partly corrected and must not be saved.
func (f *File) Apply(api *schema.API, holes schema.Holes) (schema.Diagnostics, error) {
	a := &applier{file: f, api: api}
	for _, fx := range f.Fixes {
		var open schema.Holes
		for _, h := range holes {
			if !h.Filled() {
				open = append(open, h)
			}
		}
		ts, problem, stale := fx.targets(api)
		switch {
		case fx.Response != "":
			a.response(fx)
		case fx.In == "headers":
			a.addHeader(fx)
		case problem != "":
			a.refuse(fx.Line, problem, stale)
		case fx.Add != "":
			a.add(fx, ts)
		default:
			a.change(fx, ts)
		}
		for _, h := range open {
			if !h.Filled() {
				continue
			}
			if n := len(a.notes); n > 0 && a.notes[n-1].Pos.Line == fx.Line {
				a.notes[n-1].Msg += fmt.Sprintf(", which fills the hole at %s", h.At)
				continue
			}
			a.note(fx.Line, "filled the hole at %s: the %s of %s", h.At, h.Fact, describe(h))
		}
	}
	a.errs = append(a.errs, holes.Open()...)
	if len(a.errs) == 0 {
		a.errs = schema.Validate(api, "schema")
	}
	return a.notes, a.errs.Err()
}

// fieldList names the fields of an operation that a fix corrects, in
// its body ("" or "body") or its query: "login's client body", "info's
// query" for an endpoint without a role.
func fieldList(op, role, in string) string {
	return strings.Join(strings.Fields(op+"'s "+role+" "+cmp.Or(in, "body")), " ")
}

// describe names the field of a hole whose name a fix added: "the string
// field of Apple, now email"; or whose requiredness a fix gave: "field
// double of claim's client body, now required: false". A hole of
// fields is filled only by a fix that adds a field, whose note says so.
func describe(h schema.Hole) string {
	of := h.Target.Object
	if of == "" {
		of = fieldList(h.Target.Operation, h.Target.Role, h.Target.In)
	}
	if h.Fact == schema.FactRequired {
		return fmt.Sprintf("field %s of %s, now required: %t", h.Field.Name, of, h.Field.Required)
	}
	return fmt.Sprintf("the %s field of %s, now %s", get(h.Field, "type"), of, h.Field.Name)
}

type applier struct {
	file        *File
	api         *schema.API
	notes, errs schema.Diagnostics
}

func (a *applier) fail(line int, format string, args ...any) {
	a.errs.Add(schema.Pos{Page: a.file.Name, Line: line}, format, args...)
}

func (a *applier) note(line int, format string, args ...any) {
	a.notes.Add(schema.Pos{Page: a.file.Name, Line: line}, format, args...)
}

// refuse fails the fix at line for problem, why it has no target: as a
// stale override where stale, the schema changed under it.
func (a *applier) refuse(line int, problem string, stale bool) {
	if stale {
		a.fail(line, "stale override: %s", problem)
		return
	}
	a.fail(line, "%s", problem)
}

// endpoints finds the operation fx names and its endpoints
// (Fix.endpoints); where there are none, it refuses the fix and reports
// false.
func (a *applier) endpoints(fx *Fix) (*schema.Operation, []*schema.Endpoint, bool) {
	op, eps, problem, stale := fx.endpoints(a.api)
	if problem != "" {
		a.refuse(fx.Line, problem, stale)
		return nil, nil, false
	}
	return op, eps, true
}

// targets finds the field lists a fix corrects. problem says why there are
// none; stale is set when that is because the schema changed under the
// fix.
func (fx *Fix) targets(api *schema.API) (ts []target, problem string, stale bool) {
	if fx.Object != "" {
		t := api.TypeByName(fx.Object)
		switch {
		case t != nil:
			return []target{{t.Name, &t.Fields}}, "", false
		case api.EnumByName(fx.Object) != nil:
			return nil, fmt.Sprintf("%s is an enum, which has members, not fields", fx.Object), false
		}
		return nil, fmt.Sprintf("the schema has no object type %s", fx.Object), true
	}
	op, eps, problem, stale := fx.endpoints(api)
	for _, ep := range eps {
		switch fx.In {
		case "query":
			ts = append(ts, target{fieldList(op.Name, ep.Role, "query"), &ep.Query})
		case "path":
			ts = append(ts, target{fieldList(op.Name, ep.Role, "path"), &ep.PathParams})
		default:
			ts = append(ts, target{fieldList(op.Name, ep.Role, "body"), &ep.Body})
		}
	}
	return ts, problem, stale
}

// endpoints finds the operation a fix names and its endpoints of the
// fix's role (every one, without a role). problem says why there are
// none; stale is set when that is because the schema changed under the
// fix.
func (fx *Fix) endpoints(api *schema.API) (op *schema.Operation, eps []*schema.Endpoint, problem string, stale bool) {
	var ops []*schema.Operation
	for _, op := range api.Operations {
		if op.Name == fx.Operation || op.Group+"/"+op.Name == fx.Operation {
			ops = append(ops, op)
		}
	}
	switch len(ops) {
	case 0:
		return nil, nil, fmt.Sprintf("the schema has no operation %s", fx.Operation), true
	case 1:
	default:
		return nil, nil, fmt.Sprintf("%d request types have an operation %s; name it %s/%s", len(ops), fx.Operation, ops[0].Group, ops[0].Name), false
	}
	for _, ep := range ops[0].Endpoints {
		if fx.Role == "" || ep.Role == fx.Role {
			eps = append(eps, ep)
		}
	}
	if len(eps) == 0 {
		return nil, nil, fmt.Sprintf("operation %s has no %s endpoint", fx.Operation, fx.Role), true
	}
	return ops[0], eps, "", false
}

// response gives the operation a fix names the type of its answer,
// which its page lost: a type of the schema. An operation that has one
// makes the fix stale.
func (a *applier) response(fx *Fix) {
	op, _, ok := a.endpoints(fx)
	if !ok {
		return
	}
	if op.Response != "" {
		a.fail(fx.Line, "stale override: operation %s already answers %s: delete the fix", fx.Operation, op.Response)
		return
	}
	t := a.api.TypeByName(fx.Response)
	if t == nil {
		a.fail(fx.Line, "response: the schema has no object type %s", fx.Response)
		return
	}
	op.Response = t.Name
	a.note(fx.Line, "gave operation %s the type of its answer: none → %s", fx.Operation, t.Name)
}

// addHeader adds the header a fix with in: headers names to each
// endpoint of its operation that lacks it, as a header a table that lost
// its rows documented: of the fix's type, required or optional, with its
// description.
func (a *applier) addHeader(fx *Fix) {
	op, eps, ok := a.endpoints(fx)
	if !ok {
		return
	}
	added := false
	for _, ep := range eps {
		list := fieldList(op.Name, ep.Role, "headers")
		if o := headerNamed(ep.Headers, fx.Add); o != nil {
			if len(eps) == 1 {
				a.fail(fx.Line, "stale override: %s has a header %s already, at %s", list, o.Name, o.At)
			}
			continue
		}
		h := &schema.Header{Name: fx.Add, At: schema.Pos{Page: a.file.Name, Line: fx.Line}}
		var done []string
		for _, s := range fx.Settings {
			value := show(s.Value)
			switch s.Key {
			case "type":
				h.Type, value = s.Value.(string), s.Value.(string)
			case "required":
				h.Required = schema.Optional
				if s.Value.(bool) {
					h.Required = schema.Required
				}
			case "description":
				h.Description = s.Value.(string)
			}
			done = append(done, fmt.Sprintf("%s %s", s.Key, value))
		}
		if !slices.Contains([]string{schema.String, schema.Boolean, schema.Number, schema.Integer}, h.Type) {
			a.fail(fx.Line, "type %q of header %s is no primitive (string, boolean, number, integer): a header's value is text", h.Type, h.Name)
			return
		}
		ep.Headers = append(ep.Headers, h)
		added = true
		a.note(fx.Line, "added header %s to %s: %s", h.Name, list, strings.Join(done, ", "))
	}
	if !added && len(eps) > 1 {
		a.fail(fx.Line, "stale override: every %s endpoint of %s has a header %s already", fx.Role, fx.Operation, fx.Add)
	}
}

// headerNamed is the header of hs named name, in any case (HTTP's header
// names are), or nil.
func headerNamed(hs []*schema.Header, name string) *schema.Header {
	for _, h := range hs {
		if strings.EqualFold(h.Name, name) {
			return h
		}
	}
	return nil
}

// change applies a fix to the field it names in each target that has it.
func (a *applier) change(fx *Fix, ts []target) {
	type match struct {
		t target
		f *schema.Field
	}
	var ms []match
	renamed := false
	for _, t := range ts {
		if f := schema.FieldNamed(*t.fields, fx.Field); f != nil {
			ms = append(ms, match{t, f})
		} else if fx.Rename != "" && schema.FieldNamed(*t.fields, fx.Rename) != nil {
			renamed = true
		}
	}
	if len(ms) == 0 {
		lack := fmt.Sprintf("%s has no field %s", ts[0], fx.Field)
		if len(ts) > 1 {
			lack = fmt.Sprintf("none of %s has a field %s", strings.Join(names(ts), ", "), fx.Field)
		}
		if renamed {
			lack += fmt.Sprintf(", but a field %s is there, the name the fix gives it", fx.Rename)
		}
		a.fail(fx.Line, "stale override: %s", lack)
		return
	}
	applied, errs := false, len(a.errs)
	for _, m := range ms {
		var done []string
		before := len(a.errs)
		for _, s := range fx.Settings {
			if old, ok := a.set(m.f, s); ok {
				done = append(done, fmt.Sprintf("%s %s → %s", s.Key, old, showSetting(m.f, s.Key)))
			}
		}
		if fx.Rename != "" {
			if o := schema.FieldNamed(*m.t.fields, fx.Rename); o != nil {
				a.fail(fx.RenameLine, "cannot rename field %s of %s to %s: it has a field %s already, at %s", fx.Field, m.t, fx.Rename, fx.Rename, o.At)
				continue
			}
			m.f.Name = fx.Rename
			done = append(done, fmt.Sprintf("name %s → %s", fx.Field, fx.Rename))
		}
		if len(a.errs) > before {
			continue
		}
		if problem := a.consistent(m.f); problem != "" {
			a.fail(fx.Line, "the fix leaves field %s of %s inconsistent: %s", m.f.Name, m.t, problem)
			continue
		}
		if len(done) > 0 {
			applied = true
			a.note(fx.Line, "fixed field %s of %s: %s", fx.Field, m.t, strings.Join(done, ", "))
		}
	}
	if !applied && len(a.errs) == errs {
		a.fail(fx.Line, "stale override: field %s of %s already has what the fix sets", fx.Field, strings.Join(names(ts), ", "))
	}
}

// add adds the field a fix names to each target that lacks it.
func (a *applier) add(fx *Fix, ts []target) {
	added := false
	for _, t := range ts {
		if o := schema.FieldNamed(*t.fields, fx.Add); o != nil {
			if len(ts) == 1 {
				a.fail(fx.Line, "stale override: %s has a field %s already, at %s; change it with field: instead of add:", t, fx.Add, o.At)
			}
			continue
		}
		f := a.nameless(fx, *t.fields)
		lost := f != nil
		if lost {
			f.Name = fx.Add
		} else {
			f = &schema.Field{Name: fx.Add, At: schema.Pos{Page: a.file.Name, Line: fx.Line}}
		}
		var done []string
		before := len(a.errs)
		for _, s := range fx.Settings {
			a.set(f, s)
			done = append(done, fmt.Sprintf("%s %s", s.Key, showSetting(f, s.Key)))
		}
		if len(a.errs) > before {
			return
		}
		if problem := a.consistent(f); problem != "" {
			a.fail(fx.Line, "the fix adds field %s to %s inconsistent: %s", f.Name, t, problem)
			return
		}
		added = true
		if lost {
			continue
		}
		*t.fields = append(*t.fields, f)
		a.note(fx.Line, "added field %s to %s: %s", f.Name, t, strings.Join(done, ", "))
	}
	if !added && len(ts) > 1 {
		a.fail(fx.Line, "stale override: %s have a field %s already; change it with field: instead of add:", strings.Join(names(ts), ", "), fx.Add)
	}
}

// nameless returns the first field of fields whose row lost its name and
// whose type is the one the fix adds, or nil.
func (a *applier) nameless(fx *Fix, fields []*schema.Field) *schema.Field {
	for _, s := range fx.Settings {
		if s.Key != "type" {
			continue
		}
		name, array := strings.CutSuffix(s.Value.(string), "[]")
		if t := a.api.TypeByName(name); t != nil {
			name = t.Name
		} else if e := a.api.EnumByName(name); e != nil {
			name = e.Name
		}
		for _, f := range fields {
			if f.Name == "" && f.Type == name && f.Array == array {
				return f
			}
		}
	}
	return nil
}

func names(ts []target) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.name)
	}
	return out
}

// set applies one setting to f. It returns the old value, rendered, and
// whether the field changed; a setting that does not fit is reported.
func (a *applier) set(f *schema.Field, s Setting) (string, bool) {
	old := get(f, s.Key)
	if s.Key == "type" {
		name, array := strings.CutSuffix(s.Value.(string), "[]")
		switch {
		case schema.IsPrimitive(name):
		case a.api.TypeByName(name) != nil:
			name = a.api.TypeByName(name).Name
		case a.api.EnumByName(name) != nil:
			name = a.api.EnumByName(name).Name
		default:
			a.fail(s.Line, "type %q is neither a primitive (string, boolean, number, integer, any, hashtable) nor a type or enum of the schema", s.Value)
			return "", false
		}
		if f.Type == name && f.Array == array {
			return "", false
		}
		f.Type, f.Array = name, array
		if old == "" {
			return "none", true
		}
		return fmt.Sprint(old), true
	}
	if s.Key == "required" && f.RequiredOpen {
		// The page left it open: the fix gives it, whatever the parse
		// took it for meanwhile.
		f.Required, f.RequiredOpen = s.Value.(bool), false
		return "open", true
	}
	if reflect.DeepEqual(old, s.Value) {
		return "", false
	}
	switch s.Key {
	case "required":
		f.Required = s.Value.(bool)
	case "minLength":
		f.MinLength = optional[int](s.Value)
	case "maxLength":
		f.MaxLength = optional[int](s.Value)
	case "minItems":
		f.MinItems = optional[int](s.Value)
	case "maxItems":
		f.MaxItems = optional[int](s.Value)
	case "minimum":
		f.Minimum = optional[float64](s.Value)
	case "maximum":
		f.Maximum = optional[float64](s.Value)
	case "default":
		f.Default = s.Value
	case "values":
		f.Values = nil
		if s.Value != nil {
			f.Values = s.Value.([]string)
		}
	case "form":
		f.Form, _ = s.Value.(schema.Form)
	case "description":
		f.Description = s.Value.(string)
	}
	return show(old), true
}

// get reads the property key of f as a Setting.Value.
func get(f *schema.Field, key string) any {
	deref := func(p *int) any {
		if p == nil {
			return nil
		}
		return *p
	}
	derefFloat := func(p *float64) any {
		if p == nil {
			return nil
		}
		return *p
	}
	switch key {
	case "type":
		if f.Array {
			return f.Type + "[]"
		}
		return f.Type
	case "required":
		return f.Required
	case "minLength":
		return deref(f.MinLength)
	case "maxLength":
		return deref(f.MaxLength)
	case "minItems":
		return deref(f.MinItems)
	case "maxItems":
		return deref(f.MaxItems)
	case "minimum":
		return derefFloat(f.Minimum)
	case "maximum":
		return derefFloat(f.Maximum)
	case "default":
		return f.Default
	case "values":
		if f.Values == nil {
			return nil
		}
		return f.Values
	case "form":
		if f.Form == "" {
			return nil
		}
		return f.Form
	case "description":
		return f.Description
	}
	return nil
}

// consistent says what is wrong with a corrected field, or "".
func (a *applier) consistent(f *schema.Field) string {
	e := a.api.EnumByName(f.Type)
	switch {
	case f.MinLength != nil && f.MaxLength != nil && *f.MinLength > *f.MaxLength:
		return fmt.Sprintf("minLength %d is above maxLength %d", *f.MinLength, *f.MaxLength)
	case f.MinItems != nil && f.MaxItems != nil && *f.MinItems > *f.MaxItems:
		return fmt.Sprintf("minItems %d is above maxItems %d", *f.MinItems, *f.MaxItems)
	case f.Minimum != nil && f.Maximum != nil && *f.Minimum > *f.Maximum:
		return fmt.Sprintf("minimum %v is above maximum %v", *f.Minimum, *f.Maximum)
	case (f.MinLength != nil || f.MaxLength != nil) && f.Type != schema.String:
		return fmt.Sprintf("a length bounds a string, and the field is %s", get(f, "type"))
	case (f.MinItems != nil || f.MaxItems != nil) && !f.Array:
		return fmt.Sprintf("a number of elements bounds an array, and the field is %s", get(f, "type"))
	case f.Form != "" && !f.Array:
		return fmt.Sprintf("a form says how an array's items are sent, and the field is %s", get(f, "type"))
	case (f.Minimum != nil || f.Maximum != nil) && f.Type != schema.Number && f.Type != schema.Integer:
		return fmt.Sprintf("a range bounds a number, and the field is %s", get(f, "type"))
	case len(f.Values) > 0 && f.Default != nil && !slices.Contains(f.Values, fmt.Sprint(f.Default)):
		return fmt.Sprintf("default %s is not one of its values %s", show(f.Default), show(f.Values))
	case f.Default != nil && e != nil && !f.Array && !f.DefaultFitsType(e):
		return fmt.Sprintf("default %s is no code of enum %s (its codes: %s)", show(f.Default), e.Name, e.Codes())
	case f.Default != nil && !defaultFits(f, e):
		return fmt.Sprintf("default %s does not fit type %s", show(f.Default), get(f, "type"))
	}
	return ""
}

// defaultFits reports whether f's default is a value of its type, within
// its range and among its values; e is f's enum, nil when its type is
// none.
func defaultFits(f *schema.Field, e *schema.Enum) bool {
	if !f.DefaultFitsType(e) {
		return false
	}
	switch d := f.Default.(type) {
	case int:
		return inRange(f, float64(d))
	case float64:
		return inRange(f, d)
	case string:
		return len(f.Values) == 0 || slices.Contains(f.Values, d)
	}
	return true
}

func inRange(f *schema.Field, x float64) bool {
	return (f.Minimum == nil || x >= *f.Minimum) && (f.Maximum == nil || x <= *f.Maximum)
}

// showSetting renders the property key of f for reports.
func showSetting(f *schema.Field, key string) string {
	if key == "type" {
		return fmt.Sprint(get(f, key))
	}
	return show(get(f, key))
}

// optional returns the bound a setting gives, nil for none.
func optional[T int | float64](v any) *T {
	if v == nil {
		return nil
	}
	x := v.(T)
	return &x
}
