package read

import (
	"fmt"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// Documented tells what the pages document under a type name, an enum
// (of integer codes), an object type or neither, and where.
type Documented func(name string) (enum, object bool, at schema.Pos)

// SettleWire gives member f, whose type cell states the primitive
// f.Wire beside the type f.Type it names ("Integer (HazardClass)"), its
// type, once the pages' types are known:
//   - the named type, when the pages document it and its values fit the
//     primitive: an enum's integer codes are sent as an integer or a
//     number, an object as an object (or any);
//   - the primitive, with a warning, when no page documents the name.
//
// Either clears f.Wire. A primitive that contradicts the type the pages
// document ("String (HazardClass)" of an enum of integer codes) is left
// for WireHole, the member keeping the type until then (an example's
// value is checked against it, and types no member whose type is open).
// noun is what the protocol calls a member ("member", "field"), target
// what an override names f's owner by ("object: Crate"), empty when none
// can.
func SettleWire(rep *pages.Reporter, f *schema.Field, noun, target string, documents Documented) {
	wire, name := f.Wire, f.Type
	if wire == "" {
		return
	}
	enum, object, _ := documents(name)
	switch {
	case enum && (wire == schema.Integer || wire == schema.Number), object && (wire == schema.Hashtable || wire == schema.Any):
		f.Wire = ""
	case !enum && !object:
		f.Type, f.Wire = wire, ""
		rep.Warn(f.At, "%s %s: its type cell names %s beside %s, but no page documents a type %s: taking %s; if the page means another type, %s", noun, f.Name, name, wire, name, TypeName(f), FieldFix(target, f.Name, "type: <type>"))
	}
}

// WireHole makes the type of member f, whose type cell states a
// primitive that contradicts the type it names (what SettleWire leaves),
// a hole at its row, whose override gives the type, and clears f.Wire.
func WireHole(rep *pages.Reporter, f *schema.Field, noun string, documents Documented) {
	wire, name := f.Wire, f.Type
	if wire == "" {
		return
	}
	enum, _, at := documents(name)
	kind := "an object type"
	if enum {
		kind = "an enum of integer codes"
	}
	f.Type, f.Wire = "", ""
	rep.Hole(f.At, f, schema.FactType, "%s %s: its type cell states %s, but names %s, which is %s at %s, not sent as %s; write on the page the type it is, or give it with an override", noun, f.Name, wire, name, kind, at, wire)
}

// FieldFix is the advice to add the fix {target, field: field, set},
// or, with no target, to correct the page.
func FieldFix(target, field, set string) string {
	if target == "" {
		return "correct the page"
	}
	return fmt.Sprintf("add the fix {%s, field: %s, %s} to the overrides", target, field, set)
}
