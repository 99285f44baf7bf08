package memberruntime

import (
	"cmp"
	"encoding/json"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"
)

// objectType is a struct type of the API as the runtime sees it: its
// members in the order of its page, which its fields and their tags say
// (see typeOf), and what a new one or an array of them needs.
type objectType struct {
	typ reflect.Type
	// slice is the type of a slice of typ, for the items of an array.
	slice reflect.Type
	size  uintptr
	// name is typ as the error of a cycle names it: "gearn.Node".
	name    string
	members []member
	// headers is the offset of the Headers field of a request type, which
	// is no member, and hasHeaders whether it has one.
	headers    uintptr
	hasHeaders bool
	// query is the type of the Query field of a request type, which is no
	// member, at offset queryAt; nil for none.
	query   *objectType
	queryAt uintptr
	// pointer is the entry of typeOfPointer's cache for a pointer to typ.
	pointer pointerType
	// defaults is true when a member, or a member of an object it holds,
	// has a default.
	defaults bool
	// hint is about how many bytes its JSON takes with its members
	// present: their keys, a few bytes for each value, and the hints of
	// the objects they hold, each counted once.
	hint int
}

// kind is how the Go field of a member holds its value: as a string,
// *string, []string and so on. A ...Ptr field is nil when the member is
// absent; an enum is an int, as the underlying type of every enum.
type kind uint8

const (
	kindStr      kind = iota // string
	kindStrPtr               // *string
	kindBool                 // bool
	kindBoolPtr              // *bool
	kindFloat                // float64
	kindFloatPtr             // *float64
	kindInt                  // int64
	kindIntPtr               // *int64
	kindEnum                 // an enum
	kindEnumPtr              // a pointer to an enum
	kindRaw                  // json.RawMessage
	kindMap                  // map[string]any
	kindStrs                 // []string
	kindBools                // []bool
	kindFloats               // []float64
	kindInts                 // []int64
	kindEnums                // a slice of enums
	kindRaws                 // []json.RawMessage
	kindMaps                 // []map[string]any
	kindObject               // a pointer to an object
	kindObjects              // a slice of objects
)

// objectTypes holds the table of every struct type built so far, by its
// reflect.Type; building serializes the building of new ones.
var (
	objectTypes sync.Map
	building    sync.Mutex
)

// typeOf returns the table of the struct type t, which it builds, with
// those of the types t holds, the first time it is asked for. The
// generated package declares no table: its struct types are the table,
// each field a member, with its name on the wire and the constraints its
// page documents in its tags, and the runtime reads them once per type.
//
// A field's json tag gives the member's name, and omitempty an optional
// member: a member without it is required. The other tags the generator
// writes after it are the bounds (minLength, maxLength, minItems, maxItems,
// minimum, maximum), values, a list of the strings a string may be, each
// of its commas and backslashes escaped with a backslash, and default,
// the value an absent optional member takes: a string's as it is, any
// other's as JSON. The values tag of an enum member lists its enum's
// codes: the table then holds what the decoder and the checker need
// without calling a method of the enum, which would take the field's
// address, and every object decoded, to the heap. A field tagged json:"-", a request's Headers and
// Query, is no member.
func typeOf(t reflect.Type) *objectType {
	if o, ok := objectTypes.Load(t); ok {
		return o.(*objectType)
	}
	building.Lock()
	defer building.Unlock()
	b := tableBuilder{built: map[reflect.Type]*objectType{}}
	o := b.object(t)
	b.finish()
	for t, o := range b.built {
		objectTypes.Store(t, o)
	}
	return o
}

// typeOfPointer returns the table of the struct type that the pointer v
// points to. The generated methods ask for it on every call, and it is
// mostly in pointerTypes: a load and a comparison, where typeOf's lookup
// would be a tenth of the time DecodeBody takes.
func typeOfPointer(v any) *objectType {
	word := (*eface)(unsafe.Pointer(&v)).typ
	slot := &pointerTypes[uintptr(word)/64%uintptr(len(pointerTypes))]
	if c := slot.Load(); c != nil && c.word == word {
		return c.t
	}
	t := typeOf(reflect.TypeOf(v).Elem())
	slot.Store(&t.pointer)
	return t
}

