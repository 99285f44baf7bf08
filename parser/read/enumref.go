package read

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// enumRefRe matches the ways a description refers to an enum table of
// its pages by name: a cross reference ("see Terrain", "(see Terrain
// above)", "refer to the TentGrade", a link whose text is the name, as
// pages.Unlinked leaves it) or the name before "code" ("Terrain codes").
// Group 1 is the name after the verb, group 2 the name before "code".
var enumRefRe = regexp.MustCompile(`(?i:\b(?:see|refer to)\s+(?:the\s+)?)([A-Z][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)|\b([A-Z][A-Za-z0-9_]*) codes?\b`)

// ReferredEnum gives member f, whose type cell states a number
// ("Integer (Enum)", "Integer", "Number"), which an enum's integer codes
// are sent as (SettleWire), the enum of the pages its description refers
// to by name ("Terrain of the camp site (see Terrain)"; EnumReference),
// and reports whether it did. A member whose type cell lists its values,
// or whose description refers to no enum isEnum knows, or to two, keeps
// its type.
func ReferredEnum(f *schema.Field, isEnum func(string) bool) bool {
	if f.Type != schema.Integer && f.Type != schema.Number || f.Values != nil {
		return false
	}
	name := EnumReference(f.Description, isEnum)
	if name == "" {
		return false
	}
	f.Type, f.Wire = name, ""
	return true
}

// ReferredEnumNote is the warning for member f (noun: "member",
// "field"), whose type cell states the primitive stated and says no
// enum, and which ReferredEnum gave the enum its description refers to:
// the type is the reference's, and the fix that keeps the number.
func ReferredEnumNote(noun string, f *schema.Field, stated, target string) string {
	return fmt.Sprintf("%s %s: its type cell states %s, and its description %q refers to the enum %s: read as %s, its codes; if it is a plain %s, %s", noun, f.Name, stated, pages.Clip(f.Description), f.Type, f.Type, stated, FieldFix(target, f.Name, "type: "+stated))
}

// EnumReference returns the enum a member's description refers to by
// name ("Terrain of the camp site (see Terrain)"), for a member whose
// type cell states integer codes ("Integer (Enum)", "Integer") to take
// that enum as its type: the one name isEnum knows among the names the
// description refers to, a qualified one by its last part
// ("GenericModels.RuneMode"). It returns "" when the description refers
// to no enum of the pages, or to two (nothing tells which one the member
// takes).
func EnumReference(desc string, isEnum func(string) bool) string {
	if !mayReferToEnum(desc) {
		return ""
	}
	found := ""
	for _, m := range enumRefRe.FindAllStringSubmatch(desc, -1) {
		name := m[1] + m[2]
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			name = name[i+1:]
		}
		if !isEnum(name) || name == found {
			continue
		}
		if found != "" {
			return ""
		}
		found = name
	}
	return found
}

// mayReferToEnum reports whether desc holds a word enumRefRe begins or
// ends with ("see", "refer", "code"), which it must to match: the
// pattern runs on the description of every member of integer codes.
func mayReferToEnum(desc string) bool {
	for _, w := range []string{"ee ", "EE ", "efer ", "EFER ", " code"} {
		if strings.Contains(desc, w) {
			return true
		}
	}
	return false
}
