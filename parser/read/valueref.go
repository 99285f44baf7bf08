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

// valuesBareRe matches a description's reference to a field by its name
// alone, no type before it ("Same values as windDirection"), with the
// words valuesRefRe takes: a name as no word of prose is written
// (distinctive: "windDirection", "wind_direction"), which begins with a
// lower-case letter and goes on with no dot before a letter (a type's
// field, "Vessel.vesselType", is valuesRefRe's). Group 1 is the field.
var valuesBareRe = regexp.MustCompile("(?i:\\b(?:values?\\s+(?:of|from|as(?:\\s+(?:in|for))?)|same\\s+(?:values\\s+)?as|one\\s+of|see|refer\\s+to)\\s+(?:the\\s+)?)[`'\"*]?([a-z][A-Za-z0-9_]*)\\b(?:[^.]|\\.(?:[^A-Za-z]|$)|$)")

// ValuesReference returns the type and the field whose values desc
// refers to (valuesRefRe), the type as written, qualified or not
// ("GenericModels.Vessel"), and the words of the reference; the type is
// empty where desc names the field alone (valuesBareRe), and all are
// where it refers to none. The patterns are tried only where a match
// may begin (referAt), anchored there (valuesRefAt, valuesBareAt): a
// match begins with a word of referWords, and what it matches there
// does not depend on the text before the word but for the word boundary
// referAt asks. A description with a long s, which the patterns' case
// folding reads as "s", is searched whole.
func ValuesReference(desc string) (typ, field, words string) {
	if strings.Contains(desc, "ſ") {
		return valuesReferenceSearched(desc)
	}
	first := nextReferAt(desc, 0)
	if first < 0 {
		return "", "", ""
	}
	if dottedField(desc) {
		for i := first; i >= 0; i = nextReferAt(desc, i+1) {
			if m := valuesRefAt.FindStringSubmatchIndex(desc[i:]); m != nil {
				return desc[i+m[2] : i+m[3]], desc[i+m[4] : i+m[5]], strings.TrimSpace(desc[i+m[0] : i+m[1]])
			}
		}
	}
	if !camelOrSnake(desc) {
		return "", "", ""
	}
	// As FindAllStringSubmatchIndex does, a match is looked for after
	// the end of the one before.
	end := 0
	for i := first; i >= 0; i = nextReferAt(desc, i+1) {
		if i < end {
			continue
		}
		m := valuesBareAt.FindStringSubmatchIndex(desc[i:])
		if m == nil {
			continue
		}
		if name := desc[i+m[2] : i+m[3]]; distinctive(name) {
			return "", name, strings.TrimRight(strings.TrimSpace(desc[i+m[0]:i+m[3]]), ".")
		}
		end = i + m[1]
	}
	return "", "", ""
}

// valuesReferenceSearched is ValuesReference searching the whole of
// desc with each pattern.
func valuesReferenceSearched(desc string) (typ, field, words string) {
	if dottedField(desc) {
		if m := valuesRefRe.FindStringSubmatch(desc); m != nil {
			return m[1], m[2], strings.TrimSpace(m[0])
		}
	}
	if !camelOrSnake(desc) {
		return "", "", ""
	}
	for _, m := range valuesBareRe.FindAllStringSubmatchIndex(desc, -1) {
		if name := desc[m[2]:m[3]]; distinctive(name) {
			return "", name, strings.TrimRight(strings.TrimSpace(desc[m[0]:m[3]]), ".")
		}
	}
	return "", "", ""
}

// valuesRefAt and valuesBareAt are valuesRefRe and valuesBareRe
// anchored at the start of the text.
var (
	valuesRefAt  = regexp.MustCompile("^(?:" + valuesRefRe.String() + ")")
	valuesBareAt = regexp.MustCompile("^(?:" + valuesBareRe.String() + ")")
)

// referWords are the words, in lower case, one of which begins each
// reference valuesRefRe and valuesBareRe match ("values of", "same as",
// "one of", "see", "refer to"), with the letter that may end it.
var referWords = [...]struct {
	word string
	end  byte
}{{"value", 's'}, {"same", 0}, {"one", 0}, {"see", 0}, {"refer", 0}}

// nextReferAt returns the least index from from on at which s holds one
// of referWords (referAt), or -1.
func nextReferAt(s string, from int) int {
	for i := from; i < len(s); i++ {
		if referAt(s, i) {
			return i
		}
	}
	return -1
}

// referAt reports whether s holds one of referWords at i in any case,
// after no ASCII letter, digit or underscore and before an ASCII space,
// as the patterns' \b and \s+ ask.
func referAt(s string, i int) bool {
	switch s[i] | 0x20 {
	case 'v', 's', 'o', 'r':
	default:
		return false
	}
	if i > 0 && isWordByte(s[i-1]) {
		return false
	}
	for _, w := range referWords {
		if !hasLowerPrefix(s[i:], w.word) {
			continue
		}
		rest := s[i+len(w.word):]
		if rest != "" && w.end != 0 && rest[0]|0x20 == w.end {
			rest = rest[1:]
		}
		if rest != "" && (rest[0] == ' ' || rest[0] >= '\t' && rest[0] <= '\r' && rest[0] != '\v') {
			return true
		}
	}
	return false
}