// eface is how an interface of no methods holds a value: the address of
// its type's descriptor, which reflect.TypeOf returns as a reflect.Type,
// and for a pointer the pointer itself. The runtime reads both words of
// the pointers it is given to the objects of the API, which is quicker
// than reflect's Value, on every call.
type eface struct {
	typ, data unsafe.Pointer
}

// pointerOf returns the pointer that v holds.
func pointerOf(v any) unsafe.Pointer {
	return (*eface)(unsafe.Pointer(&v)).data
}

// pointerTypes caches the answers of typeOfPointer, in a slot chosen by
// the address of the pointer type: a type that another one's lookup has
// since replaced in its slot is looked up in objectTypes again.
var pointerTypes [1024]atomic.Pointer[pointerType]

// pointerType is a pointer type to a struct type, by the word of an
// interface that holds a pointer of the type (see eface), and the table
// of the struct type.
type pointerType struct {
	word unsafe.Pointer
	t    *objectType
}

// tableBuilder builds the tables of struct types, each once: the types a
// table holds are built with it, and published with it once every one of
// them is complete.
type tableBuilder struct {
	built map[reflect.Type]*objectType
}

// object returns the table of the struct type t, built or being built.
func (b *tableBuilder) object(t reflect.Type) *objectType {
	if o, ok := objectTypes.Load(t); ok {
		return o.(*objectType)
	}
	if o := b.built[t]; o != nil {
		return o
	}
	o := &objectType{typ: t, slice: reflect.SliceOf(t), size: t.Size(), name: t.String()}
	ptr := reflect.New(t).Interface()
	o.pointer = pointerType{(*eface)(unsafe.Pointer(&ptr)).typ, o}
	b.built[t] = o
	for i := range t.NumField() {
		f := t.Field(i)
		tag, ok := f.Tag.Lookup("json")
		switch {
		case f.Name == "Headers" && tag == "-":
			o.headers, o.hasHeaders = f.Offset, true
		case f.Name == "Query" && tag == "-" && f.Type.Kind() == reflect.Struct:
			o.query, o.queryAt = b.object(f.Type), f.Offset
		}
		if !ok || tag == "-" {
			continue
		}
		o.members = append(o.members, b.member(f, tag))
	}
	return o
}

// member reads the member of the field f, whose json tag is tag.
func (b *tableBuilder) member(f reflect.StructField, tag string) member {
	name, omit := strings.CutSuffix(tag, ",omitempty")
	q, _ := json.Marshal(name) // a string always marshals
	m := member{name: name, key: "," + string(q) + ":", offset: f.Offset, required: !omit}
	k, t, ok := fieldKind(f.Type)
	if !ok {
		panic("the runtime cannot read field " + f.Name + " of type " + f.Type.String())
	}
	m.kind = k
	if k == kindObject || k == kindObjects {
		m.object = b.object(t)
	}
	m.readBounds(f.Tag)
	if v, ok := f.Tag.Lookup("values"); ok {
		if k == kindEnum || k == kindEnumPtr || k == kindEnums {
			m.codes = readCodes(v)
		} else {
			m.values = splitValues(v)
		}
	}
	if d, ok := f.Tag.Lookup("default"); ok {
		m.byDefault = defaultOf(m.kind, d)
	}
	return m
}

// fieldKind returns the kind of a field of type t, and the type of its value,
// or of its items: the struct of an object, the type of an enum. The
// generator writes fields of these types only; it reports false for any
// other, which the runtime cannot read.
func fieldKind(t reflect.Type) (kind, reflect.Type, bool) {
	raw := reflect.TypeFor[json.RawMessage]()
	hashtable := reflect.TypeFor[map[string]any]()
	switch {
	case t == raw:
		return kindRaw, t, true
	case t == hashtable:
		return kindMap, t, true
	case t.Kind() == reflect.Pointer:
		e := t.Elem()
		switch e.Kind() {
		case reflect.String:
			return kindStrPtr, e, true
		case reflect.Bool:
			return kindBoolPtr, e, true
		case reflect.Float64:
			return kindFloatPtr, e, true
		case reflect.Int64:
			return kindIntPtr, e, true
		case reflect.Int:
			return kindEnumPtr, e, true
		case reflect.Struct:
			return kindObject, e, true
		}
	case t.Kind() == reflect.Slice:
		e := t.Elem()
		switch {
		case e == raw:
			return kindRaws, e, true
		case e == hashtable:
			return kindMaps, e, true
		case e.Kind() == reflect.String:
			return kindStrs, e, true
		case e.Kind() == reflect.Bool:
			return kindBools, e, true
		case e.Kind() == reflect.Float64:
			return kindFloats, e, true
		case e.Kind() == reflect.Int64:
			return kindInts, e, true
		case e.Kind() == reflect.Int:
			return kindEnums, e, true
		case e.Kind() == reflect.Struct:
			return kindObjects, e, true
		}
	case t.Kind() == reflect.String:
		return kindStr, t, true
	case t.Kind() == reflect.Bool:
		return kindBool, t, true
	case t.Kind() == reflect.Float64:
		return kindFloat, t, true
	case t.Kind() == reflect.Int64:
		return kindInt, t, true
	case t.Kind() == reflect.Int:
		return kindEnum, t, true
	}
	return 0, nil, false
}

