package reader

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

// typeSet holds the object types of an API while a parse builds them, in
// order of definition.
type typeSet struct {
	byName map[string]*schema.Type
	list   []*schema.Type
	// recovered are the members that examples added to documented
	// types, each with the type it went into.
	recovered []recoveredMember
	// lost are the types whose section held nothing (read.SectionLost):
	// an example, evidence and not the authority their table is, adds
	// no member to them.
	lost map[string]bool
}

// recoveredMember is a member an example added to a documented type.
type recoveredMember struct {
	owner *schema.Type
	field *schema.Field
}

func (ts *typeSet) get(name string) *schema.Type { return ts.byName[name] }

func (ts *typeSet) add(t *schema.Type) {
	if ts.byName == nil {
		ts.byName = map[string]*schema.Type{}
	}
	ts.byName[t.Name] = t
	ts.list = append(ts.list, t)
}

// inference types the JSON of examples. An example object binds to a type:
// the one its place documents (the type of its member in the enclosing
// type), else a documented type whose fields hold all its members, else a
// type inferred from it and marked Inferred. Objects become named types,
// integral numbers integers, other numbers numbers; empty objects and
// members seen only as null or as empty arrays take the most general
// type: a member's empty object is a hashtable, and a body that is an
// empty object gives no type (a body is a named type or none). Members a
// documented type lacks are added to it with a warning.
type inference struct {
	types *typeSet
	// enums are the documented enums, by name: a member of one holds
	// one of its integer codes.
	enums map[string]*schema.Enum
	page  string
	rep   *pages.Reporter
}

// body binds an example body to a type and returns its name: the type
// named want when want is not empty; else a documented type the body fits;
// else a type inferred under the name base, or prefix+base when base is
// taken. It returns "" for a body that is not an object, or an empty one.
func (in *inference) body(v *jsonValue, want, base, prefix string) string {
	if v.kind != jsonObject {
		in.rep.Warn(pages.At(in.page, v.line), "the example body at line %d is %s, not an object; no type is inferred from it", v.line, v.kind)
		return ""
	}
	if t := in.types.get(want); t != nil {
		in.bind(t, v)
		return want
	}
	if len(v.members) == 0 {
		in.rep.Warn(pages.At(in.page, v.line), "the example body at line %d is an empty object; no type is inferred from it, and the answer is taken to have no body", v.line)
		return ""
	}
	return in.object(v, "", base, prefix)
}

// object returns the type of a non-array example object found under key
// (empty for a body).
func (in *inference) object(v *jsonValue, key, base, prefix string) string {
	if len(v.members) == 0 {
		return schema.Hashtable
	}
	if t := in.fitting(key, v); t != nil {
		in.bind(t, v)
		return t.Name
	}
	name := base
	for n := 1; ; n++ {
		t := in.types.get(name)
		if t == nil {
			t = &schema.Type{Name: name, Inferred: true, At: schema.Pos{Page: in.page, Line: v.line}}
			in.types.add(t)
			in.bind(t, v)
			in.rep.Warn(pages.At(in.page, v.line), "inferred type %s from the example at line %d: no table the reader read documents it, so its name and its members' types come from the example (inferred: true); if a table of the page documents it, give that table a title and the columns Name | Type | Description", name, v.line)
			return name
		}
		if t.Inferred && (holds(t, v, false) || heldBy(t, v)) {
			in.bind(t, v)
			return name
		}
		name = prefix + base
		if n > 1 {
			name += strconv.Itoa(n)
		}
	}
}

// fitting returns the documented type that holds all members of v: the
// one whose name has key's words, else the one v fills most, provided v
// fills at least half of it.
func (in *inference) fitting(key string, v *jsonValue) *schema.Type {
	var best *schema.Type
	bestScore := 0.0
	for _, t := range in.types.list {
		named := key != "" && hasWords(t.Name, key)
		if t.Inferred || len(t.Fields) == 0 || !holds(t, v, named) {
			continue
		}
		score := float64(len(v.members)) / float64(len(t.Fields))
		if named {
			score++
		} else if score < 0.5 {
			continue
		}
		if score > bestScore {
			best, bestScore = t, score
		}
	}
	return best
}

// hasWords reports whether every word of key is a word of name.
func hasWords(name, key string) bool {
	nw := map[string]bool{}
	for _, w := range pages.Words(name) {
		nw[w] = true
	}
	kw := pages.Words(key)
	for _, w := range kw {
		if !nw[w] {
			return false
		}
	}
	return len(kw) > 0
}

