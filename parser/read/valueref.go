package read

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// A page may give a member's values by a reference to another type's
// field instead of listing them: "Use the values of Vessel.vesselType",
// "Same values as Vessel.vesselType", "One of Vessel.vesselType", "see
// GenericModels.Vessel.vesselType". The list is on the row of that field,
// which the member would otherwise go without, with no word.

// valuesRefRe matches a description's reference to another type's field
// for its values: words that say so ("the values of", "values from",
// "same values as", "same as", "one of", "see", "refer to") before the
// type's name, qualified or not, a dot and the field's name, which
// begins with a lower-case letter (a type's name after a namespace,
// "See GenericModels.Vessel", begins with a capital). Group 1 is the
// type, group 2 the field.
var valuesRefRe = regexp.MustCompile("(?i:\\b(?:values?\\s+(?:of|from|as(?:\\s+(?:in|for))?)|same\\s+(?:values\\s+)?as|one\\s+of|see|refer\\s+to)\\s+(?:the\\s+)?)[`'\"*]?((?:[A-Z][A-Za-z0-9_]*\\.)*[A-Z][A-Za-z0-9_]*)\\.([a-z_][A-Za-z0-9_]*)\\b")

// ValuesReference returns the type and the field whose values desc
// refers to (valuesRefRe), the type as written, qualified or not
// ("GenericModels.Vessel"), and the words of the reference; empty where
// it refers to none.
func ValuesReference(desc string) (typ, field, words string) {
	if !dottedField(desc) {
		return "", "", ""
	}
	m := valuesRefRe.FindStringSubmatch(desc)
	if m == nil {
		return "", "", ""
	}
	return m[1], m[2], strings.TrimSpace(m[0])
}

// dottedField reports whether s holds a dot between a letter or digit
// and a lower-case letter, as "Vessel.vesselType" does and a sentence's
// full stop, followed by a space or the end, does not: a cheap check that
// spares valuesRefRe the descriptions that can hold no reference.
func dottedField(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == '.' && nameByte(s[i-1]) && ('a' <= s[i+1] && s[i+1] <= 'z' || s[i+1] == '_') {
			return true
		}
	}
	return false
}

// ReferredValues gives each string member of fields (or array of
// strings) that lists no values of its own and whose description refers
// to another type's field for them (ValuesReference) the values of that
// field, where types (the pages' types, by name or alias) hold it with
// values, with a warning at the member's row that names the field it
// took them from and its line. Where the pages document no such field,
// or one without values, the member takes any string, with a warning at
// its row that gives the fix of its values. noun is "member" or "field",
// target what an override names the members' owner by ("" where none
// reaches it). A member of another type whose description so refers
// takes no values, which the schema keeps for strings alone: a warning
// at its row says so (notString).
func ReferredValues(rep *pages.Reporter, noun, target string, fields []*schema.Field, types []*schema.Type) {
	for _, f := range fields {
		if f.Values != nil {
			continue
		}
		typ, field, words := ValuesReference(f.Description)
		if typ == "" {
			continue
		}
		ref := referredField(types, typ, field)
		if f.Type != schema.String {
			notString(rep, noun, target, f, ref, typ+"."+field, words)
			continue
		}
		if ref == nil || ref.Values == nil || ref == f {
			where := "which the pages document nowhere"
			if ref != nil {
				where = fmt.Sprintf("which the pages document at %s with no values listed", ref.At)
			}
			rep.Warn(f.At, "%s %s: its description refers to the values of %s.%s (%q), %s: the parser reads no values, and it takes any string; if it takes only some, %s", noun, f.Name, typ, field, words, where, FieldFix(target, f.Name, "values: [...]"))
			continue
		}
		f.Values = slices.Clone(ref.Values)
		rep.Warn(f.At, "%s %s: its description refers to the values of %s.%s (%q), which the pages document at %s: read as its values (%s); if it takes others, %s", noun, f.Name, typ, field, words, ref.At, strings.Join(f.Values, ", "), FieldFix(target, f.Name, "values: [...]"))
	}
}

// notString warns at the row of f, a member of a type other than
// string whose description refers to the values of the field ref (named
// name, nil where the pages document none), that it takes none of them:
// the schema keeps values for strings alone. The warning gives the
// override that applies: where ref is a string of values, the fix that
// makes f one of them, as a page that typed f wrong means; where f is a
// number, the fix of its range. A member of ref's own type, not a
// primitive (an enum both are of), takes its values by that type, with
// no word.
func notString(rep *pages.Reporter, noun, target string, f, ref *schema.Field, name, words string) {
	if ref != nil && ref.Type == f.Type && !schema.IsPrimitive(f.Type) {
		return
	}
	where := "which the pages document nowhere"
	if ref != nil {
		where = fmt.Sprintf("which the pages document at %s", ref.At)
	}
	if ref != nil && ref.Values != nil {
		where += fmt.Sprintf(" with the values %s", strings.Join(ref.Values, ", "))
	}
	fix := "and no override gives values to a " + TypeName(f)
	switch {
	case ref != nil && ref.Type == schema.String && ref.Values != nil:
		array := ""
		if f.Array {
			array = "[]"
		}
		fix = fmt.Sprintf("if it is a string of those values, %s", FieldFix(target, f.Name, fmt.Sprintf("type: string%s, values: [%s]", array, strings.Join(ref.Values, ", "))))
	case f.Type == schema.Integer || f.Type == schema.Number:
		fix = fmt.Sprintf("if it takes only some, %s", FieldFix(target, f.Name, "minimum: ..., maximum: ..."))
	}
	rep.Warn(f.At, "%s %s: its description refers to the values of %s (%q), %s, but it is of type %s, and the schema keeps values for a string alone: the parser takes none of them; %s", noun, f.Name, name, words, where, TypeName(f), fix)
}

// referredField is the field named field of the type of types named typ
// (or spelled so, an alias), nil where there is none; a name qualified
// or not ("GenericModels.Vessel", "Vessel") is a type's whose name is
// the same but for its qualifier, where no type has the name itself.
func referredField(types []*schema.Type, typ, field string) *schema.Field {
	for _, same := range []func(string) bool{
		func(n string) bool { return n == typ },
		func(n string) bool { return lastPart(n) == lastPart(typ) },
	} {
		for _, t := range types {
			if !same(t.Name) && !slices.ContainsFunc(t.Aliases, same) {
				continue
			}
			for _, f := range t.Fields {
				if f.Name == field {
					return f
				}
			}
		}
	}
	return nil
}

// lastPart is a qualified name's last part: "Vessel" of
// "GenericModels.Vessel".
func lastPart(name string) string {
	return name[strings.LastIndexByte(name, '.')+1:]
}