// readBounds reads the bounds that the tags of m's field document.
func (m *member) readBounds(tag reflect.StructTag) {
	for _, b := range []struct {
		key   string
		bound bound
		n     *int
	}{
		{"minLength", boundMinLength, &m.minLength},
		{"maxLength", boundMaxLength, &m.maxLength},
		{"minItems", boundMinItems, &m.minItems},
		{"maxItems", boundMaxItems, &m.maxItems},
	} {
		if v, ok := tag.Lookup(b.key); ok {
			*b.n, _ = strconv.Atoi(v)
			m.bounds |= b.bound
		}
	}
	for _, b := range []struct {
		key   string
		bound bound
		x     *float64
	}{
		{"minimum", boundMinimum, &m.minimum},
		{"maximum", boundMaximum, &m.maximum},
	} {
		if v, ok := tag.Lookup(b.key); ok {
			*b.x, _ = strconv.ParseFloat(v, 64)
			m.bounds |= b.bound
		}
	}
}

// readCodes reads the values tag of an enum member, its enum's codes.
func readCodes(tag string) []int {
	codes := []int{}
	for _, v := range strings.Split(tag, ",") {
		if c, err := strconv.Atoi(v); err == nil {
			codes = append(codes, c)
		}
	}
	return codes
}

// defaultOf is the default tag d of a member of kind k as the value its
// kind holds (see member.byDefault).
func defaultOf(k kind, d string) any {
	switch k {
	case kindStrPtr:
		return d
	case kindBoolPtr:
		b, _ := strconv.ParseBool(d)
		return b
	case kindFloatPtr:
		f, _ := strconv.ParseFloat(d, 64)
		return f
	case kindIntPtr:
		n, _ := strconv.ParseInt(d, 10, 64)
		return n
	case kindEnumPtr:
		code, _ := strconv.Atoi(d)
		return code
	case kindRaw:
		return d
	}
	return nil
}

// finish works out which of the types built have defaults, in them or in
// the objects they hold, which may hold each other in a cycle; and their
// hints.
func (b *tableBuilder) finish() {
	for changed := true; changed; {
		changed = false
		for _, o := range b.built {
			if o.defaults {
				continue
			}
			for i := range o.members {
				m := &o.members[i]
				if m.byDefault != nil || m.object != nil && m.object.defaults {
					o.defaults, changed = true, true
					break
				}
			}
		}
	}
	for _, o := range b.built {
		o.hint = o.sizeHint(map[*objectType]bool{})
	}
}

// sizeHint is o's hint, counting the objects in seen no more.
func (o *objectType) sizeHint(seen map[*objectType]bool) int {
	if seen[o] {
		return 0
	}
	seen[o] = true
	n := 2
	for i := range o.members {
		m := &o.members[i]
		n += len(m.name) + 6
		if m.object != nil {
			n += m.object.sizeHint(seen)
		}
	}
	return n
}

// validCode reports whether c is a code of the enum of m, an enum member.
func (m *member) validCode(c int) bool {
	return m.codes == nil || slices.Contains(m.codes, c)
}

// checkString checks the string s, the value of m or one of its items,
// against m's length bounds, in runes, then its values, and calls add
// with each constraint s breaks, in that order. It and the checks below,
// one for each kind of value, are the checks of a value against what its
// page documents that GearN's decoder of a body and the checker of Go
// values (checkValues) both make.
func (m *member) checkString(s string, add func(Violation)) {
	if m.bounds&(boundMinLength|boundMaxLength) != 0 {
		n := utf8.RuneCountInString(s)
		if m.bounds&boundMinLength != 0 && n < m.minLength {
			add(ViolationStringTooShort)
		}
		if m.bounds&boundMaxLength != 0 && n > m.maxLength {
			add(ViolationStringTooLong)
		}
	}
	if m.values != nil && !slices.Contains(m.values, s) {
		add(ViolationNotAllowed)
	}
}