// holds reports whether t has a field for every member of v, of a type
// that admits the member's value. With nameless (the member that holds v
// is named after t), a field whose row lost its name may hold one member
// that no field names: the name tells the type, and the example tells
// nothing of the name, which stays the row's hole.
func holds(t *schema.Type, v *jsonValue, nameless bool) bool {
	used := map[*schema.Field]bool{}
	for _, m := range v.members {
		f := schema.FieldNamed(t.Fields, m.key)
		if f == nil && nameless {
			f = namelessAdmitting(t, m.value, used)
			used[f] = true
		}
		if f == nil || !admits(f, m.value) {
			return false
		}
	}
	return true
}

// heldBy reports whether v has a member for every field of t.
func heldBy(t *schema.Type, v *jsonValue) bool {
	for _, f := range t.Fields {
		if memberNamed(v, f.Name) == nil {
			return false
		}
	}
	return true
}

func memberNamed(v *jsonValue, key string) *jsonMember {
	for _, m := range v.members {
		if m.key == key {
			return m
		}
	}
	return nil
}

// admits reports whether field f can hold v, looking one level deep.
func admits(f *schema.Field, v *jsonValue) bool {
	switch {
	case v.kind == jsonNull, f.Type == schema.Any && !f.Array, f.Type == "":
		return true
	case f.Array != (v.kind == jsonArray):
		return false
	case f.Array:
		for _, e := range v.elems {
			if !admitsOne(f.Type, e) {
				return false
			}
		}
		return true
	}
	return admitsOne(f.Type, v)
}

// admitsOne reports whether a value of type typ can be v, which is not
// the element list of an array field.
func admitsOne(typ string, v *jsonValue) bool {
	switch typ {
	case "", schema.Any:
		return true
	case schema.String:
		return v.kind == jsonString || v.kind == jsonNull
	case schema.Integer:
		return v.integral() || v.kind == jsonNull
	case schema.Number:
		return v.kind == jsonNumber || v.kind == jsonNull
	case schema.Boolean:
		return v.kind == jsonBool || v.kind == jsonNull
	}
	return v.kind == jsonObject || v.kind == jsonNull // a hashtable or a named type
}

// bind reads the members of the example object v into type t. A member
// a documented type lacks is added to it, but where a row of its table
// lost its name and may be that member (its type admits the value): the
// name is that row's hole, which the override that fills it settles, and
// the member added beside it would be the same member twice.
func (in *inference) bind(t *schema.Type, v *jsonValue) {
	if in.types.lost[t.Name] {
		return
	}
	for _, m := range v.members {
		f := schema.FieldNamed(t.Fields, m.key)
		if f == nil && !t.Inferred {
			if nameless := namelessAdmitting(t, m.value, nil); nameless != nil {
				in.rep.Warn(pages.At(in.page, m.line), "the example at line %d shows member %s of %s, which its table does not name; its row at line %d lost its name and may be it, so the member is not added from the example: the override that names that row (add: %s) settles it", m.line, m.key, t.Name, nameless.At.Line, m.key)
				continue
			}
		}
		if f == nil {
			f = &schema.Field{Name: m.key, At: schema.Pos{Page: in.page, Line: m.line}}
			t.Fields = append(t.Fields, f)
			in.unify(t, f, m.value)
			if !t.Inferred {
				in.types.recovered = append(in.types.recovered, recoveredMember{t, f})
				if f.Type != "" {
					in.rep.Warn(pages.At(in.page, m.line), "recovered member %s of %s from the example: its table does not document it; typed it %s from the example", m.key, t.Name, read.TypeName(f))
				}
			}
			continue
		}
		in.unify(t, f, m.value)
	}
}

// namelessAdmitting is the first field of t but those used whose row
// lost its name (a name hole) and whose type admits v, or nil.
func namelessAdmitting(t *schema.Type, v *jsonValue, used map[*schema.Field]bool) *schema.Field {
	for _, f := range t.Fields {
		if f.Name == "" && !used[f] && admits(f, v) {
			return f
		}
	}
	return nil
}

// unify makes field f of owner hold v: it types a field seen for the first
// time, widens an inferred one, and checks a documented one.
func (in *inference) unify(owner *schema.Type, f *schema.Field, v *jsonValue) {
	if v.kind == jsonNull {
		return
	}
	isArray := v.kind == jsonArray
	if f.Type == "" && !f.Array {
		f.Array = isArray
	}
	switch {
	case f.Type == schema.Any && !f.Array:
		return
	case f.Array != isArray:
		in.conflict(owner, f, v)
		return
	case !isArray:
		in.unifyOne(owner, f, v)
		return
	}
	for _, e := range v.elems {
		in.unifyOne(owner, f, e)
	}
}

