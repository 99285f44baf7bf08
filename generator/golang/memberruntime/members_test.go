package memberruntime

import (
	"encoding/json"
	"reflect"
	"strconv"
	"testing"
	"unsafe"
)

// level stands in for a generated enum, whose codes are 1 and 2.
type level int

// order is a struct written the way the generator writes one: a field of
// every type the generator writes, the facts of its page in its tags.
type order struct {
	_       [0]func()
	Headers struct{ Key string } `json:"-"`
	ID      string               `json:"id" minLength:"2" maxLength:"8"`
	Note    *string              `json:"note,omitempty" values:"a\\,b,c\\\\d,e" default:"e"`
	Paid    bool                 `json:"paid"`
	Gift    *bool                `json:"gift,omitempty" default:"true"`
	Total   float64              `json:"total" minimum:"0.5" maximum:"1e+21"`
	Tip     *float64             `json:"tip,omitempty" default:"2.5"`
	Count   int64                `json:"count"`
	Limit   *int64               `json:"limit,omitempty" minimum:"-3" default:"20"`
	Level   level                `json:"level" values:"1,2"`
	Prio    *level               `json:"prio,omitempty" values:"1,2" default:"2"`
	Extra   json.RawMessage      `json:"extra,omitempty" default:"{\"a\":1}"`
	Attrs   map[string]any       `json:"attrs"`
	Tags    []string             `json:"tags,omitempty" minItems:"1" maxItems:"3"`
	Flags   []bool               `json:"flags,omitempty"`
	Weights []float64            `json:"weights,omitempty"`
	Counts  []int64              `json:"counts,omitempty"`
	Levels  []level              `json:"levels,omitempty" values:"1,2"`
	Raws    []json.RawMessage    `json:"raws,omitempty"`
	Maps    []map[string]any     `json:"maps,omitempty"`
	Lines   []line               `json:"lines,omitempty"`
	Owner   *line                `json:"owner"`
}

// line holds itself, as an object of the API may.
type line struct {
	Name string `json:"name"`
	Qty  *int64 `json:"qty,omitempty" default:"1"`
	Next *line  `json:"next,omitempty"`
}

func TestTypeOf(t *testing.T) {
	o := typeOf(reflect.TypeFor[order]())
	if typeOfPointer(&order{}) != o || typeOf(reflect.TypeFor[order]()) != o {
		t.Error("a type's table is built more than once")
	}
	want := []struct {
		name string
		kind kind
	}{
		{"id", kindStr}, {"note", kindStrPtr}, {"paid", kindBool}, {"gift", kindBoolPtr}, {"total", kindFloat},
		{"tip", kindFloatPtr}, {"count", kindInt}, {"limit", kindIntPtr}, {"level", kindEnum}, {"prio", kindEnumPtr},
		{"extra", kindRaw}, {"attrs", kindMap}, {"tags", kindStrs}, {"flags", kindBools}, {"weights", kindFloats},
		{"counts", kindInts}, {"levels", kindEnums}, {"raws", kindRaws}, {"maps", kindMaps}, {"lines", kindObjects},
		{"owner", kindObject},
	}
	if len(o.members) != len(want) {
		t.Fatalf("%d members, want %d", len(o.members), len(want))
	}
	for i, w := range want {
		if m := o.members[i]; m.name != w.name || m.kind != w.kind {
			t.Errorf("member %d: %s of kind %d, want %s of kind %d", i, m.name, m.kind, w.name, w.kind)
		}
	}
	m := func(name string) *member {
		for i := range o.members {
			if o.members[i].name == name {
				return &o.members[i]
			}
		}
		t.Fatalf("no member %s", name)
		return nil
	}
	if id := m("id"); !id.required || id.key != `,"id":` || id.bounds != boundMinLength|boundMaxLength || id.minLength != 2 || id.maxLength != 8 {
		t.Errorf("id: %+v", *id)
	}
	if note := m("note"); note.required || len(note.values) != 3 || note.values[0] != "a,b" || note.values[1] != `c\d` || note.values[2] != "e" || note.byDefault != "e" {
		t.Errorf("note: %+v", *note)
	}
	if total := m("total"); total.bounds != boundMinimum|boundMaximum || total.minimum != 0.5 || total.maximum != 1e21 {
		t.Errorf("total: %+v", *total)
	}
	for name, d := range map[string]any{"gift": true, "tip": 2.5, "limit": int64(20), "prio": 2, "extra": `{"a":1}`} {
		if got := m(name).byDefault; got != d {
			t.Errorf("%s: default %#v, want %#v", name, got, d)
		}
	}
	if tags := m("tags"); tags.bounds != boundMinItems|boundMaxItems || tags.minItems != 1 || tags.maxItems != 3 {
		t.Errorf("tags: %+v", *tags)
	}
	if lv := m("levels"); len(lv.codes) != 2 || lv.codes[0] != 1 || lv.codes[1] != 2 || lv.values != nil || !lv.validCode(2) || lv.validCode(3) {
		t.Errorf("levels: codes %v", lv.codes)
	}
	l := m("lines").object
	if l != m("owner").object || l.typ != reflect.TypeFor[line]() || l.name != "memberruntime.line" || l.members[2].object != l {
		t.Errorf("lines and owner: %+v", l)
	}
	if !o.hasHeaders || o.headers != unsafe.Offsetof(order{}.Headers) || l.hasHeaders {
		t.Errorf("headers at %d (%v)", o.headers, o.hasHeaders)
	}
	if !o.defaults || !l.defaults {
		t.Errorf("defaults: order %v, line %v", o.defaults, l.defaults)
	}
	if o.hint <= l.hint || l.hint != 2+len("name")+len("qty")+len("next")+3*6 {
		t.Errorf("hints: order %d, line %d", o.hint, l.hint)
	}
}