// checkFloat checks the number f, the value of m or one of its items,
// against m's bounds; see checkString.
func (m *member) checkFloat(f float64, add func(Violation)) {
	if m.bounds&boundMinimum != 0 && f < m.minimum {
		add(ViolationNumberTooSmall)
	}
	if m.bounds&boundMaximum != 0 && f > m.maximum {
		add(ViolationNumberTooLarge)
	}
}

// checkInteger checks the integer n, the value of m or one of its items,
// against m's bounds, as Go compares an int64 with a constant
// (compareInteger); see checkString.
func (m *member) checkInteger(n int64, add func(Violation)) {
	if m.bounds&boundMinimum != 0 && compareInteger(n, m.minimum) < 0 {
		add(ViolationNumberTooSmall)
	}
	if m.bounds&boundMaximum != 0 && compareInteger(n, m.maximum) > 0 {
		add(ViolationNumberTooLarge)
	}
}

// checkCount checks n, the number of items of m, an array, against m's
// bounds; see checkString.
func (m *member) checkCount(n int, add func(Violation)) {
	if m.bounds&boundMinItems != 0 && n < m.minItems {
		add(ViolationArrayTooShort)
	}
	if m.bounds&boundMaxItems != 0 && n > m.maxItems {
		add(ViolationArrayTooLong)
	}
}

// zero empties the struct of type o at p but for the Headers of a
// request: its members, and those of its query parameters.
func (o *objectType) zero(p unsafe.Pointer) {
	for i := range o.members {
		m := &o.members[i]
		v := unsafe.Add(p, m.offset)
		switch m.kind {
		case kindStr:
			*(*string)(v) = ""
		case kindBool:
			*(*bool)(v) = false
		case kindFloat:
			*(*float64)(v) = 0
		case kindInt:
			*(*int64)(v) = 0
		case kindEnum:
			*(*int)(v) = 0
		case kindStrPtr, kindBoolPtr, kindFloatPtr, kindIntPtr, kindEnumPtr, kindMap, kindObject:
			*(*unsafe.Pointer)(v) = nil
		default: // a slice, whose header is a []byte's
			*(*[]byte)(v) = nil
		}
	}
	if o.query != nil {
		o.query.zero(unsafe.Add(p, o.queryAt))
	}
}

// newObject returns a new zero object of type o.
func (o *objectType) newObject() unsafe.Pointer {
	return reflect.New(o.typ).UnsafePointer()
}

// growItems adds an item, a zero object of type o, to the slice of
// objects at v, and returns it. The first item makes room for four, so
// that short arrays cost one allocation.
func (o *objectType) growItems(v unsafe.Pointer) unsafe.Pointer {
	s := reflect.NewAt(o.slice, v).Elem()
	n := s.Len()
	if s.Cap() == 0 {
		s.Grow(4)
	} else if n == s.Cap() {
		s.Grow(1)
	}
	s.SetLen(n + 1)
	item := s.Index(n)
	item.SetZero()
	return item.Addr().UnsafePointer()
}

// member is a member of an object as the runtime sees it: its name on the
// wire, where its Go field is and how it holds its value, and the
// constraints its page documents. The runtime reads a table of them from
// the fields of each struct type, in the order of its page (see typeOf):
// what reads, writes, checks or fills in objects goes through the table,
// and no type has code of its own to do it.
type member struct {
	// name is the member's name on the wire. The generator writes only
	// names that encoding/json takes in a struct tag, which hold no quote,
	// backslash or control character: the body spells them as they are.
	name string
	// key is how the encoder writes the name: with the comma before it,
	// quoted as encoding/json quotes it, and the colon (`,"userId":`).
	key string
	// kind is how the Go field holds the value, at offset in the struct.
	kind   kind
	offset uintptr
	// object is the type of an object, or of the objects of an array.
	object *objectType
	// required is true for a member that must be there: its absence is
	// ViolationMissing, and a null the violation of a null of its kind.
	// The encoder leaves out an optional member that is empty, as
	// omitempty does.
	required bool
	// bounds says which of the bounds below the page documents.
	bounds bound
	// minLength and maxLength bound the characters of a string, or of
	// each string of an array: runes, not bytes.
	minLength, maxLength int
	// minItems and maxItems bound the number of items of an array.
	minItems, maxItems int
	// minimum and maximum bound a number, or each number of an array.
	minimum, maximum float64
	// values are the strings that a string, or each string of an array,
	// may be; nil for any.
	values []string
	// codes are the codes of the enum of an enum member, or of the items
	// of an array of enums: a code they do not hold is
	// ViolationNotAllowed; nil for any.
	codes []int
	// byDefault is the value an absent optional member takes, of the Go
	// type its kind says, or nil for none: a string, bool, float64 or
	// int64, an enum's code as an int, or the JSON text of an "any"
	// member as a string.
	byDefault any
}

