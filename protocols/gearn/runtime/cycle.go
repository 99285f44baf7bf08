package runtime

import (
	"encoding/json"
	"unsafe"
)

// cycleDepth is how deep the objects of an answer nest before the encoder
// looks for a cycle among them, as encoding/json starts to after 1000
// pointers: a shallower answer costs no lookup.
const cycleDepth = 1000

// objectAt is where an object of type t is, as a key of encoder.seen:
// the same object again, deeper, is a cycle.
type objectAt struct {
	p unsafe.Pointer
	t *objectType
}

// sliceAt is where an array of objects of type t is, as a key of
// encoder.seen: the same array again, deeper, is a cycle.
type sliceAt struct {
	first unsafe.Pointer
	n     int
	t     *objectType
}

// unseen records, once the encoder is deeper than cycleDepth, that it
// goes into the object or array that key says, and reports whether it
// may: not when it is within itself, which json.Marshal fails on with the
// error this one keeps, and not once an error is kept. typ is the Go type
// of the value, as the error names it ("*gearn.Node"). The caller counts
// the depth, so that a shallow answer makes no key.
func (e *encoder) unseen(key any, typ string) bool {
	if e.err != nil {
		return false
	}
	if _, ok := e.seen[key]; ok {
		e.err = &json.UnsupportedValueError{Str: "encountered a cycle via " + typ}
		return false
	}
	if e.seen == nil {
		e.seen = map[any]struct{}{}
	}
	e.seen[key] = struct{}{}
	return true
}
