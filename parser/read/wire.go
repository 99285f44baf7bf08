package read

import (
	"fmt"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// Documented tells what the pages document under a type name, an enum
// (of integer codes), an object type or neither, and where.
type Documented func(name string) (enum, object bool, at schema.Pos)

// Untitled returns the enum tables of a page (Code | Name | Description)
// that its reader left out for want of a title naming the enum they
// document, each of which may be the table of an enum whose title was
// lost.
type Untitled func(page string) []*pages.Table

// SettleWire gives member f, whose type cell states the primitive
// f.Wire beside the type f.Type it names ("Integer (HazardClass)"), its
// type, once the pages' types are known:
//   - the named type, when the pages document it and its values fit the
//     primitive: an enum's integer codes are sent as an integer or a
//     number, an object as an object (or any);
//   - the primitive, with a warning, when no page documents the name.
//
// Either clears f.Wire. A primitive that contradicts the type the pages
// document ("String (HazardClass)" of an enum of integer codes), and a
// name no page documents beside integer or number where the member's page
// has enum tables left out for want of a title (untitled: the enum's
// title may be lost over one of them), are left for WireHole, the member keeping the type until then
// (an example's value is checked against it, and types no member whose
// type is open).
// noun is what the protocol calls a member ("member", "field"), target
// what an override names f's owner by ("object: Crate"), empty when none
// can. untitled is nil where the reader leaves no table out so.
func SettleWire(rep *pages.Reporter, f *schema.Field, noun, target string, documents Documented, untitled Untitled) {
	wire, name := f.Wire, f.Type
	if wire == "" {
		return
	}
	enum, object, _ := documents(name)
	switch {
	case enum && (wire == schema.Integer || wire == schema.Number), object && (wire == schema.Hashtable || wire == schema.Any):
		f.Wire = ""
	case !enum && !object && (wire == schema.Integer || wire == schema.Number) && untitled != nil && len(untitled(f.At.Page)) > 0:
		return
	case !enum && !object:
		f.Type, f.Wire = wire, ""
		rep.Warn(f.At, "%s %s: its type cell names %s beside %s, but no page documents a type %s: taking %s; if the page means another type, %s", noun, f.Name, name, wire, name, TypeName(f), FieldFix(target, f.Name, "type: <type>"))
	}
}

// untitledTables names tables left out for want of a title, by their
// lines and columns: "the table at line 637 (Code | Name | Description)".
func untitledTables(tbs []*pages.Table) string {
	var each []string
	for _, tb := range tbs {
		each = append(each, fmt.Sprintf("line %d (%s)", tb.Line, strings.Join(tb.Header, " | ")))
	}
	if len(each) == 1 {
		return "the table at " + each[0]
	}
	return "the tables at " + strings.Join(each[:len(each)-1], ", ") + " and " + each[len(each)-1]
}

// WireHole makes the type of member f, whose type cell states a
// primitive that contradicts the type it names, or names a type no page
// documents while enum tables of its page were left out for want of a
// title (what SettleWire leaves), a hole at its row, whose override gives the type,
// and clears f.Wire.
func WireHole(rep *pages.Reporter, f *schema.Field, noun string, documents Documented, untitled Untitled) {
	wire, name := f.Wire, f.Type
	if wire == "" {
		return
	}
	enum, object, at := documents(name)
	if !enum && !object {
		f.Type, f.Wire = "", ""
		rep.Hole(f.At, f, schema.FactType, "%s %s: its type cell names %s beside %s, but no page documents a type %s, and %s, left out for want of a title, may: its title may be lost; put the title %s on a line of its own above the table that documents it, or give the type with an override", noun, f.Name, name, wire, name, untitledTables(untitled(f.At.Page)), name)
		return
	}
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