// bound is a set of the bounds that the page of a member documents.
type bound uint8

// The bounds of a member.
const (
	boundMinLength bound = 1 << iota
	boundMaxLength
	boundMinItems
	boundMaxItems
	boundMinimum
	boundMaximum
)

// slabSize is how many values a slab hands out before it allocates again.
const slabSize = 16

// slabs hands out the values of optional members, which requests point
// to, for the decoder and for ApplyDefaults.
type slabs struct {
	booleans slab[bool]
	strings  slab[string]
	numbers  slab[float64]
	integers slab[int64]
	enums    slab[int]
}

// slab hands out pointers to values of T, allocated slabSize at a time, so
// that a request with many optional members costs few allocations.
type slab[T any] struct{ free []T }

// fill points *p to a new T that holds v, unless *p points to a value
// already: ApplyDefaults fills in an absent optional member so.
//
//go:noinline
func (s *slab[T]) fill(p **T, v T) {
	if *p == nil {
		*p = s.take(v)
	}
}

// take returns a pointer to a new T that holds v.
func (s *slab[T]) take(v T) *T {
	if len(s.free) == 0 {
		s.free = make([]T, slabSize)
	}
	p := &s.free[0]
	*p = v
	s.free = s.free[1:]
	return p
}

// compareInteger compares n with the bound b as Go compares an int64 with
// the constant b: exactly when b is an integer within the range of int64,
// in float64 otherwise.
func compareInteger(n int64, b float64) int {
	if b == math.Trunc(b) && b >= math.MinInt64 && b < math.MaxInt64 {
		return cmp.Compare(n, int64(b))
	}
	return cmp.Compare(float64(n), b)
}

// slice is the header of a slice of any type.
type slice struct {
	data     unsafe.Pointer
	len, cap int
}

// applyDefaults sets every absent optional member of the struct v points
// to that its page gives a default to that default, and applies the
// defaults of the objects it holds whose type has some. The values come
// from slabs, a few allocations for many members.
//
//go:noinline
func applyDefaults(v any) {
	if t := typeOfPointer(v); t.defaults {
		var s slabs
		s.apply(t, pointerOf(v))
	}
}

// apply sets the defaults of the struct of type t at p with the slabs s.
func (s *slabs) apply(t *objectType, p unsafe.Pointer) {
	for i := range t.members {
		m := &t.members[i]
		v := unsafe.Add(p, m.offset)
		switch {
		case m.byDefault != nil:
			switch m.kind {
			case kindStrPtr:
				s.strings.fill((**string)(v), m.byDefault.(string))
			case kindBoolPtr:
				s.booleans.fill((**bool)(v), m.byDefault.(bool))
			case kindFloatPtr:
				s.numbers.fill((**float64)(v), m.byDefault.(float64))
			case kindIntPtr:
				s.integers.fill((**int64)(v), m.byDefault.(int64))
			case kindEnumPtr:
				s.enums.fill((**int)(v), m.byDefault.(int))
			case kindRaw:
				if raw := (*json.RawMessage)(v); len(*raw) == 0 {
					*raw = json.RawMessage(m.byDefault.(string))
				}
			}
		case m.kind == kindObject && m.object.defaults:
			if obj := *(*unsafe.Pointer)(v); obj != nil {
				s.apply(m.object, obj)
			}
		case m.kind == kindObjects && m.object.defaults:
			items := *(*slice)(v)
			for j := range items.len {
				s.apply(m.object, unsafe.Add(items.data, uintptr(j)*m.object.size))
			}
		}
	}
}