// TestDefaultsThroughCycle checks that a type that holds a default only
// through a type that holds it back, in a cycle, has defaults.
func TestDefaultsThroughCycle(t *testing.T) {
	type b struct {
		X *int64 `json:"x,omitempty" default:"7"`
	}
	type a struct {
		B *b `json:"b,omitempty"`
	}
	type plain struct {
		S string `json:"s"`
	}
	if !typeOfPointer(&a{}).defaults || typeOfPointer(&plain{}).defaults {
		t.Error("defaults are not worked out through the objects a type holds")
	}
}

func TestTypeOfRefusesUnknownFields(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("a field of a type the runtime cannot read was read")
		}
	}()
	typeOfPointer(&struct {
		N int32 `json:"n"`
	}{})
}

func TestApplyDefaults(t *testing.T) {
	note := "a,b"
	o := order{Note: &note, Lines: []line{{Name: "x"}, {Name: "y", Qty: new(int64)}}, Owner: &line{}}
	applyDefaults(&o)
	if *o.Note != "a,b" || !*o.Gift || *o.Tip != 2.5 || *o.Limit != 20 || *o.Prio != 2 || string(o.Extra) != `{"a":1}` {
		t.Errorf("defaults: %+v", o)
	}
	if *o.Lines[0].Qty != 1 || *o.Lines[1].Qty != 0 || *o.Owner.Qty != 1 || o.Owner.Next != nil {
		t.Errorf("defaults of the objects held: %+v, %+v", o.Lines, *o.Owner)
	}
	var plain struct {
		S *string `json:"s,omitempty"`
	}
	applyDefaults(&plain)
	if plain.S != nil {
		t.Error("a member without a default was filled in")
	}
}

func TestNewObjectsAndItems(t *testing.T) {
	l := typeOfPointer(&line{})
	if p := (*line)(l.newObject()); p == nil || *p != (line{}) {
		t.Errorf("a new object: %+v", p)
	}
	var items []line
	for i := range 9 {
		item := (*line)(l.growItems(unsafe.Pointer(&items)))
		if len(items) != i+1 || item != &items[i] || *item != (line{}) {
			t.Fatalf("item %d of %d", i, len(items))
		}
		item.Name = "x"
	}
	if cap(items) < 9 || items[0].Name != "x" {
		t.Errorf("%d items of room %d", len(items), cap(items))
	}
}

func TestCompareInteger(t *testing.T) {
	for _, c := range []struct {
		n    int64
		b    float64
		want int
	}{
		{3, 3, 0}, {3, 2.5, 1}, {2, 2.5, -1}, {-9223372036854775808, -9223372036854775808, 0},
		{9223372036854775807, 9223372036854775807, 0}, {1 << 53, 1<<53 + 2, -1}, {1<<53 + 1, 1 << 53, 1},
	} {
		if got := compareInteger(c.n, c.b); got != c.want {
			t.Errorf("compareInteger(%d, %v) = %d, want %d", c.n, c.b, got, c.want)
		}
	}
}

// TestZero checks that zero empties a request but for its Headers: its
// members, and the members of its query parameters.
func TestZero(t *testing.T) {
	type query struct {
		Page *int64 `json:"page,omitempty"`
	}
	type request struct {
		_       [0]func()
		Headers struct{ Key string } `json:"-"`
		Query   query                `json:"-"`
		Name    string               `json:"name"`
		Lines   []line               `json:"lines"`
		Owner   *line                `json:"owner"`
		Attrs   map[string]any       `json:"attrs"`
		Level   level                `json:"level"`
	}
	page := int64(2)
	r := request{Headers: struct{ Key string }{"k"}, Query: query{&page}, Name: "n", Lines: []line{{}}, Owner: &line{}, Attrs: map[string]any{}, Level: 1}
	typeOfPointer(&r).zero(unsafe.Pointer(&r))
	if r.Headers.Key != "k" || r.Query.Page != nil || r.Name != "" || r.Lines != nil || r.Owner != nil || r.Attrs != nil || r.Level != 0 {
		t.Errorf("zeroed: %+v", r)
	}
	o := order{ID: "x", Note: new(string), Paid: true, Total: 1, Count: 2, Extra: json.RawMessage("1"), Tags: []string{}}
	typeOfPointer(&o).zero(unsafe.Pointer(&o))
	if o.ID != "" || o.Note != nil || o.Paid || o.Total != 0 || o.Count != 0 || o.Extra != nil || o.Tags != nil {
		t.Errorf("zeroed: %+v", o)
	}
}

// TestTypeOfPointerCache looks up more types than the cache has slots,
// twice: each lookup finds its own type's table.
func TestTypeOfPointerCache(t *testing.T) {
	var values []any
	for i := range 3 * len(pointerTypes) {
		typ := reflect.StructOf([]reflect.StructField{{Name: "N" + strconv.Itoa(i), Type: reflect.TypeFor[string](), Tag: `json:"n"`}})
		values = append(values, reflect.New(typ).Interface())
	}
	for range 2 {
		for _, v := range values {
			if o := typeOfPointer(v); o.typ != reflect.TypeOf(v).Elem() || len(o.members) != 1 {
				t.Fatalf("the table of %T is that of %v", v, o.typ)
			}
		}
	}
}