// isWordByte reports whether b is an ASCII letter, digit or underscore,
// a byte of a word as \b tells.
func isWordByte(b byte) bool {
	return 'a' <= b|0x20 && b|0x20 <= 'z' || '0' <= b && b <= '9' || b == '_'
}

// hasLowerPrefix reports whether s begins with w, a word of ASCII
// letters in lower case, in any case.
func hasLowerPrefix(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for j := 0; j < len(w); j++ {
		if s[j]|0x20 != w[j] {
			return false
		}
	}
	return true
}

// camelOrSnake reports whether s holds a capital right after a letter in
// lower case, or an underscore between two letters, as a field's name
// does: a cheap check that spares valuesBareRe the descriptions that can
// name no field alone.
func camelOrSnake(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if 'a' <= s[i-1] && s[i-1] <= 'z' && ('A' <= s[i] && s[i] <= 'Z' || s[i] == '_' && pages.IsASCIILetter(s[i+1])) {
			return true
		}
	}
	return false
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
// its row that gives the fix of its values. A reference by the field's
// name alone ("Same values as windDirection") is to the one member of
// members (every type's and operation's) so named, or to those so named
// that list the same values (namedField); where they list others, which
// one is not told: the member takes any string, with a warning that
// names them and gives the fix. noun is "member" or "field", target
// what an override names the members' owner by ("" where none reaches
// it). A member of another type whose description so refers takes no
// values, which the schema keeps for strings alone: a warning at its row
// says so (notString).
func ReferredValues(rep *pages.Reporter, noun, target string, fields []*schema.Field, types []*schema.Type, members []*schema.Field) {
	for _, f := range fields {
		if f.Values != nil {
			continue
		}
		typ, field, words := ValuesReference(f.Description)
		if field == "" {
			continue
		}
		name := field
		var ref *schema.Field
		if typ != "" {
			name = typ + "." + field
			ref = referredField(types, typ, field)
		} else {
			var others []*schema.Field
			if ref, others = namedField(members, field, f); others != nil {
				var at []string
				for _, o := range others {
					at = append(at, fmt.Sprintf("%s (%s)", o.At, strings.Join(o.Values, ", ")))
				}
				rep.Warn(f.At, "%s %s: its description refers to the values of %s (%q), a name alone, which the pages document with other values at %s: which one it means is not told, the parser reads no values, and it takes any string; if it takes only some, %s", noun, f.Name, field, words, strings.Join(at, " and "), FieldFix(target, f.Name, "values: [...]"))
				continue
			}
		}
		if f.Type != schema.String {
			notString(rep, noun, target, f, ref, name, words)
			continue
		}
		if ref == nil || ref.Values == nil || ref == f {
			where := "which the pages document nowhere"
			if ref != nil {
				where = fmt.Sprintf("which the pages document at %s with no values listed", ref.At)
			}
			rep.Warn(f.At, "%s %s: its description refers to the values of %s (%q), %s: the parser reads no values, and it takes any string; if it takes only some, %s", noun, f.Name, name, words, where, FieldFix(target, f.Name, "values: [...]"))
			continue
		}
		f.Values = slices.Clone(ref.Values)
		rep.Warn(f.At, "%s %s: its description refers to the values of %s (%q), which the pages document at %s: read as its values (%s); if it takes others, %s", noun, f.Name, name, words, ref.At, strings.Join(f.Values, ", "), FieldFix(target, f.Name, "values: [...]"))
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

// namedField is the member of members named field, other than f, that
// a reference by the name alone is to: the first so named that lists
// values, where every other so named lists the same values or none; or
// the first so named, where none lists values; nil where none is so
// named. others holds, where those so named list different values, one
// member of each list.
func namedField(members []*schema.Field, field string, f *schema.Field) (ref *schema.Field, others []*schema.Field) {
	for _, m := range members {
		if m == f || m.Name != field {
			continue
		}
		switch {
		case ref == nil || ref.Values == nil && m.Values != nil:
			ref = m
		case m.Values != nil && !slices.Equal(m.Values, ref.Values) && !slices.ContainsFunc(others, func(o *schema.Field) bool { return slices.Equal(o.Values, m.Values) }):
			others = append(others, m)
		}
	}
	if others != nil {
		others = append([]*schema.Field{ref}, others...)
	}
	return ref, others
}

// lastPart is a qualified name's last part: "Vessel" of
// "GenericModels.Vessel".
func lastPart(name string) string {
	return name[strings.LastIndexByte(name, '.')+1:]
}
