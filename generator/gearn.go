package generator

import (
	"fmt"

	"github.com/dave/jennifer/jen"
)

// This file is what the generator knows of GearN that its pages do not
// say in a form the parser can read: how its server reports a violation.

// gearnInvalidMemberEnum is the enum GearN reports the kind of an invalid
// member with, in the invalidRequestParameters of its envelope.
const gearnInvalidMemberEnum = "InvalidMemberType"

// gearnFallbackMember is the member of gearnInvalidMemberEnum for a
// violation that no more specific member reports.
const gearnFallbackMember = "UnknownError"

// gearnInvalidMemberType names the member of GearN's InvalidMemberType that
// reports each violation. It is the only place that knows the mapping.
//
// GearN's TypeInvalid and NumberMustInt have no violation here: they are
// about a JSON value that does not fit the member's Go type (a string for a
// number, 1.5 for an integer), which decoding reports before Validate runs.
// GNHashtableMinLength and GNHashtableMaxLength have none either: the
// schema cannot bound a hashtable's size.
func gearnInvalidMemberType(v violation) string {
	return [numViolations]string{
		missing:          "DataRequired",
		stringEmpty:      "StringNull",
		stringTooShort:   "StringMinLength",
		stringTooLong:    "StringMaxLength",
		numberTooSmall:   "NumberMinValue",
		numberTooLarge:   "NumberMaxValue",
		hashtableMissing: "GNHashtableNull",
		arrayMissing:     "GNArrayNull",
		arrayTooShort:    "GNArrayMinLength",
		arrayTooLong:     "GNArrayMaxLength",
		notAllowed:       gearnFallbackMember,
	}[v]
}

// invalidMemberType writes Violation.InvalidMemberType when the schema has
// GearN's InvalidMemberType enum, so that a server can report a
// ValidationError the way GearN does. A violation whose member the schema
// lacks maps to the fallback member, or to 0 without one.
func (g *gen) invalidMemberType(f *jen.File) {
	en := g.enumBy[gearnInvalidMemberEnum]
	if en == nil {
		return
	}
	consts := map[string]string{}
	for _, mem := range en.e.Members {
		consts[mem.Name] = en.constName(mem)
	}
	fallback := jen.Lit(0)
	if c, ok := consts[gearnFallbackMember]; ok {
		fallback = jen.Id(c)
	}
	doc(f.Group, fmt.Sprintf("%s returns the member of %s that GearN reports k with.", en.goName, en.goName))
	f.Func().Params(jen.Id("k").Id(violationType)).Id(en.goName).Params().Id(en.goName).Block(
		jen.Switch(jen.Id("k")).BlockFunc(func(s *jen.Group) {
			for v := range numViolations {
				if c, ok := consts[gearnInvalidMemberType(v)]; ok {
					s.Case(jen.Id(v.ident())).Block(jen.Return(jen.Id(c)))
				}
			}
		}),
		jen.Return(fallback),
	)
}