// unifyOne makes field f of owner hold v as its value, or as one element
// of its array.
func (in *inference) unifyOne(owner *schema.Type, f *schema.Field, v *jsonValue) {
	switch {
	case v.kind == jsonNull, f.Type == schema.Any:
	case f.Type == "" && v.kind == jsonArray:
		f.Type = schema.Any // an array of arrays
	case f.Type == "":
		f.Type = in.typeOf(owner, f, v)
	case v.kind == jsonObject && in.types.get(f.Type) != nil:
		in.bind(in.types.get(f.Type), v)
	case in.enums[f.Type] != nil && v.integral():
		// A code of a documented enum: whether it is one of its
		// members' is the agreement's to tell.
	case admitsOne(f.Type, v) && v.kind != jsonArray:
	case owner.Inferred && f.Type == schema.Integer && v.kind == jsonNumber:
		f.Type = schema.Number
	default:
		in.conflict(owner, f, v)
	}
}

// typeOf is the type a value gives a field seen for the first time.
func (in *inference) typeOf(owner *schema.Type, f *schema.Field, v *jsonValue) string {
	switch v.kind {
	case jsonString:
		return schema.String
	case jsonBool:
		return schema.Boolean
	case jsonNumber:
		if v.integral() {
			return schema.Integer
		}
		return schema.Number
	}
	key := f.Name
	if f.Array {
		key = singular(key)
	}
	return in.object(v, f.Name, typeNameOf(key), owner.Name)
}

// conflict reports an example value that the field's type does not admit.
// An inferred field becomes any; a documented one keeps its type.
func (in *inference) conflict(owner *schema.Type, f *schema.Field, v *jsonValue) {
	if !owner.Inferred {
		in.rep.Warn(pages.At(in.page, v.line), "the example gives %s for %s.%s, which its table documents as %s", v.kind, owner.Name, f.Name, read.TypeName(f))
		return
	}
	in.rep.Warn(pages.At(in.page, v.line), "the examples disagree on the type of %s.%s: %s here, %s before; typed it any", owner.Name, f.Name, v.kind, read.TypeName(f))
	f.Type, f.Array = schema.Any, false
}

// settle gives the fields of inferred types that examples showed only as
// null, or as empty arrays, the most general type. A documented type's
// field without a type is a hole the reader reported, and stays one; so
// is a member an example added to a documented type that the examples
// show only as null or as an empty array, reported here on rep: nothing
// tells its type.
func (ts *typeSet) settle(rep *pages.Reporter) {
	for _, r := range ts.recovered {
		if r.field.Type == "" {
			rep.Hole(r.field.At, r.field, schema.FactType, "member %s of %s is in the example at line %d, but its table does not document it, and the examples show it only as %s: nothing tells its type", r.field.Name, r.owner.Name, r.field.At.Line, shownAs(r.field))
		}
	}
	for _, t := range ts.list {
		if !t.Inferred {
			continue
		}
		for _, f := range t.Fields {
			if f.Type == "" {
				f.Type = schema.Any
			}
		}
	}
}

// shownAs is what the examples show of a field they give no type: an
// empty array, or null.
func shownAs(f *schema.Field) string {
	if f.Array {
		return "an empty array"
	}
	return "null"
}

// typeNameOf turns a JSON member name into a type name: "redirect_uri" →
// "RedirectUri".
func typeNameOf(key string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(key, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		b.WriteString(read.UpperFirst(w))
	}
	name := b.String()
	if name == "" || !unicode.IsLetter([]rune(name)[0]) {
		name = "Object" + name
	}
	return name
}

// singular names one element of an array member: "items" → "item",
// "entries" → "entry"; a name that is no plural gets "Item".
func singular(key string) string {
	switch {
	case strings.HasSuffix(key, "ies") && len(key) > 4:
		return key[:len(key)-3] + "y"
	case strings.HasSuffix(key, "sses"), strings.HasSuffix(key, "xes"), strings.HasSuffix(key, "ches"), strings.HasSuffix(key, "shes"):
		return key[:len(key)-2]
	case strings.HasSuffix(key, "s") && !strings.HasSuffix(key, "ss") && len(key) > 3:
		return key[:len(key)-1]
	}
	return key + "Item"
}
