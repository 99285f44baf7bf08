package memberruntime

import (
	"encoding/json"
	"strconv"
	"unsafe"
)

// checkValues checks the Go values of the structs that values point to,
// in order (a request's query parameters, then its body), against what
// their pages document, through the tables of their types: the Validate
// of an API whose runtime reads bodies with encoding/json, where an absent
// member, a null and an empty string look the same once decoded. It
// returns a *ValidationError that lists every member that breaks a
// constraint by its path, in the pages' order, or nil.
//
//go:noinline
func checkValues(values ...any) error {
	var c checker
	for _, v := range values {
		c.object(typeOfPointer(v), pointerOf(v), "")
	}
	if len(c.members) == 0 {
		return nil
	}
	return &ValidationError{Members: c.members}
}

// checker collects the members that break their constraints.
type checker struct {
	members []MemberError
}

// object checks the members of the object of type t at p, whose path is
// path: "" for a request or the object Validate checks.
func (c *checker) object(t *objectType, p unsafe.Pointer, path string) {
	for i := range t.members {
		m := &t.members[i]
		c.member(valueAt{path, m, -1}, unsafe.Add(p, m.offset))
	}
}

// valueAt is where a value is: member m of the object at path, or its item
// numbered item unless item is -1. Only a violation makes it a path, so
// that a valid value costs none.
type valueAt struct {
	path string
	m    *member
	item int
}

// String is the path of w, as MemberError.Member names it.
func (w valueAt) String() string {
	s := w.m.name
	if w.path != "" {
		s = w.path + "." + s
	}
	if w.item >= 0 {
		s += "[" + strconv.Itoa(w.item) + "]"
	}
	return s
}

// add records that the value at w breaks the constraint k.
func (c *checker) add(w valueAt, k Violation) {
	c.members = append(c.members, MemberError{Member: w.String(), Violation: k})
}

// member checks the value of w.m, whose Go field is at v: that it is
// there, when required, then the constraints on its value.
func (c *checker) member(w valueAt, v unsafe.Pointer) {
	m := w.m
	switch m.kind {
	case kindStr:
		if s := *(*string)(v); s == "" {
			c.add(w, ViolationStringEmpty)
		} else {
			c.str(w, s)
		}
	case kindStrPtr:
		if s := *(**string)(v); s != nil {
			c.str(w, *s)
		}
	case kindFloat:
		c.float(w, *(*float64)(v))
	case kindFloatPtr:
		if f := *(**float64)(v); f != nil {
			c.float(w, *f)
		}
	case kindInt:
		c.integer(w, *(*int64)(v))
	case kindIntPtr:
		if n := *(**int64)(v); n != nil {
			c.integer(w, *n)
		}
	case kindEnum:
		c.enum(w, *(*int)(v))
	case kindEnumPtr:
		if e := *(**int)(v); e != nil {
			c.enum(w, *e)
		}
	case kindRaw:
		// JSON null decodes into a json.RawMessage as the bytes "null".
		if raw := *(*json.RawMessage)(v); m.required && (len(raw) == 0 || string(raw) == "null") {
			c.add(w, ViolationMissing)
		}
	case kindMap:
		if m.required && *(*map[string]any)(v) == nil {
			c.add(w, ViolationObjectNull)
		}
	case kindObject:
		switch obj := *(*unsafe.Pointer)(v); {
		case obj != nil:
			c.object(m.object, obj, w.String())
		case m.required:
			c.add(w, ViolationMissing)
		}
	case kindBool, kindBoolPtr:
	default:
		c.items(w, v)
	}
}

// items checks an array member, the slice at v: that it is there, when
// required, its number of items, then each item.
func (c *checker) items(w valueAt, v unsafe.Pointer) {
	m, items := w.m, *(*slice)(v)
	if items.data == nil {
		if m.required {
			c.add(w, ViolationArrayNull)
		}
		return
	}
	m.checkCount(items.len, func(k Violation) { c.add(w, k) })
	for i := range items.len {
		item := valueAt{w.path, m, i}
		switch m.kind {
		case kindStrs:
			c.str(item, unsafe.Slice((*string)(items.data), items.len)[i])
		case kindFloats:
			c.float(item, unsafe.Slice((*float64)(items.data), items.len)[i])
		case kindInts:
			c.integer(item, unsafe.Slice((*int64)(items.data), items.len)[i])
		case kindEnums:
			c.enum(item, unsafe.Slice((*int)(items.data), items.len)[i])
		case kindObjects:
			c.object(m.object, unsafe.Add(items.data, uintptr(i)*m.object.size), item.String())
		}
	}
}

// str checks the string s at w against its length bounds and values.
func (c *checker) str(w valueAt, s string) {
	w.m.checkString(s, func(k Violation) { c.add(w, k) })
}

// float checks the number f at w against its bounds.
func (c *checker) float(w valueAt, f float64) {
	w.m.checkFloat(f, func(k Violation) { c.add(w, k) })
}

// integer checks the integer n at w against its bounds.
func (c *checker) integer(w valueAt, n int64) {
	w.m.checkInteger(n, func(k Violation) { c.add(w, k) })
}

// enum checks that the code e at w is one of its enum's.
func (c *checker) enum(w valueAt, e int) {
	if !w.m.validCode(e) {
		c.add(w, ViolationNotAllowed)
	}
}
